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
