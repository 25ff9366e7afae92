# Siemens / Gigaset IP DECT 话机：手柄上显示的 VoIP 状态码（第 1 部分：0x31 至 0x488）。
# 0x 加 SIP 码表示话机从运营商收到的 SIP 响应（十进制：0x480 即 SIP 480）。
# 0x31、0x33、0x34 是设备本身的配置错误。

# en: 808b56a2
gigaset-0x31 =
    .title = 0x31：未配置域名
    .summary = 这是话机本身的配置错误，不是运营商的响应：基站上的 IP 连接没有填写域名（运营商的 SIP 域或服务器名），话机无法构造 SIP 地址，因此不会向网络发送任何请求。SIP 协议中没有这个码，它是 Gigaset 的内部代码。
    .causes =
        手动配置账号时“域名”字段留空。
        未加载运营商配置文件，或配置文件没有填入域名。
        基站恢复了出厂设置，账号数据已丢失。
    .actions =
        打开基站的 Web 配置界面，进入 IP 电话账号（连接）设置，按运营商提供的账号资料填写域名。
        同时检查代理服务器、注册服务器和出站代理字段；很多运营商这三项都使用该域名。
        保存后确认连接已注册，再重新拨打；不修正设置，重试仍会出现同样的代码。
    .ui = 此电话线路尚未完全设置，请检查账号设置。
    .impact = 呼叫根本没有离开基站：拨号后手柄立即显示 0x31 并发出错误提示音，听不到回铃；由于该连接无法注册，打给这条线路的来电也不会到达。
    .confirm =
        在 Web 配置界面打开 Settings > Telephony > Connections，确认本次呼叫所用连接的“域名”字段为空。
        在 Web 配置界面的 Status 页面查看该连接的状态；没有域名的连接永远不会显示为已注册。
        将连接设置与运营商的账号资料逐项对比，找出缺少的服务器字段（域名、代理、注册服务器、出站代理）。

# en: e822be51
gigaset-0x33 =
    .title = 0x33：未配置 SIP 用户名
    .summary = 这是话机本身的配置错误，不是运营商的响应：本次呼叫所用的连接在基站上没有 SIP 用户名（认证名）。如果拨号时带了线路后缀，而该后缀对应的连接在基站上并未设置账号，也会出现此代码。
    .causes =
        IP 连接的认证名（SIP 用户名）为空。
        拨号时使用的线路后缀指向一个从未配置的连接。
        手柄的外呼（发送）连接被分配到了未配置的连接上。
    .actions =
        在 Web 配置界面打开 IP 连接设置，按运营商给出的内容准确填写认证名和用户名。
        如果使用了线路后缀，请去掉后缀或改用已配置连接的后缀，或者把缺少的连接配置好。
        检查每个手柄分配的外呼连接，避免呼叫从空连接发出。
    .ui = 此线路尚未设置账号，请检查设置。
    .impact = 拨号后手柄立即显示 0x33，呼叫没有发出；如果拨号时带了线路后缀，只有带该后缀的呼叫失败，正常拨号仍然可用。
    .confirm =
        在 Web 配置界面打开本次呼叫选用的连接，检查认证名和用户名是否为空。
        打开 Settings > Telephony > Number Assignment，查看该手柄外呼使用的是哪个连接。
        如果拨号时带了线路后缀，查明该后缀选中的是哪个连接，以及这个连接是否配置过。

# en: f8d6aae8
gigaset-0x34 =
    .title = 0x34：未配置 SIP 密码
    .summary = 这是话机本身的配置错误，不是运营商的响应：基站上的 IP 连接有用户名但没有 SIP 密码（认证密码），话机无法响应运营商的认证质询。如果密码已填写但不正确，显示的会是 0x401 或 0x407。
    .causes =
        配置时认证密码字段留空。
        恢复出厂设置或未完成的设置向导清除了密码。
    .actions =
        在 Web 配置界面的 IP 电话账号设置中填写该连接的认证密码。
        如果不知道密码，请向运营商索取（用户自助门户或开户资料），话机里无法找回。
        保存后先确认连接已注册，再重新拨打。
    .ui = 此线路缺少密码，请检查设置。
    .impact = 拨号时手柄显示 0x34，呼叫没有发出；该连接一直未注册，因此也无法接听来电。
    .confirm =
        在 Web 配置界面打开该连接的设置，检查认证密码是否缺失；该字段是隐藏显示的，如有疑问请重新输入。
        在 Web 配置界面的 Status 页面查看连接状态；没有密码时连接不会注册。
        如果同一账号在其他设备上能用，说明问题只在这台基站的设置上。

# en: f3e4be5d
gigaset-0x300 =
    .title = 0x300：多个选择
    .summary = 话机从运营商收到了 SIP 300：被叫可以通过多个地址联系到，响应的 Contact 头域列出了这些地址，由主叫选择其一。家用 VoIP 线路上很少见，因为大多数运营商会自行做出选择。
    .causes =
        被叫有多个号码或终端，运营商返回列表，而不是同时振铃。
        重定向服务器或号码查询服务返回了备选目标。
    .actions =
        在呼叫的 SIP 抓包中查看 Contact 头域，了解提供了哪些地址。
        话机是否会自动尝试这些地址取决于型号和固件；如果呼叫失败，请直接拨打其中一个号码。
        如果普通呼叫也经常收到此响应，请询问运营商为何重定向而不是直接路由。
    .ui = 对方有多个号码可供联系。
    .impact = 呼叫不会振铃，而是立即结束，手柄显示 0x300；视固件而定，话机可能列出返回的号码供选择。
    .confirm =
        在 SIP 抓包（在 PBX 或运营商一侧抓取，或对基站的 LAN 口做端口镜像）中找到对话机 INVITE 的 300 响应，查看其 Contact 头域，每一个都是备选地址。
        检查话机随后是否向其中某个地址发送了新的 INVITE，以及该 INVITE 收到的最终响应。
        在 PBX 或运营商一侧查明是哪条规则或哪项业务产生了 300（跟随、号码查询、重定向服务器）。
    .kamailio =
        脚本用 sl_send_reply() 或 t_reply() 发送 3xx 时，会把当前目标集（由 lookup() 或 append_branch() 添加的分支）列为 Contact 头域；查明是哪个路由发送了 300 以及其中有哪些分支。
        如果希望由代理而不是话机去尝试这些备选地址，可在 failure_route 中调用 uac_redirect 模块的 get_redirects()。
    .opensips =
        用 sl_send_reply() 或 t_reply() 发送的 3xx 会把当前分支作为 Contact 头域；在 onreply_route 中记录 $rs 和 $si，判断 300 是否来自下游。
        在 failure_route 中调用 uac_redirect 模块的 get_redirects()，可让 OpenSIPS 自己尝试这些备选地址。

# en: e82f11d2
gigaset-0x301 =
    .title = 0x301：永久迁移
    .summary = 话机从运营商收到了 SIP 301：所拨地址已永久失效，新地址在响应的 Contact 头域中。据手册说明，话机随后会改拨新地址，不再使用旧地址。
    .causes =
        被叫更换了号码或运营商，并登记了永久前转地址。
        运营商把旧号码或已停用的号码指向新号码。
    .actions =
        这并非故障；用抓包中 Contact 头域里的新号码更新电话簿。
        如果您自己的号码被意外前转，请在运营商的自助门户中检查永久呼叫前转设置。
        如果改拨新地址后仍失败，那次呼叫会有自己的状态码，请以它为准排查。
    .ui = 该号码已变更，正在为您转接…
    .impact = 主叫可能只察觉到短暂停顿，话机随即重拨新地址；手柄显示 0x301，如果后续呼叫失败，则显示该呼叫自己的代码。
    .confirm =
        在 SIP 抓包中找到 301，记下其 Contact 头域中的新地址。
        确认话机向该地址发送了新的 INVITE，并查看其最终响应。
        如果被重定向的是您自己的号码，请在运营商用户门户或 PBX 上检查无条件前转设置。
    .kamailio =
        Kamailio 代理发出的 301 来自脚本中的 sl_send_reply() 或 t_reply()，目标集会作为 Contact 带出；在路由脚本中找到这条应答以及设置新目标的规则。
    .opensips =
        OpenSIPS 的 301 来自脚本中的 sl_send_reply() 或 t_reply()，分支作为 Contact 带出；在 onreply_route 中查看 $rs 和 $si，判断它是否来自下游。

# en: 8836e26e
gigaset-0x302 =
    .title = 0x302：临时前转
    .summary = 话机从运营商收到了 SIP 302：被叫暂时可通过 Contact 头域中的另一个地址联系到，通常还带有前转的有效期。运营商侧设置的呼叫前转大多以这种方式到达话机。
    .causes =
        被叫在运营商处设置了呼叫前转（无条件、遇忙或无应答）。
        运营商的语音信箱或“跟随”业务把呼叫转到其他地址。
    .actions =
        这是正常结果；话机会向 Contact 中的地址发起新的呼叫。
        如果第二次呼叫失败，请在抓包中查看该呼叫自己的响应，而不是 302。
        如果打到您线路的呼叫被意外前转，请检查运营商门户和基站上的呼叫前转设置。
    .ui = 正在为您转接…
    .impact = 通常主叫只会察觉到短暂停顿，随后呼叫在前转目标处振铃；如果后续呼叫失败，手柄显示 0x302 或后续呼叫自己的代码。
    .confirm =
        在 SIP 抓包中找到 302，查看其 Contact 头域（以及 expires 参数，如有），确定呼叫被前转到哪里。
        跟踪话机随后发往该地址的新 INVITE，查看其最终响应。
        如果打给您自己线路的呼叫被意外前转，请检查运营商门户、PBX 和基站上的呼叫前转设置。
    .asterisk =
        当拨号方案在尚未应答的通道上执行 Transfer() 时，Asterisk 会向话机发送 302；用 pjsip set logger on 和详细的拨号方案输出找到这个 Transfer()。
    .freeswitch =
        FreeSWITCH 在应答前执行 redirect 应用时会发送 302；打开 sofia global siptrace on，检查拨号方案中的 redirect 及其生成的 Contact。
    .kamailio =
        Kamailio 的 302 由脚本中的 sl_send_reply() 或 t_reply() 发出，并把目标集列为 Contact；查明是哪个路由发出的（例如呼叫前转查询），以及分支 URI 是否正确。
    .opensips =
        OpenSIPS 的 302 由 sl_send_reply() 或 t_reply() 发出，分支作为 Contact 带出；在 onreply_route 中查看 $rs 和 $si，判断它是否来自下游。

# en: 4371ebd2
gigaset-0x305 =
    .title = 0x305：使用代理
    .summary = 话机从运营商收到了 SIP 305：请求必须经由 Contact 头域中指定的代理服务器发送（手册举的例子是计费服务器），话机会通过该代理重发请求。改变的只是请求路径，被叫地址不变。
    .causes =
        运营商要求经由特定代理服务器发送请求，而话机设置中没有使用它。
        基站上的出站代理未配置或指向过时的服务器。
        运营商调整了网络，旧路径上的请求只会被重定向。
    .actions =
        将 Web 配置界面中的代理服务器和出站代理字段与运营商最新资料核对，或重新加载运营商配置文件。
        在 SIP 抓包中查看 Contact 指定的代理，以及重发的请求是否成功。
        如果反复出现，请向运营商确认话机应使用哪个代理服务器。
    .ui = 正在通过其他服务器接通您的呼叫…
    .impact = 主叫通常只会察觉到短暂延迟，话机随即通过指定的代理重新发送呼叫；如果第二次尝试也失败，手柄显示 0x305，呼叫无法接通。
    .confirm =
        在 SIP 抓包中找到 305，查看其 Contact 头域中的代理地址。
        将该地址与 Web 配置界面中该连接的代理、注册服务器和出站代理字段进行对比。
        检查话机是否向该代理重新发送了请求，以及代理的响应。
    .kamailio =
        305 要么是从下一跳转发来的（在 onreply_route 中记录 $rs 和 $si），要么是脚本用 sl_send_reply() 或 t_reply() 发出的；查明是哪一种，以及请求为何没有经过预期的代理。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，判断 305 是否来自下游；或者在脚本中找到发出它的 sl_send_reply() 或 t_reply()。

# en: 244400af
gigaset-0x380 =
    .title = 0x380：替代服务
    .summary = 话机从运营商收到了 SIP 380：无法按请求的方式完成呼叫，但响应（通常在消息体中）说明了联系被叫的其他方式。家用线路上很少见。
    .causes =
        运营商提供了替代服务（例如语音信箱或另一个号码）。
        在 IMS 类网络中，380 用于告诉话机所拨号码必须作为紧急呼叫发起。
    .actions =
        在 SIP 抓包中阅读 380 的消息体，了解提供了什么替代方式。
        如合适，使用该替代方式（其他号码或服务）。
        如果原因不明，请向运营商询问该目的地返回 380 的含义。
    .ui = 无法以这种方式拨打，但有其他服务可用。
    .impact = 呼叫无法接通：听不到回铃，手柄显示 0x380，主叫需要手动改用对方提供的替代方式（其他号码或业务）。
    .confirm =
        在 SIP 抓包中查看 380 的消息体以及 Contact 头域（如有），了解提供了哪种替代方式。
        根据消息体的 Content-Type 判断它是纯文本提示还是结构化描述（例如 IMS 紧急呼叫指示）。
        向运营商或 PBX 管理员询问是哪条规则对该号码返回 380。
    .kamailio =
        经过 Kamailio 的 380 要么是从下一跳转发来的，要么是脚本发出的；在 onreply_route 中记录 $rs 和 $si，找出产生它的服务器。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，找出产生 380 的服务器，或在脚本中找到发出它的 sl_send_reply() 或 t_reply()。

# en: 52a69fe3
gigaset-0x400 =
    .title = 0x400：错误请求
    .summary = 话机从运营商收到了 SIP 400：服务器因语法错误或头域缺失、无效而无法理解或接受话机的请求。手册只称之为“无效呼叫”；问题出在话机发出的请求上，而不在被叫一侧。
    .causes =
        用户名、域名、显示名或所拨号码中有空格、变音字母等特殊字符。
        基站固件缺陷，生成了运营商拒收的头域。
        路由器的 SIP ALG 改写消息并将其破坏。
    .actions =
        检查 Web 配置界面中 IP 连接各字段是否有错字、多余空格和特殊字符。
        在抓包中查看响应的原因短语或 Warning 头域，服务器常会指出有问题的头域。
        升级基站固件并关闭路由器的 SIP ALG。不做修改直接重试，结果不会改变。
    .ui = 无法建立呼叫，请检查号码后重试。
    .impact = 呼叫立即失败，没有回铃，手柄显示 0x400；如果出错的字段也用于注册，该线路显示为未注册，所有呼叫都无法进行。
    .confirm =
        在 SIP 抓包中找到收到 400 的请求，查看原因短语和 Warning 头域（如有）；服务器常会指出被拒绝的头域。
        检查该请求的 From、To、Contact 和 Request-URI 中是否有空格、变音字母或其他特殊字符，并与 Web 配置界面中的连接字段对比。
        对比基站发出的请求与服务器收到的请求；如果两者不同，说明路由器的 SIP ALG 改写了消息。
    .asterisk =
        pjsip set logger on 可显示被拒绝的请求；对于无法解析的消息，Asterisk 日志会出现 PJSIP 语法错误，并指出出错的头域和行。
    .freeswitch =
        sofia global siptrace on 可显示哪个请求收到了 400、由谁发出；除非设置了 sip_ignore_remote_cause，FreeSWITCH 会把对端的 SIP 码回传给话机，因此也要查看 B 腿的 sip_term_status。
    .kamailio =
        sanity_check() 会以 400（或 416、420、505）拒绝格式错误的请求，原因短语指明未通过的检查项；将其与 sanity 模块的检查项对应，并记录该请求的 $rm 和 $ru。
    .opensips =
        脚本在回 400 之前通常调用 sipmsgops 模块的 sipmsg_validate()；记录其返回码，并在 onreply_route 中查看 $rs，判断 400 是否来自下游。

# en: c53c0ed2
gigaset-0x401 =
    .title = 0x401：未授权
    .summary = 话机从运营商的注册服务器或 SIP 服务器收到了 SIP 401：对方要求认证，而话机发送的凭据缺失或被拒绝。先收到一次 401 再注册成功是正常的质询流程；手柄上显示此代码说明认证最终失败，最常见的原因是认证名或密码错误。
    .causes =
        认证名或密码错误（输入错误，或运营商重置后仍使用旧密码）。
        运营商的用户名与认证名不同，而两者被填混。
        域名或运营商配置文件错误，导致凭据针对错误的认证域（realm）发送。
        账号在运营商处被锁定或暂停。
    .actions =
        在 Web 配置界面的 IP 连接设置中重新输入认证名和密码，注意末尾不要有空格。
        逐项核对用户名、认证名和域名是否与运营商资料一致。
        如果资料无误仍然失败，请运营商检查或重置账号凭据。
    .ui = 话机无法登录电话服务，请检查账号信息。
    .impact = 手柄显示 0x401，呼叫立即失败；或者线路始终无法注册，基站显示该连接未注册，打进来的电话也无法到达。
    .confirm =
        在 SIP 抓包中确认话机针对 401 重新发送了带 Authorization 头域的 REGISTER 或 INVITE，且这第二个请求同样收到 401。
        将该 Authorization 头域中的 username 和 realm 与运营商的账号资料以及 WWW-Authenticate 头域中的 realm 进行对比。
        查看 Web 配置界面 Status 页面上的连接状态，以及服务器日志中认证失败的记录。
    .asterisk =
        Asterisk 日志会针对该请求显示“Failed to authenticate”或“No matching endpoint found”；用 pjsip show endpoint <name> 确认 auth= 指向的 auth 段中 username 和 password 与话机一致。
    .freeswitch =
        profile 中设置 log-auth-failures=true 后，日志会显示带用户名和源 IP 的 “SIP auth failure”（不设置则不记录）；检查 directory 中该用户的 password 参数以及话机使用的域。FreeSWITCH 对错误密码回 403，而不是 401。
    .kamailio =
        记录 auth_check()（或 www_authorize()）的返回码：不同的负值可区分密码错误、用户不存在和 nonce 过期；凭据必须与 subscriber 表一致。
    .opensips =
        记录 www_authorize() 的返回码：不同的负值可区分密码错误、用户不存在和 nonce 过期。401 由 www_challenge() 发出，话机的用户名必须存在于 subscriber 表中。

# en: 6f174799
gigaset-0x403 =
    .title = 0x403：禁止
    .summary = 话机从运营商收到了 SIP 403：请求已被理解，但被有意拒绝，重新认证也无济于事。手册把 0x403 描述为“运营商不支持所请求的服务”，但在 SIP 中它表示按策略拒绝，例如该账号不允许拨打此目的地或不允许从当前位置注册。
    .causes =
        账号被封停、暂停或余额不足。
        该账号禁止拨打此类目的地（国际、付费或特服号码）。
        使用了错误的域名注册，或从运营商不接受的 IP 地址或网络注册。
        话机请求的功能（例如隐藏主叫号码）不在套餐范围内。
    .actions =
        将 Web 配置界面中的域名和账号设置与运营商资料核对。
        在抓包中查看原因短语或 Warning 头域，运营商常在其中说明拒绝原因。
        向运营商确认账号是否有效、是否允许拨打该目的地。重试没有帮助。
    .ui = 您的电话服务不允许此呼叫。
    .impact = 呼叫被立即拒绝：没有回铃，通常伴有错误提示音，手柄显示 0x403；重试结果相同。
    .confirm =
        在 SIP 抓包中查看 403 的原因短语以及 Warning 或 Reason 头域（如有）；运营商常在此注明拒绝原因（被限制的目的地、余额不足、域名错误）。
        确认是注册失败还是只有部分目的地失败：拨打一个普通本地号码，与被拒绝的号码对比。
        将 Web 配置界面中该连接的域名和账号设置与运营商资料对比，并在运营商门户中查看账号状态。
    .asterisk =
        请求被端点的 acl 或 contact_acl 拦截时 Asterisk 回 403；挂机原因 21（呼叫被拒绝）也会以 403 发出，例如拨号方案中的 Hangup(21) 或中继拒绝了呼叫；pjsip set logger on 和详细的拨号方案输出可看出是哪一种。
    .freeswitch =
        FreeSWITCH 对错误密码（仅当 profile 中设置了 log-auth-failures=true 时，日志才显示 “SIP auth failure”）以及被 apply-inbound-acl 或 apply-register-acl 拦截的请求回 403；OUTGOING_CALL_BARRED 等挂机原因也以 403 发出。
    .kamailio =
        在脚本中找到发出 403 的 sl_send_reply() 或 send_reply()：默认配置会拒绝转发到非本地域（“Not relaying”），permissions 模块的检查（如 allow_source_address()）也可能导致 403。
    .opensips =
        在脚本中找到回 403 的语句（默认脚本会拒绝转发到非本地域），并检查 permissions 相关检查，如 check_source_address()；在 onreply_route 中查看 $rs，判断 403 是否来自下游。

# en: d641acb8
gigaset-0x404 =
    .title = 0x404：号码不存在
    .summary = 话机从运营商收到了 SIP 404：运营商的路由中找不到所拨号码或用户。手册举的例子是：拨打本地号码时没有加区号，而该 VoIP 线路不支持本地拨号。
    .causes =
        没有拨区号；大多数 VoIP 线路需要完整号码。
        号码输错或号码不存在。
        基站上的拨号规则或前缀生成了错误的号码格式（例如 + 与 00 混用）。
    .actions =
        拨打包含区号的完整号码。
        在 Web 配置界面检查本地区号设置（基站可据此为经 VoIP 的本地呼叫自动加区号）以及拨号规则。
        如果号码确认无误，请向运营商确认所需的号码格式。重拨同一号码没有帮助。
    .ui = 找不到您拨打的号码。
    .impact = 拨号后呼叫立即失败，没有回铃；手柄显示 0x404，有时在此之前会听到错误提示音或运营商的“号码不存在”提示音。
    .confirm =
        在 SIP 抓包中查看 INVITE 的 Request-URI，确认基站实际发出的号码（区号、+ 或 00 前缀）。
        加上完整区号重拨同一号码；如果能通，说明 Web 配置界面中的本地区号设置缺失或错误。
        检查基站上的拨号规则，看是否有前缀或改写规则改变了号码。
    .asterisk =
        被叫分机在端点的 context 中不存在时，Asterisk 回 404；用 pjsip show endpoint <name> 查看 context=，并用 dialplan show <号码>@<context> 检查。中继返回的挂机原因 1（空号）也会以 404 到达话机。
    .freeswitch =
        FreeSWITCH 的 404 对应 NO_ROUTE_DESTINATION 或 UNALLOCATED_NUMBER 等挂机原因；日志会显示查找了哪个拨号方案 context，B 腿的 sip_term_status 可看出 404 是否由运营商发出。
    .kamailio =
        默认配置在 lookup("location") 找不到联系地址时回 404“Not Found”；用 kamctl ul show <aor> 检查被叫是否已注册，或该号码是否本应走其他路由（dispatcher、carrier routing）。
    .opensips =
        OpenSIPS 脚本通常在 lookup("location") 失败时回 404；检查 opensips-cli -x mi ul_show_contact location <aor> 以及该号码的路由（do_routing()、load_balance()）。

# en: fe9f8d62
gigaset-0x405 =
    .title = 0x405：方法不允许
    .summary = 话机从运营商收到了 SIP 405：服务器认识话机使用的 SIP 方法（例如 SUBSCRIBE、REFER 或 MESSAGE），但不允许对该地址使用。响应的 Allow 头域列出了允许的方法。
    .causes =
        话机订阅了运营商不提供的留言提示或其他事件通知。
        呼叫转接使用 REFER，而运营商不支持。
        请求发到了错误的服务器，例如代理服务器和注册服务器地址填反。
    .actions =
        确认是哪一个请求收到了 405，并在抓包中查看 Allow 头域。
        在 Web 配置界面中关闭该连接的相应功能，或改用其他转接方式。
        将代理服务器和注册服务器地址与运营商资料核对。
    .ui = 您的电话服务不支持此功能。
    .impact = 通常不会丢失呼叫，而是某项功能失败，例如呼叫转接无法完成，或留言指示灯始终不亮，手柄针对该操作显示 0x405。
    .confirm =
        在 SIP 抓包中找到收到 405 的请求（SUBSCRIBE、REFER、MESSAGE、PUBLISH），并查看响应中的 Allow 头域。
        确认请求发往了正确的服务器：将其 Request-URI 与该连接的代理和注册服务器字段对比。
        在 Web 配置界面中关闭该连接的相应功能，确认此代码不再出现。
    .asterisk =
        pjsip set logger on 可显示被拒绝的请求以及 Asterisk 发出的 Allow 头域；Asterisk 接受哪些方法取决于加载的模块（MESSAGE 需要 res_pjsip_messaging，SUBSCRIBE 需要 res_pjsip_pubsub），可用 module show like res_pjsip 查看。
    .freeswitch =
        sofia global siptrace on 可显示哪个请求收到了 405、响应中的 Allow 头域，以及这是 FreeSWITCH 自己的应答还是转回的对端应答。
    .kamailio =
        启用 registrar 的 method_filtering 后，如果存在联系地址但都不支持该方法，lookup("location") 返回 -2，默认配置随即回 405；kamctl ul show <aor> 会列出联系地址及其注册的方法。
    .opensips =
        开启方法过滤时，OpenSIPS 的 lookup() 同样会报告已注册的联系地址不支持该方法，脚本随后通常回 405；opensips-cli -x mi ul_show_contact location <aor> 可显示联系地址。

# en: df0dd7c4
gigaset-0x406 =
    .title = 0x406：不可接受
    .summary = 话机从运营商收到了 SIP 406：服务器只能返回话机在 Accept 头域中表示不接受的内容，因此返回此码。手册说所请求的服务无法提供；实际很少见，主要涉及订阅和通知。
    .causes =
        话机的 SUBSCRIBE 所列的内容类型，运营商服务器无法生成。
        运营商的某项功能需要此固件不支持的内容格式。
    .actions =
        在抓包中找到收到 406 的请求，将其 Accept 头域与服务器提供的内容比较。
        升级基站固件，或关闭触发此问题的功能。
        如果原因不明，请把抓包发给运营商。
    .ui = 此服务目前无法提供。
    .impact = 普通呼叫通常仍然正常；基于订阅的功能（如留言指示或在线状态显示）没有内容，该请求失败时手柄显示 0x406。
    .confirm =
        在 SIP 抓包中找到收到 406 的请求，查看其 Accept 头域。
        将其与服务器为该事件使用的消息体类型对比（例如留言指示使用 application/simple-message-summary）。
        升级基站固件或关闭该功能，然后检查 406 是否消失。
    .asterisk =
        pjsip set logger on 可显示 SUBSCRIBE 及其响应；将话机的 Accept 头域与 Asterisk 中该事件包能生成的消息体类型对比。
    .freeswitch =
        sofia global siptrace on 可显示哪个请求收到了 406，以及这是 FreeSWITCH 自己的应答还是转回的对端应答。
    .kamailio =
        代理通常只是转发 406；在 onreply_route 中记录 $rs 和 $si，找出产生它的服务器，再将话机的 Accept 头域与该服务器支持的类型对比。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，找出发出 406 的服务器，再将话机的 Accept 头域与该服务器支持的类型对比。

# en: 5d59e025
gigaset-0x407 =
    .title = 0x407：需要代理认证
    .summary = 话机从运营商收到了 SIP 407：某个代理服务器（通常在呼叫时而非注册时）要求在 Proxy-Authorization 中提供凭据，而话机发送的凭据缺失或被拒绝。它与 401 类似，但来自代理服务器；手柄显示此代码说明话机未能通过质询。
    .causes =
        账号的认证名或密码错误。
        出站代理或运营商配置文件与账号不匹配，导致回应了错误的认证域（realm）。
        运营商更改了认证方式或锁定了账号。
    .actions =
        在 Web 配置界面的 IP 连接设置中重新输入认证名和密码。
        将代理服务器、出站代理地址以及运营商配置文件与运营商资料核对。
        如果设置无误，请运营商在其侧检查凭据。
    .ui = 话机无法登录电话服务，请检查账号信息。
    .impact = 呼叫立即失败，手柄显示 0x407，而线路本身往往仍显示已注册，因为代理只对呼叫进行质询。
    .confirm =
        在 SIP 抓包中确认话机带着 Proxy-Authorization 头域重发了 INVITE，且第二个 INVITE 同样收到 407。
        将 Proxy-Authenticate 头域中的 realm 与该连接的域名对比，将 username 与运营商的账号资料对比。
        在服务器日志中查找认证失败的记录及其对应的账号。
    .asterisk =
        chan_pjsip 用 401 而不是 407 进行质询，因此话机收到 407 时，应查找话机与 Asterisk 之间的代理或 SBC；Asterisk 自己中继的质询由 outbound_auth 处理，不会到达话机。
    .freeswitch =
        当 profile 中 auth-calls 为 true 时，FreeSWITCH 用 407 质询 INVITE，而对错误密码回 403，因此反复出现的 407 说明话机没有应答质询或应答已过期；profile 中设置 log-auth-failures=true 时，被拒绝的凭据在日志中显示为 “SIP auth failure”。
    .kamailio =
        默认配置中 auth_check() 失败后，auth_challenge() 对 REGISTER 以外的请求发送 407；记录 auth_check() 的返回码，并将所用 realm（通常为 $fd）与话机的域名对比。
    .opensips =
        脚本中由 proxy_authorize() 和 proxy_challenge() 处理；记录 proxy_authorize() 的返回码，并确认 realm 和 subscriber 中的用户名与话机设置一致。

# en: a0a4d641
gigaset-0x408 =
    .title = 0x408：请求超时
    .summary = 话机从运营商收到了 SIP 408：服务器未能及时得到最终应答，因为被叫终端或下一跳服务器一直没有回应。手册将其译为“被叫无法联系（例如账户已被删除）”，这只是可能原因之一，SIP 含义是超时。
    .causes =
        被叫终端已离线，但其注册记录仍在（注册过期未清除、NAT 映射失效）。
        下游服务器或网关没有应答。
        被叫账号已删除而注册仍残留，即手册所举的例子。
    .actions =
        稍后再拨；如果只有一个号码受影响，问题在被叫一侧。
        如果拨打很多号码都失败，请检查运营商的服务状态和自己的网络连接。
        如果呼叫这台 Gigaset 时超时，请检查其 NAT 相关设置（STUN、出站代理、注册刷新时间），确保来电请求能到达话机。
    .ui = 您呼叫的用户暂时无法接通。
    .impact = 主叫长时间听到回铃或静音，通常约 30 秒，然后呼叫中断，手柄显示 0x408。
    .confirm =
        在 SIP 抓包中查看 408 由谁发出（Server 或 User-Agent 头域），以及它在 INVITE 之后多久到达。
        确认是否只有该目的地失败；如果所有呼叫都收到 408，请检查运营商的服务状态和自己的网络连接。
        如果打给这台 Gigaset 的呼叫超时，请在 PBX 或运营商一侧检查其注册是否有效，以及发往其 Contact 地址的请求能否到达（STUN、出站代理、NAT 刷新）。
    .asterisk =
        pjsip show contacts 可显示被叫联系地址是 Avail 还是 Unavail（AOR 上设置 qualify_frequency 后 Asterisk 会用 OPTIONS 探测）；挂机原因 18（用户无响应）会以 408 发出。
    .freeswitch =
        sofia status profile internal reg 可显示被叫用户的联系地址和有效期；hangup_cause NO_USER_RESPONSE 以 408 发出，profile 上的 nat-options-ping 可保持已注册话机的 NAT 映射。
    .kamailio =
        fr_timer（无临时响应）或 fr_inv_timer（无最终响应）超时时，tm 会自行生成 408；kamctl ul show <aor> 可显示尝试的联系地址，nathelper 的保活（natping_interval）可维持 NAT 映射。
    .opensips =
        fr_timeout 或 fr_inv_timeout 超时时 tm 生成 408；opensips-cli -x mi ul_show_contact location <aor> 可显示尝试的联系地址，nathelper 的 natping_interval 可维持 NAT 映射。

# en: 1bec412c
gigaset-0x410 =
    .title = 0x410：已不存在
    .summary = 话机从运营商收到了 SIP 410：所拨地址曾在该服务器上存在，但已永久删除，且没有新的前转地址。手册将其描述为“运营商不提供所请求的服务”；SIP 含义是该号码或用户已不存在。
    .causes =
        号码或账号已注销。
        号码已携转至其他运营商且未设置前转。
        电话簿中保存的是旧的 SIP 地址。
    .actions =
        不要重拨，结果不会改变。
        检查电话簿条目，查询对方的新号码。
        如果该号码理应可用，请运营商进行核查。
    .ui = 您拨打的号码已停止服务。
    .impact = 呼叫立即失败，没有回铃，手柄显示 0x410，有时在此之前会听到“号码已停用”提示音或错误提示音。
    .confirm =
        在 SIP 抓包中查看 Request-URI，确认拨打的号码或地址正是想拨的那个。
        检查手柄电话簿中该条目是否仍是旧号码或旧 SIP 地址。
        请运营商确认该号码是否已注销或已携号转出。
    .asterisk =
        挂机原因 22（号码已改变）会让 Asterisk 发出 410，例如中继上报的或拨号方案中 Hangup(22) 产生的；对中继一侧开启 pjsip set logger on 可看出来源。
    .freeswitch =
        hangup_cause NUMBER_CHANGED 以 410 发出；查看 B 腿的 sip_term_status 和 hangup_cause_q850，判断是否由运营商上报。
    .kamailio =
        代理通常只是转发下一跳的 410；在 onreply_route 中记录 $rs 和 $si，或在脚本中查找自行回 410 的携号转网或号码封禁规则。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，看是哪台服务器发出的 410，或在脚本中查找对停用号码回 410 的规则。

# en: 9857479a
gigaset-0x413 =
    .title = 0x413：请求过大
    .summary = 话机从运营商收到了 SIP 413：请求的消息体超过了服务器可接受的大小。对 Gigaset 来说，通常是 SDP 中列出了大量编解码器的 INVITE，或是对 UDP 而言过大的消息。手册称之为“消息过长”。
    .causes =
        启用的编解码器过多，SDP offer 过长。
        头域较大又使用 UDP 传输，导致消息分片。
        路由器的 SIP ALG 向消息中添加了数据。
    .actions =
        在 Web 配置界面的音频设置中只保留运营商使用的编解码器。
        如果基站和运营商都支持，把连接改为 TCP 传输。
        在抓包中检查消息大小，并关闭路由器的 SIP ALG。
    .ui = 无法建立呼叫。
    .impact = 呼叫在振铃前就失败，手柄显示 0x413；只要导致消息过大的设置不改，拨打任何号码都会同样失败。
    .confirm =
        在 SIP 抓包中查看基站发出的 INVITE 大小，以及其 SDP 中列出了多少个编解码器。
        检查该 INVITE 是否通过 UDP 发送并以分片形式到达，或者路由器是否改变了其大小。
        在 Web 配置界面的音频设置中减少编解码器，检查 INVITE 是否变小、呼叫能否接通。
    .asterisk =
        pjsip set logger on 可显示 INVITE 及其长度；如果话机通过 UDP 发送大消息，可在 pjsip.conf 中添加 TCP 传输（protocol=tcp）并让话机改用它。
    .freeswitch =
        sofia global siptrace on 可显示过大的请求；B 腿的 sip_term_status 可看出 413 是否来自运营商并被回传给话机。
    .kamailio =
        Kamailio 只是转发下一跳的 413；在 onreply_route 中记录 $rs 和 $si，找出拒绝该大小的服务器，并考虑改用 TCP 发往该跳（例如 t_relay_to_tcp()）。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，找出拒绝该大小的服务器；改用 TCP 转发到该跳（在目标 URI 中使用 transport=tcp）可避免 UDP 分片。

# en: 3fd8ec15
gigaset-0x414 =
    .title = 0x414：地址过长
    .summary = 话机从运营商收到了 SIP 414：Request-URI（被叫地址）超出了服务器愿意处理的长度。手册称之为“地址过长”。
    .causes =
        所拨字符串过长，例如号码后附加了多余的数字或代码。
        拨号规则重复添加了前缀。
        连接设置中填写的域名过长。
    .actions =
        检查所拨号码以及基站上的拨号规则和前缀。
        检查 IP 连接设置中的域名字段。
        修正后按正常格式重新拨号。
    .ui = 您拨打的号码过长。
    .impact = 拨号后呼叫立即失败，没有回铃，手柄显示 0x414。
    .confirm =
        在 SIP 抓包中查看 INVITE 的 Request-URI，检查其长度以及是否有重复的前缀。
        检查 Web 配置界面中的拨号规则和该连接的域名字段。
        不加额外代码直接拨打号码，对比 Request-URI。
    .asterisk =
        pjsip set logger on 可显示 Asterisk 收到的以及向外发出的 Request-URI；如果由拨号方案构造外呼 URI，请确认没有重复添加前缀。
    .freeswitch =
        sofia global siptrace on 可显示 Request-URI；检查拨号方案中的正则捕获和网关前缀是否会加长号码。
    .kamailio =
        记录该请求的 $ru，检查脚本中 prefix() 或对 $rU 的赋值等改写是否重复添加了前缀；在 onreply_route 中查看 $rs，判断 414 是否来自下一跳。
    .opensips =
        记录 $ru，检查脚本中 prefix() 或修改 $rU 等改写；在 onreply_route 中查看 $rs，判断 414 是否来自下游。

# en: be11d3c8
gigaset-0x415 =
    .title = 0x415：不支持的媒体类型
    .summary = 话机从运营商收到了 SIP 415：请求携带的消息体格式（Content-Type）或编码是服务器不支持的。手册称之为“请求格式不受支持”；这里的“媒体类型”指消息体格式，与语音无关。
    .causes =
        话机发送了运营商不接受的消息体类型，例如在通知或短消息中。
        消息体经过压缩或特殊编码，服务器无法读取。
    .actions =
        在抓包中查看 415 响应的 Accept 和 Accept-Encoding 头域，了解服务器支持什么。
        关闭产生该消息体的功能，或升级基站固件。
        如果普通呼叫也受影响，请把抓包发给运营商。
    .ui = 您的电话服务不支持此功能。
    .impact = 呼叫通常仍然正常，但短消息或通知等功能失败，手柄针对该功能显示 0x415；如果被拒绝的是 INVITE，则呼叫直接失败，没有回铃。
    .confirm =
        在 SIP 抓包中找到收到 415 的请求，记下其 Content-Type 和 Content-Encoding。
        查看 415 响应中的 Accept 和 Accept-Encoding 头域，了解服务器支持哪些类型。
        如果 415 针对的是 INVITE，检查消息体是否为普通 SDP（application/sdp）。
    .asterisk =
        对于消息体不是 text/plain 的对话外 MESSAGE，以及消息体不是 SDP 的 INVITE，Asterisk 会回 415；pjsip set logger on 可看出是哪个请求、什么 Content-Type。
    .freeswitch =
        sofia global siptrace on 可显示请求及其 Content-Type，以及这是 FreeSWITCH 自己的应答还是转回的对端 415。
    .kamailio =
        在 onreply_route 中记录 $rs 和 $si，找出发出 415 的服务器，并记录 $cT 查看请求的消息体类型；只有脚本检查消息体类型时，Kamailio 才会自己拒绝。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，找出发出 415 的服务器，并记录 $cT 查看请求的消息体类型；只有脚本进行检查时，OpenSIPS 才会自己拒绝消息体类型。

# en: e9de6ab3
gigaset-0x416 =
    .title = 0x416：不支持的 URI 方案
    .summary = 话机从运营商收到了 SIP 416：Request-URI 使用了服务器不处理的方案（例如只支持 sip: 时使用了 sips: 或 tel:）。手册称之为“URI 无效”。
    .causes =
        基站启用了安全 SIP（TLS/SIPS），而运营商只支持普通 sip:。
        电话簿条目或所拨字符串中的地址格式不受支持。
    .actions =
        在 Web 配置界面检查该连接的传输和安全设置。
        直接拨打普通号码，而不是已存的地址。
        向运营商确认其接受哪些 URI 方案。
    .ui = 无法呼叫此地址。
    .impact = 呼叫立即失败，没有回铃，手柄显示 0x416；如果该连接使用 sips: 注册，线路会一直处于未注册状态。
    .confirm =
        在 SIP 抓包中查看被拒绝请求的 Request-URI 所用的 scheme（sip:、sips: 或 tel:）。
        检查 Web 配置界面中该连接的传输和安全设置（TLS、SRTP）。
        检查呼叫是否从保存了完整地址而非数字的电话簿条目发起。
    .asterisk =
        sips: URI 需要 Asterisk 配置 protocol=tls 的传输；pjsip show transports 可列出已配置的传输，pjsip set logger on 可显示话机发来的 URI。
    .freeswitch =
        sips: 需要在 profile 上启用 TLS（tls=true 并配置证书）；sofia status profile internal 可看出 TLS 端口是否已启用，sofia global siptrace on 可显示被拒绝的 URI。
    .kamailio =
        对无法解析 scheme 的 Request-URI，sanity_check() 回复 400 “Bad Request URI”，几乎不会回 416，因此 416 多半来自下一跳；记录 $ru，如果需要支持 sips:，请确认存在 TLS 监听（listen=tls:...）。
    .opensips =
        记录 $ru；OpenSIPS 需要 TLS 监听（tls: socket 并加载 TLS 模块）才能处理 sips: URI，在 onreply_route 中查看 $rs 可判断 416 是否来自下游。

# en: fe3de6b2
gigaset-0x420 =
    .title = 0x420：不支持的扩展
    .summary = 话机从运营商收到了 SIP 420：话机在 Require 或 Proxy-Require 中列出了服务器不支持的 SIP 协议扩展，Unsupported 头域给出了其名称。手册的译文把它写成“结尾错误”；这里指的是 SIP 协议扩展，与所拨号码或分机号无关。
    .causes =
        话机要求 100rel（PRACK）或会话定时器等扩展，而运营商没有实现。
        路由器的 SIP ALG 修改了 Require 头域。
    .actions =
        在抓包中查看 420 响应的 Unsupported 头域，确认被拒绝的扩展。
        如果 Web 配置界面中有对应选项（例如会话定时器或可靠临时响应），将其关闭。
        升级基站固件；否则向运营商询问对该扩展的支持情况。
    .ui = 无法接通您的呼叫。
    .impact = 呼叫立即失败，没有回铃，手柄显示 0x420；在取消该要求之前，这个连接上的所有呼叫都会同样失败。
    .confirm =
        在 SIP 抓包中查看 420 的 Unsupported 头域，确定哪个扩展被拒绝。
        在话机请求的 Require 或 Proxy-Require 头域中找到同一个选项标签。
        如果 Web 配置界面提供相应选项，将其关闭，并确认该头域消失。
    .asterisk =
        Require 中有 Asterisk 不支持的选项标签时，它会回 420；用 pjsip show endpoint <name> 检查端点的 100rel 和 timers 选项，并用 pjsip set logger on 查看 Unsupported 头域。
    .freeswitch =
        sofia global siptrace on 可显示 Require 头域；profile 上的 enable-100rel 和 enable-timer 决定 FreeSWITCH 是否支持可靠临时响应和会话定时器。
    .kamailio =
        sanity_check() 会以 420 “Bad Proxy Require Extension” 拒绝不认识的 Proxy-Require，但前提是启用了这项检查：不带参数的 sanity_check() 会执行它，默认脚本中的 sanity_check("17895","7") 则不执行，因此使用默认脚本时 420 来自其他节点；将 sanity 模块的 proxy_require 参数与请求的 Proxy-Require 头域进行对比。
    .opensips =
        检查请求的 Proxy-Require 头域以及脚本对它的处理；在 onreply_route 中查看 $rs，判断 420 是否来自下游。

# en: 65bafce7
gigaset-0x421 =
    .title = 0x421：需要扩展
    .summary = 话机从运营商收到了 SIP 421：只有当话机支持 Require 头域中指明的 SIP 扩展（例如 100rel 或会话定时器）时，服务器才会处理请求。手册对它的描述与 0x420 相同，也是“结尾错误”。
    .causes =
        运营商强制要求可靠临时响应（100rel/PRACK）或会话定时器。
        话机固件不具备该扩展，或该扩展被关闭。
    .actions =
        在抓包中查看 421 响应的 Require 头域。
        如果基站提供该功能，在 Web 配置界面中启用它，或升级固件。
        如果话机无法支持，需要运营商为该账号放宽要求。
    .ui = 无法接通您的呼叫。
    .impact = 呼叫在振铃前失败，手柄显示 0x421；在话机支持该扩展或服务器不再强制要求之前，这个连接上的所有呼叫都会失败。
    .confirm =
        在 SIP 抓包中查看 421 的 Require 头域，确定服务器要求哪个扩展。
        检查话机 INVITE 的 Supported 头域中是否有该选项标签（100rel、timer）。
        如果基站提供相应选项，在 Web 配置界面中开启它，或升级固件后再次呼叫。
    .asterisk =
        端点设置了 100rel=required 或 timers=required，而话机没有在 Supported 中声明该扩展时，Asterisk 会回 421；用 pjsip show endpoint <name> 检查并放宽设置。
    .freeswitch =
        sofia global siptrace on 可看出是哪台服务器在 421 中加入了 Require 头域；除非设置了 sip_ignore_remote_cause，FreeSWITCH 会回传对端的代码，因此请查看 B 腿的 sip_term_status。
    .kamailio =
        代理通常只是转发下一跳的 421；在 onreply_route 中记录 $rs 和 $si，找出要求该扩展的服务器。
    .opensips =
        在 onreply_route 中记录 $rs 和 $si，找出要求该扩展的服务器；OpenSIPS 本身只是转发 421。

# en: d4dfc742
gigaset-0x423 =
    .title = 0x423：间隔过短
    .summary = 话机从运营商收到了 SIP 423：话机请求的有效期（通常是 REGISTER 中的注册刷新时间）短于服务器允许的值，最小值在 Min-Expires 中给出。手册说运营商不支持所请求的服务；SIP 含义是定时器过短。
    .causes =
        基站上的注册刷新时间设得很短，通常是为了保持 NAT 映射。
        运营商提高了最小注册间隔。
    .actions =
        在 Web 配置界面中把注册刷新时间调到不低于 423 响应中的 Min-Expires 值。
        用 STUN、保活包或出站代理来保持 NAT 映射，而不是依靠极短的注册间隔。
        话机通常会自动以更大的值重试；如果代码仍然出现，请修改设置。
    .ui = 话机无法登录电话服务，请稍后再试。
    .impact = 线路无法注册：该连接显示为未注册，其上的呼叫失败，手柄显示 0x423。
    .confirm =
        在 SIP 抓包中将话机 REGISTER 的 Expires 值与 423 的 Min-Expires 头域对比。
        检查话机随后是否用更大的值重新发送了 REGISTER，以及收到的响应。
        检查 Web 配置界面中该连接的注册刷新时间。
    .asterisk =
        AOR 的 minimum_expiration 是 Asterisk 接受的最短有效期，低于它就回 423；用 pjsip show aor <name> 将其与话机的刷新时间对比。
    .freeswitch =
        sofia status profile internal reg 可显示每个注册获得的有效期；FreeSWITCH 还可以通过 directory 中的用户变量 sip-force-expires 强制使用自己的值。
    .kamailio =
        默认情况下 registrar 会把过短的有效期提高到 min_expires，而不是拒绝；只有 min_expires_mode 参数要求时才回 423。kamctl ul show <aor> 可显示实际授予的有效期。
    .opensips =
        将 registrar 模块的 min_expires 与话机的刷新时间对比；opensips-cli -x mi ul_show_contact location <aor> 可显示授予的有效期，在 onreply_route 中查看 $rs 可发现从其他注册服务器转发来的 423。

# en: aee6588f
gigaset-0x480 =
    .title = 0x480：被叫号码暂时无法接通
    .summary = 话机从运营商收到了 SIP 480：被叫存在，但此刻无法联系到，例如终端未注册、开启了免打扰，或无人及时接听。手册将其描述为所拨号码暂时无法接通。
    .causes =
        被叫话机离线或未注册。
        被叫终端开启了免打扰（通常带有包含 Q.850 原因值的 Reason 头域）。
        在运营商的定时器到期前无人接听。
    .actions =
        稍后再拨；如果响应带有 Retry-After，请按其时间等待。
        在抓包中查看 Reason 头域，了解具体原因。
        如果别人呼叫这台 Gigaset 时收到 480，请在 Web 配置界面确认其连接已注册。
    .ui = 您呼叫的用户暂时无法接通。
    .impact = 主叫只听到短暂回铃或完全没有回铃，随后听到错误提示音或运营商的“用户暂时无法接通”提示音，手柄显示 0x480。
    .confirm =
        在 SIP 抓包中查看 480 的原因短语和 Reason 头域，后者常带有 Q.850 原因值，如 18、19 或 20。
        在运营商或 PBX 一侧检查被叫当前是否已注册。
        如果呼叫这台 Gigaset 的人收到 480，请在 Web 配置界面中检查其连接状态，并在服务器上检查其注册情况。
    .asterisk =
        pjsip show contacts（或 pjsip show aor <name>）可显示被叫端点是否已注册；无应答、用户未注册（原因 20）和未指明的失败都会让 Asterisk 发出 480，拨号方案中的 DIALSTATUS 可看出是哪一种。
    .freeswitch =
        sofia status profile internal reg 可显示被叫用户是否已注册；通道的 hangup_cause（如 USER_NOT_REGISTERED、NO_ANSWER 或 SUBSCRIBER_ABSENT）说明原因，它们都以 480 发出。
    .kamailio =
        kamctl ul show <aor> 可显示被叫是否有联系地址；默认配置对未注册用户回 404，因此 480 通常来自被叫方或免打扰之类的脚本规则，可在 onreply_route 中通过 $rs 区分。
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> 可显示被叫的联系地址；在 onreply_route 中查看 $rs 和 $si，判断 480 来自被叫方还是脚本。

# en: 375174f8
gigaset-0x481 =
    .title = 0x481：呼叫或事务不存在
    .summary = 话机从运营商收到了 SIP 481：属于某个呼叫的请求（例如 BYE、CANCEL 或 re-INVITE）到达的服务器已不再知道该呼叫或事务。手册将其译为“接收方不可用”；SIP 含义是呼叫状态已丢失。
    .causes =
        话机的请求到达时，对方已经结束了呼叫（双方同时挂机）。
        运营商的服务器重启或切换，丢失了呼叫状态。
        通话中公网 IP 或 NAT 映射发生变化，呼叫内请求不再匹配。
    .actions =
        在通话结束时出现通常无害。
        如果通话中途断开并出现 481，请检查路由器（SIP ALG、UDP 超时）和会话定时器设置。
        对收到 481 的 re-INVITE 或 UPDATE 抓包，若反复出现请交给运营商分析。
    .ui = 通话已经结束。
    .impact = 大多数情况下主叫察觉不到任何异常：通话刚刚结束，手柄短暂显示 0x481；如果发生在通话中，则会掉话，或保持、转接失败。
    .confirm =
        在 SIP 抓包中找到收到 481 的请求（BYE、CANCEL、re-INVITE 或 UPDATE），检查对方是否已先结束了通话。
        将该请求的 Call-ID 和 tag 与原呼叫对比，并将其 Contact 和 Via 中的地址与当时的公网 IP 对比。
        如果通话中途掉线，请检查路由器的 SIP ALG 和 UDP 超时设置，以及会话定时器设置。
    .asterisk =
        pjsip set logger on 可显示对话内请求及 481；对于 NAT 后的话机，在端点上设置 rewrite_contact=yes、force_rport=yes 和 rtp_symmetric=yes；如果掉线发生在会话刷新之后，请检查 timers=。
    .freeswitch =
        sofia global siptrace on 可显示无法匹配的请求；对于 NAT 后的话机，检查 profile 的 NAT 设置（aggressive-nat-detection、apply-nat-acl）；如果掉线发生在刷新之后，检查 session-timeout 和 enable-timer。
    .kamailio =
        kamcmd dlg.list（dialog 模块）可显示代理是否仍在跟踪该呼叫；检查对话内请求的 loose_route() 处理，以及 nathelper 的 fix_nated_contact() 等 NAT 修正。
    .opensips =
        opensips-cli -x mi dlg_list 可显示该对话是否仍然存在；检查 loose_route() 的处理以及对 NAT 后话机使用的 fix_nated_contact()。

# en: 66b21340
gigaset-0x482 =
    .title = 0x482：检测到环路
    .summary = 话机从运营商收到了 SIP 482：代理服务器发现同一个请求又回到了自己这里，说明呼叫在循环。手册将其描述为“重复的服务请求”。
    .causes =
        号码之间互相呼叫前转（A 转到 B，B 又转回 A）。
        运营商网络内部或运营商之间的路由错误。
        出站代理设置使请求又回到了前转路径中。
    .actions =
        检查自己线路的呼叫前转，并请被叫检查其前转设置。
        在 Web 配置界面检查该连接的出站代理设置。
        如果与呼叫前转无关，请把目的号码和时间报告给运营商。重试没有帮助。
    .ui = 无法接通您的呼叫。
    .impact = 呼叫失败，没有回铃，手柄显示 0x482；每次拨打该号码都以同样方式失败。
    .confirm =
        在运营商或 PBX 一侧的 SIP 抓包中查看被拒绝请求的 Via 头域；同一代理出现两次即说明存在环路。
        检查您自己线路上的呼叫前转（运营商门户、PBX、基站），并询问被叫方的前转设置。
        检查 Web 配置界面中该连接的出站代理设置。
    .asterisk =
        Asterisk 内部的前转环路在 core show channels 中表现为一个呼叫对应大量通道；检查把呼叫送回某个又会再次前转的分机的拨号方案或 follow-me 规则。
    .freeswitch =
        经过 FreeSWITCH 的环路通常以 hangup_cause EXCHANGE_ROUTING_ERROR 结束，并以 483 而非 482 发出，因此 482 很可能是从对端转回的：请查看 B 腿的 sip_term_status 以及拨号方案中的前转规则。
    .kamailio =
        每次经过脚本时记录 $ru 和 $du 以观察环路，并检查把请求送回代理的前转规则；在 request_route 开头调用 mf_process_maxfwd_header() 可终止脚本未能发现的环路。
    .opensips =
        每次经过时记录 $ru 和 $du，检查指回代理自身的前转和路由规则，并确保在主路由开头调用 mf_process_maxfwd_header()。

# en: bd1cc745
gigaset-0x483 =
    .title = 0x483：跳数过多
    .summary = 话机从运营商收到了 SIP 483：请求经过的服务器太多，在到达目的地之前 Max-Forwards 计数已经用尽。正如手册所说，这个上限由最初的发送方设定。
    .causes =
        呼叫前转链过长或形成循环。
        运营商网络内部或运营商之间存在路由环路。
        话机发送的 Max-Forwards 值异常偏小（少见）。
    .actions =
        检查自己线路和被叫线路上的呼叫前转。
        在抓包中查看话机 INVITE 的 Max-Forwards 值，通常初始值为 70。
        如果与呼叫前转无关，请运营商检查到该目的地的路由。
    .ui = 无法接通您的呼叫。
    .impact = 呼叫在短暂延迟后失败，没有回铃，手柄显示 0x483；重拨结果相同。
    .confirm =
        在 SIP 抓包中检查话机 INVITE 的 Max-Forwards 值；通常初始值为 70，明显偏低则说明问题在话机。
        检查您的线路和被叫线路上的呼叫前转，看是否存在不断转下去的前转链。
        请运营商跟踪到该目的地的路由；到达拒绝方服务器的请求会在 Via 头域中列出所经过的每一跳。
    .asterisk =
        Asterisk 外发请求的 Max-Forwards 初始值取自 pjsip.conf 中 type=global 段的 max_forwards（默认 70）；经过拨号方案的环路在 core show channels 中表现为一个呼叫对应大量通道。
    .freeswitch =
        FreeSWITCH 把收到的 Max-Forwards 复制到 max_forwards 变量，每次桥接时递减，降到零时以 hangup_cause EXCHANGE_ROUTING_ERROR 结束呼叫并发出 483；请检查拨号方案中是否有循环的 transfer 或 bridge。
    .kamailio =
        默认配置在 mf_process_maxfwd_header() 发现 Max-Forwards 已耗尽时回 483“Too Many Hops”；记录 $ru 和 $du，查看每次经过时请求被路由到哪里。
    .opensips =
        mf_process_maxfwd_header() 报告 Max-Forwards 已耗尽时，脚本回 483；记录 $ru 和 $du 以跟踪环路。

# en: 4465fbd6
gigaset-0x484 =
    .title = 0x484：地址不完整
    .summary = 话机从运营商收到了 SIP 484：所拨号码太短，无法路由，通常是漏拨了数字。基站在拨号尚未完成时就发送号码，也会出现这种情况。
    .causes =
        所拨号码缺少数字。
        号码在拨完之前就被发送（摘机后拨号过慢）。
        基站上的拨号规则截短了号码。
    .actions =
        拨打包含区号的完整号码。
        先输入号码再按通话键，让完整号码一次发送。
        在 Web 配置界面检查拨号规则和前缀。
    .ui = 您拨打的号码不完整。
    .impact = 拨号后呼叫立即失败，有时主叫还在按键时就已失败；会听到错误提示音，手柄显示 0x484。
    .confirm =
        在 SIP 抓包中查看 INVITE 的 Request-URI，确认实际发出了哪些数字。
        先输入完整号码再按通话键，对比结果。
        检查 Web 配置界面中的拨号规则和前缀，看是否有截短号码的设置。
    .asterisk =
        在 allow_overlap=yes（默认值）时，如果所拨数字只与端点 context 中的分机部分匹配，Asterisk 会回 484；用 pjsip show endpoint <name> 和 dialplan show 检查。
    .freeswitch =
        hangup_cause INVALID_NUMBER_FORMAT 以 484 发出；检查本应匹配该号码的拨号方案条件，以及日志中显示尝试了哪个 extension 的行。
    .kamailio =
        484 要么由脚本发出（例如对 $rU 做长度检查后），要么是从下一跳转发来的；记录 $rU，并在 onreply_route 中记录 $rs。
    .opensips =
        484 来自脚本对 $rU 的检查，或从下游转发而来；记录 $rU，并在 onreply_route 中记录 $rs 和 $si。

# en: 8947e6ff
gigaset-0x485 =
    .title = 0x485：地址不明确
    .summary = 话机从运营商收到了 SIP 485：所拨地址对应多个用户，服务器无法确定是哪一个，可能会在 Contact 头域中列出候选目标。手册说所拨 URI 不唯一。
    .causes =
        简短或不完整的号码与运营商目录中的多个条目匹配。
        多个用户共用的短号或基于名称的地址。
    .actions =
        拨打完整且唯一的号码。
        在抓包中查看 Contact 头域，了解提供了哪些候选目标。
        如果拨打普通号码也返回 485，请运营商检查其号码规划。
    .ui = 您拨打的号码对应多位用户，请拨打完整号码。
    .impact = 呼叫失败，没有回铃，手柄显示 0x485；主叫需要拨打更长、唯一的号码。
    .confirm =
        在 SIP 抓包中查看 INVITE 的 Request-URI，以及 485 的 Contact 头域，其中可能列出了可能的目标。
        拨打完整号码，检查能否接通。
        如果完整号码也收到 485，请运营商或 PBX 管理员检查编号计划。
    .freeswitch =
        FreeSWITCH 会把对端的 SIP 码回传给话机，因此 485 通常来自运营商：查看 B 腿的 sip_term_status；如果希望 FreeSWITCH 发送自己的代码，可设置 sip_ignore_remote_cause=true。
    .kamailio =
        485 要么由脚本发出（例如短号查询匹配到多个条目），要么是从下一跳转发来的；记录 $rU，并在 onreply_route 中记录 $rs 和 $si。
    .opensips =
        485 来自脚本中匹配到多个条目的查询，或从下游转发而来；记录 $rU，并在 onreply_route 中记录 $rs 和 $si。

# en: f400cb68
gigaset-0x486 =
    .title = 0x486：被叫号码忙
    .summary = 话机从运营商收到了 SIP 486：已联系到被叫终端，但它此刻无法再接听新的呼叫。这是呼叫的正常结果；手册将其描述为所拨号码占线。
    .causes =
        被叫正在通话，且未开启呼叫等待或等待已满。
        被叫拒接了来电。
        被叫侧的 PBX 或中继没有该用户可用的空闲通道。
    .actions =
        这并非故障；稍后再拨，如果带有 Retry-After 请遵守。
        如果拨打该号码总是忙，被叫方应检查其终端和通道上限。
        如果呼叫这台 Gigaset 的人总是听到忙音，请检查基站上的呼叫等待和允许的并发呼叫数。
    .ui = 对方正忙。
    .impact = 主叫立即或在短暂回铃后听到忙音，手柄显示 0x486；稍后再拨通常可以接通。
    .confirm =
        在 SIP 抓包中确认 486 来自被叫方（查看其 Server 或 User-Agent 头域），并查看 Reason 头域（如有）。
        如果每次呼叫该号码都是忙，请检查被叫 PBX 或设备上的呼叫数限制或卡住的呼叫。
        如果呼叫这台 Gigaset 的人总是听到忙音，请检查呼叫等待以及基站允许的同时通话数。
    .asterisk =
        挂机原因 17（用户忙）会让 Asterisk 发出 486；拨号方案中的 DIALSTATUS BUSY 和 core show channels 可看出被叫端点是否确实在通话。
    .freeswitch =
        hangup_cause USER_BUSY 以 486 发出；B 腿的 sip_term_status 可看出是否是被叫话机自己回了忙。
    .kamailio =
        Kamailio 只是转发被叫方的 486；遇忙前转或语音信箱通常在 failure_route 中通过 t_check_status("486") 添加。
    .opensips =
        OpenSIPS 只是转发被叫方的 486；遇忙前转或语音信箱通常在 failure_route 中通过 t_check_status("486") 处理。

# en: 26699a6b
gigaset-0x487 =
    .title = 0x487：呼叫已取消
    .summary = 话机从运营商收到了 SIP 487：呼叫在被接听之前已被取消，此响应确认取消已生效。手册把它归入一般错误。
    .causes =
        主叫在对方接听前挂机。
        话机或运营商在无应答定时器到期后取消了呼叫。
        呼叫已在另一台终端上被接听，其他振铃分支随之取消。
    .actions =
        如果是主叫挂机，这是预期结果，无需处理。
        如果没有人挂机却出现此代码，请在抓包中找出是哪一方发送了 CANCEL，并检查无应答定时器。
        检查运营商处的无应答前转和同振设置。
    .ui = 呼叫已取消。
    .impact = 通常是主叫在对方应答前挂了机，之后什么也听不到；如果主叫并没有挂机，振铃会意外停止，手柄显示 0x487。
    .confirm =
        在 SIP 抓包中找到 487 之前的 CANCEL，确认是谁发出的：话机（主叫挂机）还是服务器。
        如果不是话机发出的，请检查 PBX 或运营商的无应答定时器和无应答前转设置。
        如果呼叫同时在多台设备上振铃，检查是否已由另一台设备接听。
    .asterisk =
        Dial() 超时或主叫挂机时会取消外呼腿；DIALSTATUS（CANCEL 或 NOANSWER）可看出是哪种情况，pjsip set logger on 可显示 CANCEL 由谁发出。
    .freeswitch =
        hangup_cause ORIGINATOR_CANCEL（以 487 发出）表示主叫放弃了呼叫；如果呼叫被过早切断，请检查拨号方案中的 call_timeout 或 originate_timeout。
    .kamailio =
        fr_inv_timer 超时时，tm 会取消正在振铃的分支并向上游返回 408，因此话机收到 487 说明 CANCEL 来自话机本身或上游；请检查并行分叉（lookup() 返回的多个联系地址、append_branch()）。
    .opensips =
        fr_inv_timeout 超时时，tm 会取消各分支并回 408，因此话机收到 487 说明之前有来自话机或上游的 CANCEL；请检查分叉分支和 failure_route 的处理。

# en: 67af8063
gigaset-0x488 =
    .title = 0x488：媒体不可接受
    .summary = 话机从运营商或被叫侧收到了 SIP 488：SDP 描述的会话无法被接受，通常是没有共同的编解码器或媒体参数不匹配。手册将其描述为媒体描述不兼容。
    .causes =
        基站只提供运营商或被叫侧不支持的编解码器（例如只有 G.722 或 G.729）。
        SDP 中的媒体参数不常见（打包时长、DTMF 方式）。
        路由器的 SIP ALG 改写了 SDP。
    .actions =
        在 Web 配置界面的音频设置中启用标准编解码器 G.711 A-law 和 µ-law（PCMA/PCMU）。
        在抓包中把 SDP offer 与 488 响应的 Warning 头域对照，后者常会指出问题所在。
        关闭路由器的 SIP ALG，并向运营商确认其支持的编解码器。
    .ui = 无法接通呼叫：双方的语音设置不匹配。
    .impact = 呼叫在建立过程中失败，可能在振铃前或刚开始振铃时，手柄显示 0x488；有时只有拨往某些目的地的呼叫失败。
    .confirm =
        在 SIP 抓包中列出话机 SDP offer 中的编解码器（m= 行中的 payload 类型和 rtpmap 行）。
        查看 488 的 Warning 头域（如有），并将 offer 与运营商或被叫方支持的编解码器对比。
        检查 Web 配置界面音频设置中启用的编解码器，并对比经过路由器前后的 SDP，以排除 SIP ALG 的影响。
    .asterisk =
        pjsip show endpoint <name> 可列出允许的编解码器（allow=、disallow=）；没有任何一个与 offer 匹配时 Asterisk 回 488，挂机原因 58（承载能力不可用）也以 488 发出。
    .freeswitch =
        将 offer 与 profile 上的 inbound-codec-prefs 对比；hangup_cause INCOMPATIBLE_DESTINATION 以 488 发出，调试日志中的编解码器比对行会显示为何没有匹配。
    .kamailio =
        除非脚本修改了 SDP，Kamailio 只是转发 488；检查 rtpengine 或 sdpops 的调用（例如 sdp_remove_codecs_by_name()）是否删掉了双方共有的编解码器。
    .opensips =
        除非脚本修改了 SDP，OpenSIPS 只是转发 488；检查 codec_delete() 或 rtpengine 的调用是否删掉了双方共有的编解码器。
