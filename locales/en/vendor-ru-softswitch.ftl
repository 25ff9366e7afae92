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
