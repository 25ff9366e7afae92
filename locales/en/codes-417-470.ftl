# SIP response codes 417-470 (RFC 3261 extensions registered with IANA).

sip-417 =
    .title = Unknown Resource-Priority
    .summary = The request asked for priority treatment (RFC 4412), but the element that answered does not recognise any namespace or priority value in its Resource-Priority header. It appears mostly in government, military and emergency-preference networks (ETS/WPS, DSN, esnet).
    .causes =
        The request carries Require: resource-priority and a namespace the receiver has not enabled, for example a military namespace sent to a commercial carrier.
        The priority value is misspelled or outside the range defined for that namespace.
        Caller and callee networks were provisioned with different priority namespaces.
    .actions =
        Compare the Resource-Priority value in the request with the Accept-Resource-Priority list returned in the 417.
        Align the namespace configuration on both sides of the interconnect, or send a namespace the far end accepts.
        If priority is not essential for this call, remove resource-priority from Require and send the call as a normal call.
    .ui = Your priority call could not be placed with the requested priority.

sip-420 =
    .title = Bad Extension
    .summary = The request demanded a SIP extension (an option tag in Require or Proxy-Require) that the receiving proxy or user agent does not implement. The response names the missing tags in its Unsupported header; the caller's configuration, not the network, has to change.
    .causes =
        The caller insists on reliable provisional responses (Require: 100rel) and the far end has no PRACK support.
        Session timers (timer), call transfer (replaces) or another extension is marked as required instead of merely supported.
        A proxy on the path rejects an option tag it does not know that was placed in Proxy-Require.
    .actions =
        Read the Unsupported header of the 420: it lists exactly which option tags were refused.
        In the caller's settings change the extension from "required" to "supported" (for example, PRACK/100rel set to optional).
        Send the request again without the refused tag; repeating it unchanged will fail the same way.
    .ui = The call could not be set up because the two phone systems are not compatible.

sip-421 =
    .title = Extension Required
    .summary = The receiving user agent will only handle the request if the sender supports a particular SIP extension, and that extension was not listed in the request's Supported header. The response carries a Require header naming what is needed.
    .causes =
        The callee or gateway demands reliable provisional responses (100rel/PRACK) and the caller has them switched off.
        The far end requires session timers (timer) or QoS preconditions (precondition), which is common on IMS and mobile interconnects.
        The caller's device is old or minimal and does not advertise the extension at all.
    .actions =
        Check the Require header in the 421 to see which option tag the far end wants.
        Enable that feature on the caller's side (PRACK, session timers, preconditions) so it appears in Supported.
        If the caller cannot support it, ask the owner of the far end to relax the requirement and fall back to baseline SIP.
    .ui = The call could not be set up because the two phone systems are not compatible.

sip-422 =
    .title = Session Interval Too Small
    .summary = The Session-Expires value in an INVITE or UPDATE is shorter than the minimum the receiver accepts for session timers (RFC 4028). The response returns that minimum in a Min-SE header, and the caller is expected to retry with a larger value.
    .causes =
        The caller's session timer is configured very low (for example 60 s; the protocol floor is 90 s).
        A proxy or SBC on the path enforces a higher Min-SE than the endpoint's value, often 1800 s.
        A session refresh (re-INVITE or UPDATE) during the call sent a shorter interval than the one originally agreed.
    .actions =
        Look at the Min-SE header in the 422 and check whether the caller resent the request with Session-Expires at least that large.
        Raise the session timer on the caller or trunk to a common value such as 1800 s.
        If the call fails every time, the caller's stack is not performing the automatic retry; fix its configuration rather than the far end.
    .ui = The call could not be set up. Please try again.

sip-423 =
    .title = Interval Too Brief
    .summary = A registrar or notifier refused a REGISTER, SUBSCRIBE or PUBLISH because the requested lifetime (Expires) is shorter than its minimum. The response carries Min-Expires, and the client should repeat the request with at least that value.
    .causes =
        The phone's registration interval is set very low (for example 30-60 s), often as a workaround for NAT bindings timing out.
        The provider raised its Min-Expires and older device templates still use the previous value.
        A subscription (presence, BLF, message waiting) asks for a lifetime shorter than the server allows.
    .actions =
        Read Min-Expires in the 423 and set the device's registration or subscription expiry to that value or higher.
        Keep NAT bindings open with keepalives (CRLF, OPTIONS or STUN) instead of very short re-registration intervals.
        If the device never retries with a larger value, update its firmware or provisioning template.
    .ui = Your phone could not sign in to the phone service.

sip-424 =
    .title = Bad Location Information
    .summary = The request carried location information (a Geolocation header pointing to a PIDF-LO body or a location URI, RFC 6442) that the receiver could not parse or use. It is most relevant to emergency calls, where routing depends on the caller's location; the response normally includes a Geolocation-Error header with a code.
    .causes =
        The PIDF-LO XML body is malformed or lacks the civic address or coordinates the receiver needs.
        The Geolocation header refers to a body part or location-by-reference URI that is missing or cannot be fetched.
        The location server (LIS) returned no location or stale data for the caller's line.
    .actions =
        Check the Geolocation-Error code in the response (100 means the location could not be processed, 200-range codes are permission problems, 300 is a dereference failure).
        Validate the PIDF-LO body and confirm that the Geolocation header points to a part that is actually in the message.
        Review the location provisioning for the caller in the LIS or PBX emergency settings and test again.
    .ui = Your location could not be passed on with this call.

sip-425 =
    .title = Bad Alert Message
    .summary = A recipient of a non-interactive emergency alert (RFC 8876, a CAP payload sent over SIP, typically by sensors or automated alarm systems) could not make use of the alert data. The response carries an AlertMsg-Error header explaining what was wrong with the payload.
    .causes =
        The CAP XML in the body is malformed or was damaged in transit (AlertMsg-Error 103).
        The alert payload is missing, or the reference to it cannot be resolved (AlertMsg-Error 101).
        The alert does not contain enough information for the receiver to tell what it is about (AlertMsg-Error 102).
    .actions =
        Read the AlertMsg-Error code in the response to see which of these problems applies.
        Validate the CAP document and its Content-Type (application/EmergencyCallData.cap+xml) at the sending device or gateway.
        Fix the sending system and resend the alert; an unchanged retry will be rejected again.
    .ui = Your alert could not be delivered.

sip-428 =
    .title = Use Identity Header
    .summary = The receiving network's policy requires the caller's identity to be signed with an Identity header (STIR/SHAKEN, RFC 8224), and this request arrived without one. The call is refused until the originating side signs it.
    .causes =
        The originating carrier or PBX provider does not sign calls, or its signing service (STI-AS) failed for this call.
        An SBC or transit network between the signer and the verifier stripped the Identity header.
        The call entered through an interconnect or gateway that cannot carry STIR/SHAKEN data.
    .actions =
        Capture the INVITE at the terminating side and confirm that the Identity header is really absent.
        Walk the path back hop by hop to find where the header is lost, and check SBC header-manipulation rules.
        Ask the originating carrier to sign these calls; an enterprise PBX cannot fix this itself, the carrier must.
    .ui = Your call could not be verified and was not connected.

sip-429 =
    .title = Provide Referrer Identity
    .summary = During a call transfer (REFER), the transfer target requires proof of who requested the transfer: a valid signed Referred-By token (RFC 3892), and the request did not contain one. This is unrelated to rate limiting; it is not the same as HTTP 429 Too Many Requests.
    .causes =
        The transferred party sent its INVITE with a plain Referred-By header but no signed token, and the target's policy demands one.
        The token was present but its signature or content could not be verified.
        The target is configured to accept transfers only from authenticated referrers.
    .actions =
        Check the INVITE sent to the transfer target for the Referred-By header and any S/MIME body carrying the token.
        Have the transferring party repeat the REFER with a token, or relax the policy on the transfer target.
        Note that FreeSWITCH maps 429 to BAD_IDENTITY_INFO; that is a mapping quirk, the STIR code for bad identity info is 436.
    .ui = The call could not be transferred.

sip-430 =
    .title = Flow Failed
    .summary = With SIP Outbound (RFC 5626), an edge proxy reports that the specific connection (flow) it would use to reach a registered device is dead, although other flows to the same device may still work. It is meant for proxies, which should try another registered flow; an endpoint that receives it treats it as 400.
    .causes =
        The TCP or TLS connection from the device to the edge proxy dropped, for example after a NAT timeout or a network change on a mobile phone.
        Keepalives (CRLF or STUN) on that flow stopped, so the edge proxy considers it failed.
        The device has not re-registered yet, so the registrar still points at the broken flow.
    .actions =
        On the registrar or home proxy, check that the request was retried over the device's other reg-id flows.
        Review keepalive settings on the device and the edge proxy, and the NAT or firewall idle timeouts between them.
        Make sure devices register over at least two flows through different edge proxies so one failure does not block calls.
    .ui = The person you called cannot be reached on this device right now.

sip-433 =
    .title = Anonymity Disallowed
    .summary = The callee, or the callee's provider, refuses calls that hide the caller's identity (RFC 5079). This is an anonymous call rejection policy, not a fault: the same call with a visible number would go through.
    .causes =
        The caller withheld their number (CLIR or privacy set for this call or for the whole line).
        The PBX or trunk sets Privacy: id or rewrites From to anonymous for all outgoing calls.
        The callee has anonymous call rejection enabled on their line.
    .actions =
        Ask the caller to show their number for this call, or switch off caller ID blocking on the line.
        If the caller did not ask for privacy, check the PBX or trunk for Privacy headers and anonymised From or P-Asserted-Identity.
        Retrying with the number still hidden will be rejected the same way.
    .ui = The person you called does not accept calls from hidden numbers.

sip-436 =
    .title = Bad Identity Info
    .summary = A STIR/SHAKEN verifier could not fetch the certificate referenced by the info parameter of the Identity header (RFC 8224). Older stacks print this code as "Bad Identity-Info", the RFC 4474 name, when the certificate URL was in a separate Identity-Info header.
    .causes =
        The certificate URL (x5u/info) is unreachable, times out or returns an HTTP error.
        The URL uses a scheme the verifier does not support, or it is malformed.
        The verifier's outbound HTTPS access is blocked by a firewall or DNS problem.
    .actions =
        Copy the info URL from the Identity header and try to download it from the verification server itself.
        If it fails everywhere, the signing carrier's certificate repository is at fault and they must fix it.
        If it only fails from the verifier, check its DNS, proxy and firewall rules for outbound HTTPS.
    .ui = Your call could not be verified and was not connected.

sip-437 =
    .title = Unsupported Credential
    .summary = The verifier retrieved the certificate used to sign the call but does not accept it as a valid credential for the signer (RFC 8224). Many stacks still show the RFC 4474 name "Unsupported Certificate".
    .causes =
        The certificate does not chain to a certificate authority the verifier trusts (for example, not on the STI-PA trust list).
        The certificate has expired or has been revoked.
        The certificate type or its attributes do not match what the verifier's policy requires.
    .actions =
        Inspect the certificate chain: issuer, validity dates and revocation status.
        Check that the verifier's trust store and CRLs are up to date.
        If the signer's certificate is at fault, the originating carrier must renew or replace it.
    .ui = Your call could not be verified and was not connected.

sip-438 =
    .title = Invalid Identity Header
    .summary = The verifier obtained a usable certificate but the signature in the Identity header does not verify against the request (RFC 8224). Usually the call was changed after signing or the PASSporT itself is malformed.
    .causes =
        A network element rewrote the calling or called number (for example adding or removing a country code) after the call was signed.
        The signing service used a key that does not match the referenced certificate.
        The PASSporT token is truncated, badly encoded, or uses an unexpected algorithm.
    .actions =
        Decode the PASSporT and compare its orig and dest numbers with From or P-Asserted-Identity and with To or the Request-URI.
        Find any SBC or translation rule that changes numbers between the signer and the verifier.
        Ask the signing carrier to confirm the key and certificate pairing if the numbers match.
    .ui = Your call could not be verified and was not connected.

sip-439 =
    .title = First Hop Lacks Outbound Support
    .summary = The registrar supports SIP Outbound (RFC 5626) and the device asked to use it, but the first proxy the REGISTER passed through does not. The registrar refuses the registration so the device can pick another route or register without Outbound.
    .causes =
        The device sends reg-id and +sip.instance with Supported: outbound, but its outbound proxy has no Outbound support.
        The edge proxy has Outbound support switched off and does not add the Path header with the ob parameter.
        The device was configured with a different first-hop proxy than the service expects.
    .actions =
        Enable Outbound (Path with ob) on the edge proxy, or point the device at an edge proxy that supports it.
        Alternatively, turn off Outbound on the device so it registers in the classic way.
        Retry the registration through another proxy; repeating it via the same hop will fail again.
    .ui = Your phone could not sign in to the phone service.

sip-440 =
    .title = Max-Breadth Exceeded
    .summary = A proxy wanted to fork the request to several destinations in parallel, but the remaining Max-Breadth budget (RFC 5393) was too small, and it would not fork sequentially or redirect instead. The request did not reach all the intended destinations.
    .causes =
        The called address has many registered devices or a large ring group, and forks are nested inside other forks.
        An upstream proxy set a low Max-Breadth value in the request.
        A forking loop or misconfigured group causes the branches to multiply.
    .actions =
        Check the Max-Breadth header in the request at each proxy to see where the budget runs out.
        Reduce parallel branches: trim ring group members or stale registrations, or use sequential hunting.
        Look for groups that include themselves or each other, and fix the loop.
    .ui = Your call could not be put through.

sip-469 =
    .title = Bad Info Package
    .summary = An INFO request inside a call named an Info Package that the receiver had not agreed to accept (RFC 6086). The response lists the packages it does accept in Recv-Info. Only that mid-call message fails; the call itself continues.
    .causes =
        The sender uses an Info Package (for example for DTMF or a vendor feature) that the far end did not list in its Recv-Info during call setup.
        The two sides negotiated different packages, or one side changed its list with a re-INVITE.
        An SBC or B2BUA removed Recv-Info headers, so the negotiation never completed.
    .actions =
        Compare the Info-Package header of the rejected INFO with the Recv-Info values exchanged in the INVITE and its answer.
        Configure both sides to negotiate the package, or send DTMF as RFC 4733 telephone-event instead of INFO.
        Check that proxies and SBCs on the path pass Recv-Info and Info-Package unchanged.
    .ui = A keypad tone or in-call signal could not be delivered.

sip-470 =
    .title = Consent Needed
    .summary = A relay that forwards requests to other users (for example a list server or conference service using URI lists) refuses to do so because a recipient has not given permission to receive them (RFC 5360). The response lists the addresses lacking consent in Permission-Missing.
    .causes =
        The request was sent to a list or group that contains a recipient who has not yet agreed to receive such traffic.
        A consent granted earlier was revoked or has expired.
        The relay enforces consent as spam and amplification protection, and the recipient is new.
    .actions =
        Read the Permission-Missing header to see which recipients blocked the request.
        Have those recipients grant permission through the consent procedure of the service, then resend.
        Alternatively, remove those addresses from the list; resending unchanged will fail again.
    .ui = The person you are trying to reach has not yet agreed to receive this.
