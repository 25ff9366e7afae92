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
    .impact = The caller hears a short announcement such as "the subscriber is not available" or a fast busy tone, either at once or after some ringing when a no-answer timer ended the attempt; a softphone shows "Temporarily unavailable" or the carrier's own phrase.
    .confirm =
        Note how long after the INVITE the 480 arrived: within a second points to a registrar or routing decision, after 20 to 60 s of 180 Ringing to a no-answer timer.
        Check whether any provisional response (100, 180, 183) came from the callee's own device, judging by its address and User-Agent; if none did, the request never reached it.
        Read the cause in a Reason: Q.850 header if present: 18, 19 or 20 mean no response, no answer or subscriber absent, while another value or no Reason with a vendor phrase points to the carrier's own failure.
    .asterisk =
        Run pjsip show contacts or pjsip show aor <name> to see whether the callee has a registered contact and whether qualify marks it Avail or Unavail (qualify_frequency on the AOR).
        Asterisk answers 480 for causes 19 (No answer from user), 20 (Subscriber absent) and 31, and maps a received 480 to cause 19; HANGUPCAUSE(<channel>,tech) keeps the raw "SIP 480 ..." line with the carrier's phrase.
    .freeswitch =
        Run sofia status profile internal reg or sofia_contact <user>@<domain> to see whether the callee is registered; bridging to user/<ext> without a registration ends with hangup_cause USER_NOT_REGISTERED, which FreeSWITCH answers with 480.
        For a 480 from a gateway, read sip_term_status and sip_hangup_phrase on the outbound leg: the cause becomes NO_USER_RESPONSE (18), the phrase keeps the carrier's text.
    .kamailio =
        Run kamctl ul show <aor> or kamcmd ul.lookup location <aor> to see the callee's contacts; when lookup("location") finds none, the script decides the reply, often 404 or 480.
        If the 480 follows ringing, look at failure_route: when fr_inv_timer (or a t_set_fr() value) expires, tm creates a local 408 that some scripts turn into 480.
    .opensips =
        Run opensips-cli -x mi ul_show_contact location <aor> to see the callee's bindings; when lookup("location") fails, the script decides the reply, often 404 or 480.
        If the 480 follows ringing, check fr_inv_timeout (or $T_fr_inv_timeout set for this call) and the failure_route, where $T_reply_code shows which code ended the branch.

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
    .impact = Mostly invisible: a hang-up that crossed with the other side's still ends the call. When it hits a live call, hold, resume or transfer fails, the call drops at a session-timer refresh, or one party hangs up while the other still sees the call as connected.
    .confirm =
        Check where the rejected request was sent: its Request-URI and Route headers must match the Contact and Record-Route of the 200 OK, and a request delivered to another node or device gets 481.
        Check the timestamps: a 481 that follows a BYE or CANCEL from the other side within a fraction of a second is a harmless race.
        Look in the logs of the node that sent the 481 for a restart, reload or failover between the INVITE and the rejected request.
    .asterisk =
        pjsip set logger on shows the rejected request next to the INVITE of the call; Asterisk itself answers 481 to a BYE or CANCEL that matches no dialog it knows.
        core show channels tells whether Asterisk still has the call, and core show uptime whether a restart wiped the dialogs.
    .freeswitch =
        sofia global siptrace on shows the rejected request next to the INVITE that created the dialog; uuid_dump <uuid> shows whether FreeSWITCH still has that call.
        Calls survive a restart or failover only with track-calls=true on the profile and sofia recover afterwards; without it every in-dialog request after a restart gets 481.
    .kamailio =
        In-dialog requests must follow the Record-Route set: check that record_route() runs on the initial INVITE and that loose_route() handles the re-INVITE or BYE; a request that fails loose_route() and is sent elsewhere ends in 481.
        With the dialog module in use, kamcmd dlg.list shows whether the proxy still tracks the call.
    .opensips =
        Check that record_route() runs on the initial INVITE and that in-dialog requests pass loose_route() (or topology_hiding_match() when topology hiding is used), so they reach the same UA.
        opensips-cli -x mi dlg_list shows whether the dialog module still holds the call.

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
    .impact = The call fails within a second or two, often after a burst of signalling between the servers in the loop; the caller hears a fast busy tone or an announcement that the number cannot be reached.
    .confirm =
        On one server of the suspected loop, count how many INVITEs with the same Call-ID it received within that second: more than one confirms the loop.
        Check whether the Request-URI changed between the passes: unchanged means a routing error, rewritten means a forwarding chain.
        If the 482 comes from an end device, check whether it received the same INVITE twice over two paths (same Call-ID, From tag and CSeq, different Via branch): that is a merged request after parallel forking, not a loop, and the other copy was handled normally.
    .asterisk =
        Asterisk is a back-to-back agent, so a loop through it shows up as new channels: core show channels lists the same number again and again while the loop runs.
        Each Dial lowers the channel's max forwards counter (CHANNEL(max_forwards) in the dialplan), and at 0 Dial refuses with DIALSTATUS BUSY and "Max forwards exceeded" in the log; the counter starts at 20 and has nothing to do with the SIP Max-Forwards header, which max_forwards in the global section of pjsip.conf (default 70) only sets on outgoing requests.
    .freeswitch =
        A loop through FreeSWITCH shows as a growing number of calls to the same destination in show channels; the max_forwards channel variable drops on each bridge or transfer, and at 0 the call ends with EXCHANGE_ROUTING_ERROR.
        A 482 received from a peer is logged with hangup_cause EXCHANGE_ROUTING_ERROR (25) and sip_term_status 482.
    .kamailio =
        Log $ru and $du with xlog() before t_relay() to see where the request leaves the proxy and comes back; mf_process_maxfwd_header() at the start of request_route caps a loop with 483.
        Check that the location, dispatcher or routing entries for this number do not point back at the proxy itself or at the peer that sent the call.
    .opensips =
        Log $ru and $du with xlog() before t_relay() on each pass to see where the request comes back from.
        If the route comes from do_routing() (drouting) or ds_select_dst() (dispatcher), check that the chosen gateway is not the peer the call arrived from.

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
    .impact = The call fails almost immediately with a fast busy tone or an error announcement; when a loop is behind it, the failure can take a few seconds while the request circles.
    .confirm =
        Follow the Max-Forwards value hop by hop in the trace (capture on each leg if you can) and note any hop where it drops by more than one or is reset to a low value.
        Find which server generated the 483 (Server header, source address): the counter ran out there, which is not necessarily where the problem starts.
        Where B2BUAs are involved, compare Max-Forwards on the incoming and the outgoing leg of each one to see which of them carries the decremented value on.
    .asterisk =
        CHANNEL(max_forwards) shows the counter Asterisk keeps for the call; each Dial lowers it by one, and at 0 Dial refuses with DIALSTATUS BUSY and "Max forwards exceeded" in the log.
        The counter starts at 20 and is separate from the SIP header: max_forwards in the global section of pjsip.conf (default 70) only sets the Max-Forwards value of requests Asterisk sends; a received 483 is mapped to cause 19 (No answer from user), so check HANGUPCAUSE(<channel>,tech) for the real code.
    .freeswitch =
        FreeSWITCH keeps the incoming Max-Forwards in the max_forwards channel variable and lowers it for each outgoing leg or transfer; at 0 the call fails with EXCHANGE_ROUTING_ERROR, which it answers with 483.
        uuid_dump <uuid> shows the value a call arrived with; setting max_forwards in the dialplan before the bridge changes what the outgoing INVITE carries.
    .kamailio =
        The stock kamailio.cfg answers 483 "Too Many Hops" when mf_process_maxfwd_header() fails, that is when the received Max-Forwards is already 0; the function's argument is only used when the header is missing.
        The maxfwd parameter max_limit caps the value passed on; set too low, it shortens every path.
    .opensips =
        The stock opensips.cfg answers 483 "Too Many Hops" when mf_process_maxfwd_header() fails because the received Max-Forwards is already 0.
        The maxfwd parameter max_limit caps the value passed on; set too low, it shortens every path.

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
    .impact = The caller hears a fast busy tone or an announcement that the number is incomplete, often right after the last digit; on some phones the call starts while the caller is still dialling.
    .confirm =
        Compare the digits in the Request-URI user part with what the caller actually pressed (the phone's call log or dial-plan debug) to see whether digits were lost on the phone or further on.
        Check the time between the last key press and the INVITE: a short inter-digit timeout sends the number while the caller is still dialling.
        Find the hop that answered 484 and look up its length or prefix rule for this destination.
    .asterisk =
        With allow_overlap=yes (the default) chan_pjsip answers 484 when the dialled number is only the beginning of an extension in the context; dialplan show <number>@<context> shows which patterns match.
        Set allow_overlap=no on endpoints that never use overlap dialling, so an unknown prefix gets 404 instead.
    .freeswitch =
        FreeSWITCH answers 484 for INVALID_NUMBER_FORMAT and also for INVALID_GATEWAY and INVALID_URL, so a bridge to a misspelled gateway name produces 484 too: check hangup_cause and the dial string in the log.
        A 484 from a gateway becomes INVALID_NUMBER_FORMAT (28), with sip_term_status 484 on the outbound leg.
    .kamailio =
        If the proxy sent the 484 itself, find the sl_send_reply("484", ...) or send_reply("484", ...) branch in the script that tests the length or prefix of $rU; log $rU before t_relay() to see how many digits left the proxy.
        On a 484 from a gateway, t_check_status("484") in failure_route can stop the call instead of sending the same short number to the next route.
    .opensips =
        If OpenSIPS rewrites numbers (dp_translate() of the dialplan module, or prefix stripping in drouting), log $rU before and after the change: a rule that strips too many digits causes 484 at the next hop.
        In failure_route, $T_reply_code 484 means the number was short; do not fail it over unchanged to the next gateway.

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
    .impact = The call fails at once with an error tone or an announcement that the number or name is not unique; the callee's phone never rings.
    .confirm =
        Check whether the 485 carries Contact headers and how many: each one is a candidate the server matched.
        Look up the dialled string (short code, alias or name) in the dial plan and directory of the server that answered and list every entry it matches.
        Call the full number or full URI of the intended person: if that connects, the abbreviated address is the problem, not the callee.
    .asterisk =
        Asterisk never sends 485 for its own dialplan and maps a received 485 to cause 1 (UNALLOCATED), as if the number did not exist; HANGUPCAUSE(<channel>,tech) keeps the real "SIP 485" line.
        pjsip set logger on captures the 485 with its Contact list, so the candidates can be offered to the caller.
    .freeswitch =
        A received 485 ends the leg as NO_ROUTE_DESTINATION (3), which looks like an unknown number in CDRs; sip_term_status 485 and sip_hangup_phrase tell the two apart.
        sofia global siptrace on shows the Contact headers of the 485.
    .kamailio =
        Kamailio modules do not normally answer 485: it comes from a PBX or directory behind the proxy. On a relayed 485, t_check_status("485") in failure_route lets the script stop instead of trying other destinations, which would see the same ambiguous address.
    .opensips =
        OpenSIPS modules do not normally answer 485: it comes from a PBX or directory behind the proxy. In failure_route, $T_reply_code 485 should end the call rather than trigger a failover to another destination.

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
    .impact = The caller hears a busy tone (in some networks an announcement that the line is busy), either straight after dialling or after a short ring when the callee pressed reject.
    .confirm =
        Check whether the 486 came from the callee's device (its User-Agent and address) or from a PBX or gateway in front of it.
        Note whether 180 Ringing came first: 486 after ringing means the callee rejected the call, 486 without ringing means the line or a channel limit was already in use.
        On the callee's PBX or phone, look at the active calls and the call-waiting or channel limit at the time of the call.
    .asterisk =
        Asterisk answers 486 when the dialplan runs Busy() or the Dial ends with DIALSTATUS BUSY; core show channels shows whether the callee really had a call up.
        device_state_busy_at on the endpoint only changes the state shown to BLF and queues; real per-user call limits come from the dialplan (for example GROUP_COUNT) or from the phone.
    .freeswitch =
        A received 486 shows as hangup_cause USER_BUSY (17) with sip_term_status 486; FreeSWITCH sends 486 itself for USER_BUSY, for example from respond 486 in the dialplan.
        Set continue_on_fail (for example to USER_BUSY,NO_ANSWER) so the dialplan goes on to voicemail after a busy bridge.
    .kamailio =
        With parallel forking tm passes 486 upstream only when no branch gave a better answer; t_check_status("486") in failure_route is the usual place to divert the call to voicemail.
    .opensips =
        In failure_route, t_check_status("486") or $T_reply_code 486 can send busy calls to voicemail; opensips-cli -x mi ul_show_contact location <aor> shows how many devices the call was forked to.

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
    .impact = Usually nothing unusual: the caller hung up while it was ringing. When the system cancelled the call, the ringing stops after a fixed time and the call ends, and the callee's phone shows a missed call.
    .confirm =
        Pair the 487 with the CANCEL that has the same Call-ID and CSeq number and note its source address: the caller's device, a PBX or queue, or a forking proxy.
        Measure the time between the INVITE and the CANCEL: the same value on every call (for example exactly 30 or 60 s) points to a timer, not to people hanging up.
        Check the callee side for a 200 OK that crossed with the CANCEL: if the call was answered at the same moment, the callee sees a call that drops straight away.
    .asterisk =
        A Dial() timeout (its second argument) or a Queue timeout makes Asterisk send CANCEL, and the called side answers 487; DIALSTATUS NOANSWER versus CANCEL tells whether the timer or the caller ended the attempt.
        Asterisk maps a received 487 to cause 127; pjsip set logger on shows which side sent the CANCEL.
    .freeswitch =
        sip_hangup_disposition reads recv_cancel when the caller cancelled and send_cancel when FreeSWITCH did; the hangup_cause is ORIGINATOR_CANCEL.
        If calls are cancelled after a fixed ring time, check call_timeout, originate_timeout or leg_timeout in the dialplan or dial string.
    .kamailio =
        When fr_inv_timer (or a per-call t_set_fr()) expires while a branch is ringing, tm cancels it: the callee answers 487 and the caller gets a local 408. Compare the ring time with that timer.
        In failure_route, t_is_canceled() tells a caller's CANCEL apart so the call is not sent to voicemail; the 487s of parallel branches cancelled after another answered are expected and not passed upstream.
    .opensips =
        When fr_inv_timeout (or $T_fr_inv_timeout set for this call) expires, tm cancels the ringing branches: the callee answers 487 and the caller gets a local 408.
        In failure_route, t_was_cancelled() tells a caller's CANCEL apart, so a cancelled call is not sent to voicemail or another gateway.

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
        Resending the same offer fails again; RFC 3398 lets a gateway pick the Q.850 cause from the Warning code, but FreeSWITCH and Asterisk use fixed values (88 and 58).
    .ui = The call could not be connected because the other side does not support this type of call.
    .impact = The call fails straight after dialling, usually without any ringing, with a fast busy tone or a "call cannot be completed" announcement; a softphone may show "Not acceptable here" or a codec error.
    .confirm =
        Put the codecs of the offer (m= and a=rtpmap lines) next to those enabled on the device that answered 488 and list the common ones: an empty list confirms a codec mismatch.
        Check the transport profile in the m= line (RTP/AVP, RTP/SAVP, UDP/TLS/RTP/SAVPF) and any a=crypto or a=fingerprint lines against the far end's encryption setting.
        Check whether the 488 came from the far device or from an SBC in between (Server header, source address); an SBC policy reject often names itself in a Warning 399 text.
    .asterisk =
        pjsip show endpoint <name> lists the allow= codecs and media_encryption; Asterisk answers 488 when the offer contains none of the endpoint's codecs, and core show translation shows whether it can transcode between the two legs.
        A received 488 becomes cause 58 (BEARERCAPABILITY_NOTAVAIL); when one side offers RTP/SAVP, compare media_encryption (no, sdes, dtls) on both endpoints.
    .freeswitch =
        inbound-codec-prefs and outbound-codec-prefs on the profile, or absolute_codec_string on the channel, decide what FreeSWITCH accepts and offers; with inbound-late-negotiation the dialplan can still adjust before answering.
        A 488 received or sent maps to INCOMPATIBLE_DESTINATION (88); check rtp_secure_media when SRTP is involved.
    .kamailio =
        Kamailio does not negotiate media but can change the offer: check that sdpops calls such as sdp_remove_codecs_by_name() or rtpengine_offer() and rtpengine_manage() flags (RTP/AVP, RTP/SAVP) do not drop the last common codec or switch the transport profile.
        Compare the SDP received and sent by the proxy in a capture (siptrace or sipdump module) to see whether the 488 answers the original or the changed offer.
    .opensips =
        Check whether the script edits the SDP (codec_delete() or codec_move_up() of sipmsgops, rtpengine_offer() or rtpproxy_offer() flags) and compare the offer before and after the proxy in a capture.
        In failure_route, $T_reply_code 488 can trigger a retry towards a gateway that transcodes, instead of sending the same offer again.

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
    .impact = Calls are not affected; a phone feature silently fails instead: busy-lamp keys stay dark, the voicemail lamp never lights, or presence shows everyone offline. Some phones log a subscription error.
    .confirm =
        Filter the trace for SUBSCRIBE and PUBLISH requests answered with 489 and note which Event values fail and which succeed for the same phone.
        Check the Request-URI of the failing subscription: a BLF key pointing at a wrong extension, or at a server without that package, fails this way.
        Map the failing subscription to the phone setting that creates it (BLF key, voicemail or MWI subscription, presence list, provisioning).
    .asterisk =
        Asterisk answers 489 when no module handles the event and logs "No registered subscribe handler for event"; module show like res_pjsip shows whether res_pjsip_exten_state (presence, dialog), res_pjsip_mwi (message-summary) and res_pjsip_pubsub are loaded.
        The endpoint needs allow_subscribe=yes, and BLF needs a hint for the extension in the dialplan (core show hints).
    .freeswitch =
        Presence and BLF (dialog) subscriptions need manage-presence=true on the profile; message-summary needs mod_voicemail (module_exists mod_voicemail).
        sofia global siptrace on shows which Event the phone asked for and what FreeSWITCH answered.
    .kamailio =
        The presence module answers 489 "Bad Event" for any event that no loaded module registered: load presence_xml for presence, presence_dialoginfo for dialog and presence_mwi for message-summary, and hand SUBSCRIBE to handle_subscribe().
        If SUBSCRIBE is relayed to a PBX instead, the 489 comes from there; check which branch of the script takes is_method("SUBSCRIBE").
    .opensips =
        The presence module answers 489 "Bad Event" for events no loaded module registered: load presence_xml, presence_dialoginfo or presence_mwi as needed and call handle_subscribe() for SUBSCRIBE.
        If SUBSCRIBE is relayed to a PBX instead, the 489 comes from there.

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
    .impact = Usually just a pause of a few seconds when putting a call on hold, resuming or transferring; if the retry never comes, hold or transfer fails or the call drops.
    .confirm =
        Check the CSeq numbers and timestamps of the two crossing re-INVITE or UPDATE requests: both must have been outstanding at the same moment for a real glare.
        Check that the side that got 491 resends after a random pause (2.1 to 4 s if it owns the Call-ID, up to 2 s otherwise) and that the retry succeeds.
        If 491 repeats, compare what triggered each re-INVITE (session refresh, hold, direct media, SBC media update) to find the source that keeps firing.
    .asterisk =
        Asterisk retries its own re-INVITE after a 491; frequent glare often comes from direct_media=yes (Asterisk re-INVITEs both legs after answer) or from session timers (timers=, timers_sess_expires).
        pjsip set logger on shows whose re-INVITE was rejected and whether the retry went out.
    .freeswitch =
        Look for re-INVITEs that FreeSWITCH starts itself: session timers (enable-timer and session-timeout on the profile) and media changes such as bypass_media.
        sofia global siptrace on shows the crossing requests and whether the retry went out.

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
    .impact = The request fails without ringing: for an encrypted INVITE the caller hears an error tone or announcement, for an encrypted MESSAGE the text is shown as not delivered.
    .confirm =
        Extract the certificate from the 493 body, if it carries one, and compare its subject and validity dates with the certificate the sender encrypted for.
        Compare Content-Length and the body between the sender's and the receiver's capture: a body changed on the way cannot be decrypted either.
        Check whether the same sender reaches other recipients with encrypted requests, to tell a sender-wide setting from one stale certificate.

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
    .impact = The device or trunk cannot register: the VoLTE or Wi-Fi calling icon does not appear, or the SIP account stays offline and calls fail at once.
    .confirm =
        Check the first REGISTER for Require: sec-agree, Proxy-Require: sec-agree and Security-Client, and the 494 (or 401) for Security-Server.
        Check that the next REGISTER carries Security-Verify with exactly the Security-Server values and is sent to the protected ports named there (port-s, port-c).
        With ipsec-3gpp, look at the security associations on the device or P-CSCF (spi-c, spi-s, algorithms) and whether packets on the protected ports arrive at all.
    .asterisk =
        For trunks that require RFC 3329 negotiation (the mediasec variant some carriers use), newer Asterisk versions offer security_negotiation=mediasec and security_mechanisms on the registration and the endpoint; pjsip set logger on shows whether Security-Client and Security-Verify are sent.
    .kamailio =
        When Kamailio is the P-CSCF, the ims_ipsec_pcscf module (ipsec_create(), ipsec_forward()) builds the IPsec security associations; its log shows why an association was not set up.
        As a plain proxy in front of an IMS core, make sure the script does not strip Security-Client, Security-Server or Security-Verify (remove_hf()).
    .opensips =
        Between the device and the P-CSCF, OpenSIPS must relay Security-Client, Security-Server, Security-Verify and the Require and Proxy-Require: sec-agree headers unchanged; check the script for remove_hf() calls on them.
