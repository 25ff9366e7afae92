# 厂商变体：俄罗斯运营商 4 类软交换上出现的原因短语（技术支持整理的列表，seed 001）。
# 除“403 Caller Not Registered”外，各短语来源不明。
# 数据：data/vendors/ru-softswitch.toml

# en: ddb0d828
ru-softswitch-400-bad-request =
    .title = 请求格式错误
    .summary = 软交换无法按收到的形式接受该请求。在这份技术支持列表中，400 几乎总是指主叫侧设备配置导致的信令问题，而不是所拨目的地有问题。
    .causes =
        主叫话机或 PBX 配置有误：传输方式、域名，或 Request-URI、From 中的号码格式。
        软交换无法解析某个头域或 SDP 消息体，常见于路由器的 SIP ALG 改写了报文。
        客户网关或软电话的固件缺陷。
    .actions =
        抓取收到 400 的 INVITE 或 REGISTER，将其头域与运营商的要求逐项对比。
        关闭客户路由器上的 SIP ALG 后重新测试。
        原样重发同一请求无济于事，应先修正配置。
    .ui = 由于设置问题，呼叫无法建立。
    .impact = 呼叫在振铃之前就立即失败：主叫听到快忙音，或在话机上看到笼统的“呼叫失败”或“400 Bad Request”提示。
    .confirm =
        在信令抓包中找到收到 400 的 INVITE 或 REGISTER，将其 Request-URI、From、To 和 Contact 与运营商提供的接入参数（域名、号码格式、传输方式）逐项核对。
        将 PBX 发出的该请求与在路由器 WAN 侧抓到的报文对比；头域或 SDP 不一致说明 SIP ALG 改写了报文。
        用同一账号在一个普通软电话上试呼一次；如果能接通，问题出在原设备的配置或固件上。
    .asterisk =
        执行 pjsip set logger on 后重呼，查看被拒绝请求的完整内容；再检查 pjsip show endpoint <trunk> 中的 from_user、from_domain，以及拨号方案传给 Dial() 的号码。
    .freeswitch =
        打开 sofia global siptrace on 后重呼；网关腿会以 sip_term_status=400、hangup_cause NORMAL_TEMPORARY_FAILURE 结束。检查网关的 from-user、from-domain、realm 和 caller-id-in-from 参数。
    .kamailio =
        如果由 Kamailio 把呼叫转发给运营商，对比它收到的请求和转发出去的请求：脚本对头域的修改（uac_replace_from()、remove_hf()、append_hf()）可能产生软交换无法接受的请求。
    .opensips =
        如果 OpenSIPS 位于运营商之前，检查脚本在转发请求中改了什么（uac_replace_from()、remove_hf()、append_hf()、拓扑隐藏），并在 onreply_route 中记录 $rs 和 $rr，查看运营商发来的原始 400。

# en: b92c811a
ru-softswitch-401-unauthorized =
    .title = 认证质询（正常）
    .summary = 软交换要求设备先证明身份再接受请求。这是对不带凭据的 REGISTER 或 INVITE 的正常首次应答：设备应携带账号和密码重发请求。
    .causes =
        首个 REGISTER 或 INVITE 按惯例未携带 Authorization 头域。
        如果设备带凭据重发后仍收到 401，说明账号或密码未被接受。
    .actions =
        一次 401 之后紧跟带 Authorization 的请求属于正常流程，无需处理。
        如果设备从不响应质询，检查话机上是否填写了 SIP 账号和密码。
        如果带认证的请求也收到 401，请与运营商核对用户名、realm 和密码。
    .ui = 正在登录…
    .impact = 一切正常时用户察觉不到：话机会在几毫秒内带上密码重发请求。只有密码被拒时，话机才会显示注册失败或“认证失败”，呼叫也无法接通。
    .confirm =
        在抓包中确认 401 之后紧跟着同一请求的重发，并带有 Authorization 头域（Call-ID 相同，CSeq 加一）。
        确认该重发请求收到 200 OK（INVITE 则收到 100 Trying）；再次收到 401 说明凭据被拒绝。
        如果根本没有重发请求，检查设备上该账号是否填写了 SIP 密码和认证用户名。
    .asterisk =
        pjsip show registrations 显示中继注册最终是 Registered 还是 Rejected；请求停在 401 通常说明 endpoint 或 registration 缺少 outbound_auth，或 auth 段中的 username、password 有误。
    .freeswitch =
        质询应答成功后 sofia status gateway <gateway> 显示 REGED；注册一直停在 401 时，检查网关的 username、password 或 realm 参数。
    .kamailio =
        如果 Kamailio 自己向运营商注册（uac 模块），kamcmd uac.reg_dump 可查看每条注册的状态；对于它转发的呼叫，在 failure_route 中用 uac_auth() 应答运营商的 401。
    .opensips =
        如果 OpenSIPS 用 uac_registrant 模块向运营商注册，可用 opensips-cli -x mi reg_list 查看状态；对于转发的呼叫，在 failure_route 中用 uac_auth() 应答 401，凭据取自 uac_auth 模块。

# en: e18b3fff
ru-softswitch-401-expired-authorization =
    .title = 注册已过期
    .summary = 软交换报告该账号的注册时间已到期，授权随之失效，因此拒绝请求。设备需要使用凭据重新注册。
    .causes =
        设备未在 Expires 到期前刷新注册（刷新间隔过长、网络中断、设备休眠）。
        NAT 映射超时，刷新用的 REGISTER 未能到达软交换。
        软交换在 200 OK 中给出了更短的 Expires，而设备忽略了该值。
    .actions =
        让设备重新注册，确认 REGISTER 以 200 OK 结束。
        对比设备上的注册间隔与软交换返回的 Expires，应在到期前留足余量刷新。
        位于 NAT 之后时，缩短重新注册间隔或开启保活（keep-alive）。
    .ui = 话机已不在登录状态，请重试。
    .impact = 话机上的账号显示为未注册（注册图标变红或变灰、“无服务”），在重新注册之前呼出全部失败；打给该客户的来电也可能到不了话机。
    .confirm =
        在抓包中找到最后一个收到 200 OK 的 REGISTER，读取软交换给出的 Expires 值（或 Contact 中的 expires 参数）。
        检查下一个 REGISTER 的发送时间：它必须在到期前发出；间隔超过 Expires 即可确认原因。
        位于 NAT 之后时，检查刷新用的 REGISTER 是否离开了局域网却没有到达运营商（对比 PBX 上和路由器 WAN 侧的抓包）。
    .asterisk =
        pjsip show registrations 显示中继注册的状态；registration 段中的 expiration 决定申请的注册时长，retry_interval 决定刷新失败后多久重试。
    .freeswitch =
        sofia status gateway <gateway> 显示状态和距下次刷新的时间；网关参数 expire-seconds 和 retry-seconds 分别设置注册间隔和失败后的重试间隔。
    .kamailio =
        如果 Kamailio 用 uac 模块向运营商注册，kamcmd uac.reg_dump 可列出每条远端注册及其到期时间；uacreg 记录的 expires 列和 reg_timer_interval 参数决定刷新频率。
    .opensips =
        如果 OpenSIPS 通过 uac_registrant 向运营商注册，opensips-cli -x mi reg_list 显示每条注册的状态和到期时间；记录中的 expiry 列决定刷新频率。

# en: be490123
ru-softswitch-403-no-such-user =
    .title = 用户不存在
    .summary = 软交换上没有与该请求对应的用户。技术支持列表将其归因于设备上配置的号码、账号或密码有误。
    .causes =
        设备上的 SIP 账号（认证用户名）或号码输入错误。
        密码错误，且账号无法与软交换中的任何账户对应。
        运营商侧从未创建该账号，或已将其删除。
    .actions =
        将设备上的账号、号码和密码与运营商提供的资料逐字符核对。
        请运营商确认账号存在，并确认 From 和 Authorization 中应使用的用户名。
        不修改设置就重试无济于事。
    .ui = 无法识别您的账号，请检查设置。
    .impact = 话机注册失败（图标变红，屏幕显示“注册失败”或“403 Forbidden”），所有呼出都被立即拒绝，主叫听到快忙音。
    .confirm =
        在抓包中查看收到 403 的 REGISTER 或 INVITE 里 From 的用户部分，以及 Authorization 头域中的 username 参数。
        将这两个值与运营商下发的账号资料（账号、号码、用作 realm 的域名）逐字符核对。
        确认密码属于同一个账号：用另一个账号的凭据应答质询，结果相同。
    .asterisk =
        pjsip show auth <name> 显示中继认证所用的用户名；将其连同 endpoint 的 from_user 和 registration 的 client_uri 一起与运营商资料核对。
    .freeswitch =
        检查网关的 username、auth-username 和 from-user 参数；在与运营商资料一致之前，sofia status gateway <gateway> 会显示注册失败而不是 REGED。
    .kamailio =
        对于 Kamailio 用 uac 模块发出的注册，检查 uacreg 表中该记录的 auth_username、auth_password 和 r_username（kamcmd uac.reg_dump 会列出这些字段）。
    .opensips =
        对于 uac_registrant 发出的注册，检查该记录的 aor、username 和 password 列；其状态可用 opensips-cli -x mi reg_list 查看。

# en: 141fc290
ru-softswitch-403-user-disabled =
    .title = 账号已停用
    .summary = 账号存在，但运营商已将其停用，因此软交换拒绝该账号的所有请求。只有运营商能重新启用。
    .causes =
        运营商有意封停了账号：合同终止、账单未付或疑似欺诈。
        账号被误停用，例如在迁移过程中。
    .actions =
        联系运营商客服，提供账号名称并询问停用原因。
        修改设备配置无效；在账号恢复之前重试没有意义。
    .ui = 您的账号已停用，请联系运营商。
    .impact = 注册失败，每个呼叫都被立即拒绝并听到快忙音；话机的账号旁可能显示“403 Forbidden”或“账号已停用”。
    .confirm =
        查看抓包中 403 的原因短语：User Disabled 指的是账号状态，而不是密码错误。
        确认 REGISTER 和 INVITE 都收到同样的应答，且使用该账号的所有设备都一样。
        在运营商的自助门户或账单中查找停机通知，然后请运营商客服确认封停。
    .asterisk =
        pjsip show registrations 显示中继为 Rejected；在默认的 forbidden_retry_interval=0 下，Asterisk 收到 403 后不再注册，因此账号恢复后请执行 pjsip send register <registration>。
    .freeswitch =
        sofia status gateway <gateway> 显示注册失败；运营商恢复账号后，用 sofia profile external register <gateway> 立即重新注册。
    .kamailio =
        kamcmd uac.reg_dump 会显示被运营商拒绝的 uac 注册；在 failure_route 中用 t_check_status("403") 让脚本停止为该账号尝试其他路由，而不是重复同一个被拒的请求。
    .opensips =
        opensips-cli -x mi reg_list 显示该 registrant 记录未注册；在 failure_route 中用 t_check_status("403") 可避免用同一个已停用账号去尝试其他网关。

# en: 586a4054
ru-softswitch-403-wrong-guess =
    .title = 密码错误
    .summary = 软交换找到了账号，但设备发送的密码（digest 认证凭据）不匹配。该短语把每次失败的尝试视为一次“猜测”密码。
    .causes =
        设备上的密码错误或已过时，例如运营商侧已修改密码。
        认证用户名与密码分属不同账号。
        修改凭据后设备仍在使用缓存的旧密码。
    .actions =
        严格按运营商提供的内容重新输入 SIP 密码（注意大小写，不要多余空格）。
        如有疑问，请运营商重置密码。
        阻止设备用错误密码反复尝试：连续失败看起来像暴力破解，来源地址可能被封禁。
    .ui = 密码错误，请检查账号设置。
    .impact = 话机显示注册或认证错误（图标变红、“密码错误”、“403 Forbidden”），呼叫被立即拒绝；多次失败后运营商可能封禁源地址，届时所有请求都无法通过。
    .confirm =
        在抓包中确认请求带有 Authorization 头域，username 和 realm 都正确，但仍然收到 403 Wrong Guess。
        在设备上重新输入密码并观察下一个 REGISTER：收到 200 OK 即证明原密码有误。
        根据抓包或设备日志统计每分钟失败的 REGISTER 数：频繁发送说明设备在循环重试，有被封禁的风险。
    .asterisk =
        检查 outbound_auth 所指 auth 段中的 username 和 password（pjsip show auth <name>）；在 forbidden_retry_interval=0 时，Asterisk 收到 403 后停止注册，可避免源地址被封禁。
    .freeswitch =
        检查网关的 password（以及已设置的 auth-username），并调大 retry-seconds，避免错误密码反复冲击软交换；改正后执行 sofia profile external killgw <gateway>，再执行 sofia profile external rescan。
    .kamailio =
        对于 uac 注册，修改 uacreg 表中该记录的 auth_password，并用 kamcmd uac.reg_reload 重新加载。
    .opensips =
        对于 uac_registrant 记录，修改 password 列，并用 opensips-cli -x mi reg_reload 重新加载。

# en: 26102bb9
ru-softswitch-403-forbidden =
    .title = 用户未注册
    .summary = 据反馈，在这些软交换上普通的 403 Forbidden 表示用户未注册，因此其呼叫被拒绝。应将其当作注册问题处理，而不是一般性的权限拒绝。
    .causes =
        设备未注册，或注册失败、已过期。
        发起呼叫所用的账号或 IP 地址与完成注册的不一致。
    .actions =
        检查设备的注册状态以及信令跟踪中的 REGISTER 交互，应以 200 OK 结束。
        确认 INVITE 使用的账号（From 用户、认证用户名）与注册时相同。
        如果注册正常，请运营商查看日志，说明此次呼叫的 403 具体原因。
    .ui = 您的话机未登录到服务。
    .impact = 呼出立即失败，主叫听到快忙音或看到“403 Forbidden”，而话机往往仍显示已注册；运营商打给该客户的来电也会中断。
    .confirm =
        在抓包中确认该账号最后一次 REGISTER 收到了 200 OK，且 Expires 尚未到期。
        将被拒 INVITE 的 From 用户名和 Authorization 中的 username 与成功的 REGISTER 对比。
        确认 INVITE 与 REGISTER 从同一个公网 IP 地址和端口发出（注意 NAT、多条 WAN 线路）。
    .asterisk =
        pjsip show registrations 应显示中继为 Registered；确认发起呼叫的 endpoint 与注册使用同一账号（from_user、outbound_auth），并走同一个 transport。
    .freeswitch =
        sofia status gateway <gateway> 应显示 REGED，且呼叫必须经由该网关发出（sofia/gateway/<gateway>/号码），而不是直接经由 profile 发出。
    .kamailio =
        如果 Kamailio 把话机的 REGISTER 转发给运营商，确认 INVITE 与 REGISTER 从同一个 socket 发出；源地址不同（force_send_socket()、多网卡）在运营商看来就是未注册的主叫。
    .opensips =
        确认 OpenSIPS 从与 REGISTER 相同的 socket 发送 INVITE（force_send_socket()、uac_registrant 记录中的 forced_socket），以便运营商把呼叫与注册对应起来。

# en: 06bd88ec
ru-softswitch-403-empty-route-set =
    .title = 路由中无网关
    .summary = 软交换在路由中找不到该呼叫可用的任何网关，无处转发：该目的地或该客户的路由集为空。
    .causes =
        运营商没有为所拨前缀配置路由。
        该路由的所有网关已被删除或停用。
        客户的路由计划不包含该目的地。
    .actions =
        检查 Request-URI 中的号码格式（国家码、前缀）。
        将所拨号码和 Call-ID 发给运营商，请其检查该前缀的路由。
        路由修复之前重试无效；如有其他运营商，可改走其线路。
    .ui = 暂时无法拨通该号码。
    .impact = 呼叫立即失败，没有回铃：主叫听到快忙音或本方 PBX 的简短提示音，话机上可能显示“403 Forbidden”。
    .confirm =
        查看被拒 INVITE 的 Request-URI 中的被叫号码，确认其格式符合运营商要求（国家码、出局前缀、位长）。
        用完整的国际格式重拨该号码，并拨打同一目的地的另一个号码；如果都返回 Empty Route Set，说明运营商没有该号段的路由。
        把号码、Call-ID 和时间发给运营商，请其检查该号段的路由。
    .asterisk =
        中继通道的 HANGUPCAUSE(channel,tech) 值为 SIP 403 Empty Route Set（原因 CALL_REJECTED）；Dial() 失败后让拨号方案改走另一条中继，而不是重复同一条。
    .freeswitch =
        网关腿以 sip_term_status=403、hangup_cause CALL_REJECTED 结束；如需改道，在 bridge 字符串中用竖线分隔再列一个网关（顺序故障转移），FreeSWITCH 就会尝试它。
    .kamailio =
        在 failure_route 中，t_check_status("403") 结合 $T_reply_reason 为 Empty Route Set，可将这种路由失败与认证类 403 区分开；再用 ds_next_dst() 把呼叫交给另一家运营商。
    .opensips =
        在 failure_route 中用 t_check_status("403") 捕获该 403，使用 drouting 时调用 use_next_gw()（使用 dispatcher 时调用 ds_next_dst()），经另一家运营商送出呼叫。

# en: 0da9a080
ru-softswitch-403-caller-not-registered =
    .title = 主叫未注册
    .summary = 主叫用户当前没有有效注册，因此软交换拒绝呼叫。某个基于 Node.js 的 SIP 代理服务器/注册服务器在 INVITE 来自没有已注册 Contact 的用户时，正是发送这一短语；俄文列表也将其解释为“用户不存在”。
    .causes =
        主叫设备从未注册，或注册已过期。
        INVITE 的 From 用户与设备注册时所用账号不同。
        呼叫来自与已注册 Contact 不同的 IP 地址或端口（NAT 映射变化）。
    .actions =
        检查主叫设备的注册状态，以及信令跟踪中最后一次 REGISTER / 200 OK。
        比较 INVITE 的 From 用户与已注册账号。
        让设备重新注册后再次呼叫。
    .ui = 您的话机未登录到服务。
    .impact = 呼出立即失败，听到快忙音或看到“403 Forbidden”，通常发生在话机关机、断网或地址变更之后；此时注册图标可能仍是绿色。
    .confirm =
        在抓包中找到该账号最后一次 REGISTER，确认它收到了 200 OK 且尚未过期。
        将被拒 INVITE 的 From 用户与该 REGISTER 的 To 头域中注册的用户进行对比。
        将 INVITE 的源 IP 地址和端口与 REGISTER 的 Contact 及源地址对比；发生变化说明 NAT 映射已重建。
    .asterisk =
        用 pjsip show registrations 检查中继；如果运营商把呼叫与注册地址绑定，应让注册和呼叫走同一个 transport，并在 NAT 后缩短 expiration。
    .freeswitch =
        确认 sofia status gateway <gateway> 显示 REGED，且网关的 from-user 就是注册的用户；位于 NAT 后时调小 expire-seconds，使映射保持有效。
    .kamailio =
        确保 INVITE 与 REGISTER 从同一个 socket 和公网地址发出；对于 NAT 后的话机，用 nathelper 的 natping_interval 保持映射不断开，使其注册持续可用。
    .opensips =
        确认 OpenSIPS 从与 REGISTER 相同的 socket 和地址转发 INVITE；对于 NAT 后的话机，nathelper 的 natping_interval 可保持映射不断开。

# en: f6ce872a
ru-softswitch-403-out-of-look-ahead-retries =
    .title = 所有路由均已尝试失败
    .summary = 软交换已依次尝试该目的地路由列表中的全部网关（look-ahead 路由），每次都失败，于是停止尝试。真正的失败发生在网关上，而不在主叫的请求中。
    .causes =
        该目的地的所有网关都拒绝了呼叫、处于忙或没有应答。
        该前缀的路由列表网关很少，且均不可用。
        呼叫中的某项内容（号码格式、编解码器）被每个网关拒绝。
    .actions =
        向运营商提供 Call-ID 和时间，以便查明尝试了哪些网关以及各自的应答。
        稍后重试：网关可能恢复。
        如果只有某一目的地持续失败，请运营商增加或修复该目的地的路由，或将这部分话务改走其他运营商。
    .ui = 呼叫未能接通，请稍后再试。
    .impact = 软交换逐条尝试路由期间，主叫要在静默中等待比平时更久，随后听到快忙音或本方 PBX 的提示音。
    .confirm =
        在抓包中测量 INVITE 到 403 之间的时间：中间只有 100 Trying、持续数秒，说明软交换尝试了多个网关。
        拨打同一目的地的其他号码以及其他目的地：如果只有某个号段失败，说明该号段的路由都已不可用。
        把 Call-ID 和时间发给运营商，请其列出尝试过的每个网关及其应答。
    .asterisk =
        pjsip set logger on 可看到原因短语；在拨号方案中把它当作路由失败处理，改走另一条中继，而不是立即在同一条中继上重试。
    .freeswitch =
        网关腿以 sip_term_status=403 结束，主叫腿的 sip_hangup_phrase 为 Out of Look-Ahead Retries；用竖线分隔多个网关的故障转移 bridge 字符串可经另一家运营商接通。
    .kamailio =
        在 failure_route 中用 ds_next_dst() 把呼叫交给另一家运营商，而不是在同一软交换上重复；确认 fr_inv_timer 足够长，能容纳软交换自身的路由搜索。
    .opensips =
        在 failure_route 中用 use_next_gw()（drouting）或 ds_next_dst()（dispatcher）继续尝试；确认 fr_inv_timeout 足够长，能容纳软交换自身的路由搜索。

# en: fbecf3b2
ru-softswitch-403-invalid-phone-number =
    .title = 未知目的地
    .summary = 软交换没有与所拨号码对应的目的地（方向），因此拒绝呼叫。通常是号码有误，或格式不符合运营商的要求。
    .causes =
        号码格式不符合预期：缺少国家码、多了前缀、用了国内格式而非国际格式。
        该运营商不提供此目的地的服务。
        号码输入错误。
    .actions =
        按运营商的拨号规则核对 Request-URI 中的号码格式。
        询问运营商该账号是否开通了此目的地。
        原样重拨同一号码无济于事。
    .ui = 您拨打的号码无效。
    .impact = 呼叫被立即拒绝，主叫听到快忙音，或话机显示“号码无效”或“403 Forbidden”；不会有回铃。
    .confirm =
        查看被拒 INVITE 的 Request-URI（以及 To）中 PBX 实际发出的号码，而不是用户拨的号码。
        将其格式与运营商的拨号规则对比：国家码、出局前缀、国内或国际格式、位长。
        用另一种格式（例如完整的国际格式）呼叫同一目的地，看应答是否改变。
    .asterisk =
        检查拨号方案在去掉或加上前缀后传给 Dial() 的号码；pjsip set logger on 可看到运营商收到的 Request-URI。
    .freeswitch =
        检查经过拨号方案正则表达式处理以及 bridge 字符串中加前缀后的号码；sofia global siptrace on 可看到发往网关的 Request-URI。
    .kamailio =
        如果 Kamailio 做号码规整（dialplan 模块的 dp_translate()，或修改 $rU），检查实际发给运营商的 Request-URI 用户部分。
    .opensips =
        如果 OpenSIPS 改写号码（dialplan 模块的 dp_translate()，或 drouting 网关的 strip 和 prefix 设置），在转发前记录 $rU，查看运营商实际收到的号码。

# en: 49858f9d
ru-softswitch-404-not-found =
    .title = 号码不存在
    .summary = 软交换上不存在被叫用户：没有与所拨号码对应的 SIP 号码。请求已到达正确的服务器，但目标在那里未知。
    .causes =
        拨错了号码或分机号。
        被叫号码已被删除或从未分配。
        号码格式与用户数据库不符（前缀、国家码）。
    .actions =
        检查 Request-URI 中的被叫号码及其格式。
        询问运营商该号码在其一侧是否存在。
        重试无效。
    .ui = 您拨打的号码不存在。
    .impact = 呼叫立即结束，主叫听到快忙音或本方 PBX 播放的“号码不存在”提示音；话机上可能显示“404 Not Found”。
    .confirm =
        查看 INVITE 的 Request-URI 中的被叫号码，并与用户想拨的号码对比。
        检查运营商要求的格式：前缀、国家码和位长。
        通过其他路由或用手机拨打同一号码；如果到处都打不通，说明该号码未启用。
    .asterisk =
        Asterisk 将 404 映射为原因 UNALLOCATED (1)，因此 Asterisk 后面的话机会收到“空号”类提示；pjsip set logger on 可看到 Request-URI 中的号码。
    .freeswitch =
        网关腿以 sip_term_status=404、hangup_cause UNALLOCATED_NUMBER 结束；检查 bridge 字符串发出的号码。
    .kamailio =
        如果由 Kamailio 转发呼叫，404 会原样从运营商返回；在 failure_route 中用 t_check_status("404") 可停止故障转移，因为其他路由通常也不认识这个号码。
    .opensips =
        在 failure_route 中用 t_check_status("404") 让脚本直接结束呼叫，不再尝试其他网关；记录 $rU 可查看运营商拒绝的是哪个号码。

# en: ebfc1477
ru-softswitch-404-undefined-reason =
    .title = 无法确定目的地
    .summary = 列表对此只给出“目的地不确定”的解释：最可能是软交换无法把号码匹配到路由中的任何目的地，也没有给出具体原因。可将其视为路由查找失败；确切原因只能从运营商日志中获得。
    .causes =
        运营商路由表中没有与所拨号码匹配的前缀。
        号码格式不在前缀表覆盖范围之内。
        运营商对该目的地的配置存在缺漏。
    .actions =
        检查号码，并尝试以完整的国际格式拨打。
        将所拨号码、Call-ID 和时间提供给运营商，询问其路由查找的结果。
    .ui = 无法接通该号码。
    .impact = 呼叫立即失败，主叫听到快忙音或屏幕显示“404 Not Found”，没有任何回铃。
    .confirm =
        检查 INVITE 的 Request-URI 中的号码，并用完整的国际格式重新发送。
        拨打同一目的地的另一个号码和另一目的地的号码，判断是否只有该号段失败。
        把号码、Call-ID 和时间提供给运营商，询问其路由查找返回了什么。
    .asterisk =
        pjsip set logger on 可看到 404 附带的短语 Undefined Reason；检查拨号方案传给 Dial() 的号码格式。
    .freeswitch =
        网关腿以 sip_term_status=404 结束，主叫腿的 sip_hangup_phrase 为 Undefined Reason；sofia global siptrace on 可看到需要提供给运营商的 Request-URI。
    .kamailio =
        在 failure_route 中记录 $T_reply_code 和 $T_reply_reason，把这种路由失败与真正的 404 Not found 区分开，并在向运营商报障时附上 Call-ID（$ci）。
    .opensips =
        在 onreply_route 中记录 $rs、$rr 和 Call-ID（$ci），以便运营商在其日志中找到这次呼叫。

# en: f6f26e78
ru-softswitch-404-unknown-user-account =
    .title = 账号不存在
    .summary = 软交换找不到与设备提交的账号和密码相符的账户，因此拒绝请求：运营商不认识该账号。
    .causes =
        设备上的账号（认证用户名）填写错误。
        该账号不存在或已被删除。
        设备使用了其他运营商或旧账号的凭据。
    .actions =
        将设备上的账号和密码与运营商资料核对。
        请运营商确认账号存在且处于启用状态。
        不修改设置就重试无济于事。
    .ui = 无法识别您的账号，请检查设置。
    .impact = 话机无法注册（图标变红，屏幕显示“注册失败”或“404 Not Found”），呼叫被立即拒绝并听到快忙音。
    .confirm =
        在收到 404 的 REGISTER 或 INVITE 中，查看 Authorization 里的 username 和 From 中的用户。
        将其与运营商下发的账号对比；检查是否残留了旧账号或其他运营商的账号。
        请运营商确认该账号在这台软交换上处于启用状态。
    .asterisk =
        pjsip show auth <name> 显示中继认证所用的用户名；将它和 registration 的 client_uri 与运营商资料核对，然后执行 pjsip send register <registration>。
    .freeswitch =
        检查网关的 username、auth-username 和 from-user；在它们一致之前，sofia status gateway <gateway> 会显示注册失败。
    .kamailio =
        对于 uac 模块发出的注册，检查该记录的 auth_username 和 r_username（kamcmd uac.reg_dump 会显示）。
    .opensips =
        对于 uac_registrant 记录，检查 aor、username 和 password；opensips-cli -x mi reg_list 显示每条记录及其状态。

# en: e57a1fb5
ru-softswitch-405-method-not-allowed =
    .title = 不支持该方法
    .summary = 软交换不支持请求中使用的 SIP 方法。据列表说明，例如用户尝试使用软交换未提供的业务（如语音信箱）时就会出现。
    .causes =
        设备请求了运营商不提供的功能：留言提示、即时消息或呈现（SUBSCRIBE、MESSAGE、PUBLISH）。
        设备使用了软交换未实现的方法（例如 INFO、UPDATE 或 REFER）。
    .actions =
        查看被拒请求的方法以及 405 响应中的 Allow 头域。
        在设备上关闭该功能，或询问运营商是否支持。
        普通呼叫通常不受影响；重复同一方法无济于事。
    .ui = 此功能不可用。
    .impact = 普通呼叫通常正常；失效的是某一项功能：语音信箱或留言指示灯不亮、短消息显示未送达，或者通过 INFO 发送的 DTMF、呼叫转接没有反应。
    .confirm =
        在抓包中找到 405，记下它所应答请求的方法（SUBSCRIBE、MESSAGE、PUBLISH、INFO、REFER、OPTIONS）。
        查看 405 的 Allow 头域，了解软交换接受哪些方法。
        在设备上关闭发送该方法的功能，确认 405 应答不再出现。
    .asterisk =
        pjsip set logger on 可看到被拒绝的方法；若是 INFO，在中继 endpoint 上设置 dtmf_mode=rfc4733，若是 MESSAGE，则在拨号方案中不再向该中继发送短消息。
    .freeswitch =
        sofia global siptrace on 可看到被拒绝的方法；若是 INFO，把 profile 的 dtmf-type 设为 rfc2833；若是 MESSAGE 或 SUBSCRIBE，对经过该网关的呼叫关闭该功能。
    .kamailio =
        如果 Kamailio 用 dispatcher 模块向运营商发送 OPTIONS 探测并收到 405，在 ds_ping_reply_codes 中加入 code=405，避免该网关被标记为不可用。
    .opensips =
        如果 OpenSIPS 的 dispatcher 模块用 OPTIONS 探测运营商并收到 405，把 405 加入 options_reply_codes，使该目的地保持可用状态。

# en: 661de686
ru-softswitch-406-no-codecs-match =
    .title = 无共同编解码器
    .summary = 软交换在呼叫的 offer 中找不到它或其网关可用的任何编解码器。列表将原因归为编解码器配置错误。
    .causes =
        设备只提供运营商不接受的编解码器，例如只有 G.722 或 Opus，而运营商需要 G.711 或 G.729。
        设备或客户 PBX 上的编解码器列表被删减。
        运营商侧该账号的编解码器设置与约定不符。
    .actions =
        检查 INVITE 中 SDP offer 的 m= 和 a=rtpmap 行。
        在设备或中继上至少加入一个运营商支持的编解码器，通常为 G.711 A 律（PCMA）。
        不修改编解码器就重试无济于事。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫在振铃前立即失败；主叫听到快忙音或看到“呼叫失败”或“406 Not Acceptable”，而经其他运营商的呼叫可能一切正常。
    .confirm =
        在被拒的 INVITE 中查看 SDP 的 m=audio 行和 a=rtpmap 行：其中列出了提供的编解码。
        将该列表与运营商接入资料中的编解码对比（通常为 PCMA，即 G.711 A-law，以及 G.729）。
        在 offer 中加入 PCMA 后重呼；如果能接通，原因就是编解码列表。
    .asterisk =
        pjsip show endpoint <trunk> 显示实际生效的 allow 列表；加入 alaw（运营商要求时再加 g729），如果话机使用其他编解码，用 core show translation 检查转码路径。
    .freeswitch =
        网关腿以 sip_term_status=406、hangup_cause SERVICE_NOT_IMPLEMENTED 结束；把 PCMA 加入 profile 的 outbound-codec-prefs，或为发往该网关的呼叫设置 absolute_codec_string。
    .kamailio =
        除非脚本修改 SDP，否则 Kamailio 会原样转发；检查是否有 sdp_remove_codecs_by_name() 或 rtpengine 的编解码标志把运营商需要的编解码从 offer 中删掉了。
    .opensips =
        检查脚本中是否有 codec_delete() 或 codec_delete_except_re()（sipmsgops）或删除编解码的 rtpengine 标志；到达运营商的 INVITE 中必须仍然包含 PCMA 或 G.729。

# en: 99242036
ru-softswitch-406-not-acceptable =
    .title = 不可接受（无详细说明）
    .summary = 列表对这一短语没有任何解释。在标准 SIP 中，406 表示无法按 Accept 头域允许的格式生成响应；而在这些软交换上，它与“No codecs match”并列，最可能表示媒体 offer（SDP）被拒绝。
    .causes =
        最可能：SDP 中没有软交换可接受的编解码器或媒体参数。
        也可能：Accept 头域未包含软交换需要发送的消息体类型。
    .actions =
        检查被拒请求的 SDP offer（编解码器、ptime、媒体类型）和 Accept 头域。
        用只含 G.711 的简单 offer 测试；若能接通，说明是编解码器问题。
        仅凭短语无法判断，请运营商根据日志给出确切原因。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫立即失败，话机上听到快忙音或显示“406 Not Acceptable”，没有回铃。
    .confirm =
        检查被拒 INVITE 的 SDP：m= 和 a=rtpmap 中的编解码、ptime，以及多余的媒体行（视频、用于 T.38 的 image）。
        检查 INVITE 是否带有 Accept 头域以及其中列出的内容。
        发起一次只提供单路 G.711 A-law 音频的测试呼叫；如果能接通，问题就在 SDP。
    .asterisk =
        pjsip set logger on 可看到 Asterisk 发出的 SDP；测试时把中继 endpoint 的 allow 缩减为 alaw，并确认没有向中继提供视频编解码。
    .freeswitch =
        网关腿得到 sip_term_status=406（hangup_cause SERVICE_NOT_IMPLEMENTED）；测试呼叫时设置 absolute_codec_string=PCMA，判断是否是编解码列表引起的。
    .kamailio =
        如果 Kamailio 改写 SDP（rtpengine_manage()、sdpops 函数），在 Kamailio 两侧分别抓取 INVITE，查看运营商实际收到的内容。
    .opensips =
        如果 OpenSIPS 改写 SDP（rtpengine_offer()、sipmsgops 的编解码函数），对比经过 OpenSIPS 前后的 INVITE，找出软交换拒绝的内容。

# en: 02e509c4
ru-softswitch-407-proxy-authentication-required =
    .title = 需要代理认证
    .summary = 作为代理服务器的软交换要求主叫先认证，然后才路由请求。首个 INVITE 收到一次 407 是正常的；如果反复出现，则符合列表的解释：注册或凭据有问题。
    .causes =
        首个 INVITE 按惯例未携带 Proxy-Authorization。
        设备用错误的账号或密码响应质询。
        运营商按 IP 地址认证，但呼叫来自其他地址。
    .actions =
        确认设备在收到 407 后会带 Proxy-Authorization 重发 INVITE。
        如果 407 反复出现，将账号、密码和 realm 与运营商资料核对。
        对按 IP 认证的中继，确保话务从运营商登记的地址发出。
    .ui = 正在验证您的账号…
    .impact = 通常察觉不到：话机带上凭据重发 INVITE，呼叫立即继续。若凭据被拒，主叫在拨号后马上听到快忙音或看到“认证失败”。
    .confirm =
        在抓包中确认 407 之后有 ACK 以及带 Proxy-Authorization 头域的新 INVITE。
        查看对该重发 INVITE 的应答：100 Trying 及后续消息属正常；再次收到 407 或 403 说明凭据有误。
        对于按 IP 地址认证的中继，将 INVITE 的源地址与运营商登记的地址对比。
    .asterisk =
        中继 endpoint 必须配置 outbound_auth，指向包含运营商用户名和密码的 auth 段；否则 Asterisk 无法应答 407，呼叫失败。
    .freeswitch =
        网关会用其 username 和 password 参数应答 407；不经网关、直接经 profile 发出的呼叫（sofia/external/号码@主机）不带凭据。可用 sofia global siptrace on 核实。
    .kamailio =
        当 Kamailio 把呼叫转发给运营商时，在 failure_route 中先用 t_check_status("401|407") 判断，再用 uac_auth() 应答 407，凭据来自 uac 模块的 credential 参数。
    .opensips =
        在 failure_route 中用 t_check_status("40[17]") 判断后调用 uac_auth() 应答 407，再用 t_relay() 重新发送请求；凭据来自 uac_auth 模块的 credential 参数。

# en: 645b76f7
ru-softswitch-408-request-timeout =
    .title = 请求超时
    .summary = 软交换等待请求的应答过久，放弃了等待。通常是下一跳（网关或被叫设备）未及时响应；第二份解释补充说，在规定时间内未能找到被叫用户。
    .causes =
        网关或被叫设备没有应答软交换的请求。
        网络问题，或防火墙在软交换与下一跳之间丢弃 SIP 报文。
        未能及时找到被叫用户。
    .actions =
        重新呼叫；单次超时往往是偶发的。
        如果反复出现，将 Call-ID 和时间提供给运营商，以便查明哪一跳没有响应。
        在本侧检查软交换的应答是否被拦截（防火墙、NAT、大 INVITE 的 UDP 分片）。
    .ui = 呼叫未能及时接通，请重试。
    .impact = 主叫长时间听到静音或回铃音，最长约 32 秒，随后呼叫失败，听到快忙音或屏幕显示“请求超时”/“无应答”。
    .confirm =
        在抓包中确认 408 确实来自运营商；如果只看到本方 INVITE 的重传而没有任何应答，超时发生在本方或网络中。
        测量 INVITE 到 408 之间的时间：约 32 秒说明路径上某处的 SIP 事务定时器到期。
        对于走 UDP 的大 INVITE，检查是否有 IP 分片丢失；改用 TCP 或缩短 SDP 进行测试。
    .asterisk =
        呼叫以原因 NO_USER_RESPONSE (18) 结束；pjsip set logger on 可看出 408 是运营商发来的，还是 Asterisk 自己重传后放弃（pjsip.conf 中 system 段的 timer_b）。
    .freeswitch =
        网关腿以 sip_term_status=408、hangup_cause RECOVERY_ON_TIMER_EXPIRE 结束；sofia global siptrace on 可看出 408 是收到的还是本地产生的。
    .kamailio =
        fr_timer 或 fr_inv_timer 到期时 Kamailio 会自己发送 408；在 failure_route 中用 t_branch_timeout() 可区分这种本地超时和从运营商收到的 408。
    .opensips =
        fr_timeout 或 fr_inv_timeout 到期时 OpenSIPS 会自己发送 408；将 failure_route 中的 $T_reply_code 与运营商一侧的抓包对比，判断是哪一方超时。

# en: e272b50c
ru-softswitch-408-login-timed-out =
    .title = 登录超时
    .summary = 请求的认证未在规定时间内完成：认证请求一直没有收到应答。最可能是软交换背后的认证系统（计费、RADIUS 或数据库）响应过慢；列表并未说明是哪一方超时。
    .causes =
        运营商的认证或计费服务器过载或不可达。
        设备对 401/407 质询应答过迟或根本没有应答。
        认证交互期间设备与软交换之间丢包。
    .actions =
        重试；如果第二次成功，原因是运营商侧的短时过载。
        在信令跟踪中确认设备在收到质询后及时带凭据重发请求。
        如果反复出现，把时间和 Call-ID 报给运营商，请其检查认证服务器。
    .ui = 登录耗时过长，请重试。
    .impact = 注册或呼叫卡住几秒后失败：话机显示“注册超时”或“408 Request Timeout”，或主叫在明显停顿后听到快忙音。
    .confirm =
        在抓包中查看设备在收到 401 或 407 后多快带凭据重发请求；超过一两秒就值得怀疑。
        查看带认证的请求与 408 之间的时间：等待很久说明运营商的认证后端有问题。
        几分钟后重试；如果成功，记下失败时间提供给运营商。
    .asterisk =
        pjsip show registrations 显示中继是否已重新注册；retry_interval 决定 Asterisk 何时再试，pjsip set logger on 可看出它应答质询有多快。
    .freeswitch =
        sofia status gateway <gateway> 显示注册失败以及下次尝试时间（retry-seconds）；呼叫失败时网关腿为 sip_term_status=408，主叫腿的 sip_hangup_phrase 为 Login timed out。
    .kamailio =
        kamcmd uac.reg_dump 显示 Kamailio 在运营商处的注册状态；对于转发的请求，$T_reply_reason 为 Login timed out 可将其与普通 408 区分。
    .opensips =
        opensips-cli -x mi reg_list 显示 registrant 状态；在 onreply_route 中记录 $rs 和 $rr，把 Login timed out 与普通 408 区分开。

# en: 57ba1a0e
ru-softswitch-410-no-route =
    .title = 无路由
    .summary = 这是 403 Empty Route Set 的变体：软交换的路由中没有任何通往该目的地的网关。与标准的 410 Gone 不同，它并不表示该号码曾经存在。
    .causes =
        所拨前缀没有配置路由。
        该目的地的所有网关已停用或删除。
        客户的路由计划不包含该目的地。
    .actions =
        检查 Request-URI 中的号码格式。
        请运营商检查该前缀的路由，并提供号码和 Call-ID。
        路由修复之前重试无效；如有其他运营商，可改走其线路。
    .ui = 暂时无法拨通该号码。
    .impact = 呼叫立即失败，没有回铃；主叫听到快忙音或本方 PBX 的提示音，话机上可能显示“410 Gone”，容易被误解为该号码已不存在。
    .confirm =
        检查 Request-URI 中的被叫号码及其格式（国家码、前缀）。
        拨打同一号段的其他号码：如果都返回 410 No Route，说明运营商没有该号段的路由。
        把号码、Call-ID 和时间发给运营商，请其检查路由。
    .asterisk =
        Asterisk 将 410 映射为原因 NUMBER_CHANGED (22)，因此 Asterisk 后面的话机可能收到“号码已改”类提示；用 pjsip set logger on 查看真实短语，并在拨号方案中改走其他中继。
    .freeswitch =
        网关腿以 sip_term_status=410、hangup_cause NUMBER_CHANGED 结束；应把它当作路由失败，在故障转移 bridge 字符串中尝试另一个网关。
    .kamailio =
        在 failure_route 中，t_check_status("410") 且 $T_reply_reason 为 No Route 表示运营商的路由缺失；用 ds_next_dst() 经另一家运营商送出呼叫。
    .opensips =
        在 failure_route 中，t_check_status("410") 可触发 use_next_gw()（drouting），让呼叫经另一家运营商送出。

# en: 0d55eece
ru-softswitch-415-no-media =
    .title = 编解码器实际不受支持
    .summary = 网关在 SDP 中声明的编解码器实际上并不支持，因此无法建立媒体通道。与针对消息体类型的标准 415 不同，这里的问题出在编解码器上。
    .causes =
        网关声明了自己实际无法处理或已禁用的编解码器。
        运营商侧与网关上的编解码器列表不一致。
        经转码器协商编解码器失败。
    .actions =
        对比信令跟踪中 SDP offer 与 answer里的编解码器。
        将另一种编解码器（通常为 G.711）排在首位后再试。
        把网关和编解码器信息报给运营商，请其修正编解码器配置。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫在建立阶段失败，通常在振铃前或刚开始振铃时；主叫听到快忙音或看到“415 Unsupported Media Type”，始终听不到任何语音。
    .confirm =
        如果运营商在 415 之前发来了 SDP 应答（在 183 或 180 中），将其中的编解码与本方 INVITE 的编解码列表对比。
        记下运营商一侧接受后又无法使用的编解码；这正是需要报告的编解码。
        把 G.711 A-law 放在 offer 的首位重呼，看能否接通。
    .asterisk =
        在中继 endpoint 的 allow 中把 alaw 放在首位（顺序可在 pjsip show endpoint <trunk> 中查看）后重呼；pjsip set logger on 可看到运营商 SDP 中的编解码。
    .freeswitch =
        该腿以 sip_term_status=415、hangup_cause SERVICE_NOT_IMPLEMENTED 结束；为该网关把 PCMA 放在 outbound-codec-prefs（或 absolute_codec_string）首位后重试。
    .kamailio =
        如果呼叫经过 Kamailio，用 siptrace 或 sipdump 模块保存 offer 和早期 SDP answer，作为编解码故障的证据提供给运营商。
    .opensips =
        用 tracer 模块（trace()）保存 offer 和运营商的早期 SDP，以便运营商修正网关的编解码列表。

# en: a21cc946
ru-softswitch-480-invalid-phone-number =
    .title = 号码拨错
    .summary = 软交换认为所拨号码不正确。运营商为此返回 480，而不是表示永久错误的代码，但原样重拨同一号码并无帮助。
    .causes =
        号码输入错误。
        格式错误：缺少或多出国家码、长途前缀或接入码。
        号码长度不符合运营商对该目的地的规则。
    .actions =
        检查 Request-URI 中的所拨号码及其格式。
        在客户 PBX 上先规范化号码（例如转换为国际格式）再发送。
        不要原样重拨同一号码。
    .ui = 您拨打的号码无效。
    .impact = 呼叫被立即拒绝，听到快忙音或“暂时无法接通”提示，容易误导主叫：重拨同一号码仍然失败。
    .confirm =
        查看 INVITE 的 Request-URI 中实际发给运营商的号码。
        按运营商的编号规则检查其位长和前缀。
        用完整的国际格式拨打同一目的地；若能接通，即可确认是格式问题。
    .asterisk =
        Asterisk 将 480 映射为原因 NO_ANSWER (19)，拨号方案可能把它当成无人接听；用 pjsip set logger on 或 HANGUPCAUSE(channel,tech) 读取短语，并修正 Dial() 之前的号码变换。
    .freeswitch =
        网关腿以 sip_term_status=480、hangup_cause NO_USER_RESPONSE 结束，主叫腿的 sip_hangup_phrase 为 Invalid Phone Number；修正 bridge 字符串发出的号码。
    .kamailio =
        检查 Kamailio 在号码规整（dialplan 模块）后发出的 Request-URI 用户部分（$rU），且不要因该应答做故障转移：任何路由收到的都是同一个错误号码。
    .opensips =
        在转发前记录 $rU，并检查 dialplan 或 drouting 的前缀规则；不要因该应答尝试其他网关，因为每个网关收到的都是同一个错误号码。

# en: b053ea02
ru-softswitch-480-destination-not-found-in-client-plan =
    .title = 目的地不在客户计划中
    .summary = 运营商为该客户分配的拨号方案中不存在此目的地，因此呼叫被拒绝。号码本身可能有效，只是该账号未开通此目的地。
    .causes =
        该目的地（国家、移动号段、增值号码段）不在客户计划之内。
        计划已变更，或其中的某个前缀被删除。
        号码格式与计划中的前缀不匹配。
    .actions =
        检查 Request-URI 中的号码格式。
        请运营商将该目的地加入客户计划，或确认其是有意封闭的。
        重试无效。
    .ui = 您的套餐不支持拨打该目的地。
    .impact = 呼叫被立即拒绝，听到快忙音或“暂时无法接通”提示，但只发生在某些目的地（例如国际或增值号码）；其他呼叫正常。
    .confirm =
        记下哪些目的地失败、哪些正常；按国家或号段呈现规律说明与客户的资费套餐有关。
        检查 Request-URI 中的号码格式，确保前缀能与套餐中的条目匹配。
        询问运营商该账号的套餐包含哪些目的地，以及该目的地是否被有意限制。
    .asterisk =
        pjsip set logger on 可看到原因短语；在运营商开通该目的地之前，在拨号方案中让它走另一条中继。
    .freeswitch =
        网关腿以 sip_term_status=480 结束，主叫腿的 sip_hangup_phrase 为 Destination Not Found In Client Plan；故障转移 bridge 字符串可把该目的地交给另一个网关。
    .kamailio =
        不要在同一运营商上重试；在 failure_route 中用 ds_next_dst() 把该目的地交给另一家运营商，或用 t_reply() 结束呼叫。
    .opensips =
        在 failure_route 中，use_next_gw()（drouting）可把该目的地交给另一家运营商，按前缀配置的 drouting 规则可在套餐变更前让它不走该中继。

# en: 03c1ff71
ru-softswitch-480-codec-mismatch =
    .title = 编解码器不匹配
    .summary = 主叫提供的编解码器与路由的编解码器不匹配，因此呼叫无法接通。运营商为此使用 480，而不是通常的 488。
    .causes =
        设备未提供路由上网关所接受的任何编解码器。
        客户账号所要求的编解码器与 offer 中的不同。
    .actions =
        检查 INVITE 的 SDP 中的编解码器。
        在 offer 中加入常用编解码器（G.711 A 律、G.729），或向运营商询问该路由接受哪些编解码器。
        不修改编解码器就重试无济于事。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫在振铃前立即失败；主叫听到快忙音或看到“暂时无法接通”，而真正的问题出在语音编解码上。
    .confirm =
        查看 INVITE 中 SDP 的 m=audio 和 a=rtpmap 行。
        询问运营商该路由或账号要求哪些编解码，并对比两份列表。
        在 offer 中加入 G.711 A-law 或 G.729 后重呼；如果能接通，原因就是编解码列表。
    .asterisk =
        由于 480 映射为原因 NO_ANSWER，拨号方案会把它看成无人接听；用 pjsip show endpoint <trunk> 检查中继的 allow，并加入 alaw 或 g729。
    .freeswitch =
        网关腿以 sip_term_status=480 结束，主叫腿的 sip_hangup_phrase 为 Codec Mismatch；调整该网关的 outbound-codec-prefs 或 absolute_codec_string。
    .kamailio =
        确认脚本没有在 INVITE 到达运营商之前删掉所需的编解码（sdp_remove_codecs_by_name()、rtpengine 的编解码标志）。
    .opensips =
        确认脚本中的 codec_delete() 或 rtpengine 标志没有把运营商需要的编解码从 offer 中删掉。

# en: 973c4930
ru-softswitch-480-empty-route-set =
    .title = 路由问题
    .summary = 软交换找不到该呼叫可用的路由；列表只说“路由有问题”。含义与 403 Empty Route Set 相近，但 480 代码告诉主叫侧这一失败可能是暂时的。
    .causes =
        所拨前缀没有已配置或可用的网关。
        运营商临时停用了该路由的网关。
    .actions =
        检查 Request-URI 中的号码格式。
        稍后重试；如果仍不通，把号码和 Call-ID 报给运营商。
    .ui = 暂时无法拨通该号码。
    .impact = 呼叫立即失败，听到快忙音或“暂时无法接通”提示；呼叫其他目的地通常正常。
    .confirm =
        检查 Request-URI 中的号码格式。
        几分钟后重呼，并拨打同一号段的另一个号码。
        如果问题持续，把号码、Call-ID 和时间发给运营商。
    .asterisk =
        Asterisk 将这个 480 映射为原因 NO_ANSWER (19)；用 pjsip set logger on 查看真实短语，并让拨号方案尝试另一条中继。
    .freeswitch =
        网关腿以 sip_term_status=480 结束，主叫腿的 sip_hangup_phrase 为 Empty Route Set；故障转移 bridge 字符串，或包含 NO_USER_RESPONSE 的 continue_on_fail，可让拨号方案尝试另一个网关。
    .kamailio =
        在 failure_route 中，t_check_status("480") 且 $T_reply_reason 为 Empty Route Set 表示暂时的路由缺口；用 ds_next_dst() 尝试另一家运营商。
    .opensips =
        在 failure_route 中，t_check_status("480") 可触发 use_next_gw() 或 ds_next_dst()，尝试另一家运营商。

# en: 5deebb57
ru-softswitch-480-no-money-left =
    .title = 余额不足
    .summary = 账户余额（预付费）已用完或不足以支付本次呼叫，因此软交换拒绝了呼叫。运营商为此使用 480；网络和号码都没有问题。
    .causes =
        预付费账户余额已耗尽。
        剩余金额不足以支付该目的地费率的最低扣费。
        充值尚未到账，或已达到信用额度上限。
    .actions =
        在运营商的自助平台查看账户余额并充值。
        如果余额看起来充足，向运营商询问信用额度和该目的地的费率。
        充值之前呼叫会一直失败，重试无效。
    .ui = 账户余额不足。
    .impact = 所有呼出立即失败，没有回铃：主叫听到快忙音或“暂时无法接通”提示，话机上可能显示“480 No money left”；呼入通常仍然正常。
    .confirm =
        查看抓包中 480 的原因短语：No money left 指的是余额，而不是目的地。
        在运营商的自助门户中查看余额和信用额度。
        充值后重呼；如果仍然失败，向运营商询问该目的地的费率和最低扣费。
    .asterisk =
        pjsip set logger on 可看到完整短语；在拨号方案中 HANGUPCAUSE(channel,tech) 的值为 SIP 480 No money left，可据此播放自己的提示音，而不是当作无人接听处理。
    .freeswitch =
        网关腿以 sip_term_status=480（hangup_cause NO_USER_RESPONSE）结束，主叫腿的 sip_hangup_phrase 为 No money left；在 bridge 之后的拨号方案中判断 sip_hangup_phrase，以通知管理员或播放提示。
    .kamailio =
        在 failure_route 中检查 $T_reply_code 为 480 且 $T_reply_reason 为 No money left，不要转到同一账号的其他路由，而是通知账号所有者。
    .opensips =
        在 onreply_route 中，$rs 为 480 且 $rr 为 No money left 即可识别余额问题；在 failure_route 中不要转到按同一账号计费的网关。

# en: d3435f91
ru-softswitch-480-temporarily-unavailable =
    .title = 目的地暂时不可用
    .summary = 通过该软交换暂时无法到达此目的地。这里的 480 通常指通往目的地的路由，而不是被叫本人；稍后再拨可能成功。
    .causes =
        该目的地的网关暂时故障或过载。
        运营商临时关闭了该目的地（维护、容量限制）。
        被叫用户无法接通（关机、不在服务区）。
    .actions =
        稍后重新呼叫。
        如果同一目的地的许多号码都失败，请附上示例（号码、Call-ID、时间）报告给运营商。
    .ui = 该号码暂时无法接通，请稍后再拨。
    .impact = 呼叫很快失败或短暂振铃后失败；主叫听到快忙音或“用户暂时无法接通”提示音，稍后再拨往往能接通。
    .confirm =
        检查同一目的地有多少个不同号码同时失败：很多说明是路由问题，只有一个说明是被叫用户的问题。
        几分钟后重呼。
        如果呈现规律，把带号码、Call-ID 和时间的示例发给运营商。
    .asterisk =
        呼叫以原因 NO_ANSWER (19) 结束；拨号方案可以稍后重试或改走其他中继，pjsip set logger on 可看到 480 是否带有 Retry-After 头域。
    .freeswitch =
        该腿以 sip_term_status=480、hangup_cause NO_USER_RESPONSE 结束；continue_on_fail=NO_USER_RESPONSE 可让拨号方案尝试另一个网关。
    .kamailio =
        在 failure_route 中，t_check_status("480") 可用 ds_next_dst() 把呼叫交给另一家运营商；如有 Retry-After 头域应予遵守。
    .opensips =
        在 failure_route 中，t_check_status("480") 可用 use_next_gw() 或 ds_next_dst() 尝试下一个网关。

# en: 8e196398
ru-softswitch-481-call-leg-transaction-does-not-exist =
    .title = 找不到对应的呼叫或事务
    .summary = 软交换收到了针对它不认识的呼叫或事务的请求，因此未执行任何操作。据列表说明，这是对重复报文的正常应答；该短语是标准 481 在 RFC 2543 中的旧写法。
    .causes =
        重传的请求在其事务或呼叫结束后才到达。
        针对软交换已释放的呼叫发送的 BYE、CANCEL 或 re-INVITE。
        NAT 或负载均衡器把对话内请求发到了软交换的另一个节点。
    .actions =
        如果呼叫本身正常，对重复报文的 481 无害，可以忽略。
        如果呼叫掉线或无法挂断，将被拒请求的 Call-ID、tag 和 CSeq 与对话进行比对。
        检查网络是否延迟了重传（丢包、定时器）。
    .ui = 该通话已结束。
    .impact = 通常没有任何影响：通话正常，481 只是对偶然重复报文的应答。若并非无害，主叫无法正常结束通话（对方仍在振铃或保持通话），或者保持、转接不起作用。
    .confirm =
        找到收到 481 的请求，检查抓包中是否更早已有同一请求得到过应答（即重传）。
        将其 Call-ID、From tag、To tag 和 CSeq 与已建立通话的参数对比。
        检查对话内请求是否从与 INVITE 不同的 IP 地址发出，或到达了不同的软交换节点。
    .asterisk =
        pjsip set logger on 可看到收到 481 的请求；如果在 NAT 后 BYE 或 re-INVITE 发错了地址，检查中继 endpoint 的 rewrite_contact 和 force_rport。
    .freeswitch =
        sofia global siptrace on 可看到被拒的请求；确认对话内请求按运营商的 Contact 和 Record-Route 发送，并确认 NAT 后 ext-sip-ip 设置正确。
    .kamailio =
        确保对话内请求按 Record-Route 集合用 loose_route() 路由；如果初始 INVITE 上没有 record_route()，它们可能绕过掌握该通话的节点。
    .opensips =
        确认对话内请求沿路由集合发送（INVITE 上调用 record_route()，后续请求调用 loose_route()），以便到达知道该通话的软交换节点。

# en: daba8071
ru-softswitch-487-request-terminated =
    .title = 呼叫已取消
    .summary = INVITE 在应答之前被终止，通常是主叫挂机并发送了 CANCEL。这是取消呼叫的预期结果，并非故障。
    .causes =
        主叫在振铃期间挂机。
        主叫侧或软交换取消了本次尝试（振铃超时、并行分叉）。
    .actions =
        如果是主叫自行挂机，无需处理。
        如果主叫未挂机呼叫却被取消，找出是谁发送了 CANCEL，并检查 PBX 上的振铃超时设置。
    .ui = 呼叫已取消。
    .impact = 是主叫自己结束了这次呼叫：在振铃时挂机，因此之后听不到任何声音。如果没有人挂机，回铃会在固定时间后突然停止。
    .confirm =
        在抓包中找到 487 之前的 CANCEL，确认是谁发出的（本方 PBX 或话机，还是软交换）。
        如果是本方发出的，确认是用户挂机还是振铃超时触发（将 INVITE 到 CANCEL 的时间与 PBX 的超时设置对比）。
        使用振铃组或分叉呼叫时，检查是否有其他分支先应答。
    .asterisk =
        带超时的 Dial() 在超时后会取消到运营商的呼叫腿；主叫挂机时 DIALSTATUS 为 CANCEL，超时触发时为 NOANSWER。
    .freeswitch =
        该腿以 sip_term_status=487、hangup_cause ORIGINATOR_CANCEL 结束；若无人挂机呼叫却被取消，检查 bridge 的 call_timeout 或 leg_timeout。
    .kamailio =
        在 failure_route 中用 t_is_canceled() 区分被取消的呼叫与真正的失败，避免脚本在 487 之后做故障转移。
    .opensips =
        在 failure_route 中用 t_was_cancelled() 区分被取消的呼叫与真正的失败；收到 487 后不要尝试其他网关。

# en: 44fcfcee
ru-softswitch-486-busy-here =
    .title = 被叫忙
    .summary = 被叫用户正忙。软交换转发了来自目的地的忙信号；这是呼叫尝试的正常结果。
    .causes =
        被叫正在通话中。
        被叫在话机上按了拒接。
        被叫号码或中继的所有通道都在使用中。
    .actions =
        稍后再拨。
        如果拨打某号码总是忙，请询问运营商目的地网关是否误报忙（例如通道上限设置过低）。
    .ui = 对方正忙。
    .impact = 主叫在拨号后立即或短暂振铃后听到忙音，或“用户正忙”提示音。
    .confirm =
        确认 486 来自运营商而不是本方 PBX（查看抓包中的 Via 和 To tag）。
        稍后或换一部电话再拨该号码；如果始终占线，说明被叫侧可能有通道数限制。
    .asterisk =
        Asterisk 将 486 映射为原因 USER_BUSY (17)，Dial() 把 DIALSTATUS 设为 BUSY；拨号方案可提供回呼或稍后重试。
    .freeswitch =
        该腿以 sip_term_status=486、hangup_cause USER_BUSY 结束；不要把 USER_BUSY 放进 continue_on_fail，因为换一个网关线路同样占线。
    .kamailio =
        在 failure_route 中，t_check_status("486") 匹配时不要做故障转移：无论经哪家运营商，被叫线路都是忙的。
    .opensips =
        在 failure_route 中把 486 排除在网关故障转移之外，并把忙音应答原样转给话机。

# en: 3241b2cd
ru-softswitch-488-codec-mismatch =
    .title = 无支持所需编解码器的网关
    .summary = 该目的地可用的网关中，没有一个支持主叫所要求的编解码器，因此媒体协商失败，呼叫被拒绝。
    .causes =
        主叫只提供一种编解码器（例如只有 G.729 或只有 G.722），而路由上的网关都不支持。
        该路由不提供转码。
    .actions =
        检查 INVITE 的 SDP 中的编解码器。
        在首选编解码器之外同时提供 G.711。
        向运营商询问该路由支持哪些编解码器，或能否开启转码。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫立即失败，通常在振铃之前；主叫听到快忙音或看到“488 Not Acceptable Here”。
    .confirm =
        查看 INVITE 中 SDP 的编解码（m=audio 和 a=rtpmap 行）；offer 中只有一个编解码是典型诱因。
        在 offer 中加入 G.711 A-law 后重呼。
        询问运营商该路由支持哪些编解码、能否转码。
    .asterisk =
        Asterisk 将 488 映射为原因 BEARERCAPABILITY_NOTAVAIL (58)；在中继 endpoint 的 allow 中加入 alaw，使 Asterisk 能从话机的编解码转码。
    .freeswitch =
        该腿以 sip_term_status=488、hangup_cause INCOMPATIBLE_DESTINATION 结束；在提供给网关的编解码中加入 PCMA（outbound-codec-prefs 或 absolute_codec_string），并确认 profile 没有设置 disable-transcoding。
    .kamailio =
        如果媒体经 rtpengine 中继，rtpengine_offer() 的 codec-transcode 标志可在 offer 中加入 PCMA；没有媒体中继时，确保话机提供 G.711 编解码。
    .opensips =
        使用 rtpengine 时，rtpengine_offer() 的 codec-transcode 标志可在 offer 中加入 PCMA；没有媒体中继时，话机本身必须提供该路由支持的编解码。

# en: c25ad6b4
ru-softswitch-488-private-ip-address =
    .title = SDP 中为私网 IP 地址
    .summary = 请求的 SDP 中给出的 RTP 媒体地址属于 RFC 1918 私网地址段（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16），软交换无法到达，因此拒绝呼叫。问题出在主叫侧的 NAT 处理上。
    .causes =
        设备位于 NAT 之后，把自己的局域网地址写进了 SDP 的 c= 行。
        路由器上的 SIP ALG 改写 SDP 出错或根本未改写。
        设备或 PBX 上没有配置 STUN 或外网地址。
    .actions =
        检查 INVITE 中 SDP 的 c= 和 m= 行。
        在设备或 PBX 上配置其公网 IP 地址（外部地址、STUN），或让话务经过 SBC。
        关闭有问题的 SIP ALG；原样重试无效。
    .ui = 由于网络设置问题，呼叫未能接通。
    .impact = 呼叫在振铃前立即失败；主叫听到快忙音或看到“488 Not Acceptable Here”。在其他网络中，同样的 NAT 问题表现为单通或接通后无声。
    .confirm =
        查看 INVITE 中 SDP 的 c= 行（以及 m=audio 中的端口）：地址属于 10.x、172.16-31.x 或 192.168.x 即可确认原因。
        将该地址与运营商看到的公网地址对比（应答中 Via 的 received 参数，或报文的源地址）。
        检查路由器是否开启了 SIP ALG：局域网侧与 WAN 侧抓到的 SDP 不一致。
    .asterisk =
        在 transport 段中设置 external_media_address 和 external_signaling_address 以及 local_net，使 Asterisk 在发给运营商的 SDP 中填写公网地址；用 pjsip set logger on 核实。
    .freeswitch =
        在包含该网关的 profile 上把 ext-rtp-ip 和 ext-sip-ip 设为公网地址（或 stun: 形式的值），并用 sofia global siptrace on 检查 c= 行。
    .kamailio =
        使用媒体中继（rtpengine_manage() 或 rtpproxy），或 nathelper 的 fix_nated_sdp()，使发给运营商的 SDP 中是公网地址。
    .opensips =
        使用 rtpengine_offer() 和 rtpengine_answer()，或 nathelper 的 fix_nated_sdp()，使到达运营商的 SDP 中是公网地址。

# en: bec7cb43
ru-softswitch-499-codec-mismatch =
    .title = 缺少编解码器（非标准 499）
    .summary = 499 不是已注册的 SIP 代码，不认识它的 SIP 协议栈会将其按 400 处理。在该软交换上，它与 480 Codec Mismatch 含义相同：主叫与路由之间没有共同的编解码器。
    .causes =
        SDP offer 中没有路由可接受的编解码器。
        运营商侧账号的编解码器设置与设备不一致。
    .actions =
        检查 INVITE 的 SDP 中的编解码器，并加入 G.711 或 G.729。
        主叫设备可能将其记录为一般性的 400 错误；请在信令跟踪中查找原始代码和短语。
        不修改编解码器就重试无济于事。
    .ui = 由于音频设置问题，呼叫未能接通。
    .impact = 呼叫在振铃前立即失败；话机或 PBX 可能显示笼统的“400 Bad Request”或未知错误，因为 499 不是标准状态码。
    .confirm =
        在抓包中查找原始状态行 SIP/2.0 499 Codec Mismatch，而不只看 PBX 的通话记录。
        查看 INVITE 中 SDP 的编解码，并与运营商要求的编解码对比。
        在 offer 中加入 G.711 A-law 或 G.729 后重呼。
    .asterisk =
        Asterisk 把未知的 499 当作没有映射的普通 4xx 处理，原因为 INTERWORKING (127)；用 pjsip set logger on 查看真实短语，然后修正中继 endpoint 的 allow。
    .freeswitch =
        网关腿显示 sip_term_status=499，主叫腿的 sip_hangup_phrase 为 Codec Mismatch；修正该网关的 outbound-codec-prefs 或 absolute_codec_string。
    .kamailio =
        在 failure_route 中用 t_check_status("499") 捕获这个非标准应答；可以通过 t_reply() 向话机返回标准的 488，使其显示有意义的错误。
    .opensips =
        在 failure_route 中用 t_check_status("499") 捕获它；用 t_reply() 返回 488 Not Acceptable Here，给话机一个标准状态码。

# en: 316d8a69
ru-softswitch-500-internal-server-error =
    .title = 软交换内部错误
    .summary = 软交换在处理请求时发生内部故障。问题在运营商一侧，主叫的请求本身可能完全正确。
    .causes =
        软交换软件错误或过载。
        数据库、计费等后台组件故障。
    .actions =
        稍后重试；如果响应带有 Retry-After，请遵守其时间。
        如果反复出现，把时间、Call-ID 和号码报给运营商。
    .ui = 服务出错，请稍后再试。
    .impact = 呼叫立即或短暂停顿后失败；主叫听到快忙音或“服务不可用”之类的提示音，话机上可能显示“500 Internal Server Error”。
    .confirm =
        检查抓包中的 500 是否带有 Retry-After 头域。
        几分钟后重呼，并呼叫其他目的地，判断是否为全局性故障。
        如果反复出现，收集时间、Call-ID、主叫和被叫号码提供给运营商。
    .asterisk =
        Asterisk 将 500 映射为原因 FAILURE (38，network out of order)；拨号方案可以改走其他中继，pjsip set logger on 可看到是否带有 Retry-After。
    .freeswitch =
        该腿以 sip_term_status=500、hangup_cause NORMAL_TEMPORARY_FAILURE 结束；continue_on_fail=NORMAL_TEMPORARY_FAILURE 或故障转移 bridge 字符串可经另一个网关送出呼叫。
    .kamailio =
        在 failure_route 中，t_check_status("5[0-9][0-9]") 后可用 ds_next_dst() 做故障转移，ds_mark_dst() 可暂时把出故障的软交换移出轮询。
    .opensips =
        在 failure_route 中遇到 5xx 时用 use_next_gw() 或 ds_next_dst() 做故障转移；opensips-cli -x mi ds_list 显示软交换是否被标记为不可用。

# en: 309ce587
ru-softswitch-500-db-timeout =
    .title = 数据库无响应
    .summary = 软交换未能及时从数据库获得应答（查询账号、路由或计费信息），因而无法处理呼叫。问题在运营商一侧，通常是暂时的。
    .causes =
        数据库过载或响应缓慢。
        软交换与数据库之间的网络中断。
        数据库服务器宕机。
    .actions =
        稍后重试。
        如果大量呼叫失败，把时间和 Call-ID 告知运营商；客户侧无法解决。
    .ui = 服务出错，请稍后再试。
    .impact = 拨号后呼叫卡住几秒钟，然后以快忙音或“服务不可用”提示音失败；注册也可能以同样方式失败。
    .confirm =
        测量 INVITE 到 500 之间的时间：延迟数秒与数据库超时相符。
        检查其他账号或目的地是否同时失败。
        几分钟后重试；如果仍然失败，把时间和 Call-ID 报告给运营商。
    .asterisk =
        呼叫以原因 FAILURE (38) 结束；pjsip set logger on 可看到 DB Timeout 短语。让拨号方案改走其他中继，而不是立即在同一中继上重拨。
    .freeswitch =
        网关腿以 sip_term_status=500 结束，主叫腿的 sip_hangup_phrase 为 DB Timeout；故障转移 bridge 字符串可把呼叫转到另一个网关。
    .kamailio =
        在 failure_route 中遇到这个 500 时用 ds_next_dst() 做故障转移，并观察 tmx:5xx_transactions 计数（kamcmd stats.get_statistics all），评估故障范围。
    .opensips =
        在 failure_route 中用 use_next_gw() 或 ds_next_dst() 做故障转移，并查看 opensips-cli -x mi get_statistics all 中的 5xx_transactions 计数，评估故障范围。

# en: a78c2035
ru-softswitch-500-database-error =
    .title = 数据库错误
    .summary = 运营商一侧的数据库故障，与 DB Timeout 类似，但发生在呼叫处理的另一个阶段。列表没有说明是哪个阶段，运营商日志中可以查到。
    .causes =
        数据库查询失败（账号、路由、计费或话单写入）。
        数据库不可用或数据不一致。
    .actions =
        稍后重试。
        如果反复出现，把时间、Call-ID 和号码报给运营商；需要由其修复。
    .ui = 服务出错，请稍后再试。
    .impact = 呼叫立即或短暂停顿后失败，主叫听到快忙音或“服务不可用”提示音；注册或与计费相关的步骤也可能失败。
    .confirm =
        查看抓包中 500 的原因短语并记下准确时间。
        检查是只有部分账号或目的地失败，还是全部失败。
        几分钟后重试；如果仍然失败，把时间、Call-ID 和号码发给运营商。
    .asterisk =
        呼叫以原因 FAILURE (38) 结束；pjsip set logger on 可看到 Database Error 短语，拨号方案可以改走其他中继。
    .freeswitch =
        网关腿以 sip_term_status=500 结束（hangup_cause NORMAL_TEMPORARY_FAILURE），主叫腿的 sip_hangup_phrase 为 Database Error；用 continue_on_fail 或故障转移 bridge 字符串转到另一个网关。
    .kamailio =
        在 failure_route 中遇到这个 500 时用 ds_next_dst() 做故障转移，并记录 $T_reply_reason 和 Call-ID（$ci），供向运营商报障使用。
    .opensips =
        在 failure_route 中用 use_next_gw() 或 ds_next_dst() 做故障转移，并在 onreply_route 中记录 $rr 和 Call-ID（$ci），供向运营商报障使用。

# en: c5c54ef1
ru-softswitch-500-wrong-db-response =
    .title = 数据库响应无效
    .summary = 软交换从数据库收到了无法使用的应答：错误、不完整或出乎意料。这是运营商一侧的数据或软件问题。
    .causes =
        数据库中该账号、费率或路由的记录缺失或相互矛盾。
        软交换软件版本与数据库结构或存储过程不匹配。
    .actions =
        向运营商报告账号、号码、Call-ID 和时间，请其检查该账号的数据记录。
        如果数据本身已损坏，重试可能无效；可改用其他目的地或账号测试以缩小范围。
    .ui = 服务出错，请稍后再试。
    .impact = 某个账号发起的呼叫或呼往某个目的地的呼叫每次都以快忙音或“服务不可用”提示失败，而其他账号或目的地可能正常。
    .confirm =
        记下是哪个账号、哪个目的地收到 500 Wrong DB Response，以及发生时间。
        用另一个账号呼叫同一目的地，再用同一账号呼叫另一目的地，判断损坏的记录在哪里。
        把账号、号码、Call-ID 和时间发给运营商，请其检查相关记录。
    .asterisk =
        pjsip set logger on 可看到原因短语；通过另一条中继或另一个账号发起测试呼叫，缩小损坏记录的范围。
    .freeswitch =
        网关腿以 sip_term_status=500 结束，主叫腿的 sip_hangup_phrase 为 Wrong DB Response；经另一个网关或账号测试，可看出故障是否跟随账号。
    .kamailio =
        在 failure_route 中把 $T_reply_reason 与主叫用户（$fU）和被叫用户（$rU）一起记录，便于运营商找到损坏的记录。
    .opensips =
        在 onreply_route 中把 $rr 与 $fU、$rU 一起记录，便于运营商找到损坏的记录；只有当故障与该运营商的数据有关时，转到其他运营商才有帮助。

# en: a6b53772
ru-softswitch-500-undefined-reason =
    .title = 未说明原因的服务器错误
    .summary = 软交换发生故障却没有说明原因；列表只解释为“原因不确定”。具体情况只能从运营商日志中查明。
    .causes =
        软交换没有专门短语描述的内部错误。
        软交换未加分类的后台系统故障。
    .actions =
        稍后重试一次。
        如果反复出现，把 Call-ID、时间以及主叫和被叫号码发给运营商。
    .ui = 服务出错，请稍后再试。
    .impact = 呼叫立即或短暂停顿后失败，主叫听到快忙音或“服务不可用”提示音；话机上看不出任何原因。
    .confirm =
        在抓包中记下 500 Undefined Reason 的准确时间和 Call-ID。
        几分钟后重呼一次，并尝试其他目的地。
        如果反复出现，把 Call-ID、时间以及主叫和被叫号码发给运营商。
    .asterisk =
        呼叫以原因 FAILURE (38) 结束；pjsip set logger on 可保留完整应答用于报障，拨号方案可以改走其他中继。
    .freeswitch =
        网关腿以 sip_term_status=500 结束，主叫腿的 sip_hangup_phrase 为 Undefined Reason；sofia global siptrace on 可为运营商抓下该应答。
    .kamailio =
        在 failure_route 中遇到这个 500 时用 ds_next_dst() 做故障转移，并记录 $T_reply_reason 和 Call-ID（$ci）提供给运营商。
    .opensips =
        在 failure_route 中用 use_next_gw() 或 ds_next_dst() 做故障转移，并在 onreply_route 中记录 $rr 和 Call-ID（$ci）提供给运营商。

# en: 1c19bc1c
ru-softswitch-500-account-has-been-moved-to-a-remote-system =
    .title = 账号已迁移
    .summary = 该账号已被迁移到另一个系统或平台，本软交换不再为其提供服务。设备或 PBX 仍在向旧平台发送请求。
    .causes =
        运营商已将客户账号迁移到新的平台或服务器。
        设备或 PBX 仍指向旧软交换的地址。
    .actions =
        向运营商索取新服务器的地址（域名、代理服务器、端口）以及可能变更的凭据。
        更新设备或中继配置后重新注册。
        继续向旧服务器重试无效。
    .ui = 您的账号已迁移，请更新话机设置或联系运营商。
    .impact = 注册失败，每个呼叫都被立即拒绝；话机显示“500”或“服务器错误”并一直处于未注册状态，尽管话机上什么都没改。
    .confirm =
        查看抓包中 500 的原因短语：account has been moved to a remote system。
        检查设备使用的服务器地址（域名、代理、端口），并与运营商提供的新资料对比。
        修改地址后，确认 REGISTER 从新服务器收到 200 OK。
    .asterisk =
        把 registration 的 server_uri、client_uri 和中继 aor 的 contact 改为新平台地址，按新地址更新 identify 的 match=，然后用 pjsip show registrations 检查。
    .freeswitch =
        把网关的 proxy、realm 和 register-proxy 改为新平台，执行 sofia profile external killgw <gateway> 和 sofia profile external rescan，并确认 sofia status gateway <gateway> 显示 REGED。
    .kamailio =
        在 dispatcher 列表中更新运营商地址并用 kamcmd dispatcher.reload 重新加载，同时修改 uac 注册的 r_domain 和 auth_proxy 后执行 kamcmd uac.reg_reload。
    .opensips =
        在 drouting（opensips-cli -x mi dr_reload）或 dispatcher（opensips-cli -x mi ds_reload）中更新网关地址，并更新 uac_registrant 记录的 registrar（opensips-cli -x mi reg_reload）。

# en: 94583bac
ru-softswitch-603-decline =
    .title = 呼叫被拒绝
    .summary = 呼叫被拒绝服务：软交换或被叫一方拒绝处理。603 是最终应答，因此改用其他路由对本次呼叫也无济于事。
    .causes =
        被叫拒接了呼叫。
        运营商拒绝为该呼叫提供服务：目的地被封闭、黑名单、反欺诈过滤或其他策略。
    .actions =
        如果是被叫拒接，无需处理。
        如果拨往某目的地的呼叫全部被拒，询问运营商该目的地是否对您的账号封闭。
    .ui = 呼叫被拒绝。
    .impact = 呼叫立即或振铃一段时间后结束；主叫听到忙音或“呼叫被拒绝”的提示音，话机上可能显示“603 Decline”。
    .confirm =
        检查 603 是在振铃之后到来（先有 180 或 183：被叫拒接了呼叫），还是紧跟 INVITE 到来（运营商策略）。
        拨打同一目的地的其他号码：如果全部被拒，询问运营商该目的地是否对本账号封闭。
        检查 603 中的 Reason 或 Warning 头域是否说明了相关策略。
    .asterisk =
        Asterisk 将 603 映射为原因 CALL_REJECTED (21)；pjsip set logger on 可看到随之而来的 Reason 头域。被叫拒接的呼叫不要改走其他中继重试。
    .freeswitch =
        该腿以 sip_term_status=603、hangup_cause CALL_REJECTED 结束；不要把 CALL_REJECTED 放进 continue_on_fail，以免拨号方案重试被拒的呼叫。
    .kamailio =
        在 failure_route 中，t_check_status("603") 匹配时停止处理并把应答转给话机：6xx 要求代理不再尝试其他分支。
    .opensips =
        在 failure_route 中收到 603 时不要转到其他网关；把它转给话机，因为 6xx 意味着不应再尝试其他分支。

# en: 2feddfaf
ru-softswitch-5xx =
    .title = 软交换侧问题
    .summary = 在这份列表中，任何 5xx 响应都表示软交换本身（即运营商一侧）的问题，而不是主叫请求的问题。代码后面的短语（DB Timeout、Database Error 等）可进一步缩小原因范围。
    .causes =
        软交换软件故障或过载。
        后台系统（数据库、计费）无响应或返回错误。
        运营商平台正在维护或迁移。
    .actions =
        稍后重试；如果响应带有 Retry-After，请遵守其时间。
        如果持续出现，把 Call-ID、时间、号码和确切的响应短语报给运营商。
        在问题解决之前，如有其他运营商，可将话务改走其线路。
    .ui = 服务出错，请稍后再试。
    .impact = 呼叫立即或停顿后失败，主叫听到快忙音或“服务不可用”提示音，注册也可能同时掉线；往往运营商的大量客户同时受影响。
    .confirm =
        在抓包中查看准确的状态码和短语（DB Timeout、Database Error 等）以及可能存在的 Retry-After 头域。
        检查是所有目的地和账号都失败，还是只有一部分。
        几分钟后重试；如果问题持续，把 Call-ID、时间和准确的短语提供给运营商。
    .asterisk =
        pjsip set logger on 可看到准确的状态码和短语；HANGUPCAUSE(channel,tech) 会为拨号方案保留这些信息，拨号方案随后可改走其他中继。
    .freeswitch =
        网关腿上的 sip_term_status 和主叫腿上的 sip_hangup_phrase 指明了故障；故障转移 bridge 字符串或 continue_on_fail=NORMAL_TEMPORARY_FAILURE 可把呼叫转到另一个网关。
    .kamailio =
        在 failure_route 中用 t_check_status("5[0-9][0-9]") 捕获 5xx，并用 ds_next_dst() 做故障转移；在把流量切回该软交换之前遵守 Retry-After。
    .opensips =
        遇到 5xx 时用 use_next_gw() 或 ds_next_dst() 做故障转移；opensips-cli -x mi ds_list 显示软交换是否被标记为不可用。
