# Vendor variants: reason phrases reported from Russian carriers' class-4 softswitches
# (support-desk list, seed 001). Origin of each phrase unknown, except "403 Caller Not Registered".
# Data: data/vendors/ru-softswitch.toml

ru-softswitch-400-bad-request =
    .title = Malformed request
    .summary = The softswitch could not accept the request in the form it was sent. In this support-desk list a 400 almost always points to a signalling problem caused by the settings of the calling equipment, not to the dialled destination.
    .causes =
        Wrong settings on the calling device or PBX: transport, domain, or the number format in the Request-URI or From.
        A header or SDP body the softswitch cannot parse, often after a router's SIP ALG rewrote the packet.
        A firmware bug in the customer's gateway or softphone.
    .actions =
        Capture the INVITE or REGISTER that got the 400 and compare its headers with what the carrier expects.
        Switch off SIP ALG on the customer router and test again.
        Sending the same request again will not help; fix the configuration first.
    .ui = The call could not be set up because of a settings problem.
    .impact = The call fails at once, before any ringing: the caller hears a fast busy or sees a generic "call failed" or "400 Bad Request" message on the phone.
    .confirm =
        Find the INVITE or REGISTER that drew the 400 in the SIP trace and check its Request-URI, From, To and Contact against the carrier's connection data (domain, number format, transport).
        Compare that request as it left the PBX with a capture taken on the router's WAN side; headers or SDP that differ point to SIP ALG.
        Place one test call from a plain softphone with the same account; if it goes through, the fault is in the settings or firmware of the original device.
    .asterisk =
        Run pjsip set logger on and repeat the call to see the exact request that was refused; then check from_user and from_domain in pjsip show endpoint <trunk> and the number the dialplan passes to Dial().
    .freeswitch =
        Turn on sofia global siptrace on and repeat the call; the gateway leg ends with sip_term_status=400 and hangup_cause NORMAL_TEMPORARY_FAILURE. Check the gateway's from-user, from-domain, realm and caller-id-in-from.
    .kamailio =
        If Kamailio relays the call to the carrier, compare the request it forwards with the one it received: header changes made by the script (uac_replace_from(), remove_hf(), append_hf()) can produce a request the softswitch rejects.
    .opensips =
        If OpenSIPS sits in front of the carrier, check what the script changes in the forwarded request (uac_replace_from(), remove_hf(), append_hf(), topology hiding), and log $rs and $rr in onreply_route to see the 400 as the carrier sent it.

ru-softswitch-401-unauthorized =
    .title = Login challenge (normal)
    .summary = The softswitch asks the device to prove who it is before it accepts the request. This is the normal first answer to a REGISTER or INVITE sent without credentials: the device is expected to repeat the request with its login and password.
    .causes =
        The first REGISTER or INVITE went out without an Authorization header, as is usual.
        If 401 comes back again after the device resent the request with credentials, the login or the password was rejected.
    .actions =
        One 401 followed by a request that carries Authorization is normal and needs no action.
        If the device never answers the challenge, check that the SIP login and password are filled in on it.
        If the authenticated request also gets 401, check the username, realm and password with the carrier.
    .ui = Signing in…
    .impact = Nothing visible when all is well: the phone resends the request with its password within milliseconds. Only if the password is rejected does the caller see a registration or "authentication failed" error, and calls fail.
    .confirm =
        In the trace, check that the 401 is followed at once by the same request with an Authorization header (same Call-ID, CSeq one higher).
        Check that this second request receives 200 OK (or 100 Trying for an INVITE); a second 401 means the credentials were refused.
        If the second request never appears, check that a SIP password and an auth username are set on the device for this account.
    .asterisk =
        pjsip show registrations shows whether the trunk registration ended as Registered or Rejected; a request that stops at 401 usually means outbound_auth is missing on the endpoint or the registration, or the username and password in the auth section are wrong.
    .freeswitch =
        sofia status gateway <gateway> shows REGED once the challenge was answered; a registration stuck at 401 points to the gateway's username, password or realm params.
    .kamailio =
        When Kamailio registers to the carrier itself (uac module), kamcmd uac.reg_dump shows each registration's state; for calls it relays, answer the carrier's 401 in failure_route with uac_auth().
    .opensips =
        When OpenSIPS registers to the carrier with the uac_registrant module, opensips-cli -x mi reg_list shows the state; for relayed calls, answer the 401 in failure_route with uac_auth(), with the credentials from the uac_auth module.

ru-softswitch-401-expired-authorization =
    .title = Registration expired
    .summary = The softswitch reports that the registration time of this account has run out, so its authorization is no longer valid and the request is refused. The device has to register again with its credentials.
    .causes =
        The device did not refresh its registration before the Expires time ran out (interval too long, network outage, device in sleep mode).
        A NAT binding timed out and the refreshing REGISTER never reached the softswitch.
        The softswitch granted a shorter Expires value in its 200 OK and the device ignored it.
    .actions =
        Make the device register again and check that the REGISTER ends with 200 OK.
        Compare the registration interval on the device with the Expires value returned by the softswitch; refresh well before expiry.
        Behind NAT, shorten the refresh interval or turn on keep-alive packets.
    .ui = Your phone is no longer signed in. Please try again.
    .impact = The phone's account shows as unregistered (a red or grey registration icon, "No service"), and outgoing calls fail until the phone registers again; calls to the customer may not reach the phone either.
    .confirm =
        In the trace, find the last REGISTER that got 200 OK and read the Expires value (or the expires parameter of Contact) that the softswitch granted.
        Check when the next REGISTER was sent: it must leave before that time runs out; a gap longer than Expires confirms the cause.
        Behind NAT, check whether the refreshing REGISTER left the LAN but never reached the carrier (compare a capture on the PBX with one on the router's WAN side).
    .asterisk =
        pjsip show registrations shows the state of the trunk registration; expiration in the registration section sets the requested interval, and retry_interval how soon a failed refresh is repeated.
    .freeswitch =
        sofia status gateway <gateway> shows the state and when the next refresh is due; the gateway params expire-seconds and retry-seconds set the interval and the retry after a failure.
    .kamailio =
        If Kamailio registers to the carrier with the uac module, kamcmd uac.reg_dump shows each remote registration and its expiry; the expires column of the uacreg record and the reg_timer_interval parameter decide how often it is refreshed.
    .opensips =
        If OpenSIPS registers to the carrier with uac_registrant, opensips-cli -x mi reg_list shows each registration's state and expiry; the expiry column of the record sets how often it is refreshed.

ru-softswitch-403-no-such-user =
    .title = No such user
    .summary = The softswitch has no user matching the request. The support-desk list puts this down to a mistake in the number, the login or the password configured on the device.
    .causes =
        A typo in the SIP login (auth username) or in the account number on the device.
        A wrong password combined with a login the softswitch cannot match to an account.
        The account was never created, or has been deleted, on the carrier's side.
    .actions =
        Compare the login, number and password on the device character by character with what the carrier issued.
        Ask the carrier to confirm that the account exists and which username it expects in From and Authorization.
        Retrying with unchanged settings will not help.
    .ui = Your account was not recognised. Please check your settings.
    .impact = The phone fails to register (red icon, "registration failed" or "403 Forbidden" on the display) and every outgoing call is refused at once with a fast busy.
    .confirm =
        In the trace, read the user part of From and the username parameter of the Authorization header in the REGISTER or INVITE that got 403.
        Compare both, character by character, with the account data issued by the carrier (login, number, and the domain used as realm).
        Check that the password belongs to the same account: a challenge answered with another account's credentials gives the same result.
    .asterisk =
        pjsip show auth <name> shows the username the trunk authenticates with; check it, together with from_user on the endpoint and client_uri of the registration, against the carrier's data.
    .freeswitch =
        Check the gateway's username, auth-username and from-user params; until they match the carrier's data, sofia status gateway <gateway> shows a failed registration instead of REGED.
    .kamailio =
        For registrations that Kamailio sends with the uac module, check auth_username, auth_password and r_username of the record in the uacreg table (kamcmd uac.reg_dump lists them).
    .opensips =
        For registrations sent by uac_registrant, check the aor, username and password columns of the registrant record; opensips-cli -x mi reg_list shows its state.

ru-softswitch-403-user-disabled =
    .title = Account disabled
    .summary = The account exists, but the carrier has switched it off, so the softswitch refuses every request from it. Only the carrier can enable it again.
    .causes =
        The carrier blocked the account on purpose: contract ended, unpaid invoice, suspected fraud.
        The account was suspended by mistake, for example during a migration.
    .actions =
        Contact the carrier's support with the account name and ask why it is disabled.
        No change on the device will help, and retrying is pointless until the account is enabled again.
    .ui = Your account is disabled. Please contact your provider.
    .impact = Registration fails and every call is refused immediately with a fast busy; the phone may show "403 Forbidden" or "account disabled" next to the account.
    .confirm =
        Read the phrase of the 403 in the trace: User Disabled names the state of the account, not a wrong password.
        Check that the same answer comes back to both REGISTER and INVITE and for every device that uses this account.
        Look for a suspension notice in the carrier's portal or invoices, then ask the carrier's support to confirm the block.
    .asterisk =
        pjsip show registrations shows the trunk as Rejected; with the default forbidden_retry_interval=0 Asterisk stops registering after a 403, so once the account is enabled again run pjsip send register <registration>.
    .freeswitch =
        sofia status gateway <gateway> shows the failed registration; once the carrier re-enables the account, register at once with sofia profile external register <gateway>.
    .kamailio =
        kamcmd uac.reg_dump shows a uac registration the carrier rejected; in failure_route, t_check_status("403") lets the script stop failover for this account instead of repeating the same refused request.
    .opensips =
        opensips-cli -x mi reg_list shows the registrant record as not registered; in failure_route, t_check_status("403") lets the script stop trying other gateways with the same disabled account.

ru-softswitch-403-wrong-guess =
    .title = Wrong password
    .summary = The softswitch found the account, but the password (digest credentials) sent by the device does not match. The phrase treats each failed attempt as a guess at the password.
    .causes =
        The password on the device is wrong or outdated, for example after a change on the carrier's side.
        The auth username belongs to a different account than the password.
        The device still uses cached old credentials after they were changed.
    .actions =
        Enter the SIP password again exactly as the carrier issued it (letter case, no extra spaces).
        Ask the carrier to reset the password if in doubt.
        Stop the device from retrying with the wrong password: a stream of failures looks like password guessing and may get the source blocked.
    .ui = Wrong password. Please check your account settings.
    .impact = The phone shows a registration or authentication error (red icon, "wrong password", "403 Forbidden") and calls are refused at once; after many failed attempts the carrier may block the source address, and then nothing gets through at all.
    .confirm =
        In the trace, check that the request carried an Authorization header with the right username and realm and still got 403 Wrong Guess.
        Enter the password again on the device and watch the next REGISTER: a 200 OK confirms the old password was wrong.
        Count the failed REGISTERs per minute in the trace or the device log: a rapid stream means the device retries in a loop and risks a block.
    .asterisk =
        Check username and password in the auth section named by outbound_auth (pjsip show auth <name>); with forbidden_retry_interval=0 Asterisk stops registering after the 403, which keeps the address from being blocked.
    .freeswitch =
        Check the gateway's password (and auth-username if set) and raise retry-seconds so a wrong password does not hammer the softswitch; after fixing it, run sofia profile external killgw <gateway> and then sofia profile external rescan.
    .kamailio =
        For uac registrations, correct auth_password of the record in the uacreg table and load it with kamcmd uac.reg_reload.
    .opensips =
        For uac_registrant records, correct the password column and load it with opensips-cli -x mi reg_reload.

ru-softswitch-403-forbidden =
    .title = Subscriber not registered
    .summary = At these softswitches a plain 403 Forbidden is reported to mean that the subscriber is not registered, so its calls are refused. Treat it as a registration problem rather than a general permission error.
    .causes =
        The device has not registered, or its registration failed or expired.
        Calls are sent from a different account or IP address than the one that registered.
    .actions =
        Check the device's registration status and the REGISTER exchange in the trace; it must end with 200 OK.
        Make sure the INVITE uses the same account (From user, auth username) as the registration.
        If the registration looks fine, ask the carrier what the 403 means in their logs for this call.
    .ui = Your phone is not signed in to the service.
    .impact = Outgoing calls fail at once with a fast busy or "403 Forbidden" on the display, often while the phone still looks registered; calls from the carrier to the customer stop as well.
    .confirm =
        Check in the trace that the account's last REGISTER received 200 OK and that its Expires time has not run out.
        Compare the From user and the Authorization username of the refused INVITE with those of the successful REGISTER.
        Check that the INVITE leaves from the same public IP address and port as the REGISTER (NAT, several WAN links).
    .asterisk =
        pjsip show registrations must show the trunk as Registered; make sure the endpoint that places the call uses the same account (from_user, outbound_auth) as the registration and sends through the same transport.
    .freeswitch =
        sofia status gateway <gateway> must show REGED, and calls must go out through that gateway (sofia/gateway/<gateway>/number), not straight through the profile.
    .kamailio =
        If Kamailio forwards the phones' REGISTERs to the carrier, make sure the INVITE leaves from the same socket as the REGISTER; a different source address (force_send_socket(), several interfaces) looks to the carrier like an unregistered caller.
    .opensips =
        Check that OpenSIPS sends the INVITE from the same socket as the REGISTER (force_send_socket(), the forced_socket of a uac_registrant record) so that the carrier can match the call to the registration.

ru-softswitch-403-empty-route-set =
    .title = No gateway in routing
    .summary = The softswitch found no gateway at all in its routing for this call, so it has nowhere to send it: the route set for the destination or for this customer is empty.
    .causes =
        The carrier has no route configured for the dialled prefix.
        All gateways of the route were removed or disabled.
        The customer's routing plan does not include this destination.
    .actions =
        Check the number format (country code, prefix) in the Request-URI.
        Send the carrier the dialled number and the Call-ID and ask them to check the routing for that prefix.
        Retrying will not help until the routing is fixed; use another carrier if you have one.
    .ui = This number cannot be reached at the moment.
    .impact = The call fails immediately, with no ringing: the caller hears a fast busy or a short announcement from their own PBX, and the phone may show "403 Forbidden".
    .confirm =
        Read the dialled number in the Request-URI of the refused INVITE and check that it is in the form the carrier expects (country code, trunk prefix, length).
        Try the same number in full international format and another number of the same destination; if all get Empty Route Set, the carrier has no route for that prefix.
        Send the carrier the number, the Call-ID and the time so they can check the routing for the prefix.
    .asterisk =
        HANGUPCAUSE(channel,tech) on the trunk channel holds SIP 403 Empty Route Set (cause CALL_REJECTED); let the dialplan dial another trunk after Dial() fails instead of repeating the same one.
    .freeswitch =
        The gateway leg ends with sip_term_status=403 and hangup_cause CALL_REJECTED; to fail over, list a second gateway in the bridge string separated by a pipe (sequential failover) so FreeSWITCH tries it.
    .kamailio =
        In failure_route, t_check_status("403") together with $T_reply_reason Empty Route Set tells this routing failure apart from an authentication 403; send the call to another carrier with ds_next_dst().
    .opensips =
        In failure_route, catch the 403 with t_check_status("403") and, with drouting, call use_next_gw() (or ds_next_dst() with dispatcher) to send the call through another carrier.

ru-softswitch-403-caller-not-registered =
    .title = Caller not registered
    .summary = The calling subscriber has no current registration, so the softswitch refuses the call. A Node.js SIP proxy/registrar sends this exact phrase when an INVITE comes from a user with no registered contact; the Russian list also glosses it as "no such user".
    .causes =
        The calling device never registered, or its registration expired.
        The From user of the INVITE differs from the account the device registered with.
        The call arrives from a different IP address or port than the registered Contact (NAT rebinding).
    .actions =
        Check the registration state of the calling device and the last REGISTER / 200 OK in the trace.
        Compare the From user of the INVITE with the registered account.
        Register the device again and repeat the call.
    .ui = Your phone is not signed in to the service.
    .impact = Outgoing calls fail at once with a fast busy or "403 Forbidden", typically after the phone was switched off, lost its network or changed its address; the registration icon may still look green.
    .confirm =
        Look for the last REGISTER of this account in the trace and check that it got 200 OK and has not expired.
        Compare the From user of the refused INVITE with the user registered in the To header of that REGISTER.
        Compare the source IP address and port of the INVITE with the Contact and source of the REGISTER; a change means a NAT rebinding.
    .asterisk =
        Check pjsip show registrations for the trunk; if the carrier binds calls to the registered address, keep the registration and the calls on the same transport and use a shorter expiration behind NAT.
    .freeswitch =
        Check that sofia status gateway <gateway> shows REGED and that the gateway's from-user is the registered user; behind NAT, lower expire-seconds so the binding stays fresh.
    .kamailio =
        Make sure the INVITE leaves from the same socket and public address as the REGISTER; for phones behind NAT, keep their bindings open with nathelper's natping_interval so their registrations stay usable.
    .opensips =
        Check that OpenSIPS forwards the INVITE from the same socket and address as the REGISTER; for phones behind NAT, nathelper's natping_interval keeps the bindings open.

ru-softswitch-403-out-of-look-ahead-retries =
    .title = All routes tried, none worked
    .summary = The softswitch went through every gateway in its route list for this destination (look-ahead routing) and each attempt failed, so it stopped. The real failure happened at the gateways, not in the caller's request.
    .causes =
        Every gateway for the destination rejected the call, was busy or did not answer.
        The route list for the prefix is short and its gateways are down.
        Something in the call (number format, codec) that every gateway rejects.
    .actions =
        Give the carrier the Call-ID and time so they can see which gateways were tried and what each one answered.
        Retry later: the gateways may recover.
        If only one destination is affected and it persists, ask the carrier to add or repair routes for it, or send that traffic elsewhere.
    .ui = The call could not be connected. Please try again later.
    .impact = The caller waits longer than usual in silence while the softswitch tries route after route, then hears a fast busy or an announcement from their own PBX.
    .confirm =
        Measure the time from the INVITE to the 403 in the trace: several seconds with only 100 Trying in between shows that the softswitch tried several gateways.
        Try other numbers of the same destination and of other destinations: if only one prefix fails, the routes for that prefix are down.
        Send the carrier the Call-ID and time so they can list every gateway tried and its answer.
    .asterisk =
        pjsip set logger on shows the phrase; in the dialplan, treat it as a route failure and dial another trunk rather than retrying the same one at once.
    .freeswitch =
        The gateway leg ends with sip_term_status=403, and the calling leg gets sip_hangup_phrase Out of Look-Ahead Retries; a failover bridge string (gateways separated by a pipe) reaches the destination through another carrier.
    .kamailio =
        In failure_route, send the call to another carrier with ds_next_dst() instead of repeating it on the same softswitch; check that fr_inv_timer is long enough for the softswitch's own search of routes.
    .opensips =
        In failure_route, move on with use_next_gw() (drouting) or ds_next_dst() (dispatcher); check that fr_inv_timeout is long enough for the softswitch's own search of routes.

ru-softswitch-403-invalid-phone-number =
    .title = Unknown destination
    .summary = The softswitch has no direction (destination) for the dialled number, so it refuses the call. Usually the number is wrong or in a format the carrier does not expect.
    .causes =
        The number is sent in an unexpected format: missing country code, extra prefix, national instead of international format.
        The destination is not served by this carrier.
        A typo in the number.
    .actions =
        Check the number format in the Request-URI against the carrier's dialling rules.
        Ask the carrier whether the destination is open for the account.
        Retrying the same number unchanged will not help.
    .ui = The number you dialled is not valid.
    .impact = The call is refused straight away with a fast busy, or the phone shows "invalid number" or "403 Forbidden"; there is no ringing.
    .confirm =
        Read the number in the Request-URI (and To) of the refused INVITE as it left the PBX, not as the user dialled it.
        Compare its form with the carrier's dialling rules: country code, trunk prefix, national or international format, length.
        Send the same destination in another format (for example full international) and see whether the answer changes.
    .asterisk =
        Check what the dialplan passes to Dial() after stripping or adding prefixes; pjsip set logger on shows the Request-URI the carrier received.
    .freeswitch =
        Check the number after the dialplan's regular expressions and any prefix in the bridge string; sofia global siptrace on shows the Request-URI sent to the gateway.
    .kamailio =
        If Kamailio normalises numbers (dialplan module with dp_translate(), or edits of $rU), check the Request-URI user it actually sends to the carrier.
    .opensips =
        If OpenSIPS rewrites numbers (dialplan module with dp_translate(), or the strip and prefix settings of a drouting gateway), log $rU before relaying to see what the carrier receives.

ru-softswitch-404-not-found =
    .title = No such number
    .summary = The called subscriber does not exist on the softswitch: there is no SIP number like the one dialled. The request reached the right server, but the target is unknown there.
    .causes =
        The wrong number or extension was dialled.
        The called number was removed or never assigned.
        The number format does not match the subscriber database (prefix, country code).
    .actions =
        Check the called number and its format in the Request-URI.
        Ask the carrier whether the number exists on their side.
        Retrying will not help.
    .ui = The number you called does not exist.
    .impact = The call ends at once with a fast busy or an announcement that the number does not exist (played by the caller's own PBX); the phone may show "404 Not Found".
    .confirm =
        Read the called number in the Request-URI of the INVITE and compare it with the number the user meant to call.
        Check the format the carrier expects: prefixes, country code and length.
        Call the same number through another route or from a mobile phone; if it fails everywhere, the number is not in service.
    .asterisk =
        Asterisk maps 404 to cause UNALLOCATED (1), so a phone behind Asterisk is told the number is unassigned; pjsip set logger on shows the number in the Request-URI.
    .freeswitch =
        The gateway leg ends with sip_term_status=404 and hangup_cause UNALLOCATED_NUMBER; check the number that the bridge string sends.
    .kamailio =
        If Kamailio relays the call, the 404 arrives from the carrier unchanged; t_check_status("404") in failure_route can stop failover, since another route will usually not know the number either.
    .opensips =
        In failure_route, t_check_status("404") lets the script end the call without trying other gateways; log $rU to see which number the carrier refused.

ru-softswitch-404-undefined-reason =
    .title = Destination not determined
    .summary = The list glosses this only as "undefined direction": most likely the softswitch could not match the number to any destination in its routing and gave no specific reason. Treat it as a failed routing lookup; the exact cause is only in the carrier's logs.
    .causes =
        No prefix in the carrier's routing table matches the dialled number.
        The number is in a format the prefix tables do not cover.
        A gap in the carrier's configuration for this destination.
    .actions =
        Check the number and try it in full international format.
        Give the carrier the dialled number, the Call-ID and the time, and ask what their routing lookup returned.
    .ui = The call to this number could not be connected.
    .impact = The call fails at once with a fast busy or "404 Not Found" on the display, without any ringing.
    .confirm =
        Check the number in the Request-URI of the INVITE and send it again in full international format.
        Test another number of the same destination and one of another destination to see whether only this prefix fails.
        Give the carrier the number, the Call-ID and the time and ask what their routing lookup returned.
    .asterisk =
        pjsip set logger on shows the phrase Undefined Reason with the 404; check the number format that the dialplan sends to Dial().
    .freeswitch =
        The gateway leg ends with sip_term_status=404, and the calling leg gets sip_hangup_phrase Undefined Reason; sofia global siptrace on shows the Request-URI to pass on to the carrier.
    .kamailio =
        Log $T_reply_code and $T_reply_reason in failure_route to tell this routing failure from a real 404 Not found, and include the Call-ID ($ci) in the report to the carrier.
    .opensips =
        Log $rs, $rr and the Call-ID ($ci) in onreply_route so that the carrier can find the attempt in their logs.

ru-softswitch-404-unknown-user-account =
    .title = Login not found
    .summary = The softswitch found no account matching the login and password the device presented, so it refuses the request: the account is unknown to the carrier.
    .causes =
        A wrong login (auth username) on the device.
        The account does not exist or was deleted.
        The device uses credentials of another provider or of an old account.
    .actions =
        Check the login and the password on the device against the carrier's data.
        Ask the carrier to confirm that the account exists and is active.
        Retrying with unchanged settings will not help.
    .ui = Your account was not recognised. Please check your settings.
    .impact = The phone cannot register (red icon, "registration failed" or "404 Not Found" on the display) and calls are refused at once with a fast busy.
    .confirm =
        In the REGISTER or INVITE that got the 404, read the username in Authorization and the user in From.
        Compare them with the login issued by the carrier; look for an old account or another provider's login.
        Ask the carrier to confirm that the account is active on this softswitch.
    .asterisk =
        pjsip show auth <name> shows the username the trunk authenticates with; check it and client_uri of the registration against the carrier's data, then run pjsip send register <registration>.
    .freeswitch =
        Check the gateway's username, auth-username and from-user; sofia status gateway <gateway> shows a failed registration until they match.
    .kamailio =
        For registrations sent with the uac module, check auth_username and r_username of the record (kamcmd uac.reg_dump shows them).
    .opensips =
        For uac_registrant records, check the aor, username and password; opensips-cli -x mi reg_list shows each record and its state.

ru-softswitch-405-method-not-allowed =
    .title = Method not supported
    .summary = The softswitch does not support the SIP method used in the request. According to the list this happens for example when the user tries to use a service the softswitch does not offer, such as voicemail.
    .causes =
        The device requests a feature the carrier does not provide: message waiting, messaging or presence (SUBSCRIBE, MESSAGE, PUBLISH).
        The device uses a method the softswitch does not implement (for example INFO, UPDATE or REFER).
    .actions =
        Look at the method of the rejected request and at the Allow header of the 405 response.
        Turn the feature off on the device or ask the carrier whether it is supported.
        Usually normal calls are not affected; repeating the same method will not help.
    .ui = This feature is not available.
    .impact = Ordinary calls usually work; what fails is one feature: the voicemail or message-waiting lamp stays dark, a text message shows as not delivered, or DTMF sent as INFO or a transfer has no effect.
    .confirm =
        Find the 405 in the trace and note the method of the request it answers (SUBSCRIBE, MESSAGE, PUBLISH, INFO, REFER, OPTIONS).
        Read the Allow header of the 405 to see which methods the softswitch accepts.
        Turn off the feature that sends this method on the device and check that the 405 responses stop.
    .asterisk =
        pjsip set logger on shows which method is refused; if it is INFO, set dtmf_mode=rfc4733 on the trunk endpoint, and if it is MESSAGE, stop sending text messages to this trunk in the dialplan.
    .freeswitch =
        sofia global siptrace on shows the refused method; for INFO, set the profile's dtmf-type to rfc2833; for MESSAGE or SUBSCRIBE, switch that feature off for calls through this gateway.
    .kamailio =
        If Kamailio pings the carrier with OPTIONS from the dispatcher module and gets 405, add code=405 to ds_ping_reply_codes so the gateway is not marked down.
    .opensips =
        If the dispatcher module of OpenSIPS pings the carrier with OPTIONS and gets 405, add 405 to options_reply_codes so that the destination stays active.

ru-softswitch-406-no-codecs-match =
    .title = No common codec
    .summary = The softswitch found no codec in the offer that it or its gateways can use. The list blames a wrong codec configuration.
    .causes =
        The device offers only codecs the carrier does not accept, for example only G.722 or Opus where the carrier expects G.711 or G.729.
        The codec list on the device or the customer PBX was cut down.
        The codec settings of the account on the carrier's side do not match the agreement.
    .actions =
        Check the m= and a=rtpmap lines of the SDP offer in the INVITE.
        Add at least one codec the carrier supports, typically G.711 A-law (PCMA), to the device or trunk.
        Retrying without changing the codecs will not help.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails at once without ringing; the caller hears a fast busy or sees "call failed" or "406 Not Acceptable", while calls through other carriers may work normally.
    .confirm =
        In the refused INVITE, read the m=audio line and the a=rtpmap lines of the SDP: they list the codecs offered.
        Compare that list with the codecs in the carrier's connection data (typically PCMA, that is G.711 A-law, and G.729).
        Repeat the call with PCMA added to the offer; if it connects, the codec list was the cause.
    .asterisk =
        pjsip show endpoint <trunk> shows the allow list actually in force; add alaw (and g729 if the carrier asks for it), and check core show translation if the phones use another codec.
    .freeswitch =
        The gateway leg ends with sip_term_status=406 and hangup_cause SERVICE_NOT_IMPLEMENTED; put PCMA into the profile's outbound-codec-prefs or set absolute_codec_string for calls to this gateway.
    .kamailio =
        Kamailio passes the SDP through untouched unless the script edits it; look for sdp_remove_codecs_by_name() or rtpengine codec flags that strip the carrier's codec from the offer.
    .opensips =
        Look in the script for codec_delete() or codec_delete_except_re() (sipmsgops) or rtpengine flags that remove codecs; the INVITE that reaches the carrier must still list PCMA or G.729.

ru-softswitch-406-not-acceptable =
    .title = Not acceptable (no details)
    .summary = The list gives no explanation for this phrase. In standard SIP, 406 means the answer cannot be produced in a format the Accept header allows; at these softswitches, where it sits next to "No codecs match", it most likely means the media offer (SDP) was refused.
    .causes =
        Most likely: no codec or media parameter in the SDP that the softswitch accepts.
        Possibly: an Accept header that leaves out a body type the softswitch needs to send.
    .actions =
        Check the SDP offer (codecs, ptime, media types) and the Accept header of the rejected request.
        Test with a plain G.711 offer; if the call then goes through, it was a codec problem.
        Ask the carrier for the exact reason from their logs, since the phrase alone does not tell.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails at once with a fast busy or "406 Not Acceptable" on the phone, without ringing.
    .confirm =
        Inspect the SDP of the refused INVITE: codecs in m= and a=rtpmap, ptime, and any extra media lines (video, image for T.38).
        Check whether the INVITE carries an Accept header and what it lists.
        Make a test call that offers a single G.711 A-law audio stream; if it connects, the SDP was the problem.
    .asterisk =
        pjsip set logger on shows the SDP that Asterisk sent; for a test, narrow allow on the trunk endpoint to alaw and make sure no video codec is offered to the trunk.
    .freeswitch =
        The gateway leg gets sip_term_status=406 (hangup_cause SERVICE_NOT_IMPLEMENTED); set absolute_codec_string=PCMA for a test call to see whether the codec list was the trigger.
    .kamailio =
        If Kamailio rewrites the SDP (rtpengine_manage(), sdpops functions), capture the INVITE on both sides of Kamailio to see what the carrier actually received.
    .opensips =
        If OpenSIPS rewrites the SDP (rtpengine_offer(), the codec functions of sipmsgops), compare the INVITE before and after OpenSIPS to find what the softswitch refused.

ru-softswitch-407-proxy-authentication-required =
    .title = Proxy login required
    .summary = The softswitch, acting as a proxy, wants the caller to authenticate before it routes the request. A single 407 on the first INVITE is normal; if it repeats, the list's reading applies: something is wrong with the registration or the credentials.
    .causes =
        The first INVITE was sent without Proxy-Authorization, as is usual.
        The device answers the challenge with a wrong login or password.
        The carrier expects authentication by IP address, but the call comes from another address.
    .actions =
        Check that the device repeats the INVITE with Proxy-Authorization after the 407.
        If 407 keeps coming back, check the login, password and realm against the carrier's data.
        For trunks authenticated by IP, make sure traffic leaves from the address the carrier has on file.
    .ui = Checking your account…
    .impact = Normally unnoticed: the phone resends the INVITE with credentials and the call goes on at once. If the credentials are refused, the caller gets a fast busy or an "authentication failed" message right after dialling.
    .confirm =
        In the trace, check that the 407 is followed by an ACK and a new INVITE with a Proxy-Authorization header.
        Check what answers that second INVITE: 100 Trying and onward is normal; another 407 or a 403 means the credentials are wrong.
        For trunks authenticated by IP address, compare the source address of the INVITE with the address the carrier has on file.
    .asterisk =
        The trunk endpoint needs outbound_auth pointing to an auth section with the carrier's username and password; without it Asterisk cannot answer the 407 and the call fails.
    .freeswitch =
        A gateway answers the 407 with its username and password params; a call sent through the profile without the gateway (sofia/external/number@host) carries no credentials. Check with sofia global siptrace on.
    .kamailio =
        When Kamailio forwards calls to the carrier, answer the 407 in failure_route with uac_auth() after t_check_status("401|407"), using credentials from the uac module's credential parameter.
    .opensips =
        Answer the 407 in failure_route with uac_auth() after t_check_status("40[17]") and relay the request again with t_relay(); the credentials come from the credential parameter of the uac_auth module.

ru-softswitch-408-request-timeout =
    .title = Request timed out
    .summary = The softswitch waited too long for an answer to the request and gave up. Usually the next hop (a gateway or the called device) did not respond in time; the second gloss adds that the called user could not be found within the allowed time.
    .causes =
        The gateway or the called device did not answer the softswitch's request.
        Network problems or a firewall dropping SIP packets between the softswitch and the next hop.
        The called user could not be located in time.
    .actions =
        Retry the call; a single timeout is often transient.
        If it repeats, give the carrier the Call-ID and time so they can see which hop stayed silent.
        On your side, check that answers from the softswitch are not blocked (firewall, NAT, fragmented UDP packets of large INVITEs).
    .ui = The call could not be connected in time. Please try again.
    .impact = The caller hears silence or ringback for a long time, up to about 32 seconds, and then the call fails with a fast busy or "request timeout" / "no answer" on the display.
    .confirm =
        Check in the capture that the 408 really arrived from the carrier; if the capture shows only your INVITE retransmissions and no answer, the timeout happened on your side or in the network.
        Measure the time between the INVITE and the 408: about 32 seconds means a SIP transaction timer expired somewhere on the path.
        For large INVITEs over UDP, look for IP fragments that never arrive; test with TCP or a shorter SDP.
    .asterisk =
        The call ends with cause NO_USER_RESPONSE (18); pjsip set logger on shows whether the 408 came from the carrier or Asterisk gave up after its own retransmissions (timer_b in the system section of pjsip.conf).
    .freeswitch =
        The gateway leg ends with sip_term_status=408 and hangup_cause RECOVERY_ON_TIMER_EXPIRE; sofia global siptrace on shows whether the 408 was received or produced locally.
    .kamailio =
        Kamailio sends a 408 itself when fr_timer or fr_inv_timer runs out; t_branch_timeout() in failure_route tells such a local timeout from a 408 received from the carrier.
    .opensips =
        OpenSIPS sends a 408 itself when fr_timeout or fr_inv_timeout runs out; compare $T_reply_code in failure_route with a capture on the carrier side to see which side timed out.

ru-softswitch-408-login-timed-out =
    .title = Login timed out
    .summary = The authorization of the request did not complete in the allotted time: no answer to the authorization request arrived. Most likely the authorization back end behind the softswitch (billing, RADIUS or database) was slow; the list does not say which side timed out.
    .causes =
        The carrier's authorization or billing server is slow or unreachable.
        The device answered the 401/407 challenge late or not at all.
        Packet loss between the device and the softswitch during the challenge exchange.
    .actions =
        Retry; if the second attempt works, the cause was a short overload at the carrier.
        Check in the trace that the device resends the request with credentials promptly after the challenge.
        If it repeats, report the time and Call-ID to the carrier so they can check their authorization server.
    .ui = Signing in took too long. Please try again.
    .impact = Registration or the call hangs for several seconds and then fails: the phone shows "registration timeout" or "408 Request Timeout", or the caller hears a fast busy after a noticeable pause.
    .confirm =
        In the trace, check how quickly the device resent the request with credentials after the 401 or 407; more than a second or two is suspicious.
        Check the time between the authenticated request and the 408: a long wait points to the carrier's authorization back end.
        Repeat the attempt a few minutes later; if it succeeds, note the time of the failure for the carrier.
    .asterisk =
        pjsip show registrations shows whether the trunk is registered again; retry_interval decides when Asterisk tries again, and pjsip set logger on shows how fast it answered the challenge.
    .freeswitch =
        sofia status gateway <gateway> shows the failed registration and the next attempt (retry-seconds); a failed call ends with sip_term_status=408 on the gateway leg and sip_hangup_phrase Login timed out on the calling leg.
    .kamailio =
        kamcmd uac.reg_dump shows the state of the registrations Kamailio keeps with the carrier; for relayed requests, $T_reply_reason Login timed out tells it from an ordinary 408.
    .opensips =
        opensips-cli -x mi reg_list shows the registrant state; log $rs and $rr in onreply_route to tell Login timed out from an ordinary 408.

ru-softswitch-410-no-route =
    .title = No route
    .summary = A variant of 403 Empty Route Set: the softswitch has no gateway in its routing for this destination. Unlike the standard 410 Gone, it does not mean that the number used to exist.
    .causes =
        No route is configured for the dialled prefix.
        All gateways for the destination are disabled or removed.
        The destination is not included in the customer's routing plan.
    .actions =
        Check the number format in the Request-URI.
        Ask the carrier to check the routing for the prefix; give them the number and the Call-ID.
        Retrying will not help until the routing is fixed; use another carrier if you have one.
    .ui = This number cannot be reached at the moment.
    .impact = The call fails immediately, with no ringing; the caller hears a fast busy or an announcement from their PBX, and the phone may show "410 Gone", which wrongly suggests that the number no longer exists.
    .confirm =
        Check the dialled number in the Request-URI and its format (country code, prefix).
        Try other numbers with the same prefix: if all get 410 No Route, the carrier has no route for that prefix.
        Send the carrier the number, the Call-ID and the time and ask them to check the routing.
    .asterisk =
        Asterisk maps 410 to cause NUMBER_CHANGED (22), so a phone behind Asterisk may be told the number has changed; read the real phrase with pjsip set logger on and fail over to another trunk in the dialplan.
    .freeswitch =
        The gateway leg ends with sip_term_status=410 and hangup_cause NUMBER_CHANGED; treat it as a route failure and try another gateway in a failover bridge string.
    .kamailio =
        In failure_route, t_check_status("410") with $T_reply_reason No Route marks a routing gap at the carrier; route the call through another carrier with ds_next_dst().
    .opensips =
        In failure_route, t_check_status("410") can trigger use_next_gw() (drouting) so that the call leaves through another carrier.

ru-softswitch-415-no-media =
    .title = Codec not actually supported
    .summary = The codec the gateway declared in its SDP turns out not to be supported in practice, so no media path can be set up. Unlike the standard 415, which is about the type of the message body, the problem here is the codec.
    .causes =
        A gateway advertises a codec it cannot really handle or that is disabled on it.
        The codec lists on the carrier's side and on the gateway disagree.
        Codec negotiation through a transcoder fails.
    .actions =
        Compare the codecs in the SDP offer and answer in the trace.
        Try the call with another codec first in the list, usually G.711.
        Report the gateway and the codec to the carrier so they correct its codec settings.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails during setup, usually before or just as ringing starts; the caller hears a fast busy or sees "415 Unsupported Media Type", and no audio is ever heard.
    .confirm =
        Compare the codec list of your INVITE with the codecs in any SDP answer (in a 183 or 180) that the carrier sent before the 415.
        Note which codec the carrier's side accepted and then failed on; that is the codec to report.
        Repeat the call with G.711 A-law first in the offer and see whether it connects.
    .asterisk =
        Put alaw first in allow on the trunk endpoint (pjsip show endpoint <trunk> shows the order) and repeat the call; pjsip set logger on shows which codec the carrier's SDP named.
    .freeswitch =
        The leg ends with sip_term_status=415 and hangup_cause SERVICE_NOT_IMPLEMENTED; put PCMA first in outbound-codec-prefs (or absolute_codec_string) for this gateway and try again.
    .kamailio =
        If Kamailio relays the call, record the offer and any early SDP answer (siptrace or sipdump module) to give the carrier proof of the codec failure.
    .opensips =
        Record the offer and the carrier's early SDP with the tracer module (trace()) so that the carrier can correct the gateway's codec list.

ru-softswitch-480-invalid-phone-number =
    .title = Number dialled wrongly
    .summary = The softswitch considers the dialled number wrong. The carrier sends 480 for it rather than a permanent error code, but retrying the same number will not help.
    .causes =
        A typo in the number.
        A wrong format: missing or extra country code, trunk prefix or access code.
        A number length the carrier's rules do not allow for this destination.
    .actions =
        Check the dialled number and its format in the Request-URI.
        Normalise numbers on the customer PBX (for example to international format) before sending them.
        Do not retry the same number unchanged.
    .ui = The number you dialled is not valid.
    .impact = The call is refused at once with a fast busy or a "temporarily unavailable" message, which misleads the caller: dialling the same number again keeps failing.
    .confirm =
        Read the number in the Request-URI of the INVITE as it was sent to the carrier.
        Check its length and prefix against the carrier's numbering rules.
        Dial the same destination in full international format; success confirms a format problem.
    .asterisk =
        Asterisk maps 480 to cause NO_ANSWER (19), so the dialplan may take it for an unanswered call; read the phrase with pjsip set logger on or HANGUPCAUSE(channel,tech) and fix the number rewrite before Dial().
    .freeswitch =
        The gateway leg ends with sip_term_status=480 and hangup_cause NO_USER_RESPONSE, and the calling leg gets sip_hangup_phrase Invalid Phone Number; correct the number the bridge string sends.
    .kamailio =
        Check the Request-URI user ($rU) that Kamailio sends after any number normalisation (dialplan module), and do not fail over on this reply: every route would get the same wrong number.
    .opensips =
        Log $rU before relaying and check the dialplan or drouting prefix rules; skip failover for this reply, since every gateway would receive the same wrong number.

ru-softswitch-480-destination-not-found-in-client-plan =
    .title = Destination not in customer plan
    .summary = The destination does not exist in the dial plan the carrier assigned to this customer, so the call is refused. The number itself may be valid; the destination is just not open for this account.
    .causes =
        The destination (country, mobile prefix, premium range) is not part of the customer's plan.
        The plan was changed or a prefix removed from it.
        The number format does not match the prefixes in the plan.
    .actions =
        Check the number format in the Request-URI.
        Ask the carrier to add the destination to the customer's plan, or to confirm that it is barred on purpose.
        Retrying will not help.
    .ui = Calls to this destination are not available on your plan.
    .impact = The call is refused at once with a fast busy or a "temporarily unavailable" message, but only for certain destinations (for example international or premium numbers); other calls work.
    .confirm =
        Note which destinations fail and which work; a pattern by country or prefix points to the customer plan.
        Check the number format in the Request-URI so that the prefix can match the plan's entries.
        Ask the carrier which destinations the account's plan includes and whether this one is barred on purpose.
    .asterisk =
        pjsip set logger on shows the phrase; until the carrier opens the destination, route it through another trunk in the dialplan.
    .freeswitch =
        The gateway leg ends with sip_term_status=480, and the calling leg gets sip_hangup_phrase Destination Not Found In Client Plan; a failover bridge string can send the destination through another gateway.
    .kamailio =
        Do not retry on the same carrier; in failure_route, send this destination to another carrier with ds_next_dst(), or end the call with t_reply().
    .opensips =
        In failure_route, use_next_gw() (drouting) can send the destination to another carrier, and drouting rules by prefix can keep it away from this trunk until the plan is changed.

ru-softswitch-480-codec-mismatch =
    .title = Codec mismatch
    .summary = The codecs offered by the caller do not match those of the route, so the call cannot be connected. The carrier uses 480 for this instead of the usual 488.
    .causes =
        The device offers no codec the gateways on the route accept.
        The codec required for the customer's account differs from the one offered.
    .actions =
        Check the codecs in the SDP of the INVITE.
        Add a widely supported codec (G.711 A-law, G.729) to the offer, or ask the carrier which codecs the route accepts.
        Retrying without changing the codecs will not help.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails at once without ringing; the caller hears a fast busy or sees "temporarily unavailable", although the real problem is the audio codec.
    .confirm =
        Read the m=audio and a=rtpmap lines of the SDP in the INVITE.
        Ask the carrier which codecs the route or the account expects and compare the lists.
        Repeat the call with G.711 A-law or G.729 in the offer; if it connects, the codec list was the cause.
    .asterisk =
        Because 480 maps to cause NO_ANSWER, the dialplan sees an unanswered call; check the trunk's allow with pjsip show endpoint <trunk> and add alaw or g729.
    .freeswitch =
        The gateway leg ends with sip_term_status=480, and the calling leg gets sip_hangup_phrase Codec Mismatch; adjust outbound-codec-prefs or absolute_codec_string for the gateway.
    .kamailio =
        Check that the script does not strip the needed codec (sdp_remove_codecs_by_name(), rtpengine codec flags) before the INVITE reaches the carrier.
    .opensips =
        Check that codec_delete() or rtpengine flags in the script do not remove the codec the carrier needs from the offer.

ru-softswitch-480-empty-route-set =
    .title = Routing problem
    .summary = The softswitch found no usable route for the call; the list only says "something with routing". The meaning is close to 403 Empty Route Set, but code 480 tells the caller the failure may be temporary.
    .causes =
        No gateway is configured or available for the dialled prefix.
        The carrier has temporarily disabled the gateways of the route.
    .actions =
        Check the number format in the Request-URI.
        Retry later; if it continues, report the number and the Call-ID to the carrier.
    .ui = This number cannot be reached at the moment.
    .impact = The call fails immediately with a fast busy or a "temporarily unavailable" message; calls to other destinations usually work.
    .confirm =
        Check the number format in the Request-URI.
        Repeat the call after a few minutes and try another number with the same prefix.
        If it persists, send the carrier the number, the Call-ID and the time.
    .asterisk =
        Asterisk maps this 480 to cause NO_ANSWER (19); read the real phrase with pjsip set logger on and let the dialplan try another trunk.
    .freeswitch =
        The gateway leg ends with sip_term_status=480, and the calling leg gets sip_hangup_phrase Empty Route Set; a failover bridge string, or continue_on_fail with NO_USER_RESPONSE, lets the dialplan try another gateway.
    .kamailio =
        In failure_route, t_check_status("480") with $T_reply_reason Empty Route Set marks a temporary routing gap; try another carrier with ds_next_dst().
    .opensips =
        In failure_route, t_check_status("480") can trigger use_next_gw() or ds_next_dst() to try another carrier.

ru-softswitch-480-no-money-left =
    .title = Insufficient balance
    .summary = The account balance (prepaid) is exhausted or too low for this call, so the softswitch refuses it. The carrier uses 480 for this; nothing is wrong with the network or the number.
    .causes =
        The prepaid balance is used up.
        The remaining money does not cover the minimum charge at the destination's rate.
        A payment has not been credited yet, or the credit limit is reached.
    .actions =
        Check the account balance in the carrier's portal and top it up.
        If the balance looks sufficient, ask the carrier about the credit limit and the rate for this destination.
        Calls will keep failing until the balance is topped up; retrying does not help.
    .ui = Insufficient balance on your account.
    .impact = Every outgoing call fails at once, without ringing: the caller hears a fast busy or a "temporarily unavailable" message, and the phone may show "480 No money left"; incoming calls usually still work.
    .confirm =
        Check the phrase of the 480 in the trace: No money left names the balance, not the destination.
        Check the balance and the credit limit in the carrier's self-care portal.
        After a top-up, repeat the call; if it still fails, ask the carrier about the rate for the destination and the minimum charge.
    .asterisk =
        pjsip set logger on shows the full phrase; in the dialplan, HANGUPCAUSE(channel,tech) holds SIP 480 No money left, which you can match to play your own announcement instead of treating it as no answer.
    .freeswitch =
        The gateway leg ends with sip_term_status=480 (hangup_cause NO_USER_RESPONSE), and the calling leg gets sip_hangup_phrase No money left; test sip_hangup_phrase in the dialplan after the bridge to alert the administrator or play a message.
    .kamailio =
        In failure_route, check $T_reply_code 480 with $T_reply_reason No money left and do not fail over to other routes of the same account; alert the account owner instead.
    .opensips =
        In onreply_route, $rs 480 with $rr No money left identifies the balance problem; in failure_route, skip failover to gateways that bill the same account.

ru-softswitch-480-temporarily-unavailable =
    .title = Destination temporarily unavailable
    .summary = The direction (destination) is temporarily unreachable through this softswitch. Here 480 usually concerns the route to the destination rather than the called person; calling later may work.
    .causes =
        The gateways for the destination are temporarily down or overloaded.
        The carrier has closed the destination for a while (maintenance, capacity limits).
        The called subscriber is unreachable (phone off, out of coverage).
    .actions =
        Try the call again later.
        If many numbers of the same destination fail, report it to the carrier with examples (number, Call-ID, time).
    .ui = The number is temporarily unavailable. Please try again later.
    .impact = The call fails quickly or after a short ring; the caller hears a fast busy or a "subscriber temporarily unavailable" announcement, and calling again later often works.
    .confirm =
        Check how many different numbers of the same destination fail at the same time: many point to the route, a single one to the subscriber.
        Repeat the call after some minutes.
        If there is a pattern, send the carrier examples with number, Call-ID and time.
    .asterisk =
        The call ends with cause NO_ANSWER (19); the dialplan can retry later or through another trunk, and pjsip set logger on shows whether a Retry-After header came with the 480.
    .freeswitch =
        The leg ends with sip_term_status=480 and hangup_cause NO_USER_RESPONSE; continue_on_fail=NO_USER_RESPONSE lets the dialplan try another gateway.
    .kamailio =
        In failure_route, t_check_status("480") can send the call to another carrier with ds_next_dst(); honour a Retry-After header if there is one.
    .opensips =
        In failure_route, t_check_status("480") can try the next gateway with use_next_gw() or ds_next_dst().

ru-softswitch-481-call-leg-transaction-does-not-exist =
    .title = No matching call or transaction
    .summary = The softswitch received a request for a call or transaction it does not know, so nothing was done. According to the list this is the normal answer to a duplicate packet; the phrase is the old RFC 2543 wording of the standard 481.
    .causes =
        A retransmitted request arrived after its transaction or call had already ended.
        A BYE, CANCEL or re-INVITE for a call the softswitch has already cleared.
        NAT or a load balancer sends in-dialog requests to a different softswitch node.
    .actions =
        If the call itself worked, a 481 to a duplicate is harmless and can be ignored.
        If calls drop or cannot be hung up, compare the Call-ID, tags and CSeq of the rejected request with the dialog.
        Check whether retransmissions are delayed by the network (packet loss, timers).
    .ui = The call is no longer active.
    .impact = Usually nothing: the call works and the 481 only answers a stray duplicate. When it is not harmless, the caller cannot end the call cleanly (the other side keeps ringing or stays connected), or hold or transfer does nothing.
    .confirm =
        Find the request that got the 481 and check whether the same request was already answered earlier in the trace (a retransmission).
        Compare its Call-ID, From tag, To tag and CSeq with those of the established call.
        Check whether in-dialog requests leave from another IP address, or reach another softswitch node, than the INVITE did.
    .asterisk =
        pjsip set logger on shows which request got the 481; if a BYE or re-INVITE goes to the wrong address behind NAT, check rewrite_contact and force_rport on the trunk endpoint.
    .freeswitch =
        sofia global siptrace on shows the rejected request; check that in-dialog requests follow the carrier's Contact and Record-Route, and that ext-sip-ip is set correctly behind NAT.
    .kamailio =
        Make sure in-dialog requests are routed with loose_route() along the Record-Route set; without record_route() on the initial INVITE they can bypass the node that holds the call.
    .opensips =
        Check that in-dialog requests follow the route set (record_route() on the INVITE, loose_route() for sequential requests) so that they reach the softswitch node that knows the call.

ru-softswitch-487-request-terminated =
    .title = Call cancelled
    .summary = The INVITE was ended before anyone answered, usually because the caller hung up and a CANCEL was sent. This is the expected result of a cancelled call, not a fault.
    .causes =
        The caller hung up while the call was ringing.
        The calling side or the softswitch cancelled the attempt (ring timeout, parallel forking).
    .actions =
        No action is needed if the caller hung up.
        If calls are cancelled without the caller hanging up, find who sent the CANCEL and check the ring timeouts on the PBX.
    .ui = Call cancelled.
    .impact = The caller ended the attempt themselves: they hung up while it was ringing, so nothing more is heard. If nobody hung up, the ringing simply stops after a fixed time.
    .confirm =
        In the trace, find the CANCEL before the 487 and check who sent it (your PBX or phone, or the softswitch).
        If your side sent it, check whether the user hung up or a ring timeout fired (compare the time from INVITE to CANCEL with the PBX's timeout).
        With a ring group or forking, check whether another branch answered first.
    .asterisk =
        A Dial() with a timeout cancels the carrier leg when it expires; DIALSTATUS is CANCEL when the caller hung up and NOANSWER when the timeout fired.
    .freeswitch =
        The leg ends with sip_term_status=487 and hangup_cause ORIGINATOR_CANCEL; when calls are cancelled without anyone hanging up, check call_timeout or leg_timeout on the bridge.
    .kamailio =
        t_is_canceled() in failure_route tells a cancelled call from a real failure, so the script does not fail over after a 487.
    .opensips =
        t_was_cancelled() in failure_route tells a cancelled call from a real failure; do not try other gateways after a 487.

ru-softswitch-486-busy-here =
    .title = Subscriber busy
    .summary = The called subscriber is busy. The softswitch passes the busy signal on from the destination; this is a normal outcome of a call attempt.
    .causes =
        The called person is already on another call.
        The called person rejected the call with the busy button.
        All channels of the called number or trunk are in use.
    .actions =
        Call again later.
        If every call to a number is busy, ask the carrier whether the destination gateway reports busy wrongly (for example because of a low channel limit).
    .ui = The number you called is busy.
    .impact = The caller hears the busy tone or a "subscriber is busy" announcement right after dialling or after a short ring.
    .confirm =
        Check that the 486 arrived from the carrier and not from your own PBX (Via and To tag in the trace).
        Call the number again later or from another phone; a number that is always busy points to a channel limit at the destination.
    .asterisk =
        Asterisk maps 486 to cause USER_BUSY (17) and Dial() sets DIALSTATUS to BUSY; the dialplan can offer a callback or retry later.
    .freeswitch =
        The leg ends with sip_term_status=486 and hangup_cause USER_BUSY; leave USER_BUSY out of continue_on_fail, since another gateway will find the same line busy.
    .kamailio =
        In failure_route, do not fail over when t_check_status("486") matches: the called line is busy whichever carrier delivers the call.
    .opensips =
        In failure_route, exclude 486 from failover to other gateways and relay the busy answer to the phone unchanged.

ru-softswitch-488-codec-mismatch =
    .title = No gateway with this codec
    .summary = None of the gateways available for the destination supports the codec the caller asked for, so media negotiation fails and the call is refused.
    .causes =
        The caller offers a single codec (for example only G.729 or only G.722) that the gateways of the route lack.
        Transcoding is not available on this route.
    .actions =
        Check the codecs in the SDP of the INVITE.
        Offer G.711 alongside the preferred codec.
        Ask the carrier which codecs the route supports, or whether transcoding can be enabled.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails at once, usually before ringing; the caller hears a fast busy or sees "488 Not Acceptable Here".
    .confirm =
        Read the codecs in the SDP of the INVITE (m=audio and a=rtpmap lines); a single codec in the offer is the typical trigger.
        Add G.711 A-law to the offer and repeat the call.
        Ask the carrier which codecs the route supports and whether it can transcode.
    .asterisk =
        Asterisk maps 488 to cause BEARERCAPABILITY_NOTAVAIL (58); add alaw to allow on the trunk endpoint so that Asterisk can transcode from the phones' codec.
    .freeswitch =
        The leg ends with sip_term_status=488 and hangup_cause INCOMPATIBLE_DESTINATION; add PCMA to the codecs offered to the gateway (outbound-codec-prefs or absolute_codec_string) and check that disable-transcoding is not set on the profile.
    .kamailio =
        If rtpengine relays the media, the codec-transcode flag of rtpengine_offer() can add PCMA to the offer; without a media relay, make sure the phones offer a G.711 codec.
    .opensips =
        With rtpengine, the codec-transcode flag of rtpengine_offer() can add PCMA to the offer; without a media relay, the phones themselves must offer a codec the route supports.

ru-softswitch-488-private-ip-address =
    .title = Private IP address in SDP
    .summary = The SDP of the request gives an RTP media address from the private RFC 1918 ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), which the softswitch cannot reach, so it refuses the call. The caller's NAT handling is at fault.
    .causes =
        The device sits behind NAT and writes its LAN address into the c= line of the SDP.
        SIP ALG on the router rewrites the SDP wrongly or not at all.
        STUN or the public address setting is missing on the device or PBX.
    .actions =
        Check the c= and m= lines of the SDP in the INVITE.
        Configure the device or PBX with its public IP address (external address, STUN), or send the traffic through an SBC.
        Switch off a faulty SIP ALG; retrying unchanged will not help.
    .ui = The call could not be connected because of a network settings problem.
    .impact = The call fails at once without ringing; the caller hears a fast busy or sees "488 Not Acceptable Here". Elsewhere, the same NAT fault shows up as one-way audio or silence after answer.
    .confirm =
        Read the c= line (and the port in m=audio) of the SDP in the INVITE: an address in 10.x, 172.16-31.x or 192.168.x confirms the cause.
        Compare that address with the public address the carrier sees (the received parameter of Via in the response, or the packet's source).
        Check whether SIP ALG is active on the router: the SDP differs between a LAN capture and a WAN capture.
    .asterisk =
        Set external_media_address and external_signaling_address together with local_net on the transport, so that Asterisk writes its public address into the SDP sent to the carrier; check it with pjsip set logger on.
    .freeswitch =
        Set ext-rtp-ip and ext-sip-ip on the profile that holds the gateway to the public address (or a stun: value), and check the c= line with sofia global siptrace on.
    .kamailio =
        Use a media relay (rtpengine_manage() or rtpproxy) or fix_nated_sdp() from nathelper so that the SDP sent to the carrier carries a public address.
    .opensips =
        Use rtpengine_offer() and rtpengine_answer(), or fix_nated_sdp() from nathelper, so that the SDP that reaches the carrier carries a public address.

ru-softswitch-499-codec-mismatch =
    .title = Codec missing (non-standard 499)
    .summary = 499 is not a registered SIP code, so SIP stacks that do not know it treat it as 400. At this softswitch it means the same as 480 Codec Mismatch: the caller and the route have no codec in common.
    .causes =
        The SDP offer contains no codec the route accepts.
        The codec settings of the account on the carrier's side differ from the device's.
    .actions =
        Check the codecs in the SDP of the INVITE and add G.711 or G.729.
        The calling equipment may log it as a generic 400 failure; look for the raw code and phrase in the trace.
        Retrying without changing the codecs will not help.
    .ui = The call could not be connected because of an audio settings problem.
    .impact = The call fails at once without ringing; the phone or PBX may show a generic "400 Bad Request" or an unknown error, because 499 is not a standard code.
    .confirm =
        Look for the raw status line SIP/2.0 499 Codec Mismatch in the trace, not only in the PBX's call log.
        Read the codecs in the SDP of the INVITE and compare them with those the carrier expects.
        Add G.711 A-law or G.729 to the offer and repeat the call.
    .asterisk =
        Asterisk treats the unknown 499 like any unmapped 4xx, cause INTERWORKING (127); pjsip set logger on shows the real phrase, then correct allow on the trunk endpoint.
    .freeswitch =
        The gateway leg shows sip_term_status=499, and the calling leg gets sip_hangup_phrase Codec Mismatch; correct outbound-codec-prefs or absolute_codec_string for the gateway.
    .kamailio =
        t_check_status("499") in failure_route catches this non-standard reply; you may answer the phone with a standard 488 via t_reply() so that it shows a meaningful error.
    .opensips =
        In failure_route, t_check_status("499") catches it; sending t_reply() with 488 Not Acceptable Here gives the phones a standard code.

ru-softswitch-500-internal-server-error =
    .title = Softswitch internal error
    .summary = The softswitch hit an internal failure while processing the request. The fault is on the carrier's side; the caller's request may be perfectly fine.
    .causes =
        A software error or overload on the softswitch.
        A failure of a back-end component such as the database or billing.
    .actions =
        Retry later; honour Retry-After if the response carries it.
        If it repeats, report the time, Call-ID and numbers to the carrier.
    .ui = A service error occurred. Please try again later.
    .impact = The call fails at once or after a short pause; the caller hears a fast busy or an announcement such as "service unavailable", and the phone may show "500 Internal Server Error".
    .confirm =
        Check whether the 500 in the trace carries a Retry-After header.
        Repeat the call after a few minutes and to another destination to see whether the fault is general.
        If it repeats, collect the time, Call-ID, and calling and called numbers for the carrier.
    .asterisk =
        Asterisk maps 500 to cause FAILURE (38, network out of order); the dialplan can try another trunk, and pjsip set logger on shows any Retry-After header.
    .freeswitch =
        The leg ends with sip_term_status=500 and hangup_cause NORMAL_TEMPORARY_FAILURE; continue_on_fail=NORMAL_TEMPORARY_FAILURE or a failover bridge string sends the call through another gateway.
    .kamailio =
        In failure_route, t_check_status("5[0-9][0-9]") can fail over with ds_next_dst(), and ds_mark_dst() can take the failing softswitch out of rotation for a while.
    .opensips =
        In failure_route, fail over on 5xx with use_next_gw() or ds_next_dst(); opensips-cli -x mi ds_list shows whether the softswitch is marked inactive.

ru-softswitch-500-db-timeout =
    .title = Database did not answer
    .summary = The softswitch got no answer from its database in time (account, routing or billing lookup), so it could not process the call. The fault is on the carrier's side and usually temporary.
    .causes =
        The database is overloaded or slow.
        The network between the softswitch and the database is down.
        The database server is down.
    .actions =
        Retry later.
        If many calls fail, alert the carrier with times and Call-IDs; nothing on the customer side can fix it.
    .ui = A service error occurred. Please try again later.
    .impact = The call hangs for a few seconds after dialling and then fails with a fast busy or a "service unavailable" announcement; registration may fail the same way.
    .confirm =
        Measure the time from the INVITE to the 500: a delay of several seconds matches a database timeout.
        Check whether other accounts or destinations fail at the same time.
        Repeat after a few minutes; if it continues, report the times and Call-IDs to the carrier.
    .asterisk =
        The call ends with cause FAILURE (38); pjsip set logger on shows the DB Timeout phrase. Let the dialplan try another trunk rather than redial the same one at once.
    .freeswitch =
        The gateway leg ends with sip_term_status=500, and the calling leg gets sip_hangup_phrase DB Timeout; a failover bridge string moves the call to another gateway.
    .kamailio =
        Fail over in failure_route on this 500 with ds_next_dst(), and watch the tmx:5xx_transactions counter (kamcmd stats.get_statistics all) to see how widespread the outage is.
    .opensips =
        Fail over in failure_route with use_next_gw() or ds_next_dst(), and check the 5xx_transactions counter in opensips-cli -x mi get_statistics all to see how widespread the outage is.

ru-softswitch-500-database-error =
    .title = Database error
    .summary = A database failure on the carrier's side, like DB Timeout, but reported at a different stage of call processing. The list does not say which stage; the carrier's logs will.
    .causes =
        A database query failed (account, routing, billing or call record).
        The database is unavailable or its data is inconsistent.
    .actions =
        Retry later.
        If it repeats, report the time, Call-ID and numbers to the carrier; the fix is on their side.
    .ui = A service error occurred. Please try again later.
    .impact = The call fails at once or after a short pause with a fast busy or a "service unavailable" announcement; registration or billing-related steps may fail too.
    .confirm =
        Read the phrase of the 500 in the trace and note the exact time.
        Check whether only some accounts or destinations fail, or all of them.
        Repeat after a few minutes and, if it continues, send the carrier the time, Call-ID and numbers.
    .asterisk =
        The call ends with cause FAILURE (38); pjsip set logger on shows the Database Error phrase, and the dialplan can try another trunk.
    .freeswitch =
        The gateway leg ends with sip_term_status=500 (hangup_cause NORMAL_TEMPORARY_FAILURE), and the calling leg gets sip_hangup_phrase Database Error; fail over to another gateway with continue_on_fail or a failover bridge string.
    .kamailio =
        In failure_route, fail over on this 500 with ds_next_dst() and log $T_reply_reason with the Call-ID ($ci) for the report to the carrier.
    .opensips =
        In failure_route, fail over with use_next_gw() or ds_next_dst(), and log $rr with the Call-ID ($ci) in onreply_route for the report to the carrier.

ru-softswitch-500-wrong-db-response =
    .title = Invalid database response
    .summary = The softswitch got an answer from its database that it could not use: wrong, incomplete or unexpected. This is a data or software problem on the carrier's side.
    .causes =
        Missing or inconsistent records for the account, tariff or route in the database.
        A mismatch between the softswitch software and the database schema or stored procedures.
    .actions =
        Report it to the carrier with the account, number, Call-ID and time, and ask them to check the account's records.
        Retrying may not help if the data itself is broken; test another destination or account to narrow it down.
    .ui = A service error occurred. Please try again later.
    .impact = Calls from one account, or to one destination, fail every time with a fast busy or a "service unavailable" message, while other accounts or destinations may work.
    .confirm =
        Note which account and which destination get the 500 Wrong DB Response, and at what time.
        Test the same destination from another account, and another destination from the same account, to see where the broken record is.
        Send the carrier the account, number, Call-ID and time so they can check the records.
    .asterisk =
        pjsip set logger on shows the phrase; place a test call through another trunk or account to narrow down which record is broken.
    .freeswitch =
        The gateway leg ends with sip_term_status=500, and the calling leg gets sip_hangup_phrase Wrong DB Response; a test through another gateway or account shows whether the fault follows the account.
    .kamailio =
        Log $T_reply_reason together with the caller's user ($fU) and the dialled user ($rU) in failure_route so that the carrier can find the broken record.
    .opensips =
        Log $rr together with $fU and $rU in onreply_route so that the carrier can find the broken record; failover to another carrier helps only if the fault is tied to this carrier's data.

ru-softswitch-500-undefined-reason =
    .title = Unspecified server error
    .summary = The softswitch failed and did not say why; the list glosses it only as "undefined reason". Only the carrier's logs can show what happened.
    .causes =
        An internal error that the softswitch has no specific phrase for.
        A failure in a back-end system that the softswitch did not classify.
    .actions =
        Retry once later.
        If it repeats, send the carrier the Call-ID, time, and calling and called numbers.
    .ui = A service error occurred. Please try again later.
    .impact = The call fails at once or after a short pause with a fast busy or a "service unavailable" announcement; nothing on the phone says why.
    .confirm =
        Note the exact time and the Call-ID of the 500 Undefined Reason in the trace.
        Repeat the call once after a few minutes, and try another destination.
        If it repeats, send the carrier the Call-ID, the time and the calling and called numbers.
    .asterisk =
        The call ends with cause FAILURE (38); pjsip set logger on keeps the full response for the report, and the dialplan can try another trunk.
    .freeswitch =
        The gateway leg ends with sip_term_status=500, and the calling leg gets sip_hangup_phrase Undefined Reason; sofia global siptrace on captures the response for the carrier.
    .kamailio =
        In failure_route, fail over on this 500 with ds_next_dst() and log $T_reply_reason with the Call-ID ($ci) for the carrier.
    .opensips =
        In failure_route, fail over with use_next_gw() or ds_next_dst(), and log $rr with the Call-ID ($ci) in onreply_route for the carrier.

ru-softswitch-500-account-has-been-moved-to-a-remote-system =
    .title = Account migrated
    .summary = The account has been moved (migrated) to another system or platform, so this softswitch no longer serves it. The device or PBX is still sending its requests to the old platform.
    .causes =
        The carrier migrated the customer's account to a new platform or server.
        The device or PBX still points to the old softswitch address.
    .actions =
        Ask the carrier for the new server address (domain, proxy, port) and any new credentials.
        Update the device or trunk configuration and register again.
        Retrying against the old server will not help.
    .ui = Your account has moved. Please update your phone settings or contact your provider.
    .impact = Registration fails and every call is refused at once; the phone shows "500" or "server error" and stays unregistered, although nothing was changed on it.
    .confirm =
        Read the phrase of the 500 in the trace: account has been moved to a remote system.
        Check which server address (domain, proxy, port) the device uses and compare it with the new data from the carrier.
        After changing the address, check that REGISTER gets 200 OK from the new server.
    .asterisk =
        Change server_uri and client_uri of the registration and the contact of the trunk's aor to the new platform, update identify match= for the new addresses, then check pjsip show registrations.
    .freeswitch =
        Change the gateway's proxy, realm and register-proxy to the new platform, run sofia profile external killgw <gateway> and sofia profile external rescan, and check that sofia status gateway <gateway> shows REGED.
    .kamailio =
        Update the carrier's address in the dispatcher list and reload it with kamcmd dispatcher.reload, and change r_domain and auth_proxy of uac registrations before kamcmd uac.reg_reload.
    .opensips =
        Update the gateway address in drouting (opensips-cli -x mi dr_reload) or dispatcher (opensips-cli -x mi ds_reload), and the registrar of uac_registrant records (opensips-cli -x mi reg_reload).

ru-softswitch-603-decline =
    .title = Call declined
    .summary = The call was refused: the softswitch or the called side declined to serve it. 603 is final, so trying other routes will not help for this call.
    .causes =
        The called person rejected the call.
        The carrier refuses to serve the call: barred destination, blacklist, fraud filter or other policy.
    .actions =
        If the called person rejected the call, there is nothing to fix.
        If all calls to a destination are declined, ask the carrier whether it is barred for your account.
    .ui = The call was declined.
    .impact = The call ends at once or after some ringing; the caller hears a busy tone or an announcement that the call was rejected, and the phone may show "603 Decline".
    .confirm =
        Check whether the 603 came after ringing (a 180 or 183 first: the called person rejected the call) or straight after the INVITE (a carrier policy).
        Try other numbers of the same destination: if all are declined, ask the carrier whether the destination is barred for your account.
        Check whether a Reason or Warning header in the 603 names the policy.
    .asterisk =
        Asterisk maps 603 to cause CALL_REJECTED (21); pjsip set logger on shows any Reason header that came with it. Do not retry a person's refusal through other trunks.
    .freeswitch =
        The leg ends with sip_term_status=603 and hangup_cause CALL_REJECTED; leave CALL_REJECTED out of continue_on_fail so that the dialplan does not retry a declined call.
    .kamailio =
        In failure_route, stop when t_check_status("603") matches and relay the answer to the phone: a 6xx tells a proxy not to try other branches.
    .opensips =
        Do not fail over on a 603 in failure_route; relay it to the phone, since a 6xx means no other branch should be tried.

ru-softswitch-5xx =
    .title = Softswitch-side problem
    .summary = In this list any 5xx response means a problem on the softswitch itself, on the carrier's side, not in the caller's request. The phrase after the code (DB Timeout, Database Error and so on) narrows it down.
    .causes =
        A software failure or overload of the softswitch.
        A back-end system (database, billing) not answering or returning errors.
        Maintenance or migration on the carrier's platform.
    .actions =
        Retry later; honour Retry-After if the response carries it.
        If it persists, report the Call-ID, time, numbers and the exact phrase to the carrier.
        Meanwhile send the traffic through another carrier if one is available.
    .ui = A service error occurred. Please try again later.
    .impact = Calls fail at once or after a pause with a fast busy or a "service unavailable" announcement, and registrations may drop at the same time; often many of the carrier's customers are hit at once.
    .confirm =
        Read the exact code and phrase in the trace (DB Timeout, Database Error and so on) and any Retry-After header.
        Check whether all destinations and accounts fail, or only some.
        Repeat after a few minutes; if it persists, give the carrier Call-IDs, times and the exact phrase.
    .asterisk =
        pjsip set logger on shows the exact code and phrase; HANGUPCAUSE(channel,tech) keeps them for the dialplan, which can then try another trunk.
    .freeswitch =
        sip_term_status on the gateway leg and sip_hangup_phrase on the calling leg name the fault; a failover bridge string or continue_on_fail=NORMAL_TEMPORARY_FAILURE moves the call to another gateway.
    .kamailio =
        In failure_route, catch 5xx with t_check_status("5[0-9][0-9]") and fail over with ds_next_dst(); honour Retry-After before sending traffic back to this softswitch.
    .opensips =
        Fail over on 5xx with use_next_gw() or ds_next_dst(); opensips-cli -x mi ds_list shows whether the softswitch is marked inactive.
