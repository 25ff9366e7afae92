# SIP Warning 头域的警告码（RFC 3261 §20.43 和 §27.2；IANA SIP Parameters 中的 “Warning Codes (warn-codes)” 注册表；380 和 381 见 RFC 5630；308 见 RFC 8373）

# en: bef8409a
warn-300 =
    .title = 网络协议不兼容
    .summary = 会话描述中给出的网络类型是发出该警告的一方无法使用的，例如 SDP 的 c= 或 o= 行中不是 IN。由拒绝该 offer 的 UA、网关或 SBC 添加，通常附在 488 或 606 上；说明被拒的是 SDP，而不是呼叫路由。
    .actions =
        检查被拒 offer 中 c= 和 o= 行的网络类型。
        修正生成该 SDP 的设备、B2BUA 或 SBC，使其提供对端能接受的内容。

# en: fd08afd7
warn-301 =
    .title = 网络地址格式不兼容
    .summary = offer 使用了接收方无法处理的地址类型，最常见的是向仅支持 IPv4 的终端提供 IPv6（IP6）媒体，或者反过来。由拒绝 offer 的 UA 或 SBC 添加，通常附在 488 或 606 上，因此应检查 SDP 中的地址，而不是拨号方案。
    .actions =
        检查 offer 中 c= 和 o= 行的地址类型（IP4 或 IP6）及地址本身。
        让 SBC 或媒体中继提供对端支持的地址族，或通过 ICE 同时提供两种地址族。

# en: 316d4901
warn-302 =
    .title = 传输协议不兼容
    .summary = m= 行中的媒体传输方式在对端不可用，典型情况是向只支持普通 RTP/AVP 的设备提供 SRTP（RTP/SAVP、RTP/SAVPF、UDP/TLS/RTP/SAVPF），或者反过来。由拒绝 offer 的 UA 或 SBC 添加，通常附在 488 或 606 上；对技术支持而言，这表示媒体加密或 profile 不一致。
    .actions =
        将每个 m= 行的传输 profile 与对端支持的方式进行比较。
        统一两端的 SRTP 设置（关闭、可选、强制；SDES 或 DTLS），或由 SBC 进行转换。

# en: d44992b4
warn-303 =
    .title = 带宽单位不兼容
    .summary = 会话描述的 b= 行使用了接收方无法理解的带宽修饰符，例如 TIAS 或厂商私有的修饰符。由拒绝 offer 的 UA 或网关添加，附在 488 或 606 上；问题出在某一行 SDP，而不是网络容量。
    .actions =
        查看被拒 offer 中的 b= 行及其使用的修饰符。
        在发送设备上或通过 SBC 的 SDP 规则删除或替换不支持的修饰符。

# en: 0df2700e
warn-304 =
    .title = 媒体类型不可用
    .summary = offer 请求了应答方完全无法处理的媒体类型，例如向纯语音设备提供视频、T.38 传真（image）或实时文本。由应答的 UA 或网关添加，通常附在 488 或 606 上；它说明呼叫中哪一部分不被接受，而不是号码有误。
    .actions =
        将 offer 与成功的呼叫进行比较，找出对端拒绝的 m= 行。
        对该目的地关闭这种媒体类型（例如在纯语音中继上关闭视频或 T.38），或检查对端对该媒体的许可和配置。

# en: e57041d8
warn-305 =
    .title = 媒体格式不兼容
    .summary = offer 中没有任何负载格式（编解码器）能被接收方接受，即典型的编解码器不匹配。由应答的 UA、网关或运营商 SBC 添加，多数附在 488 Not Acceptable Here 上；呼叫在 INVITE 之后立即失败时，应首先检查这一点。
    .actions =
        将 offer 中的负载类型和 a=rtpmap 行与对端启用的编解码器进行比较。
        在两端加入共同的编解码器（通常以 G.711 兜底），或在 SBC、媒体服务器上启用转码。
        如果编解码器列表已经一致，再检查 DTMF（telephone-event）和 ptime 设置。

# en: 0db9780f
warn-306 =
    .title = 属性无法理解
    .summary = 接收方不支持会话描述中的一个或多个 a= 属性，并因此拒绝 offer，例如 crypto、fingerprint、ICE 或 precondition 相关属性。由拒绝 offer 的 UA 或 SBC 添加，通常附在 488 或 606 上。
    .actions =
        找出出问题的属性：警告文本中常会写明，否则与可正常工作的 offer 进行比较。
        在发送端删除或修改该属性（SRTP 密钥、ICE、precondition），或升级对端设备。

# en: 6f4f668d
warn-307 =
    .title = 会话描述参数无法理解
    .summary = SDP 中除 300 至 306 所涵盖内容之外的某个部分无法被理解，因此这是会话描述问题的兜底警告码。由无法解析或接受该 offer 的 UA 或网关添加，通常附在 488 或 606 上。
    .actions =
        校验 offer 的 SDP：行的顺序、语法，以及 v=、o=、s=、t= 等必需行。
        检查途中的 SBC、B2BUA 或 SIP ALG 是否改写并破坏了 SDP。

# en: 98e63125
warn-308 =
    .title = 语言规格不兼容
    .summary = offer 请求的交流语言（RFC 8373 的 hlang-send 和 hlang-recv 属性）应答方无法提供，这主要与紧急服务和转接中心有关。由应答的 UA 或服务在拒绝 offer 时添加，警告文本中会列出其支持的语言和媒体。
    .actions =
        从警告文本中查看对端支持的语言和媒体。
        调整主叫设备写入 SDP 的语言偏好，或将呼叫路由到提供该语言的服务。

# en: 7b3cdb52
warn-330 =
    .title = 组播不可用
    .summary = 会话描述请求组播（multicast）媒体，但用户所在站点不支持组播。由拒绝 offer 的 UA 添加，附在 488 或 606 上；在普通电话业务中很少见，通常与广播或寻呼类应用有关。
    .actions =
        检查 c= 行中是否为组播地址（224.0.0.0/4 或 ff00::/8）。
        对该目的地改用单播媒体，或在远端站点启用组播路由。

# en: a7b235c8
warn-331 =
    .title = 单播不可用
    .summary = 用户所在站点无法接收单播（unicast）媒体，通常是因为防火墙拦截。由拒绝 offer 的 UA 添加，附在 488 或 606 上；对技术支持而言，这指向远端站点的网络策略，而不是 SIP 配置。
    .actions =
        检查两个媒体端点之间 RTP 端口的防火墙和 NAT 规则。
        向远端站点的管理员确认哪些媒体地址和端口可达。

# en: 724981cd
warn-370 =
    .title = 带宽不足
    .summary = SDP 中请求的带宽（b= 行）或编解码器所需的带宽超过了发出警告一方的可用带宽，例如受 WAN 链路或中继上呼叫接纳控制（CAC）的限制。由 PBX、SBC 或 UA 在拒绝呼叫时添加，通常附在 488 或 606 上。
    .actions =
        检查相关 PBX、SBC 或站点上的呼叫接纳控制和带宽限制。
        在受限链路上使用码率更低的编解码器，或不带视频。

# en: c7238fe0
warn-380 =
    .title = 不允许 SIPS
    .summary = 请求使用了 SIPS 方案，但无法按 SIPS 处理，例如被叫用户没有注册任何 SIPS 联系地址。由代理或注册服务器添加，通常附在 480 Temporarily Unavailable 上；被叫用户存在，只是没有可达的 TLS 安全路径。
    .actions =
        检查被叫设备是否通过 TLS 注册了 sips: Contact。
        改用 sip: URI 呼叫该用户，或让设备通过 TLS 以 SIPS 联系地址注册。

# en: 361fedfe
warn-381 =
    .title = 要求使用 SIPS
    .summary = 该 UA 或代理只接受使用 SIPS 方案（即每一跳都使用 TLS）的此类请求，而该请求使用的是 sip:。由执行该策略的服务器在拒绝时添加；需要在发送端修正。
    .actions =
        使用 sips: 的 Request-URI 并通过 TLS 发送请求。
        检查主叫和路径上每个代理的 TLS 配置（证书、transport=tls、5061 端口）。

# en: e48d72d6
warn-399 =
    .title = 其他警告
    .summary = 自由格式的警告：警告文本供人员阅读或记录日志，接收方不得据此自动执行任何操作。厂商常用它给出自己的诊断信息，例如 403、488 或 606 的具体原因。Kamailio 和 OpenSIPS 在启用核心参数 sip_warning 时，会在自己生成的响应中加入一条使用未注册代码 392 的调试警告（“Noisy feedback tells: ...”）。
    .actions =
        阅读 warn-agent 和警告文本：它们指明了添加警告的设备及其原因。
        在该厂商的文档或该设备自身的日志中查找这段文本。

# en: ef681a82
warn-range-300 =
    .title = 未注册的会话描述类警告
    .summary = 该代码未在 IANA 注册。RFC 3261 将 300 至 329 保留给会话描述中关键字的问题，因此该警告很可能与 offer 的 SDP 有关；详情请看警告文本。

# en: 5ca20e7b
warn-range-330 =
    .title = 未注册的网络服务类警告
    .summary = 该代码未在 IANA 注册。RFC 3261 将 330 至 339 保留给会话描述中请求的基本网络服务（例如组播或单播）；详情请看警告文本。

# en: c1ade15d
warn-range-370 =
    .title = 未注册的 QoS 参数类警告
    .summary = 该代码未在 IANA 注册。RFC 3261 将 370 至 379 保留给会话描述中请求的量化 QoS 参数（例如带宽）；详情请看警告文本。

# en: 63895f2f
warn-range-390 =
    .title = 未注册的其他警告
    .summary = 该代码未在 IANA 注册。RFC 3261 将 390 至 399 保留给不属于其他类别的各类警告，因此其含义由添加它的设备决定（例如 Kamailio 和 OpenSIPS 用 392 做调试）；请阅读 warn-agent 和警告文本。

# en: c296b18b
warn-range-other =
    .title = 未注册的警告码
    .summary = 该代码未在 IANA 注册，RFC 3261 也没有为其所在范围保留任何含义（340 至 369，以及 380 至 389 中除已注册的 380 和 381 之外的代码）。其含义由添加它的设备自行定义；请阅读 warn-agent 和警告文本。
