# SIP 响应码 417-470（在 IANA 注册的 RFC 3261 扩展）。

sip-417 =
    .title = 未知的资源优先级
    .summary = 请求要求优先处理（RFC 4412），但应答节点无法识别 Resource-Priority 头中的任何命名空间或优先级值。主要出现在政府、军队和应急优先通信网络（ETS/WPS、DSN、esnet）中。
    .causes =
        请求带有 Require: resource-priority，且使用了接收方未启用的命名空间，例如把军用命名空间发给了商用运营商。
        优先级值拼写错误，或超出该命名空间规定的取值范围。
        主叫和被叫两侧网络配置的优先级命名空间不一致。
    .actions =
        将请求中的 Resource-Priority 值与 417 响应返回的 Accept-Resource-Priority 列表进行对比。
        统一互联两侧的命名空间配置，或改用对端接受的命名空间。
        如果本次呼叫并不一定需要优先级，可从 Require 中去掉 resource-priority，按普通呼叫发出。
    .ui = 无法按所请求的优先级发起此优先呼叫。

sip-420 =
    .title = 不支持的扩展
    .summary = 请求在 Require 或 Proxy-Require 中要求了某个 SIP 扩展（选项标签），但接收的代理服务器或终端并未实现该扩展。被拒绝的标签会列在响应的 Unsupported 头中；需要修改的是主叫侧配置，而不是网络。
    .causes =
        主叫强制要求可靠临时响应（Require: 100rel），而对端不支持 PRACK。
        会话定时器（timer）、呼叫转接（replaces）或其他扩展被设为「必需」，而不是仅声明「支持」。
        路径上的代理服务器不认识 Proxy-Require 中的某个选项标签，因而拒绝。
    .actions =
        查看 420 响应中的 Unsupported 头，其中列出了被拒绝的具体选项标签。
        在主叫配置中把该扩展从「必需」改为「支持」（例如把 PRACK/100rel 设为可选）。
        去掉被拒绝的标签后重新发送；原样重发仍会以同样方式失败。
    .ui = 双方电话系统不兼容，呼叫无法建立。

sip-421 =
    .title = 需要扩展
    .summary = 接收端只有在发送方支持某个 SIP 扩展时才会处理该请求，而请求的 Supported 头中没有列出这个扩展。响应中的 Require 头会注明所需的扩展。
    .causes =
        被叫或网关要求可靠临时响应（100rel/PRACK），而主叫侧关闭了该功能。
        对端要求会话定时器（timer）或 QoS 前提条件（precondition），这在与 IMS 和移动网络的互联中很常见。
        主叫终端较旧或功能精简，根本不声明该扩展。
    .actions =
        查看 421 响应中的 Require 头，确认对端要求的是哪个选项标签。
        在主叫侧启用该功能（PRACK、会话定时器、前提条件），使其出现在 Supported 中。
        如果主叫无法支持，请对端的维护方取消该强制要求，回退到基础 SIP。
    .ui = 双方电话系统不兼容，呼叫无法建立。

sip-422 =
    .title = 会话间隔过小
    .summary = INVITE 或 UPDATE 中的 Session-Expires 小于接收方对会话定时器所允许的最小值（RFC 4028）。响应会在 Min-SE 头中给出这个最小值，主叫应使用更大的值重试。
    .causes =
        主叫的会话定时器设置过小（例如 60 秒，而协议下限为 90 秒）。
        路径上的代理服务器或 SBC 要求的 Min-SE 大于终端的取值，常见为 1800 秒。
        通话中的会话刷新（re-INVITE 或 UPDATE）发送的间隔比最初协商的更短。
    .actions =
        查看 422 响应中的 Min-SE，并检查主叫是否用不小于该值的 Session-Expires 重新发送了请求。
        将终端或中继的会话定时器调大到通用值，例如 1800 秒。
        如果每次呼叫都失败，说明主叫协议栈没有自动重试；应修正主叫配置，而不是对端。
    .ui = 呼叫未能建立，请重试。

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

sip-424 =
    .title = 位置信息错误
    .summary = 请求携带的位置信息（Geolocation 头指向 PIDF-LO 消息体或位置 URI，RFC 6442）无法被接收方解析或使用。这主要影响紧急呼叫，因为其路由取决于主叫的位置；响应中通常带有包含错误码的 Geolocation-Error 头。
    .causes =
        PIDF-LO XML 消息体格式错误，或缺少接收方所需的地址或坐标。
        Geolocation 头引用的消息体部分或位置 URI 不存在或无法获取。
        位置服务器（LIS）没有返回该主叫线路的位置，或返回的是过期数据。
    .actions =
        查看响应中的 Geolocation-Error 码（100 表示无法处理位置，200 段为权限问题，300 为按引用获取位置失败）。
        校验 PIDF-LO 消息体，并确认 Geolocation 头指向的部分确实存在于消息中。
        检查 LIS 或 PBX 紧急呼叫设置中该主叫的位置配置，然后重新测试。
    .ui = 无法随本次呼叫发送您的位置信息。

sip-425 =
    .title = 告警消息错误
    .summary = 非交互式紧急告警（RFC 8876，通过 SIP 传送的 CAP 数据，通常来自传感器或自动报警系统）的接收方无法使用其中的告警数据。响应中的 AlertMsg-Error 头会说明告警数据的问题所在。
    .causes =
        消息体中的 CAP XML 格式错误或在传输中损坏（AlertMsg-Error 103）。
        告警数据缺失，或其引用无法解析（AlertMsg-Error 101）。
        告警中的信息不足，接收方无法判断其用途（AlertMsg-Error 102）。
    .actions =
        查看响应中的 AlertMsg-Error 码，确定属于哪种问题。
        在发送设备或网关上校验 CAP 文档及其 Content-Type（application/EmergencyCallData.cap+xml）。
        修正发送系统后重新发送告警；原样重发仍会被拒绝。
    .ui = 您的告警未能送达。

sip-428 =
    .title = 需要 Identity 头
    .summary = 接收网络的策略要求主叫身份必须用 Identity 头签名（STIR/SHAKEN，RFC 8224），而该请求没有携带。在发端完成签名之前，呼叫都会被拒绝。
    .causes =
        发端运营商或 PBX 服务商不对呼叫签名，或其签名服务（STI-AS）在本次呼叫中出错。
        签名方与验证方之间的 SBC 或转接网络删除了 Identity 头。
        呼叫经由不支持传递 STIR/SHAKEN 数据的互联中继或网关进入。
    .actions =
        在接收网络一侧抓取 INVITE，确认确实没有 Identity 头。
        沿路径逐跳向回排查，找出头域在哪里丢失，并检查 SBC 的头域处理规则。
        请发端运营商对这类呼叫签名；企业 PBX 自身无法解决，必须由运营商处理。
    .ui = 您的呼叫未通过验证，未能接通。

sip-429 =
    .title = 需提供转接发起方身份
    .summary = 在呼叫转接（REFER）中，转接目标要求证明是谁发起了转接，即有效的已签名 Referred-By 令牌（RFC 3892），而请求中没有。它与限流无关，不等同于 HTTP 429 Too Many Requests。
    .causes =
        被转接方发送的 INVITE 只有普通的 Referred-By 头而没有签名令牌，而转接目标的策略要求令牌。
        令牌存在，但其签名或内容无法验证。
        转接目标配置为只接受经过认证的发起方的转接。
    .actions =
        检查发往转接目标的 INVITE 中的 Referred-By 头以及携带令牌的 S/MIME 消息体。
        让发起转接的一方带上令牌重新发送 REFER，或放宽转接目标的策略。
        注意 FreeSWITCH 会把 429 映射为 BAD_IDENTITY_INFO；这是其映射表的特殊做法，STIR 中表示身份信息错误的代码是 436。
    .ui = 呼叫转接失败。

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

sip-433 =
    .title = 不允许匿名呼叫
    .summary = 被叫或被叫的运营商拒绝隐藏主叫身份的呼叫（RFC 5079）。这是拒绝匿名来电的策略，并非故障：同一呼叫若显示号码即可接通。
    .causes =
        主叫隐藏了号码（本次呼叫或整条线路开启了号码隐藏）。
        PBX 或中继对所有外呼设置了 Privacy: id，或把 From 改写为 anonymous。
        被叫线路开启了拒接匿名来电。
    .actions =
        请主叫在本次呼叫中显示号码，或关闭线路上的号码隐藏。
        如果主叫并未要求隐藏，检查 PBX 或中继是否添加了 Privacy 头，或对 From、P-Asserted-Identity 做了匿名化。
        继续隐藏号码重拨仍会被同样拒绝。
    .ui = 对方不接听隐藏号码的来电。

sip-436 =
    .title = 身份信息错误
    .summary = STIR/SHAKEN 验证方无法获取 Identity 头 info 参数所指向的证书（RFC 8224）。较旧的协议栈会把该码显示为 RFC 4474 中的名称「Bad Identity-Info」，当时证书 URL 放在单独的 Identity-Info 头中。
    .causes =
        证书 URL（x5u/info）无法访问、超时或返回 HTTP 错误。
        URL 使用了验证方不支持的协议方案，或格式错误。
        验证服务器的出站 HTTPS 访问被防火墙或 DNS 问题阻断。
    .actions =
        从 Identity 头中复制 info URL，在验证服务器上直接尝试下载。
        如果在任何地方都无法下载，说明签名运营商的证书存储库有问题，需由其修复。
        如果只有验证服务器无法下载，检查其 DNS、代理服务器和出站 HTTPS 的防火墙规则。
    .ui = 您的呼叫未通过验证，未能接通。

sip-437 =
    .title = 不支持的凭证
    .summary = 验证方已取得用于签名该呼叫的证书，但不认可其为签名方的有效凭证（RFC 8224）。许多协议栈仍显示 RFC 4474 中的名称「Unsupported Certificate」。
    .causes =
        证书链无法追溯到验证方信任的证书颁发机构（例如不在 STI-PA 信任列表中）。
        证书已过期或已被吊销。
        证书类型或属性不符合验证方策略的要求。
    .actions =
        检查证书链：签发者、有效期和吊销状态。
        确认验证方的信任证书库和 CRL 为最新。
        如果是签名方证书的问题，需由发端运营商续期或更换证书。
    .ui = 您的呼叫未通过验证，未能接通。

sip-438 =
    .title = Identity 头无效
    .summary = 验证方取得了可用的证书，但 Identity 头中的签名与请求内容对不上（RFC 8224）。通常是呼叫在签名后被修改，或 PASSporT 本身格式有误。
    .causes =
        某个网元在签名之后改写了主叫或被叫号码（例如增加或去掉国家码）。
        签名服务使用的密钥与所引用的证书不匹配。
        PASSporT 令牌被截断、编码错误，或使用了非预期的算法。
    .actions =
        解码 PASSporT，将其中的 orig 和 dest 号码分别与 From 或 P-Asserted-Identity、To 或 Request-URI 进行对比。
        找出在签名与验证之间修改号码的 SBC 或号码变换规则。
        如果号码一致，请签名运营商核对密钥与证书是否配对。
    .ui = 您的呼叫未通过验证，未能接通。

sip-439 =
    .title = 首跳不支持 Outbound
    .summary = 注册服务器支持 SIP Outbound（RFC 5626），设备也请求使用它，但 REGISTER 经过的第一个代理服务器不支持。注册服务器因此拒绝注册，让设备改走其他路径或不使用 Outbound 注册。
    .causes =
        设备发送了 reg-id 和 +sip.instance 以及 Supported: outbound，但其出站代理服务器不支持 Outbound。
        边缘代理服务器关闭了 Outbound 功能，不添加带 ob 参数的 Path 头。
        设备配置的首跳代理服务器不是该业务预期的那一个。
    .actions =
        在边缘代理服务器上启用 Outbound（带 ob 的 Path），或把设备指向支持它的边缘代理服务器。
        或者在设备上关闭 Outbound，使其按传统方式注册。
        通过其他代理服务器重试注册；经同一跳重试仍会失败。
    .ui = 话机无法登录电话服务。

sip-440 =
    .title = 超出 Max-Breadth
    .summary = 代理服务器想把请求并行分叉到多个目的地，但剩余的 Max-Breadth 配额（RFC 5393）不足，而它又不愿改为串行分叉或重定向。请求未能到达所有预期目的地。
    .causes =
        被叫地址注册了大量设备或属于很大的振铃组，且分叉层层嵌套。
        上游代理服务器在请求中设置了较小的 Max-Breadth 值。
        分叉环路或配置错误的组导致分支成倍增加。
    .actions =
        在每个代理服务器上查看请求中的 Max-Breadth 头，找出配额在哪里耗尽。
        减少并行分支：精简振铃组成员或清理过期注册，或改用顺序寻线。
        查找包含自身或互相包含的组，并消除环路。
    .ui = 您的呼叫无法接通。

sip-469 =
    .title = 不支持的 Info 包
    .summary = 通话中的 INFO 请求指定了接收方未同意接收的 Info Package（RFC 6086）。响应的 Recv-Info 头列出它接受的包。失败的只是这条通话中消息，呼叫本身继续进行。
    .causes =
        发送方使用的 Info Package（例如用于 DTMF 或厂商特定功能）未出现在对端呼叫建立时的 Recv-Info 中。
        双方协商的包不一致，或一方通过 re-INVITE 修改了列表。
        SBC 或 B2BUA 删除了 Recv-Info 头，导致协商未完成。
    .actions =
        将被拒 INFO 的 Info-Package 头与 INVITE 及其应答中交换的 Recv-Info 值进行对比。
        配置双方协商该包，或改用 RFC 4733 telephone-event 传送 DTMF，而不是 INFO。
        检查路径上的代理服务器和 SBC 是否原样透传 Recv-Info 和 Info-Package。
    .ui = 按键音或通话中的信号未能送达。

sip-470 =
    .title = 需要同意
    .summary = 负责向其他用户转发请求的中继（例如使用 URI 列表的列表服务器或会议服务）拒绝转发，因为某个接收者尚未允许接收此类请求（RFC 5360）。缺少同意的地址列在 Permission-Missing 头中。
    .causes =
        请求发往的列表或群组中有尚未同意接收此类流量的接收者。
        之前给出的同意已被撤销或已过期。
        中继为防范垃圾信息和流量放大而强制要求同意，而该接收者是新加入的。
    .actions =
        查看 Permission-Missing 头，确认是哪些接收者导致请求被拒。
        请这些接收者通过该服务的同意流程授予许可，然后重新发送。
        或将这些地址从列表中移除；原样重发仍会被拒绝。
    .ui = 对方尚未同意接收您的此类请求。
