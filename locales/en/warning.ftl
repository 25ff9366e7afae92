# SIP Warning header warn-codes (RFC 3261 §20.43 and §27.2; IANA SIP Parameters, "Warning Codes (warn-codes)" registry; RFC 5630 for 380 and 381; RFC 8373 for 308)

warn-300 =
    .title = Incompatible network protocol
    .summary = The session description names a network type that the sender of the warning cannot use, for example something other than IN in the SDP c= or o= line. A user agent, gateway or SBC that rejected the offer adds it, usually to a 488 or 606; it tells you the SDP was refused, not the call routing.
    .actions =
        Check the network type in the c= and o= lines of the rejected offer.
        Fix the device, B2BUA or SBC that built that SDP so it offers what the far end accepts.

warn-301 =
    .title = Incompatible network address formats
    .summary = The offer uses an address type the receiver cannot handle, most often IPv6 (IP6) media offered to an IPv4-only endpoint or the reverse. The rejecting user agent or SBC adds it, usually to a 488 or 606, so look at the addressing in the SDP rather than at the dial plan.
    .actions =
        Check the address type (IP4 or IP6) and the address in the c= and o= lines of the offer.
        Make the SBC or media relay offer an address family the far end supports, or offer both families through ICE.

warn-302 =
    .title = Incompatible transport protocol
    .summary = The media transport named in an m= line is not available at the far end, typically SRTP (RTP/SAVP, RTP/SAVPF, UDP/TLS/RTP/SAVPF) offered to a device that only does plain RTP/AVP, or the reverse. A user agent or SBC that rejected the offer adds it, usually to a 488 or 606; for support it points to a media encryption or profile mismatch.
    .actions =
        Compare the transport profile of each m= line with what the far end supports.
        Align the SRTP settings (off, optional, mandatory; SDES or DTLS) on both sides, or let the SBC convert between them.

warn-303 =
    .title = Incompatible bandwidth units
    .summary = A b= line of the session description uses a bandwidth modifier the receiver does not understand, such as TIAS or a vendor-specific one. The rejecting user agent or gateway adds it to a 488 or 606; the problem is a single SDP line, not the network capacity.
    .actions =
        Look at the b= lines of the rejected offer and the modifier each one uses.
        Remove or change the unsupported modifier on the sending device or with an SBC SDP rule.

warn-304 =
    .title = Media type not available
    .summary = The offer asks for a kind of media the answerer cannot handle at all, for example video, T.38 fax (image) or real-time text offered to an audio-only device. The answering user agent or gateway adds it, usually to a 488 or 606; it tells you which part of the call is unwanted, not that the number is wrong.
    .actions =
        Find which m= line the far end refused by comparing the offer with calls that succeed.
        Disable that media type towards this destination, for example video or T.38 on audio-only trunks, or check the far end's licence and configuration for it.

warn-305 =
    .title = Incompatible media format
    .summary = None of the payload formats (codecs) in the offer is acceptable to the receiver: the classic codec mismatch. The answering user agent, gateway or carrier SBC adds it, mostly to a 488 Not Acceptable Here, and it is the first thing to check when calls fail right after the INVITE.
    .actions =
        Compare the payload types and a=rtpmap lines of the offer with the codecs enabled on the far end.
        Add a common codec (G.711 is the usual fallback) on both sides or enable transcoding on the SBC or media server.
        Check DTMF (telephone-event) and ptime settings too if the codec lists already match.

warn-306 =
    .title = Attribute not understood
    .summary = The receiver does not support one or more a= attributes of the session description and refuses the offer because of them, for example crypto, fingerprint, ICE or precondition attributes. The rejecting user agent or SBC adds it, usually to a 488 or 606.
    .actions =
        Find the attribute in question: the warn-text often names it, otherwise compare with an offer that works.
        Remove or change that attribute on the sending side (SRTP keys, ICE, preconditions) or update the far end.

warn-307 =
    .title = Session description parameter not understood
    .summary = Some part of the SDP other than those covered by 300 to 306 could not be understood, so this is the catch-all for session description problems. A user agent or gateway that could not parse or accept the offer adds it, usually to a 488 or 606.
    .actions =
        Validate the SDP of the offer: line order, syntax, required lines such as v=, o=, s= and t=.
        Check whether an SBC, B2BUA or SIP ALG rewrote the SDP on the way and broke it.

warn-308 =
    .title = Incompatible language specification
    .summary = The offer asked for human languages (the hlang-send and hlang-recv attributes of RFC 8373) that the answerer cannot provide, which matters mainly for emergency services and relay centres. The answering user agent or service adds it when refusing the offer, and the warn-text lists the languages and media it does support.
    .actions =
        Read the warn-text for the languages and media the far end supports.
        Adjust the language preferences the caller's device puts in the SDP, or route the call to a service that offers the language.

warn-330 =
    .title = Multicast not available
    .summary = The session description asks for multicast media, but the site where the user is located does not support multicast. The rejecting user agent adds it to a 488 or 606; it is rare in ordinary telephony and usually points to a paging or broadcast application.
    .actions =
        Check whether the c= line holds a multicast address (224.0.0.0/4 or ff00::/8).
        Use unicast media towards this destination or enable multicast routing at the far site.

warn-331 =
    .title = Unicast not available
    .summary = The site where the user is located cannot take unicast media, usually because a firewall blocks it. The rejecting user agent adds it to a 488 or 606; for support it points to network policy at the far site rather than to SIP settings.
    .actions =
        Check the firewall and NAT rules for the RTP ports between the two media endpoints.
        Ask the far site's administrator which media addresses and ports are reachable.

warn-370 =
    .title = Insufficient bandwidth
    .summary = The bandwidth requested in the SDP (b= line) or implied by the codecs is more than the sender of the warning has available, for example because of a call admission control limit on a WAN link or a trunk. A PBX, SBC or user agent adds it when rejecting the call, usually with 488 or 606.
    .actions =
        Check the call admission control and bandwidth limits on the PBX, SBC or site involved.
        Offer a lower-bitrate codec or leave out video on constrained links.

warn-380 =
    .title = SIPS not allowed
    .summary = The request used the SIPS scheme but cannot be handled with it, for example because the called user has no SIPS contact registered. A proxy or registrar adds it, usually to a 480 Temporarily Unavailable; the callee exists, but not over a secure TLS path.
    .actions =
        Check whether the called device registered a sips: Contact over TLS.
        Call the user with a sip: URI, or make the device register over TLS with a SIPS contact.

warn-381 =
    .title = SIPS required
    .summary = The user agent or proxy accepts this request only with the SIPS scheme, meaning TLS on every hop, but the request used sip:. It is added to the rejection by the server that enforces the policy; the fix is on the sending side.
    .actions =
        Send the request with a sips: Request-URI over TLS.
        Check the TLS setup (certificates, transport=tls, port 5061) on the caller and on every proxy in the path.

warn-399 =
    .title = Miscellaneous warning
    .summary = A free-form warning: the warn-text carries information meant for people or logs, and the receiver must not act on it automatically. Vendors use it for their own diagnostics, for example the reason behind a 403, 488 or 606. Kamailio and OpenSIPS add a debugging warning with the unregistered code 392 ("Noisy feedback tells: ...") to the replies they generate when the core sip_warning parameter is enabled.
    .actions =
        Read the warn-agent and warn-text: they name the device that added the warning and its reason.
        Look the text up in that vendor's documentation or in the device's own logs.

warn-range-300 =
    .title = Unregistered warning about the session description
    .summary = This code is not registered with IANA. RFC 3261 reserves 300 to 329 for problems with keywords in the session description, so the warning most likely concerns the SDP of the offer; read the warn-text for details.

warn-range-330 =
    .title = Unregistered warning about network services
    .summary = This code is not registered with IANA. RFC 3261 reserves 330 to 339 for basic network services requested in the session description, such as multicast or unicast; read the warn-text for details.

warn-range-370 =
    .title = Unregistered warning about QoS parameters
    .summary = This code is not registered with IANA. RFC 3261 reserves 370 to 379 for quantitative QoS parameters requested in the session description, such as bandwidth; read the warn-text for details.

warn-range-390 =
    .title = Unregistered miscellaneous warning
    .summary = This code is not registered with IANA. RFC 3261 reserves 390 to 399 for miscellaneous warnings that fit none of the other groups, so the meaning is set by the device that added it (Kamailio and OpenSIPS, for example, use 392 for debugging); read the warn-agent and warn-text.

warn-range-other =
    .title = Unregistered warning code
    .summary = This code is not registered with IANA, and RFC 3261 reserves no meaning for its range (340 to 369 and 380 to 389 apart from the registered 380 and 381). Its meaning is specific to the device that added it; read the warn-agent and warn-text.
