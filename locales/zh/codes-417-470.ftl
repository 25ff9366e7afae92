# SIP 响应码 417-470（在 IANA 注册的 RFC 3261 扩展）。

# en: bf02cce7
sip-417 =
    .title = 未知的资源优先级
    .summary = 请求要求优先处理（RFC 4412），但应答节点无法识别 Resource-Priority 头域中的任何命名空间或优先级值。主要出现在政府、军队和应急优先通信网络（ETS/WPS、DSN、esnet）中。
    .causes =
        请求带有 Require: resource-priority，且使用了接收方未启用的命名空间，例如把军用命名空间发给了商用运营商。
        优先级值拼写错误，或超出该命名空间规定的取值范围。
        主叫和被叫两侧网络配置的优先级命名空间不一致。
    .actions =
        将请求中的 Resource-Priority 值与 417 响应返回的 Accept-Resource-Priority 列表进行对比。
        统一互联两侧的命名空间配置，或改用对端接受的命名空间。
        如果本次呼叫并不一定需要优先级，可从 Require 中去掉 resource-priority，按普通呼叫发出。
    .ui = 无法按所请求的优先级发起此优先呼叫。
    .impact = 优先级呼叫在振铃前以错误提示音或“呼叫失败”结束，使用优先服务（政府或应急优先）的用户无法以优先方式接通。
    .confirm =
        查看请求中的 Resource-Priority 头域（命名空间和取值）以及包含 resource-priority 的 Require 头域。
        查看 417 中的 Accept-Resource-Priority 头域，了解接收方接受哪些取值。
        确认是哪一跳返回了 417，并检查该处启用了哪些命名空间。
    .asterisk =
        chan_pjsip 本身没有 Resource-Priority 处理逻辑；在拨号方案中查找 PJSIP_HEADER(add,Resource-Priority) 或额外添加的 Require，并用 pjsip set logger on 查看 INVITE。
    .freeswitch =
        FreeSWITCH 只有在被明确要求时才会发送这类头域，例如在拨号方案中设置 sip_h_Resource-Priority 变量；用 sofia global siptrace on 检查发出的 INVITE，修正或去掉该头域。
    .kamailio =
        用 is_present_hf("Resource-Priority") 和 $hdr(Resource-Priority) 检查进出的内容，并确认是脚本还是上游网元添加了 Require: resource-priority；在不支持优先级的互联链路上可以用 remove_hf() 去掉它。
    .opensips =
        同样用 is_present_hf() 和 $hdr(Resource-Priority) 检查该头域；OpenSIPS 自己产生的 417 只可能来自脚本中显式的 send_reply 或 t_reply。

# en: 44d687b3
sip-420 =
    .title = 不支持的扩展
    .summary = 请求在 Require 或 Proxy-Require 中要求了某个 SIP 扩展（选项标签），但接收的代理服务器或终端并未实现该扩展。被拒绝的标签会列在响应的 Unsupported 头域中；需要修改的是主叫侧配置，而不是网络。
    .causes =
        主叫强制要求可靠临时响应（Require: 100rel），而对端不支持 PRACK。
        会话定时器（timer）、呼叫转接（replaces）或其他扩展被设为“必需”（Require），而不是仅声明“支持”（Supported）。
        路径上的代理服务器不认识 Proxy-Require 中的某个选项标签，因而拒绝。
    .actions =
        查看 420 响应中的 Unsupported 头域，其中列出了被拒绝的具体选项标签。
        在主叫配置中把该扩展从 Require（必需）改为 Supported（支持），例如把 PRACK/100rel 设为可选。
        去掉被拒绝的标签后重新发送；原样重发仍会以同样方式失败。
    .ui = 双方电话系统不兼容，呼叫无法建立。
    .impact = 呼叫在振铃前以错误提示音或“呼叫失败”结束，而且同样两套系统之间每次都会失败。
    .confirm =
        查看 420 中的 Unsupported 头域，其中列出了被拒绝的 option tag。
        检查请求中的 Require 和 Proxy-Require 头域，确认是哪个网元提出了这些要求。
        在主叫侧把该扩展改为可选后做一次测试呼叫，确认 420 不再出现。
    .asterisk =
        在 endpoint 上把 100rel=required 改为 100rel=yes，把 timers=required 或 forced 改为 timers=yes；pjsip show endpoint <name> 会显示这两个值。
    .freeswitch =
        检查 profile 中的 enable-100rel 和 enable-timer，以及拨号方案中是否设置了 sip_h_Require；420 会以 hangup_cause INTERWORKING 结束该呼叫腿。
    .kamailio =
        当 Proxy-Require 中的标签不在 sanity 模块的 proxy_require 参数里时，sanity_check() 回复 420 “Bad Proxy Require Extension”，但前提是启用了这项检查（不带参数的 sanity_check() 会执行，默认脚本中的 sanity_check("17895","7") 不执行）；注册服务器对其不接受的 Path 或 Outbound 要求回复 420 “Bad Extension”。
    .opensips =
        OpenSIPS 发出的 420 来自注册服务器（例如收到未配置接受的 Path）或脚本中的显式回复；否则就是从对端转发来的，请在 onreply_route 中记录 $rs、$rr 和 $si。

# en: 4f239d09
sip-421 =
    .title = 需要扩展
    .summary = 接收端只有在发送方支持某个 SIP 扩展时才会处理该请求，而请求的 Supported 头域中没有列出这个扩展。响应中的 Require 头域会注明所需的扩展。
    .causes =
        被叫或网关要求可靠临时响应（100rel/PRACK），而主叫侧关闭了该功能。
        对端要求会话定时器（timer）或 QoS 前提条件（precondition），这在与 IMS 和移动网络的互联中很常见。
        主叫终端较旧或功能精简，根本不声明该扩展。
    .actions =
        查看 421 响应中的 Require 头域，确认对端要求的是哪个选项标签。
        在主叫侧启用该功能（PRACK、会话定时器、前提条件），使其出现在 Supported 中。
        如果主叫无法支持，请对端的维护方取消该强制要求，回退到基础 SIP。
    .ui = 双方电话系统不兼容，呼叫无法建立。
    .impact = 呼叫在振铃前以错误提示音或“呼叫失败”结束，通常发往同一个网关或移动网络的每次呼叫都会如此。
    .confirm =
        查看 421 中的 Require 头域，了解对端坚持要求的 option tag。
        检查原始 INVITE 的 Supported 头域，确认其中确实缺少该标签。
        检查主叫侧与该功能相关的设置：PRACK（100rel）、会话定时器（timer）或前提条件（precondition）。
    .asterisk =
        按要求在 endpoint 上启用相应功能：100rel 对应 100rel=yes，timer 对应 timers=yes；如果要求的是 precondition，请让对端取消该要求，或部署能处理它的 SBC。
    .freeswitch =
        按要求在 profile 中启用 enable-100rel 或 enable-timer；如果要求的是 precondition，请让对端放宽要求，或在中间部署 SBC。421 会以 hangup_cause INTERWORKING 结束该呼叫腿。
    .kamailio =
        当 outbound_mode=2 时，注册服务器自己会对没有 Supported: outbound 的 REGISTER 回复 421；其他情况下 Kamailio 只是转发对端的 421。

# en: 93329c24
sip-422 =
    .title = 会话间隔过小
    .summary = INVITE 或 UPDATE 中的 Session-Expires 小于接收方对会话定时器所允许的最小值（RFC 4028）。响应会在 Min-SE 头域中给出这个最小值，主叫应使用更大的值重试。
    .causes =
        主叫的会话定时器设置过小（例如 60 秒，而协议下限为 90 秒）。
        路径上的代理服务器或 SBC 要求的 Min-SE 大于终端的取值，常见为 1800 秒。
        通话中的会话刷新（re-INVITE 或 UPDATE）发送的间隔比最初协商的更短。
    .actions =
        查看 422 响应中的 Min-SE，并检查主叫是否用不小于该值的 Session-Expires 重新发送了请求。
        将终端或中继的会话定时器调大到通用值，例如 1800 秒。
        如果每次呼叫都失败，说明主叫协议栈没有自动重试；应修正主叫配置，而不是对端。
    .ui = 呼叫未能建立，请重试。
    .impact = 通常察觉不到：符合规范的话机会立即用更长的间隔重试，呼叫稍有延迟后接通；如果主叫不重试，呼叫会在振铃前以错误提示音结束。
    .confirm =
        查看 422 中的 Min-SE 头域，以及被拒 INVITE 或 UPDATE 中的 Session-Expires。
        检查随后是否发出了 Session-Expires 不小于 Min-SE 的新 INVITE。
        如果 422 是对通话中会话刷新（re-INVITE 或 UPDATE）的响应，将其间隔与最初 200 OK 中协商的间隔对比。
    .asterisk =
        调大 timers_sess_expires=（默认 1800），使其不低于对端的 Min-SE；timers_min_se= 是 Asterisk 对别人要求的最小值，设得过高会让 Asterisk 自己回复 422。
    .freeswitch =
        检查 profile 中的 session-timeout 和 minimum-session-expires（enable-timer 控制是否启用会话定时器）；minimum-session-expires 是 FreeSWITCH 对主叫的要求，session-timeout 是它自己提出的值。
    .kamailio =
        sst 模块在两种情况下回复 422：脚本调用 sstCheckMin() 且发送应答标志为 1（为 0 时只返回 true、不发送任何应答，由脚本自己决定如何回复）；或者带有 sst_flag 标记的 INVITE 所给的 Session-Expires 小于 min_se 参数、主叫支持会话定时器，且 reject_to_small 已开启（默认开启）。将 min_se 与终端的定时器设置进行对比。
    .opensips =
        OpenSIPS 的 sst 模块行为相同：只有发送应答标志为 1 时 sstCheckMin() 才会发出 422；带有 sst_flag 标记的 INVITE 在 Session-Expires 小于 min_se、主叫支持会话定时器且 reject_to_small 已开启（默认开启）时会被以 422 拒绝。调低 min_se，或调大终端的 Session-Expires。

# en: cdddab2b
sip-423 =
    .title = 间隔过短
    .summary = 注册服务器或通知服务器拒绝了 REGISTER、SUBSCRIBE 或 PUBLISH，因为请求的有效期（Expires）小于其最小值。响应中带有 Min-Expires，客户端应以不小于该值的有效期重新发送。
    .causes =
        话机的注册间隔设置得很短（例如 30–60 秒），通常是为了防止 NAT 映射超时。
        运营商提高了 Min-Expires，而旧的终端配置模板仍使用原来的值。
        订阅（在线状态、BLF、留言指示）请求的有效期短于服务器允许的值。
    .actions =
        读取 423 响应中的 Min-Expires，将话机的注册或订阅有效期设为不小于该值。
        通过保活机制（CRLF、OPTIONS 或 STUN）维持 NAT 映射，而不是依靠极短的重新注册间隔。
        如果话机不会用更大的值自动重试，请升级其固件或自动配置模板。
    .ui = 话机无法登录电话服务。
    .impact = 话机无法注册：账号显示未注册或“注册失败”，呼入到达不了它，外呼也可能被拒绝。
    .confirm =
        将 REGISTER（或 SUBSCRIBE、PUBLISH）中的 Expires 头域或 Contact 的 expires 参数与 423 中的 Min-Expires 进行对比。
        检查客户端在收到 423 后是否立即发送了有效期更长的新请求。
        检查设备配置或自动配置模板中的注册或订阅间隔。
    .asterisk =
        作为注册服务器时，Asterisk 执行 AOR 上的 minimum_expiration=（默认 60）；作为客户端时，把 registration 段的 expiration= 调到高于运营商的 Min-Expires；订阅则看 endpoint 的 sub_min_expiry=。
    .freeswitch =
        对网关，把 expire-seconds 设为不小于运营商的 Min-Expires，并用 sofia status gateway <name> 检查状态；对注册到 FreeSWITCH 的设备，sofia status profile internal reg 会显示保存的有效期。
    .kamailio =
        默认情况下注册服务器会把过短的有效期悄悄提高到 min_expires；设置 min_expires_mode=1 后则改为回复带 Min-Expires 的 423。请检查这两个参数，并用 kamctl ul show <aor> 查看保存的有效期。
    .opensips =
        将注册模块的 min_expires 参数与设备的取值对比，并用 opensips-cli -x mi ul_show_contact location <aor> 查看保存的有效期；订阅受 presence 模块自身设置的限制。

# en: 7fc42ad0
sip-424 =
    .title = 位置信息错误
    .summary = 请求携带的位置信息（Geolocation 头域指向 PIDF-LO 消息体或位置 URI，RFC 6442）无法被接收方解析或使用。这主要影响紧急呼叫，因为其路由取决于主叫的位置；响应中通常带有包含错误码的 Geolocation-Error 头域。
    .causes =
        PIDF-LO XML 消息体格式错误，或缺少接收方所需的地址或坐标。
        Geolocation 头域引用的消息体部分或位置 URI 不存在或无法获取。
        位置服务器（LIS）没有返回该主叫线路的位置，或返回的是过期数据。
    .actions =
        查看响应中的 Geolocation-Error 码（100 表示无法处理位置，200 段为权限问题，300 为按引用获取位置失败）。
        校验 PIDF-LO 消息体，并确认 Geolocation 头域指向的部分确实存在于消息中。
        检查 LIS 或 PBX 紧急呼叫设置中该主叫的位置配置，然后重新测试。
    .ui = 无法随本次呼叫发送您的位置信息。
    .impact = 紧急呼叫可能被拒绝，或在没有位置信息的情况下被路由：主叫听到错误提示音或语音提示，或者接入默认的接警点，需要接警员询问其所在位置。
    .confirm =
        查看 424 中的 Geolocation-Error 头域，其中有数字代码和说明。
        检查请求中的 Geolocation 头域，以及其中的 cid: 引用是否与同一消息某个消息体部分的 Content-ID 一致。
        校验 PIDF-LO XML（街道地址或坐标）是否符合接收方的要求。
    .asterisk =
        从 Asterisk 20 起，位置信息来自 geolocation.conf 中的配置，由 endpoint 的 geoloc_outgoing_call_profile= 引用；检查该配置，并用 pjsip set logger on 查看生成的 Geolocation 头域和 PIDF-LO 消息体。
    .freeswitch =
        如果位置信息是在拨号方案中或由外部应用添加的，用 sofia global siptrace on 抓取发出的 INVITE，检查 multipart 消息体和 Geolocation 头域。
    .kamailio =
        如果 Kamailio 使用 lost 模块做紧急呼叫路由，检查 lost_held_query() 和 lost_query() 的结果与错误输出，以及它插入或转发的 PIDF-LO 是否完整。

# en: 595000a9
sip-425 =
    .title = 警报消息错误
    .summary = 非交互式紧急警报（RFC 8876，通过 SIP 传送的 CAP 数据，通常来自传感器或自动报警系统）的接收方无法使用其中的警报数据。响应中的 AlertMsg-Error 头域会说明警报数据的问题所在。
    .causes =
        消息体中的 CAP XML 格式错误或在传输中损坏（AlertMsg-Error 103）。
        警报数据缺失，或其引用无法解析（AlertMsg-Error 101）。
        警报中的信息不足，接收方无法判断其用途（AlertMsg-Error 102）。
    .actions =
        查看响应中的 AlertMsg-Error 码，确定属于哪种问题。
        在发送设备或网关上校验 CAP 文档及其 Content-Type（application/EmergencyCallData.cap+xml）。
        修正发送系统后重新发送警报；原样重发仍会被拒绝。
    .ui = 您的警报未能送达。
    .impact = 没有人会听到提示音：发出警报的报警器、传感器或网关在日志中记录投递失败，警报到不了接收中心，自动通知无人响应。
    .confirm =
        查看 425 中的 AlertMsg-Error 头域的代码：101 表示载荷缺失或引用无法解析，102 表示信息不足，103 表示格式错误。
        从抓包中提取 CAP 消息体，校验其 XML 和 Content-Type。
        如果警报通过 URI 引用载荷，确认从接收方一侧能够解析该引用。

# en: 9e1e24c6
sip-428 =
    .title = 需要 Identity 头域
    .summary = 接收网络的策略要求主叫身份必须用 Identity 头域签名（STIR/SHAKEN，RFC 8224），而该请求没有携带。在发端完成签名之前，呼叫都会被拒绝。
    .causes =
        发端运营商或 PBX 运营商不对呼叫签名，或其签名服务（STI-AS）在本次呼叫中出错。
        签名方与验证方之间的 SBC 或转接网络删除了 Identity 头域。
        呼叫经由不支持传递 STIR/SHAKEN 数据的互联中继或网关进入。
    .actions =
        在接收网络一侧抓取 INVITE，确认确实没有 Identity 头域。
        沿路径逐跳向回排查，找出头域在哪里丢失，并检查 SBC 的头域处理规则。
        请发端运营商对这类呼叫签名；企业 PBX 自身无法解决，必须由运营商处理。
    .ui = 您的呼叫未通过验证，未能接通。
    .impact = 呼叫在振铃前被拒绝：主叫听到快忙音或“无法接通”的提示音，而且该网络可能每次都会拦截这个号码发起的呼叫。
    .confirm =
        在进入验证方网络的位置抓取 INVITE，确认其中没有 Identity 头域。
        在发起方抓取同一通呼叫，看是否曾经添加过 Identity 头域。
        逐跳对比抓包，找出该头域在哪里丢失。
    .asterisk =
        要为外呼签名，res_stir_shaken 需要 stir_shaken.conf 中的 attestation 或 tn 段（private_key_file、public_cert_url），并且 endpoint 要引用它（当前版本用 stir_shaken_profile=）；用 pjsip set logger on 检查 INVITE 中是否有 Identity。
    .freeswitch =
        用 sofia global siptrace on 检查发出的 INVITE 是否带有 Identity 头域；如果签名来自外部签名服务，需要把它加到呼叫腿上，例如通过 sip_h_Identity。
    .kamailio =
        使用 secsipid 模块时，由发起侧的 secsipid_add_identity() 签名；在终接侧，于验证前用 is_present_hf("Identity") 检查，并确认没有 remove_hf() 或头域过滤把它删掉。
    .opensips =
        发起侧由 stir_shaken_auth() 添加 Identity 头域。在验证侧，从 3.5 起，缺少 Identity 头域时 stir_shaken_verify() 返回 -2，但在 err_code 中填入 438（Invalid Identity Header），因此直接用 err_code 回复的脚本会发出 438；要回复 428，脚本必须自己判断返回值 -2 并发送 428。

# en: 3675ca22
sip-429 =
    .title = 需提供转接发起方身份
    .summary = 在呼叫转接（REFER）中，转接目标要求证明是谁发起了转接，即有效的已签名 Referred-By 令牌（RFC 3892），而请求中没有。它与限流无关，不等同于 HTTP 429 Too Many Requests。
    .causes =
        被转接方发送的 INVITE 只有普通的 Referred-By 头域而没有签名令牌，而转接目标的策略要求令牌。
        令牌存在，但其签名或内容无法验证。
        转接目标配置为只接受经过认证的发起方的转接。
    .actions =
        检查发往转接目标的 INVITE 中的 Referred-By 头域以及携带令牌的 S/MIME 消息体。
        让发起转接的一方带上令牌重新发送 REFER，或放宽转接目标的策略。
        注意 FreeSWITCH 会把 429 映射为 BAD_IDENTITY_INFO；这是其映射表的特殊做法，STIR 中表示身份信息错误的代码是 436。
    .ui = 呼叫转接失败。
    .impact = 转接失败：被转接方仍与发起转接的人保持通话或停留在保持状态，发起转接的话机可能显示“转接失败”。
    .confirm =
        找到 REFER，以及被转接方发给转接目标的 INVITE，检查该 INVITE 中的 Referred-By 头域。
        检查 INVITE 是否携带签名的 Referred-By 令牌（S/MIME 消息体部分），以及转接目标的策略是否要求它。
        查看回送给转接发起方的带 sipfrag 消息体的 NOTIFY，其中会报告 429。
    .asterisk =
        Asterisk 无法生成签名的 Referred-By 令牌；让 Asterisk 自己完成转接（endpoint 的 allow_transfer=），而不是把 REFER 传给要求令牌的目标；REFER 和 NOTIFY 可以用 pjsip set logger on 查看。
    .freeswitch =
        查看转接呼叫腿上的 sip_term_status，并用 sofia global siptrace on 抓取 REFER 和 NOTIFY；让 FreeSWITCH 自己执行转接，而不是转发 REFER（profile 的 disable-transfer 参数决定它是否接受 REFER）。

# en: 40091577
sip-430 =
    .title = 流失效
    .summary = 在 SIP Outbound（RFC 5626）中，边缘代理服务器报告它用于到达某个已注册设备的特定连接（流）已经失效，但到该设备的其他流可能仍然可用。该码用于代理服务器之间，收到后应改用设备的另一条已注册流；终端收到时按 400 处理。
    .causes =
        设备到边缘代理服务器的 TCP 或 TLS 连接断开，例如 NAT 超时或手机切换了网络。
        该流上的保活（CRLF 或 STUN）停止，边缘代理服务器判定其失效。
        设备尚未重新注册，注册服务器仍指向已断开的流。
    .actions =
        在注册服务器或归属代理服务器上，检查请求是否已通过设备的其他 reg-id 流重试。
        检查设备和边缘代理服务器的保活设置，以及两者之间 NAT 或防火墙的空闲超时。
        确保设备通过不同的边缘代理服务器注册至少两条流，这样单点故障不会阻断呼叫。
    .ui = 对方目前在此设备上无法接通。
    .impact = 呼叫拥有多台设备的用户时，其中一台设备无法接通：主叫可能听到振铃提前中断或“无法接通”提示音，而该用户的其他设备可能仍在振铃。
    .confirm =
        确认归属代理使用了哪条流（带 ob 参数和 flow token 的 Route 或 Path），以及是哪台边缘代理返回了 430。
        检查设备的注册情况：有几条 reg-id 流，每条最后一次刷新是什么时候。
        在边缘代理上检查该流对应的 TCP 或 TLS 连接是否还在，以及最后一次保活（CRLF 或 STUN）是何时到达的。
    .kamailio =
        kamctl ul show <aor>（或 kamcmd ul.dump）会显示每个 contact 的 Instance 和 Reg-Id；在边缘代理上检查 tcp_connection_lifetime 和保活设置，并确保某个分支以 430 失败时 failure_route 会尝试下一条流。

# en: f5945e5f
sip-433 =
    .title = 不允许匿名呼叫
    .summary = 被叫或被叫的运营商拒绝隐藏主叫身份的呼叫（RFC 5079）。这是拒绝匿名来电的策略，并非故障：同一呼叫若显示号码即可接通。
    .causes =
        主叫隐藏了号码（本次呼叫或整条线路开启了号码隐藏）。
        PBX 或中继对所有外呼设置了 Privacy: id，或把 From 改写为 anonymous。
        被叫线路开启了拒接匿名来电。
    .actions =
        请主叫在本次呼叫中显示号码，或关闭线路上的号码隐藏。
        如果主叫并未要求隐藏，检查 PBX 或中继是否添加了 Privacy 头域，或对 From、P-Asserted-Identity 做了匿名化。
        继续隐藏号码重拨仍会被同样拒绝。
    .ui = 对方不接听隐藏号码的来电。
    .impact = 主叫听到快忙音或“对方不接受隐藏号码来电”的提示音；话机可能显示“Anonymity disallowed”。
    .confirm =
        检查 INVITE 离开主叫侧时的 From、P-Asserted-Identity 和 Privacy：From 为 anonymous 或带 Privacy: id 表示号码被隐藏了。
        检查主叫是否拨了隐藏号码的前缀（例如 *67 或 #31#），或者线路上是否开启了号码隐藏。
        用显示号码的方式做一次测试呼叫，确认可以被接受。
    .asterisk =
        检查 endpoint 的 callerid_privacy= 以及拨号方案中的 Set(CALLERID(pres)=...)；在 send_pai=yes 且 trust_id_outbound=yes 时，如果号码显示受限，Asterisk 会带 Privacy: id 传递身份信息。
    .freeswitch =
        检查拨号方案中的 privacy 应用或 origination_privacy，以及 profile 的 caller-id-type（单个呼叫用 sip_cid_type）；sofia global siptrace on 会显示 From 是否变成了 anonymous、是否加了 Privacy: id。
    .kamailio =
        如果由 Kamailio 替被叫执行拒接匿名来电，在脚本中找到相应检查（针对 From 用户 anonymous 或 Privacy 头域）以及它发送的 433；否则 Kamailio 只是转发该响应。
    .opensips =
        同样，OpenSIPS 发出的 433 来自脚本中对 $fU 或 Privacy 头域的检查及随后的 send_reply；否则就是从被叫侧服务器转发来的。

# en: b66ef07c
sip-436 =
    .title = 身份信息错误
    .summary = STIR/SHAKEN 验证方无法获取 Identity 头域 info 参数所指向的证书（RFC 8224）。较旧的协议栈会把该码显示为 RFC 4474 中的名称 “Bad Identity-Info”，当时证书 URL 放在单独的 Identity-Info 头域中。
    .causes =
        证书 URL（x5u/info）无法访问、超时或返回 HTTP 错误。
        URL 使用了验证方不支持的协议方案，或格式错误。
        验证服务器的出站 HTTPS 访问被防火墙或 DNS 问题阻断。
    .actions =
        从 Identity 头域中复制 info URL，在验证服务器上直接尝试下载。
        如果在任何地方都无法下载，说明签名运营商的证书存储库有问题，需由其修复。
        如果只有验证服务器无法下载，检查其 DNS、代理服务器和出站 HTTPS 的防火墙规则。
    .ui = 您的呼叫未通过验证，未能接通。
    .impact = 呼叫在振铃前被拒绝，伴有快忙音或提示音；如果网络放行，被叫看到的来电也没有“号码已验证”的标记。
    .confirm =
        解码 Identity 头域，读取其中的 info 参数，即签名证书的 URL。
        在验证方主机上下载该 URL，记录 HTTP 状态码、TLS 错误或超时。
        检查验证方的 DNS 解析和出站 HTTPS 访问。
    .asterisk =
        Asterisk 做验证时会自己下载 Identity 头域中指定的证书；检查 stir_shaken.conf 中的验证设置（下载超时、证书缓存），并在 Asterisk 日志中查看下载错误。
    .freeswitch =
        用 sofia global siptrace on 抓取 INVITE，复制 Identity 头域中 info 的 URL；如果验证在 FreeSWITCH 主机上或其后方进行，就在那里用 curl 测试下载。
    .kamailio =
        secsipid_check_identity() 会自己下载证书；检查模块的超时和缓存设置，以及失败呼叫前后的 Kamailio 日志。
    .opensips =
        stir_shaken_verify() 通过参数接收证书，因此脚本需要先自行下载（通常用 rest_client 按 $identity(x5u) 中的 x5u URL 获取）；检查这一步下载的 HTTP 结果。

# en: 41b8ea8b
sip-437 =
    .title = 不支持的凭证
    .summary = 验证方已取得用于签名该呼叫的证书，但不认可其为签名方的有效凭证（RFC 8224）。许多协议栈仍显示 RFC 4474 中的名称 “Unsupported Certificate”。
    .causes =
        证书链无法追溯到验证方信任的证书颁发机构（例如不在 STI-PA 信任列表中）。
        证书已过期或已被吊销。
        证书类型或属性不符合验证方策略的要求。
    .actions =
        检查证书链：签发者、有效期和吊销状态。
        确认验证方的信任证书库和 CRL 为最新。
        如果是签名方证书的问题，需由发端运营商续期或更换证书。
    .ui = 您的呼叫未通过验证，未能接通。
    .impact = 呼叫在振铃前被拒绝，伴有快忙音或提示音，或者到达被叫时被标记为未验证或疑似骚扰电话。
    .confirm =
        从 Identity 头域中的 URL 下载证书，检查颁发者、有效期和扩展项（openssl x509 -text）。
        检查颁发该证书的 CA 是否在验证方的信任列表中，以及证书是否在吊销列表里。
        在验证方日志中查看确切的拒绝原因。
    .asterisk =
        检查 Asterisk STIR/SHAKEN 验证所用的 CA 文件或目录以及吊销列表设置（stir_shaken.conf），并与 STI-PA 信任列表保持同步。
    .freeswitch =
        在执行验证的主机上确认它信任哪个 CA 证书包；查看失败呼叫腿上的 sip_term_status，以及用 sofia global siptrace on 抓到的响应中的 Reason 头域。
    .kamailio =
        使用 secsipid 时，检查模块被配置为信任哪些 CA 证书和吊销列表，以及其中是否包含签名方证书的颁发者。
    .opensips =
        stir_shaken_verify() 按模块参数 ca_list 或 ca_dir 以及 crl_list 或 crl_dir 校验证书链；确认其中是最新的 STI-PA 信任锚和吊销列表。

# en: 04aeb29b
sip-438 =
    .title = Identity 头域无效
    .summary = 验证方取得了可用的证书，但 Identity 头域中的签名与请求内容对不上（RFC 8224）。通常是呼叫在签名后被修改，或 PASSporT 本身格式有误。
    .causes =
        某个网元在签名之后改写了主叫或被叫号码（例如增加或去掉国家码）。
        签名服务使用的密钥与所引用的证书不匹配。
        PASSporT 令牌被截断、编码错误，或使用了非预期的算法。
    .actions =
        解码 PASSporT，将其中的 orig 和 dest 号码分别与 From 或 P-Asserted-Identity、To 或 Request-URI 进行对比。
        找出在签名与验证之间修改号码的 SBC 或号码变换规则。
        如果号码一致，请签名运营商核对密钥与证书是否配对。
    .ui = 您的呼叫未通过验证，未能接通。
    .impact = 呼叫在振铃前被拒绝，伴有快忙音或提示音，或者到达被叫时被标记为验证失败或疑似骚扰电话。
    .confirm =
        解码 PASSporT（Identity 头域中的 JWT），记下 orig、dest、iat 和 attest。
        将 orig 和 dest 号码与到达验证方时的 From 或 P-Asserted-Identity 以及 To 或 Request-URI 进行对比，注意使用相同的号码格式。
        检查 iat 是否是最近的时间，以及该头域是否完整、没有被截断。
    .asterisk =
        签名之后再改写号码会导致验证失败；确保主叫号码和被叫号码在呼叫经由签名 endpoint 发出之前就已是最终形式，并用 pjsip set logger on 核对。
    .freeswitch =
        将网关实际发出的主叫号码和目的号码（sofia global siptrace on）与 PASSporT 中的 orig 和 dest 对比；签名后在网关上添加的前缀会使签名失效。
    .kamailio =
        签名只覆盖 PASSporT，因此 Kamailio 发出的 $fU 和 $rU 必须与其中的 orig 和 dest 号码一致；只在所有号码变换完成之后再调用 secsipid_add_identity()。
    .opensips =
        stir_shaken_verify() 会把 PASSporT 中的 orig 和 dest 与 From 和 To 号码（或你传入的 orig、dest 参数）进行比较；请在号码规整之前做验证，或显式传入规整后的号码。

# en: 4e52c005
sip-439 =
    .title = 首跳不支持 Outbound
    .summary = 注册服务器支持 SIP Outbound（RFC 5626），设备也请求使用它，但 REGISTER 经过的第一个代理服务器不支持。注册服务器因此拒绝注册，让设备改走其他路径或不使用 Outbound 注册。
    .causes =
        设备发送了 reg-id 和 +sip.instance 以及 Supported: outbound，但其出站代理服务器不支持 Outbound。
        边缘代理服务器关闭了 Outbound 功能，不添加带 ob 参数的 Path 头域。
        设备配置的首跳代理服务器不是该业务预期的那一个。
    .actions =
        在边缘代理服务器上启用 Outbound（带 ob 的 Path），或把设备指向支持它的边缘代理服务器。
        或者在设备上关闭 Outbound，使其按传统方式注册。
        通过其他代理服务器重试注册；经同一跳重试仍会失败。
    .ui = 话机无法登录电话服务。
    .impact = 话机无法注册：账号显示“注册失败”，在改用其他方式注册之前收不到来电。
    .confirm =
        检查 REGISTER 中是否有 Supported: outbound，以及 Contact 中是否有 reg-id 和 +sip.instance。
        检查第一台代理添加的 Path 头域中是否带有 ob 参数。
        确认设备使用的第一跳（其出站代理设置），以及它是否就是预定的边缘代理。
    .kamailio =
        当 REGISTER 请求使用 Outbound、而边缘代理的 Path 中没有 ob 时，注册服务器回复 439；在边缘代理上加载 outbound 和 path 模块并调用 add_path()，同时检查注册服务器的 outbound_mode。

# en: dec4fb55
sip-440 =
    .title = 超出 Max-Breadth
    .summary = 代理服务器想把请求并行分叉到多个目的地，但剩余的 Max-Breadth 配额（RFC 5393）不足，而它又不愿改为串行分叉或重定向。请求未能到达所有预期目的地。
    .causes =
        被叫地址注册了大量设备或属于很大的振铃组，且分叉层层嵌套。
        上游代理服务器在请求中设置了较小的 Max-Breadth 值。
        分叉环路或配置错误的组导致分支成倍增加。
    .actions =
        在每个代理服务器上查看请求中的 Max-Breadth 头域，找出配额在哪里耗尽。
        减少并行分支：精简振铃组成员或清理过期注册，或改用顺序寻线。
        查找包含自身或互相包含的组，并消除环路。
    .ui = 您的呼叫无法接通。
    .impact = 振铃的设备比预期少，或者呼叫在振铃前以错误提示音失败；在大型振铃组中，有些话机始终不响。
    .confirm =
        在每台代理上查看请求中的 Max-Breadth 头域，找出该值在哪里变小。
        统计每台代理为这通呼叫创建的分支数：已注册的 contact 和组成员。
        查找嵌套的组，或者相互包含的组。
    .asterisk =
        Dial() 到大量 endpoint，或对 contact 很多的 AOR 使用 PJSIP_DIAL_CONTACTS()，都会产生大量分支；在 AOR 上限制 max_contacts=（配合 remove_existing=yes），并用 pjsip show aors 查找失效的 contact。
    .freeswitch =
        如果 profile 启用了 multiple-registrations，user/ 拨号串会呼叫该用户的所有注册；用 sofia status profile internal reg 查找失效的 contact，并检查 group_call 呼叫的成员。
    .kamailio =
        检查 lookup("location") 添加了多少分支（kamctl ul show <aor>），用注册模块的 max_contacts 或 append_branches=0 加以限制，并记录 $hdr(Max-Breadth) 查看到达的取值。
    .opensips =
        用 opensips-cli -x mi ul_show_contact location <aor> 查看 lookup() 分叉到的 contact，减少其数量（注册模块的 max_contacts），并记录 $hdr(Max-Breadth) 查看到达的取值。

# en: 0061cdb5
sip-469 =
    .title = 不支持的 Info 包
    .summary = 通话中的 INFO 请求指定了接收方未同意接收的 Info Package（RFC 6086）。响应的 Recv-Info 头域列出它接受的包。失败的只是这条通话中消息，呼叫本身继续进行。
    .causes =
        发送方使用的 Info Package（例如用于 DTMF 或厂商特定功能）未出现在对端呼叫建立时的 Recv-Info 中。
        双方协商的包不一致，或一方通过 re-INVITE 修改了列表。
        SBC 或 B2BUA 删除了 Recv-Info 头域，导致协商未完成。
    .actions =
        将被拒 INFO 的 Info-Package 头域与 INVITE 及其应答中交换的 Recv-Info 值进行对比。
        配置双方协商该包，或改用 RFC 4733 telephone-event 传送 DTMF，而不是 INFO。
        检查路径上的代理服务器和 SBC 是否原样透传 Recv-Info 和 Info-Package。
    .ui = 按键音或通话中的信号未能送达。
    .impact = 通话本身继续，只有通话中的信号丢失：在 IVR 或语音信箱菜单中按键无效，或者录音控制之类的厂商功能不起作用。
    .confirm =
        查看被拒 INFO 中的 Info-Package 头域，以及 469 中的 Recv-Info 头域。
        检查 INVITE 及其 200 OK（或之后的 re-INVITE）中交换的 Recv-Info 头域，了解双方同意接收什么。
        检查中间的 SBC 或 B2BUA 是否在呼叫建立时删除了 Recv-Info。
    .asterisk =
        对这类对端不要依赖 INFO 传送按键：在 endpoint 上设置 dtmf_mode=rfc4733（或 auto）；pjsip set logger on 会显示 INFO 和 469。
    .freeswitch =
        在 profile 中把 dtmf-type 设为 rfc2833（或为该呼叫设置通道变量 dtmf_type），不要用 info，并用 sofia global siptrace on 抓取 INFO 及其响应。

# en: 6293518f
sip-470 =
    .title = 需要同意
    .summary = 负责向其他用户转发请求的中转节点（例如使用 URI 列表的列表服务器或会议服务）拒绝转发，因为某个接收者尚未允许接收此类请求（RFC 5360）。缺少同意的地址列在 Permission-Missing 头域中。
    .causes =
        请求发往的列表或群组中有尚未同意接收此类流量的接收者。
        之前给出的同意已被撤销或已过期。
        中转节点为防范垃圾信息和流量放大而强制要求同意，而该接收者是新加入的。
    .actions =
        查看 Permission-Missing 头域，确认是哪些接收者导致请求被拒。
        请这些接收者通过该服务的同意流程授予许可，然后重新发送。
        或将这些地址从列表中移除；原样重发仍会被拒绝。
    .ui = 对方尚未同意接收您的此类请求。
    .impact = 消息或邀请不会送达尚未同意的接收者；发送方客户端可能显示投递错误，或者只显示部分群组成员已送达。
    .confirm =
        查看 470 中的 Permission-Missing 头域，其中列出了阻止该请求的地址。
        在中继服务器上检查这些接收者的同意记录：已同意、待确认、已撤销或已过期。
        向一位已同意的接收者单独重发，确认路径的其余部分工作正常。
