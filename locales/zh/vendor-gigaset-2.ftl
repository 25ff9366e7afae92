# Siemens / Gigaset IP DECT 话机：手柄上显示的 VoIP 状态码，第 2 部分（0x491 至 0x815）。
# 0x + SIP 码 = 基站收到的 SIP 响应（十进制写法，0x503 即 SIP 503）。
# 0x515 对应 SIP 513。0x701 及以上为设备内部代码，背后没有 SIP 响应。

# en: 485b00fb
gigaset-0x491 =
    .title = 0x491：请求待处理
    .summary = 话机从运营商收到 SIP 491 Request Pending：同一通话中先前的请求尚未处理完，因此新请求被拒绝。通常出现在双方同时尝试修改通话（保持、转接、切换编解码器）的时候。
    .causes =
        话机和对端同时发送了 re-INVITE，例如双方同时按了保持或发起转接。
        在手柄上快速连续多次按了保持、恢复或转接。
        运营商的 SBC 或 PBX 还没处理完上一个通话内请求。
    .actions =
        一般无害：等一两秒后重试该操作；SIP 协议栈本应在短暂的随机等待后自动重发。
        如果每次保持或转接都出现，在路由器上抓取 SIP 跟踪，查找同一对话中交叉发送的两个 re-INVITE。
        升级基站固件；持续出现时把通话时间告知运营商。
    .ui = 请稍候再试。
    .impact = 按下保持、恢复或转接后似乎没有反应，手柄短暂显示 0x491；通话本身一般继续进行，稍等片刻重复同一操作即可成功。
    .confirm =
        记下出现 0x491 时在手柄上按的是哪个操作（保持、恢复、转接），以及第二次尝试是否成功。
        在路由器上做信令抓包，查找 Call-ID 相同、方向相反的两个 re-INVITE 或 UPDATE，其中一个收到了 491。
        在 PBX 或运营商侧检查服务器当时是否发出了自己的 re-INVITE（会话刷新、媒体变更），以及请求是否在短暂等待后被重发。
    .asterisk =
        pjsip set logger on 可看到两个交叉的 re-INVITE；Asterisk 在 direct_media=yes 或会话定时器（timers=）刷新通话时会自行发送 re-INVITE，因此在基站的 endpoint 上设置 direct_media=no 可消除大部分冲突。
    .freeswitch =
        sofia global siptrace on 可看到两个 re-INVITE；FreeSWITCH 会因会话定时器（profile 的 enable-timer）和媒体变更（如 bypass_media）自行发起 re-INVITE，请针对基站的通话检查这些设置。
    .kamailio =
        代理只是在对话内转发 491：确认对话内请求经过 loose_route() 和 t_relay()，而不是由脚本直接应答，并在代理上抓包（sngrep 或 siptrace 模块）查看双向信令。
    .opensips =
        OpenSIPS 只是在对话内转发 491：确认对话内请求由 loose_route() 和 t_relay() 处理，并在代理上抓包（sngrep 或 tracer 模块）查看两个交叉的请求。

# en: 4992153d
gigaset-0x493 =
    .title = 0x493：消息无法解码
    .summary = 话机收到 SIP 493 Undecipherable：运营商的服务器或被叫话机无法解读消息体，因为它使用了对方不支持的加密或编码方式。这在 Gigaset 设备上很少见，说明双方在安全或编码设置上不一致。
    .causes =
        请求中带有加密或编码的消息体（例如 S/MIME），接收方没有相应的密钥或不支持该方式。
        IP 电话账号上启用了运营商或被叫终端不支持的安全选项。
        中间设备修改了消息，导致受保护的消息体不再匹配。
    .actions =
        在Web 配置界面检查 IP 电话账号，关闭运营商未要求的非标准安全或加密选项。
        不做修改直接重试仍会失败，必须由一方修改设置。
        向运营商提供通话时间和所拨号码，由其确认是哪一方无法解码。
    .ui = 无法接通此呼叫。
    .impact = 拨号后呼叫立即结束，没有回铃音，手柄显示 0x493 并播放错误提示音；不修改设置直接重拨结果相同。
    .confirm =
        在Web 配置界面打开该 IP 连接，记下所有已开启的安全或加密选项（支持的型号上如 SRTP 或 TLS），并与运营商账号资料的要求对比。
        在信令抓包中查看收到 493 的请求：它的 Content-Type，以及消息体是否被加密或签名，而不是普通的 application/sdp。
        向 PBX 管理员或运营商提供通话时间和所拨号码，询问是哪一方（其服务器还是被叫终端）发出了 493。
    .asterisk =
        Asterisk 不支持 S/MIME，因此 493 通常来自对端：pjsip set logger on 可显示是哪一路返回的，以及被拒消息体的 Content-Type。
    .freeswitch =
        sofia global siptrace on 可显示是哪一路返回了 493；桥接通话中，外呼腿的 sip_term_status 可说明是否由运营商发出。
    .kamailio =
        代理不解码消息体，因此除非脚本自己发送（查找带 493 的 sl_send_reply 或 t_reply），Kamailio 只是转发 493；fix_nated_sdp() 或 rtpengine_manage() 改写 SDP 会改变消息体，使签名失效。
    .opensips =
        除非脚本自己发送（带 493 的 sl_send_reply 或 t_reply），OpenSIPS 只是转发 493；检查 fix_nated_sdp() 或 rtpproxy/rtpengine 的 SDP 改写是否改动了受保护请求的消息体。

# en: cd2263aa
gigaset-0x500 =
    .title = 0x500：运营商服务器错误
    .summary = 话机收到 SIP 500 Server Internal Error：运营商一侧的代理服务器或其他服务器在处理请求时出错。故障在服务器，不在话机；服务器可能会告知需要等待多久再重试。
    .causes =
        运营商平台出现软件故障、进程崩溃或数据库问题。
        服务器组件过载，或维护后配置有误。
        话机发出的不常见请求触发了运营商软件的缺陷。
    .actions =
        稍等片刻后重试；如果响应带有 Retry-After，请遵守其时间。
        如果所有呼叫或注册都这样失败，查看运营商的状态页面，或携带时间和所拨号码联系其客服。
        如果只有 Gigaset 设备受影响，检查是否有更新的基站固件。
    .ui = 电话服务暂时出现故障，请稍后再试。
    .impact = 拨号后呼叫立即失败，没有回铃音，手柄显示 0x500 并播放错误提示音；如果故障影响注册，该线路显示未注册，线路上的呼叫都无法进行。
    .confirm =
        在手柄和基站状态页上确认是只有呼叫失败，还是 IP 连接也丢失了注册。
        在信令抓包中确认是哪个服务器发出的 500（响应的 Via 和 Server 头域），以及是否带有 Retry-After 或 Warning 头域。
        把准确的通话时间提供给运营商或 PBX 管理员：他们在该秒的日志会指出故障组件。
    .asterisk =
        pjsip set logger on 可看出 500 来自中继还是 Asterisk 本身；如果是 Asterisk 自己应答的，当时的 Asterisk 日志会指出出错的模块或拨号方案步骤。
    .freeswitch =
        查看失败腿的 sip_term_status 和 hangup_cause；如果 500 是 FreeSWITCH 自己应答的，测试呼叫时在 fs_cli 中执行 console loglevel debug 可看到错误。
    .kamailio =
        默认脚本在 t_relay() 失败时调用 sl_reply_error()，把内部错误转换为 500 之类的应答：检查当时的 Kamailio 日志以及 kamcmd tm.stats 中的 5xx 计数。
    .opensips =
        默认脚本在 t_relay() 失败时执行 send_reply(500, "Internal Error")：检查当时的 OpenSIPS 日志，以及 opensips-cli -x mi get_statistics all 中 tm 的 5xx_transactions 计数。

# en: 15166d56
gigaset-0x501 =
    .title = 0x501：运营商未实现该功能
    .summary = 话机收到 SIP 501 Not Implemented：运营商服务器根本不支持话机所用的 SIP 方法。如果服务器认识该方法、只是在当前情形下不允许，则会回复 405 而不是 501。
    .causes =
        话机使用了运营商平台不具备的功能，例如通过 REFER 转接、语音信箱消息订阅或通过 SIP INFO 发送 DTMF。
        运营商平台较旧或功能精简，只支持注册和基本呼叫。
        基站上启用了运营商尚未开通的功能。
    .actions =
        记下是哪项操作触发了该代码（转接、语音信箱提示、通话中按键），在Web 配置界面关闭该功能或改用其他方式。
        按键音如运营商有要求，请选择 RFC 2833 或带内音频，而不是 SIP INFO。
        重复同一操作无济于事；向运营商询问其服务支持哪些功能。
    .ui = 您的电话服务不支持此功能。
    .impact = 通话保持不断，但触发该代码的操作失败：转接没有执行、按键没有送达或留言指示灯一直不亮，手柄短暂显示 0x501。
    .confirm =
        准确记下是手柄上的哪个操作产生了 0x501（转接、通话中按键、语音信箱指示）。
        在信令抓包中找到收到 501 的请求，记下其方法（REFER、INFO、SUBSCRIBE、NOTIFY、MESSAGE）。
        在Web 配置界面中，把相关设置（DTMF 发送方式、转接、语音信箱订阅）与运营商账号资料中列出的功能进行对比。
    .asterisk =
        pjsip set logger on 可看出哪个方法收到了 501；把基站 endpoint 的 dtmf_mode= 设为与基站一致的 DTMF 方式，并检查留言指示订阅相关的 allow_subscribe= 和 mailboxes=。
    .freeswitch =
        sofia global siptrace on 可看到被拒的方法；profile 的 dtmf-type（rfc2833 或 info）必须与基站发送按键音的方式一致。
    .kamailio =
        很多脚本对不处理的方法用 sl_send_reply() 应答 501 或 405；在请求路由中查找针对 REFER、INFO 或 SUBSCRIBE 的 is_method() 判断。
    .opensips =
        在脚本中查找用 sl_send_reply() 或 send_reply() 以 501 应答 REFER、INFO 或 SUBSCRIBE 的 is_method() 分支；否则 501 是从 OpenSIPS 后面的服务器转发来的。

# en: ab7caeac
gigaset-0x502 =
    .title = 0x502：网关错误
    .summary = 话机收到 SIP 502 Bad Gateway：运营商的代理服务器或网关把呼叫转发出去后，从下一个网络节点收到了无效应答。问题出在运营商第一台服务器之后，而不在话机或本地网络。
    .causes =
        通往公用电话网的网关或与其他运营商的互联中继故障。
        路由上的下一台服务器崩溃或返回了格式错误的响应。
        目的网络对某些号段或国家存在问题。
    .actions =
        稍后重试，或通过其他方式（手机、其他线路）联系被叫。
        如果只影响部分目的地，把号码和通话时间报告给运营商。
        基站上无需修改任何设置。
    .ui = 呼叫未能接通，请稍后再试。
    .impact = 拨号后停顿一会儿，呼叫随即以错误提示音或忙音失败，手柄显示 0x502；通常只影响某些号码或国家，其他呼叫可以接通。
    .confirm =
        测试多个目的地（本地、手机、国际），记下哪些号码出现 0x502、哪些能接通。
        在信令抓包中查看 502 的 Via、Server 头域以及可能有的 Warning 或 Reason 头域，判断是运营商网络中的哪个网元应答的。
        把失败的号码和通话时间提供给运营商，以便其检查该路由上的网关或互联。
    .asterisk =
        pjsip set logger on 可看出 502 是否由中继返回；pjsip show endpoint <trunk> 和 pjsip show registrations 显示中继是否可达（其 aor 上的 qualify_frequency= 会持续检测）。
    .freeswitch =
        sofia status gateway <name> 显示中继状态；如果是运营商发出的，外呼腿的 sip_term_status 为 502。
    .kamailio =
        在 failure_route 中用 t_check_status("502") 配合 ds_next_dst()（dispatcher）可让代理尝试下一个网关；kamcmd dispatcher.list 显示哪些网关被标记为不可用。
    .opensips =
        在 failure_route 中用 t_check_status("502") 后接 ds_next_dst() 或 use_next_gw()（drouting）把呼叫转到其他网关；opensips-cli -x mi ds_list 显示网关状态。

# en: 9a74ff79
gigaset-0x503 =
    .title = 0x503：服务不可用
    .summary = 话机收到 SIP 503 Service Unavailable：运营商此刻无法接收该请求，通常是服务器过载或正在维护。响应中可能会注明何时值得再试。
    .causes =
        运营商正在进行计划维护或发生故障。
        运营商服务器过载，例如在高峰时段或大批话机同时重新注册时。
        话机发往的服务器地址已不再服务此账号，或账号被临时封锁。
    .actions =
        等待后重试；如有 Retry-After，请遵守其时间。
        查看运营商状态页面；故障持续较久时，使用备用线路或运营商提供的备用服务器。
        如果只有这个账号受影响，在Web 配置界面核对该 IP 连接的域名、注册服务器和出站代理服务器是否与运营商的最新资料一致。
    .ui = 电话服务暂时不可用，请稍后再试。
    .impact = 该线路上的呼叫立即以错误提示音失败，手柄显示 0x503，常常伴随注册丢失，因此一段时间内该线路无法外呼。
    .confirm =
        在手柄和基站状态页上确认 IP 连接是否仍已注册，以及是所有呼叫都失败还是只有部分失败。
        在信令抓包中查看 503 是否带 Retry-After 头域，并记下是哪个服务器发出的。
        在Web 配置界面中把 IP 连接的域名、注册服务器和 出站代理 与运营商当前的账号资料对比，并查看运营商状态页是否有维护。
    .asterisk =
        pjsip show registrations 和 pjsip show endpoint <trunk> 显示中继是否正常；当外呼腿因拥塞（congestion）失败时，Asterisk 自己会向话机应答 503，DIALSTATUS 为 CONGESTION。
    .freeswitch =
        sofia status gateway <name> 显示中继是否正常；如果是 FreeSWITCH 自己拒绝了呼叫，检查其日志以及 switch.conf.xml 中的 max-sessions 和 sessions-per-second 限制。
    .kamailio =
        kamcmd dispatcher.list 显示是否所有目的地都不可用，此时会发送脚本的兜底应答；由脚本应答的限流规则（pike、pipelimit）也可能产生 503。
    .opensips =
        opensips-cli -x mi ds_list 显示不可用的目的地；由脚本应答的 rl_check()（ratelimit）或 pike 规则也可能发送 503，failure_route 中的 ds_next_dst() 可把呼叫转到其他目的地。

# en: 4e794827
gigaset-0x504 =
    .title = 0x504：服务器超时
    .summary = 话机收到 SIP 504 Server Time-out：运营商网络中的某台服务器等待路由后方另一台服务器或网关的应答时间过长。话机本身已经连上运营商，延迟发生在其后。
    .causes =
        下游服务器或其他运营商的网关没有应答。
        运营商侧的 DNS 查询或数据库查询耗时过长。
        运营商内部各站点之间的网络故障。
    .actions =
        过一会儿再试。
        如果只影响特定目的地，把它们连同通话时间报告给运营商。
        如果在注册时出现，检查 IP 连接中的域名和注册服务器是否与运营商规定的完全一致。
    .ui = 呼叫未能及时接通，请稍后再试。
    .impact = 拨号后静默数秒，随后呼叫以错误提示音失败，手柄显示 0x504；注册时出现则线路变为未注册。
    .confirm =
        在手柄上记下出现 0x504 前静默持续了多久，以及哪些号码受影响。
        在信令抓包中确认运营商先回了 100 Trying，并通过 504 的 Via 和 Server 头域判断是哪台服务器放弃了等待。
        如果发生在注册时，把Web 配置界面中的域名和注册服务器与运营商账号资料逐字符核对。
    .asterisk =
        pjsip set logger on 可看出 504 是否来自中继；pjsip show endpoint <trunk> 显示中继的联系地址及其 qualify 检测状态。
    .freeswitch =
        外呼腿的 sip_term_status 为 504 表示由运营商发出；sofia status gateway <name> 显示网关是否正常。
    .kamailio =
        tm 对自身超时（fr_timer、fr_inv_timer）应答 408，所以 504 是从后面的服务器转发来的：在 failure_route 中记录 $T_reply_code，并在 kamcmd dispatcher.list 中检查该目的地。
    .opensips =
        tm 对自身超时（fr_timeout、fr_inv_timeout）应答 408，所以 504 来自下游：在 failure_route 中记录 $T_reply_code，并在 opensips-cli -x mi ds_list 中检查该目的地。

# en: 87adb230
gigaset-0x505 =
    .title = 0x505：不支持该 SIP 版本
    .summary = 话机收到 SIP 505 Version Not Supported：请求因其携带的 SIP 协议版本而被拒绝，服务器和接收方 SIP 设备都不使用该版本。Gigaset 话机使用 SIP/2.0，因此请求很可能在途中被篡改或被误读。
    .causes =
        路由器中的 SIP ALG 改写了数据包，破坏了请求行。
        基站固件过旧，其 SIP 协议栈不被运营商平台接受。
        运营商使用非标准服务器，或中间有 PBX。
    .actions =
        在路由器上关闭 SIP ALG（SIP helper）后再测试。
        升级基站固件。
        问题仍在时，把在路由器上抓取的 SIP 跟踪发给运营商；不做修改重试没有用。
    .ui = 话机无法连接电话服务，请联系技术支持。
    .impact = 该线路上的每次呼叫或注册尝试都立即以 0x505 失败，在原因消除之前线路无法使用。
    .confirm =
        在路由器设置中检查 SIP ALG（SIP helper）是否开启，将其关闭后再测试。
        在 LAN 侧（如有可能也在 WAN 侧）做信令抓包，比较请求行：结尾必须是 SIP/2.0。
        在Web 配置界面的状态页查看基站固件版本，并与最新版本对比。
    .asterisk =
        pjsip set logger on 显示请求行到达时的样子；结尾不是 SIP/2.0 说明路径上的某个设备损坏了它。
    .freeswitch =
        sofia global siptrace on 显示收到的请求行，sofia loglevel all 9 显示 SIP 协议栈的解析错误。
    .kamailio =
        sanity_check() 会以 505 拒绝 SIP 版本不是 2.0 的请求；日志和代理上的抓包可显示损坏的请求来自哪个地址。
    .opensips =
        在代理上抓包（sngrep 或 tracer 模块）查看请求行到达时是否已损坏，并在脚本中查找显式的 505 应答。

# en: fec832a1
gigaset-0x515 =
    .title = 0x515：消息过大（SIP 513）
    .summary = 手柄显示 0x515，但手册中的说明（“消息过长”）对应的是 SIP 513 Message Too Large；并不存在 SIP 515，应将该编号视为手册的特殊写法或印刷错误。请求大小超出了运营商服务器能接受的上限，因而未被受理。
    .causes =
        INVITE 过大：SDP 中的编解码器很多、头域值很长，或 Via 与 Record-Route 条目很多。
        通过 UDP 发送时请求超过路径 MTU 被分片，而运营商限制或丢弃这类消息。
        运营商设定的最大消息长度较小。
    .actions =
        在Web 配置界面把编解码器列表精简为真正需要的几种（例如 G.711 a-law/µ-law 和 G.722）。
        检查路由器的 MTU 与分片问题；如果基站和运营商都支持 TCP，可把传输方式改为 TCP。
        如果请求大小正常，请附上跟踪报告给运营商。
    .ui = 呼叫无法建立，请联系技术支持。
    .impact = 拨号后呼叫立即失败，没有回铃音，手柄显示 0x515，而同一运营商下设置较精简的话机可能正常呼叫。
    .confirm =
        在Web 配置界面中数一下该 IP 连接启用的编解码器数量，并记下所用传输方式（UDP 或 TCP）。
        在信令抓包中检查 INVITE 的大小以及是否被拆分成 IP 分片；513 是对过大请求的应答。
        向运营商或 PBX 管理员询问其 UDP 上的最大消息长度。
    .asterisk =
        pjsip set logger on 显示基站 INVITE 的大小以及是谁应答了 513；在 Asterisk 上配置 protocol=tcp 的 transport 可让基站把大请求改走 TCP。
    .freeswitch =
        sofia global siptrace on 显示基站 INVITE 的大小以及是谁应答了 513；sofia status profile internal 显示 profile 是否同时监听可供基站使用的 TCP。
    .kamailio =
        默认的 kamailio.cfg 不会回复 513：6.1 及以前的正式版本没有大小检查，开发分支则以 403 “Message too large” 拒绝过大的请求。经 Kamailio 收到的 513 要么来自基于旧示例配置（sip-router.cfg 及随附示例）编写的脚本，这些脚本在检查 msg:len 后回复 513 “Message too big”，要么来自下一跳；提高该上限，或增加 TCP 监听套接字，让基站可以使用 TCP。
    .opensips =
        用 $ml（旧脚本中为 msg:len）做大小检查并应答 513 是常见的脚本规则；提高上限或增加 TCP 监听，让大请求走 TCP。

# en: c99bf706
gigaset-0x600 =
    .title = 0x600：被叫在所有终端上都忙
    .summary = 话机收到 SIP 600 Busy Everywhere：被叫一侧报告对方在所有终端上都忙，也没有其他去向（语音信箱、呼叫前转）会接听。这是本次呼叫的最终结果，并非故障。
    .causes =
        被叫在所有话机上都在通话，且未开启呼叫等待。
        被叫为所有终端开启了免打扰。
        被叫的 PBX 决定不再尝试其他去向。
    .actions =
        基站上无需处理。
        稍后再拨。
        如果某号码总是占线，请被叫或其运营商检查其设置。
    .ui = 对方正忙。
    .impact = 听不到回铃音，而是立刻听到忙音，手柄显示 0x600；马上重拨结果相同。
    .confirm =
        确认号码正确，稍后再拨；记下该号码是否总是显示忙。
        在信令抓包中确认 600 来自被叫一侧（Via、Server 头域以及可能有的 Reason 头域），而不是运营商的第一台服务器。
        如果被叫在您自己的 PBX 上，检查其免打扰和忙设置。
    .asterisk =
        Asterisk 会把中继返回的 600 映射为原因值 17，并向自己的主叫应答 486，因此要用 pjsip set logger on 确认 600 的真实来源；DIALSTATUS 和 HANGUPCAUSE（tech 类型）显示外呼腿收到的内容。
    .freeswitch =
        外呼腿的 sip_term_status 和 hangup_cause 显示 600 以及 FreeSWITCH 映射后的原因；如果被叫由 FreeSWITCH 承载，检查拨号方案中的免打扰处理。
    .kamailio =
        除非设置了 tm 的 disable_6xx_block，6xx 会停止串行分叉；检查 failure_route 中的 $T_reply_code，以及是否由脚本规则（免打扰）自己发送了 600。
    .opensips =
        除非设置了 disable_6xx_block，收到 6xx 后 tm 不再尝试后续分支；检查 failure_route 中的 $T_reply_code 以及应答 600 的脚本规则。

# en: 4706e713
gigaset-0x603 =
    .title = 0x603：呼叫被拒绝
    .summary = 话机收到 SIP 603 Decline：被叫本人或其设备有意拒绝了这次呼叫，也没有给出其他去向。立即重拨通常会得到同样的结果。
    .causes =
        被叫在话机上拒接了来电。
        被叫一侧有拦截规则或黑名单，例如拒接匿名来电。
        被叫的 PBX 或业务当前不接受呼叫（免打扰、按时段的规则）。
    .actions =
        视为被叫的选择，不要自动重拨。
        如果隐藏号码的呼叫总被拒绝，请开启主叫号码显示后再试。
        如果某位熟人总是拒接，请对方检查其拦截设置。
    .ui = 对方拒绝了您的呼叫。
    .impact = 呼叫要么根本不振铃，要么短暂振铃后中止，随后手柄播放忙音或错误提示音并显示 0x603。
    .confirm =
        在手柄上留意呼叫是先振铃（被叫按了拒接）还是立即失败（拦截规则）。
        在Web 配置界面检查该连接是否隐藏了主叫号码，并在显示号码的情况下测试一次。
        在信令抓包中确认是谁发出的 603（Via、Server 或 User-Agent 头域，以及可能有的 Reason 头域），以及它是否在 180 Ringing 之后到达。
    .asterisk =
        Asterisk 会把中继返回的 603 映射为原因值 21 并向自己的主叫应答 403，但当拨号方案以没有 SIP 对应码的原因挂断未应答的来电（例如不带参数的 Hangup()）时，它会自己以 603 拒绝；pjsip set logger on 可判断属于哪种情况。
    .freeswitch =
        外呼腿的 sip_term_status 和 hangup_cause（CALL_REJECTED）显示 603 是否由被叫发出；如果被叫由 FreeSWITCH 承载，在拨号方案中查找 respond 或 hangup 动作（黑名单、拒绝匿名呼叫）。
    .kamailio =
        除非设置了 tm 的 disable_6xx_block，6xx 会停止串行分叉；在脚本中查找带 603 的 sl_send_reply 或 t_reply（黑名单、拒绝匿名主叫的规则），并检查 failure_route 中的 $T_reply_code。
    .opensips =
        在脚本中查找带 603 的 sl_send_reply 或 t_reply（例如 userblacklist 或拒绝匿名主叫的规则）；下游返回的 603 会作为 failure_route 中的 $T_reply_code 出现，并在未设置 disable_6xx_block 时结束串行分叉。

# en: ad3e2e63
gigaset-0x604 =
    .title = 0x604：号码不存在
    .summary = 话机收到 SIP 604 Does Not Exist Anywhere：运营商或被叫所在网络确知所拨号码或地址在任何网络中都未分配给任何人。不做修改重拨不会成功。
    .causes =
        号码输错、不完整或已停用。
        缺少或拨错区号、国家代码，例如运营商要求拨完整号码时只拨了本地号码。
        基站上的拨号规则或自动前缀生成了错误的号码。
    .actions =
        核对号码，并以完整的国内或国际格式拨打。
        在Web 配置界面检查该 IP 连接的区号设置和拨号规则（用于添加或去除前缀）。
        如果确定号码有效，把实际拨出的数字告知运营商。
    .ui = 您拨打的号码不存在。
    .impact = 拨号后呼叫立即以错误提示音或“号码不存在”的语音提示失败，手柄显示 0x604。
    .confirm =
        把手柄通话记录中的号码与您想拨的号码对比，包括区号和国家代码。
        在Web 配置界面中检查该 IP 连接的区号设置和拨号规则，看是否添加或去掉了前缀。
        在信令抓包中查看 INVITE 的 Request-URI 和 To 头域，确认发给运营商的确切号码。
    .asterisk =
        Asterisk 会把中继返回的 604 映射为原因值 1，并向自己的主叫应答 404；pjsip set logger on 显示拨号方案增删号码后发往中继的 Request-URI。
    .freeswitch =
        外呼腿的 sip_term_status 显示运营商返回的 604；把拨号方案处理后的 destination_number 与 sofia global siptrace on 看到的 INVITE 中的号码进行对比。
    .kamailio =
        604 通常来自下游；在 t_relay() 之前记录 $ru，查看经过 dialplan 模块或脚本修改前缀后的号码。
    .opensips =
        在 t_relay() 之前记录 $ru，检查经过 dialplan 模块转换或前缀规则后的号码；下游返回的 604 会作为 failure_route 中的 $T_reply_code 出现。

# en: 075358bf
gigaset-0x606 =
    .title = 0x606：连接参数不可接受
    .summary = 话机收到 SIP 606 Not Acceptable：已联系到被叫，但对方无法接受 offer 中的媒体参数（编解码器、带宽、媒体类型）。按这个 offer，任何去向都不会接受该呼叫。
    .causes =
        基站的编解码器列表与被叫终端之间没有共同的编解码器。
        被叫或运营商只允许话机未提供的编解码器或带宽。
        offer 中包含对端拒绝的媒体参数。
    .actions =
        在Web 配置界面中，除 G.722、G.729 或 G.726 外，同时启用 G.711 a-law 和 µ-law，确保始终有共同的编解码器。
        将编解码器列表与运营商要求进行对比，并在跟踪中检查 INVITE 里的 SDP。
        不修改编解码器设置就重试，仍会失败。
    .ui = 按当前设置无法接通此呼叫。
    .impact = 呼叫在拨号后立即失败，或在对方接听的瞬间失败，伴随忙音或错误提示音，手柄显示 0x606；无法建立语音连接。
    .confirm =
        在Web 配置界面列出该 IP 连接启用的编解码器，并与运营商账号资料对比。
        在信令抓包中查看 INVITE 中 SDP 的 m= 和 a=rtpmap 行，以及 606 中可能有的 Warning 头域。
        向 PBX 管理员或运营商询问被叫一侧允许哪些编解码器。
    .asterisk =
        Asterisk 会把中继返回的 606 映射为原因值 58，并向自己的主叫应答 488；pjsip show endpoint <name> 列出基站和中继的 allow= 编解码器，两者需要有共同的编解码器，例如 alaw 或 ulaw。
    .freeswitch =
        sofia global siptrace on 显示 SDP offer；各 profile 的 inbound-codec-prefs 和 outbound-codec-prefs 必须与基站和运营商都有共同的编解码器（PCMA、PCMU）。
    .kamailio =
        代理不协商编解码器，但 sdpops 的调用（如 sdp_remove_codecs_by_name() 或 sdp_keep_codecs_by_name()）可能删掉共同的编解码器；比较代理前后的 SDP。
    .opensips =
        OpenSIPS 原样传递 SDP，但脚本中的 codec_delete() 及相关 sipmsgops 函数可能删掉共同的编解码器；比较代理两侧的 SDP。

# en: 10469f95
gigaset-0x701 =
    .title = 0x701：对方已挂机
    .summary = 设备内部代码，不是 SIP 响应：通话结束是因为对方挂机（基站收到了 BYE）。这是正常的通话结束。
    .causes =
        对方结束了通话。
        对端的话机、PBX 或网络在其一侧拆除了呼叫。
        如果通话总在固定时长（约 30 秒或几分钟）后中断，可能是对端始终没收到话机的应答而结束了呼叫。
    .actions =
        正常挂机无需处理。
        如果通话每次都在相同时长后意外中断，检查路由器：关闭 SIP ALG，并检查 NAT 保活、STUN 或出站代理服务器设置。
        反复掉线时抓取跟踪，查看是哪一方发送了 BYE。
    .ui = 对方已挂断。
    .impact = 通话结束：对话停止，手柄回到待机并短暂显示 0x701；这是正常的通话结束，除非它在谈话中途自行发生。
    .confirm =
        询问对方是否挂断了；如果没有，记下通话持续了多久后中断。
        如果每次都在相同时间后中断（常见为约 30 秒），在信令抓包中检查 200 OK 是否得到 ACK 确认，以及是哪一方发送了 BYE。
        在 PBX 或运营商侧查看话单，确认是哪一路以什么原因结束了通话。
    .asterisk =
        pjsip set logger on 可看出是哪一方发送了 BYE；如果约 30 秒掉线，在基站的 endpoint 上设置 rewrite_contact=yes、force_rport=yes 和 rtp_symmetric=yes，让 ACK 和后续请求能穿过 NAT 到达基站。
    .freeswitch =
        对端挂断时 sip_hangup_disposition 为 recv_bye，FreeSWITCH 挂断时为 send_bye；hangup_cause 为 NORMAL_CLEARING 表示正常结束，而固定时长后掉线则指向 NAT 设置，如 profile 的 ext-sip-ip 和 ext-rtp-ip。
    .kamailio =
        初始 INVITE 上的 record_route() 和对话内请求的 loose_route() 让 ACK 和 BYE 经过代理；在 NAT 后面，fix_nated_contact() 或 set_contact_alias() 让 ACK 能到达基站。
    .opensips =
        record_route() 和 loose_route() 让对话内请求经过代理；在 NAT 后面，fix_nated_contact()（nathelper）让 ACK 能到达基站，加载 dialog 模块时 opensips-cli -x mi dlg_list 可显示对话状态。

# en: 9b63fc66
gigaset-0x703 =
    .title = 0x703：已达通话时长上限
    .summary = 设备内部代码，不是 SIP 响应：通话时间超过了允许的长度，呼叫被强制结束。时长限制来自运营商、资费套餐或 PBX。
    .causes =
        运营商或资费套餐限制了单次通话的时长。
        PBX 或呼叫控制设置中规定了最长通话时间。
        预付费或套餐条款规定在一定时长后结束通话。
    .actions =
        如需继续通话，直接重拨即可。
        向运营商了解资费或账号条款中的通话时长限制，或检查 PBX 中的最长通话时间设置。
        如果没有公布的限制而通话总在相同时长后中断，把通话时间报告给运营商。
    .ui = 已达到最长通话时间，通话已结束。
    .impact = 通话在固定时长后于说话中途被切断，手柄显示 0x703；重新呼叫一切正常。
    .confirm =
        根据手柄通话记录或时钟确认被切断的通话持续了多久，以及是否总是相同时长。
        在运营商的资费或账号资料、或 PBX 设置中查找最长通话时长或预付费限制。
        在信令抓包中确认是哪一方发送了 BYE，以及其之前是否有 Reason 头域或未获应答的会话刷新（re-INVITE 或 UPDATE）。
    .asterisk =
        查找限制通话时长的 Dial() 选项 L() 或 S()；如果没有此类限制而通话总在相同时长后结束，说明会话定时器（timers=、timers_sess_expires=）的刷新没有得到应答。
    .freeswitch =
        sched_hangup（常通过 execute_on_answer 启动）会设置硬性时长上限，hangup_cause 显示传给它的原因（通常为 ALLOTTED_TIMEOUT）；同时检查 profile 的 enable-timer 和 session-timeout。
    .kamailio =
        启用超时发送 BYE 时（例如通过 $dlg_ctx(timeout_bye)），dialog 模块会在 default_timeout 或单个呼叫的超时到达时结束通话；kamcmd dlg.list 显示每个对话的超时。
    .opensips =
        create_dialog("B") 让 OpenSIPS 在对话超时时发送 BYE，超时取 default_timeout 或脚本设置的 $DLG_timeout；opensips-cli -x mi dlg_list 显示活动对话的超时。

# en: 980c082e
gigaset-0x704 =
    .title = 0x704：因 SIP 错误结束通话
    .summary = 设备内部代码，不是 SIP 响应：通话过程中出现了 SIP 层面的错误，基站因此结束了呼叫。代码本身不说明是哪种错误，通常可从其他状态码或跟踪中看出。
    .causes =
        通话中的请求（保持、转接、会话刷新）被拒绝或没有得到应答。
        网络短暂中断，或路由器中的 NAT 映射过期，导致 SIP 消息丢失。
        路由器中的 SIP ALG 修改了通话中的消息。
    .actions =
        查看此前刚出现过的其他状态码，并检查基站的状态页面。
        在路由器上关闭 SIP ALG，检查该 IP 连接的 NAT 保活、STUN 或出站代理服务器设置。
        升级基站固件；仍然掉线时，把通话时间和跟踪提供给运营商。
    .ui = 通话因技术问题中断。
    .impact = 正在进行的通话突然中断，常常恰好在使用保持或转接时、或在固定时长后发生，手柄显示 0x704。
    .confirm =
        记下 0x704 之前显示的其他状态码，以及掉线时正在做什么（保持、转接、长时间通话）。
        在基站状态页上检查 IP 连接是否保持注册，以及基站的 IP 地址是否发生了变化。
        在信令抓包中找到掉线前收到错误响应或根本没有响应的通话内请求（re-INVITE、UPDATE、BYE）。
    .asterisk =
        在掉线时段打开 pjsip set logger on 可看到失败的通话内请求；endpoint 上的 timers=（会话定时器）和 rtp_timeout= 也会自行结束通话，请针对基站检查。
    .freeswitch =
        通道的 hangup_cause 和 sip_hangup_disposition 显示通话如何结束；与 profile 的 enable-timer、session-timeout 和 rtp-timeout-sec 设置进行对照。
    .kamailio =
        对话内请求必须经过 loose_route()；nathelper 的保活（natping_interval）可保持基站的 NAT 映射不失效，使发往基站的请求不会丢失。
    .opensips =
        确认对话内请求经过 loose_route()，并确认 nathelper 的 natping_interval 会 ping 基站，使其 NAT 绑定在通话期间保持有效。

# en: 51182e9b
gigaset-0x705 =
    .title = 0x705：DTMF 信号无效
    .summary = 设备内部代码，不是 SIP 响应：通话中的拨号音信号（DTMF）无效，无法发送或识别。在语音菜单、语音信箱或输入 PIN 时的按键可能无法送达。
    .causes =
        基站上的 DTMF 发送方式（带内音频、RFC 2833、SIP INFO）与运营商的要求不一致。
        通过 G.729 等压缩型编解码器以带内方式发送的按键音发生失真。
        连接不接受的按键或音频序列。
    .actions =
        在Web 配置界面中，把 VoIP 呼叫的 DTMF 发送方式设为运营商指定的方式（通常是 RFC 2833 或自动）。
        如果以带内方式发送按键音，这类通话请优先使用 G.711。
        修改设置后重新按键。
    .ui = 按键音未能发送，请再试一次。
    .impact = 通话中按键没有作用：菜单没有反应、PIN 码不被接受或语音信箱不响应，手柄短暂显示 0x705。
    .confirm =
        在Web 配置界面记下 VoIP 通话的 DTMF 发送设置（音频、RFC 2833、SIP INFO、自动），并与运营商账号资料对比。
        在信令抓包中检查 INVITE 的 SDP 是否提供 telephone-event，以及按键是以 RTP 事件还是 SIP INFO 发送的。
        检查通话使用的编解码器；带内按键音经过 G.729 或其他压缩编解码器时常常失真。
    .asterisk =
        基站 endpoint 的 dtmf_mode=（rfc4733、inband、info、auto）必须与基站的 DTMF 设置一致；pjsip show endpoint <name> 显示当前值。
    .freeswitch =
        profile 的 dtmf-type（rfc2833 或 info）必须与基站一致；liberal-dtmf 让 FreeSWITCH 也接受其他方式。

# en: 5ff68f22
gigaset-0x706 =
    .title = 0x706：连接未建立
    .summary = 设备内部代码，不是 SIP 响应：基站无法为这次呼叫建立连接。运营商没有给出可用的应答，原因通常在网络路径或连接设置上。
    .causes =
        互联网或路由器中断，或者基站没有有效的 IP 地址。
        IP 连接中的运营商服务器地址、域名或端口有误，或 DNS 无法解析。
        防火墙或路由器拦截了 SIP 或 RTP 流量。
    .actions =
        确认基站已获得 IP 地址（DHCP 或静态）、网关和 DNS 正确，且路由器在线。
        将 IP 电话账号的域名、注册服务器、代理服务器和端口与运营商资料核对，并在Web 配置界面查看注册状态。
        检查防火墙是否放行 SIP 和 RTP 端口，然后重拨。
    .ui = 呼叫未能接通，请检查您的网络连接。
    .impact = 拨号后没有任何接通：没有回铃音，呼叫以错误提示音结束，手柄显示 0x706，线路也常常显示未注册。
    .confirm =
        在基站状态页上检查 IP 地址、网关、DNS 服务器以及 IP 连接的注册状态。
        在Web 配置界面中把域名、注册服务器、代理服务器、出站代理 和端口与运营商账号资料对比。
        在 PBX 或运营商侧检查呼叫时是否收到过来自基站公网地址的 REGISTER 或 INVITE。
    .asterisk =
        pjsip set logger host <基站公网地址> 可看出是否有来自基站的消息到达；pjsip show contacts 显示其注册是否有效。
    .freeswitch =
        基站已注册时 sofia status profile internal reg 会列出它，sofia global siptrace on 可看出它的 INVITE 是否到达了 FreeSWITCH。
    .kamailio =
        kamctl ul show <aor> 显示基站是否已注册；如果脚本使用 pike 模块，被标记为泛洪的地址可能被静默丢弃，请在日志中查找基站的地址。
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> 显示基站是否已注册；检查脚本中的 pike_check_req() 规则是否丢弃了基站的请求。

# en: 1ea5a961
gigaset-0x751 =
    .title = 0x751：忙音，没有共同的编解码器
    .summary = 设备内部代码，不是 SIP 响应：话机没有振铃而是播放忙音，因为主叫和被叫之间没有任何共同的编解码器，无法协商出语音格式。即使对方空闲，呼叫也会失败。
    .causes =
        基站的编解码器列表受限（例如只有 G.722 或只有 G.729），而对端不支持这些编解码器。
        运营商只放行特定的编解码器，而基站上一个都没启用。
        被叫的话机或网关只支持基站未提供的编解码器。
    .actions =
        在Web 配置界面中，除 G.722、G.729 或 G.726 外，启用 G.711 a-law 和 µ-law 作为后备。
        向运营商确认其支持的编解码器列表，并据此调整首选编解码器的顺序。
        不修改编解码器设置就重试，结果不会改变。
    .ui = 双方设备不兼容，呼叫未能接通。
    .impact = 拨号后听不到回铃音，而是立刻听到忙音，手柄显示 0x751，即使对方可能是空闲的。
    .confirm =
        在Web 配置界面列出该 IP 连接启用的编解码器（例如只有 G.722 或只有 G.729），并与运营商账号资料对比。
        在信令抓包中对比基站 SDP 与对端 SDP 中的编解码器，确认至少有一种负载格式同时出现在两者中。
        在 PBX 上检查分机和中继允许哪些编解码器。
    .asterisk =
        pjsip show endpoint <name> 列出基站 endpoint 和中继的 allow= 编解码器；在两者上都加入 alaw 和 ulaw，确保总有共同的编解码器。
    .freeswitch =
        各 profile 的 inbound-codec-prefs 和 outbound-codec-prefs 必须包含基站提供的编解码器，例如 PCMA 和 PCMU；sofia global siptrace on 可显示双方的 SDP。
    .kamailio =
        代理不选择编解码器，但脚本中的 sdp_remove_codecs_by_name() 或 sdp_keep_codecs_by_name() 可能导致没有共同的编解码器；比较代理前后的 SDP。
    .opensips =
        OpenSIPS 不选择编解码器，但脚本中的 codec_delete() 及相关 sipmsgops 函数可能删掉共同的编解码器；比较代理两侧的 SDP。

# en: 9f0c09b4
gigaset-0x810 =
    .title = 0x810：套接字错误，未授权
    .summary = 设备内部代码，不是 SIP 响应：基站网络（套接字）层的一般性错误——VoIP 应用未被授权使用该套接字。问题出在设备内部，而不在运营商。
    .causes =
        基站 IP 协议栈的内部状态出错。
        端口冲突，例如两个连接使用了相同的本地 SIP 或 RTP 端口。
        固件缺陷。
    .actions =
        断开基站电源几秒钟后重新启动。
        检查各 IP 连接的本地 SIP 和 RTP 端口设置是否冲突。
        升级固件；若错误再次出现，恢复出厂设置并重新配置账号。
    .ui = 话机出现网络问题，请重启基站。
    .impact = 无法通过 IP 线路呼叫，或呼叫立即失败，手柄显示 0x810；通常在重启基站之前该线路一直不可用。
    .confirm =
        记下 0x810 在什么时候出现：长时间运行后、修改设置后，还是每次呼叫都出现。
        在Web 配置界面中对比所有 IP 连接的本地 SIP 端口和 RTP 端口范围，确保没有两个连接使用同一端口。
        在基站状态页上查看固件版本，并检查断电重启后错误是否消失。

# en: c19ab9c9
gigaset-0x811 =
    .title = 0x811：套接字错误，套接字编号无效
    .summary = 设备内部代码，不是 SIP 响应：基站套接字层的一般性错误——VoIP 应用使用了无效的套接字编号。这是设备内部故障，不是运营商的应答。
    .causes =
        固件缺陷，或长时间运行未重启后内部状态紊乱。
        本地 SIP 或 RTP 端口设置无效或互相冲突。
        网络参数发生变化（新的 IP 地址），VoIP 应用未能随之更新。
    .actions =
        重启基站。
        在Web 配置界面检查本地 SIP 端口和 RTP 端口范围是否有效且互不重叠。
        升级基站固件。
    .ui = 话机出现网络问题，请重启基站。
    .impact = 通过 IP 线路的呼叫在拨号后立即失败，手柄显示 0x811，通常发生在长时间运行或网络变化之后，直到重启基站为止。
    .confirm =
        在基站状态页上检查其 IP 地址在此之前是否刚刚变化过（路由器重启、新的 DHCP 租约）。
        在Web 配置界面中确认本地 SIP 端口和 RTP 端口范围取值有效且互不重叠。
        查看固件版本，并检查断电重启后错误是否消失。

# en: 21b62c5c
gigaset-0x812 =
    .title = 0x812：套接字错误，套接字未连接
    .summary = 设备内部代码，不是 SIP 响应：基站套接字层的一般性错误——试图通过一个尚未建立的连接发送数据。基站与网络或运营商服务器之间的连接缺失。
    .causes =
        网线未插好或路由器离线。
        运营商服务器或路由器关闭了连接（例如与 SIP 服务器之间的 TCP 连接）。
        DHCP 或路由器变更后，基站失去了 IP 地址。
    .actions =
        检查网线、连接指示灯以及路由器的互联网连接。
        检查基站的 IP 设置（DHCP 或静态地址、网关、DNS）。
        重启基站，观察 IP 连接是否重新注册成功。
    .ui = 话机未连接到网络，请检查您的网络连接。
    .impact = 通过 IP 线路的呼叫立即失败，手柄显示 0x812，线路通常显示未注册，因此 VoIP 呼出和呼入都无法进行。
    .confirm =
        检查基站和路由器上的网线及链路指示灯，以及路由器是否在线。
        在基站状态页上确认它有 IP 地址、网关和 DNS 服务器，以及 IP 连接是否已注册。
        在 PBX 或运营商侧检查基站的注册是否仍然有效还是已过期，以及最后一次注册的时间。
    .asterisk =
        pjsip show contacts 显示基站的联系地址是否仍已注册，在其 aor 设置了 qualify_frequency= 时还显示是否可达（Avail 或 Unavail）。
    .freeswitch =
        sofia status profile internal reg 显示基站的注册是否仍然存在以及何时过期。
    .kamailio =
        kamctl ul show <aor>（或 kamcmd ul.dump）显示基站的联系地址是否仍已注册以及何时过期。
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> 显示基站的联系地址是否仍已注册以及何时过期。

# en: e2d88276
gigaset-0x813 =
    .title = 0x813：套接字错误，内存不足
    .summary = 设备内部代码，不是 SIP 响应：基站套接字层的一般性错误——设备没有足够的内存来维持网络连接。这是基站内部的资源问题。
    .causes =
        长时间运行后固件出现内存泄漏。
        同时进行的呼叫或连接过多，或发往基站的网络流量过大。
        局域网中出现广播风暴或数据包洪泛。
    .actions =
        重启基站以释放内存。
        升级固件，此类泄漏通常会在新版本中修复。
        如果问题反复出现，检查局域网中是否有广播风暴或发往基站的异常流量。
    .ui = 话机出现技术问题，请重启基站。
    .impact = 通过 IP 线路的呼叫失败，或基站对 VoIP 呼叫不再响应，手柄显示 0x813，通常发生在长时间运行或网络流量很大之后；重启可暂时解决。
    .confirm =
        记下基站已连续运行多久，以及重启后 0x813 是否再次出现。
        把基站状态页上的固件版本与最新版本对比。
        在路由器或交换机上检查是否有广播风暴或发往基站 IP 地址的异常流量。

# en: 97d96b9a
gigaset-0x814 =
    .title = 0x814：套接字错误，套接字不可用
    .summary = 设备内部代码，不是 SIP 响应：基站套接字层的一般性错误——没有可用于该连接的套接字。手册建议检查 IP 设置、网络连接以及 IP 电话设置。
    .causes =
        IP 配置错误或缺失：未获得 DHCP 地址，或静态地址、网关、DNS 填写有误。
        基站、路由器与互联网之间的连接有问题。
        IP 电话设置不正确，例如运营商的服务器地址或端口有误。
    .actions =
        检查基站的 IP 设置（DHCP 或静态地址、网关、DNS）以及网线和路由器。
        在Web 配置界面检查 IP 电话账号：域名、注册服务器、代理服务器、端口和认证信息。
        改正设置后重启基站，并查看注册状态。
    .ui = 话机无法连接网络，请检查您的网络连接。
    .impact = 通过 IP 线路的呼叫立即失败，手柄显示 0x814，线路无法注册，因此话机既不能拨打也不能接听 VoIP 呼叫。
    .confirm =
        在基站状态页上检查 IP 地址、网关和 DNS 服务器（DHCP 或静态），并确认 LAN 链路已连通。
        在Web 配置界面中把 IP 连接的域名、注册服务器、代理、端口和认证信息与运营商账号资料对比。
        在 PBX 或运营商侧检查是否收到来自基站公网地址的 REGISTER。
    .asterisk =
        pjsip set logger host <基站公网地址> 可看出基站的 REGISTER 是否到达；pjsip show contacts 显示它是否已注册。
    .freeswitch =
        sofia global siptrace on 可看出基站的 REGISTER 是否到达，sofia status profile internal reg 显示注册是否成功。
    .kamailio =
        kamctl ul show <aor> 显示基站是否已注册；在代理上抓包（sngrep 或 siptrace 模块）可看出它的 REGISTER 是否到达。
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> 显示基站是否已注册；在代理上抓包（sngrep 或 tracer 模块）可看出它的 REGISTER 是否到达。

# en: af8e340a
gigaset-0x815 =
    .title = 0x815：套接字错误，应用未注册
    .summary = 设备内部代码，不是 SIP 响应：基站套接字层的一般性错误——使用该套接字的应用尚未在其上注册。这是启动或固件方面的内部问题，与运营商无关。
    .causes =
        基站内的 VoIP 服务尚未完全启动，例如刚重启之后。
        设备内的 VoIP 服务已停止或崩溃。
        固件缺陷。
    .actions =
        重启后等待一分钟再试。
        重启基站；若错误再次出现，升级固件。
        万不得已时恢复出厂设置，并重新配置 IP 连接。
    .ui = 话机尚未就绪，请稍后再试。
    .impact = 基站刚启动时或其内部 VoIP 服务停止后，通过 IP 线路的呼叫失败，手柄显示 0x815；通常等一分钟或重启基站即可恢复。
    .confirm =
        记下 0x815 是否在基站重启或断电后不久出现，以及一分钟后是否消失。
        在基站状态页上确认基站启动完成后 IP 连接已重新注册。
        如果该代码反复出现，把固件版本与最新版本对比。
