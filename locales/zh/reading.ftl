# 未知原因短语的含义：data/lexicon.toml 中每个概念一句话。
# 与不在任何厂商列表中的短语的解读一起显示。

# en: 40e1e802
reading-loop = 该短语指向路由环路：请求回到了已经经过的服务器，或跳数已经用尽。
# en: 81290bec
reading-fraud = 该短语表明呼叫被反欺诈或防骚扰检查拦截。
# en: c2e78e73
reading-failed-attempts = 该短语表明账号因失败或过短的呼叫过多而被保护机制暂停，这属于反欺诈措施，而不是容量不足。
# en: d22dc5a6
reading-call-allowance = 该短语表明账号的通话分钟数或通话时长额度已经用完。
# en: fec423a8
reading-balance = 该短语表明账号余额不足或信用额度已用尽。
# en: bf6c62d5
reading-subscription = 该短语表明账号的订阅、套餐或付款有问题，例如账单未付、服务已停机，或当前套餐不包含这类呼叫。
# en: ad839ac3
reading-rating = 该短语表明计费系统找不到该目的地的费率或价格，因此无法为这次呼叫计费。
# en: 7a1b2d85
reading-rate-limit = 该短语表明触发了速率限制：呼叫或请求到达得比服务器允许的更快，例如每秒呼叫数过多。
# en: 68193209
reading-concurrent-calls = 该短语表明账号、中继或线路的并发呼叫数或通道数已达上限。
# en: 7ee89f28
reading-call-limit = 该短语表明呼叫数或会话数已达到上限。
# en: 85843493
reading-license = 该短语表明处理呼叫的服务器存在许可证数量限制或许可证问题。
# en: da058f4a
reading-overload = 该短语表明服务器或网络过载或拥塞，需要稍后再试。
# en: fd62aaf8
reading-identity = 该短语指向主叫身份验证（STIR/SHAKEN）：Identity 头域或其证明等级缺失或未被接受。
# en: b7831d83
reading-anonymous = 该短语表明对方不接受匿名或隐藏号码的呼叫。
# en: 976e02d3
reading-caller-id = 该短语指向主叫号码：所显示的主叫号码缺失、不被允许或无法识别。
# en: ca1b953d
reading-geo-block = 该短语表明该账号被禁止呼叫某个国家、国际或高费率目的地。
# en: d85d4b8a
reading-config = 该短语表明存在配置问题：请求或账号的某项设置有误、无法识别或不被允许。
# en: 2dd0fd14
reading-not-configured = 该短语表明某项配置或业务尚未开通或设置。
# en: 349fa1c2
reading-blocked = 该短语表明呼叫被有意拦截：呼叫或号码被禁止、列入黑名单或不符合策略。
# en: 12f07f15
reading-account-state = 该短语表明账号、用户或网关已被停用、锁定或冻结。
# en: afaf1501
reading-emergency = 该短语指向紧急呼叫，或紧急呼叫路由、位置信息缺失或出错。
# en: 22164603
reading-recording-consent = 该短语指向通话录音，或呼叫继续前需要取得的同意。
# en: 29470bae
reading-number-invalid = 该短语表明所拨或所显示的号码无效、格式错误或不存在。
# en: 426f8065
reading-number-unknown = 该短语表明号码未分配、已改号或找不到。
# en: f042a4d6
reading-routing = 该短语指向路由问题：没有可用的路由、网关、中继或运营商把呼叫送到目的地。
# en: 72d88b90
reading-media = 该短语指向媒体问题：编解码器、SDP 协商失败，或 RTP 媒体流没有建立。
# en: 7796bb5d
reading-nat = 该短语指向 NAT 问题：私网地址或 NAT 映射使服务器无法到达终端。
# en: cff5b07a
reading-network = 该短语指向网络层：到下一跳的 DNS 解析、TCP 或 TLS 连接、或证书出现故障。
# en: 39b023fd
reading-source-ip = 该短语指向来源地址：请求来自服务器不为该账号接受的 IP 地址。
# en: 09c67784
reading-auth = 该短语指向认证问题：用户名、密码或其他凭据错误或缺失。
# en: 2b90114f
reading-callee-unregistered = 该短语表明被叫用户或终端未注册，服务器无处投递该呼叫。
# en: 98ce860f
reading-registration = 该短语提到注册，暗示某个终端或中继没有在服务器上注册。
# en: cdb65f61
reading-ring-timeout = 该短语表明呼叫一直振铃到定时器超时，始终无人应答。
# en: 33fb0824
reading-timeout = 该短语指向超时：某个服务器或组件未能及时响应。
# en: ff151419
reading-server = 该短语指向服务器或其后端内部故障，例如数据库、内部错误或系统关机。
# en: 4beaee0b
reading-no-answer = 该短语表明被叫无人接听。
# en: b7ae8812
reading-declined = 该短语表明被叫或其终端拒绝了呼叫。
# en: 9143d4db
reading-dnd = 该短语表明被叫开启了免打扰。
# en: 1167de27
reading-offline = 该短语表明被叫离线、关机或暂时无法接通。
# en: 1792f839
reading-busy = 该短语表明被叫正忙，正在通话中。
# en: 8cc84b43
reading-redirect = 该短语表明呼叫已被前转、重定向或转接到别处。
# en: e1df2d73
reading-protocol = 该短语指向 SIP 协议问题：请求格式错误、不完整，或用了服务器不支持的内容。
# en: c440ee81
reading-malformed-part = 该短语指向请求中某个具体部分缺失或错误，例如某个头域、From 或 To 中的用户名或 URI。
# en: f8cb0c7b
reading-method = 该短语表明该服务器不接受所用的 SIP 方法、事件或扩展。
# en: 29f42df9
reading-no-dialog = 该短语表明该请求在服务器上找不到对应的呼叫、对话或事务。
# en: ea5ce351
reading-cancelled = 该短语表明呼叫在接通前已被取消或放弃。
# en: 1580caea
reading-encryption = 该短语指向双方未能就加密或安全协商达成一致。
# en: 55154f56
reading-unavailable = 该短语只说明某些东西不可用，最常见的情况是被叫暂时无法接通。
# en: f64a23ad
reading-limit = 该短语只说明达到了某个上限，但没有说明是哪一个。
# en: 1baa285a
reading-failure = 该短语只说明出现了故障，没有指出原因。
