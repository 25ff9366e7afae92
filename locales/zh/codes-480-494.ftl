# SIP 响应码 480-494（IANA 注册表；RFC 3261、RFC 3329、RFC 6665）

sip-480 =
    .title = 暂时无法接通
    .summary = 请求已到达被叫一侧（其话机、注册服务器或 PBX），但被叫此刻无法接通：未注册、开启了免打扰，或没有可转移的目标。很多运营商和软交换在自身路由或计费出错时也会返回 480，因此务必查看原因短语（reason phrase）以及 Reason、Warning 头来判断属于哪种情况。
    .causes =
        被叫话机未注册：关机、断网、注册已过期，或在 NAT 后面丢失了注册绑定。
        被叫开启了免打扰，或未接听且没有配置呼叫转移或语音信箱。
        运营商或软交换用 480 表示自身故障，可从原因短语看出，例如 “No money left”、“Invalid Phone Number”、“Empty Route Set”、“Codec Mismatch”。
        PSTN 网关把 ISUP 释放（Q.850 原因值 19、20 或 31）转换成了 480；反方向上 480 会被转换为 Q.850 原因值 18。
    .actions =
        先看原因短语和 Reason、Warning 头：运营商自定义短语通常说明是余额、路由或编解码器问题，而非被叫本身。
        确认是哪一跳生成了该响应（源地址、Server 或 User-Agent 头）：自己的代理服务器、运营商，还是被叫话机。
        在注册服务器上检查被叫是否有有效的注册绑定（Contact、有效期、NAT 保活）。
        如果被叫只是暂时不在，稍后重拨（遵守 Retry-After），或配置呼叫转移或语音信箱。
    .ui = 您拨打的用户暂时无法接通。

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

sip-482 =
    .title = 检测到环路
    .summary = 代理服务器收到了一个它之前已经转发过的请求（Via 头中已有它自己的地址），说明请求在服务器之间兜圈子。必须修正路由配置，重新呼叫只会再次形成环路。
    .causes =
        两个系统互相把同一号码路由给对方，例如 PBX 把未分配的 DID 号码送往运营商中继，运营商又立即送回。
        呼叫转移链最终指回原始用户，或用户设置了转移给自己。
        代理服务器的出局代理、静态路由或 DNS SRV 记录指向了它自己。
    .actions =
        查看被拒请求中的 Via 头，还原请求经过的路径，找到环路闭合的位置。
        检查环路上每一跳的拨号计划、路由表和转移规则；未分配的号码应直接拒绝，而不是送回中继。
        网关向 ISUP 侧上报 482 时使用 Q.850 原因值 25（Exchange routing error）。
    .ui = 由于网络路由问题，呼叫无法接通。

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

sip-484 =
    .title = 号码不完整
    .summary = 服务器识别出了所拨号码的开头部分，但还需要更多位数才能进行路由。这是 SIP 中的重叠发码（overlap dialling）方式：网关或话机可以先发送已收集的号码，每收到一次 484 再补发后续号码。
    .causes =
        主叫拨的位数不够（缺少区号、出局字冠或分机号码）。
        话机的拨号规则或位间定时器在拨号完成前就发出了号码。
        PBX 或 SBC 上的号码规整规则删掉了 Request-URI 中的部分号码。
        PSTN 网关收到 Q.850 原因值 28（Invalid number format）并转换成了 484。
    .actions =
        将 Request-URI 的用户部分与下一跳要求的完整号码格式（E.164、国内格式或内部号码）进行对比。
        调整话机的拨号规则或位间超时，或 PBX、SBC 上的号码变换规则。
        如果本来就采用重叠发码，确认发送方会补发号码并重试；否则需要主叫拨打完整号码。
    .ui = 您拨打的号码不完整，请核对后重拨。

sip-485 =
    .title = 地址不明确
    .summary = Request-URI 同时匹配多个可能的目的地，服务器无法决定把请求送往哪里。响应中可能会在 Contact 头里列出候选地址；与 3xx 重定向不同，需要由人来做选择。
    .causes =
        按姓名拨号或目录查询匹配到了多个用户。
        缩位号码或短号与拨号计划中的多个条目重叠。
        服务器上同一个别名或号码被分配给了多个账号。
    .actions =
        查看响应中的 Contact 头：其中列出了可能的目的地，主叫可以从中选择一个重新拨打。
        检查拨号计划和目录中重叠的短号或重复的别名，确保每个标识唯一。
        对同一地址重试结果不变；网关向 ISUP 侧上报时使用 Q.850 原因值 1（Unallocated number）。
    .ui = 您拨打的号码或姓名对应多个联系人，请输入更具体的号码或姓名。

sip-486 =
    .title = 被叫忙
    .summary = 已联系到被叫的终端，但它此刻无法再接听新的呼叫。主叫稍后再拨，或通过其他终端（语音信箱、其他话机）仍可能接通。
    .causes =
        被叫正在通话，且未开启呼叫等待或等待线路已满。
        被叫在话机上按了拒接。
        PBX 或中继组报告该用户的所有通道都在使用中。
        PSTN 网关从 ISUP 侧收到了 Q.850 原因值 17（User busy）。
    .actions =
        这是呼叫的正常结果，并非故障。
        稍后重拨；如果响应带有 Retry-After，请遵守其时间。
        如果拨打该号码总是忙，检查被叫话机是否未挂好，或其并发通道上限是否设置过低。
    .ui = 对方正忙。

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
        如果呼叫在振铃中被切断，找出是哪一方发送了 CANCEL 及其原因：查看它的 Reason 头，以及 PBX、排队系统或外呼系统的振铃或无应答定时器。
        大量呼叫仅振铃一两秒就收到 487，说明主叫侧或运营商的超时设置过短。
    .ui = 呼叫已取消。

sip-488 =
    .title = 此处不可接受
    .summary = 被叫（或其前面的网关、SBC）无法接受 SDP offer 所描述的会话：所提供的编解码器、媒体类型或传输参数在该目的地都不可用。带 3xx 告警码的 Warning 头通常会指出具体被拒绝的内容；同一呼叫换一个终端仍可能成功。
    .causes =
        没有共同的编解码器，例如 offer 中只有 G.729 或 Opus，而对端只接受 G.711（厂商短语 “Codec Mismatch”）。
        媒体加密不一致：offer 使用 SRTP（RTP/SAVP）而对端要求普通 RTP（RTP/AVP），或者相反，或 DTLS-SRTP 与 SDES 密钥不匹配。
        不支持的 SDP 参数：ptime 或 maxptime、DTMF 载荷（telephone-event）、T.38 传真、视频，或地址族（向仅支持 IPv4 的一方提供 IPv6）。
        SBC 策略限制，例如拒绝 RFC 1918 私网范围内的媒体地址（厂商短语 “Private IP Address”）。
    .actions =
        将 offer 中的 m= 和 a=rtpmap 行与对端已启用的编解码器进行比对，并查看 Warning 码（304 媒体类型、305 媒体格式、306 属性、370 带宽、399 厂商文本）。
        统一中继两侧的编解码器列表和 SRTP 设置，或在 SBC、媒体网关上启用转码。
        如果 offer 中是私网地址或地址族不对，修正 NAT 处理或 SDP 地址改写。
        重发同样的 offer 仍会被拒；网关根据 Warning 码选择 Q.850 原因值（FreeSWITCH 使用 88，Asterisk 使用 58）。
    .ui = 对方不支持此类通话，呼叫无法接通。

sip-489 =
    .title = 事件包无效
    .summary = SUBSCRIBE、NOTIFY 或 PUBLISH 在 Event 头中指定了接收方不支持的事件包，因此被拒绝（RFC 6665）。响应通常会在 Allow-Events 头中列出接收方支持的事件包。
    .causes =
        话机订阅了服务器不提供的事件包，例如 presence、dialog（BLF）、message-summary（语音信箱指示）或 ua-profile（自动配置）。
        PBX 上该账号未启用相应功能：忙灯（BLF）、在线状态或语音信箱通知。
        事件名拼写错误或为厂商私有，或收到了带有未知事件的非请求 NOTIFY（如 check-sync、talk）。
    .actions =
        查看请求的 Event 头和响应的 Allow-Events 头，确认支持哪些事件包。
        在服务器上启用对应功能（presence/BLF、MWI、自动配置），或在话机配置中取消该订阅。
        配置修改前重试没有意义；普通语音呼叫不受影响。
    .ui = 此功能暂不可用。

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

sip-494 =
    .title = 需要安全协商
    .summary = 服务器要求客户端先按照 RFC 3329（sec-agree，例如 ipsec-3gpp、tls 或 digest）协商安全机制，然后才接受请求，并在 Security-Server 头中列出它提供的机制。多见于 IMS 和 VoLTE 网络中的 P-CSCF，通常出现在 REGISTER 的响应中。
    .causes =
        首个 REGISTER 携带了 Security-Client 和 Require: sec-agree，服务器回复自己的 Security-Server 列表以开始协商。
        后续请求中的 Security-Verify 头与服务器提供的不一致（被 SBC 或 ALG 改写，或安全联盟已过期）。
        客户端不支持服务器要求的任何机制，或其 IPsec 参数（算法、SPI、受保护端口）不兼容。
    .actions =
        在首次交互中这是正常步骤：客户端从 Security-Server 中选择一种机制，建立安全联盟，再带上 Security-Verify 重发请求。
        如果反复出现，对比整个跟踪中的 Security-Client、Security-Server 和 Security-Verify，确认没有 SBC 或 ALG 删除或改写它们。
        将设备的 IMS/VoLTE 设置（是否启用 IPsec、支持的算法）与 P-CSCF 的要求进行核对；不修改配置重试不会有帮助。
    .ui = 您的话机无法与服务建立安全连接。
