# SIP response codes 500-608: server failures (5xx) and global failures (6xx).
# Facts: IANA registry, RFC 3261, RFC 3312, RFC 3398, RFC 8197, RFC 8599, RFC 8688, and the
# FreeSWITCH / Asterisk cause mappings in shared/reference/q850_and_headers.md.

sip-500 =
    .title = Server internal error
    .summary = A server on the path hit an unexpected fault while handling the request and gave up; the code says nothing about the callee. Stacks print it as "Server Internal Error", "Internal Server Error" (sofia-sip) or "Server internal failure" (Asterisk's chan_sip, removed in Asterisk 21); gateways send Q.850 cause 41 for it.
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
    .impact = The call fails quickly with a fast busy tone or a generic "call cannot be completed" announcement; a softphone typically shows "Server Internal Error" or a similar phrase.
    .confirm =
        Check whether the 500 came at once or after a delay: an instant reply points to a script or configuration error, a reply after several seconds to a database or back-end call that timed out.
        Check whether it hits every call or only certain numbers, trunks or times of day, to tell a failing back-end or exhausted resource from one bad route.
        If the 500 answers a re-INVITE and carries Retry-After, look for an earlier INVITE in the same dialog that was still unanswered (RFC 3261 §14.2).
    .asterisk =
        Asterisk answers 500 for causes 38 (FAILURE) and 127 (INTERWORKING), for example when a dialplan application fails, and maps a received 500 to cause 38; pjsip set logger on plus the Asterisk log around the same Call-ID shows the failing step.
    .freeswitch =
        A received 500 ends the leg as NORMAL_TEMPORARY_FAILURE (41) with sip_term_status 500; list a second gateway in the bridge string (separated by |) so the call fails over.
        For a 500 that FreeSWITCH sent, search freeswitch.log for the call's uuid to find the failing application or script.
    .kamailio =
        The stock kamailio.cfg calls sl_reply_error() when t_relay() fails, which turns the internal error (unresolvable or unreachable destination, out of memory) into a matching reply, often 500; the log line just before it names the cause.
        kamcmd core.shmmem shows whether shared memory is running out, one reason for 500s under load.
    .opensips =
        The stock opensips.cfg answers 500 "Internal Error" when t_relay() fails; check the log for the relay error, and opensips-cli -x mi get_statistics all for shmem:free_size running low.

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
    .impact = The call itself often works but a feature fails: transfer does nothing, keypad digits are ignored by the far end, a text message is not delivered; if the INVITE itself got 501, the call fails at once.
    .confirm =
        Note the method of the rejected request (CSeq header) and what the user was doing at that moment (transfer, DTMF, hold, chat).
        Check whether the 501 came from the real endpoint or from an SBC or gateway answering for it (Server header, source address).
        Repeat the action with the feature switched to its alternative (for example RFC 4733 DTMF instead of INFO) and check that the 501 disappears.
    .asterisk =
        Methods need their modules: res_pjsip_refer for REFER, res_pjsip_messaging for MESSAGE, res_pjsip_pubsub for SUBSCRIBE; module show like res_pjsip lists what is loaded.
        If the peer answers INFO with 501, use dtmf_mode=rfc4733 (or auto) on the endpoint; Asterisk maps a received 501 to cause 29.
    .freeswitch =
        dtmf-type on the profile (rfc2833, info, none) decides whether FreeSWITCH sends DTMF as INFO; a received 501 becomes SERVICE_NOT_IMPLEMENTED (79).
        sofia global siptrace on shows which request got the 501.
    .kamailio =
        The stock script relays methods it does not handle itself, so a 501 usually comes from the endpoint or PBX; if the proxy sent it, look for an is_method() test followed by sl_send_reply("501", ...) in the script.
    .opensips =
        OpenSIPS relays methods the script does not handle, so a 501 usually comes from the endpoint or PBX; if the proxy sent it, look for an is_method() test followed by send_reply(501, ...) in the script.

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
    .impact = The call fails quickly, usually without ringing, with a fast busy tone or an announcement that the number cannot be reached; retries over the same route fail the same way.
    .confirm =
        Check the Reason header of the 502: Reason: Q.850;cause=27 confirms that the PSTN reported the destination out of order, rather than a SIP-level problem with the next hop.
        Try the same number over another route or carrier: if it connects, the failing hop is on the first route; if every route gets 502 with cause 27, the callee's line is at fault.
        If there is no Reason, look in the sender's log for the response from the next hop that it rejected as malformed.
    .asterisk =
        Asterisk answers 502 for cause 27 (DESTINATION_OUT_OF_ORDER) and maps a received 502 to the same cause; pjsip show endpoint <trunk> and pjsip show contacts show whether the trunk's contact is reachable (qualify status).
    .freeswitch =
        FreeSWITCH answers 502 for DESTINATION_OUT_OF_ORDER and for INVALID_PROFILE, so a dial string naming a sofia profile that is not running gives 502: check sofia status.
        A received 502 ends the leg as NETWORK_OUT_OF_ORDER (38); sip_term_status and hangup_cause_q850 on the outbound leg confirm it.
    .kamailio =
        In failure_route, t_check_status("502") together with ds_next_dst() (dispatcher) retries the call on the next gateway; kamcmd dispatcher.list shows the state of each gateway.
    .opensips =
        In failure_route, $T_reply_code 502 can trigger use_next_gw() (drouting) or ds_next_dst() (dispatcher); opensips-cli -x mi ds_list shows the gateways and their state.

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
    .impact = The caller hears a fast busy (congestion) tone or an announcement such as "all lines are busy, please try again later", usually without ringing; a phone whose REGISTER gets 503 shows the account as offline and retries later.
    .confirm =
        Check that the 503 really appears on the wire from the far side: a 503 that no received packet carries was generated locally by the sending stack, for example after a DNS or transport failure.
        Line up the times of the 503s with the sender's call counters: clusters at the busy hour point to a channel, licence or rate limit.
        Check the trunk's registration or OPTIONS status at that time: a 503 that starts when the trunk goes down comes from your own PBX, not the carrier.
    .asterisk =
        pjsip show registrations and pjsip show contacts show whether the outbound trunk is registered and reachable; Asterisk answers 503 for causes 34 (No circuit/channel available) and 42 (Switching equipment congestion) and maps a received 503 to cause 34.
        Under overload res_pjsip ignores new requests that arrive over UDP until its task processors recover (core show taskprocessors), so those callers see timeouts; requests over TCP or TLS get a 503 at once.
    .freeswitch =
        sofia status gateway <name> shows whether a gateway is UP or DOWN (ping, registration); calls to a gateway that is down end with GATEWAY_DOWN, answered as 503.
        FreeSWITCH itself answers "503 Maximum Calls In Progress" with Retry-After 300 when max-sessions or sessions-per-second in switch.conf.xml is reached or the profile is not running; status shows the current sessions and fsctl max_sessions changes the limit.
    .kamailio =
        kamcmd dispatcher.list shows which gateways are inactive or disabled; when all are, ds_select_dst() fails and the script's reply (often 503) goes back; in failure_route, t_check_status("503") with ds_mark_dst() and ds_next_dst() moves on to the next one.
        The script's own rate limiting (pipelimit pl_check() or ratelimit rl_check()) usually answers 503 as well; check it before blaming the next hop.
    .opensips =
        opensips-cli -x mi ds_list (dispatcher) or lb_list (load_balancer) shows whether destinations are disabled or full; load_balance() fails when no destination has capacity left, and the script usually answers 503.
        In failure_route, $T_reply_code 503 with ds_next_dst() or use_next_gw() retries elsewhere; ratelimit's rl_check() also commonly answers 503.

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
    .impact = The caller waits in silence or hears ringback for a long time, often about 30 seconds, and then the call fails with an error tone or announcement; the callee's phone never rings.
    .confirm =
        Measure the time from the INVITE to the 504: about 32 s matches SIP timer B on the next hop, a shorter fixed time points to a configured route timeout.
        In the capture of the server that sent the 504, check its leg toward the next hop: INVITE retransmissions with no answer confirm an unreachable hop, ICMP port unreachable points to a closed port.
        Check the DNS answer that server got for the next hop (SRV and A records) at the time of the call.
    .asterisk =
        pjsip show contacts shows the qualify status and round-trip time of the next hop (qualify_frequency on the AOR); timer_t1 and timer_b in the system section set how long Asterisk waits, and a received 504 maps to cause 102.
    .freeswitch =
        When FreeSWITCH's own outbound leg times out, the call ends as RECOVERY_ON_TIMER_EXPIRE, which it answers with 504; sofia status gateway <name> shows whether the gateway answers its OPTIONS pings.
        progress_timeout and originate_timeout bound how long a bridge waits; the timer-T1 and timer-T1X64 profile parameters set the SIP transaction timers.
    .kamailio =
        Kamailio's own timeout reply is 408, not 504, so a 504 passing through Kamailio comes from a downstream server: log $rs and $si in onreply_route to see which one.
        In failure_route, ds_next_dst() (dispatcher) can retry on the next gateway; fr_timer and fr_inv_timer set how long tm waits.
    .opensips =
        OpenSIPS tm replies 408 on its own timeout (fr_timeout, fr_inv_timeout), so a 504 comes from a downstream server: log $rs and $si in onreply_route to see which one.
        In failure_route, use_next_gw() or ds_next_dst() retries on another gateway.

sip-505 =
    .title = Version not supported
    .summary = The receiver rejects the request because its start line names a SIP version other than the one it supports (SIP/2.0 in practice). Some stacks call it "SIP Version Not Supported"; gateways map it to Q.850 cause 127 (Interworking, unspecified).
    .causes =
        The request line is malformed: a typo, a wrong case or a missing version token written by a script or test tool.
        A broken SIP ALG or middlebox rewrote or truncated the message.
        Non-SIP traffic, or a damaged or reassembled UDP packet, reached the SIP port.
    .actions =
        Read the first line of the rejected request in a packet capture taken as close to the sender as possible, and compare it with what reaches the receiver.
        Disable SIP ALG on routers and firewalls in the path if the message changes on the way.
        Fix the sending software or its configuration; retrying the same message is pointless.
    .ui = The call could not be set up because of a configuration problem.
    .impact = The call or registration fails at once with an error tone or a "call failed" message; if REGISTER is affected, the phone shows the account as unregistered.
    .confirm =
        Check the version token in both the request line and the top Via header (SIP/2.0/UDP): a wrong value in either place can be refused.
        Look for what the failing messages share: a size just above the MTU (fragments), a particular transport, or one network path with a SIP ALG.
        Send an OPTIONS from a known-good tool such as sipsak or sipp over the same path: if it passes, the sending software is at fault; if it fails too, the path is.
    .asterisk =
        pjsip set logger on shows the exact request line Asterisk sent and received; packets its pjsip stack cannot parse are reported in the Asterisk log with a PJSIP syntax error.
    .freeswitch =
        sofia global siptrace on, or sofia loglevel all 9 for the parser messages of sofia-sip, shows the raw request line as FreeSWITCH received or sent it.
    .kamailio =
        sanity_check() with the R-URI version check (value 1, part of the stock check set) answers 505 "Version Not Supported (R-URI)" to anything but SIP/2.0; at debug level the log says check_ruri_sip_version failed.

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
    .impact = The call fails at once, before ringing, with an error tone or a "call failed" message; often only calls with video or long codec lists fail while plain audio calls work.
    .confirm =
        Note the size of the rejected request and its transport: more than about 1300 bytes over UDP confirms the cause.
        Compare with a call that works (audio only, fewer codecs): if that INVITE is much smaller, size is the trigger.
        Find which part is large: the SDP (codecs, video, ICE candidates) or the headers (Via, Record-Route, long custom headers).
    .asterisk =
        Trim allow= on the endpoint and turn off unused video or ICE (ice_support) to shrink the SDP; the system option disable_tcp_switch (default yes) keeps pjsip from moving a large request to TCP by itself, so point the endpoint at a TCP transport if big INVITEs must go through.
    .freeswitch =
        Shorten the offer (fewer codecs in outbound-codec-prefs, no unused video) or set enable-compact-headers=true on the profile; moving the trunk to TCP removes the UDP size limit.
    .kamailio =
        Kamailio forwards large requests over UDP unless the core parameters udp_mtu and udp_mtu_try_proto (for example TCP) are set, which send requests above that size over the other transport; the next hop must listen on it.

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
    .impact = Registering with push support fails: the app shows an account or push error, and incoming calls ring only while the app is open in the foreground, or not at all.
    .confirm =
        Read the Contact of the REGISTER that got 555 and note the pn-provider value and whether pn-prid and pn-param are present.
        Send a REGISTER with a bare ;pn-provider parameter (the RFC 8599 capability query) and read the +sip.pns values in the Feature-Caps header of the answer to see which services the proxy supports.
        Check which push platform the app build is configured for (APNs on iOS, FCM on Android) against that list.
    .opensips =
        With pn_enable set, the OpenSIPS registrar answers 555 when pn-provider is not listed in pn_providers, or when a parameter named in pn_ct_match_params (such as pn-prid) is missing from the Contact.
        opensips-cli -x mi ul_show_contact location <aor> shows whether earlier contacts were stored with their pn- parameters.

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
    .impact = The call fails during setup, often after a short pause and without ringing; the caller hears an error tone or a network announcement.
    .confirm =
        Check whether the INVITE carries Require: precondition (mandatory) or only Supported: precondition, and which side sent the 580.
        Follow the PRACK and UPDATE exchange after the 183: the 580 usually comes after an UPDATE whose a=curr still shows no reservation for one direction.
        In a mobile network, check the core's logs for the bearer setup of caller or callee at that moment (dedicated bearer, policy decision).
    .asterisk =
        chan_pjsip does not implement QoS preconditions (RFC 3312) and its own offers carry none, so a 580 on an Asterisk trunk comes from the IMS side, and an incoming INVITE that requires preconditions is refused; pjsip set logger on shows the Require and Supported headers involved.

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
    .impact = The caller hears a busy tone or a "the subscriber is busy" announcement, usually without ringing, and no voicemail picks up.
    .confirm =
        Check which system sent the 600 (callee's PBX, hunt group or gateway) and whether 180 Ringing came first.
        Check the Reason header: Q.850 cause 17 means a PSTN gateway reported user busy, no Reason usually means a PBX decision.
        On the callee's PBX, list the calls of every device of that user at that moment to confirm they were all busy.
    .asterisk =
        Asterisk maps a received 600 to cause 17 (USER_BUSY), exactly like 486, and never sends 600 itself; HANGUPCAUSE(<channel>,tech) keeps the SIP code so the dialplan can tell the two apart.
    .freeswitch =
        A received 600 becomes USER_BUSY (17) like 486; FreeSWITCH sends 600 only for the BUSY_EVERYWHERE cause, for example respond 600 or hangup BUSY_EVERYWHERE in the dialplan.
    .kamailio =
        A 6xx ends forking: tm cancels the remaining branches and returns the 600, so failure_route should not try voicemail or other devices when t_check_status("600") matches.
    .opensips =
        A 6xx ends forking: tm cancels the other branches, so when $T_reply_code is 600 the failure_route should end the call instead of trying voicemail or other devices.

sip-603 =
    .title = Decline
    .summary = The callee turned the call down on purpose, no other device of theirs will take it, and the response does not say why. Maps to Q.850 cause 21 (Call rejected); FreeSWITCH also sends 603 for any CALL_REJECTED cause, where RFC 3398 would use 403.
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
    .impact = The caller hears a busy tone or a "call rejected" announcement, either at once (automatic screening) or after a few rings when the callee pressed Decline.
    .confirm =
        Check whether 180 Ringing preceded the 603 and for how long: a decline after ringing is a person, an instant 603 is a rule (do-not-disturb, blocklist, carrier filter).
        Check which host sent it (User-Agent or Server, source address): the callee's phone, a PBX, or a carrier's screening node.
        Look at the callee's call log and blocklist for the caller's number at the time of the call.
    .asterisk =
        Asterisk maps a received 603 to cause 21 (CALL_REJECTED) but answers cause 21 with 403, not 603, so a decline passed on by Asterisk usually reaches the caller as 403; HANGUPCAUSE(<channel>,tech) keeps the original "SIP 603" line.
    .freeswitch =
        FreeSWITCH sends 603 for every CALL_REJECTED (21), including its own rejections, and maps both 603 and 608 to CALL_REJECTED; sip_term_status tells them apart.
        If calls from one source are always declined, look in the dialplan for a respond 603 or hangup CALL_REJECTED branch (blocklists, time conditions).
    .kamailio =
        Look for a script branch (for example an htable or database blocklist lookup) that answers 603 itself; otherwise the 603 was relayed, and t_check_status("603") in failure_route should end the call rather than try another route.
    .opensips =
        Look for a script branch (for example a blocklist lookup) that answers 603 itself; a relayed 603 ($T_reply_code 603) should end the call in failure_route rather than start a failover.

sip-604 =
    .title = Does not exist anywhere
    .summary = The called user or number is unknown everywhere, not just in this domain, and the server that says so is authoritative for it. Stronger than 404; gateways map it to Q.850 cause 1 (Unallocated number), FreeSWITCH to 3 (No route to destination).
    .causes =
        The dialled number is not assigned, has been disconnected or was entered wrongly.
        The account was deleted or never provisioned on the home server.
        A number portability or routing database says the number belongs to no one.
    .actions =
        Check the dialled digits and the number format (country code, prefixes, normalisation) in the Request-URI.
        Check the account or number range on the home server and in the number portability data.
        Do not retry the same number: correct the number or the provisioning first.
    .ui = The number you called does not exist.
    .impact = The caller hears an announcement such as "the number you have dialled does not exist", or a fast busy tone, immediately after dialling and without ringing.
    .confirm =
        Compare the Request-URI user part with the number as dialled and look for a lost or extra prefix or country code added by number normalisation.
        Check which server sent the 604 and whether it is really authoritative for that number (the home server or the number portability node).
        Dial the same number from another network or carrier: if it connects there, the 604 comes from a wrong routing or portability record, not a dead number.
    .asterisk =
        Asterisk maps a received 604 to cause 1 (UNALLOCATED), the same as 404, and answers its own unknown numbers with 404, never 604; HANGUPCAUSE(<channel>,tech) keeps the "SIP 604" line.
    .freeswitch =
        A received 604 ends the leg as NO_ROUTE_DESTINATION (3); FreeSWITCH sends 604 only for DOES_NOT_EXIST_ANYWHERE (for example hangup DOES_NOT_EXIST_ANYWHERE in the dialplan), so check sip_term_status on the outbound leg.
    .kamailio =
        If the proxy answers 604 itself, base it on the subscriber or number database, not only on lookup("location") failing: an existing user who is offline should get 480, not 604.
        A relayed 604 should end the call: t_check_status("604") in failure_route, no further routes.
    .opensips =
        If OpenSIPS answers 604 for unknown numbers, base it on the subscriber or number table rather than on lookup("location") or is_registered("location") failing, which only means the user is offline; do not fail over a relayed 604.

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
    .impact = The call fails right away, usually without ringing, with an error tone or a "call cannot be completed" announcement; a softphone may show a media or codec error.
    .confirm =
        Check whether the 606 came from the callee's device or from an SBC or gateway acting for it (Server header, source address).
        Check whether the callee has several devices and which one answered 606: one 606 ends the whole attempt, even if another device could have taken the call.
        Repeat the call with an audio-only G.711 offer: if it connects, the rejected element was a codec, video or encryption setting.
    .asterisk =
        Asterisk maps a received 606 to cause 58 (BEARERCAPABILITY_NOTAVAIL) like 488 and answers its own media failures with 488, not 606; check allow= and media_encryption with pjsip show endpoint <name>.
    .freeswitch =
        FreeSWITCH sends 606 only for the NOT_ACCEPTABLE cause and maps a received 606 to INCOMPATIBLE_DESTINATION (88); compare its offer with outbound-codec-prefs or absolute_codec_string.
    .kamailio =
        A 6xx ends forking: tm cancels the remaining branches, so one device answering 606 stops devices that might have accepted; if rtpengine_manage() or sdpops functions rewrite the offer, compare it before and after the proxy.
    .opensips =
        A 6xx ends forking, so one device's 606 stops the other branches; if the script edits the SDP (codec_delete(), rtpengine_offer()), compare the offer before and after the proxy.

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
    .impact = The call is rejected, usually during or right after ringing; the caller hears a rejection tone or announcement, and later calls to the same person are rejected at once.
    .confirm =
        Check whether ringing preceded the 607: it shows that the callee reported the call while it was ringing.
        Check the caller ID the callee saw (From, P-Asserted-Identity) and, if present, the attest value in the Identity header, to confirm the call was presented as intended.
        Count how many calls from this caller ID got 607 or 608 recently: a pattern across different callees points to a reputation problem rather than one person's choice.
    .asterisk =
        Asterisk has no mapping for 607 and reports it as cause 127 (INTERWORKING); HANGUPCAUSE(<channel>,tech) shows the real "SIP 607". For outgoing calls, check the STIR/SHAKEN settings (res_stir_shaken) of the outbound endpoint.
    .freeswitch =
        A received 607 ends the call with hangup_cause UNWANTED (819, not a Q.850 value), and FreeSWITCH sends 607 for that cause; do not let continue_on_fail retry UNWANTED on another gateway.
    .kamailio =
        Relay 607 unchanged and do not fail over on it (t_check_status("607") in failure_route); for your own outgoing calls, the secsipid or stirshaken module adds the Identity header that lets the far network verify your caller ID.
    .opensips =
        Do not fail over on $T_reply_code 607; for outgoing calls, stir_shaken_auth() of the stir_shaken module adds the Identity header that the terminating network checks.

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
    .impact = The call is rejected before the callee's phone rings; the caller hears an announcement or an error tone, sometimes with a message on how to dispute the block.
    .confirm =
        Check whether the 608 came from your own carrier or from the callee's carrier (Via, source address): that decides whom to contact.
        Place a test call with the same caller ID to a number on another network: if that one rings, the block is local to the callee's carrier.
        Check the Identity header and attestation of the rejected INVITE as it left your network.
    .asterisk =
        Asterisk reports 608 as cause 127 (INTERWORKING); pjsip set logger on captures the Call-Info and Reason headers of the 608, which the dialplan does not otherwise see.
    .freeswitch =
        FreeSWITCH maps 608 to CALL_REJECTED (21), the same as 603: use sip_term_status 608 to count network blocks separately from callee declines.
    .kamailio =
        In onreply_route, log $rs and $hdr(Call-Info) of the 608 to keep the blocking party's contact, and treat the 608 as final in failure_route instead of sending the call to another carrier.
    .opensips =
        In onreply_route, log $rs and $hdr(Call-Info) of the 608 to keep the blocking party's contact, and treat the 608 as final in failure_route instead of sending the call to another carrier.
