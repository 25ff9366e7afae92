# SIP 响应码 500-608：服务器错误（5xx）和全局失败（6xx）。
# 事实来源：IANA 注册表、RFC 3261、RFC 3312、RFC 3398、RFC 8197、RFC 8599、RFC 8688，
# 以及 shared/reference/q850_and_headers.md 中 FreeSWITCH / Asterisk 的原因值映射。

# en: 18159ee3
sip-500 =
    .title = 服务器内部错误
    .summary = 呼叫路径上的某台服务器在处理请求时遇到意外故障而放弃处理；该响应码与被叫本身无关。各协议栈写作 “Server Internal Error”、“Internal Server Error”（sofia-sip）或 “Server internal failure”（Asterisk 的 chan_sip，Asterisk 21 已移除）；网关对应发送 Q.850 原因值 41。
    .causes =
        处理该请求的代理服务器、PBX 拨号方案或路由脚本崩溃、抛出异常或存在缺陷。
        后端依赖故障：数据库、计费或号码查询超时或返回了无效数据。
        ISDN/ISUP 协议错误或互通错误（Q.850 111 或 127）被网关映射为 500；Asterisk 的通用 FAILURE 原因也会发送 500。
        同一对话中上一个 INVITE 尚未收到最终响应时又来了第二个 INVITE（RFC 3261 §14.2）；这种情况下 500 必须带 Retry-After。
    .actions =
        根据 Via、Server 和 Reason 头域判断是哪台设备产生了 500，再按同一 Call-ID 查看该设备自身的日志。
        可以在几秒后重试，若带有 Retry-After 则按其时间等待；如果仍然失败，改用其他服务器或路由。
        如果有 Reason: Q.850 头域，它通常能说明故障发生在网关的哪一侧。
        如果同一请求总是失败，请交给该服务器的运营方处理：问题在对方，而不在主叫的配置。
    .ui = 网络出现问题，呼叫未能接通，请重试。
    .impact = 呼叫很快失败，主叫听到快忙音或笼统的“呼叫无法完成”提示音；软电话通常显示 “Server Internal Error” 或类似短语。
    .confirm =
        看 500 是立即返回还是有延迟：立即返回说明是脚本或配置错误，几秒后才返回说明是对数据库或后端系统的调用超时。
        看它影响所有呼叫，还是只影响特定号码、中继或时段，以区分后端故障、资源耗尽和某一条错误路由。
        如果 500 是对 re-INVITE 的应答并带有 Retry-After，在同一对话中查找更早的、尚未得到应答的 INVITE（RFC 3261 §14.2）。
    .asterisk =
        Asterisk 对原因值 38（FAILURE）和 127（INTERWORKING）回 500，例如拨号方案中的应用执行失败时；收到的 500 映射为原因值 38。用 pjsip set logger on 并结合 Asterisk 日志中同一 Call-ID 的记录，可以看出在哪一步出错。
    .freeswitch =
        收到的 500 会以 NORMAL_TEMPORARY_FAILURE (41) 结束该腿，sip_term_status 为 500；在 bridge 串中再列一个网关（用 | 分隔），让呼叫能够切换。
        如果 500 是 FreeSWITCH 自己发的，在 freeswitch.log 中搜索该呼叫的 uuid，找出出错的应用或脚本。
    .kamailio =
        标准 kamailio.cfg 在 t_relay() 失败时调用 sl_reply_error()，把内部错误（目的地无法解析或不可达、内存不足）转换成相应的响应，常见的是 500；它前面的那行日志会写明原因。
        kamcmd core.shmmem 显示共享内存是否即将耗尽，这是高负载下出现 500 的原因之一。
    .opensips =
        标准 opensips.cfg 在 t_relay() 失败时回 500 “Internal Error”；在日志中查找转发错误，并用 opensips-cli -x mi get_statistics all 检查 shmem:free_size 是否过低。

# en: 3e99f84a
sip-501 =
    .title = 未实现
    .summary = 接收方服务器对任何用户都不支持该请求所用的 SIP 方法。与 405（方法已知但对该目标不允许）不同，501 表示根本没有这项功能；网关将其映射为 Q.850 原因值 79。
    .causes =
        设备发送了对端无法处理的方法，例如 UPDATE、PRACK、INFO、MESSAGE、REFER、SUBSCRIBE 或 PUBLISH。
        只有一侧启用了某项功能，例如基于 UPDATE 的会话定时器、基于 REFER 的盲转或基于 INFO 的 DTMF。
        在 PSTN 网关上，ISDN 侧拒绝了某项业务（Q.850 29 或 79），随后被映射为 501。
    .actions =
        在信令跟踪中查看被拒请求的方法，以及对端在 OPTIONS 或 INVITE 响应中携带的 Allow 头域。
        关闭需要该方法的功能，或改用对端支持的方式（例如用 RFC 4733 DTMF 代替 INFO）。
        原样重发请求无济于事：需要修改配置，或联系对端设备厂商。
    .ui = 对方不支持此功能。
    .impact = 通话本身往往正常，但某项功能失效：转接没有反应、对端不识别按键数字、短消息发不出去；如果 INVITE 本身收到 501，呼叫会立即失败。
    .confirm =
        记下被拒请求的方法（CSeq 头域）以及用户当时在做什么（转接、DTMF、保持、聊天）。
        检查 501 是来自真正的终端，还是来自代它应答的 SBC 或网关（Server 头域、源地址）。
        把该功能切换为替代方式（例如用 RFC 4733 DTMF 代替 INFO）后重复操作，确认 501 消失。
    .asterisk =
        各种方法需要对应的模块：REFER 需要 res_pjsip_refer，MESSAGE 需要 res_pjsip_messaging，SUBSCRIBE 需要 res_pjsip_pubsub；module show like res_pjsip 列出已加载的模块。
        如果对端对 INFO 回 501，在 endpoint 上使用 dtmf_mode=rfc4733（或 auto）；收到的 501 在 Asterisk 中映射为原因值 29。
    .freeswitch =
        profile 上的 dtmf-type（rfc2833、info、none）决定 FreeSWITCH 是否用 INFO 发送 DTMF；收到的 501 会变为 SERVICE_NOT_IMPLEMENTED (79)。
        sofia global siptrace on 显示是哪个请求收到了 501。
    .kamailio =
        标准脚本会把自己不处理的方法转发出去，所以 501 通常来自终端或 PBX；如果是代理发的，在脚本中查找 is_method() 判断之后的 sl_send_reply("501", ...)。
    .opensips =
        OpenSIPS 会转发脚本不处理的方法，所以 501 通常来自终端或 PBX；如果是代理发的，在脚本中查找 is_method() 判断之后的 send_reply(501, ...)。

# en: 3c907165
sip-502 =
    .title = 网关错误
    .summary = 代理服务器或网关已转发请求，但从下一跳收到了无法使用的应答，于是代其报告失败。当网络报告目的地故障（Q.850 原因值 27）时，PSTN 网关也会发送 502；反方向上 502 映射为原因值 38。
    .causes =
        下一跳服务器返回了格式错误或无法解析的响应。
        PSTN 报告被叫线路或交换机故障（Q.850 27，FreeSWITCH 中为 DESTINATION_OUT_OF_ORDER）。
        中继或 FreeSWITCH profile 配置错误，指向了无法处理该呼叫的对端。
    .actions =
        通过 Via/Server 头域找到产生 502 的设备，在其下游一侧抓包，查看下一跳实际返回了什么。
        如果有其他网关或运营商，可经由其路由该呼叫；通过其他路由重试是有意义的。
        如果某个目的地总是以 Q.850 27 失败，请报告给服务该号码的运营商。
    .ui = 网络出现问题，呼叫未能接通。
    .impact = 呼叫很快失败，通常没有振铃，主叫听到快忙音或“您拨打的号码无法接通”之类的提示音；经同一路由重试也会同样失败。
    .confirm =
        检查 502 的 Reason 头域：Reason: Q.850;cause=27 确认是 PSTN 报告目的地故障，而不是与下一跳之间的 SIP 层问题。
        经另一条路由或另一家运营商呼叫同一号码：如果能接通，故障在第一条路由上的某一跳；如果所有路由都返回带原因值 27 的 502，则是被叫线路故障。
        如果没有 Reason 头域，在发送方日志中查找它因格式错误而丢弃的下一跳响应。
    .asterisk =
        Asterisk 对原因值 27（DESTINATION_OUT_OF_ORDER）回 502，收到的 502 也映射为该原因值；pjsip show endpoint <trunk> 和 pjsip show contacts 显示中继的联系地址是否可达（qualify 状态）。
    .freeswitch =
        FreeSWITCH 对 DESTINATION_OUT_OF_ORDER 和 INVALID_PROFILE 回 502，所以拨号串中指定了未运行的 sofia profile 也会得到 502：检查 sofia status。
        收到的 502 会以 NETWORK_OUT_OF_ORDER (38) 结束该腿；出局腿上的 sip_term_status 和 hangup_cause_q850 可以确认这一点。
    .kamailio =
        在 failure_route 中，t_check_status("502") 配合 ds_next_dst()（dispatcher）可以改走下一个网关重试；kamcmd dispatcher.list 显示每个网关的状态。
    .opensips =
        在 failure_route 中，$T_reply_code 为 502 时可以触发 use_next_gw()（drouting）或 ds_next_dst()（dispatcher）；opensips-cli -x mi ds_list 显示各网关及其状态。

# en: 30a3db9d
sip-503 =
    .title = 服务不可用
    .summary = 服务器因过载、维护或已没有可用的中继或路由，当前无法处理请求。它可能附带 Retry-After；客户端如有其他服务器应改发到那里，并在该时间内不再向这台服务器发送请求。
    .causes =
        SIP 服务器、注册服务器或 SBC 过载或正在维护，或已达到许可证或通道数上限。
        该号码没有路由或没有可用网关：中继故障或所有外呼通道占满时，Asterisk 和 FreeSWITCH 会回 503。
        PSTN 侧报告拥塞或临时网络故障（Q.850 34、38、41、42 或 47）。
        频率限制：部分运营商对短时间内过多的 REGISTER 或 INVITE 回 503。
    .actions =
        查看 Retry-After 头域和原因短语；在规定的时间过去之前不要再向该服务器发送请求。
        在发起方 PBX 上检查中继和网关状态（例如 FreeSWITCH 的 sofia status gateway、Asterisk 的 pjsip show registrations）以及通道或许可证占用。
        确认 DNS SRV 或拨号方案提供了第二台服务器或备用路由，以便客户端切换。
        按 RFC 3261，代理服务器除非自身已无法处理任何请求，否则不应向上游转发下游的 503，因此请通过 Via/Server 头域找出资源耗尽的设备。
    .ui = 服务暂时不可用，请稍后再试。
    .impact = 主叫听到快忙音（拥塞音）或“线路忙，请稍后再拨”之类的提示音，通常没有振铃；REGISTER 收到 503 的话机会显示账号离线，稍后再重试注册。
    .confirm =
        确认 503 确实是从对端经网络收到的：如果没有任何收到的报文带有这个 503，它是发送方协议栈在本地生成的，例如在 DNS 或传输失败之后。
        把 503 出现的时间与发送方的呼叫计数对齐：集中在忙时说明触及了通道、许可证或呼叫速率上限。
        检查当时中继的注册或 OPTIONS 状态：中继一掉线就开始出现的 503 是自己的 PBX 生成的，而不是运营商。
    .asterisk =
        pjsip show registrations 和 pjsip show contacts 显示出局中继是否已注册、是否可达；Asterisk 对原因值 34（无电路/信道可用）和 42（交换设备拥塞）回 503，收到的 503 映射为原因值 34。
        过载时 res_pjsip 会忽略经 UDP 到达的新请求，直到其 task processor 恢复（core show taskprocessors），这类主叫看到的是超时；经 TCP 或 TLS 到达的请求则会立即收到 503。
    .freeswitch =
        sofia status gateway <name> 显示网关是 UP 还是 DOWN（ping、注册）；经已掉线网关的呼叫以 GATEWAY_DOWN 结束，FreeSWITCH 对此回 503。
        当达到 switch.conf.xml 中的 max-sessions 或 sessions-per-second，或 profile 未运行时，FreeSWITCH 自己会回 “503 Maximum Calls In Progress”，并带 Retry-After 300；status 显示当前会话数，fsctl max_sessions 可以修改上限。
    .kamailio =
        kamcmd dispatcher.list 显示哪些网关处于非活动或禁用状态；全部不可用时 ds_select_dst() 失败，返回脚本设定的响应（常见为 503）；在 failure_route 中用 t_check_status("503") 配合 ds_mark_dst() 和 ds_next_dst() 切换到下一个网关。
        脚本自己的限速（pipelimit 的 pl_check() 或 ratelimit 的 rl_check()）通常也回 503；在怪罪下一跳之前先检查它。
    .opensips =
        opensips-cli -x mi ds_list（dispatcher）或 lb_list（load_balancer）显示目的地是否被禁用或已满；没有任何目的地还有余量时 load_balance() 失败，脚本通常回 503。
        在 failure_route 中，$T_reply_code 为 503 时配合 ds_next_dst() 或 use_next_gw() 改走别处；ratelimit 的 rl_check() 也常回 503。

# en: 84fabf32
sip-504 =
    .title = 服务器超时
    .summary = 某台服务器需要等待另一台服务器（下一跳、注册服务器、DNS 或数据库查询）的应答，但未能及时收到，于是停止等待。也写作 “Gateway Time-out” 或 “Server Timeout”；双向均对应 Q.850 原因值 102。
    .causes =
        下一跳代理服务器、运营商或注册服务器在事务定时器到期前没有应答。
        防火墙、NAT 或故障链路在两台服务器之间丢包。
        服务器依赖的外部查询（DNS、ENUM、路由数据库）缓慢或不可用。
        在 PSTN 网关上，ISDN/ISUP 定时器超时（Q.850 102）。
    .actions =
        确定是哪台服务器发出了 504，并跟踪它到下一跳的那一段：请求是否发出，是否收到任何回应。
        检查该服务器到下一跳的连通性和传输方式（UDP 或 TCP、端口、防火墙规则）。
        稍后或经由其他路由重试；如果反复出现，请交给无响应节点的运营方处理。
    .ui = 网络响应超时，请重试。
    .impact = 主叫长时间听到静音或回铃音，常常约 30 秒，然后呼叫以错误音或提示音失败；被叫话机始终没有振铃。
    .confirm =
        测量从 INVITE 到 504 的时间：约 32 秒对应下一跳的 SIP 定时器 B，更短的固定时间说明是配置的路由超时。
        在发出 504 的服务器的抓包中查看它到下一跳的那条腿：INVITE 不断重传而无应答说明下一跳不可达，ICMP port unreachable 说明端口未开放。
        检查该服务器在呼叫时为下一跳得到的 DNS 应答（SRV 和 A 记录）。
    .asterisk =
        pjsip show contacts 显示下一跳的 qualify 状态和往返时间（AOR 上的 qualify_frequency）；system 段的 timer_t1 和 timer_b 决定 Asterisk 等待多久，收到的 504 映射为原因值 102。
    .freeswitch =
        FreeSWITCH 自己的出局腿超时时，呼叫以 RECOVERY_ON_TIMER_EXPIRE 结束，FreeSWITCH 对此回 504；sofia status gateway <name> 显示网关是否应答 OPTIONS ping。
        progress_timeout 和 originate_timeout 限定 bridge 的等待时间；profile 参数 timer-T1 和 timer-T1X64 设置 SIP 事务定时器。
    .kamailio =
        Kamailio 自己超时时回的是 408 而不是 504，所以经过 Kamailio 的 504 来自下游服务器：在 onreply_route 中打印 $rs 和 $si 看是哪一台。
        在 failure_route 中，ds_next_dst()（dispatcher）可以改走下一个网关重试；fr_timer 和 fr_inv_timer 决定 tm 等待多久。
    .opensips =
        OpenSIPS 的 tm 在自身超时（fr_timeout、fr_inv_timeout）时回 408，所以 504 来自下游服务器：在 onreply_route 中打印 $rs 和 $si 看是哪一台。
        在 failure_route 中，use_next_gw() 或 ds_next_dst() 可以改走另一个网关重试。

# en: 8eb906f8
sip-505 =
    .title = 版本不支持
    .summary = 接收方拒绝该请求，因为起始行中的 SIP 版本不是它所支持的版本（实际中为 SIP/2.0）。部分协议栈称为 “SIP Version Not Supported”；网关将其映射为 Q.850 原因值 127（互通，未指定）。
    .causes =
        请求起始行格式错误：脚本或测试工具生成的消息存在拼写、大小写错误或缺少版本号。
        有问题的 SIP ALG 或其他中间设备改写或截断了消息。
        非 SIP 流量，或损坏、重组错误的 UDP 包到达了 SIP 端口。
    .actions =
        在尽量靠近发送方的位置抓包，查看被拒请求的第一行，并与到达接收方的内容对比。
        如果消息在途中被修改，关闭路径上路由器和防火墙的 SIP ALG。
        修正发送方软件或其配置；原样重发没有意义。
    .ui = 由于配置问题，呼叫无法建立。
    .impact = 呼叫或注册立即失败，出现错误音或“呼叫失败”提示；如果受影响的是 REGISTER，话机显示账号未注册。
    .confirm =
        同时检查请求行和最上面的 Via 头域（SIP/2.0/UDP）中的版本号：任何一处取值错误都可能被拒绝。
        找出被拒消息的共同点：大小刚超过 MTU（被分片）、某种特定传输方式，或经过带 SIP ALG 的同一条网络路径。
        用可靠的工具（如 sipsak 或 sipp）经同一路径发送 OPTIONS：能通过说明是发送方软件的问题，同样失败说明是路径的问题。
    .asterisk =
        pjsip set logger on 显示 Asterisk 发出和收到的确切请求行；其 pjsip 协议栈无法解析的报文会以 PJSIP 语法错误记录在 Asterisk 日志中。
    .freeswitch =
        sofia global siptrace on，或用 sofia loglevel all 9 查看 sofia-sip 的解析器信息，可以看到 FreeSWITCH 收到或发出的原始请求行。
    .kamailio =
        sanity_check() 的 R-URI 版本检查（值 1，属于标准检查集）对 SIP/2.0 以外的版本回 505 “Version Not Supported (R-URI)”；在 debug 级别，日志中会出现 check_ruri_sip_version failed。

# en: 2b8c1aeb
sip-513 =
    .title = 消息过大
    .summary = 请求超出了接收方能够处理的大小，因此被拒绝。通常意味着一条较大的消息是通过 UDP 发送的；网关将其映射为 Q.850 原因值 127。
    .causes =
        SDP 过大：编解码器列表很长、包含视频和 ICE 候选地址，或有多个媒体行。
        沿途累积了大量 Via、Record-Route 或较长的自定义头域。
        超过约 1300 字节的消息仍走 UDP，而 RFC 3261 要求此时使用 TCP 等带拥塞控制的传输方式。
    .actions =
        在信令跟踪中查看被拒请求的大小及其使用的传输方式。
        将中继或设备改为 TCP（或 TLS），或精简消息：减少编解码器、去掉不用的媒体、减少自定义头域。
        原样重发仍会失败；请先修改配置。
    .ui = 由于配置问题，呼叫无法建立。
    .impact = 呼叫在振铃前立即失败，出现错误音或“呼叫失败”提示；常常只有带视频或编解码器列表很长的呼叫失败，普通语音呼叫正常。
    .confirm =
        记下被拒请求的大小和传输方式：经 UDP 发送且超过约 1300 字节即可确认原因。
        与一个能接通的呼叫（只有语音、编解码器较少）比较：如果那个 INVITE 明显更小，触发因素就是消息大小。
        找出是哪一部分过大：SDP（编解码器、视频、ICE 候选地址）还是头域（Via、Record-Route、很长的自定义头域）。
    .asterisk =
        精简 endpoint 上的 allow=，关闭不用的视频或 ICE（ice_support）以缩小 SDP；system 段的 disable_tcp_switch（默认 yes）使 pjsip 不会自动把大请求改走 TCP，如果必须发送大的 INVITE，请给 endpoint 指定 TCP 传输。
    .freeswitch =
        缩短 offer（outbound-codec-prefs 中少列编解码器，去掉不用的视频），或在 profile 上设置 enable-compact-headers=true；把中继改为 TCP 可以消除 UDP 的大小限制。
    .kamailio =
        除非设置了核心参数 udp_mtu 和 udp_mtu_try_proto（例如 TCP），Kamailio 会经 UDP 转发大请求；设置后超过该大小的请求会改用指定的传输方式发送，下一跳必须在该传输上监听。

# en: c6a1997b
sip-555 =
    .title = 不支持该推送通知服务
    .summary = 代理服务器支持 SIP 推送通知（RFC 8599），但不支持设备在 REGISTER 的 Contact 中通过 pn-provider 参数请求的那种推送服务。通过该代理服务器无法用这个推送服务唤醒设备。
    .causes =
        移动软电话注册时使用的 pn-provider 值（如 apns、fcm 或 webpush）不被运营商的代理服务器支持。
        应用的构建或配置所针对的推送平台与服务器端部署支持的平台不同。
    .actions =
        查看 REGISTER 请求 Contact 头域中的 pn-provider、pn-prid 和 pn-param 参数。
        向 SIP 运营商确认其代理服务器支持哪些推送服务，并将应用配置为其中之一。
        使用相同的 pn-provider 重新注册不会成功；没有推送时，应用必须保持在后台运行才能接听来电。
    .ui = 在此服务中，来电无法唤醒本应用。
    .impact = 带推送支持的注册失败：应用显示账号或推送错误，来电只有在应用处于前台打开时才会振铃，或者根本不振铃。
    .confirm =
        读取收到 555 的 REGISTER 中的 Contact，记下 pn-provider 的值以及是否带有 pn-prid 和 pn-param。
        发送一个带不含值的 ;pn-provider 参数的 REGISTER（RFC 8599 的能力查询），读取应答中 Feature-Caps 头域里的 +sip.pns 值，即代理支持的推送服务。
        把应用构建时所用的推送平台（iOS 上是 APNs，Android 上是 FCM）与该列表对照。
    .opensips =
        设置了 pn_enable 时，如果 pn-provider 不在 pn_providers 中，或 Contact 缺少 pn_ct_match_params 中列出的参数（例如 pn-prid），OpenSIPS 注册服务器会回 555。
        opensips-cli -x mi ul_show_contact location <aor> 显示之前的联系地址是否连同 pn- 参数一起保存。

# en: e4917593
sip-580 =
    .title = 前提条件失败
    .summary = 应答方无法满足 SDP offer 中规定为必需的前提条件（通常是 RFC 3312 的 QoS 资源预留），因此会话无法建立。多见于 IMS 和 VoLTE 网络。
    .causes =
        offer 将 QoS 前提条件标为必需（a=des 的强度为 mandatory），而网络未能预留承载或带宽。
        对端不支持前提条件机制，或不支持所要求的方向或强度。
        呼叫建立过程中与前提条件相关的 UPDATE 失败。
    .actions =
        检查双方 SDP 中的 a=curr、a=des 和 a=conf 行，以及 Require/Supported: precondition 头域。
        如果对端不使用前提条件，请在该中继上关闭此功能或将其设为可选。
        在移动网络中，检查失败一侧的承载预留（例如专用承载的建立）；只有排除原因后重试才有意义。
    .ui = 网络无法预留资源，呼叫无法建立。
    .impact = 呼叫在建立过程中失败，常常是短暂停顿后、没有振铃；主叫听到错误音或网络提示音。
    .confirm =
        检查 INVITE 带的是 Require: precondition（强制）还是只有 Supported: precondition，以及是哪一方发出的 580。
        跟踪 183 之后的 PRACK 和 UPDATE 交互：580 通常出现在某个 UPDATE 之后，该 UPDATE 的 a=curr 仍显示某个方向没有完成资源预留。
        在移动网络中，检查核心网日志里主叫或被叫当时的承载建立情况（专用承载、策略决策）。
    .asterisk =
        chan_pjsip 不支持 QoS preconditions（RFC 3312），自己发出的 offer 也不带 preconditions，所以 Asterisk 中继上出现的 580 来自 IMS 一侧，而要求 preconditions 的呼入 INVITE 会被拒绝；pjsip set logger on 显示相关的 Require 和 Supported 头域。

# en: e0ca94c6
sip-600 =
    .title = 全局忙
    .summary = 被叫正忙，且应答方确定语音信箱或其他终端都不会接听此呼叫。比只表示某一终端忙的 486 更强；Retry-After 可能给出更合适的呼叫时间。网关将其映射为 Q.850 原因值 17。
    .causes =
        被叫在所有终端上都在通话，且没有语音信箱或呼叫前转可用。
        PBX 或振铃组在所有成员都忙时回 600。
        网关从 PSTN 收到“用户忙”，并作为全局忙上报。
    .actions =
        这是呼叫的正常结果，并非故障。
        稍后重拨；如果带有 Retry-After，请遵守其时间。
        如果本应转到语音信箱或其他号码，请检查 PBX 上被叫的遇忙前转设置。
    .ui = 对方正忙。
    .impact = 主叫听到忙音或“用户正忙”提示音，通常没有振铃，也不会转到语音信箱。
    .confirm =
        检查是哪个系统发出的 600（被叫的 PBX、振铃组还是网关），以及之前是否有 180 Ringing。
        检查 Reason 头域：Q.850 原因值 17 表示 PSTN 网关报告用户忙，没有 Reason 通常表示是 PBX 的决定。
        在被叫的 PBX 上列出该用户所有设备在当时的通话，确认它们都处于忙状态。
    .asterisk =
        Asterisk 把收到的 600 映射为原因值 17（USER_BUSY），与 486 完全相同，而且自己从不发送 600；HANGUPCAUSE(<channel>,tech) 保留 SIP 响应码，拨号方案可以据此区分两者。
    .freeswitch =
        收到的 600 与 486 一样变为 USER_BUSY (17)；FreeSWITCH 只有在 BUSY_EVERYWHERE 原因下才发送 600，例如拨号方案中的 respond 600 或 hangup BUSY_EVERYWHERE。
    .kamailio =
        6xx 会结束分叉：tm 取消其余分支并返回 600，因此当 t_check_status("600") 匹配时，failure_route 不应再尝试语音信箱或其他设备。
    .opensips =
        6xx 会结束分叉：tm 取消其他分支，因此 $T_reply_code 为 600 时，failure_route 应结束呼叫，而不是尝试语音信箱或其他设备。

# en: 073fa90a
sip-603 =
    .title = 拒绝
    .summary = 被叫有意拒绝了该呼叫，其他终端也不会接听，响应中不说明原因。对应 Q.850 原因值 21（呼叫被拒绝）；FreeSWITCH 对任何 CALL_REJECTED 原因也都发送 603，而 RFC 3398 规定此时用 403。
    .causes =
        被叫在话机上按了“拒接”。
        话机或 PBX 上的免打扰、呼叫筛选或黑名单回复 603。
        网关或 FreeSWITCH 把来自 PSTN 的 Q.850 原因值 21 映射为 603。
        部分运营商用 603 拦截疑似欺诈或骚扰呼叫。
    .actions =
        将其视为被叫的选择而非故障；不要自动重拨。
        如果拨打该号码的所有呼叫都被拒绝，请检查被叫的免打扰、黑名单和筛选规则。
        查看 Reason 头域：其中的 Q.850 原因值或文字可能说明是人还是网络规则拒绝了呼叫。
    .ui = 对方拒绝了您的呼叫。
    .impact = 主叫听到忙音或“呼叫被拒绝”的提示音，可能立即出现（自动过滤），也可能在被叫按下拒接后、振铃几声之后出现。
    .confirm =
        检查 603 之前是否有 180 Ringing 以及振铃多久：振铃后拒绝是人为操作，立即返回的 603 是规则所致（免打扰、黑名单、运营商过滤）。
        检查是哪台主机发出的（User-Agent 或 Server、源地址）：被叫话机、PBX，还是运营商的过滤节点。
        查看被叫在呼叫时的通话记录以及黑名单中是否有主叫号码。
    .asterisk =
        Asterisk 把收到的 603 映射为原因值 21（CALL_REJECTED），但对原因值 21 回的是 403 而不是 603，所以经 Asterisk 转过来的拒接通常以 403 到达主叫；HANGUPCAUSE(<channel>,tech) 保留原始的 “SIP 603” 行。
    .freeswitch =
        FreeSWITCH 对所有 CALL_REJECTED (21)（包括它自己的拒绝）都发送 603，并把收到的 603 和 608 都映射为 CALL_REJECTED；用 sip_term_status 可以区分两者。
        如果某个来源的呼叫总被拒绝，在拨号方案中查找 respond 603 或 hangup CALL_REJECTED 分支（黑名单、时间条件）。
    .kamailio =
        在脚本中查找自己回 603 的分支（例如在 htable 或数据库中查黑名单）；否则 603 是转发来的，failure_route 中的 t_check_status("603") 应结束呼叫，而不是尝试其他路由。
    .opensips =
        在脚本中查找自己回 603 的分支（例如查黑名单）；转发来的 603（$T_reply_code 603）应在 failure_route 中结束呼叫，而不是启动切换。

# en: 06cdf5e5
sip-604 =
    .title = 在任何地方都不存在
    .summary = 被叫用户或号码在任何地方都不存在（不仅是本域），且给出该结论的服务器对此拥有权威信息。比 404 更强；网关将其映射为 Q.850 原因值 1（未分配的号码），FreeSWITCH 映射为 3（无至目的地的路由）。
    .causes =
        所拨号码未分配、已停用或拨错。
        账号已被删除，或从未在归属服务器上开通。
        号码携带或路由数据库显示该号码不属于任何用户。
    .actions =
        检查 Request-URI 中的号码和格式（国家码、前缀、号码规整）。
        在归属服务器和号码携带数据中核对账号或号段。
        不要重拨同一号码：请先更正号码或开通配置。
    .ui = 您拨打的号码不存在。
    .impact = 主叫拨号后立即听到“您拨打的号码是空号”之类的提示音或快忙音，没有振铃。
    .confirm =
        将 Request-URI 的用户部分与所拨号码比较，查找号码规整过程中丢失或多加的前缀或国家码。
        检查是哪台服务器发出的 604，以及它是否真的对该号码有权威（归属服务器或携号转网查询节点）。
        从另一个网络或经另一家运营商拨打同一号码：如果那边能接通，604 来自错误的路由或携号转网记录，而不是空号。
    .asterisk =
        Asterisk 把收到的 604 映射为原因值 1（UNALLOCATED），与 404 相同；对自己不认识的号码它回 404，从不回 604；HANGUPCAUSE(<channel>,tech) 保留 “SIP 604” 行。
    .freeswitch =
        收到的 604 会以 NO_ROUTE_DESTINATION (3) 结束该腿；FreeSWITCH 只有在 DOES_NOT_EXIST_ANYWHERE 原因下才发送 604（例如拨号方案中的 hangup DOES_NOT_EXIST_ANYWHERE），所以要查看出局腿上的 sip_term_status。
    .kamailio =
        如果代理自己回 604，应以用户或号码数据库为依据，而不只是 lookup("location") 失败：存在但离线的用户应得到 480，而不是 604。
        转发来的 604 应结束呼叫：在 failure_route 中用 t_check_status("604") 判断，不再尝试其他路由。
    .opensips =
        如果 OpenSIPS 对未知号码回 604，应以用户或号码表为依据，而不是 lookup("location") 或 is_registered("location") 失败，因为那只说明用户离线；转发来的 604 不要切换重试。

# en: 4f0b98c6
sip-606 =
    .title = 不可接受
    .summary = SDP offer 中描述的会话（媒体类型、编解码器、带宽或地址）被叫的任何终端都无法支持，尽管被叫本人愿意通话。这是 488 的全局形式；Warning 头域可能指出具体问题。
    .causes =
        offer 中没有任何编解码器与被叫一侧的编解码器匹配。
        加密与非加密媒体不匹配（RTP/SAVP 与 RTP/AVP），或不支持视频、T.38 传真等媒体类型。
        c= 行中的地址类型（IPv6 或 IPv4）或所需带宽不可接受。
    .actions =
        将 offer 中的 m= 和 a=rtpmap 行与被叫的编解码器列表对比，并查看 606 中的 Warning 代码（304、305、370）。
        在中继或设备上增加共同的编解码器、启用转码，或统一双方的 SRTP 设置。
        不做修改直接重试仍会失败；请先修正媒体配置。FreeSWITCH 记为 INCOMPATIBLE_DESTINATION（88），Asterisk 记为 BEARERCAPABILITY_NOTAVAIL（58）。
    .ui = 双方设备不兼容，呼叫无法接通。
    .impact = 呼叫立即失败，通常没有振铃，主叫听到错误音或“呼叫无法完成”提示音；软电话可能显示媒体或编解码器错误。
    .confirm =
        检查 606 是来自被叫设备，还是来自代表它的 SBC 或网关（Server 头域、源地址）。
        检查被叫有几台设备、是哪一台回了 606：一个 606 就会结束整个呼叫尝试，即使另一台设备本可以接听。
        用只含 G.711 语音的 offer 重新呼叫：如果能接通，被拒的是编解码器、视频或加密设置。
    .asterisk =
        Asterisk 把收到的 606 映射为原因值 58（BEARERCAPABILITY_NOTAVAIL），与 488 相同；对自身的媒体问题它回 488 而不是 606；用 pjsip show endpoint <name> 检查 allow= 和 media_encryption。
    .freeswitch =
        FreeSWITCH 只有在 NOT_ACCEPTABLE 原因下才发送 606，收到的 606 映射为 INCOMPATIBLE_DESTINATION (88)；将其 offer 与 outbound-codec-prefs 或 absolute_codec_string 进行比较。
    .kamailio =
        6xx 会结束分叉：tm 取消其余分支，所以一台设备回 606 就会让本可接听的设备也停止振铃；如果 rtpengine_manage() 或 sdpops 的函数改写了 offer，比较经过代理前后的 offer。
    .opensips =
        6xx 会结束分叉，所以一台设备的 606 会停止其他分支；如果脚本修改了 SDP（codec_delete()、rtpengine_offer()），比较经过代理前后的 offer。

# en: c52a4f34
sip-607 =
    .title = 不需要的呼叫
    .summary = 被叫将此呼叫标记为不需要的呼叫，例如垃圾或骚扰电话（RFC 8197）。该主叫之后再呼叫此被叫，很可能同样被拒，网络还可能把这一标记提供给其呼叫分析或反垃圾系统。
    .causes =
        被叫在振铃时按下了“骚扰电话”或“拒绝此号码”按钮。
        被叫的应用或服务将该主叫号码标记为不需要的来电。
        主叫是被叫已举报过的自动外呼或电话营销来源。
    .actions =
        不要重拨：被叫已主动拒绝该主叫。
        如果主叫是正当用户，请检查主叫号码及其 STIR/SHAKEN 认证等级是否正确，并联系被叫所属运营商。
        FreeSWITCH 将其记为挂机原因 UNWANTED（819），这不是 Q.850 值。
    .ui = 对方不接受来自此号码的呼叫。
    .impact = 呼叫被拒绝，通常发生在振铃时或刚振铃后；主叫听到拒绝音或提示音，之后再呼叫同一个人会被立即拒绝。
    .confirm =
        检查 607 之前是否有振铃：这说明被叫是在来电振铃时进行了举报。
        检查被叫看到的主叫号码（From、P-Asserted-Identity），如果有 Identity 头域，再看其中的 attest 值，确认呼叫是按预期方式呈现的。
        统计该主叫号码近期收到 607 或 608 的次数：在不同被叫中反复出现，说明是号码信誉问题，而不是某个人的选择。
    .asterisk =
        Asterisk 没有 607 的映射，将其报告为原因值 127（INTERWORKING）；HANGUPCAUSE(<channel>,tech) 显示真实的 “SIP 607”。对于呼出呼叫，检查出局 endpoint 的 STIR/SHAKEN 设置（res_stir_shaken）。
    .freeswitch =
        收到的 607 会以 hangup_cause UNWANTED（819，不是 Q.850 值）结束呼叫，FreeSWITCH 对该原因也发送 607；不要让 continue_on_fail 在其他网关上重试 UNWANTED。
    .kamailio =
        原样转发 607，不要据此切换重试（failure_route 中的 t_check_status("607")）；对于自己的呼出呼叫，secsipid 或 stirshaken 模块会添加 Identity 头域，让远端网络能够验证你的主叫号码。
    .opensips =
        $T_reply_code 为 607 时不要切换重试；对于呼出呼叫，stir_shaken 模块的 stir_shaken_auth() 会添加被叫网络要检查的 Identity 头域。

# en: 16844c68
sip-608 =
    .title = 被网络拒绝
    .summary = 拒绝呼叫的不是被叫本人，而是中间节点，通常是网络中的呼叫分析或反垃圾服务（RFC 8688）。被叫根本没有看到这个呼叫。Call-Info 头域可能指向一个 jCard，说明是谁拦截了呼叫以及如何申诉。
    .causes =
        运营商的呼叫分析引擎判定主叫很可能是垃圾电话或欺诈。
        命中了针对主叫号码、号段或呼叫模式的网络拦截规则。
        缺失或较弱的 STIR/SHAKEN 认证导致网络拒绝了呼叫。
    .actions =
        查看 Call-Info 头域（purpose jwscard）以及可能存在的 Reason 头域，找出实施拦截的机构及其联系方式。
        如果呼叫合法，请联系该机构或被叫所属运营商解除拦截，并检查主叫号码和认证。
        不要自动重拨；FreeSWITCH 将 608 映射为 CALL_REJECTED（21），不认识 608 的设备会按 600 处理。
    .ui = 您的呼叫已被网络拦截。
    .impact = 呼叫在被叫话机振铃之前就被拒绝；主叫听到提示音或错误音，有时会附带如何申诉拦截的说明。
    .confirm =
        检查 608 是来自自己的运营商还是被叫的运营商（Via、源地址）：这决定了应联系谁。
        用同一个主叫号码向另一个网络的号码做一次测试呼叫：如果那边能振铃，拦截只存在于被叫的运营商。
        检查被拒 INVITE 离开自己网络时的 Identity 头域和认证级别。
    .asterisk =
        Asterisk 将 608 报告为原因值 127（INTERWORKING）；pjsip set logger on 可以抓到 608 中的 Call-Info 和 Reason 头域，否则拨号方案看不到它们。
    .freeswitch =
        FreeSWITCH 把 608 映射为 CALL_REJECTED (21)，与 603 相同：用 sip_term_status 608 把网络拦截与被叫拒接分开统计。
    .kamailio =
        在 onreply_route 中打印 608 的 $rs 和 $hdr(Call-Info)，保留拦截方的联系方式，并在 failure_route 中把 608 当作最终结果，不要改经其他运营商发送。
    .opensips =
        在 onreply_route 中打印 608 的 $rs 和 $hdr(Call-Info)，保留拦截方的联系方式，并在 failure_route 中把 608 当作最终结果，不要改经其他运营商发送。
