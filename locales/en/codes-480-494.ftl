# SIP response codes 480-494 (IANA registry; RFC 3261, RFC 3329, RFC 6665)

sip-480 =
    .title = Temporarily unavailable
    .summary = The request got through to the callee's side (their device, registrar or PBX), but the person cannot be reached right now: not registered, do-not-disturb is on, or there is no forwarding target. Many carriers and softswitches also send 480 for their own routing or billing failures, so always read the reason phrase and the Reason and Warning headers to see which case you have.
    .causes =
        The callee's phone is not registered: switched off, offline, registration expired, or the binding was lost behind NAT.
        The callee has do-not-disturb on, or did not answer and no forwarding or voicemail target is configured.
        A carrier or softswitch uses 480 for its own failure, visible in the reason phrase, e.g. "No money left", "Invalid Phone Number", "Empty Route Set", "Codec Mismatch".
        A PSTN gateway turned an ISUP release (Q.850 cause 19, 20 or 31) into 480; in the other direction 480 becomes Q.850 cause 18.
    .actions =
        Read the reason phrase and any Reason or Warning header first: a vendor phrase points to balance, routing or codec problems, not to the callee.
        Find which hop generated the response (source address, Server or User-Agent header): your own proxy, the carrier, or the callee's device.
        Check the registrar for a current binding of the callee (Contact, expiry, NAT keep-alive).
        If the callee is simply away, try again later (honour Retry-After) or set up forwarding or voicemail.
    .ui = The person you called is not available right now.

sip-481 =
    .title = Call or transaction does not exist
    .summary = A UA or proxy received a request (BYE, CANCEL, re-INVITE, UPDATE, NOTIFY, INFO) that it cannot match to any dialog or transaction it knows. A single 481 after a late or duplicate message is usually harmless; repeated 481s on live calls mean one side has lost its call state.
    .causes =
        A BYE or CANCEL arrived after the call had already ended or the INVITE transaction had completed (hang-up race, crossing messages).
        A duplicate packet or a retransmission reached the server after it had already cleaned up the transaction.
        A proxy, SBC or PBX was restarted or failed over to a standby node and lost its dialog state.
        An SBC or SIP ALG rewrote Call-ID, tags or CSeq, so the dialog identifiers no longer match.
    .actions =
        Compare Call-ID, From tag and To tag of the rejected request with the original INVITE and its 200 OK.
        If it follows a BYE/CANCEL race or a retransmission, nothing needs fixing.
        If it hits active calls (re-INVITE, session-timer refresh), look for restarts or failovers and for header rewriting by an SBC or ALG; resending the same request will not help.
    .ui = This call has already ended.

sip-482 =
    .title = Loop detected
    .summary = A proxy received a request that it had already forwarded once (its own address is already in the Via headers), so the request is going round in a circle between servers. The routing must be fixed; resending the call will just loop again.
    .causes =
        Two systems route the same number to each other, e.g. a PBX sends an unassigned DID out to the carrier trunk and the carrier sends it straight back.
        A call-forwarding chain that points back to the original user, or a user forwarded to themselves.
        A proxy's outbound proxy, static route or DNS SRV record points back at the proxy itself.
    .actions =
        Read the Via headers of the rejected request to see the path the request took and where the circle closes.
        Review the dial plans, routing tables and forwarding rules of each hop in the loop; make unassigned numbers get rejected instead of being sent back to the trunk.
        Gateways report 482 to ISUP as Q.850 cause 25 (Exchange routing error).
    .ui = The call could not be connected because of a network routing problem.

sip-483 =
    .title = Too many hops
    .summary = A proxy received a request whose Max-Forwards value had already dropped to 0, so it refused to pass it on. This usually reveals a routing loop that ran through servers until the counter was used up, or a long chain of proxies with a too-low starting value.
    .causes =
        A routing loop between servers where loop detection is not used, so the request bounced until Max-Forwards ran out.
        The originating UA, SBC or B2BUA set Max-Forwards too low (e.g. 5 or 10) for the number of hops on the path.
        A chain of B2BUAs that each copy the already decremented Max-Forwards onto their outgoing leg.
    .actions =
        Check Max-Forwards in the original request (70 is the usual starting value) and count the Via entries in the rejected one.
        If the same servers appear several times, fix the routing loop as for 482.
        If the path is legitimate, raise the initial Max-Forwards on the UA or SBC; retrying unchanged fails the same way.
    .ui = The call could not be connected because of a network routing problem.

sip-484 =
    .title = Address incomplete
    .summary = The server recognised the beginning of the dialled number but needs more digits before it can route the call. This is the SIP form of overlap dialling: a gateway or phone may send the digits collected so far and add more after each 484.
    .causes =
        The caller dialled too few digits (missing area code, trunk prefix or extension digits).
        The phone's dial plan or inter-digit timer sent the number before dialling had finished.
        A number normalisation rule on the PBX or SBC stripped digits from the Request-URI.
        A PSTN gateway received Q.850 cause 28 (Invalid number format) and translated it into 484.
    .actions =
        Compare the user part of the Request-URI with the full number format the next hop expects (E.164, national or internal).
        Adjust the phone's dial plan or inter-digit timeout, or the number translation rules on the PBX or SBC.
        If overlap dialling is intended, check that the sender appends digits and tries again; otherwise the caller must dial the complete number.
    .ui = The number you dialled is incomplete. Please check it and try again.

sip-485 =
    .title = Ambiguous address
    .summary = The Request-URI matched more than one possible destination, so the server cannot decide where to send the request. It may list the candidates in Contact headers; unlike a 3xx redirect, a person has to choose between them.
    .causes =
        Dial-by-name or a directory lookup matched several users.
        An abbreviated number or short code overlaps several entries in the dial plan.
        The same alias or number is assigned to more than one account on the server.
    .actions =
        Look for Contact headers in the response: they list the possible destinations, and the caller can redial one of them.
        Check the dial plan and directory for overlapping short codes or duplicate aliases and make every identifier unique.
        Resending the same address gives the same result; gateways report it to ISUP as Q.850 cause 1 (Unallocated number).
    .ui = The number or name you dialled matches more than one contact. Please be more specific.

sip-486 =
    .title = Busy here
    .summary = The called party's device was reached but cannot take another call right now. The caller may still reach them later or elsewhere (voicemail, another device).
    .causes =
        The callee is already on a call and call waiting is off or exhausted.
        The callee pressed "reject/busy" on the phone.
        A PBX or trunk group reports all channels for this user in use.
        A PSTN gateway received Q.850 cause 17 (User busy) from the ISUP side.
    .actions =
        Nothing is broken: this is a normal outcome of a call attempt.
        Try again later; honour Retry-After if the response carries it.
        If every call to this number is busy, check that the callee's device is not stuck off-hook or has a lower channel limit than expected.
    .ui = The number you called is busy.

sip-487 =
    .title = Request terminated
    .summary = The INVITE (or another pending request) was stopped before it completed because a CANCEL or BYE arrived for it. In practice this nearly always means the caller hung up before the call was answered, or a forking proxy cancelled the other branches once one device answered.
    .causes =
        The caller hung up while the phone was still ringing.
        Parallel ringing or a hunt group: another device answered and the proxy cancelled the remaining branches (often with Reason: SIP;cause=200;text="Call completed elsewhere").
        A no-answer timer on a PBX, queue or auto-dialler ended the attempt and sent CANCEL.
        The calling side gave up on this route after its own timeout and failed over to another trunk.
    .actions =
        This is a normal outcome, not a fault, and there is nothing to retry; FreeSWITCH logs it as ORIGINATOR_CANCEL.
        If calls are cut off while still ringing, find which side sent the CANCEL and why: check its Reason header and the ring or no-answer timers on the PBX, queue or dialler.
        Many 487s after only a second or two of ringing point to an overly short timeout at the caller's side or at the carrier.
    .ui = The call was cancelled.

sip-488 =
    .title = Not acceptable here
    .summary = The callee, or a gateway or SBC in front of it, cannot accept the session described in the SDP offer: none of the offered codecs, media types or transport settings are usable at this destination. A Warning header with a 3xx warn-code often says exactly what was rejected, and the same call may still work toward another device.
    .causes =
        No codec in common, e.g. the offer carries only G.729 or Opus and the far end accepts only G.711 (vendor phrase "Codec Mismatch").
        Secure media mismatch: the offer uses SRTP (RTP/SAVP) and the far end requires plain RTP (RTP/AVP), or the other way round, or DTLS-SRTP versus SDES keys.
        Unsupported SDP details: ptime or maxptime, the DTMF payload (telephone-event), T.38 fax, video, or the address family (IPv6 offered to an IPv4-only side).
        SBC policy, e.g. refusing media addresses from private RFC 1918 ranges (vendor phrase "Private IP Address").
    .actions =
        Compare the m= and a=rtpmap lines of the offer with the codecs enabled on the far end, and read the Warning code (304 media type, 305 media format, 306 attribute, 370 bandwidth, 399 vendor text).
        Align codec lists and SRTP settings on both sides of the trunk, or enable transcoding on the SBC or media gateway.
        If the offer contains a private or wrong-family address, fix NAT handling or SDP address rewriting.
        Resending the same offer fails again; gateways derive the Q.850 cause from the Warning code (FreeSWITCH uses 88, Asterisk 58).
    .ui = The call could not be connected because the other side does not support this type of call.

sip-489 =
    .title = Bad event
    .summary = A SUBSCRIBE, NOTIFY or PUBLISH named an event package in its Event header that the receiver does not support, so it was refused (RFC 6665). The response normally lists the packages the receiver does understand in an Allow-Events header.
    .causes =
        The phone subscribes to a package the server does not offer, e.g. presence, dialog (BLF), message-summary (voicemail indicator) or ua-profile (provisioning).
        The feature is disabled on the PBX for this account: busy-lamp fields, presence or voicemail notifications.
        A misspelled or vendor-specific event name, or an unsolicited NOTIFY with an event the receiver does not know (e.g. check-sync, talk).
    .actions =
        Read the Event header of the request and the Allow-Events header of the response to see what is supported.
        Enable the matching feature on the server (presence/BLF, MWI, provisioning) or remove the subscription from the phone's configuration.
        Retrying is useless until the configuration changes; ordinary voice calls are not affected.
    .ui = This feature is not available.

sip-491 =
    .title = Request pending
    .summary = The receiver is still handling an earlier request in the same dialog, usually a re-INVITE or UPDATE, and rejected the new one to avoid two conflicting session changes. This is the classic "glare" case where both sides tried to modify the session at the same moment; under RFC 3261 §14.1 the sender retries after a random delay.
    .causes =
        Both endpoints sent a re-INVITE at the same time (hold or resume, codec change, transfer).
        A session-timer refresh collided with a hold or media update from the other side.
        An SBC or B2BUA generated its own re-INVITE while the endpoint was sending one.
    .actions =
        Normally self-healing: the side that created the Call-ID waits a random 2.1 to 4 seconds, the other side 0 to 2 seconds, and then resends.
        In the trace, find the two crossing requests (re-INVITE or UPDATE in both directions with overlapping transactions).
        If 491 keeps repeating or the call drops, check that both sides really implement the retry timer and cut down needless re-INVITEs (session-timer intervals, SBC media refreshes).
    .ui = Updating your call, please wait a moment.

sip-493 =
    .title = Undecipherable
    .summary = The receiving UA got a request with an S/MIME-encrypted body but does not have, or will not use, the key needed to decrypt it. The response may carry the recipient's public key so that the sender can encrypt correctly. It is rare in practice, because S/MIME is hardly ever deployed in SIP networks.
    .causes =
        The body was encrypted for the wrong certificate, or for a key the recipient no longer holds (expired or replaced certificate).
        The recipient does not support S/MIME at all, or its policy forbids decrypting the body.
        S/MIME encryption was switched on at the sender toward a peer that does not expect it.
    .actions =
        Check the Content-Type (application/pkcs7-mime) and the certificate the sender used against the recipient's current certificate.
        If the response carries a public key, install the matching certificate at the sender and send the request again.
        If encryption is not required, disable S/MIME on the sending UA; resending unchanged fails the same way.
    .ui = The call could not be set up because of a security problem.

sip-494 =
    .title = Security agreement required
    .summary = The server insists that the client first negotiate a security mechanism under RFC 3329 (sec-agree, e.g. ipsec-3gpp, tls or digest) before it will accept requests, and lists the mechanisms it offers in Security-Server headers. It is mostly seen at the P-CSCF in IMS and VoLTE networks, usually on REGISTER.
    .causes =
        The first REGISTER carried Security-Client and Require: sec-agree, and the server answers with its Security-Server list to start the negotiation.
        The Security-Verify header of a follow-up request does not match what the server offered (rewritten by an SBC or ALG, or a stale security association).
        The client supports none of the mechanisms the server demands, or its IPsec parameters (algorithms, SPI, protected ports) are not compatible.
    .actions =
        In a first exchange this is a normal step: the client picks a mechanism from Security-Server, sets up the association and resends with Security-Verify.
        If it repeats, compare Security-Client, Security-Server and Security-Verify across the trace and make sure no SBC or ALG strips or rewrites them.
        Check the device's IMS/VoLTE settings (IPsec enabled, supported algorithms) against the P-CSCF; retrying without a configuration change will not help.
    .ui = Your phone could not connect securely to the service.
