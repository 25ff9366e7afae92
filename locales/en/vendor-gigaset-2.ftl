# Siemens / Gigaset IP DECT phones: handset VoIP status codes, part 2 (0x491 to 0x815).
# 0x + SIP code = the SIP response the base station received (decimal notation, 0x503 is SIP 503).
# 0x515 stands for SIP 513. 0x701 and above are device-internal codes with no SIP response behind them.

gigaset-0x491 =
    .title = 0x491: request pending
    .summary = The phone received SIP 491 Request Pending from the provider: an earlier request in the same call is still being handled, so the new one was refused. It almost always shows up when both ends try to change the call (hold, transfer, codec switch) at the same moment.
    .causes =
        The phone and the far end sent a re-INVITE at the same time, for example both pressed hold or started a transfer.
        Hold, resume or transfer was pressed several times in quick succession on the handset.
        A slow SBC or PBX at the provider had not finished the previous in-call request yet.
    .actions =
        Usually harmless: wait a second or two and repeat the action; the SIP stack is expected to retry after a short random pause.
        If it happens on every hold or transfer, capture a SIP trace at the router and look for two crossing re-INVITEs in the same dialog.
        Update the base station firmware and report persistent cases to the provider with the time of the call.
    .ui = Please wait a moment and try again.
    .impact = The hold, resume or transfer you pressed seems to do nothing and the handset briefly shows 0x491; the conversation itself normally carries on, and the same action works when repeated a moment later.
    .confirm =
        Note on the handset which action (hold, resume, transfer) was pressed when 0x491 appeared and whether it worked on a second try.
        In a SIP trace taken at the router, find two re-INVITEs or UPDATEs travelling in opposite directions with the same Call-ID, the 491 answering one of them.
        On the PBX or provider side, check whether the server sent its own re-INVITE at that moment (session refresh, media change) and whether the request was resent after a short pause.
    .asterisk =
        pjsip set logger on shows both crossing re-INVITEs; Asterisk sends its own when direct_media=yes or when session timers (timers=) refresh the call, so direct_media=no on the base's endpoint removes most collisions.
    .freeswitch =
        sofia global siptrace on shows both re-INVITEs; FreeSWITCH creates its own through session timers (enable-timer on the profile) and media changes such as bypass_media, so check those for the base's calls.
    .kamailio =
        A proxy only relays the 491 inside the dialog: check that in-dialog requests pass loose_route() and t_relay() instead of being answered by the script, and capture on the proxy (sngrep or the siptrace module) to see both directions.
    .opensips =
        OpenSIPS just relays the 491 within the dialog: check that in-dialog requests are handled by loose_route() and t_relay(), and capture on the proxy (sngrep or the tracer module) to see the two crossing requests.

gigaset-0x493 =
    .title = 0x493: message could not be decoded
    .summary = The phone received SIP 493 Undecipherable: the provider's server or the other party's phone could not decode the message body because it was protected or encoded with a method it does not support. This is rare on Gigaset devices and points to a security or encoding setting both sides do not share.
    .causes =
        The request carried an encrypted or encoded body (for example S/MIME) that the receiver has no key or support for.
        A security-related option on the IP account is enabled that the provider or the callee's device does not support.
        An intermediate device altered the message so the protected body no longer matches.
    .actions =
        Check the IP telephony account in the web configurator and turn off any non-standard security or encryption option the provider did not ask for.
        Retrying unchanged will fail again; the settings on one side must change.
        Give the provider the time and dialled number so they can check which side could not decode the body.
    .ui = The call could not be connected.
    .impact = The call ends straight after dialling without any ringing, the handset shows 0x493 and plays an error tone; calling again without changing a setting gives the same result.
    .confirm =
        Open the IP connection in the web configurator and note every security or encryption option that is on (such as SRTP or TLS on models that offer them), then compare with what the provider's account data asks for.
        In a SIP trace, look at the request answered with 493: its Content-Type and whether the body is encrypted or signed instead of plain application/sdp.
        Ask the PBX administrator or provider which element sent the 493 (their server or the callee's device), giving the call time and dialled number.
    .asterisk =
        Asterisk has no S/MIME support, so the 493 normally comes from the far end: pjsip set logger on shows which leg returned it and the Content-Type of the refused body.
    .freeswitch =
        sofia global siptrace on shows which leg returned the 493; on a bridged call, sip_term_status of the outgoing leg tells whether the carrier sent it.
    .kamailio =
        A proxy does not decode bodies, so Kamailio relays the 493 unless the script sends one itself (search for sl_send_reply or t_reply with 493); SDP rewriting by fix_nated_sdp() or rtpengine_manage() changes the body and breaks a signed one.
    .opensips =
        OpenSIPS relays the 493 unless the script sends it (sl_send_reply or t_reply with 493); check whether fix_nated_sdp() or rtpproxy/rtpengine SDP rewriting changed the body of a protected request.

gigaset-0x500 =
    .title = 0x500: provider server error
    .summary = The phone received SIP 500 Server Internal Error: a proxy or other server on the provider's side failed while handling the request. The fault is on the server, not in the phone; the server may say how long to wait before trying again.
    .causes =
        A software fault, crashed process or database problem on the provider's platform.
        A server component overloaded or misconfigured after maintenance.
        An unusual request from the phone that triggered a bug in the provider's software.
    .actions =
        Try again after a short pause; honour Retry-After if the response carries it.
        If every call or registration fails this way, check the provider's status page or call their support with the time and dialled number.
        If only Gigaset devices are affected, check for a newer base station firmware.
    .ui = The phone service has a problem right now. Please try again later.
    .impact = Right after dialling the call fails without ringing, the handset shows 0x500 and plays an error tone; when the error hits the registration, the line shows as not registered and calls on it stop working.
    .confirm =
        Check on the handset and on the base's status page whether only calls fail or the IP connection has also lost its registration.
        In a SIP trace, check which server sent the 500 (Via and Server header of the response) and whether it carries a Retry-After or Warning header.
        Give the provider or PBX administrator the exact call time: their log at that second names the failing component.
    .asterisk =
        pjsip set logger on shows whether the 500 came from the trunk or from Asterisk; if Asterisk answered itself, the Asterisk log at that moment names the module or dialplan step that failed.
    .freeswitch =
        Read sip_term_status and hangup_cause of the failed leg; if FreeSWITCH answered the 500 itself, fs_cli with console loglevel debug during a test call shows the error.
    .kamailio =
        The stock script answers a failed t_relay() with sl_reply_error(), which turns the internal error into a reply such as 500: check the Kamailio log at that time and the 5xx counter in kamcmd tm.stats.
    .opensips =
        The stock script answers a failed t_relay() with send_reply(500, "Internal Error"): check the OpenSIPS log at that moment and the tm 5xx_transactions counter in opensips-cli -x mi get_statistics all.

gigaset-0x501 =
    .title = 0x501: feature not implemented by provider
    .summary = The phone received SIP 501 Not Implemented: the provider's server does not support the SIP method the phone used at all. A server that knows the method but refuses it in this context answers 405 instead.
    .causes =
        The phone used a function the provider's platform lacks, such as call transfer via REFER, message-waiting subscription or DTMF via SIP INFO.
        An older or minimal provider platform that only supports basic calls and registration.
        A feature enabled on the base station that the provider has not rolled out.
    .actions =
        Note which action triggered the code (transfer, voicemail indicator, key presses during a call) and switch that function off or to another method in the web configurator.
        For key tones, choose RFC 2833 or in-band audio instead of SIP INFO if the provider requires it.
        Retrying the same action will not help; ask the provider which features their service supports.
    .ui = This function is not available with your phone service.
    .impact = The call stays up but the action that triggered the code fails: a transfer is not carried out, key presses reach nothing or the message-waiting indicator never lights, and the handset briefly shows 0x501.
    .confirm =
        Note exactly which action produced 0x501 on the handset (transfer, key presses during a call, voicemail indication).
        In a SIP trace, find the request answered with 501 and note its method (REFER, INFO, SUBSCRIBE, NOTIFY, MESSAGE).
        In the web configurator, compare the related settings (DTMF transmission, transfer, voicemail subscription) with the features listed in the provider's account data.
    .asterisk =
        pjsip set logger on shows which method got the 501; set dtmf_mode= on the base's endpoint to the base's DTMF method, and check allow_subscribe= and mailboxes= for message-waiting subscriptions.
    .freeswitch =
        sofia global siptrace on shows the rejected method; dtmf-type on the profile (rfc2833 or info) must match how the base sends key tones.
    .kamailio =
        Many scripts answer methods they do not handle with 501 or 405 through sl_send_reply(); search the request route for is_method() checks on REFER, INFO or SUBSCRIBE.
    .opensips =
        Look in the script for is_method() branches that answer REFER, INFO or SUBSCRIBE with sl_send_reply() or send_reply() and 501; otherwise the 501 was relayed from the server behind OpenSIPS.

gigaset-0x502 =
    .title = 0x502: bad gateway
    .summary = The phone received SIP 502 Bad Gateway: a proxy or gateway at the provider forwarded the call and got an invalid answer from the next network element. The problem lies beyond the provider's first server, not in the phone or the local network.
    .causes =
        A PSTN gateway or interconnection with another carrier is faulty.
        The next server in the route crashed or sent a malformed response.
        A problem in the destination network for a particular number range or country.
    .actions =
        Try again later, or reach the callee another way (mobile, another line).
        If it only affects certain destinations, report the numbers and call times to the provider.
        Nothing needs to change on the base station.
    .ui = Your call could not be connected. Please try again later.
    .impact = After dialling there is a pause, then the call fails with an error or busy tone and 0x502 on the handset; usually only certain numbers or countries are affected while other calls go through.
    .confirm =
        Test several destinations (local, mobile, international) and note which numbers give 0x502 and which connect.
        In a SIP trace, read the Via, Server and any Warning or Reason header of the 502 to see which element of the provider answered.
        Give the provider the failing numbers and call times so they can check the gateway or interconnection on that route.
    .asterisk =
        pjsip set logger on shows whether the 502 came back from the trunk; pjsip show endpoint <trunk> and pjsip show registrations show whether the trunk is reachable (qualify_frequency= on its aor keeps checking it).
    .freeswitch =
        sofia status gateway <name> shows the trunk's state, and sip_term_status of the outgoing leg is 502 when the carrier sent it.
    .kamailio =
        In failure_route, t_check_status("502") with ds_next_dst() (dispatcher) lets the proxy try the next gateway; kamcmd dispatcher.list shows which gateways are marked inactive.
    .opensips =
        In failure_route, t_check_status("502") followed by ds_next_dst() or use_next_gw() (drouting) moves the call to another gateway; opensips-cli -x mi ds_list shows the gateway states.

gigaset-0x503 =
    .title = 0x503: service unavailable
    .summary = The phone received SIP 503 Service Unavailable: the provider cannot take the request at the moment, usually because the server is overloaded or being maintained. The response may tell the phone when it is worth trying again.
    .causes =
        Planned maintenance or an outage at the provider.
        The provider's server is overloaded, for example during peak hours or a mass re-registration.
        The phone is sending to a server address that no longer serves this account, or the account was temporarily blocked.
    .actions =
        Wait and try again; honour Retry-After if present.
        Check the provider's status page; if the outage is long, use a backup line or a failover server if the provider offers one.
        If only this account is affected, compare the domain, registrar and outbound proxy entries of the IP connection in the web configurator with the provider's current data.
    .ui = The phone service is temporarily unavailable. Please try again later.
    .impact = Calls on this line fail at once with an error tone and 0x503 on the handset, often together with a lost registration, so for a while no outgoing call works on that line.
    .confirm =
        Check on the handset and on the base's status page whether the IP connection is still registered and whether every call fails or only some.
        In a SIP trace, look for a Retry-After header in the 503 and note which server sent it.
        Compare the domain, registrar and outbound proxy entries of the IP connection in the web configurator with the provider's current account data, and check the provider's status page for maintenance.
    .asterisk =
        pjsip show registrations and pjsip show endpoint <trunk> show whether the trunk is up; when the outgoing leg fails with congestion, Asterisk itself answers the phone with 503 and DIALSTATUS reads CONGESTION.
    .freeswitch =
        sofia status gateway <name> shows whether the trunk is up; if FreeSWITCH itself refused the call, check its log and the max-sessions and sessions-per-second limits in switch.conf.xml.
    .kamailio =
        kamcmd dispatcher.list shows whether all destinations are inactive, in which case the script's fallback reply is sent; rate limits (pike, pipelimit) answered by the script can also produce 503.
    .opensips =
        opensips-cli -x mi ds_list shows inactive destinations; rl_check() (ratelimit) or pike rules answered by the script can also send 503, and failure_route with ds_next_dst() can move the call to another destination.

gigaset-0x504 =
    .title = 0x504: server time-out
    .summary = The phone received SIP 504 Server Time-out: a server in the provider's network waited too long for an answer from another server or gateway further along the route. The phone itself reached the provider; the delay happened behind it.
    .causes =
        A downstream server or carrier gateway is not answering.
        A DNS lookup or database query at the provider took too long.
        Network trouble between the provider's own sites.
    .actions =
        Try again after a short while.
        If it affects particular destinations, report them to the provider with the call times.
        If it appears during registration, check that the domain and registrar server entries of the IP connection are exactly as the provider specifies.
    .ui = The call could not be connected in time. Please try again later.
    .impact = After dialling there are several seconds of silence, then the call fails with an error tone and 0x504 on the handset; during registration the line drops to not registered.
    .confirm =
        Note on the handset how long the silence lasts before 0x504 appears and which numbers are affected.
        In a SIP trace, check that the provider first answered with 100 Trying, and read the Via and Server header of the 504 to see which server gave up.
        If it happens at registration, compare the domain and registrar server entries in the web configurator with the provider's account data character for character.
    .asterisk =
        pjsip set logger on shows whether the 504 came from the trunk; pjsip show endpoint <trunk> shows the trunk's contact and its qualify status.
    .freeswitch =
        sip_term_status 504 on the outgoing leg means the carrier sent it; sofia status gateway <name> shows whether the gateway is up.
    .kamailio =
        tm answers its own timeouts (fr_timer, fr_inv_timer) with 408, so a 504 was relayed from a server further on: log $T_reply_code in failure_route and check that destination in kamcmd dispatcher.list.
    .opensips =
        tm answers its own timeouts (fr_timeout, fr_inv_timeout) with 408, so a 504 came from downstream: log $T_reply_code in failure_route and check that destination in opensips-cli -x mi ds_list.

gigaset-0x505 =
    .title = 0x505: SIP version not supported
    .summary = The phone received SIP 505 Version Not Supported: the request was refused because of the SIP protocol version it carries: neither the server nor the receiving SIP device works with that version. Gigaset phones use SIP/2.0, so the request was most likely altered or misread along the way.
    .causes =
        A SIP ALG in the router rewrote the packets and corrupted the request line.
        Very old base station firmware with a SIP stack the provider's platform does not accept.
        A non-standard server at the provider or a PBX in between.
    .actions =
        Switch off the SIP ALG (SIP helper) in the router and test again.
        Update the base station firmware.
        If it persists, send the provider a SIP trace captured at the router; retrying unchanged will not help.
    .ui = Your phone could not connect to the service. Please contact support.
    .impact = Every call or registration attempt on the line fails immediately with 0x505 on the handset, so the line is unusable until the cause is removed.
    .confirm =
        In the router's settings, check whether a SIP ALG (SIP helper) is active, switch it off and test again.
        In a SIP trace taken on the LAN side and, if possible, on the WAN side, compare the request line: it must end in SIP/2.0.
        Read the base's firmware version on the web configurator's status page and compare it with the latest available.
    .asterisk =
        pjsip set logger on shows the request line as it arrived; anything other than SIP/2.0 at its end means a device on the path damaged it.
    .freeswitch =
        sofia global siptrace on shows the received request line, and sofia loglevel all 9 shows parser complaints from the SIP stack.
    .kamailio =
        sanity_check() rejects a request whose SIP version is not 2.0 with 505; the log and a capture on the proxy show which address sent the damaged request.
    .opensips =
        Capture on the proxy (sngrep or the tracer module) to see whether the request line arrived damaged, and search the script for an explicit reply with 505.

gigaset-0x515 =
    .title = 0x515: message too large (SIP 513)
    .summary = The handset shows 0x515, but the manual's description ("message too large") is SIP 513 Message Too Large; no SIP 515 exists, so treat the number as a quirk or misprint of the manual. The request was bigger than the size limit of the provider's server, so it was not accepted.
    .causes =
        The INVITE is large: many codecs in the SDP, long header values or many Via and Record-Route entries.
        Over UDP the request exceeds the path MTU, gets fragmented and the provider limits or drops such messages.
        The provider enforces a small maximum message size.
    .actions =
        Reduce the codec list in the web configurator to the codecs actually needed (for example G.711 a-law/µ-law and G.722).
        Check the router for MTU or fragmentation problems, and switch the transport to TCP if the base and the provider both support it.
        Report it to the provider with a trace if the request is of normal size.
    .ui = The call could not be set up. Please contact support.
    .impact = The call fails straight after dialling with 0x515 on the handset and no ringing, while phones with shorter settings on the same provider may call fine.
    .confirm =
        In the web configurator, count the codecs enabled for the IP connection and note the transport in use (UDP or TCP).
        In a SIP trace, check the size of the INVITE and whether it is split into IP fragments; the 513 answers the oversized request.
        Ask the provider or PBX administrator for their maximum message size over UDP.
    .asterisk =
        pjsip set logger on shows the size of the base's INVITE and who answered 513; a transport with protocol=tcp on Asterisk lets the base move large requests to TCP.
    .freeswitch =
        sofia global siptrace on shows the size of the base's INVITE and who answered 513; sofia status profile internal shows whether the profile also listens on TCP for the base to use.
    .kamailio =
        The default kamailio.cfg does not answer 513: released versions up to 6.1 have no size check, and the development branch answers oversize requests with 403 "Message too large". A 513 through Kamailio comes from a script built on the old sample configs (sip-router.cfg and the examples), which reply 513 "Message too big" after a msg:len check, or from the next hop; raise that limit, or add a TCP listen socket so the base can use TCP.
    .opensips =
        A size check on $ml (msg:len in older scripts) followed by a 513 reply is a common script rule; raise the limit or add a TCP listener so large requests can use TCP.

gigaset-0x600 =
    .title = 0x600: busy everywhere
    .summary = The phone received SIP 600 Busy Everywhere: the called party's side reports that the person is busy on every device and no other destination (voicemail, forwarding) will take the call. It is a final answer for this attempt, not a fault.
    .causes =
        The callee is on a call on all phones, and call waiting is off.
        The callee's service set do-not-disturb for all devices.
        The callee's PBX decided no alternative destination should be tried.
    .actions =
        Nothing to fix on the base station.
        Call again later.
        If a number is always reported busy, ask the callee or their provider to check their setup.
    .ui = The person you called is busy.
    .impact = Instead of ringing you hear a busy tone straight away and the handset shows 0x600; calling again at once gives the same result.
    .confirm =
        Check that the number is correct and call again later; note whether this number is always reported busy.
        In a SIP trace, check that the 600 came from the callee's side (Via, Server header, any Reason header) and not from the provider's first server.
        If the callee is on your own PBX, check their do-not-disturb and busy settings there.
    .asterisk =
        Asterisk maps a 600 from a trunk to cause 17 and answers its own caller with 486, so pjsip set logger on shows where a 600 really came from; DIALSTATUS and HANGUPCAUSE (type tech) show what the outgoing leg received.
    .freeswitch =
        sip_term_status and hangup_cause on the outgoing leg show the 600 and the cause FreeSWITCH mapped it to; if FreeSWITCH hosts the callee, check their do-not-disturb handling in the dialplan.
    .kamailio =
        A 6xx stops serial forking unless tm's disable_6xx_block is set; check $T_reply_code in failure_route and whether a script rule (do-not-disturb) sends the 600 itself.
    .opensips =
        tm stops trying further branches after a 6xx unless disable_6xx_block is set; check $T_reply_code in failure_route and any script rule that replies 600.

gigaset-0x603 =
    .title = 0x603: call declined
    .summary = The phone received SIP 603 Decline: the called party or their equipment deliberately refused the call and does not suggest another destination. Retrying straight away will normally get the same answer.
    .causes =
        The callee rejected the call on their phone.
        A call-blocking or blacklist rule on the callee's side, for example against anonymous callers.
        The callee's PBX or service refused calls at this time (do-not-disturb, time-based rules).
    .actions =
        Treat it as the callee's choice; do not retry automatically.
        If calls with number suppression are always declined, enable sending your caller ID and try again.
        If a known contact always declines, ask them to check their blocking settings.
    .ui = The call was declined.
    .impact = The call either never rings or rings briefly and stops, then the handset plays a busy or error tone and shows 0x603.
    .confirm =
        Note on the handset whether the call rang first (the callee pressed reject) or failed at once (a blocking rule).
        Check in the web configurator whether the connection withholds your caller ID, and test once with the number shown.
        In a SIP trace, check who sent the 603 (Via, Server or User-Agent header, any Reason header) and whether it arrived after a 180 Ringing.
    .asterisk =
        Asterisk maps a 603 from a trunk to cause 21 and gives its own caller 403, but rejects an unanswered incoming call with 603 when the dialplan hangs up with a cause that has no SIP mapping, such as a plain Hangup(); pjsip set logger on shows which case applies.
    .freeswitch =
        sip_term_status and hangup_cause (CALL_REJECTED) on the outgoing leg show whether the callee sent the 603; if FreeSWITCH hosts the callee, look for a respond or hangup action in the dialplan (blocklists, rejection of anonymous calls).
    .kamailio =
        A 6xx stops serial forking unless tm's disable_6xx_block is set; search the script for sl_send_reply or t_reply with 603 (blocklists, rules against anonymous callers) and check $T_reply_code in failure_route.
    .opensips =
        Search the script for sl_send_reply or t_reply with 603 (for example userblacklist or anonymous-caller rules); a 603 from downstream shows up as $T_reply_code in failure_route and ends serial forking unless disable_6xx_block is set.

gigaset-0x604 =
    .title = 0x604: number does not exist
    .summary = The phone received SIP 604 Does Not Exist Anywhere: the provider or the callee's network knows for certain that the dialled number or address is not assigned to anyone on any network. Dialling it again unchanged will not work.
    .causes =
        The number is mistyped, incomplete or no longer in service.
        A missing or wrong area code or country code, for example a local number dialled without area code when the provider requires the full number.
        A dialling plan or automatic prefix on the base station produced a wrong number.
    .actions =
        Check the number and dial it in full national or international format.
        In the web configurator, check the area code settings and dialling plans that add or strip prefixes for this IP connection.
        If the number is known to be valid, report it to the provider with the exact dialled digits.
    .ui = The number you dialled does not exist.
    .impact = Right after dialling, the call fails with an error tone or an announcement that the number does not exist, and the handset shows 0x604.
    .confirm =
        Compare the digits in the handset's call list with the number you meant to dial, including area and country code.
        In the web configurator, check the area code settings and dialling plans of this IP connection for prefixes that are added or removed.
        In a SIP trace, read the Request-URI and To header of the INVITE to see the exact number sent to the provider.
    .asterisk =
        Asterisk maps a 604 from a trunk to cause 1 and gives its own caller 404; pjsip set logger on shows the Request-URI the dialplan sent to the trunk after adding or stripping digits.
    .freeswitch =
        sip_term_status on the outgoing leg shows the 604 from the carrier; compare destination_number after the dialplan with the number in the INVITE seen with sofia global siptrace on.
    .kamailio =
        A 604 normally comes from downstream; log $ru before t_relay() to see the number after any dialplan module or script prefix changes.
    .opensips =
        Log $ru before t_relay() to check the number after dialplan module translations or prefix rules; a 604 from downstream shows up as $T_reply_code in failure_route.

gigaset-0x606 =
    .title = 0x606: connection settings not acceptable
    .summary = The phone received SIP 606 Not Acceptable: the called party was reached but cannot accept the proposed media settings (codec, bandwidth, media type). No destination anywhere will accept the call with this offer.
    .causes =
        No common codec between the base station's list and the callee's device.
        The callee or the provider only allows codecs or bandwidth the phone did not offer.
        The offer contained media parameters the far end rejects.
    .actions =
        In the web configurator, enable G.711 a-law and µ-law in addition to G.722, G.729 or G.726 so there is always a common codec.
        Compare the codec list with the provider's requirements and check the SDP of the INVITE in a trace.
        Retrying without changing the codec settings will fail again.
    .ui = The call could not be connected with the current settings.
    .impact = The call fails right after dialling or at the moment the other side answers, with a busy or error tone and 0x606 on the handset; no voice connection is made.
    .confirm =
        In the web configurator, list the codecs enabled for the IP connection and compare them with the provider's account data.
        In a SIP trace, read the m= and a=rtpmap lines of the SDP in the INVITE and, if present, the Warning header of the 606.
        Ask the PBX administrator or provider which codecs the callee's side allows.
    .asterisk =
        Asterisk maps a 606 from a trunk to cause 58 and gives its own caller 488; pjsip show endpoint <name> lists the allow= codecs of the base and of the trunk, which need one in common such as alaw or ulaw.
    .freeswitch =
        sofia global siptrace on shows the SDP offer; inbound-codec-prefs and outbound-codec-prefs of the profiles must share a codec (PCMA, PCMU) with the base and with the carrier.
    .kamailio =
        A proxy does not negotiate codecs, but sdpops calls such as sdp_remove_codecs_by_name() or sdp_keep_codecs_by_name() can remove the common codec; compare the SDP before and after the proxy.
    .opensips =
        OpenSIPS passes the SDP through, but codec_delete() and related sipmsgops functions in the script can strip the common codec; compare the SDP on both sides of the proxy.

gigaset-0x701 =
    .title = 0x701: remote party hung up
    .summary = A device-internal code, not a SIP response: the call ended because the other party hung up (the base station received a BYE). This is the normal end of a call.
    .causes =
        The other person ended the call.
        The far end's phone, PBX or network dropped the call and cleared it on their side.
        Calls cut off after a fixed time (around 30 seconds or a few minutes) can mean the far end never got the phone's answer and ended the call.
    .actions =
        Nothing to do for a normal hang-up.
        If calls end unexpectedly after the same length each time, check the router: switch off SIP ALG and check NAT keep-alive, STUN or outbound proxy settings.
        For repeated drops, capture a trace and see which side sent the BYE.
    .ui = The other person has hung up.
    .impact = The call ends: the conversation stops, the handset returns to idle and briefly shows 0x701; this is the normal end of a call unless it happens by itself in mid-conversation.
    .confirm =
        Ask the other party whether they hung up; if not, note how long the call had lasted when it ended.
        If calls end after the same time each time (often about 30 seconds), check in a SIP trace whether the 200 OK was acknowledged with an ACK and which side sent the BYE.
        On the PBX or provider side, check the call record for which leg ended the call and with which cause.
    .asterisk =
        pjsip set logger on shows which side sent the BYE; for drops at about 30 seconds, set rewrite_contact=yes, force_rport=yes and rtp_symmetric=yes on the base's endpoint so the ACK and later requests reach it behind NAT.
    .freeswitch =
        sip_hangup_disposition reads recv_bye when the far end hung up and send_bye when FreeSWITCH did; hangup_cause NORMAL_CLEARING is a normal end, while drops after a fixed time point to NAT settings such as ext-sip-ip and ext-rtp-ip on the profile.
    .kamailio =
        record_route() on the initial INVITE and loose_route() for in-dialog requests keep the ACK and BYE on the proxy; behind NAT, fix_nated_contact() or set_contact_alias() lets the ACK reach the base.
    .opensips =
        record_route() and loose_route() keep in-dialog requests on the proxy; behind NAT, fix_nated_contact() (nathelper) lets the ACK reach the base, and opensips-cli -x mi dlg_list shows the dialog state when the dialog module is loaded.

gigaset-0x703 =
    .title = 0x703: call time limit reached
    .summary = A device-internal code, not a SIP response: the conversation lasted longer than allowed and the call was cut off. A limit on call length was applied by the provider, the tariff or a PBX.
    .causes =
        The provider or tariff limits the length of a single call.
        A PBX or call-control setting limits the maximum call duration.
        Prepaid or plan conditions that end calls after a set time.
    .actions =
        Simply call again if the conversation needs to continue.
        Check the tariff or account terms with the provider, or the PBX settings, for a maximum call duration.
        If calls always stop at the same length without a documented limit, report it to the provider with the call times.
    .ui = Your call ended because the maximum call time was reached.
    .impact = The conversation is cut off mid-sentence after a fixed length of time and the handset shows 0x703; a new call works normally.
    .confirm =
        Note from the handset's call list or the clock how long the cut-off calls lasted and whether it is always the same length.
        Check the provider's tariff or account data, or the PBX settings, for a maximum call duration or a prepaid limit.
        In a SIP trace, check which side sent the BYE and whether a Reason header or an unanswered session refresh (re-INVITE or UPDATE) came just before it.
    .asterisk =
        Look for Dial() options L() or S() that limit call length; calls that always end at the same length without such a limit point to session timers (timers=, timers_sess_expires=) whose refresh went unanswered.
    .freeswitch =
        A sched_hangup, often started from execute_on_answer, sets a hard limit, and hangup_cause shows the cause it was given (commonly ALLOTTED_TIMEOUT); also check enable-timer and session-timeout on the profile.
    .kamailio =
        The dialog module ends calls at default_timeout, or at a per-call timeout, when sending BYE on timeout is enabled (for example with $dlg_ctx(timeout_bye)); kamcmd dlg.list shows each dialog's timeout.
    .opensips =
        create_dialog("B") makes OpenSIPS send BYE when the dialog times out, after default_timeout or the $DLG_timeout the script set; opensips-cli -x mi dlg_list shows the timeouts of active dialogs.

gigaset-0x704 =
    .title = 0x704: call ended by a SIP error
    .summary = A device-internal code, not a SIP response: the base station cleared the call because a SIP error occurred during the call. The code itself does not say which error; another status code or a trace usually shows it.
    .causes =
        An in-call request (hold, transfer, session refresh) was rejected or received no answer.
        The internet connection dropped briefly or the NAT mapping in the router expired, so SIP messages got lost.
        A SIP ALG in the router altered the in-call messages.
    .actions =
        Look for other status codes shown just before and check the base station's status page.
        Switch off SIP ALG in the router and check NAT keep-alive, STUN or outbound proxy settings of the IP connection.
        Update the base station firmware; if the drops continue, give the provider the call times and a trace.
    .ui = Your call was interrupted by a technical problem.
    .impact = An active call drops suddenly, often just when hold or transfer is used or after a fixed time, and the handset shows 0x704.
    .confirm =
        Note any other status code shown just before 0x704 and what was happening (hold, transfer, long call) when the call dropped.
        On the base's status page, check whether the IP connection stayed registered and whether the base's IP address changed.
        In a SIP trace, find the in-call request (re-INVITE, UPDATE, BYE) that got an error response or no response at all before the drop.
    .asterisk =
        pjsip set logger on around the drop shows the failed in-call request; timers= (session timers) and rtp_timeout= on the endpoint also end calls on their own, so check them for the base.
    .freeswitch =
        hangup_cause and sip_hangup_disposition on the channel show how the call ended; compare with the profile's enable-timer, session-timeout and rtp-timeout-sec settings.
    .kamailio =
        In-dialog requests must pass loose_route(); nathelper keepalives (natping_interval) keep the base's NAT mapping open so requests towards it are not lost.
    .opensips =
        Check that in-dialog requests go through loose_route(), and that nathelper's natping_interval pings the base so its NAT binding stays open during the call.

gigaset-0x705 =
    .title = 0x705: invalid DTMF tone
    .summary = A device-internal code, not a SIP response: a dial tone signal (DTMF) during the call was invalid and could not be sent or recognised. Key presses for menus, voicemail or PIN entry may not arrive.
    .causes =
        The DTMF method on the base station (audio in-band, RFC 2833, SIP INFO) does not match what the provider expects.
        In-band tones sent over a compressing codec such as G.729 get distorted.
        A key or tone sequence that the connection does not accept.
    .actions =
        In the web configurator, set DTMF transmission for VoIP calls to the method the provider specifies (often RFC 2833, or automatic).
        If tones are sent in-band, prefer G.711 for these calls.
        Try the key presses again after changing the setting.
    .ui = A key tone could not be sent. Please try again.
    .impact = During a call, key presses have no effect: a menu does not react, a PIN is not accepted or voicemail does not respond, and the handset briefly shows 0x705.
    .confirm =
        In the web configurator, note the DTMF transmission setting for VoIP calls (audio, RFC 2833, SIP INFO, automatic) and compare it with the provider's account data.
        In a SIP trace, check whether the SDP of the INVITE offers telephone-event and whether key presses travel as RTP events or as SIP INFO.
        Check which codec the call used; in-band tones over G.729 or another compressing codec are often distorted.
    .asterisk =
        dtmf_mode= on the base's endpoint (rfc4733, inband, info, auto) must match the base's DTMF setting; pjsip show endpoint <name> shows the current value.
    .freeswitch =
        dtmf-type on the profile (rfc2833 or info) must match the base; liberal-dtmf makes FreeSWITCH accept the other methods as well.

gigaset-0x706 =
    .title = 0x706: connection not established
    .summary = A device-internal code, not a SIP response: the base station could not set up the connection for the call. No usable answer came from the provider, so the cause is usually the network path or the connection settings.
    .causes =
        The internet connection or the router is down, or the base station has no valid IP address.
        Wrong provider server address, domain or port in the IP connection, or DNS cannot resolve it.
        A firewall or router blocks SIP or RTP traffic.
    .actions =
        Check that the base station has an IP address (DHCP or static), a correct gateway and DNS, and that the router is online.
        Compare the domain, registrar, proxy and port entries of the IP telephony account with the provider's data, and check the registration status in the web configurator.
        Check the firewall for the SIP and RTP ports, then retry the call.
    .ui = The call could not be connected. Please check your internet connection.
    .impact = After dialling nothing connects: there is no ringing, the call ends with an error tone and 0x706 on the handset, and the line often also shows as not registered.
    .confirm =
        On the base's status page, check the IP address, gateway, DNS server and the registration state of the IP connection.
        In the web configurator, compare domain, registrar, proxy server, outbound proxy and ports with the provider's account data.
        On the PBX or provider side, check whether any REGISTER or INVITE from the base's public address arrived at the time of the call.
    .asterisk =
        pjsip set logger host <base's public address> shows whether anything from the base arrives; pjsip show contacts shows whether its registration is current.
    .freeswitch =
        sofia status profile internal reg lists the base if it is registered, and sofia global siptrace on shows whether its INVITE reaches FreeSWITCH at all.
    .kamailio =
        kamctl ul show <aor> shows whether the base is registered; if the script uses the pike module, an address flagged as flooding may be dropped silently, so search the log for the base's address.
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> shows whether the base is registered; check whether a pike_check_req() rule in the script dropped the base's requests.

gigaset-0x751 =
    .title = 0x751: busy tone, no common codec
    .summary = A device-internal code, not a SIP response: instead of ringing, the phone plays a busy tone because the caller and the callee have no codec in common, so no voice format could be agreed. The call fails even though the other party may be free.
    .causes =
        The codec list on the base station is restricted (for example only G.722 or only G.729) and the far end does not support those.
        The provider only passes certain codecs, and none of them is enabled on the base station.
        The callee's phone or gateway supports only codecs the base station does not offer.
    .actions =
        In the web configurator, enable G.711 a-law and µ-law as a fallback in addition to G.722, G.729 or G.726.
        Check the provider's list of supported codecs and set the order of preferred codecs accordingly.
        Retrying without changing the codec settings gives the same result.
    .ui = The call could not be connected because the phones are not compatible.
    .impact = Instead of ringing you hear a busy tone right after dialling and the handset shows 0x751, even though the other party may be free.
    .confirm =
        In the web configurator, list the codecs enabled for the IP connection (for example only G.722 or only G.729) and compare them with the provider's account data.
        In a SIP trace, compare the codecs in the base's SDP with those in the far end's SDP and check that at least one payload appears in both.
        On the PBX, check which codecs the extension and the trunk allow.
    .asterisk =
        pjsip show endpoint <name> lists the allow= codecs of the base's endpoint and of the trunk; include alaw and ulaw on both so a common codec always exists.
    .freeswitch =
        inbound-codec-prefs and outbound-codec-prefs of the profiles must contain a codec the base offers, for example PCMA and PCMU; sofia global siptrace on shows both SDPs.
    .kamailio =
        A proxy does not choose codecs, but sdp_remove_codecs_by_name() or sdp_keep_codecs_by_name() in the script can leave no common codec; compare the SDP before and after the proxy.
    .opensips =
        OpenSIPS does not choose codecs, but codec_delete() and related sipmsgops functions in the script can strip the common one; compare the SDP on both sides of the proxy.

gigaset-0x810 =
    .title = 0x810: socket error, not authorized
    .summary = A device-internal code, not a SIP response: a general error in the base station's network (socket) layer; the VoIP application was not authorised to use the socket. It points to a problem inside the device rather than at the provider.
    .causes =
        An internal state error in the base station's IP stack.
        A port conflict, for example the same local SIP or RTP port used by two connections.
        A firmware fault.
    .actions =
        Restart the base station by unplugging the power for a few seconds.
        Check that the local SIP and RTP port settings of the IP connections do not clash.
        Update the firmware; if the error returns, reset to factory settings and configure the account again.
    .ui = Your phone has a network problem. Please restart the base station.
    .impact = Calls over the IP line cannot be made or fail straight away with 0x810 on the handset; the line usually stays unusable until the base station is restarted.
    .confirm =
        Note on the handset when 0x810 appears: after a long uptime, after a settings change, or on every call.
        In the web configurator, compare the local SIP port and RTP port range of all IP connections and make sure no two of them use the same port.
        Read the firmware version on the base's status page and check whether the error goes away after a power restart.

gigaset-0x811 =
    .title = 0x811: socket error, bad socket number
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the VoIP application used an invalid socket number. This is an internal fault of the device, not a provider answer.
    .causes =
        A firmware fault or inconsistent internal state after a long uptime.
        Invalid or conflicting local port settings for SIP or RTP.
        A network change (new IP address) that the VoIP application did not follow.
    .actions =
        Restart the base station.
        Check the local SIP port and RTP port range in the web configurator for valid, non-overlapping values.
        Update the base station firmware.
    .ui = Your phone has a network problem. Please restart the base station.
    .impact = Calls over the IP line fail straight after dialling with 0x811 on the handset, typically after a long uptime or a network change, until the base station is restarted.
    .confirm =
        Check on the base's status page whether its IP address changed shortly before (router restart, new DHCP lease).
        In the web configurator, check that the local SIP port and RTP port range have valid, non-overlapping values.
        Read the firmware version and check whether the error goes away after a power restart.

gigaset-0x812 =
    .title = 0x812: socket error, socket not connected
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; data was to be sent over a connection that is not established. The link to the network or to the provider's server is missing.
    .causes =
        The LAN cable is unplugged or the router is offline.
        The provider's server or the router closed the connection (for example a TCP connection to the SIP server).
        The base station lost its IP address after a DHCP or router change.
    .actions =
        Check the LAN cable, link lights and the router's internet connection.
        Check the base station's IP settings (DHCP or static address, gateway, DNS).
        Restart the base station and watch whether the IP connection registers again.
    .ui = Your phone is not connected to the network. Please check your internet connection.
    .impact = Calls over the IP line fail at once with 0x812 on the handset and the line usually shows as not registered, so neither outgoing nor incoming VoIP calls work.
    .confirm =
        Check the LAN cable and link lights on the base and the router, and whether the router is online.
        On the base's status page, check that it has an IP address, gateway and DNS server, and whether the IP connection is registered.
        On the PBX or provider side, check whether the base's registration is still current or has expired, and when it last registered.
    .asterisk =
        pjsip show contacts shows whether the base's contact is still registered and, with qualify_frequency= set on its aor, whether it is reachable (Avail or Unavail).
    .freeswitch =
        sofia status profile internal reg shows whether the base's registration is still present and when it expires.
    .kamailio =
        kamctl ul show <aor> (or kamcmd ul.dump) shows whether the base's contact is still registered and when it expires.
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> shows whether the base's contact is still registered and when it expires.

gigaset-0x813 =
    .title = 0x813: socket error, out of memory
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the device ran out of memory for its network connections. It is an internal resource problem of the base station.
    .causes =
        A firmware memory leak after a long uptime.
        Many simultaneous calls, connections or heavy network traffic reaching the base station.
        A network storm or flood of packets on the LAN.
    .actions =
        Restart the base station to free the memory.
        Update the firmware, which often fixes such leaks.
        If it keeps coming back, check the LAN for broadcast storms or unusual traffic towards the base station.
    .ui = Your phone has a technical problem. Please restart the base station.
    .impact = Calls over the IP line fail, or the base stops reacting to VoIP calls, with 0x813 on the handset, usually after a long uptime or heavy network traffic; a restart clears it for a while.
    .confirm =
        Note how long the base had been running and whether 0x813 comes back after a restart.
        Compare the firmware version on the base's status page with the latest available.
        Check the router or switch for broadcast storms or unusual traffic towards the base's IP address.

gigaset-0x814 =
    .title = 0x814: socket error, socket unavailable
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; no socket was available for the connection. The manual points to the IP settings, the network connection or the IP telephony settings.
    .causes =
        Wrong or missing IP configuration: no DHCP lease, wrong static address, gateway or DNS.
        A network connection problem between the base station, the router and the internet.
        Incorrect IP telephony settings, such as a wrong server address or port for the provider.
    .actions =
        Check the base station's IP settings (DHCP or static address, gateway, DNS) and the LAN cable and router.
        Check the IP telephony account in the web configurator: domain, registrar, proxy, port and credentials.
        Restart the base station after correcting the settings and check the registration status.
    .ui = Your phone cannot reach the network. Please check your internet connection.
    .impact = Calls over the IP line fail immediately with 0x814 on the handset and the line cannot register, so the phone can neither make nor receive VoIP calls.
    .confirm =
        On the base's status page, check the IP address, gateway and DNS server (DHCP or static) and that the LAN link is up.
        In the web configurator, compare domain, registrar, proxy, port and credentials of the IP connection with the provider's account data.
        On the PBX or provider side, check whether any REGISTER from the base's public address arrives.
    .asterisk =
        pjsip set logger host <base's public address> shows whether the base's REGISTER arrives; pjsip show contacts shows whether it is registered.
    .freeswitch =
        sofia global siptrace on shows whether the base's REGISTER arrives, and sofia status profile internal reg whether the registration succeeded.
    .kamailio =
        kamctl ul show <aor> shows whether the base is registered; a capture on the proxy (sngrep or the siptrace module) shows whether its REGISTER arrives at all.
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> shows whether the base is registered; a capture on the proxy (sngrep or the tracer module) shows whether its REGISTER arrives at all.

gigaset-0x815 =
    .title = 0x815: socket error, application not registered
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the application using the socket had not registered with it. It is an internal start-up or firmware problem, unrelated to the provider.
    .causes =
        The VoIP service inside the base station had not fully started yet, for example right after a reboot.
        The VoIP service stopped or crashed inside the device.
        A firmware fault.
    .actions =
        Wait a minute after a restart and try again.
        Restart the base station; if the error returns, update the firmware.
        As a last resort, reset to factory settings and set up the IP connection again.
    .ui = Your phone is not ready yet. Please try again in a moment.
    .impact = Right after the base starts, or after its VoIP service stops, calls over the IP line fail with 0x815 on the handset; waiting a minute or restarting the base usually clears it.
    .confirm =
        Note whether 0x815 appeared shortly after a restart or power cut of the base and whether it disappears after a minute.
        On the base's status page, check that the IP connection is registered again once the base has finished starting.
        If the code keeps coming back, compare the firmware version with the latest available.
