# SIP 响应码 480-494（IANA 注册表；RFC 3261、RFC 3329、RFC 6665）

# en: f5e8d60d
sip-480 =
    .title = 暂时无法接通
    .summary = 请求已到达被叫一侧（其话机、注册服务器或 PBX），但被叫此刻无法接通：未注册、开启了免打扰，或没有可前转的目标。很多运营商和软交换在自身路由或计费出错时也会返回 480，因此务必查看原因短语（reason phrase）以及 Reason、Warning 头域来判断属于哪种情况。
    .causes =
        被叫话机未注册：关机、断网、注册已过期，或在 NAT 后面丢失了注册绑定。
        被叫开启了免打扰，或未接听且没有配置呼叫前转或语音信箱。
        运营商或软交换用 480 表示自身故障，可从原因短语看出，例如 “No money left”、“Invalid Phone Number”、“Empty Route Set”、“Codec Mismatch”。
        PSTN 网关把 ISUP 释放（Q.850 原因值 19、20 或 31）映射为 480；反方向上 480 会被映射为 Q.850 原因值 18。
    .actions =
        先看原因短语和 Reason、Warning 头域：运营商自定义短语通常说明是余额、路由或编解码器问题，而非被叫本身。
        确认是哪一跳生成了该响应（源地址、Server 或 User-Agent 头域）：自己的代理服务器、运营商，还是被叫话机。
        在注册服务器上检查被叫是否有有效的注册绑定（Contact、有效期、NAT 保活）。
        如果被叫只是暂时不在，稍后重拨（遵守 Retry-After），或配置呼叫前转或语音信箱。
    .ui = 您拨打的用户暂时无法接通。
    .impact = 主叫会听到“您拨打的用户暂时无法接通”之类的简短提示音或快忙音，可能立即出现，也可能在振铃一段时间、无应答定时器到期后出现；软电话会显示 “Temporarily unavailable” 或运营商自定义的短语。
    .confirm =
        看 480 在 INVITE 之后多久到达：一秒内到达说明是注册服务器或路由的判断，振铃（180 Ringing）20 到 60 秒后到达说明是无应答定时器到期。
        检查是否有任何临时响应（100、180、183）来自被叫话机本身（看其地址和 User-Agent）；如果一个都没有，请求根本没有到达被叫。
        如有 Reason: Q.850 头域，读取其中的原因值：18、19 或 20 分别表示无用户响应、无应答、用户不在，其他值或只有运营商短语而没有 Reason，则说明是运营商自身故障。
    .asterisk =
        执行 pjsip show contacts 或 pjsip show aor <name>，查看被叫是否有已注册的联系地址，以及 qualify 将其标记为 Avail 还是 Unavail（AOR 上的 qualify_frequency）。
        Asterisk 对原因值 19（用户无应答）、20（用户不在）和 31 自己会回 480，收到的 480 则映射为原因值 19；HANGUPCAUSE(<channel>,tech) 会保留带运营商短语的原始 “SIP 480 ...” 行。
    .freeswitch =
        执行 sofia status profile internal reg 或 sofia_contact <user>@<domain> 查看被叫是否已注册；bridge 到未注册的 user/<ext> 会以 hangup_cause USER_NOT_REGISTERED 结束，FreeSWITCH 对此回 480。
        对网关返回的 480，查看出局腿上的 sip_term_status 和 sip_hangup_phrase：原因变为 NO_USER_RESPONSE (18)，短语保留运营商的原文。
    .kamailio =
        执行 kamctl ul show <aor> 或 kamcmd ul.lookup location <aor> 查看被叫的联系地址；lookup("location") 找不到时由脚本决定回什么，常见的是 404 或 480。
        如果 480 出现在振铃之后，检查 failure_route：fr_inv_timer（或 t_set_fr() 设置的值）到期时 tm 会在本地生成 408，有些脚本会把它改成 480。
    .opensips =
        执行 opensips-cli -x mi ul_show_contact location <aor> 查看被叫的注册绑定；lookup("location") 失败时由脚本决定回什么，常见的是 404 或 480。
        如果 480 出现在振铃之后，检查 fr_inv_timeout（或为本次呼叫设置的 $T_fr_inv_timeout）以及 failure_route，在那里 $T_reply_code 显示是哪个响应码结束了该分支。

# en: 9c3f23aa
sip-481 =
    .title = 呼叫或事务不存在
    .summary = UA 或代理服务器收到的请求（BYE、CANCEL、re-INVITE、UPDATE、NOTIFY、INFO）无法与它所知道的任何对话或事务对应。迟到或重复的消息引起的单个 481 通常无害；但在进行中的呼叫上反复出现 481，说明某一方丢失了呼叫状态。
    .causes =
        BYE 或 CANCEL 在呼叫已经结束或 INVITE 事务已完成之后才到达（挂机竞争、消息交叉）。
        重复的数据包或重传在服务器清除事务之后才到达。
        代理服务器、SBC 或 PBX 重启或切换到备用节点，丢失了对话状态。
        SBC 或 SIP ALG 改写了 Call-ID、tag 或 CSeq，导致对话标识不再匹配。
    .actions =
        将被拒请求的 Call-ID、From tag 和 To tag 与原始 INVITE 及其 200 OK 进行比对。
        如果是 BYE/CANCEL 竞争或重传引起的，无需处理。
        如果出现在进行中的呼叫上（re-INVITE、会话定时器刷新），排查设备重启或主备切换，以及 SBC 或 ALG 对头域的改写；重发同一请求没有用。
    .ui = 该通话已经结束。
    .impact = 大多数情况下察觉不到：与对方挂机交叉的挂机照样能结束通话。若落在进行中的通话上，则保持、恢复或转接失败，通话在会话定时器刷新时掉线，或者一方已挂机而另一方仍显示通话中。
    .confirm =
        检查被拒请求发往何处：其 Request-URI 和 Route 头域必须与 200 OK 中的 Contact 和 Record-Route 一致，被送到其他节点或设备的请求会得到 481。
        核对时间戳：在对方 BYE 或 CANCEL 之后不到一秒出现的 481 只是无害的竞争。
        在发出 481 的节点日志中查找 INVITE 与被拒请求之间是否发生过重启、重新加载配置或主备切换。
    .asterisk =
        pjsip set logger on 可以把被拒请求和该呼叫的 INVITE 放在一起看；Asterisk 自己会对不属于任何已知对话的 BYE 或 CANCEL 回 481。
        core show channels 显示 Asterisk 上该呼叫是否还在，core show uptime 显示是否因重启丢失了对话。
    .freeswitch =
        sofia global siptrace on 可以把被拒请求和建立该对话的 INVITE 放在一起看；uuid_dump <uuid> 显示 FreeSWITCH 上该呼叫是否还在。
        只有在 profile 上设置 track-calls=true 并在之后执行 sofia recover，呼叫才能在重启或主备切换后保留；否则重启后每个对话内请求都会得到 481。
    .kamailio =
        对话内请求必须沿 Record-Route 路由：确认初始 INVITE 调用了 record_route()，re-INVITE 或 BYE 经过 loose_route() 处理；loose_route() 失败而被送到别处的请求会以 481 结束。
        如果启用了 dialog 模块，kamcmd dlg.list 显示代理是否仍在跟踪该呼叫。
    .opensips =
        确认初始 INVITE 调用了 record_route()，对话内请求经过 loose_route()（启用拓扑隐藏时为 topology_hiding_match()），从而到达同一个 UA。
        opensips-cli -x mi dlg_list 显示 dialog 模块是否仍持有该呼叫。

# en: 88d28aa0
sip-482 =
    .title = 检测到环路
    .summary = 代理服务器收到了一个它之前已经转发过的请求（Via 头域中已有它自己的地址），说明请求在服务器之间兜圈子。必须修正路由配置，重新呼叫只会再次形成环路。
    .causes =
        两个系统互相把同一号码路由给对方，例如 PBX 把未分配的 DID 号码送往运营商中继，运营商又立即送回。
        呼叫前转链最终指回原始用户，或用户设置了前转给自己。
        代理服务器的出站代理、静态路由或 DNS SRV 记录指向了它自己。
    .actions =
        查看被拒请求中的 Via 头域，还原请求经过的路径，找到环路闭合的位置。
        检查环路上每一跳的拨号方案、路由表和前转规则；未分配的号码应直接拒绝，而不是送回中继。
        网关向 ISUP 侧上报 482 时使用 Q.850 原因值 25（交换路由错误）。
    .ui = 由于网络路由问题，呼叫无法接通。
    .impact = 呼叫在一两秒内失败，之前往往能看到环路中服务器之间的一阵信令；主叫听到快忙音或“您拨打的号码无法接通”之类的提示音。
    .confirm =
        在疑似环路中的某台服务器上，统计它在那一秒内收到了多少个 Call-ID 相同的 INVITE：超过一个即可确认环路。
        检查多次经过之间 Request-URI 是否变化：不变说明是路由错误，被改写说明是呼叫前转链。
        如果 482 来自终端设备，检查它是否经两条路径收到了同一个 INVITE 两次（Call-ID、From tag 和 CSeq 相同，Via branch 不同）：这是并行分叉后的请求合并，而不是环路，另一份副本已被正常处理。
    .asterisk =
        Asterisk 是背靠背用户代理，经过它的环路表现为不断新建通道：环路持续期间 core show channels 会反复出现同一个号码。
        每次 Dial 都会把通道的 max forwards 计数（拨号方案中的 CHANNEL(max_forwards)）减一，减到 0 时 Dial 拒绝呼出，DIALSTATUS 为 BUSY，日志中出现 “Max forwards exceeded”；该计数从 20 开始，与 SIP 的 Max-Forwards 头域无关，pjsip.conf global 段的 max_forwards（默认 70）只决定发出请求中该头域的值。
    .freeswitch =
        经过 FreeSWITCH 的环路在 show channels 中表现为到同一目的地的呼叫数不断增加；通道变量 max_forwards 在每次 bridge 或转接时递减，减到 0 时呼叫以 EXCHANGE_ROUTING_ERROR 结束。
        从对端收到的 482 会记录为 hangup_cause EXCHANGE_ROUTING_ERROR (25)，sip_term_status 为 482。
    .kamailio =
        在 t_relay() 之前用 xlog() 打印 $ru 和 $du，查看请求从代理发往何处、又从哪里绕回来；request_route 开头的 mf_process_maxfwd_header() 会以 483 终止环路。
        确认该号码的 location、dispatcher 或路由表条目没有指回代理本身，也没有指回送来这个呼叫的对端。
    .opensips =
        每次经过时在 t_relay() 之前用 xlog() 打印 $ru 和 $du，查看请求是从哪里绕回来的。
        如果路由来自 do_routing()（drouting）或 ds_select_dst()（dispatcher），确认选中的网关不是呼叫的来源对端。

# en: 907881fa
sip-483 =
    .title = 跳数过多
    .summary = 代理服务器收到的请求中 Max-Forwards 已减到 0，因此拒绝继续转发。这通常意味着存在路由环路，请求一直转到计数耗尽，或者代理服务器链过长而初始值设得过低。
    .causes =
        服务器之间存在路由环路且未启用环路检测，请求来回转发直到 Max-Forwards 耗尽。
        发起方 UA、SBC 或 B2BUA 设置的 Max-Forwards 太小（如 5 或 10），不够路径上的跳数。
        多个 B2BUA 串联，每个都把已经递减的 Max-Forwards 复制到出局侧。
    .actions =
        检查原始请求中的 Max-Forwards（常见初始值为 70），并数一数被拒请求中的 Via 条目。
        如果同一批服务器多次出现，按 482 的方法消除路由环路。
        如果路径本身合理，在 UA 或 SBC 上调高 Max-Forwards 初始值；不做修改直接重试结果相同。
    .ui = 由于网络路由问题，呼叫无法接通。
    .impact = 呼叫几乎立即失败，主叫听到快忙音或错误提示音；如果背后是环路，请求绕圈期间可能要过几秒才失败。
    .confirm =
        在信令抓包中逐跳跟踪 Max-Forwards 的值（尽量在每条腿上抓包），记下哪一跳减少超过 1 或被重置为很小的值。
        找出生成 483 的服务器（Server 头域、源地址）：计数器在那里耗尽，但问题不一定从那里开始。
        如果路径上有 B2BUA，比较每个 B2BUA 呼入腿和呼出腿上的 Max-Forwards，找出是谁把已经递减的值继续带下去。
    .asterisk =
        CHANNEL(max_forwards) 显示 Asterisk 为该呼叫维护的计数；每次 Dial 减一，减到 0 时 Dial 拒绝呼出，DIALSTATUS 为 BUSY，日志中出现 “Max forwards exceeded”。
        该计数从 20 开始，与 SIP 头域无关：pjsip.conf global 段的 max_forwards（默认 70）只决定 Asterisk 发出请求中的 Max-Forwards 值；收到的 483 会映射为原因值 19（用户无应答），因此要在 HANGUPCAUSE(<channel>,tech) 中查看真实响应码。
    .freeswitch =
        FreeSWITCH 把呼入的 Max-Forwards 保存在通道变量 max_forwards 中，每建立一条出局腿或转接一次就减一；减到 0 时呼叫以 EXCHANGE_ROUTING_ERROR 结束，FreeSWITCH 对此回 483。
        uuid_dump <uuid> 显示呼叫到达时带的值；在 bridge 之前于拨号方案中设置 max_forwards，可以改变出局 INVITE 中的值。
    .kamailio =
        标准 kamailio.cfg 在 mf_process_maxfwd_header() 失败，即收到的 Max-Forwards 已经为 0 时，回 483 “Too Many Hops”；函数参数只在请求没有该头域时使用。
        maxfwd 模块参数 max_limit 限制向下传递的值，设得过小会缩短所有路径。
    .opensips =
        标准 opensips.cfg 在 mf_process_maxfwd_header() 失败（收到的 Max-Forwards 已经为 0）时回 483 “Too Many Hops”。
        maxfwd 模块参数 max_limit 限制向下传递的值，设得过小会缩短所有路径。

# en: 7f98d9bb
sip-484 =
    .title = 号码不完整
    .summary = 服务器识别出了所拨号码的开头部分，但还需要更多位数才能进行路由。这是 SIP 中的重叠发码（overlap dialling）方式：网关或话机可以先发送已收集的号码，每收到一次 484 再补发后续号码。
    .causes =
        主叫拨的位数不够（缺少区号、出局字冠或分机号码）。
        话机的拨号规则或位间定时器在拨号完成前就发出了号码。
        PBX 或 SBC 上的号码规整规则删掉了 Request-URI 中的部分号码。
        PSTN 网关收到 Q.850 原因值 28（无效的号码格式）并将其映射为 484。
    .actions =
        将 Request-URI 的用户部分与下一跳要求的完整号码格式（E.164、国内格式或内部号码）进行对比。
        调整话机的拨号规则或位间超时，或 PBX、SBC 上的号码变换规则。
        如果本来就采用重叠发码，确认发送方会补发号码并重试；否则需要主叫拨打完整号码。
    .ui = 您拨打的号码不完整，请核对后重拨。
    .impact = 主叫听到快忙音或“号码不完整”之类的提示音，常常在拨完最后一位后立刻出现；有些话机会在用户还没拨完时就把呼叫发出去。
    .confirm =
        将 Request-URI 用户部分的数字与主叫实际按下的数字（话机通话记录或拨号规则调试信息）对比，判断数字是在话机上还是后面的环节丢失的。
        检查最后一次按键到发出 INVITE 之间的时间：位间超时过短会在用户还在拨号时就把号码发出去。
        找到回 484 的那一跳，查看它对该目的地的号码长度或前缀规则。
    .asterisk =
        在 allow_overlap=yes（默认）时，如果拨打的号码只是上下文中某个分机号的开头，chan_pjsip 会回 484；dialplan show <number>@<context> 显示哪些模式匹配。
        对从不使用重叠拨号的 endpoint 设置 allow_overlap=no，这样未知前缀会得到 404。
    .freeswitch =
        FreeSWITCH 对 INVALID_NUMBER_FORMAT 回 484，对 INVALID_GATEWAY 和 INVALID_URL 也回 484，所以 bridge 到拼错名字的网关同样会产生 484：检查日志中的 hangup_cause 和拨号串。
        网关返回的 484 会变为 INVALID_NUMBER_FORMAT (28)，出局腿上 sip_term_status 为 484。
    .kamailio =
        如果 484 是代理自己发的，在脚本中找出检查 $rU 长度或前缀的 sl_send_reply("484", ...) 或 send_reply("484", ...) 分支；在 t_relay() 之前打印 $rU，查看离开代理时有几位数字。
        收到网关的 484 时，在 failure_route 中用 t_check_status("484") 可以直接结束呼叫，而不是把同样的短号码送往下一条路由。
    .opensips =
        如果 OpenSIPS 会改写号码（dialplan 模块的 dp_translate()，或 drouting 的前缀删除），在改写前后打印 $rU：删多了位数的规则会导致下一跳回 484。
        在 failure_route 中，$T_reply_code 为 484 表示号码位数不足；不要原样转到下一个网关。

# en: 0c7dafc3
sip-485 =
    .title = 地址不明确
    .summary = Request-URI 同时匹配多个可能的目的地，服务器无法决定把请求送往哪里。响应中可能会在 Contact 头域里列出候选地址；与 3xx 重定向不同，需要由人来做选择。
    .causes =
        按姓名拨号或目录查询匹配到了多个用户。
        缩位号码或短号与拨号方案中的多个条目重叠。
        服务器上同一个别名或号码被分配给了多个账号。
    .actions =
        查看响应中的 Contact 头域：其中列出了可能的目的地，主叫可以从中选择一个重新拨打。
        检查拨号方案和目录中重叠的短号或重复的别名，确保每个标识唯一。
        对同一地址重试结果不变；网关向 ISUP 侧上报时使用 Q.850 原因值 1（未分配的号码）。
    .ui = 您拨打的号码或姓名对应多个联系人，请输入更具体的号码或姓名。
    .impact = 呼叫立即失败，主叫听到错误音或“号码或名称不唯一”之类的提示音；被叫话机不会振铃。
    .confirm =
        检查 485 是否带有 Contact 头域以及有几个：每一个都是服务器匹配到的候选目标。
        在应答服务器的拨号规则和通讯录中查找所拨字符串（短号、别名或姓名），列出它匹配到的所有条目。
        用完整号码或完整 URI 呼叫想找的人：如果能接通，问题出在缩略地址上，而不是被叫本身。
    .asterisk =
        Asterisk 的拨号方案从不自己发 485，收到的 485 会映射为原因值 1（UNALLOCATED），看起来就像空号；HANGUPCAUSE(<channel>,tech) 会保留真实的 “SIP 485” 行。
        pjsip set logger on 可以抓到 485 及其 Contact 列表，以便把候选目标提供给主叫。
    .freeswitch =
        收到的 485 会以 NO_ROUTE_DESTINATION (3) 结束该腿，在 CDR 中看起来像空号；用 sip_term_status 485 和 sip_hangup_phrase 可以区分两者。
        sofia global siptrace on 可以看到 485 中的 Contact 头域。
    .kamailio =
        Kamailio 的模块通常不会自己回 485，它来自代理后面的 PBX 或通讯录服务。对转发回来的 485，在 failure_route 中用 t_check_status("485") 让脚本停止，而不是再尝试其他目的地，因为它们看到的是同一个有歧义的地址。
    .opensips =
        OpenSIPS 的模块通常不会自己回 485，它来自代理后面的 PBX 或通讯录服务。在 failure_route 中，$T_reply_code 为 485 时应结束呼叫，而不是切换到其他目的地。

# en: 4a23dcc1
sip-486 =
    .title = 被叫忙
    .summary = 已联系到被叫的终端，但它此刻无法再接听新的呼叫。主叫稍后再拨，或通过其他终端（语音信箱、其他话机）仍可能接通。
    .causes =
        被叫正在通话，且未开启呼叫等待或等待线路已满。
        被叫在话机上按了拒接。
        PBX 或中继组报告该用户的所有通道都在使用中。
        PSTN 网关从 ISUP 侧收到了 Q.850 原因值 17（用户忙）。
    .actions =
        这是呼叫的正常结果，并非故障。
        稍后重拨；如果响应带有 Retry-After，请遵守其时间。
        如果拨打该号码总是忙，检查被叫话机是否未挂好，或其并发通道上限是否设置过低。
    .ui = 对方正忙。
    .impact = 主叫听到忙音（有些网络是“用户正忙”的提示音），可能在拨号后立即出现，也可能在被叫按下拒接后、短暂振铃之后出现。
    .confirm =
        检查 486 是来自被叫话机（其 User-Agent 和地址），还是来自它前面的 PBX 或网关。
        看之前是否有 180 Ringing：振铃后的 486 表示被叫拒接，没有振铃的 486 表示线路或通道数上限已被占满。
        在被叫的 PBX 或话机上查看呼叫发生时的活动通话以及呼叫等待或通道数上限。
    .asterisk =
        拨号方案执行 Busy() 或 Dial 以 DIALSTATUS BUSY 结束时，Asterisk 回 486；core show channels 显示被叫当时是否真的在通话。
        endpoint 上的 device_state_busy_at 只改变 BLF 和队列看到的设备状态；每个用户真正的呼叫数限制来自拨号方案（例如 GROUP_COUNT）或话机本身。
    .freeswitch =
        收到的 486 表现为 hangup_cause USER_BUSY (17)，sip_term_status 为 486；FreeSWITCH 自己对 USER_BUSY 也回 486，例如拨号方案中的 respond 486。
        设置 continue_on_fail（例如 USER_BUSY,NO_ANSWER），让 bridge 遇忙后拨号方案继续执行，转到语音信箱。
    .kamailio =
        并行分叉时，只有在没有任何分支给出更好的响应时，tm 才会把 486 往上游转发；failure_route 中的 t_check_status("486") 是把呼叫转到语音信箱的常用位置。
    .opensips =
        在 failure_route 中，用 t_check_status("486") 或 $T_reply_code 486 可以把遇忙呼叫转到语音信箱；opensips-cli -x mi ul_show_contact location <aor> 显示呼叫分叉到了几台设备。

# en: 49a44918
sip-487 =
    .title = 请求已终止
    .summary = INVITE（或其他尚未完成的请求）因收到针对它的 CANCEL 或 BYE 而在完成前被终止。实际上这几乎总是表示主叫在被叫应答前挂机，或者分叉代理在某个终端应答后取消了其余分支。
    .causes =
        被叫振铃期间主叫挂机。
        同振或寻线组：另一台终端已应答，代理服务器取消了其余分支（通常带有 Reason: SIP;cause=200;text="Call completed elsewhere"）。
        PBX、排队系统或自动外呼系统的无应答定时器到时，发送了 CANCEL。
        主叫侧因自身超时放弃了这条路由，并切换到另一条中继。
    .actions =
        这是正常结果而非故障，也无需重试；FreeSWITCH 将其记录为 ORIGINATOR_CANCEL。
        如果呼叫在振铃中被切断，找出是哪一方发送了 CANCEL 及其原因：查看它的 Reason 头域，以及 PBX、排队系统或外呼系统的振铃或无应答定时器。
        大量呼叫仅振铃一两秒就收到 487，说明主叫侧或运营商的超时设置过短。
    .ui = 呼叫已取消。
    .impact = 通常没有异常：主叫在振铃时自己挂了机。如果是系统取消的呼叫，振铃会在固定时长后停止、呼叫结束，被叫话机上留下一个未接来电。
    .confirm =
        把 487 与 Call-ID 和 CSeq 序号相同的 CANCEL 对应起来，查看该 CANCEL 的源地址：主叫话机、PBX 或队列，还是做分叉的代理。
        测量 INVITE 与 CANCEL 之间的时间：每次呼叫都是同一个值（例如正好 30 或 60 秒）说明是定时器，而不是用户挂机。
        在被叫一侧检查是否有与 CANCEL 交叉的 200 OK：如果被叫恰好在同一时刻应答，被叫会看到一个接起即断的呼叫。
    .asterisk =
        Dial() 的超时（第二个参数）或 Queue 的超时会让 Asterisk 发出 CANCEL，被叫侧回 487；DIALSTATUS 为 NOANSWER 还是 CANCEL 可以区分是定时器还是主叫结束了这次尝试。
        收到的 487 在 Asterisk 中映射为原因值 127；pjsip set logger on 显示是哪一方发出的 CANCEL。
    .freeswitch =
        sip_hangup_disposition 为 recv_cancel 表示主叫取消，为 send_cancel 表示 FreeSWITCH 取消；此时 hangup_cause 为 ORIGINATOR_CANCEL。
        如果呼叫总在固定的振铃时长后被取消，检查拨号方案或拨号串中的 call_timeout、originate_timeout 或 leg_timeout。
    .kamailio =
        分支振铃时 fr_inv_timer（或本次呼叫的 t_set_fr()）到期，tm 会取消该分支：被叫回 487，主叫收到本地生成的 408。把振铃时长与这个定时器比较一下。
        在 failure_route 中，t_is_canceled() 可以识别主叫发出的 CANCEL，避免把这类呼叫送到语音信箱；另一分支应答后被取消的并行分支回的 487 属于正常现象，不会转发给上游。
    .opensips =
        fr_inv_timeout（或本次呼叫设置的 $T_fr_inv_timeout）到期时，tm 会取消正在振铃的分支：被叫回 487，主叫收到本地生成的 408。
        在 failure_route 中，t_was_cancelled() 可以识别主叫发出的 CANCEL，避免把已取消的呼叫送到语音信箱或其他网关。

# en: 27634420
sip-488 =
    .title = 此处不可接受
    .summary = 被叫（或其前面的网关、SBC）无法接受 SDP offer 所描述的会话：所提供的编解码器、媒体类型或传输参数在该目的地都不可用。带 3xx 警告码的 Warning 头域通常会指出具体被拒绝的内容；同一呼叫换一个终端仍可能成功。
    .causes =
        没有共同的编解码器，例如 offer 中只有 G.729 或 Opus，而对端只接受 G.711（厂商短语 “Codec Mismatch”）。
        媒体加密不一致：offer 使用 SRTP（RTP/SAVP）而对端要求普通 RTP（RTP/AVP），或者相反，或 DTLS-SRTP 与 SDES 密钥不匹配。
        不支持的 SDP 参数：ptime 或 maxptime、DTMF 载荷（telephone-event）、T.38 传真、视频，或地址族（向仅支持 IPv4 的一方提供 IPv6）。
        SBC 策略限制，例如拒绝 RFC 1918 私网范围内的媒体地址（厂商短语 “Private IP Address”）。
    .actions =
        将 offer 中的 m= 和 a=rtpmap 行与对端已启用的编解码器进行比对，并查看 Warning 头域中的警告码（304 媒体类型、305 媒体格式、306 属性、370 带宽、399 厂商文本）。
        统一中继两侧的编解码器列表和 SRTP 设置，或在 SBC、媒体网关上启用转码。
        如果 offer 中是私网地址或地址族不对，修正 NAT 处理或 SDP 地址改写。
        重发同样的 offer 仍会被拒；RFC 3398 允许网关根据 Warning 头域中的警告码选择 Q.850 原因值，但 FreeSWITCH 和 Asterisk 使用固定值（88 和 58）。
    .ui = 对方不支持此类通话，呼叫无法接通。
    .impact = 呼叫在拨号后立即失败，通常没有振铃，主叫听到快忙音或“呼叫无法完成”的提示音；软电话可能显示 “Not acceptable here” 或编解码器错误。
    .confirm =
        把 offer 中的编解码器（m= 和 a=rtpmap 行）与回 488 的设备上启用的编解码器并排列出，找出共同项：共同项为空即确认编解码器不匹配。
        把 m= 行中的传输协议（RTP/AVP、RTP/SAVP、UDP/TLS/RTP/SAVPF）以及 a=crypto 或 a=fingerprint 行与对端的加密设置进行核对。
        检查 488 是来自远端设备还是中间的 SBC（Server 头域、源地址）；SBC 按策略拒绝时，往往会在 Warning 399 的文本中写明自己。
    .asterisk =
        pjsip show endpoint <name> 列出 allow= 编解码器和 media_encryption；如果 offer 中没有该 endpoint 的任何编解码器，Asterisk 回 488，core show translation 显示能否在两条腿之间转码。
        收到的 488 映射为原因值 58（BEARERCAPABILITY_NOTAVAIL）；一方提供 RTP/SAVP 时，比较两个 endpoint 的 media_encryption（no、sdes、dtls）。
    .freeswitch =
        profile 上的 inbound-codec-prefs 和 outbound-codec-prefs，或通道上的 absolute_codec_string，决定 FreeSWITCH 接受和提供哪些编解码器；开启 inbound-late-negotiation 时，拨号方案还能在应答前进行调整。
        收到或发出的 488 对应 INCOMPATIBLE_DESTINATION (88)；涉及 SRTP 时检查 rtp_secure_media。
    .kamailio =
        Kamailio 不做媒体协商，但可能修改 offer：确认 sdpops 的调用（如 sdp_remove_codecs_by_name()）以及 rtpengine_offer()、rtpengine_manage() 的标志（RTP/AVP、RTP/SAVP）没有删掉最后一个共同编解码器，也没有改变传输协议。
        通过抓包（siptrace 或 sipdump 模块）比较代理收到和发出的 SDP，判断 488 针对的是原始 offer 还是修改后的 offer。
    .opensips =
        检查脚本是否修改 SDP（sipmsgops 的 codec_delete() 或 codec_move_up()，rtpengine_offer() 或 rtpproxy_offer() 的标志），并通过抓包比较经过代理前后的 offer。
        在 failure_route 中，$T_reply_code 为 488 时可以改走能转码的网关，而不是再发送同样的 offer。

# en: 2f515b3f
sip-489 =
    .title = 事件包无效
    .summary = SUBSCRIBE、NOTIFY 或 PUBLISH 在 Event 头域中指定了接收方不支持的事件包，因此被拒绝（RFC 6665）。响应通常会在 Allow-Events 头域中列出接收方支持的事件包。
    .causes =
        话机订阅了服务器不提供的事件包，例如 presence、dialog（BLF）、message-summary（语音信箱指示）或 ua-profile（自动配置）。
        PBX 上该账号未启用相应功能：忙灯（BLF）、在线状态或语音信箱通知。
        事件名拼写错误或为厂商私有，或收到了带有未知事件的非请求 NOTIFY（如 check-sync、talk）。
    .actions =
        查看请求的 Event 头域和响应的 Allow-Events 头域，确认支持哪些事件包。
        在服务器上启用对应功能（presence/BLF、MWI、自动配置），或在话机配置中取消该订阅。
        配置修改前重试没有意义；普通语音呼叫不受影响。
    .ui = 此功能暂不可用。
    .impact = 不影响通话；而是某个话机功能悄无声息地失效：BLF 按键不亮、语音信箱指示灯从不亮起，或在线状态显示所有人都离线。有些话机会在日志中记录订阅错误。
    .confirm =
        在信令抓包中筛选收到 489 的 SUBSCRIBE 和 PUBLISH 请求，记下同一部话机哪些 Event 值失败、哪些成功。
        检查失败订阅的 Request-URI：指向错误分机号或指向不支持该事件包的服务器的 BLF 按键就会这样失败。
        把失败的订阅对应到产生它的话机设置（BLF 按键、语音信箱或 MWI 订阅、在线状态列表、自动配置）。
    .asterisk =
        没有任何模块处理该事件时，Asterisk 回 489，并在日志中写 “No registered subscribe handler for event”；module show like res_pjsip 显示 res_pjsip_exten_state（presence、dialog）、res_pjsip_mwi（message-summary）和 res_pjsip_pubsub 是否已加载。
        endpoint 需要 allow_subscribe=yes，BLF 还需要在拨号方案中为该分机配置 hint（core show hints）。
    .freeswitch =
        presence 和 BLF（dialog）订阅需要 profile 上设置 manage-presence=true；message-summary 需要 mod_voicemail（module_exists mod_voicemail）。
        sofia global siptrace on 显示话机请求的是哪个 Event，以及 FreeSWITCH 如何应答。
    .kamailio =
        对于任何已加载模块都没有注册的事件，presence 模块回 489 “Bad Event”：presence 需要加载 presence_xml，dialog 需要 presence_dialoginfo，message-summary 需要 presence_mwi，并把 SUBSCRIBE 交给 handle_subscribe() 处理。
        如果 SUBSCRIBE 被转发给 PBX，489 来自 PBX；检查脚本中哪个分支处理 is_method("SUBSCRIBE")。
    .opensips =
        对于已加载模块都没有注册的事件，presence 模块回 489 “Bad Event”：按需加载 presence_xml、presence_dialoginfo 或 presence_mwi，并对 SUBSCRIBE 调用 handle_subscribe()。
        如果 SUBSCRIBE 被转发给 PBX，489 来自 PBX。

# en: 59940fce
sip-491 =
    .title = 请求待处理
    .summary = 接收方仍在处理同一对话中的上一个请求（通常是 re-INVITE 或 UPDATE），为避免两个相互冲突的会话修改而拒绝了新请求。这就是典型的“glare”冲突：双方同时试图修改会话；按照 RFC 3261 §14.1，发送方应在随机延时后重试。
    .causes =
        双方终端同时发送了 re-INVITE（保持或恢复、更换编解码器、呼叫转接）。
        会话定时器刷新与对方的保持或媒体更新撞在了一起。
        SBC 或 B2BUA 在终端发送 re-INVITE 的同时也发出了自己的 re-INVITE。
    .actions =
        通常会自行恢复：生成 Call-ID 的一方随机等待 2.1 至 4 秒，另一方等待 0 至 2 秒，然后重发。
        在信令跟踪中找出两个交叉的请求（双向的 re-INVITE 或 UPDATE，事务时间重叠）。
        如果 491 反复出现或呼叫掉线，确认双方确实实现了重试定时器，并减少不必要的 re-INVITE（会话定时器间隔、SBC 媒体刷新）。
    .ui = 正在更新通话，请稍候。
    .impact = 通常只是在保持、恢复或转接时停顿几秒；如果一直没有重试，保持或转接会失败，或者通话掉线。
    .confirm =
        核对两个交叉的 re-INVITE 或 UPDATE 请求的 CSeq 序号和时间：只有两者在同一时刻都未完成，才是真正的 glare。
        确认收到 491 的一方在随机等待后重发（如果 Call-ID 是它生成的，等待 2.1 到 4 秒，否则最多 2 秒），并且重试成功。
        如果 491 反复出现，比较每个 re-INVITE 的触发原因（会话刷新、保持、direct media、SBC 媒体更新），找出不断触发的来源。
    .asterisk =
        Asterisk 收到 491 后会自己重试 re-INVITE；频繁的 glare 通常来自 direct_media=yes（应答后 Asterisk 会向两条腿发 re-INVITE）或会话定时器（timers=、timers_sess_expires）。
        pjsip set logger on 显示是谁的 re-INVITE 被拒，以及重试是否发出。
    .freeswitch =
        查找 FreeSWITCH 自己发起的 re-INVITE：会话定时器（profile 上的 enable-timer 和 session-timeout）以及 bypass_media 等媒体模式切换。
        sofia global siptrace on 显示交叉的请求以及重试是否发出。

# en: 93aece75
sip-493 =
    .title = 无法解密
    .summary = 接收方 UA 收到的请求消息体经过 S/MIME 加密，但它没有或不愿使用解密所需的密钥。响应中可能附带接收方的公钥，供发送方正确加密。实际中很少见，因为 SIP 网络几乎不部署 S/MIME。
    .causes =
        消息体用错了证书加密，或使用了接收方已不再持有的密钥（证书过期或已更换）。
        接收方根本不支持 S/MIME，或其策略禁止解密消息体。
        发送方对并不期望加密的对端开启了 S/MIME 加密。
    .actions =
        核对 Content-Type（application/pkcs7-mime）以及发送方所用证书是否与接收方当前证书一致。
        如果响应中带有公钥，在发送方安装对应的证书后重新发送请求。
        如果不需要加密，在发送方 UA 上关闭 S/MIME；不做修改直接重发结果相同。
    .ui = 由于安全问题，呼叫无法建立。
    .impact = 请求在振铃前就失败：加密的 INVITE 会让主叫听到错误音或提示音，加密的 MESSAGE 会显示为未送达。
    .confirm =
        如果 493 的消息体中带有证书，把它取出来，将其 subject 和有效期与发送方加密时使用的证书进行比较。
        比较发送方和接收方抓包中的 Content-Length 和消息体：途中被改动过的消息体同样无法解密。
        检查同一发送方发给其他接收方的加密请求是否成功，以区分是发送方的整体设置问题还是某一张证书过期。

# en: fe6a04a6
sip-494 =
    .title = 需要安全协商
    .summary = 服务器要求客户端先按照 RFC 3329（sec-agree，例如 ipsec-3gpp、tls 或 digest）协商安全机制，然后才接受请求，并在 Security-Server 头域中列出它提供的机制。多见于 IMS 和 VoLTE 网络中的 P-CSCF，通常出现在 REGISTER 的响应中。
    .causes =
        首个 REGISTER 携带了 Security-Client 和 Require: sec-agree，服务器回复自己的 Security-Server 列表以开始协商。
        后续请求中的 Security-Verify 头域与服务器提供的不一致（被 SBC 或 ALG 改写，或安全联盟已过期）。
        客户端不支持服务器要求的任何机制，或其 IPsec 参数（算法、SPI、受保护端口）不兼容。
    .actions =
        在首次交互中这是正常步骤：客户端从 Security-Server 中选择一种机制，建立安全联盟，再带上 Security-Verify 重发请求。
        如果反复出现，对比整个跟踪中的 Security-Client、Security-Server 和 Security-Verify，确认没有 SBC 或 ALG 删除或改写它们。
        将设备的 IMS/VoLTE 设置（是否启用 IPsec、支持的算法）与 P-CSCF 的要求进行核对；不修改配置重试不会有帮助。
    .ui = 您的话机无法与服务建立安全连接。
    .impact = 设备或中继无法注册：VoLTE 或 Wi-Fi 通话图标不出现，或者 SIP 账号一直离线，呼叫立即失败。
    .confirm =
        检查第一个 REGISTER 是否带有 Require: sec-agree、Proxy-Require: sec-agree 和 Security-Client，以及 494（或 401）中是否带有 Security-Server。
        确认下一个 REGISTER 带有与 Security-Server 取值完全一致的 Security-Verify，并且发往其中指定的受保护端口（port-s、port-c）。
        使用 ipsec-3gpp 时，查看设备或 P-CSCF 上的安全关联（spi-c、spi-s、算法），以及受保护端口上到底有没有收到报文。
    .asterisk =
        对要求 RFC 3329 协商的中继（部分运营商使用的 mediasec 变体），较新的 Asterisk 版本在 registration 和 endpoint 上提供 security_negotiation=mediasec 和 security_mechanisms；pjsip set logger on 显示是否发送了 Security-Client 和 Security-Verify。
    .kamailio =
        Kamailio 作为 P-CSCF 时，IPsec 安全关联由 ims_ipsec_pcscf 模块（ipsec_create()、ipsec_forward()）建立；从它的日志可以看出关联为何没有建立。
        如果只是 IMS 核心网前面的普通代理，确认脚本没有删除 Security-Client、Security-Server 或 Security-Verify（remove_hf()）。
    .opensips =
        在设备与 P-CSCF 之间，OpenSIPS 必须原样转发 Security-Client、Security-Server、Security-Verify 以及 Require 和 Proxy-Require: sec-agree 头域；检查脚本中是否有针对这些头域的 remove_hf() 调用。
