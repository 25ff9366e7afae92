# SIP response codes 500-608: server failures (5xx) and global failures (6xx).
# Facts: IANA registry, RFC 3261, RFC 3312, RFC 3398, RFC 8197, RFC 8599, RFC 8688, and the
# FreeSWITCH / Asterisk cause mappings in shared/reference/q850_and_headers.md.

sip-500 =
    .title = Server internal error
    .summary = A server on the path hit an unexpected fault while handling the request and gave up; the code says nothing about the callee. Stacks print it as "Server Internal Error", "Internal Server Error" (sofia-sip) or "Server internal failure" (Asterisk); gateways send Q.850 cause 41 for it.
    .causes =
        A crash, exception or bug in the proxy, PBX dialplan or routing script that handled the request.
        A back-end dependency failed: the database, billing or number lookup timed out or returned garbage.
        An ISDN/ISUP protocol or interworking error (Q.850 111 or 127) that a gateway turned into 500; Asterisk also sends it for its generic FAILURE cause.
        A second INVITE arrived in a dialog while the previous one was still unanswered (RFC 3261 §14.2); here the 500 must carry Retry-After.
    .actions =
        Use the Via, Server and Reason headers to find which box generated the 500, then read that box's own log for the same Call-ID.
        Retrying after a few seconds is allowed, and after the Retry-After delay if one is given; if it keeps failing, try another server or route.
        A Reason: Q.850 header, if present, often tells which side of a gateway failed.
        If the same request always fails, escalate to whoever operates that server: the fault is on their side, not in the caller's settings.
    .ui = The call could not be completed because of a network problem. Please try again.

sip-501 =
    .title = Not implemented
    .summary = The receiving server does not support the SIP method of the request at all, for any user. Unlike 405, where the method is known but not allowed for that target, 501 means the feature is simply absent; gateways map it to Q.850 cause 79.
    .causes =
        A device sent a method the far end has no code for, for example UPDATE, PRACK, INFO, MESSAGE, REFER, SUBSCRIBE or PUBLISH.
        A feature such as session timers via UPDATE, blind transfer via REFER or DTMF via INFO is enabled on one side only.
        On a PSTN gateway, the ISDN side rejected a facility or service (Q.850 29 or 79), which becomes 501.
    .actions =
        Look at the method of the rejected request in the trace, and at the Allow header the far end sends in its OPTIONS or INVITE answers.
        Turn off the feature that needs the missing method, or switch to an alternative the peer supports (for example RFC 4733 DTMF instead of INFO).
        Resending the same request will not help: change the configuration or ask the peer's vendor for support.
    .ui = This feature is not supported by the other side.

sip-502 =
    .title = Bad gateway
    .summary = A proxy or gateway forwarded the request but got back an answer from the next hop that it could not use, so it reports failure on that hop's behalf. A PSTN gateway also sends 502 when the network says the destination is out of order (Q.850 cause 27); in the other direction 502 maps to cause 38.
    .causes =
        The next-hop server sent a malformed or unparsable response.
        The PSTN reported the callee's line or exchange as out of order (Q.850 27, FreeSWITCH DESTINATION_OUT_OF_ORDER).
        A misconfigured trunk or FreeSWITCH profile pointed at a peer that cannot serve the call.
    .actions =
        Find the box that generated the 502 from the Via/Server headers and capture the traffic on its downstream leg to see what the next hop really answered.
        Route the call over another gateway or carrier if one is available; the caller can retry that way.
        If one destination always fails with Q.850 27, report it to the carrier that serves that number.
    .ui = The call could not be connected because of a network problem.

sip-503 =
    .title = Service unavailable
    .summary = The server cannot handle the request right now because it is overloaded, in maintenance, or has no trunk or route left for the call. It may add Retry-After; the client should send the request to another server if it has one and leave this one alone for that period.
    .causes =
        The server, registrar or SBC is overloaded or in maintenance, or a licence or channel limit is reached.
        No route or no working gateway for the number: Asterisk and FreeSWITCH answer 503 when the trunk is down or every outbound channel is busy.
        The PSTN side reported congestion or a temporary network failure (Q.850 34, 38, 41, 42 or 47).
        Rate limiting: some providers answer 503 to too many REGISTER or INVITE requests in a short time.
    .actions =
        Check the Retry-After header and the reason phrase; respect the delay before sending to that server again.
        Check trunk and gateway status on the sending PBX (for example sofia status gateway in FreeSWITCH, pjsip show registrations in Asterisk) and the channel or licence usage.
        Make sure DNS SRV or the dial plan offers a second server or route, so the client can fail over.
        Per RFC 3261 a proxy should not pass a downstream 503 on unless it cannot serve any request at all, so look at the Via/Server headers to find which box is out of capacity.
    .ui = The service is temporarily unavailable. Please try again later.

sip-504 =
    .title = Server time-out
    .summary = A server that needed an answer from another server (the next hop, a registrar, a DNS or database lookup) did not get it in time, so it stopped waiting. Also printed as "Gateway Time-out" or "Server Timeout"; both directions map to Q.850 cause 102.
    .causes =
        The next-hop proxy, carrier or registrar did not answer before the transaction timer ran out.
        A firewall, NAT or broken path drops the packets between the two servers.
        An external lookup the server depends on (DNS, ENUM, routing database) is slow or down.
        On a PSTN gateway, an ISDN/ISUP timer expired (Q.850 102).
    .actions =
        Find which server sent the 504 and trace its leg to the next hop: did the request leave, and did anything come back?
        Check reachability and transport (UDP vs TCP, port, firewall rules) from that server to the next hop.
        Retry later or over another route; if it keeps happening, escalate to the operator of the unresponsive hop.
    .ui = The network took too long to respond. Please try again.

sip-505 =
    .title = Version not supported
    .summary = The receiver rejects the request because its start line names a SIP version other than the one it supports (SIP/2.0 in practice). Some stacks call it "SIP Version Not Supported"; gateways map it to Q.850 cause 127 (interworking).
    .causes =
        The request line is malformed: a typo, a wrong case or a missing version token written by a script or test tool.
        A broken SIP ALG or middlebox rewrote or truncated the message.
        Non-SIP traffic, or a damaged or reassembled UDP packet, reached the SIP port.
    .actions =
        Read the first line of the rejected request in a packet capture taken as close to the sender as possible, and compare it with what reaches the receiver.
        Disable SIP ALG on routers and firewalls in the path if the message changes on the way.
        Fix the sending software or its configuration; retrying the same message is pointless.
    .ui = The call could not be set up because of a configuration problem.

sip-513 =
    .title = Message too large
    .summary = The request is bigger than the receiver is able to handle, so it was rejected. Usually a sign that a big message went over UDP; gateways map it to Q.850 cause 127.
    .causes =
        A large SDP: a long codec list, video and ICE candidates, or several media lines.
        Many Via, Record-Route or long custom headers that add up along the path.
        UDP transport for a message above about 1300 bytes, which RFC 3261 says must use a congestion-controlled transport such as TCP.
    .actions =
        Check the size of the rejected request in the trace and which transport it used.
        Switch the trunk or device to TCP (or TLS), or shorten the message: fewer codecs, no unused media, fewer custom headers.
        Retrying the same message will fail again; change the configuration first.
    .ui = The call could not be set up because of a configuration problem.

sip-555 =
    .title = Push notification service not supported
    .summary = The proxy supports SIP push notifications (RFC 8599), but not the push service the device asked for in the pn-provider parameter of its REGISTER Contact. The device cannot be woken by push through that proxy with that provider.
    .causes =
        A mobile softphone registers with a pn-provider value (such as apns, fcm or webpush) that the provider's proxy does not handle.
        The app was built or configured for a different push platform than the server deployment supports.
    .actions =
        Look at the pn-provider, pn-prid and pn-param parameters in the Contact header of the REGISTER.
        Ask the SIP provider which push services its proxy supports and configure the app for one of them.
        Registering again with the same pn-provider will not work; without push the app must stay awake to receive calls.
    .ui = Incoming calls cannot wake this app on this service.

sip-580 =
    .title = Precondition failure
    .summary = The answering side could not satisfy a precondition that the SDP offer made mandatory, typically a QoS resource reservation under RFC 3312, so the session is not set up. Most often seen in IMS and VoLTE networks.
    .causes =
        The offer marks a QoS precondition as mandatory (a=des with strength mandatory) and the network could not reserve the bearer or bandwidth.
        The peer does not support the precondition mechanism or a required direction or strength.
        A precondition-related UPDATE failed during call setup.
    .actions =
        Check the a=curr, a=des and a=conf lines in the SDP and the Require/Supported: precondition headers on both sides.
        If the peer does not use preconditions, disable them for that trunk or make them optional.
        In a mobile network, check the bearer reservation (for example dedicated bearer setup) on the side that failed; retry only after the cause is fixed.
    .ui = The call could not be set up because the network could not reserve resources.

sip-600 =
    .title = Busy everywhere
    .summary = The callee is busy, and the responding side knows that no voicemail or other device will pick up instead. Stronger than 486, which only means busy at that one device; Retry-After may suggest a better time. Gateways map it to Q.850 cause 17.
    .causes =
        The callee is on another call on all devices and no voicemail or forwarding applies.
        A PBX or hunt group answers 600 when every member is busy.
        A gateway received user busy from the PSTN and reports it as global.
    .actions =
        Nothing is broken: this is a normal call outcome.
        Try again later, honouring Retry-After if it is present.
        If you expected voicemail or forwarding, check the callee's busy forwarding settings on the PBX.
    .ui = The person you called is busy.

sip-603 =
    .title = Decline
    .summary = The callee turned the call down on purpose, no other device of theirs will take it, and the response does not say why. Maps to Q.850 cause 21 (call rejected); FreeSWITCH also sends 603 for any CALL_REJECTED cause, where RFC 3398 would use 403.
    .causes =
        The callee pressed Decline or Reject on the phone.
        Do-not-disturb, call screening or a blocklist on the phone or PBX answers 603.
        A gateway or FreeSWITCH translated a Q.850 cause 21 from the PSTN into 603.
        Some carriers use 603 to block suspected fraud or unwanted calls.
    .actions =
        Treat it as the callee's decision, not a fault; do not retry automatically.
        If every call to this number is declined, check the callee's DND, blocklist and screening rules.
        Look at the Reason header: a Q.850 cause or text may show whether a person or a network rule rejected the call.
    .ui = The person you called declined the call.

sip-604 =
    .title = Does not exist anywhere
    .summary = The called user or number is unknown everywhere, not just in this domain, and the server that says so is authoritative for it. Stronger than 404; gateways map it to Q.850 cause 1 (unallocated number), FreeSWITCH to 3 (no route to destination).
    .causes =
        The dialled number is not assigned, has been disconnected or was entered wrongly.
        The account was deleted or never provisioned on the home server.
        A number portability or routing database says the number belongs to no one.
    .actions =
        Check the dialled digits and the number format (country code, prefixes, normalisation) in the Request-URI.
        Check the account or number range on the home server and in the number portability data.
        Do not retry the same number: correct the number or the provisioning first.
    .ui = The number you called does not exist.

sip-606 =
    .title = Not acceptable
    .summary = The session offered in the SDP (media types, codecs, bandwidth or addressing) cannot be supported by any of the callee's devices, even though the callee was willing to talk. It is the global form of 488, and a Warning header may name the problem.
    .causes =
        No codec in the offer matches the callee's codecs.
        Secure and plain media do not match (RTP/SAVP vs RTP/AVP), or video, T.38 fax or another media type is not supported.
        The address family in the c= line (IPv6 vs IPv4) or the bandwidth is not acceptable.
    .actions =
        Compare the m= and a=rtpmap lines of the offer with the callee's codec list, and read any Warning codes (304, 305, 370) in the 606.
        Add a common codec to the trunk or device, enable transcoding, or align SRTP settings on both sides.
        Retrying unchanged will fail; fix the media configuration first. FreeSWITCH logs it as INCOMPATIBLE_DESTINATION (88), Asterisk as BEARERCAPABILITY_NOTAVAIL (58).
    .ui = The call could not be connected because the devices are not compatible.

sip-607 =
    .title = Unwanted
    .summary = The callee marked this call as unwanted, such as spam or a nuisance call (RFC 8197). Expect further calls from that caller to this callee to be refused as well, and the network may feed the report into its call-analytics or anti-spam systems.
    .causes =
        The callee pressed a "report spam" or "unwanted" button while the phone was ringing.
        The callee's app or service flagged this caller ID as unwanted.
        The caller is a robocall or telemarketing source that the callee has already reported.
    .actions =
        Do not retry: the callee has actively rejected the caller.
        If the caller is legitimate, check that the caller ID and its STIR/SHAKEN attestation are correct, and contact the callee's provider.
        FreeSWITCH logs this as hangup cause UNWANTED (819), which is not a Q.850 value.
    .ui = The person you called does not accept calls from this number.

sip-608 =
    .title = Rejected
    .summary = An intermediary, not the callee, rejected the call; typically a call-analytics or anti-spam service in the network (RFC 8688). The callee never saw the call. A Call-Info header may point to a jCard that names who blocked it and how to dispute it.
    .causes =
        A carrier's call-analytics engine scored the caller as likely spam or fraud.
        A network blocking rule on the caller ID, prefix or calling pattern applied.
        Missing or weak STIR/SHAKEN attestation caused the network to reject the call.
    .actions =
        Read the Call-Info header (purpose jwscard) and any Reason header to find the blocking entity and its contact.
        If the calls are legitimate, ask that entity or the callee's carrier to remove the block, and check caller ID and attestation.
        Do not retry automatically; FreeSWITCH maps 608 to CALL_REJECTED (21), and a device that does not know 608 treats it as 600.
    .ui = Your call was blocked by the network.
