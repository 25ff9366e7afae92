# Siemens / Gigaset IP DECT phones: "VoIP status codes" shown on the handset (part 1: 0x31 to 0x488).
# 0x + a SIP code is the SIP response the phone received from the provider (decimal: 0x480 is SIP 480).
# 0x31, 0x33 and 0x34 are device-side configuration errors.

gigaset-0x31 =
    .title = 0x31: no domain configured
    .summary = A configuration error inside the phone, not a response from the provider: the IP connection on the base station has no domain (the provider's SIP domain or server name), so the phone cannot form a SIP address and sends nothing to the network. Nothing like it exists in SIP; it is a Gigaset-internal code.
    .causes =
        The Domain field of the IP connection was left empty when the account was set up by hand.
        The provider profile was not loaded, or it did not fill in the domain.
        The base station was reset to factory defaults and the account data is gone.
    .actions =
        Open the base station's web configurator, go to the IP telephony account (connection) settings and enter the domain from the provider's account data.
        Check the proxy server, registrar and outbound proxy fields at the same time; many providers use the domain for all of them.
        Save, check that the connection registers, then call again; retrying without fixing the setting gives the same code.
    .ui = This phone line is not fully set up. Please check the account settings.
    .impact = The call never leaves the base station: right after dialling the handset shows 0x31 with an error tone and no ringing, and because the connection cannot register, calls to that line never arrive either.
    .confirm =
        In the web configurator open Settings > Telephony > Connections and check that the Domain field of the connection used for the call is empty.
        Check the connection's state on the web configurator's Status page; a connection without a domain never shows as registered.
        Compare the connection with the provider's account data to see which server fields (domain, proxy, registrar, outbound proxy) are missing.

gigaset-0x33 =
    .title = 0x33: no SIP user name configured
    .summary = A configuration error inside the phone, not a response from the provider: the connection chosen for the call has no SIP user name (authentication name) stored on the base station. The code also appears when a number is dialled with a line suffix that selects a connection the base has no account for.
    .causes =
        The authentication name (SIP user name) of the IP connection is empty.
        The number was dialled with a line suffix pointing at a connection slot that was never set up.
        The handset's outgoing (send) connection is assigned to an unconfigured slot.
    .actions =
        In the web configurator, open the IP connection settings and enter the authentication name and user name exactly as the provider issued them.
        If a line suffix was used, dial without it or with the suffix of a configured connection, or set up the missing connection.
        Check which send connection each handset uses, so calls do not go out over an empty slot.
    .ui = This phone line has no account set up. Please check the settings.
    .impact = The handset shows 0x33 right after dialling and no call is placed; if a line suffix was used, only calls with that suffix fail while normal dialling still works.
    .confirm =
        In the web configurator open the connection chosen for the call and check whether its authentication name and user name are empty.
        Open Settings > Telephony > Number Assignment and check which connection the handset uses for outgoing calls.
        If the number was dialled with a line suffix, check which connection that suffix selects and whether that connection was ever set up.

gigaset-0x34 =
    .title = 0x34: no SIP password configured
    .summary = A configuration error inside the phone, not a response from the provider: the IP connection has a user name but no SIP password (authentication password) on the base station, so the phone cannot answer the provider's authentication challenge. A password that is present but wrong shows up as 0x401 or 0x407 instead.
    .causes =
        The authentication password field was left empty during setup.
        The password was cleared by a factory reset or by re-running the setup wizard without finishing it.
    .actions =
        Enter the authentication password for the connection in the web configurator's IP telephony account settings.
        If the password is unknown, get it from the provider (customer portal or account letter); the phone cannot recover it.
        After saving, confirm that the connection shows as registered before calling again.
    .ui = The password for this phone line is missing. Please check the settings.
    .impact = The handset shows 0x34 when dialling and the call goes nowhere; the connection stays unregistered, so it cannot receive calls either.
    .confirm =
        Open the connection's settings in the web configurator and check whether the authentication password is missing; the field is masked, so re-enter it if in doubt.
        Check the connection's state on the web configurator's Status page; without a password it does not register.
        If the same account works on another device, the fault lies in this base station's settings only.

gigaset-0x300 =
    .title = 0x300: multiple choices
    .summary = The phone received SIP 300 from the provider: the called party can be reached at several addresses, which the response lists in its Contact headers, and the caller is meant to pick one. It is uncommon on consumer VoIP lines, since most providers make that choice themselves.
    .causes =
        The called subscriber has several numbers or devices and the provider returns the list instead of ringing them all.
        A redirect server or a number lookup service answered with alternative targets.
    .actions =
        Look at the Contact headers in a SIP trace of the call to see which addresses were offered.
        Whether the phone tries the alternatives by itself depends on model and firmware; if the call fails, dial one of the offered numbers directly.
        If ordinary calls keep getting this answer, ask the provider why the call is redirected rather than routed.
    .ui = The person you called can be reached at more than one number.
    .impact = Instead of ringing, the attempt ends at once and the handset shows 0x300; depending on the firmware it may offer the returned numbers to choose from.
    .confirm =
        In a SIP trace (taken on the PBX or provider side, or by mirroring the base station's LAN port), find the 300 answer to the phone's INVITE and read its Contact headers; each one is an alternative address.
        Check whether the phone then sent a new INVITE to one of those addresses and which final answer that INVITE got.
        On the PBX or provider side, find which rule or service produced the 300 (follow-me, number lookup, redirect server).
    .kamailio =
        A 3xx sent by the script with sl_send_reply() or t_reply() lists the destination set (branches added by lookup() or append_branch()) as Contact headers; check which route sends the 300 and which branches it holds.
        To have the proxy try the alternatives itself instead of the phone, call get_redirects() from the uac_redirect module in a failure_route.
    .opensips =
        A 3xx sent with sl_send_reply() or t_reply() carries the current branches as Contact headers; log $rs and $si in an onreply_route to see whether the 300 was relayed from downstream instead.
        get_redirects() from the uac_redirect module in a failure_route lets OpenSIPS follow the alternatives itself.

gigaset-0x301 =
    .title = 0x301: moved permanently
    .summary = The phone received SIP 301 from the provider: the dialled address is no longer valid for good, and the Contact header of the response carries the new one. The manual notes that the phone then calls the new address and stops using the old one.
    .causes =
        The called subscriber changed number or provider and a permanent forwarding address is published.
        The provider redirects an old or retired number to its replacement.
    .actions =
        Nothing is broken; update the phonebook entry with the new number shown in the Contact header of the trace.
        If your own number is being redirected unexpectedly, check permanent call forwarding in the provider's customer portal.
        If the redirected call then fails, the follow-up call to the new address has its own status code; check that one.
    .ui = This number has moved. Redirecting your call…
    .impact = The caller may notice nothing but a short pause while the phone redials the new address; the handset shows 0x301, or the follow-up call's own code if that call fails.
    .confirm =
        In a SIP trace, find the 301 and note the new address in its Contact header.
        Check that the phone sent a new INVITE to that address and look at the final answer to it.
        If your own number is being redirected, check permanent call forwarding in the provider's customer portal or on the PBX.
    .kamailio =
        A 301 from a Kamailio proxy is sent by the script with sl_send_reply() or t_reply() and carries the destination set as Contact; find that reply in the routing script and the rule that set the new target.
    .opensips =
        A 301 from OpenSIPS comes from sl_send_reply() or t_reply() in the script, with the branches as Contact; $rs and $si in an onreply_route show whether it was relayed from downstream instead.

gigaset-0x302 =
    .title = 0x302: moved temporarily
    .summary = The phone received SIP 302 from the provider: the called party is reachable at another address for the time being, given in the Contact header, often with an expiry that says how long the forwarding holds. This is how most provider-side call forwarding reaches the phone.
    .causes =
        The called subscriber set call forwarding (always, on busy or on no answer) at the provider.
        The provider's voicemail or follow-me service sends the call elsewhere.
    .actions =
        This is a normal outcome; the phone places a new call to the Contact address.
        If that second call fails, look at its own response in the trace rather than at the 302.
        If calls to your own line are forwarded unexpectedly, check call forwarding in the provider's portal and on the base station.
    .ui = Redirecting your call…
    .impact = Normally the caller only notices a short pause before the call rings at the forwarding target; if that follow-up call fails, the handset shows 0x302 or the follow-up call's own code.
    .confirm =
        In a SIP trace, find the 302 and read its Contact header (and expires parameter, if present) to see where the call was forwarded.
        Follow the new INVITE the phone sends to that address and check its final answer.
        If calls to your own line are forwarded unexpectedly, check call forwarding in the provider portal, on the PBX and on the base station.
    .asterisk =
        Asterisk sends 302 to the phone when the dialplan runs Transfer() on a channel that has not been answered yet; find that Transfer() with pjsip set logger on and the verbose dialplan output.
    .freeswitch =
        FreeSWITCH sends 302 when the dialplan runs the redirect application before answering; check the dialplan for redirect and the Contact it builds, with sofia global siptrace on.
    .kamailio =
        In Kamailio a 302 is sent by sl_send_reply() or t_reply() in the script and lists the destination set as Contact; check which route sends it (for example a call-forwarding lookup) and whether the branch URI is right.
    .opensips =
        In OpenSIPS a 302 is sent by sl_send_reply() or t_reply() and carries the branches as Contact; $rs and $si in an onreply_route show whether it was relayed from downstream instead.

gigaset-0x305 =
    .title = 0x305: use proxy
    .summary = The phone received SIP 305 from the provider: the request must go through the proxy named in the Contact header (the manual mentions a billing server as an example), so the phone resends it there. Only the path changes, not the called address.
    .causes =
        The provider expects requests via a specific proxy that the phone's settings do not use.
        The outbound proxy on the base station is missing or points to an outdated server.
        The provider changed its network and still accepts old-path requests only to redirect them.
    .actions =
        Compare the proxy and outbound proxy fields in the web configurator with the provider's current account data, or reload the provider profile.
        Check in a SIP trace which proxy the Contact header names and whether the resent request succeeds.
        If it keeps happening, ask the provider which proxy the phone should use.
    .ui = Connecting your call through another server…
    .impact = The caller usually notices only a short delay while the phone resends the call through the named proxy; if that second attempt fails, the handset shows 0x305 and the call does not go through.
    .confirm =
        In a SIP trace, find the 305 and read the proxy address in its Contact header.
        Compare that address with the proxy, registrar and outbound proxy fields of the connection in the web configurator.
        Check whether the phone resent the request to that proxy and what it answered.
    .kamailio =
        A 305 is either relayed from the next hop (log $rs and $si in an onreply_route) or sent by the script with sl_send_reply() or t_reply(); find which, and why the request did not arrive through the expected proxy.
    .opensips =
        Log $rs and $si in an onreply_route to see whether the 305 came from downstream, or find the sl_send_reply() or t_reply() in the script that sends it.

gigaset-0x380 =
    .title = 0x380: alternative service
    .summary = The phone received SIP 380 from the provider: the call cannot be completed as requested, but the response describes other ways to reach the called party, usually in its message body. It is seldom seen on consumer lines.
    .causes =
        The provider offers another service instead (for example voicemail or a different number).
        In IMS-style networks, 380 tells a phone that the dialled number must be placed as an emergency call.
    .actions =
        Read the message body of the 380 in a SIP trace to see which alternative was offered.
        Try the alternative (another number or service) if it makes sense for the caller.
        If the reason is unclear, ask the provider what the 380 on this destination means.
    .ui = This call can't go through this way; another service is available.
    .impact = The call does not connect: there is no ringing, the handset shows 0x380, and the caller has to use the offered alternative (another number or service) by hand.
    .confirm =
        In a SIP trace, read the message body and any Contact headers of the 380 to see which alternative was offered.
        Check the Content-Type of the body to tell a plain-text hint from a structured description (for example an IMS emergency-call indication).
        Ask the provider or PBX owner which rule answers this destination with 380.
    .kamailio =
        A 380 through Kamailio is either relayed from the next hop or sent by the script; log $rs and $si in an onreply_route to find the server that produced it.
    .opensips =
        Log $rs and $si in an onreply_route to find the server that produced the 380, or the sl_send_reply() or t_reply() in the script that sends it.

gigaset-0x400 =
    .title = 0x400: bad request
    .summary = The phone received SIP 400 from the provider: the server could not understand or accept a request from the phone because of a syntax error or a missing or invalid header. The manual simply calls it an invalid call; the fault is in the request the phone sent, not at the called party.
    .causes =
        Spaces, umlauts or other unusual characters in the user name, domain, display name or dialled number.
        A firmware bug in the base station that produces a header the provider rejects.
        A SIP ALG in the router rewriting the messages and breaking them.
    .actions =
        Check the IP connection fields in the web configurator for typos, stray spaces and special characters.
        Read the reason phrase or Warning header in a trace; servers often name the header they disliked.
        Update the base station firmware and turn off SIP ALG on the router. Retrying without a change gives the same result.
    .ui = The call could not be set up. Please check the number and try again.
    .impact = The call fails at once without ringing and the handset shows 0x400; if the faulty field is also in the registration, the line shows as not registered and no calls work on it.
    .confirm =
        In a SIP trace, find the request that got the 400 and read its reason phrase and any Warning header; servers often name the header they rejected.
        Check the From, To, Contact and Request-URI of that request for spaces, umlauts or other odd characters, and compare them with the connection fields in the web configurator.
        Compare the request as the base sent it with the request as the server received it; if they differ, the router's SIP ALG rewrote it.
    .asterisk =
        pjsip set logger on shows the rejected request; for a message that cannot be parsed, the Asterisk log shows a PJSIP syntax error naming the header and line that failed.
    .freeswitch =
        sofia global siptrace on shows which request got the 400 and from whom; FreeSWITCH passes the far end's SIP code back to the phone unless sip_ignore_remote_cause is set, so also check the b-leg's sip_term_status.
    .kamailio =
        sanity_check() rejects malformed requests with 400 (or 416, 420, 505) and a reason phrase naming the failed check; match that phrase to the sanity module's checks and log $rm and $ru for the request.
    .opensips =
        sipmsg_validate() from the sipmsgops module is the usual check before the script answers 400; log its return code, and $rs in an onreply_route shows whether the 400 came from downstream instead.

gigaset-0x401 =
    .title = 0x401: unauthorized
    .summary = The phone received SIP 401 from the provider's registrar or server: it demands authentication, and the credentials the phone sent were missing or rejected. One 401 followed by success is a normal challenge; the handset shows the code when authentication finally failed, most often because the authentication name or password is wrong.
    .causes =
        Wrong authentication name or password (a typo, or an old password after the provider reset it).
        User name and authentication name mixed up, where the provider uses different values for them.
        Wrong domain or provider profile, so the credentials are sent for the wrong realm.
        The account is locked or suspended at the provider.
    .actions =
        Re-type the authentication name and password in the IP connection settings of the web configurator, watching for trailing spaces.
        Compare user name, authentication name and domain with the provider's account data one by one.
        If the details are right and it still fails, ask the provider to check or reset the account credentials.
    .ui = Your phone could not sign in to the service. Please check the account details.
    .impact = The handset shows 0x401 and the call fails at once, or the line never registers and the base shows the connection as not registered, so calls to it do not arrive either.
    .confirm =
        In a SIP trace, check that the phone answered the 401 with a second REGISTER or INVITE carrying an Authorization header, and that this second request also got 401.
        Compare the username and realm in that Authorization header with the provider's account data and with the realm in the WWW-Authenticate header.
        Check the connection's state on the web configurator's Status page and the server's log entry for the failed authentication.
    .asterisk =
        The Asterisk log shows 'Failed to authenticate' or 'No matching endpoint found' for the request; check with pjsip show endpoint <name> that auth= points to an auth section whose username and password match the phone.
    .freeswitch =
        With log-auth-failures=true on the profile, the log shows "SIP auth failure" for the user and source IP (without it nothing is logged); check the user's password param in the directory and that the phone uses the right domain. FreeSWITCH answers a wrong password with 403, not 401.
    .kamailio =
        Log the return code of auth_check() (or www_authorize()); negative values tell a wrong password from an unknown user or a stale nonce, and the credentials must match the subscriber table.
    .opensips =
        Log the return code of www_authorize(); negative values tell a wrong password from an unknown user or a stale nonce. www_challenge() sends the 401, and the phone's username must exist in the subscriber table.

gigaset-0x403 =
    .title = 0x403: forbidden
    .summary = The phone received SIP 403 from the provider: the request was understood and refused on purpose, and authenticating again will not change that. The manual describes 0x403 as the provider not supporting the requested service, but in SIP it is a policy refusal, for example the account may not make this call or may not register from here.
    .causes =
        The account is blocked, suspended or out of credit.
        The destination (international, premium-rate, special numbers) is barred for this account.
        Registration with a wrong domain, or from an IP address or network the provider does not accept.
        A feature the phone asked for (for example hiding the caller number) is not included in the contract.
    .actions =
        Check the domain and account settings in the web configurator against the provider's data.
        Look for a reason phrase or Warning header in the trace; providers often state the refusal reason there.
        Ask the provider whether the account is active and allowed to call this destination. Retrying will not help.
    .ui = This call is not allowed on your phone service.
    .impact = The call is refused straight away, with no ringing and often an error tone, and the handset shows 0x403; trying again gives the same result.
    .confirm =
        In a SIP trace, read the reason phrase and any Warning or Reason header of the 403; providers often state the refusal reason there (barred destination, no credit, wrong domain).
        Check whether registration fails or only some destinations: call an ordinary local number and compare it with the refused one.
        Compare the domain and account settings of the connection in the web configurator with the provider's data, and check the account status in the provider's portal.
    .asterisk =
        Asterisk answers 403 when a request is blocked by the endpoint's acl or contact_acl, and sends 403 for hangup cause 21 (Call rejected), for example Hangup(21) in the dialplan or a trunk that rejected the call; pjsip set logger on and the verbose dialplan output show which.
    .freeswitch =
        FreeSWITCH answers 403 to a wrong password (logged as "SIP auth failure" only when log-auth-failures=true is set on the profile) and to requests blocked by apply-inbound-acl or apply-register-acl; hangup causes such as OUTGOING_CALL_BARRED are also sent as 403.
    .kamailio =
        Find the sl_send_reply() or send_reply() that sent the 403 in the script: the stock config refuses relaying to domains it does not serve ('Not relaying'), and permissions checks such as allow_source_address() can lead there too.
    .opensips =
        Find the reply that sends 403 in the script (the stock script refuses relaying to domains it does not serve) and check permissions checks such as check_source_address(); $rs in an onreply_route shows whether the 403 came from downstream.

gigaset-0x404 =
    .title = 0x404: number not found
    .summary = The phone received SIP 404 from the provider: the dialled number or user does not exist in the provider's routing. The manual's example is a local number dialled without the area code on a VoIP line that does not support local dialling.
    .causes =
        The area code was left out; most VoIP lines need the full number.
        A typo, or a number that does not exist.
        A dialling rule or prefix on the base station produces the wrong number format (for example + against 00).
    .actions =
        Dial the full number including the area code.
        In the web configurator, check the local area code setting, which lets the base add the area code to local calls over VoIP, and any dialling rules.
        If the number is definitely right, ask the provider in which format it expects numbers. Retrying the same number will not help.
    .ui = The number you dialled could not be found.
    .impact = The call fails right after dialling without ringing; the handset shows 0x404, sometimes after an error tone or a 'number not in service' announcement from the provider.
    .confirm =
        In a SIP trace, read the Request-URI of the INVITE to see the exact number the base sent (area code, + or 00 prefix).
        Dial the same number with the full area code; if that works, the local area code setting in the web configurator is missing or wrong.
        Check the dialling rules on the base station for a prefix or rewrite that changes the number.
    .asterisk =
        Asterisk answers 404 when the dialled extension does not exist in the endpoint's context; check context= with pjsip show endpoint <name> and dialplan show <number>@<context>. A trunk's hangup cause 1 (Unallocated number) also reaches the phone as 404.
    .freeswitch =
        A 404 from FreeSWITCH follows hangup causes such as NO_ROUTE_DESTINATION or UNALLOCATED_NUMBER; the log shows which dialplan context was searched, and the b-leg's sip_term_status shows whether the carrier sent the 404.
    .kamailio =
        The stock config answers 404 'Not Found' when lookup("location") finds no contact; check with kamctl ul show <aor> whether the called user is registered, or whether the number should have gone to another route (dispatcher, carrier routing).
    .opensips =
        OpenSIPS scripts usually answer 404 when lookup("location") fails; check opensips-cli -x mi ul_show_contact location <aor> and the routing for this number (do_routing(), load_balance()).

gigaset-0x405 =
    .title = 0x405: method not allowed
    .summary = The phone received SIP 405 from the provider: the server knows the SIP method the phone used (for example SUBSCRIBE, REFER or MESSAGE) but does not allow it for this address. The Allow header of the response lists the methods that are accepted.
    .causes =
        The phone subscribes to message-waiting or other notifications the provider does not offer.
        A call transfer uses REFER and the provider does not support it.
        The request went to the wrong server, for example because proxy and registrar addresses are swapped.
    .actions =
        Note which request received the 405 and read the Allow header in the trace.
        Switch off the matching feature for this connection in the web configurator, or use another transfer method.
        Check the proxy and registrar addresses against the provider's data.
    .ui = This function is not supported by your phone service.
    .impact = Usually no call is lost; instead a feature fails, such as a call transfer that does not complete or a message-waiting indication that never appears, and the handset shows 0x405 for that action.
    .confirm =
        In a SIP trace, find which request (SUBSCRIBE, REFER, MESSAGE, PUBLISH) got the 405 and read the Allow header of the answer.
        Check that the request went to the right server: compare its Request-URI with the proxy and registrar fields of the connection.
        Switch off the matching feature for the connection in the web configurator and confirm that the code no longer appears.
    .asterisk =
        pjsip set logger on shows which request was refused and the Allow header Asterisk sent; which methods Asterisk accepts depends on the loaded modules (res_pjsip_messaging for MESSAGE, res_pjsip_pubsub for SUBSCRIBE), which module show like res_pjsip lists.
    .freeswitch =
        sofia global siptrace on shows which request got the 405 and the Allow header of the answer, and whether FreeSWITCH answered it itself or passed on the far end's reply.
    .kamailio =
        With the registrar's method_filtering enabled, lookup("location") returns -2 when contacts exist but none supports the method, and the stock config then answers 405; kamctl ul show <aor> lists the contacts and the methods they registered.
    .opensips =
        OpenSIPS lookup() can also report that the registered contacts do not support the method (with method filtering on), after which the script usually answers 405; opensips-cli -x mi ul_show_contact location <aor> shows the contacts.

gigaset-0x406 =
    .title = 0x406: not acceptable
    .summary = The phone received SIP 406 from the provider: the server could only answer with content the phone said it cannot accept (via its Accept headers), so it returned this instead. The manual says the requested service cannot be provided; in practice it is rare and mostly hits subscriptions and notifications.
    .causes =
        A SUBSCRIBE from the phone lists body types the provider's server cannot produce.
        A provider feature needs a content format this firmware does not support.
    .actions =
        Find the request that received the 406 in a trace and compare its Accept header with what the server offers.
        Update the base station firmware, or disable the feature that triggers it.
        If the cause is not clear, send the trace to the provider.
    .ui = This service cannot be provided right now.
    .impact = Ordinary calls usually still work; a subscription-based feature such as a message-waiting or presence display stays empty, and the handset shows 0x406 when that request fails.
    .confirm =
        In a SIP trace, find the request answered with 406 and read its Accept header.
        Compare it with the body type the server uses for that event (for example application/simple-message-summary for message waiting).
        Update the base station firmware or disable the feature, then check whether the 406 disappears.
    .asterisk =
        pjsip set logger on shows the SUBSCRIBE and the answer; compare the phone's Accept header with the body types the event package in Asterisk can produce.
    .freeswitch =
        sofia global siptrace on shows which request got the 406 and whether FreeSWITCH answered it itself or passed on the far end's reply.
    .kamailio =
        A proxy normally only relays a 406; log $rs and $si in an onreply_route to find the server that produced it, then compare the phone's Accept header with what that server supports.
    .opensips =
        Log $rs and $si in an onreply_route to find the server that sent the 406, then compare the phone's Accept header with what that server supports.

gigaset-0x407 =
    .title = 0x407: proxy authentication required
    .summary = The phone received SIP 407 from the provider: a proxy (usually on calls rather than registration) demands credentials in Proxy-Authorization, and the ones the phone sent were missing or rejected. It works like 401 but comes from a proxy; the handset shows it when the phone could not satisfy the challenge.
    .causes =
        Wrong authentication name or password for the account.
        The outbound proxy or provider profile does not match the account, so the wrong realm is answered.
        The provider changed its authentication setup or locked the account.
    .actions =
        Re-enter the authentication name and password in the web configurator's IP connection settings.
        Check the proxy and outbound proxy addresses and the provider profile against the provider's data.
        If the settings are correct, ask the provider to verify the credentials on their side.
    .ui = Your phone could not sign in to the service. Please check the account details.
    .impact = The call fails at once and the handset shows 0x407, often while the line itself still shows as registered, because only calls are challenged by the proxy.
    .confirm =
        In a SIP trace, check that the phone resent the INVITE with a Proxy-Authorization header and that this second INVITE also got 407.
        Compare the realm in the Proxy-Authenticate header with the domain of the connection, and the username with the provider's account data.
        Check the server's log for the failed authentication and the account it was tried for.
    .asterisk =
        chan_pjsip challenges with 401, not 407, so if the phone gets 407 look for a proxy or SBC between the phone and Asterisk; challenges from Asterisk's own trunks are answered through outbound_auth and never reach the phone.
    .freeswitch =
        FreeSWITCH challenges INVITEs with 407 when auth-calls is true on the profile and answers a wrong password with 403, so a repeated 407 means the phone's answer to the challenge was missing or stale; with log-auth-failures=true on the profile, rejected credentials are logged as "SIP auth failure".
    .kamailio =
        In the stock config auth_check() fails and auth_challenge() sends 407 for requests other than REGISTER; log the return code of auth_check() and compare the realm used (usually $fd) with the phone's domain.
    .opensips =
        proxy_authorize() and proxy_challenge() handle this in the script; log the return code of proxy_authorize() and check that the realm and the subscriber's username match the phone's settings.

gigaset-0x408 =
    .title = 0x408: request timeout
    .summary = The phone received SIP 408 from the provider: the server could not obtain a final answer in time, because the called device or a server further along never replied. The manual renders it as “subscriber unreachable (e.g. account deleted)”, which is one possible cause, but the SIP meaning is a timeout.
    .causes =
        The called party's device is offline but its registration is still on record (stale registration, NAT binding expired).
        A downstream server or gateway does not answer.
        The called account was removed while its registration lingered, as in the manual's example.
    .actions =
        Try again later; if only one destination is affected, the problem is on the called party's side.
        If many destinations fail, check the provider's status and your own internet connection.
        If calls to this Gigaset time out, check its NAT settings (STUN, outbound proxy, registration refresh time) so incoming requests reach it.
    .ui = The person you called cannot be reached right now.
    .impact = The caller hears ringing or silence for a long time, often around 30 seconds, then the call drops and the handset shows 0x408.
    .confirm =
        In a SIP trace, check who sent the 408 (Server or User-Agent header) and how long after the INVITE it came.
        Check whether only this destination fails; if every call gets 408, look at the provider's status and your own internet connection.
        When calls to this Gigaset time out, check on the PBX or provider whether its registration is current and whether requests sent to its Contact address arrive (STUN, outbound proxy, NAT refresh).
    .asterisk =
        pjsip show contacts shows whether the called contact is Avail or Unavail (qualify_frequency on the AOR makes Asterisk probe it with OPTIONS); Asterisk sends 408 for hangup cause 18 (No user responding).
    .freeswitch =
        sofia status profile internal reg shows the called user's contact and expiry; hangup_cause NO_USER_RESPONSE is sent as 408, and nat-options-ping on the profile keeps NAT bindings of registered phones open.
    .kamailio =
        tm generates its own 408 when fr_timer (no provisional reply) or fr_inv_timer (no final answer) runs out; kamctl ul show <aor> shows the contact that was tried, and nathelper keepalives (natping_interval) keep NAT bindings alive.
    .opensips =
        tm generates 408 when fr_timeout or fr_inv_timeout runs out; opensips-cli -x mi ul_show_contact location <aor> shows the contact tried, and nathelper's natping_interval keeps NAT bindings alive.

gigaset-0x410 =
    .title = 0x410: gone
    .summary = The phone received SIP 410 from the provider: the dialled address existed on that server once but is permanently gone, and no forwarding address is known. The manual describes it as the provider not offering the requested service; the SIP meaning is a number or user that no longer exists.
    .causes =
        The number or account was cancelled.
        The number was ported away without forwarding.
        The phonebook still holds an old SIP address.
    .actions =
        Do not retry; the result will not change.
        Check the phonebook entry and find out the subscriber's new number.
        If the dialled number should be in service, ask the provider to check it.
    .ui = This number is no longer in service.
    .impact = The call fails at once without ringing and the handset shows 0x410, sometimes after a 'number no longer in service' announcement or an error tone.
    .confirm =
        In a SIP trace, read the Request-URI to make sure the number or address dialled is the intended one.
        Check the handset's phonebook entry for an old number or SIP address.
        Ask the provider to confirm whether the number was cancelled or ported away.
    .asterisk =
        Asterisk sends 410 for hangup cause 22 (Number changed), for example from a trunk that reported it or Hangup(22) in the dialplan; pjsip set logger on for the trunk leg shows where it came from.
    .freeswitch =
        hangup_cause NUMBER_CHANGED is sent as 410; check the b-leg's sip_term_status and hangup_cause_q850 to see whether the carrier reported it.
    .kamailio =
        A proxy usually relays 410 from the next hop; log $rs and $si in an onreply_route, or look in the script for a number-portability or blocked-number rule that answers 410 itself.
    .opensips =
        Log $rs and $si in an onreply_route to see which server sent the 410, or look in the script for a rule that answers 410 for retired numbers.

gigaset-0x413 =
    .title = 0x413: request too large
    .summary = The phone received SIP 413 from the provider: the body of the request was bigger than the server accepts. With a Gigaset it is usually an INVITE whose SDP lists many codecs, or a message that grew too large for UDP. The manual calls it a message that is too long.
    .causes =
        Many codecs enabled, making the SDP offer long.
        Large headers together with UDP transport, where the message gets fragmented.
        A router SIP ALG adding data to the message.
    .actions =
        Reduce the list of enabled codecs in the web configurator's audio settings to the ones the provider uses.
        Switch the connection to TCP if the base station and provider support it.
        Check the message size in a trace and turn off SIP ALG on the router.
    .ui = The call could not be set up.
    .impact = The call fails before it rings and the handset shows 0x413; calls to every number fail the same way as long as the oversized setting stays.
    .confirm =
        In a SIP trace, note the size of the INVITE the base sent and how many codecs its SDP lists.
        Check whether the INVITE travelled over UDP and arrived fragmented, or whether the router changed its size.
        Reduce the codec list in the web configurator's audio settings and check whether the INVITE shrinks and the call connects.
    .asterisk =
        pjsip set logger on shows the INVITE and its length; if the phone sends large messages over UDP, add a TCP transport in pjsip.conf (protocol=tcp) and let the phone use it.
    .freeswitch =
        sofia global siptrace on shows the oversized request; the b-leg's sip_term_status shows whether the 413 came from the carrier and was passed back to the phone.
    .kamailio =
        Kamailio relays a 413 from the next hop; log $rs and $si in an onreply_route to find the server that refused the size, and consider sending to that hop over TCP (for example with t_relay_to_tcp()).
    .opensips =
        Log $rs and $si in an onreply_route to find the server that refused the size; relaying to that hop over TCP (transport=tcp in the destination URI) avoids UDP fragmentation.

gigaset-0x414 =
    .title = 0x414: address too long
    .summary = The phone received SIP 414 from the provider: the Request-URI (the called address) is longer than the server is willing to handle. The manual calls it an address that is too long.
    .causes =
        A very long dialled string, for example extra digits or codes appended to the number.
        A dialling rule that adds a prefix more than once.
        An unusually long domain entered for the connection.
    .actions =
        Check the dialled number and the dialling rules and prefixes on the base station.
        Check the domain field of the IP connection.
        Dial the plain number again once the cause is fixed.
    .ui = The number you dialled is too long.
    .impact = The call fails straight after dialling without ringing and the handset shows 0x414.
    .confirm =
        In a SIP trace, read the Request-URI of the INVITE and check its length and any repeated prefix.
        Check the dialling rules and the domain field of the connection in the web configurator.
        Dial the plain number without extra codes and compare the Request-URI.
    .asterisk =
        pjsip set logger on shows the Request-URI Asterisk received and the one it sent on; if the dialplan builds the outgoing URI, check that it does not add a prefix twice.
    .freeswitch =
        sofia global siptrace on shows the Request-URI; check dialplan regex captures and gateway prefixes that could lengthen the number.
    .kamailio =
        Log $ru for the request and check script rewrites such as prefix() or $rU assignments that may add a prefix more than once; $rs in an onreply_route shows whether the 414 came from the next hop.
    .opensips =
        Log $ru and check rewrites such as prefix() or $rU changes in the script; $rs in an onreply_route shows whether the 414 came from downstream.

gigaset-0x415 =
    .title = 0x415: unsupported media type
    .summary = The phone received SIP 415 from the provider: the request carried a body in a format (Content-Type) or encoding the server does not support. The manual calls it an unsupported request format; “media type” means body format here, not audio.
    .causes =
        The phone sent a body type the provider does not accept, for example with a notification or text message.
        A compressed or specially encoded body the server cannot read.
    .actions =
        Read the Accept and Accept-Encoding headers of the 415 in a trace to see what the server supports.
        Disable the feature that produces the unsupported body, or update the base station firmware.
        If ordinary calls are affected, send the trace to the provider.
    .ui = This function is not supported by your phone service.
    .impact = Calls usually still work, but a feature such as a text message or a notification fails and the handset shows 0x415 for it; if an INVITE is refused, the call fails without ringing.
    .confirm =
        In a SIP trace, find the request that got the 415 and note its Content-Type and Content-Encoding.
        Read the Accept and Accept-Encoding headers of the 415 to see what the server supports.
        If the 415 answers an INVITE, check whether the body is plain SDP (application/sdp) or something else.
    .asterisk =
        Asterisk answers 415 to an out-of-dialog MESSAGE whose body is not text/plain and to an INVITE whose body is not SDP; pjsip set logger on shows which request and Content-Type it was.
    .freeswitch =
        sofia global siptrace on shows the request and its Content-Type, and whether FreeSWITCH answered it itself or passed on the far end's 415.
    .kamailio =
        Log $rs and $si in an onreply_route to find the server that sent the 415, and $cT for the body type of the request; Kamailio only refuses a body type itself when the script checks it.
    .opensips =
        Log $rs and $si in an onreply_route to find the server that sent the 415, and $cT for the request's body type; OpenSIPS only refuses a body type itself when the script checks it.

gigaset-0x416 =
    .title = 0x416: unsupported URI scheme
    .summary = The phone received SIP 416 from the provider: the Request-URI uses a scheme the server does not handle (for example sips: or tel: where only sip: is supported). The manual calls it an invalid URI.
    .causes =
        Secure SIP (TLS/SIPS) enabled on the base station while the provider only supports plain sip:.
        A phonebook entry or dialled string holding an address in an unsupported form.
    .actions =
        Check the transport and security settings of the connection in the web configurator.
        Dial the plain number instead of a stored address.
        Ask the provider which URI schemes it accepts.
    .ui = This address cannot be called.
    .impact = The call fails straight away without ringing and the handset shows 0x416; if the connection uses sips: for registration, the line stays unregistered.
    .confirm =
        In a SIP trace, read the scheme of the Request-URI (sip:, sips: or tel:) in the rejected request.
        Check the transport and security settings (TLS, SRTP) of the connection in the web configurator.
        Check whether the call was placed from a phonebook entry holding a full address rather than digits.
    .asterisk =
        For sips: URIs Asterisk needs a transport with protocol=tls; pjsip show transports lists the configured transports, and pjsip set logger on shows the URI the phone sent.
    .freeswitch =
        sips: needs TLS enabled on the profile (tls=true with a certificate); sofia status profile internal shows whether the TLS port is up, and sofia global siptrace on shows the rejected URI.
    .kamailio =
        sanity_check() answers a Request-URI whose scheme it cannot parse with 400 "Bad Request URI", practically never with 416, so the 416 most likely comes from the next hop; log $ru and check that a TLS listener (listen=tls:...) exists if sips: is expected.
    .opensips =
        Log $ru; OpenSIPS needs a TLS listener (a tls: socket with the TLS modules loaded) to serve sips: URIs, and $rs in an onreply_route shows whether the 416 came from downstream.

gigaset-0x420 =
    .title = 0x420: bad extension
    .summary = The phone received SIP 420 from the provider: the phone listed a SIP protocol extension in Require or Proxy-Require that the server does not support, and the Unsupported header names it. The manual's translation calls this “wrong ending”; it is about SIP protocol extensions, not about the dialled number or a phone extension.
    .causes =
        The phone requires an extension such as 100rel (PRACK) or session timers that the provider does not implement.
        A router SIP ALG altering the Require headers.
    .actions =
        Read the Unsupported header of the 420 in a trace to see which extension was refused.
        If the web configurator offers the matching option (for example session timers or reliable provisional responses), switch it off.
        Update the base station firmware; otherwise ask the provider about support for that extension.
    .ui = Your call could not be connected.
    .impact = The call fails at once without ringing and the handset shows 0x420; every call on this connection fails the same way until the requirement is removed.
    .confirm =
        In a SIP trace, read the Unsupported header of the 420 to see which extension was refused.
        Find the same option tag in the Require or Proxy-Require header of the phone's request.
        Switch off the matching option in the web configurator, if it is offered, and check that the header disappears.
    .asterisk =
        Asterisk answers 420 to a Require option tag it does not support; check the endpoint's 100rel and timers options with pjsip show endpoint <name>, and pjsip set logger on to see the Unsupported header.
    .freeswitch =
        sofia global siptrace on shows the Require header; enable-100rel and enable-timer on the profile decide whether FreeSWITCH supports reliable provisional responses and session timers.
    .kamailio =
        sanity_check() rejects a Proxy-Require it does not know with 420 "Bad Proxy Require Extension", but only when that check is enabled: sanity_check() without arguments runs it, the stock sanity_check("17895","7") does not, so with the stock script the 420 comes from another hop; compare the sanity module's proxy_require parameter with the request's Proxy-Require header.
    .opensips =
        Check the Proxy-Require header of the request and how the script handles it; $rs in an onreply_route shows whether the 420 came from downstream.

gigaset-0x421 =
    .title = 0x421: extension required
    .summary = The phone received SIP 421 from the provider: the server will only process the request if the phone supports a SIP extension it names in the Require header, such as 100rel or session timers. The manual lists it with the same “wrong ending” wording as 0x420.
    .causes =
        The provider insists on reliable provisional responses (100rel/PRACK) or session timers.
        The phone's firmware lacks that extension or has it switched off.
    .actions =
        Read the Require header of the 421 in a trace.
        Turn the named feature on in the web configurator if the base station offers it, or update the firmware.
        If the phone cannot support it, the provider has to relax the requirement for this account.
    .ui = Your call could not be connected.
    .impact = The call fails before ringing and the handset shows 0x421; every call on this connection fails until the phone supports the extension or the server stops requiring it.
    .confirm =
        In a SIP trace, read the Require header of the 421 to see which extension the server wants.
        Check the Supported header of the phone's INVITE for that option tag (100rel, timer).
        Turn the matching option on in the web configurator if the base offers it, or update the firmware, and call again.
    .asterisk =
        Asterisk sends 421 when the endpoint has 100rel=required or timers=required and the phone does not list that extension in Supported; check with pjsip show endpoint <name> and relax the setting.
    .freeswitch =
        sofia global siptrace on shows which server put the Require header in the 421; FreeSWITCH passes the far end's code back unless sip_ignore_remote_cause is set, so check the b-leg's sip_term_status.
    .kamailio =
        A proxy normally relays a 421 from the next hop; log $rs and $si in an onreply_route to find the server that requires the extension.
    .opensips =
        Log $rs and $si in an onreply_route to find the server that requires the extension; OpenSIPS itself only relays the 421.

gigaset-0x423 =
    .title = 0x423: interval too brief
    .summary = The phone received SIP 423 from the provider: the expiry time it asked for, usually the registration refresh time in REGISTER, is shorter than the server allows, and Min-Expires gives the minimum. The manual says the provider does not support the requested service; the SIP meaning is a too-short timer.
    .causes =
        The registration refresh time on the base station was set very low, often to keep a NAT binding open.
        The provider raised its minimum registration interval.
    .actions =
        Raise the registration refresh time in the web configurator to at least the Min-Expires value in the 423.
        Keep NAT bindings open with STUN, keep-alives or an outbound proxy instead of very short registrations.
        Normally the phone retries with the larger value by itself; if the code persists, fix the setting.
    .ui = Your phone could not sign in to the service. Please try again later.
    .impact = The line does not register: the connection shows as not registered, calls on it fail and the handset displays 0x423.
    .confirm =
        In a SIP trace, compare the Expires value of the phone's REGISTER with the Min-Expires header of the 423.
        Check whether the phone then sent a new REGISTER with the larger value and what it received.
        Check the registration refresh time of the connection in the web configurator.
    .asterisk =
        The AOR's minimum_expiration is the lowest expiry Asterisk accepts, and it answers 423 below it; compare it with the phone's refresh time using pjsip show aor <name>.
    .freeswitch =
        sofia status profile internal reg shows the expiry each registration got; FreeSWITCH can also impose its own value through the user directory variable sip-force-expires.
    .kamailio =
        By default the registrar raises a too-short expiry to min_expires instead of refusing it; it answers 423 only when the min_expires_mode parameter asks for that. kamctl ul show <aor> shows the expiry granted.
    .opensips =
        Compare the registrar module's min_expires with the phone's refresh time; opensips-cli -x mi ul_show_contact location <aor> shows the expiry granted, and $rs in an onreply_route shows a 423 relayed from another registrar.

gigaset-0x480 =
    .title = 0x480: called number temporarily unavailable
    .summary = The phone received SIP 480 from the provider: the called subscriber exists but cannot be reached at the moment, for example the device is not registered, do-not-disturb is on, or nobody answered in time. The manual describes it as the dialled number being temporarily unavailable.
    .causes =
        The called party's phone is offline or not registered.
        Do-not-disturb is active on the called device (often with a Reason header carrying a Q.850 cause).
        The call was not answered before the provider's timer ran out.
    .actions =
        Try again later; if the response has Retry-After, wait that long.
        Check the Reason header in the trace for the exact cause.
        If callers get 480 when calling this Gigaset, check in the web configurator that its own connection is registered.
    .ui = The person you called is not available right now.
    .impact = After little or no ringing the caller hears an error tone or a provider announcement that the subscriber is not available, and the handset shows 0x480.
    .confirm =
        In a SIP trace, read the reason phrase and the Reason header of the 480, which often carries a Q.850 cause such as 18, 19 or 20.
        Check on the provider or PBX side whether the called user is registered at the moment.
        If callers get 480 when calling this Gigaset, check its connection status in the web configurator and its registration on the server.
    .asterisk =
        pjsip show contacts (or pjsip show aor <name>) shows whether the called endpoint is registered; Asterisk sends 480 for no answer, an unregistered subscriber (cause 20) and unspecified failures, and DIALSTATUS in the dialplan shows which.
    .freeswitch =
        sofia status profile internal reg shows whether the called user is registered; the channel's hangup_cause (for example USER_NOT_REGISTERED, NO_ANSWER or SUBSCRIBER_ABSENT) tells why, and these are sent as 480.
    .kamailio =
        kamctl ul show <aor> shows whether the called user has a contact; the stock config answers an unregistered user with 404, so a 480 usually comes from the callee or a script rule such as do-not-disturb, which $rs in an onreply_route tells apart.
    .opensips =
        opensips-cli -x mi ul_show_contact location <aor> shows the called user's contacts; $rs and $si in an onreply_route show whether the 480 came from the callee or from the script.

gigaset-0x481 =
    .title = 0x481: call or transaction does not exist
    .summary = The phone received SIP 481 from the provider: a request that belongs to a call (for example BYE, CANCEL or a re-INVITE) reached a server that no longer knows that call or transaction. The manual glosses it as “recipient unavailable”; the SIP meaning is that the call state is missing.
    .causes =
        The other side had already ended the call when the phone's request arrived (both hung up at once).
        A server restart or failover at the provider lost the call state.
        The public IP or NAT mapping changed during the call, so in-call requests no longer match.
    .actions =
        At the end of a call this is usually harmless.
        If calls drop midway with 481, check the router (SIP ALG, UDP timeouts) and the session timer settings.
        Trace the re-INVITE or UPDATE that received the 481 and give it to the provider if the pattern repeats.
    .ui = The call has already ended.
    .impact = Most often the caller notices nothing: the call had just ended and the handset shows 0x481 briefly; if it happens during a call, the call drops or a hold or transfer fails.
    .confirm =
        In a SIP trace, find the request that got the 481 (BYE, CANCEL, re-INVITE or UPDATE) and check whether the other side had already ended the call.
        Compare the Call-ID and tags of that request with those of the original call, and its Contact and Via addresses with the public IP address at that time.
        If calls drop mid-call, check the router's SIP ALG and UDP timeouts and the session timer settings.
    .asterisk =
        pjsip set logger on shows the in-dialog request and the 481; for phones behind NAT set rewrite_contact=yes, force_rport=yes and rtp_symmetric=yes on the endpoint, and check timers= if drops follow session refreshes.
    .freeswitch =
        sofia global siptrace on shows the unmatched request; for phones behind NAT check the profile's NAT settings (aggressive-nat-detection, apply-nat-acl), and session-timeout and enable-timer if drops follow refreshes.
    .kamailio =
        kamcmd dlg.list (dialog module) shows whether the proxy still tracks the call; check the loose_route() handling of in-dialog requests and NAT fixes such as fix_nated_contact() from nathelper.
    .opensips =
        opensips-cli -x mi dlg_list shows whether the dialog is still known; check loose_route() handling and fix_nated_contact() for phones behind NAT.

gigaset-0x482 =
    .title = 0x482: loop detected
    .summary = The phone received SIP 482 from the provider: a proxy saw the same request return to itself, which means the call is going round in a loop. The manual describes it as a duplicate service request.
    .causes =
        Call forwarding between numbers that point at each other (A forwards to B, B forwards back to A).
        A routing error in the provider's network or between providers.
        An outbound proxy setting that sends the request back into the forwarding path.
    .actions =
        Check call forwarding on your own line and ask the called party to check theirs.
        Check the outbound proxy setting of the connection in the web configurator.
        If forwarding is not involved, report the destination and time to the provider. Retrying will not help.
    .ui = Your call could not be connected.
    .impact = The call fails without ringing and the handset shows 0x482; the same number fails the same way on every attempt.
    .confirm =
        In a SIP trace on the provider or PBX side, read the Via headers of the rejected request; the same proxy appearing twice shows the loop.
        Check call forwarding on your own line (provider portal, PBX, base station) and ask the called party about theirs.
        Check the outbound proxy setting of the connection in the web configurator.
    .asterisk =
        A forwarding loop inside Asterisk shows as many channels for one call in core show channels; check the dialplan or follow-me rules that send the call back to an extension that forwards it again.
    .freeswitch =
        A loop through FreeSWITCH usually ends with hangup_cause EXCHANGE_ROUTING_ERROR, sent as 483 rather than 482, so a 482 was most likely relayed from the far end: check the b-leg's sip_term_status and the forwarding rules in the dialplan.
    .kamailio =
        Log $ru and $du on each pass through the script to see the loop, and check forwarding rules that send the request back to the proxy; mf_process_maxfwd_header() at the start of request_route stops a loop the script does not catch.
    .opensips =
        Log $ru and $du on each pass, check forwarding and routing rules that point back to the proxy, and make sure mf_process_maxfwd_header() runs at the start of the main route.

gigaset-0x483 =
    .title = 0x483: too many hops
    .summary = The phone received SIP 483 from the provider: the request passed through so many servers that its Max-Forwards counter ran out before reaching the destination. As the manual explains, the original sender sets that maximum.
    .causes =
        A long or looping chain of call forwarding.
        A routing loop inside the provider's network or between carriers.
        The phone sent an unusually low Max-Forwards value (rare).
    .actions =
        Check call forwarding on both your line and the called line.
        Check the Max-Forwards value in the phone's INVITE in a trace; 70 is the usual starting value.
        If forwarding is not the cause, ask the provider to check the route to this destination.
    .ui = Your call could not be connected.
    .impact = The call fails after a short delay without ringing and the handset shows 0x483; repeating the call gives the same result.
    .confirm =
        In a SIP trace, check the Max-Forwards value of the phone's INVITE; 70 is the usual starting value, and a much lower one points to the phone.
        Check call forwarding on your line and on the called line for chains that keep passing the call on.
        Ask the provider to trace the route to this destination; the request as it reached the rejecting server lists every hop in its Via headers.
    .asterisk =
        Asterisk starts its outgoing requests with the max_forwards value from the type=global section of pjsip.conf (70 by default); a loop through the dialplan shows as many channels for one call in core show channels.
    .freeswitch =
        FreeSWITCH copies the incoming Max-Forwards into max_forwards, lowers it on each bridge and ends the call with hangup_cause EXCHANGE_ROUTING_ERROR, sent as 483, when it reaches zero; look for dialplan transfers or bridges that loop.
    .kamailio =
        The stock config answers 483 'Too Many Hops' when mf_process_maxfwd_header() finds Max-Forwards used up; log $ru and $du to see where the request is routed on each pass.
    .opensips =
        The script answers 483 when mf_process_maxfwd_header() reports Max-Forwards used up; log $ru and $du to follow the loop.

gigaset-0x484 =
    .title = 0x484: address incomplete
    .summary = The phone received SIP 484 from the provider: the dialled number is too short to route, usually because digits are missing. It also happens when the base sends the number before dialling has finished.
    .causes =
        Digits are missing from the dialled number.
        The number was sent before it was complete (dialling slowly after going off-hook).
        A dialling rule on the base station cut the number short.
    .actions =
        Dial the complete number including the area code.
        Enter the number first and then press the talk key, so the whole number is sent at once.
        Check the dialling rules and prefixes in the web configurator.
    .ui = The number you dialled is incomplete.
    .impact = The call fails right after dialling, sometimes while the caller is still pressing digits; an error tone sounds and the handset shows 0x484.
    .confirm =
        In a SIP trace, read the Request-URI of the INVITE to see which digits were actually sent.
        Enter the complete number first and press the talk key afterwards, then compare the result.
        Check the dialling rules and prefixes in the web configurator for anything that shortens the number.
    .asterisk =
        With allow_overlap=yes (the default) Asterisk answers 484 when the dialled digits only partly match an extension in the endpoint's context; check with pjsip show endpoint <name> and dialplan show.
    .freeswitch =
        hangup_cause INVALID_NUMBER_FORMAT is sent as 484; check the dialplan condition that should match the number and the log line showing which extension was tried.
    .kamailio =
        A 484 is sent by the script (for example after a length check on $rU) or relayed from the next hop; log $rU, and $rs in an onreply_route.
    .opensips =
        A 484 comes from a script check on $rU or is relayed from downstream; log $rU, and $rs and $si in an onreply_route.

gigaset-0x485 =
    .title = 0x485: ambiguous address
    .summary = The phone received SIP 485 from the provider: the dialled address matches more than one subscriber and the server cannot pick one. It may list the possible targets in Contact headers. The manual says the dialled URI is not unique.
    .causes =
        A short or partial number that matches several entries in the provider's directory.
        A short code or name-based address shared by several users.
    .actions =
        Dial the full, unique number.
        Look at the Contact headers in a trace to see which targets were offered.
        If a standard number returns 485, ask the provider to check its numbering plan.
    .ui = The number you dialled matches more than one person. Please dial the full number.
    .impact = The call fails without ringing and the handset shows 0x485; the caller has to dial a longer, unique number.
    .confirm =
        In a SIP trace, read the Request-URI of the INVITE and the Contact headers of the 485, which may list the possible targets.
        Dial the full number and check whether it connects.
        If a complete number gets 485, ask the provider or PBX owner to check the numbering plan.
    .freeswitch =
        FreeSWITCH passes the far end's SIP code back to the phone, so a 485 normally came from the carrier: check the b-leg's sip_term_status, and set sip_ignore_remote_cause=true if FreeSWITCH should send its own code instead.
    .kamailio =
        A 485 comes from the script (for example a short-code lookup that matched several entries) or is relayed from the next hop; log $rU, and $rs and $si in an onreply_route.
    .opensips =
        A 485 comes from a script lookup that matched several entries or is relayed from downstream; log $rU, and $rs and $si in an onreply_route.

gigaset-0x486 =
    .title = 0x486: called number busy
    .summary = The phone received SIP 486 from the provider: the called party's device was reached but cannot take another call now. It is the normal busy result of a call attempt; the manual describes it as the dialled number being busy.
    .causes =
        The called party is already on a call and call waiting is off or full.
        The called party rejected the call.
        A PBX or trunk on the called side has no free channel for this user.
    .actions =
        Nothing is broken; call again later and honour Retry-After if present.
        If every call to this number is busy, the called side should check its device and channel limits.
        If callers always hear busy when calling this Gigaset, check call waiting and the number of simultaneous calls allowed on the base station.
    .ui = The number you called is busy.
    .impact = The caller hears a busy tone, right away or after brief ringing, and the handset shows 0x486; calling again later usually works.
    .confirm =
        In a SIP trace, confirm that the 486 came from the called side (its Server or User-Agent header) and read any Reason header.
        If every call to this number is busy, check the called PBX or device for call limits or a call that is stuck.
        If callers always hear busy when calling this Gigaset, check call waiting and how many simultaneous calls the base station allows.
    .asterisk =
        Asterisk sends 486 for hangup cause 17 (User busy); DIALSTATUS BUSY in the dialplan and core show channels show whether the called endpoint was really in a call.
    .freeswitch =
        hangup_cause USER_BUSY is sent as 486; the b-leg's sip_term_status shows whether the called phone itself answered busy.
    .kamailio =
        Kamailio relays 486 from the callee; t_check_status("486") in a failure_route is where forward-on-busy or voicemail is usually added.
    .opensips =
        OpenSIPS relays 486 from the callee; t_check_status("486") in a failure_route is where forward-on-busy or voicemail is usually handled.

gigaset-0x487 =
    .title = 0x487: call cancelled
    .summary = The phone received SIP 487 from the provider: the call attempt was cancelled before anyone answered, and this response confirms the cancellation took effect. The manual lists it under general errors.
    .causes =
        The caller hung up before the call was answered.
        The phone or the provider cancelled the attempt after a no-answer timer ran out.
        The call was answered on another device, so the other ringing branches were cancelled.
    .actions =
        When the caller hung up, this is the expected result and no action is needed.
        If it appears without anyone hanging up, find in the trace which side sent the CANCEL and check the no-answer timers.
        Check call forwarding on no answer and parallel ringing at the provider.
    .ui = Call cancelled.
    .impact = Normally the caller simply hung up before anyone answered, so nothing more is heard; if the caller did not hang up, the ringing stops unexpectedly and the handset shows 0x487.
    .confirm =
        In a SIP trace, find the CANCEL that came before the 487 and note who sent it: the phone (the caller hung up) or a server.
        If the phone did not send it, check the no-answer timers and call forwarding on no answer at the PBX or provider.
        For a call that rang on several devices, check whether another device answered it.
    .asterisk =
        Dial() cancels the outgoing leg when its timeout runs out or the caller hangs up; DIALSTATUS (CANCEL or NOANSWER) shows which, and pjsip set logger on shows who sent the CANCEL.
    .freeswitch =
        hangup_cause ORIGINATOR_CANCEL, sent as 487, means the caller gave up; if calls are cut short, check call_timeout or originate_timeout in the dialplan.
    .kamailio =
        When fr_inv_timer runs out, tm cancels the ringing branches and returns 408 upstream, so a 487 at the phone means the CANCEL came from the phone itself or from upstream; check parallel forking (several contacts from lookup(), append_branch()).
    .opensips =
        When fr_inv_timeout runs out, tm cancels the branches and answers 408, so a 487 at the phone follows a CANCEL from the phone or from upstream; check forking branches and failure_route handling.

gigaset-0x488 =
    .title = 0x488: media not acceptable
    .summary = The phone received SIP 488 from the provider or the called side: the session described in the SDP cannot be accepted, usually because there is no common codec or the media parameters do not fit. The manual describes it as an incompatible media description.
    .causes =
        The base station offers only codecs the provider or called side does not support (for example only G.722 or G.729).
        Unusual media parameters in the SDP (packet time, DTMF method).
        A router SIP ALG rewriting the SDP.
    .actions =
        In the web configurator's audio settings, enable the standard codecs G.711 A-law and µ-law (PCMA/PCMU).
        Compare the SDP offer with the Warning header of the 488 in a trace; it often names the problem.
        Turn off SIP ALG on the router and ask the provider which codecs it supports.
    .ui = The call could not be connected because the audio settings don't match.
    .impact = The call fails while it is being set up, before or just after ringing starts, and the handset shows 0x488; sometimes only calls to certain destinations fail.
    .confirm =
        In a SIP trace, list the codecs in the phone's SDP offer (the payload types on the m= line and the rtpmap lines).
        Read the Warning header of the 488, if any, and compare the offer with the codecs the provider or called side supports.
        Check the enabled codecs in the web configurator's audio settings, and compare the SDP before and after the router to rule out a SIP ALG.
    .asterisk =
        pjsip show endpoint <name> lists the allowed codecs (allow=, disallow=); Asterisk answers 488 when none of them matches the offer, and hangup cause 58 (Bearer capability not presently available) is also sent as 488.
    .freeswitch =
        Compare the offer with inbound-codec-prefs on the profile; hangup_cause INCOMPATIBLE_DESTINATION is sent as 488, and the codec comparison lines in the debug log show why no codec matched.
    .kamailio =
        Kamailio relays 488 unless the script edits the SDP; check rtpengine or sdpops calls (such as sdp_remove_codecs_by_name()) that might strip the codec both sides share.
    .opensips =
        OpenSIPS relays 488 unless the script edits the SDP; check codec_delete() or rtpengine calls that might remove the codec both sides share.
