# SIP response codes 400-416 (RFC 3261, RFC 3903)

sip-400 =
    .title = Bad request
    .summary = The receiving side could not parse the request: its syntax is broken or a required element is missing. A well-behaved server names the defect in the reason phrase or in a Warning header, so always read the full status line.
    .causes =
        A mandatory header (Via, From, To, Call-ID, CSeq, Max-Forwards) is missing, duplicated or malformed.
        A SIP ALG on the customer's router or an SBC rewrote the message and broke it (wrong Content-Length, mangled Via or SDP).
        Illegal characters or bad escaping in a URI or header, such as a space in the user part or unbalanced quotes in the display name.
        A UDP datagram arrived truncated, so the body no longer matches Content-Length.
    .actions =
        Read the reason phrase and any Warning header; they usually point at the faulty field.
        Capture the request on both sides of the NAT router or SBC to find the hop that corrupted it, and disable the SIP ALG if that is the culprit.
        Fix the configuration or firmware of the sending device: resending the same request unchanged will get the same answer.
    .ui = The call could not be completed because of a technical problem.
    .impact = The call fails at once, before any ringing: the caller hears a fast busy or error tone, or the phone shows a generic "Call failed" or "400 Bad Request" message.
    .confirm =
        Find the 400 in the trace and read its reason phrase and any Warning header for the name of the field the server rejected.
        Compare the request as the device sent it with the same request as it reached the server (capture on both sides of the router or SBC) and look for a changed Via, Contact, SDP or Content-Length.
        Check that the Content-Length value equals the real body size and that the UDP datagram arrived whole, not truncated or fragmented.
    .asterisk =
        Run pjsip set logger on and read the request Asterisk sent just before the 400; headers built in the dialplan (PJSIP_HEADER add, a caller ID name with quotes or odd characters) are frequent culprits.
    .freeswitch =
        Turn on sofia global siptrace on and inspect the outgoing request; the failed leg shows sip_term_status 400 but only hangup_cause NORMAL_TEMPORARY_FAILURE, so judge from the raw message, not from the cause.
    .kamailio =
        sanity_check() in the request route rejects malformed requests with 400 and a specific reason such as "Content-Length mis-match" or "Bad Headers"; the reason phrase tells which check failed.
        Since 5.2 a request that lacks From, To, Call-ID or CSeq gets no reply at all (5.0 and 5.1 answered "Missing Required Header in Request"), and the stock kamailio.cfg only logs it as malformed with the source address.
    .opensips =
        If the script calls sipmsg_validate(), log its $retcode to see which check failed; the 400 itself is sent by the script (send_reply or sl_send_reply), so find that call and the condition before it.

sip-401 =
    .title = Unauthorized (authentication challenge)
    .summary = The called UAS or the registrar asks the client to prove its identity: the response carries a WWW-Authenticate digest challenge and the client should resend the request with an Authorization header. One 401 before a successful REGISTER or INVITE is normal; another 401 after credentials were sent means they were rejected.
    .causes =
        Normal first step of digest authentication: the initial REGISTER or INVITE carried no credentials.
        Wrong password or wrong authentication username (often not the same as the extension number) configured in the device.
        The client answers for a different realm than the one in the challenge, or the account is set up under another domain.
        The device cannot handle the challenge (for example an algorithm it does not support) or keeps reusing an expired nonce.
    .actions =
        In the trace, check that the client resent the request with an Authorization header for the same realm and nonce.
        If 401 returns after credentials were sent, re-enter the password and authentication username and confirm the realm/domain with the provider.
        If the client never resends, check that credentials are configured for this account and that the digest algorithm is supported.
        Do not let the device retry endlessly with bad credentials: many servers block the source IP after repeated failures.
    .ui = Sign-in failed. Please check your username and password.
    .impact = A single 401 goes unnoticed; when the credentials are wrong, the phone shows "Registration failed" or "Unauthorized", its account icon stays red or grey, and outgoing calls fail immediately with an error tone.
    .confirm =
        Check that the 401 is followed by the same REGISTER or INVITE resent with an Authorization header; if it is not, the client never answered the challenge.
        In the resent request, compare the username and realm of the Authorization header with the account data and with the realm in WWW-Authenticate.
        If another 401 follows with a new nonce, the password or authentication username is wrong; stale=true in the challenge only means the nonce expired and is harmless.
    .asterisk =
        As a registrar, Asterisk logs a wrong password as "Failed to authenticate" and an unknown user as "No matching endpoint found" (it still answers 401); check pjsip show endpoint <name> and pjsip show auths.
        As a client, the auth section named in outbound_auth= must hold the provider's username and password; pjsip show registrations shows whether the registration is Registered or Rejected.
    .freeswitch =
        For a gateway, check username, password and realm; sofia status gateway <name> shows the registration state, such as FAILED or FAIL_WAIT after rejected credentials.
        As a registrar, set log-auth-failures=true on the profile to log each failed attempt with its source IP.
    .kamailio =
        The challenge comes from www_challenge() or auth_challenge() after auth_check() failed; log $rc after auth_check() (its negative codes tell a wrong password from an unknown user or a stale nonce) and compare the realm argument with the device's realm.
    .opensips =
        The challenge is sent by www_challenge() after www_authorize() failed; log $retcode of www_authorize() to tell a wrong password from an unknown user, and check the realm used in the script.

sip-402 =
    .title = Payment required
    .summary = RFC 3261 only reserves this code for future use and defines no procedure for it. In practice some carriers and billing softswitches send it to reject a call when the account has no money left or is unpaid.
    .causes =
        The prepaid balance is used up or the credit limit of the calling account is reached.
        The account is suspended for non-payment.
        The dialled destination is not included in the tariff or costs more than the remaining balance.
    .actions =
        Check the balance and billing status of the account in the provider's portal or with the billing team.
        Top up or change the tariff, then call again; until then every attempt is rejected the same way.
        If the balance looks fine, ask the carrier what their 402 means exactly, because its use is not standardised.
    .ui = The call could not be made. Please check your account balance.
    .impact = The call is rejected straight away, often with an operator announcement about insufficient funds or a fast busy tone; some phones simply display "402 Payment Required".
    .confirm =
        Read the reason phrase and any Warning or Reason header of the 402 for the operator's billing explanation.
        Place a test call to a free or cheap destination (a local number or the provider's echo test) to see whether every call or only some destinations fail.
        Check the balance, credit limit and status of the account or trunk in the billing portal at the time of the failure.
    .asterisk =
        Asterisk does not produce 402 itself; it comes from the trunk. Read the phrase with pjsip set logger on, and use the HANGUPCAUSE dialplan function with the tech option to log the SIP status line instead of the translated Q.850 cause.
    .freeswitch =
        The failed leg shows sip_term_status 402 while hangup_cause is only CALL_REJECTED; log sip_term_status or sip_invite_failure_status to keep the billing reason visible.
    .kamailio =
        A 402 from Kamailio is a script decision, usually in front of a billing or credit-control step (for example the cnxcc module); find the send_reply or t_reply with 402 and the condition that triggered it.
    .opensips =
        Likewise, a 402 from OpenSIPS comes from the script (send_reply or t_reply after a billing or rating lookup); find that call and log the value it tested.

sip-403 =
    .title = Forbidden
    .summary = The server understood the request and deliberately refuses it. Unlike 401 and 407, supplying credentials again will not change the answer (RFC 3261 §21.4.4), so the request should not simply be repeated.
    .causes =
        Wrong password or unknown account: many carriers and PBXs answer 403 instead of challenging again.
        The account or extension is disabled or locked (non-payment, fraud protection, too many failed attempts).
        The source IP address is not on the trunk's allow-list, or the caller is not registered.
        The destination is barred for this account (international, premium-rate) or the softswitch has no route for it.
    .actions =
        Read the reason phrase and any Warning header: many servers state the reason, for example "User Disabled" or "Invalid Phone Number".
        On the server side, check the account status, the IP allow-list and the calling permissions or dial plan.
        Only the operator of the rejecting server can lift the restriction; stop automatic retries, which can get the IP banned.
    .ui = This call is not allowed from your account.
    .impact = Right after dialling the caller hears a fast busy tone or an announcement that the call is not allowed; a phone whose registration gets 403 shows "Forbidden" or "Registration failed" and cannot call.
    .confirm =
        Read the reason phrase and Warning header of the 403 and note whether it answers a REGISTER or an INVITE.
        For an INVITE, compare the calling number in From and P-Asserted-Identity with the numbers the account is allowed to present.
        Compare the source IP address and port the server saw (received and rport in Via) with the trunk's allow-list.
        Call a different class of destination (local instead of international) to see whether the barring depends on the destination.
    .asterisk =
        As a client, pjsip show registrations shows Rejected after a 403 and forbidden_retry_interval= decides whether Asterisk retries; for calls, check from_user=, from_domain= and the caller ID the dialplan sets, which carriers often validate.
    .freeswitch =
        On gateway calls, check caller-id-in-from, from-user and from-domain of the gateway, because carriers refuse unknown calling numbers; the leg shows sip_term_status 403 and hangup_cause CALL_REJECTED.
        As a server, check apply-inbound-acl on the profile and the user's directory entry.
    .kamailio =
        The default script answers "403 Not relaying" when neither the caller's nor the callee's domain is local; check that the domain in From and the Request-URI is one Kamailio treats as myself (alias= or the domain module).
    .opensips =
        The default script answers "403 Relay Forbidden" for foreign domains and "403 Forbidden auth ID" when the authenticated user differs from the From user; check is_myself() for the domain and the authentication username on the device.

sip-404 =
    .title = Not found
    .summary = The server knows for certain that the user in the Request-URI does not exist in that domain, or the domain is not one it serves. Gateways translate it to Q.850 cause 1 (Unallocated number).
    .causes =
        The number was misdialled, is not assigned, or lacks a prefix or country code the dial plan expects.
        The number format does not match the route (E.164 with + versus national format).
        The host part of the Request-URI (domain or IP address) is not a domain this server is responsible for.
        No extension or route matches in the PBX dial plan; some softswitches add their own phrase such as "Unknown user account".
    .actions =
        Compare the user and host parts of the Request-URI with what the destination server expects.
        Check number normalisation and prefix rules on the PBX or SBC, and the domain configured for the trunk.
        Retrying the same request will not help; correct the number or the routing first.
    .ui = The number you dialled does not exist.
    .impact = The call ends immediately with a fast busy tone or a "number does not exist" announcement; there is no ringing at all.
    .confirm =
        Take the Request-URI of the INVITE that got the 404 and check its user part digit by digit: prefix, country code, leading plus sign.
        Find out which hop generated the 404 (source address and Server or User-Agent header of the reply) to know whose dial plan or location service failed.
        On that server, look up the number or user in its dial plan, routing table or location database.
    .asterisk =
        Asterisk logs "rejected because extension not found in context" with the extension and context it tried; check the endpoint's context= and run dialplan show <exten>@<context>.
    .freeswitch =
        A 404 from FreeSWITCH usually means no dialplan extension matched the destination_number; check the context of the profile and watch the condition tests in fs_cli with console loglevel debug.
    .kamailio =
        In the default script a failed lookup("location") for a user who is not registered gives "404 Not Found"; check kamctl ul show <aor> for a current contact and whether the domain part matches (use_domain of usrloc).
    .opensips =
        The default script answers a failed lookup("location") with 404; check opensips-cli -x mi ul_show_contact location <aor> and, for routed numbers, whether do_routing() found a rule for the prefix.

sip-405 =
    .title = Method not allowed
    .summary = The server recognises the SIP method but does not permit it for the address in the Request-URI. The response must carry an Allow header listing the methods that are accepted there.
    .causes =
        A REGISTER was sent to a trunk or proxy that only accepts IP-authenticated traffic and no registrations.
        The client uses MESSAGE, SUBSCRIBE, PUBLISH, REFER or INFO towards a server or device where that feature is switched off.
        A voicemail or presence subscription (for example message waiting) is sent to an address that does not provide it.
    .actions =
        Read the Allow header in the response to see which methods the target accepts.
        Either disable the feature on the client (registration, presence, MWI, transfer) or enable it on the server for that address.
        Resending the same method to the same address will keep failing.
    .ui = This action is not supported by the service.
    .impact = Ordinary calls may still work, but a feature fails: the phone shows "Registration failed" or "405", BLF or presence lamps stay dark, the voicemail lamp never lights, or a transfer is refused.
    .confirm =
        Note from the CSeq line of the response which method got the 405: REGISTER, SUBSCRIBE, MESSAGE, REFER or PUBLISH.
        Read the Allow header of the 405 to see which methods that address accepts.
        Check the device's account settings for the feature that uses that method (registration, BLF, MWI, presence, messaging, transfer).
    .asterisk =
        If Asterisk sends REGISTER to an IP-authenticated trunk, remove that registration section (pjsip show registrations lists them); for incoming SUBSCRIBE check allow_subscribe= and for REFER allow_transfer= on the endpoint.
    .freeswitch =
        If FreeSWITCH registers to a trunk that takes no registrations, set register=false on that gateway and check sofia status gateway <name>; a 405 on a call leg appears as hangup_cause SERVICE_UNAVAILABLE.
    .kamailio =
        With method_filtering enabled, lookup("location") returns -2 when the user is registered but its contacts did not list the method, and the default script then answers "405 Method Not Allowed"; check the stored methods with kamctl ul show <aor>.
    .opensips =
        With method filtering, lookup("location") returns -2 when the registered contacts do not support the method, and scripts that test $retcode answer 405 there; check the contact with opensips-cli -x mi ul_show_contact location <aor>.

sip-406 =
    .title = Not acceptable
    .summary = The target can only produce a response body in a format that the Accept header of the request excludes. It is rare in call setup; some softswitches misuse it for a codec mismatch that should be a 488.
    .causes =
        The request's Accept header lists content types the server cannot generate (typical with SUBSCRIBE for presence or dialog events).
        A vendor stack sends "406 No codecs match" when the SDP offer has no codec in common with its configuration.
    .actions =
        Compare the Accept header of the request with the body types the server supports.
        If the reason phrase points to codecs, compare the codec lists in the SDP offer and on the receiving side and add a common codec.
        Retrying makes no sense until the request or the configuration is changed.
    .ui = The call could not be set up with the current settings.
    .impact = In a normal call it is usually invisible: a presence, BLF or dialog subscription silently stays inactive; when a softswitch uses it for a codec mismatch, the call fails at once with a fast busy tone or "Call failed".
    .confirm =
        Find the request that got the 406 from the CSeq line and read its Accept header.
        For a SUBSCRIBE, check which Event package it asked for and which body types the server can produce for it.
        For an INVITE, compare the codecs in the SDP offer (m= line and rtpmap entries) with the codecs allowed on the answering side.
    .asterisk =
        For a codec rejection, compare the offer with the allow= list shown by pjsip show endpoint <name>; for subscriptions, pjsip set logger on shows the Accept and Event headers sent or received.
    .freeswitch =
        On a call leg a 406 gives hangup_cause SERVICE_NOT_IMPLEMENTED; compare inbound-codec-prefs and outbound-codec-prefs (or absolute_codec_string for the call) with the peer's offer captured with sofia global siptrace on.

sip-407 =
    .title = Proxy authentication required
    .summary = A proxy on the path (typically the provider's outbound proxy or SBC) demands authentication: the response carries a Proxy-Authenticate digest challenge and the client should resend with a Proxy-Authorization header. A first 407 on an INVITE is normal; a repeated 407 after credentials means they were rejected.
    .causes =
        Normal first step: the INVITE or other request reached the proxy without credentials.
        Wrong password, authentication username or realm configured in the device.
        The client answers with an Authorization header instead of Proxy-Authorization, or for the wrong realm.
        The account is set up for registration only and the device does not authenticate its calls.
    .actions =
        In the trace, check that the request was resent with Proxy-Authorization for the realm and nonce given in the challenge.
        If 407 repeats after credentials were sent, verify the password, authentication username and realm with the provider.
        Stop a device that loops on 407: repeated failed attempts can get the IP blocked.
    .ui = Sign-in failed. Please check your username and password.
    .impact = Normally unnoticed, because the phone answers the challenge and the call continues; when the credentials are rejected, the call fails before ringing with an error tone or an "Authentication failed" message.
    .confirm =
        Check that the INVITE was resent after the 407 with a Proxy-Authorization header, not an Authorization header.
        Compare realm and username in Proxy-Authorization with the Proxy-Authenticate challenge and with the account data.
        If 407 repeats with a new nonce the credentials were rejected; if the device never resends, it has no credentials configured for calls.
    .asterisk =
        Calls through a trunk that challenges INVITEs need outbound_auth= on the endpoint itself, not only on the registration; pjsip set logger on shows whether Asterisk resent the INVITE with Proxy-Authorization.
    .freeswitch =
        Gateway calls answer the challenge with the gateway's username and password; check them and the realm, and confirm with sofia global siptrace on that the INVITE was resent. A final 407 shows as sip_term_status 407 with hangup_cause CALL_REJECTED.
    .kamailio =
        The 407 comes from proxy_challenge() or auth_challenge() after auth_check() or proxy_authorize() failed for a non-REGISTER request; log $rc of the check and compare the realm argument with the device's realm.
    .opensips =
        The default script calls proxy_authorize() and, on failure, proxy_challenge(); log $retcode of proxy_authorize() and check the subscriber record for that user and domain.

sip-408 =
    .title = Request timeout
    .summary = No final response arrived in time. It is either generated locally when the transaction timer expires (Timer B for INVITE, Timer F for other requests, 32 s by default), or sent by a proxy that could not reach or locate the callee in time.
    .causes =
        The callee's device is unreachable: it is offline while its registration has not expired yet, or the NAT binding to it has closed.
        A firewall or network fault drops SIP packets, or the Contact address and port point to the wrong place.
        A downstream proxy, gateway or DNS lookup does not answer, so the location or routing step cannot finish.
        The callee rang without answering until the proxy's INVITE timer ran out.
    .actions =
        In the trace, see whether the request was retransmitted without any reply and whether the 408 was generated locally or came from a proxy.
        Check NAT keep-alive, registration expiry and firewall rules for the callee's device, and the reachability of the next hop.
        Retrying later can succeed once the callee or the network is reachable again.
    .ui = The person you called could not be reached. Please try again later.
    .impact = The caller hears ringback or silence for up to about 32 seconds, then the call drops with a fast busy tone or a "subscriber not reachable" announcement; a phone whose REGISTER times out shows its account as unregistered.
    .confirm =
        Check whether the 408 came from a remote proxy (a packet from another host) or was generated locally by the sender's own timer (no 408 on the wire).
        Look for retransmissions of the request without any response, which points to a network, firewall or NAT problem towards the next hop.
        Check where the request was sent: the Contact stored for the callee at registration and the IP address and port the proxy actually used.
        If a 180 Ringing came before the 408, the callee was reached and simply did not answer before the proxy's ring timer ran out.
    .asterisk =
        pjsip show contacts shows whether the callee's contact is Avail or Unavail (set qualify_frequency= on the AOR for this); rewrite_contact=yes and rtp_symmetric=yes help with devices behind NAT, and timer_b in the system section sets the transaction timeout.
    .freeswitch =
        A 408 gives hangup_cause RECOVERY_ON_TIMER_EXPIRE; for trunks check sofia status gateway <name> (ping= lets FreeSWITCH detect a dead gateway), for users behind NAT check nat-options-ping and NDLB-received-in-nat-reg-contact on the profile.
    .kamailio =
        tm generates a local 408 when fr_timer (no reply at all) or fr_inv_timer (no final answer after ringing) expires; test t_check_status("408") and $T_reply_code in failure_route, watch kamcmd tm.stats, and check the contact with kamctl ul show <aor>.
    .opensips =
        tm generates a 408 when fr_timeout or fr_inv_timeout expires; test t_check_status("408") and $T_reply_code in failure_route and check the contact with opensips-cli -x mi ul_show_contact location <aor>.

sip-410 =
    .title = Gone
    .summary = The called address used to be valid on this server but has been withdrawn for good, and the server has no forwarding address for it. Gateways translate it to Q.850 cause 22 (Number changed).
    .causes =
        The subscriber's number was disconnected, changed or ported away.
        The SIP account or extension was deleted from the server.
        Some softswitches reuse 410 with their own phrase (for example "No Route") when no route exists; the reason phrase tells which case it is.
    .actions =
        Confirm the current number with the callee and update contacts, speed dials and routing tables.
        If the phrase points to routing rather than a withdrawn number, check the route tables on the softswitch.
        Calling the same address again will not help.
    .ui = The number you called is no longer in service.
    .impact = The call ends at once with a fast busy tone or an announcement such as "the number you have dialled is no longer in service" or "the number has changed".
    .confirm =
        Read the reason phrase: a plain "Gone" means the number was withdrawn, while vendor phrases such as "No Route" point to routing.
        Identify the server that sent the 410 (source address, Server header) and whether it is the network that holds the number.
        Compare the dialled number in the Request-URI with the callee's current number.
    .asterisk =
        Asterisk passes the 410 on as Q.850 cause 22 (Number changed); the HANGUPCAUSE function with the tech option shows the SIP line. If Asterisk itself answers 410, look for a Hangup(22) in the dialplan.
    .freeswitch =
        The failed leg shows sip_term_status 410 and hangup_cause NUMBER_CHANGED; check the bridge or gateway target and the translation rules that built the number.
    .kamailio =
        A 410 sent by Kamailio comes from the script, typically after a number or routing table lookup; find the send_reply or t_reply with 410 and the lookup behind it.
    .opensips =
        A 410 sent by OpenSIPS comes from the script (send_reply or t_reply), often after a failed drouting or database lookup; log $rs in onreply_route to see whether it came from downstream instead.

sip-412 =
    .title = Conditional request failed
    .summary = Answer to a PUBLISH (RFC 3903): the entity tag in its SIP-If-Match header does not match any publication the server currently holds, so the refresh, update or removal cannot be applied. Older stacks print it as "Precondition Failed"; it has nothing to do with SDP preconditions.
    .causes =
        The publication expired on the server before the client refreshed it.
        The presence server restarted or failed over and lost its stored publications.
        The client sent a stale or wrong entity tag, for example after its own restart.
    .actions =
        The client should send a fresh initial PUBLISH without SIP-If-Match and use the new SIP-ETag it receives.
        If it happens on every refresh, compare the refresh interval with the Expires value granted by the server.
        Check the server logs for restarts or lost state when many clients hit 412 at once.
    .ui = Your status could not be updated. Please try again.
    .impact = The user sees no error; the presence status (available, busy, away) that others see stops updating or disappears until the phone publishes afresh.
    .confirm =
        Check that the 412 answers a PUBLISH carrying a SIP-If-Match header and note the entity tag in it.
        Compare that tag with the SIP-ETag returned in the last 200 OK to a PUBLISH from the same client.
        Compare the time between publications with the Expires granted in that 200 OK, and check the server for a restart at that moment.
    .asterisk =
        Asterisk publishes only through an outbound-publish section in pjsip.conf; check its expiration= and watch the PUBLISH and 412 exchange with pjsip set logger on.
    .freeswitch =
        Capture the exchange with sofia global siptrace on and compare the SIP-If-Match of the refresh with the SIP-ETag received before; presence handling on a profile depends on manage-presence.
    .kamailio =
        The presence module's handle_publish() answers 412 when no stored publication has the given entity tag; look for the entity in the presentity table and check max_expires and expires_offset of the presence module and any restart.
    .opensips =
        handle_publish() of the presence module rejects an unknown or expired entity tag with 412; check the presentity table for that user and event and whether the record expired or was lost.

sip-413 =
    .title = Request entity too large
    .summary = The server refuses the request because its body is bigger than it is willing or able to handle, and it may close the connection. If the limit is only temporary, the response carries Retry-After.
    .causes =
        A large INVITE: long codec lists, video and many ICE candidates or SRTP crypto lines make the SDP exceed the size limit of a proxy or SBC.
        Multipart bodies (SDP plus ISUP, location or other attachments) add to the size.
        Over UDP, a message above about 1300 bytes is IP-fragmented, and a server or SBC that caps the size of UDP messages rejects it.
    .actions =
        Trim the SDP: remove unused codecs, disable video or unused ICE candidates, drop unneeded attachments.
        Move large messages to TCP or TLS, as RFC 3261 requires for requests larger than 1300 bytes or close to the path MTU.
        If Retry-After is present, retry after that time; otherwise change the request first.
    .ui = The call could not be completed because of a technical problem.
    .impact = The call fails right after dialling, before ringing, with an error tone or "Call failed"; typically video calls or calls from feature-rich softphones fail while simple audio calls work.
    .confirm =
        Check the size in bytes of the rejected request in the capture and whether it was sent over UDP.
        Look for IP fragments of that request and check whether all fragments arrived.
        Count what makes the body large: number of codecs, video streams, ICE candidates, crypto lines, multipart attachments.
        Check the 413 for a Retry-After header.
    .asterisk =
        pjsip set logger on prints the size of each message ("Transmitting SIP request (N bytes)"); shorten the allow= list, disable video, or move the endpoint to a TCP transport with transport=.
    .freeswitch =
        sofia global siptrace on shows the byte count of each message sent; trim outbound-codec-prefs (or absolute_codec_string for the call), remove video codecs for that peer, or use TCP towards it.
    .kamailio =
        Kamailio does not shorten bodies; for large requests relayed over UDP set the core parameters udp_mtu and udp_mtu_try_proto=TCP so messages above the limit are forwarded over TCP instead.
    .opensips =
        Log $ml (message length) in the request route to see how large the request leaves the proxy, and send large requests to the next hop over TCP (transport=tcp in $du) rather than UDP.

sip-414 =
    .title = Request-URI too long
    .summary = The server refuses the request because the Request-URI is longer than it is prepared to interpret. The fix is always on the sending side.
    .causes =
        A dial string or prefix rule builds an oversized user part (repeated prefixes, digits appended in a loop).
        URI parameters accumulate at each hop, for example when a routing loop keeps adding them.
        An application encodes too much data (tokens, headers) into the Request-URI.
    .actions =
        Look at the Request-URI in the trace and find which element made it so long.
        Fix the dial plan, prefix manipulation or application that builds the URI.
        Retrying with the same URI will fail again.
    .ui = The number or address you dialled is too long.
    .impact = The call fails instantly, before ringing, with an error tone or a message that the number or address is too long.
    .confirm =
        Look at the Request-URI of the rejected request in the trace and measure its length.
        Find the repeated or unexpected part: duplicated prefixes, long parameters, encoded headers or tokens.
        Compare the Request-URI at each hop to see where it grew; growth at every pass points to a routing loop.
    .asterisk =
        Check the Dial() string the dialplan builds (PJSIP/number@endpoint) and any prefix added in a loop; pjsip set logger on shows the exact Request-URI Asterisk sent.
    .freeswitch =
        Check the bridge string and the variables used to build it, and read the Request-URI with sofia global siptrace on; a 414 ends the leg with hangup_cause INTERWORKING.
    .kamailio =
        Log $ru before t_relay() and check prefix(), strip() and $rU assignments and any loop that rewrites the Request-URI on every pass; mf_process_maxfwd_header() limits such loops.
    .opensips =
        Log $ru before t_relay() and check prefix(), strip() and dialplan or drouting rules that rewrite the user part; look for loops that add parameters on every pass.

sip-415 =
    .title = Unsupported media type
    .summary = The server cannot handle the body format of the request for this method. The response must list the formats it accepts in Accept, Accept-Encoding or Accept-Language, depending on what was wrong.
    .causes =
        An INVITE carries a body other than plain application/sdp (for example multipart with encapsulated ISUP) to a peer that does not support it.
        An INFO or MESSAGE uses a content type the peer does not know, such as a different DTMF-over-INFO format.
        The body is compressed or encoded (Content-Encoding) in a way the server cannot decode.
        Some vendors send "415 No Media" when the codec offered by a gateway is not actually supported.
    .actions =
        Read the Accept, Accept-Encoding or Accept-Language header of the response to see what the server does support.
        Align the content type: disable ISUP encapsulation toward that peer, or switch DTMF to RFC 4733 or a supported INFO format.
        Resending the same body will fail again; change the configuration first.
    .ui = The call could not be completed because the devices are not compatible.
    .impact = The call fails at once with an error tone or "Call failed", or an in-call feature silently does nothing, such as keypad digits sent as INFO or a chat message.
    .confirm =
        Read the Content-Type and any Content-Encoding of the rejected request.
        Read the Accept, Accept-Encoding or Accept-Language header of the 415 to see what the peer supports.
        For a rejected INVITE, check whether the body is multipart (SDP plus ISUP or other parts) instead of plain application/sdp.
    .asterisk =
        For DTMF sent as INFO, set dtmf_mode=rfc4733 (or auto) on the endpoint; pjsip set logger on shows the Content-Type of the INFO or MESSAGE that was rejected.
    .freeswitch =
        Check dtmf-type on the profile (rfc2833 or info) and the Content-Type of the INFO sent, captured with sofia global siptrace on; on a call leg a 415 gives hangup_cause SERVICE_NOT_IMPLEMENTED.

sip-416 =
    .title = Unsupported URI scheme
    .summary = The server does not recognise the scheme of the Request-URI (the part before the colon) and cannot process the request.
    .causes =
        The client sends a tel: URI to a server that only handles sip: addresses.
        A sips: URI is used toward a server or trunk without TLS support.
        A malformed or application-specific URI (im:, pres:, urn:, a URI without scheme) ends up in the Request-URI.
    .actions =
        Check the Request-URI scheme in the trace.
        Configure the client or PBX to send sip: URIs (with user=phone for telephone numbers), or enable the needed scheme on the server.
        Retrying the same URI will not succeed.
    .ui = This type of address cannot be called.
    .impact = The call fails immediately with an error tone, often when dialling from a contact list or click-to-call link that uses a tel: or sips: address.
    .confirm =
        Check the scheme at the start of the Request-URI: sip:, sips:, tel: or something else.
        For sips:, check whether the server or trunk is reachable over TLS at all.
        Find which element built the URI: phone book entry, click-to-dial application or PBX routing rule.
    .asterisk =
        Check the Dial() target and the URIs the dialplan builds; a sips: target needs a TLS transport on the endpoint, and pjsip set logger on shows the Request-URI actually sent.
    .freeswitch =
        Check the URI in the bridge string and, for sips:, that TLS is enabled on the profile (tls=true); a 416 ends the leg with hangup_cause INTERWORKING.
    .kamailio =
        sanity_check() answers a Request-URI with an unknown scheme with 400 "Bad Request URI", because such a URI already fails to parse; its 416 branch is practically unreachable, so a 416 seen through Kamailio usually comes from the next hop.
    .opensips =
        Log $ru with xlog to see the scheme that arrived; if you accept tel: URIs, convert them to sip: in the script before lookup or routing.
