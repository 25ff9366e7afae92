# SIP 响应码 400-416（RFC 3261、RFC 3903）

# en: 3152027a
sip-400 =
    .title = 错误请求
    .summary = 接收方无法解析该请求：语法有误或缺少必需的部分。规范的服务器会在原因短语（reason phrase）或 Warning 头域中指出具体问题，因此务必查看完整的状态行。
    .causes =
        必需的头域（Via、From、To、Call-ID、CSeq、Max-Forwards）缺失、重复或格式错误。
        用户路由器上的 SIP ALG 或 SBC 改写了消息并将其破坏（Content-Length 不符、Via 或 SDP 被篡改）。
        URI 或头域中含有非法字符或转义错误，例如用户名中有空格，或显示名的引号不成对。
        UDP 数据报被截断，消息体与 Content-Length 不再一致。
    .actions =
        查看原因短语和 Warning 头域（如有），通常会指出出错的字段。
        在 NAT 路由器或 SBC 两侧同时抓包，找出是哪一跳破坏了请求；如果是 SIP ALG 所致，请将其关闭。
        修正发送方设备的配置或固件：原样重发同一请求只会得到同样的响应。
    .ui = 由于技术故障，呼叫未能完成。
    .impact = 呼叫在振铃之前就立即失败：主叫听到快忙音或错误提示音，或者话机显示“呼叫失败”“400 Bad Request”之类的通用提示。
    .confirm =
        在信令抓包中找到 400 响应，查看原因短语和 Warning 头域（如有），其中通常会写明服务器拒绝的字段。
        对比设备发出的请求和到达服务器时的同一请求（在路由器或 SBC 两侧同时抓包），找出被改动的 Via、Contact、SDP 或 Content-Length。
        核对 Content-Length 的值是否等于消息体的实际长度，以及 UDP 数据报是否完整到达，没有被截断或分片。
    .asterisk =
        执行 pjsip set logger on，查看 Asterisk 在 400 之前发出的请求；在拨号方案中拼出来的头域（PJSIP_HEADER add、带引号或特殊字符的主叫名称）是常见原因。
    .freeswitch =
        打开 sofia global siptrace on 检查发出的请求；失败的呼叫腿上 sip_term_status 为 400，但 hangup_cause 只是 NORMAL_TEMPORARY_FAILURE，因此要以原始消息为准，不要只看挂机原因。
    .kamailio =
        请求路由中的 sanity_check() 会以 400 拒绝格式错误的请求，并附上具体的原因短语，例如 “Content-Length mis-match” 或 “Bad Headers”；从原因短语可以看出是哪项检查未通过。
        从 5.2 起，缺少 From、To、Call-ID 或 CSeq 的请求完全得不到应答（5.0 和 5.1 会回复 “Missing Required Header in Request”），默认的 kamailio.cfg 只在日志中记下该请求格式错误及其来源地址。
    .opensips =
        如果脚本调用了 sipmsg_validate()，把它的 $retcode 写入日志，看是哪项检查失败；400 本身是由脚本发送的（send_reply 或 sl_send_reply），请找到这个调用及其前面的判断条件。

# en: c5f5bd0f
sip-401 =
    .title = 未授权（认证质询）
    .summary = 被叫 UAS 或注册服务器要求客户端证明身份：响应中带有 WWW-Authenticate 摘要质询，客户端应携带 Authorization 头域重新发送请求。在 REGISTER 或 INVITE 成功之前出现一次 401 属于正常；发送凭据后再次收到 401，说明凭据被拒绝。
    .causes =
        摘要认证的正常第一步：最初的 REGISTER 或 INVITE 未携带凭据。
        话机中配置的密码或认证用户名有误（认证用户名常常与分机号不同）。
        客户端应答的 realm 与质询中的不一致，或账号配置在了其他域下。
        设备无法处理该质询（例如不支持其算法），或反复使用已过期的 nonce。
    .actions =
        在抓包中确认客户端是否针对同一 realm 和 nonce 携带 Authorization 头域重发了请求。
        如果发送凭据后仍返回 401，请重新输入密码和认证用户名，并向运营商核实 realm/域名。
        如果客户端根本没有重发，检查该账号是否已配置凭据，以及是否支持所用的摘要算法。
        不要让设备用错误凭据无限重试：许多服务器会在多次失败后封禁源 IP。
    .ui = 登录失败，请检查用户名和密码。
    .impact = 单个 401 用户察觉不到；凭据错误时，话机显示“注册失败”或“Unauthorized”，账号图标保持红色或灰色，外呼立即以错误提示音失败。
    .confirm =
        检查 401 之后是否有携带 Authorization 头域重发的同一个 REGISTER 或 INVITE；如果没有，说明客户端根本没有响应质询。
        在重发的请求中，将 Authorization 头域里的 username 和 realm 与账号资料以及 WWW-Authenticate 中的 realm 进行对比。
        如果随后又来一个带新 nonce 的 401，说明密码或认证用户名错误；质询中的 stale=true 只表示 nonce 过期，并不是错误。
    .asterisk =
        作为注册服务器时，Asterisk 会把密码错误记为“Failed to authenticate”，把未知用户记为“No matching endpoint found”（此时仍然回 401）；请检查 pjsip show endpoint <name> 和 pjsip show auths。
        作为客户端时，outbound_auth= 指向的 auth 段必须填写运营商提供的用户名和密码；pjsip show registrations 会显示注册状态是 Registered 还是 Rejected。
    .freeswitch =
        对网关，检查 username、password 和 realm；sofia status gateway <name> 会显示注册状态，凭据被拒后通常是 FAILED 或 FAIL_WAIT。
        作为注册服务器时，在 profile 中设置 log-auth-failures=true，让每次失败的认证连同源 IP 一起写入日志。
    .kamailio =
        质询由 auth_check() 失败后的 www_challenge() 或 auth_challenge() 发出；在 auth_check() 之后记录 $rc（不同的负值可以区分密码错误、未知用户和 nonce 过期），并将 realm 参数与话机使用的 realm 对比。
    .opensips =
        质询由 www_authorize() 失败后的 www_challenge() 发出；记录 www_authorize() 的 $retcode 来区分密码错误和未知用户，并检查脚本中使用的 realm。

# en: 9880d3cb
sip-402 =
    .title = 需要付费
    .summary = RFC 3261 仅将此码保留供将来使用，并未定义处理流程。实际中，部分运营商和计费软交换会在账户余额不足或欠费时用它拒绝呼叫。
    .causes =
        主叫账号的预付费余额已用完，或已达到信用额度。
        账号因欠费被停用。
        所拨目的地不在资费套餐内，或费用超过剩余余额。
    .actions =
        在运营商的自助门户或向计费部门查询账号余额和缴费状态。
        充值或更换资费后再拨；在此之前，每次呼叫都会以同样方式被拒绝。
        如果余额正常，请向运营商确认其 402 的具体含义，因为此码的用法没有标准化。
    .ui = 呼叫未能发起，请检查账户余额。
    .impact = 呼叫被立即拒绝，常伴有运营商“余额不足”的提示音或快忙音；有些话机只显示“402 Payment Required”。
    .confirm =
        查看 402 的原因短语以及 Warning 或 Reason 头域，运营商通常在这里给出计费方面的原因。
        拨打一个免费或便宜的目的地（本地号码或运营商的回声测试）做测试，确认是所有呼叫都失败，还是只有部分目的地失败。
        在计费门户中核对故障时刻该账号或中继的余额、信用额度和状态。
    .asterisk =
        Asterisk 自己不会产生 402，它来自中继。用 pjsip set logger on 查看原因短语，并在拨号方案中用带 tech 选项的 HANGUPCAUSE 函数记录 SIP 状态行，而不是换算后的 Q.850 原因值。
    .freeswitch =
        失败的呼叫腿上 sip_term_status 为 402，而 hangup_cause 只是 CALL_REJECTED；请记录 sip_term_status 或 sip_invite_failure_status，以免丢失计费方面的原因。
    .kamailio =
        Kamailio 发出的 402 一定是脚本的判断，通常位于计费或信用控制步骤之前（例如 cnxcc 模块）；找到带 402 的 send_reply 或 t_reply 以及触发它的条件。
    .opensips =
        同样，OpenSIPS 发出的 402 来自脚本（在查询计费或费率之后调用 send_reply 或 t_reply）；找到这个调用，并把它所判断的值写入日志。

# en: 6561c6ee
sip-403 =
    .title = 禁止
    .summary = 服务器理解了请求，但明确拒绝执行。与 401、407 不同，重新提交凭据也不会改变结果（RFC 3261 §21.4.4），因此不应简单地重发请求。
    .causes =
        密码错误或账号不存在：许多运营商和 PBX 会直接返回 403，而不是再次发起质询。
        账号或分机已被停用或锁定（欠费、防盗打保护、失败次数过多）。
        源 IP 地址不在中继的白名单中，或主叫未注册。
        该账号被禁止呼叫此目的地（国际长途、增值号码），或软交换上没有到该目的地的路由。
    .actions =
        查看原因短语和 Warning 头域：许多服务器会写明原因，例如“User Disabled”或“Invalid Phone Number”。
        在服务器侧检查账号状态、IP 白名单以及呼叫权限或拨号方案。
        只有拒绝方服务器的运营者才能解除限制；请停止自动重试，否则 IP 可能被封禁。
    .ui = 您的账号不允许拨打此电话。
    .impact = 主叫拨号后立刻听到快忙音或“该呼叫不被允许”的提示音；注册收到 403 的话机显示“Forbidden”或“注册失败”，无法外呼。
    .confirm =
        查看 403 的原因短语和 Warning 头域，并确认它是针对 REGISTER 还是 INVITE 的响应。
        对于 INVITE，将 From 和 P-Asserted-Identity 中的主叫号码与该账号允许显示的号码进行对比。
        将服务器看到的源 IP 和端口（Via 中的 received 和 rport）与中继的白名单进行对比。
        换一类目的地拨打（本地而不是国际），确认限制是否与目的地有关。
    .asterisk =
        作为客户端时，收到 403 后 pjsip show registrations 会显示 Rejected，是否重试由 forbidden_retry_interval= 决定；对于呼叫，检查 from_user=、from_domain= 以及拨号方案设置的主叫号码，运营商经常会校验它。
    .freeswitch =
        经网关的呼叫要检查网关参数 caller-id-in-from、from-user 和 from-domain，因为运营商会拒绝未知的主叫号码；该呼叫腿上会看到 sip_term_status 403 和 hangup_cause CALL_REJECTED。
        作为服务器时，检查 profile 中的 apply-inbound-acl 以及该用户在 directory 中的配置。
    .kamailio =
        默认脚本在主叫和被叫的域都不是本地域时回复“403 Not relaying”；请确认 From 和 Request-URI 中的域是 Kamailio 视为 myself 的域（alias= 或 domain 模块）。
    .opensips =
        默认脚本对外部域回复“403 Relay Forbidden”，在认证用户与 From 用户不一致时回复“403 Forbidden auth ID”；请检查该域的 is_myself() 判断以及话机上的认证用户名。

# en: 556d5899
sip-404 =
    .title = 未找到
    .summary = 服务器确知 Request-URI 中的用户在该域中不存在，或者该域不归它服务。网关会将其映射为 Q.850 原因值 1（未分配的号码）。
    .causes =
        号码拨错、未分配，或缺少拨号方案要求的前缀或国家码。
        号码格式与路由不匹配（带 + 的 E.164 格式与国内格式）。
        Request-URI 的主机部分（域名或 IP 地址）不是该服务器负责的域。
        PBX 拨号方案中没有匹配的分机或路由；部分软交换会附上自定义短语，例如“Unknown user account”。
    .actions =
        将 Request-URI 中的用户部分和主机部分与目的服务器的要求进行比对。
        检查 PBX 或 SBC 上的号码规整和前缀规则，以及中继上配置的域名。
        重发同一请求无济于事；请先修正号码或路由。
    .ui = 您拨打的号码不存在。
    .impact = 呼叫立即以快忙音或“您拨打的号码不存在”提示音结束，完全没有振铃。
    .confirm =
        取出收到 404 的 INVITE 中的 Request-URI，逐位核对用户部分：前缀、国家码、开头的加号。
        确认是哪一跳产生的 404（响应的源地址以及 Server 或 User-Agent 头域），从而判断是谁的拨号规则或位置服务出了问题。
        在该服务器上，到其拨号规则、路由表或注册数据库中查找这个号码或用户。
    .asterisk =
        Asterisk 会在日志中记录“rejected because extension not found in context”，并写明尝试的分机和 context；检查该 endpoint 的 context=，并执行 dialplan show <exten>@<context>。
    .freeswitch =
        FreeSWITCH 返回 404 通常表示拨号方案中没有任何分机匹配 destination_number；检查 profile 的 context，并在 fs_cli 中用 console loglevel debug 查看条件匹配过程。
    .kamailio =
        在默认脚本中，对未注册用户执行 lookup("location") 失败会得到“404 Not Found”；用 kamctl ul show <aor> 检查是否有有效的 contact，以及域部分是否一致（usrloc 的 use_domain 参数）。
    .opensips =
        默认脚本在 lookup("location") 失败时回复 404；检查 opensips-cli -x mi ul_show_contact location <aor>，对需要路由的号码，还要检查 do_routing() 是否为该前缀找到了规则。

# en: 75a663b0
sip-405 =
    .title = 方法不允许
    .summary = 服务器认识该 SIP 方法，但不允许对 Request-URI 中的地址使用它。响应中必须带有 Allow 头域，列出该地址接受的方法。
    .causes =
        REGISTER 被发往只接受 IP 认证流量、不接受注册的中继或代理服务器。
        客户端向已关闭相应功能的服务器或设备发送 MESSAGE、SUBSCRIBE、PUBLISH、REFER 或 INFO。
        语音信箱或在线状态订阅（例如留言指示）被发往不提供该服务的地址。
    .actions =
        查看响应中的 Allow 头域，了解对方接受哪些方法。
        在客户端关闭该功能（注册、在线状态、MWI、呼叫转接），或在服务器上为该地址启用它。
        向同一地址重发同一方法仍会失败。
    .ui = 服务不支持此操作。
    .impact = 普通呼叫可能仍然正常，但某项功能失效：话机显示“注册失败”或“405”，BLF 或在线状态灯不亮，语音信箱指示灯从不点亮，或者转接被拒绝。
    .confirm =
        根据响应中的 CSeq 行确定收到 405 的是哪个方法：REGISTER、SUBSCRIBE、MESSAGE、REFER 还是 PUBLISH。
        查看 405 中的 Allow 头域，了解该地址接受哪些方法。
        在话机的账号设置中检查使用该方法的功能（注册、BLF、MWI、在线状态、消息、转接）。
    .asterisk =
        如果 Asterisk 向一个按 IP 认证的中继发送 REGISTER，请删除对应的 registration 段（可用 pjsip show registrations 查看）；对于呼入的 SUBSCRIBE，检查 endpoint 的 allow_subscribe=，对于 REFER 检查 allow_transfer=。
    .freeswitch =
        如果 FreeSWITCH 向不接受注册的中继注册，请在该网关上设置 register=false，并用 sofia status gateway <name> 检查；呼叫腿上的 405 表现为 hangup_cause SERVICE_UNAVAILABLE。
    .kamailio =
        启用 method_filtering 时，如果用户已注册但其 contact 没有声明该方法，lookup("location") 返回 -2，默认脚本随即回复“405 Method Not Allowed”；用 kamctl ul show <aor> 查看保存的方法列表。
    .opensips =
        启用按方法过滤时，如果已注册的 contact 不支持该方法，lookup("location") 返回 -2，检查 $retcode 的脚本会在这里回复 405；用 opensips-cli -x mi ul_show_contact location <aor> 检查 contact。

# en: fcb37054
sip-406 =
    .title = 不可接受
    .summary = 对方只能以请求 Accept 头域所排除的格式生成响应消息体。在呼叫建立中很少见；部分软交换会误用它表示编解码器不匹配，而规范做法应是 488。
    .causes =
        请求的 Accept 头域列出的内容类型是服务器无法生成的（常见于订阅 presence 或 dialog 事件的 SUBSCRIBE）。
        某厂商的协议栈在 SDP offer 中没有与其配置相同的编解码器时，返回“406 No codecs match”。
    .actions =
        将请求中的 Accept 头域与服务器支持的消息体类型进行比对。
        如果原因短语指向编解码器，比较 SDP offer 与接收方的编解码器列表，并添加一个双方共有的编解码器。
        在修改请求或配置之前，重试没有意义。
    .ui = 无法按当前设置建立呼叫。
    .impact = 在普通通话中通常察觉不到：在线状态、BLF 或对话状态订阅悄悄地一直不生效；如果软交换在编解码不匹配时使用它，呼叫会立即以快忙音或“呼叫失败”结束。
    .confirm =
        根据 CSeq 行找到收到 406 的请求，查看它的 Accept 头域。
        对于 SUBSCRIBE，检查请求的事件包（Event）以及服务器能为它生成哪些消息体类型。
        对于 INVITE，将 SDP offer 中的编解码（m= 行和 rtpmap 条目）与应答方允许的编解码进行对比。
    .asterisk =
        如果是编解码被拒，将 offer 与 pjsip show endpoint <name> 显示的 allow= 列表对比；对于订阅，pjsip set logger on 会显示收发的 Accept 和 Event 头域。
    .freeswitch =
        呼叫腿上的 406 对应 hangup_cause SERVICE_NOT_IMPLEMENTED；将 inbound-codec-prefs 和 outbound-codec-prefs（或该呼叫的 absolute_codec_string）与用 sofia global siptrace on 抓到的对端 offer 进行对比。

# en: 67e67e3b
sip-407 =
    .title = 需要代理服务器认证
    .summary = 路径上的代理服务器（通常是运营商的出站代理或 SBC）要求认证：响应中带有 Proxy-Authenticate 摘要质询，客户端应携带 Proxy-Authorization 头域重新发送。INVITE 首次收到 407 属于正常；发送凭据后再次收到 407，说明凭据被拒绝。
    .causes =
        正常的第一步：INVITE 或其他请求到达代理服务器时未携带凭据。
        话机中配置的密码、认证用户名或 realm 有误。
        客户端用 Authorization 头域而非 Proxy-Authorization 头域应答，或应答的 realm 不对。
        账号只配置了注册认证，设备在呼叫时不进行认证。
    .actions =
        在抓包中确认请求已针对质询中的 realm 和 nonce 携带 Proxy-Authorization 重发。
        如果发送凭据后 407 仍然出现，请与运营商核对密码、认证用户名和 realm。
        停止在 407 上循环重试的设备：连续失败可能导致 IP 被封禁。
    .ui = 登录失败，请检查用户名和密码。
    .impact = 通常察觉不到：话机应答质询后呼叫继续；如果凭据被拒绝，呼叫在振铃前以错误提示音或“认证失败”提示结束。
    .confirm =
        检查 407 之后 INVITE 是否携带 Proxy-Authorization 头域（而不是 Authorization 头域）重新发送。
        将 Proxy-Authorization 中的 realm 和 username 与 Proxy-Authenticate 质询以及账号资料进行对比。
        如果 407 带着新的 nonce 反复出现，说明凭据被拒绝；如果设备根本不重发，说明它没有为呼叫配置凭据。
    .asterisk =
        经由对 INVITE 发起质询的中继外呼时，endpoint 本身必须配置 outbound_auth=，仅在 registration 段配置是不够的；pjsip set logger on 可以看到 Asterisk 是否携带 Proxy-Authorization 重发了 INVITE。
    .freeswitch =
        经网关的呼叫使用网关的用户名和密码应答质询；检查它们和 realm，并用 sofia global siptrace on 确认 INVITE 已重发。最终的 407 表现为 sip_term_status 407，hangup_cause 为 CALL_REJECTED。
    .kamailio =
        对于非 REGISTER 请求，407 由 auth_check() 或 proxy_authorize() 失败后的 proxy_challenge() 或 auth_challenge() 发出；记录校验函数的 $rc，并将 realm 参数与话机的 realm 对比。
    .opensips =
        默认脚本调用 proxy_authorize()，失败时调用 proxy_challenge()；记录 proxy_authorize() 的 $retcode，并检查该用户和域在 subscriber 表中的记录。

# en: 496c75c5
sip-408 =
    .title = 请求超时
    .summary = 未能及时收到最终响应。它可能是事务定时器超时后在本地生成的（INVITE 为 Timer B，其他请求为 Timer F，默认 32 秒），也可能是代理服务器未能及时定位或联系到被叫而返回的。
    .causes =
        被叫话机不可达：设备已离线但注册尚未过期，或通往它的 NAT 映射已关闭。
        防火墙或网络故障丢弃了 SIP 报文，或 Contact 中的地址和端口指向错误。
        下游代理服务器、网关或 DNS 没有响应，导致定位或路由无法完成。
        被叫振铃但一直无人接听，直到代理服务器的 INVITE 定时器超时。
    .actions =
        在抓包中查看请求是否在无应答的情况下被重传，以及 408 是本地生成的还是来自代理服务器。
        检查被叫设备的 NAT 保活、注册有效期和防火墙规则，以及下一跳是否可达。
        待被叫或网络恢复可达后，稍后重试可能成功。
    .ui = 暂时无法接通对方，请稍后再拨。
    .impact = 主叫听到回铃音或静音，最长约 32 秒后呼叫以快忙音或“您拨打的用户暂时无法接通”提示音结束；REGISTER 超时的话机会显示账号未注册。
    .confirm =
        判断 408 是来自远端代理（由另一台主机发来的报文），还是发送方自身定时器在本地产生的（线路上并没有 408）。
        查找没有任何响应的请求重传，这说明通往下一跳的网络、防火墙或 NAT 有问题。
        检查请求被发往哪里：被叫注册时保存的 Contact，以及代理实际使用的 IP 和端口。
        如果 408 之前出现过 180 Ringing，说明被叫已经振铃，只是在代理的振铃定时器到期前没有接听。
    .asterisk =
        pjsip show contacts 显示被叫的 contact 是 Avail 还是 Unavail（需在 AOR 上设置 qualify_frequency=）；NAT 后的设备可借助 rewrite_contact=yes 和 rtp_symmetric=yes，事务超时由 system 段的 timer_b 设置。
    .freeswitch =
        408 对应 hangup_cause RECOVERY_ON_TIMER_EXPIRE；对于中继，检查 sofia status gateway <name>（设置 ping= 后 FreeSWITCH 能发现失效的网关），对于 NAT 后的用户，检查 profile 中的 nat-options-ping 和 NDLB-received-in-nat-reg-contact。
    .kamailio =
        当 fr_timer（完全没有响应）或 fr_inv_timer（振铃后没有最终应答）到期时，tm 模块会在本地生成 408；在 failure_route 中检查 t_check_status("408") 和 $T_reply_code，观察 kamcmd tm.stats，并用 kamctl ul show <aor> 检查 contact。
    .opensips =
        fr_timeout 或 fr_inv_timeout 到期时 tm 模块生成 408；在 failure_route 中检查 t_check_status("408") 和 $T_reply_code，并用 opensips-cli -x mi ul_show_contact location <aor> 检查 contact。

# en: 5b1a5076
sip-410 =
    .title = 已不存在
    .summary = 被叫地址以前在该服务器上有效，但已被永久撤销，服务器也不知道可转往的新地址。网关会将其映射为 Q.850 原因值 22（号码已改变）。
    .causes =
        用户的号码已停机、改号或携号转网。
        SIP 账号或分机已从服务器上删除。
        部分软交换在没有路由时也会返回带自定义短语（例如“No Route”）的 410，可通过原因短语区分。
    .actions =
        向被叫确认当前号码，并更新通讯录、快速拨号和路由表。
        如果短语指向路由问题而非号码撤销，请检查软交换上的路由表。
        再次拨打同一地址不会有帮助。
    .ui = 您拨打的号码已停止使用。
    .impact = 呼叫立即以快忙音或“您拨打的号码已停止使用”“号码已更改”之类的提示音结束。
    .confirm =
        查看原因短语：单纯的“Gone”表示号码已被收回，而“No Route”等厂商自定义短语则指向路由问题。
        确认发送 410 的服务器（源地址、Server 头域），以及它是否就是承载该号码的网络。
        将 Request-URI 中拨打的号码与被叫当前的号码进行对比。
    .asterisk =
        Asterisk 会把 410 作为 Q.850 原因值 22（号码已改变）向前传递；带 tech 选项的 HANGUPCAUSE 函数可以显示 SIP 状态行。如果是 Asterisk 自己回复 410，请在拨号方案中查找 Hangup(22)。
    .freeswitch =
        失败的呼叫腿上会看到 sip_term_status 410 和 hangup_cause NUMBER_CHANGED；检查 bridge 或网关的目标，以及生成该号码的号码变换规则。
    .kamailio =
        Kamailio 发出的 410 来自脚本，通常是在查询号码表或路由表之后；找到带 410 的 send_reply 或 t_reply 及其背后的查询。
    .opensips =
        OpenSIPS 发出的 410 来自脚本（send_reply 或 t_reply），往往是在 drouting 或数据库查询失败之后；在 onreply_route 中记录 $rs，确认它是否其实来自下游。

# en: fc111760
sip-412 =
    .title = 条件请求失败
    .summary = 这是对 PUBLISH 的响应（RFC 3903）：SIP-If-Match 头域中的实体标签（entity tag）与服务器当前保存的任何发布都不匹配，因此无法刷新、修改或删除该发布。旧的协议栈会写成“Precondition Failed”；它与 SDP 中的前提条件（precondition）无关。
    .causes =
        客户端刷新之前，服务器上的发布已过期。
        在线状态服务器重启或主备切换，丢失了已保存的发布。
        客户端发送了过期或错误的实体标签，例如在其自身重启之后。
    .actions =
        客户端应发送不带 SIP-If-Match 的全新初始 PUBLISH，并在之后使用新收到的 SIP-ETag。
        如果每次刷新都出现，请将刷新间隔与服务器给出的 Expires 值进行比较。
        如果大量客户端同时收到 412，请检查服务器日志中是否有重启或状态丢失。
    .ui = 无法更新您的状态，请重试。
    .impact = 用户看不到任何错误；其他人看到的在线状态（空闲、忙碌、离开）不再更新或消失，直到话机重新发布状态。
    .confirm =
        确认 412 是对带有 SIP-If-Match 头域的 PUBLISH 的响应，并记下其中的实体标签（entity tag）。
        将该标签与同一客户端上一次 PUBLISH 的 200 OK 中返回的 SIP-ETag 进行对比。
        将两次发布之间的间隔与该 200 OK 给出的 Expires 进行对比，并检查服务器在那时是否重启过。
    .asterisk =
        Asterisk 只通过 pjsip.conf 中的 outbound-publish 段发布状态；检查其 expiration=，并用 pjsip set logger on 观察 PUBLISH 与 412 的交互。
    .freeswitch =
        用 sofia global siptrace on 抓取交互，将刷新请求中的 SIP-If-Match 与之前收到的 SIP-ETag 对比；profile 对在线状态的处理取决于 manage-presence 参数。
    .kamailio =
        presence 模块的 handle_publish() 在找不到带该标签的已存发布时回复 412；在 presentity 表中查找该实体，并检查 presence 模块的 max_expires 和 expires_offset 参数以及是否发生过重启。
    .opensips =
        presence 模块的 handle_publish() 会用 412 拒绝未知或已过期的实体标签；检查 presentity 表中该用户和事件的记录，看它是否已过期或丢失。

# en: b4cbff2c
sip-413 =
    .title = 请求实体过大
    .summary = 服务器拒绝该请求，因为其消息体超出了它愿意或能够处理的大小，并且可能会关闭连接。如果限制只是暂时的，响应中会带有 Retry-After。
    .causes =
        INVITE 过大：编解码器列表过长、带视频、ICE 候选地址或 SRTP crypto 行过多，使 SDP 超过代理服务器或 SBC 的大小上限。
        多部分消息体（SDP 加上 ISUP、位置信息或其他附件）增大了消息。
        通过 UDP 发送超过约 1300 字节的消息会被 IP 分片，限制 UDP 消息大小的服务器或 SBC 会拒绝它。
    .actions =
        精简 SDP：删除不用的编解码器，关闭视频或多余的 ICE 候选地址，去掉不需要的附件。
        按照 RFC 3261 的要求，将超过 1300 字节或接近路径 MTU 的大消息改用 TCP 或 TLS 传输。
        如果带有 Retry-After，请在指定时间后重试；否则应先修改请求。
    .ui = 由于技术故障，呼叫未能完成。
    .impact = 拨号后、振铃前呼叫即以错误提示音或“呼叫失败”结束；通常视频呼叫或功能丰富的软电话发起的呼叫失败，而简单的语音呼叫正常。
    .confirm =
        在抓包中查看被拒请求的字节数，以及它是否通过 UDP 发送。
        查找该请求的 IP 分片，确认所有分片是否都已到达。
        统计是什么让消息体变大：编解码数量、视频流、ICE 候选、crypto 行、multipart 附件。
        检查 413 中是否带有 Retry-After 头域。
    .asterisk =
        pjsip set logger on 会打印每条消息的大小（“Transmitting SIP request (N bytes)”）；精简 allow= 列表、关闭视频，或通过 transport= 让该 endpoint 改用 TCP 传输。
    .freeswitch =
        sofia global siptrace on 会显示每条发出消息的字节数；精简 outbound-codec-prefs（或该呼叫的 absolute_codec_string），对该对端去掉视频编解码，或改用 TCP 与其通信。
    .kamailio =
        Kamailio 不会缩短消息体；对于经 UDP 转发的大请求，设置核心参数 udp_mtu 和 udp_mtu_try_proto=TCP，让超过阈值的消息改走 TCP。
    .opensips =
        在请求路由中记录 $ml（消息长度），了解请求离开代理时有多大，并将大请求通过 TCP（在 $du 中加 transport=tcp）而不是 UDP 发往下一跳。

# en: 9118c9eb
sip-414 =
    .title = Request-URI 过长
    .summary = 服务器拒绝该请求，因为 Request-URI 的长度超出了它愿意解析的范围。问题总是需要在发送方修正。
    .causes =
        拨号串或前缀规则生成了过长的用户部分（前缀重复添加、号码被循环追加）。
        URI 参数在每一跳不断累积，例如路由环路反复添加参数。
        应用程序把过多数据（令牌、头域）编码进了 Request-URI。
    .actions =
        在抓包中查看 Request-URI，找出是哪一部分使其变得过长。
        修正生成该 URI 的拨号方案、前缀处理规则或应用程序。
        使用同一 URI 重试仍会失败。
    .ui = 您拨打的号码或地址过长。
    .impact = 呼叫在振铃前立即失败，伴有错误提示音，或提示号码或地址过长。
    .confirm =
        在抓包中查看被拒请求的 Request-URI，并估算其长度。
        找出重复或多余的部分：重复的前缀、过长的参数、被编码进去的头域或令牌。
        逐跳比较 Request-URI，找出它在哪里变长；每经过一次都变长说明存在路由环路。
    .asterisk =
        检查拨号方案构造的 Dial() 字符串（PJSIP/number@endpoint）以及循环中添加的前缀；pjsip set logger on 会显示 Asterisk 实际发出的 Request-URI。
    .freeswitch =
        检查 bridge 字符串及构造它的变量，并用 sofia global siptrace on 查看 Request-URI；414 会以 hangup_cause INTERWORKING 结束该呼叫腿。
    .kamailio =
        在 t_relay() 之前记录 $ru，检查 prefix()、strip() 和对 $rU 的赋值，以及每次经过都改写 Request-URI 的环路；mf_process_maxfwd_header() 可以限制这类环路。
    .opensips =
        在 t_relay() 之前记录 $ru，检查 prefix()、strip() 以及改写用户部分的 dialplan 或 drouting 规则；查找每次经过都追加参数的环路。

# en: 2e9720cb
sip-415 =
    .title = 不支持的媒体类型
    .summary = 服务器无法处理该方法下请求消息体的格式。响应中必须根据问题所在，在 Accept、Accept-Encoding 或 Accept-Language 头域中列出可接受的格式。
    .causes =
        INVITE 携带的不是单纯的 application/sdp，而是其他消息体（例如封装了 ISUP 的 multipart），对端不支持。
        INFO 或 MESSAGE 使用了对端不认识的内容类型，例如另一种通过 INFO 传送 DTMF 的格式。
        消息体以服务器无法解码的方式进行了压缩或编码（Content-Encoding）。
        部分厂商在网关声明的编解码器实际不受支持时返回“415 No Media”。
    .actions =
        查看响应中的 Accept、Accept-Encoding 或 Accept-Language 头域，了解服务器支持什么。
        统一内容类型：对该对端关闭 ISUP 封装，或将 DTMF 改为 RFC 4733 或对方支持的 INFO 格式。
        原样重发同一消息体仍会失败；请先修改配置。
    .ui = 双方设备不兼容，呼叫未能完成。
    .impact = 呼叫立即以错误提示音或“呼叫失败”结束，或者通话中的某项功能悄无声息地失效，例如通过 INFO 发送的按键或聊天消息。
    .confirm =
        查看被拒请求的 Content-Type 以及 Content-Encoding（如有）。
        查看 415 中的 Accept、Accept-Encoding 或 Accept-Language 头域，了解对端支持什么。
        对于被拒的 INVITE，检查消息体是否为 multipart（SDP 加 ISUP 或其他部分），而不是单纯的 application/sdp。
    .asterisk =
        对于通过 INFO 发送的 DTMF，在 endpoint 上设置 dtmf_mode=rfc4733（或 auto）；pjsip set logger on 会显示被拒的 INFO 或 MESSAGE 的 Content-Type。
    .freeswitch =
        检查 profile 中的 dtmf-type（rfc2833 或 info），并用 sofia global siptrace on 查看所发 INFO 的 Content-Type；呼叫腿上的 415 对应 hangup_cause SERVICE_NOT_IMPLEMENTED。

# en: 0ae6f2db
sip-416 =
    .title = 不支持的 URI 方案
    .summary = 服务器不认识 Request-URI 的方案（冒号之前的部分），因而无法处理该请求。
    .causes =
        客户端向只处理 sip: 地址的服务器发送了 tel: URI。
        向不支持 TLS 的服务器或中继使用了 sips: URI。
        Request-URI 中出现了格式错误或特定应用的 URI（im:、pres:、urn:、没有方案的 URI）。
    .actions =
        在抓包中检查 Request-URI 的方案。
        将客户端或 PBX 配置为发送 sip: URI（电话号码加上 user=phone），或在服务器上启用所需的方案。
        使用同一 URI 重试不会成功。
    .ui = 无法呼叫此类地址。
    .impact = 呼叫立即以错误提示音失败，常见于从通讯录或点击拨号链接拨打使用 tel: 或 sips: 地址的号码。
    .confirm =
        检查 Request-URI 开头的协议类型：sip:、sips:、tel: 还是其他。
        对于 sips:，确认服务器或中继究竟能否通过 TLS 访问。
        找出构造该 URI 的环节：通讯录条目、点击拨号应用或 PBX 路由规则。
    .asterisk =
        检查 Dial() 目标以及拨号方案构造的 URI；sips: 目标要求 endpoint 使用 TLS 传输，pjsip set logger on 会显示实际发出的 Request-URI。
    .freeswitch =
        检查 bridge 字符串中的 URI；对于 sips:，确认 profile 已启用 TLS（tls=true）；416 会以 hangup_cause INTERWORKING 结束该呼叫腿。
    .kamailio =
        对于 scheme 未知的 Request-URI，sanity_check() 回复的是 400 “Bad Request URI”，因为这样的 URI 在解析阶段就已失败；416 分支实际上几乎不会触发，所以经 Kamailio 收到的 416 通常来自下一跳。
    .opensips =
        用 xlog 记录 $ru，查看到达的协议类型；如果要接受 tel: URI，请在脚本中先把它转换为 sip:，再做 lookup 或路由。
