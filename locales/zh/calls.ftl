## sipkb scan：呼叫（issue #21）。每条发现都是关于一个呼叫的事实，并关联到一条消息。

# en: 791ff35a
calls-log-lines-only = 输入中有 SIP 响应，但没有完整的 SIP 消息，因此无法逐条消息地跟踪呼叫；完整的跟踪记录（sngrep 导出、sofia-sip siptrace、pjsip logger）或抓包文件可以给出每个呼叫的详情。

# en: a6bff590
calls-partial = 输入从该呼叫中途开始：没有看到它的 INVITE。
# en: 6a3b4508
calls-partial-reg = 输入从该注册中途开始：没有看到它的 REGISTER。
# en: 57a7acc1
calls-reg-refused = 注册被拒绝：{ $code } { $phrase }。
# en: 98e9905e
calls-registered = 注册成功：注册服务器接受了 REGISTER。
# en: e913aca0
calls-answered = 已接通；{ $who ->
    [caller] 主叫
   *[callee] 被叫
}在 { $duration } 秒后挂机{ $has_reason ->
    [yes] ，BYE 带有 Reason：{ $reason }
   *[no] {""}
}。
# en: 9ca1e18a
calls-answered-open = 已接通；输入在任何一方挂机之前就结束了。
# en: d07f69fd
calls-cancelled = 主叫在 INVITE 之后 { $after } 秒取消了呼叫{ $rang ->
    [yes] ，当时已在振铃
   *[no] ，当时尚未振铃
}。
# en: 7eb262fc
calls-failed = 呼叫失败：INVITE 之后 { $after } 秒收到 { $code } { $phrase }{ $rang ->
    [yes] ，之前已振铃
   *[no] ，之前没有振铃
}{ $has_by ->
    [yes] ；发送方：{ $by }
   *[no] {""}
}。
# en: 9a7bf10f
calls-reg-failed = 注册被拒绝：REGISTER 之后 { $after } 秒收到 { $code } { $phrase }{ $has_by ->
    [yes] ；发送方：{ $by }
   *[no] {""}
}。
# en: c7d1eb9a
calls-no-final = 没有最终响应：主叫等待了 { $waited } 秒{ $provisional ->
    [yes] ，期间收到过临时响应
   *[no] ，期间没有收到任何响应
}；INVITE 又重发了 { $copies } 次（重传）。
# en: 8ed1fdc6
calls-reg-no-final = REGISTER 在 { $waited } 秒内没有响应；又重发了 { $copies } 次。
# en: 1db3e75c
calls-early-failure = 呼叫在早期就已失败：{ $code } { $phrase } 带有 Reason { $reason }，即在临时响应中通知了失败，通常是对端在播放提示音，而不是直接回复最终的错误响应。
# en: 7df274ed
calls-auth-challenge = 收到 { $code } 认证质询，随后带凭据的请求被接受：这是正常的 digest 认证，不是故障。
# en: cbc57282
calls-auth-same-credentials = 收到新的认证质询后，设备再次发送了相同的凭据（仍按之前的 nonce 计算）：设备没有重新计算 digest 响应。
# en: ad36267b
calls-auth-nonce-loop = 服务器以相同的 nonce 发出了 { $count } 次认证质询：每个带凭据的请求都再次收到 { $code }，说明服务器不接受这些凭据（用户名、密码或 realm）。
# en: 1b612421
calls-auth-refused = 带凭据的请求被 403 拒绝：服务器认识该账号，但不接受其凭据，或不允许它发起此请求。
# en: b5eeef7f
calls-auth-unanswered = 收到 { $code } 认证质询后没有带凭据的请求跟进：设备没有该 realm 的凭据，或已放弃。
# en: 1284d58b
calls-auth-rejected = 带凭据的请求再次收到 { $code } 认证质询（nonce 已更换）：服务器没有接受这些凭据。
# en: c0a843b7
calls-reinvite-failed = 呼叫中的 re-INVITE 被拒绝：{ $code } { $phrase }。
# en: f413ddac
calls-media-refused = 媒体被 { $code } 拒绝：SDP offer 中有 { $offer }{ $srtp ->
    [yes] {" "}（含 SRTP）
   *[no] {""}
}，对方没有返回带可接受媒体的 SDP answer。
# en: 91f85ec2
calls-media-no-common-codec = 没有共同的编解码器：SDP offer 中为 { $offer }，SDP answer 中为 { $answer }。
# en: f467d030
calls-media-srtp-mismatch = SRTP 不匹配：{ $srtp ->
    [offer] SDP offer 要求 SRTP（{ $offer }），但 SDP answer 使用普通 RTP（{ $answer }）
   *[answer] SDP answer 要求 SRTP（{ $answer }），但 SDP offer 使用普通 RTP（{ $offer }）
}。
# en: c673745d
calls-nat-private-sdp = 从公网地址 { $peer } 发来的 SDP 把私网地址 { $addr } 作为媒体地址（c=）：发送方位于 NAT 之后，发往该地址的媒体无法到达。
# en: 4264eae8
calls-nat-private-contact = 从公网地址 { $peer } 发来的 Contact 头域指向私网地址 { $addr }：发送方位于 NAT 之后，发往其 Contact 的请求无法到达。
# en: bfbc23bf
calls-forked = 呼叫发生了分叉：同一个 INVITE 收到了 { $count } 个早期对话（To 标签不同）的响应。
# en: 1d110f28
calls-failover = 收到 { $from } 的 { $code } 后，INVITE 被转发到 { $to }：同一呼叫在另一条路由上的新分支。
# en: 5eb6ce4c
calls-retry = 这是对呼叫 { $call } 的重试，该呼叫在 { $after } 秒前以 { $code } 失败：主叫和被叫相同，Call-ID 不同{ $moved ->
    [yes] ，发往 { $to } 而不是 { $from }
   *[no] {""}
}。

## 文本报告
# en: a81da1c9
calls-heading = 呼叫（共 { $total } 个，列出 { $shown } 个）：
# en: 2d3efcc3
calls-none = 输入中没有呼叫（INVITE 对话）。
# en: c4499168
calls-totals = 呼叫 { $calls } 个：接通 { $answered }，失败 { $failed }，取消 { $cancelled }，无最终响应 { $no_final }，始于输入之前 { $partial }。
# en: abc64add
calls-not-listed = 另有 { $count } 个呼叫和注册已计数但未列出（优先保留有问题的呼叫）。
# en: 5285024e
calls-closed-early = { $count } 个呼叫在结束前被关闭：同时打开的呼叫超过了 { $max } 个。
# en: 65db7867
calls-outcome-answered = 已接通
# en: 40476fe5
calls-outcome-failed = 失败
# en: c01e65ad
calls-outcome-cancelled = 已取消
# en: 04dea6ac
calls-outcome-no_final = 无最终响应
# en: d1a79991
calls-outcome-registered = 已注册
# en: d9b5c413
calls-outcome-partial = 不完整
# en: 5e08ebef
calls-col-time = 时间
# en: af68b933
calls-col-call = 主叫 → 被叫
# en: 0f871a73
calls-col-outcome = 结果
# en: 8fec0621
calls-col-duration = 时长
# en: fc8548cc
calls-col-finding = 主要发现
# en: 95e4212e
calls-ladder = 呼叫 { $id }：{ $from } → { $to }
# en: ffb9027e
calls-timing = 首个临时响应 { $first } 秒 · 拨号后延迟 { $pdd } 秒 · 最终响应 { $final } 秒 · 通话时长 { $duration } 秒
# en: e9479aa2
calls-explained = 最终响应（按 sipkb explain 的解读）：
# en: 9b124bd8
calls-more-failed = 另有 { $count } 个有问题的呼叫：用 --call ID 查看单个呼叫的全部内容，用 --json 查看全部。
# en: f1e6a984
calls-messages-dropped = … 未保留 { $count } 条消息 …
# en: 1366192f
calls-registrations = 有问题的注册：
# en: 580b1b1c
calls-registrations-ok = { $count } 次注册成功。
# en: df093379
calls-options = OPTIONS 请求（保活探测）：
# en: 7a2078ac
calls-options-line = { $from } → { $to }：请求 { $requests } 个，响应 { $answers }，无响应 { $unanswered } 个
# en: c308a025
calls-not-found = 输入中没有 Call-ID 为 { $id } 的呼叫或注册。
# en: ca3c1036
calls-findings = 发现：
