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

sip-404 =
    .title = Not found
    .summary = The server knows for certain that the user in the Request-URI does not exist in that domain, or the domain is not one it serves. Gateways translate it to Q.850 cause 1 (unallocated number).
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

sip-410 =
    .title = Gone
    .summary = The called address used to be valid on this server but has been withdrawn for good, and the server has no forwarding address for it. Gateways translate it to Q.850 cause 22 (number changed).
    .causes =
        The subscriber's number was disconnected, changed or ported away.
        The SIP account or extension was deleted from the server.
        Some softswitches reuse 410 with their own phrase (for example "No Route") when no route exists; the reason phrase tells which case it is.
    .actions =
        Confirm the current number with the callee and update contacts, speed dials and routing tables.
        If the phrase points to routing rather than a withdrawn number, check the route tables on the softswitch.
        Calling the same address again will not help.
    .ui = The number you called is no longer in service.

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
