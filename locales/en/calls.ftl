## sipkb scan: calls (issue #21). Findings are facts about one call, each tied to a message.

calls-log-lines-only = These inputs hold SIP responses but no whole SIP messages, so no call can be followed message by message; a full trace (sngrep export, sofia-sip siptrace, pjsip logger) or a packet capture gives per-call detail.

calls-partial = The input begins inside this call: its INVITE was not seen.
calls-partial-reg = The input begins inside this registration: its REGISTER was not seen.
calls-reg-refused = Registration refused: { $code } { $phrase }.
calls-registered = Registered: the registrar accepted the REGISTER.
calls-answered = Answered; { $who ->
    [caller] the caller
   *[callee] the callee
} hung up after { $duration } s{ $has_reason ->
    [yes] , with BYE Reason: { $reason }
   *[no] {""}
}.
calls-answered-open = Answered; the input ends before either side hung up.
calls-cancelled = Cancelled by the caller { $after } s after the INVITE{ $rang ->
    [yes] , while it was ringing
   *[no] , before any ringing
}.
calls-failed = Failed: { $code } { $phrase } came { $after } s after the INVITE{ $rang ->
    [yes] , after ringing
   *[no] , with no ringing before it
}{ $has_by ->
    [yes] ; sent by { $by }
   *[no] {""}
}.
calls-reg-failed = Registration refused: { $code } { $phrase } came { $after } s after the REGISTER{ $has_by ->
    [yes] ; sent by { $by }
   *[no] {""}
}.
calls-no-final = No final response: the caller waited { $waited } s{ $provisional ->
    [yes] {" "}after a provisional response
   *[no] {" "}and nothing answered at all
}; the INVITE was sent { $copies } more { $copies ->
    [one] time
   *[other] times
} (retransmissions).
calls-reg-no-final = No response to the REGISTER in { $waited } s; it was sent { $copies } more { $copies ->
    [one] time
   *[other] times
}.
calls-early-failure = The call failed early: { $code } { $phrase } carries Reason { $reason }, a failure signalled in a provisional response, usually while the far end plays an announcement instead of answering with a final error.
calls-auth-challenge = Challenged with { $code } and answered with credentials that were accepted: normal digest authentication, not a failure.
calls-auth-same-credentials = After a new challenge the same credentials were sent again, still computed from the earlier nonce: the device did not compute a fresh digest response.
calls-auth-nonce-loop = Challenged { $count } times with the same nonce: every request with credentials got { $code } again, so the server does not accept the credentials (user name, password or realm).
calls-auth-refused = The request with credentials was refused with 403: the server knows the account but does not accept its credentials, or does not allow it this request.
calls-auth-unanswered = Challenged with { $code } and no request with credentials followed: the device has no credentials for this realm, or gave up.
calls-auth-rejected = The request with credentials was challenged again with { $code } and a new nonce: the server did not accept the credentials.
calls-reinvite-failed = A re-INVITE inside the call was refused with { $code } { $phrase }.
calls-media-refused = Media refused with { $code }: the SDP offer had { $offer }{ $srtp ->
    [yes] {" "}with SRTP
   *[no] {""}
}, and no SDP answer came back with media the other side accepts.
calls-media-no-common-codec = No common codec: the SDP offer had { $offer }, the SDP answer { $answer }.
calls-media-srtp-mismatch = SRTP mismatch: { $srtp ->
    [offer] the SDP offer asks for SRTP ({ $offer }) but the SDP answer has plain RTP ({ $answer })
   *[answer] the SDP answer asks for SRTP ({ $answer }) but the SDP offer had plain RTP ({ $offer })
}.
calls-nat-private-sdp = The SDP sent from the public address { $peer } gives the private address { $addr } for media (c=): the sender is behind NAT, and media sent to that address will not arrive.
calls-nat-private-contact = The Contact sent from the public address { $peer } names the private address { $addr }: the sender is behind NAT, and requests sent to its Contact will not reach it.
calls-forked = The call forked: { $count } early dialogs (different To tags) answered the same INVITE.
calls-failover = After { $code } from { $from } the INVITE went on to { $to }: a new branch of the same call on another route.
calls-retry = A retry of call { $call }, which failed with { $code } { $after } s earlier: same caller and callee, new Call-ID{ $moved ->
    [yes] , sent to { $to } instead of { $from }
   *[no] {""}
}.

## The text report
calls-heading = Calls ({ $shown } of { $total }):
calls-none = No calls (INVITE dialogs) in the input.
calls-totals = { $calls } calls: { $answered } answered, { $failed } failed, { $cancelled } cancelled, { $no_final } without a final response, { $partial } begun before the input.
calls-not-listed = { $count } more calls and registrations were counted but are not listed (calls with a problem are kept first).
calls-closed-early = { $count } calls were closed before they ended: more than { $max } were open at once.
calls-outcome-answered = answered
calls-outcome-failed = failed
calls-outcome-cancelled = cancelled
calls-outcome-no_final = no final response
calls-outcome-registered = registered
calls-outcome-partial = partial
calls-col-time = TIME
calls-col-call = FROM → TO
calls-col-outcome = OUTCOME
calls-col-duration = DURATION
calls-col-finding = MAIN FINDING
calls-ladder = Call { $id }: { $from } → { $to }
calls-timing = first provisional { $first } s · post-dial delay { $pdd } s · final response { $final } s · duration { $duration } s
calls-explained = The final response, as sipkb explain reads it:
calls-more-failed = { $count } more calls with a problem: --call ID shows one in full, --json shows all.
calls-messages-dropped = … { $count } messages not kept …
calls-registrations = Registrations with a problem:
calls-registrations-ok = { $count } registrations succeeded.
calls-options = OPTIONS requests (keep-alive):
calls-options-line = { $from } → { $to }: { $requests } requests, answers { $answers }, { $unanswered } unanswered
calls-not-found = No call or registration with Call-ID { $id } in the input.
calls-findings = Findings:
