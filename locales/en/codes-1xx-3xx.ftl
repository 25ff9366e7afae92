# SIP provisional (1xx), success (2xx) and redirection (3xx) responses, plus the per-class
# fallback messages used for codes that are not in the IANA registry.

sip-100 =
    .title = Trying
    .summary = The next hop (a proxy, SBC, softswitch or the callee's own device) has received the request and is working on it. It is only a hop-by-hop receipt: it stops the caller from retransmitting the INVITE but says nothing about whether the callee exists or will ring, and a stateful proxy never passes it on upstream.
    .causes =
        A proxy, SBC or softswitch confirms the INVITE at once while it looks up the route.
        The callee's phone or PBX confirms the INVITE before it starts alerting.
        A server acknowledges a slow non-INVITE request, such as a REGISTER that needs a database lookup.
    .actions =
        A 100 only proves that the first hop got the INVITE; look for the 18x or final response that should follow.
        If the call hangs after 100 Trying, the problem is further on: follow the INVITE to the next hop in the trace and see whether it was forwarded and answered.
        If the caller keeps retransmitting the INVITE although a 100 was sent, the 100 is not reaching it: check the Via address, NAT and firewall on the return path.
        If no final response ever comes, the call is ended by a timer (often 408, or a CANCEL and 487); check the proxy's INVITE timeout and the trunk routing.
    .ui = Calling…

sip-180 =
    .title = Ringing
    .summary = The callee's device has received the INVITE and is alerting the user. A 180 without SDP makes the caller's phone play its own local ringback tone; several 180s with different To tags mean the call was forked to several devices.
    .causes =
        The called phone or softphone is ringing.
        A PBX or gateway reports that the far end is alerting (for example ISDN or ISUP Alerting mapped to 180).
        A forking proxy or hunt group rings several devices, and each sends its own 180.
    .actions =
        Nothing is broken: wait for 200 OK or a final failure response.
        If the caller hears no ringback after a 180, check that the phone generates a local tone and is not waiting for early media that never comes.
        If the 180 carries SDP, or follows a 183 with SDP, the phone may play the early media instead of its own tone; check which one the endpoint prefers.
        If it rings forever, check the no-answer timers and forward-on-no-answer settings on the callee's side.
    .ui = Ringing…

sip-181 =
    .title = Call is being forwarded
    .summary = A server or the callee's device tells the caller that the call is being diverted to another destination. The response is optional and purely informational; the call goes on towards the new target.
    .causes =
        The callee has unconditional, busy or no-answer call forwarding set on the PBX or in the network.
        A hunt group or follow-me service moves the call on to the next number.
        A feature server diverts the call to voicemail.
    .actions =
        Nothing is broken: wait for the next 18x or a final response from the new destination.
        Look at the Diversion or History-Info header (in the 181 or in the forwarded INVITE) to see who forwarded the call and for what reason.
        If calls end up at an unexpected number, check the forwarding settings of the called account.
    .ui = Your call is being forwarded…

sip-182 =
    .title = Queued
    .summary = The callee cannot take the call right now, but a server has put it in a queue instead of rejecting it. The final response comes when the call is answered or leaves the queue; the server may send more 182s to update the caller, and the reason phrase may give the queue position or expected wait.
    .causes =
        A contact-centre (ACD) queue holds the call until an agent is free.
        A PBX queues calls to a busy extension or group instead of answering 486.
    .actions =
        Nothing is broken: the final response will come from the queue.
        Read the reason phrase for the queue position or waiting time, if the server provides them.
        If the caller gives up too early, make sure the caller's no-answer timer is longer than the queue timeout.
        If calls stay queued too long, check agent availability and queue timeout settings on the PBX or contact-centre platform.
    .ui = Your call is in a queue. Please hold.

sip-183 =
    .title = Session progress
    .summary = A provisional response that reports call progress not covered by the other 1xx codes. When it carries SDP it opens early media: the network or the callee plays ringback, announcements or voice prompts before the call is answered.
    .causes =
        A gateway or softswitch passes on the ringback tone of the far network (ISDN or ISUP progress mapped to 183).
        An announcement such as "number not available" is played before a failure response is sent.
        An IVR, music on hold or a custom ringback service streams audio before answer.
        The callee's side waits for PRACK (100rel) or for QoS preconditions before it can alert.
    .actions =
        If the caller hears silence instead of ringback, check that RTP from the address in the 183 SDP reaches the caller: NAT, firewall, SBC media anchoring.
        Check the codec chosen in the 183 SDP, and whether the phone plays early media at all or only its own local tone.
        If the 183 has Require: 100rel, the caller must answer with PRACK; without it the call will not progress.
        A 183 without SDP only means the call is progressing; wait for 180 or a final response.
    .ui = Connecting your call…

sip-199 =
    .title = Early dialog terminated
    .summary = An RFC 6228 provisional response telling the caller that one early dialog of a forked call has ended before the final response, so the caller can drop that branch's early media and resources. Its To tag identifies the ended dialog, and it is only sent if the caller declared support with the option tag 199.
    .causes =
        A forking proxy got a non-2xx final response on one branch while other branches are still ringing.
        A UAS that opened several early dialogs for one INVITE (for example a B2BUA in front of several devices) ends one of them.
    .actions =
        Nothing is broken by itself: the call continues on the remaining branches.
        Match the To tag with the earlier 18x to see which branch ended, and check that the caller stopped playing that branch's early media.
        If it arrives on a call that was not forked, look at the final response that follows for the real outcome.
    .ui = Connecting your call…

sip-200 =
    .title = OK
    .summary = The request succeeded. For an INVITE it means the call was answered: the 200 carries the SDP answer (or offer), the caller must confirm it with ACK, and the callee resends the 200 until the ACK arrives; for a REGISTER it returns the current Contact bindings and their expiry.
    .causes =
        The callee answered the call.
        An automatic answer: voicemail, IVR, conference bridge or PBX auto attendant picked up.
        A registrar accepted a REGISTER, or a server accepted a BYE, CANCEL, OPTIONS, MESSAGE or other request.
    .actions =
        If the call drops about 32 seconds after answer, the callee never got the ACK and keeps resending the 200: check Contact, Record-Route, NAT and SBC handling of the ACK.
        If there is no audio after 200 OK, compare the SDP in the 200 with the offer: IP addresses (private addresses behind NAT), ports, codec and direction attributes.
        After a REGISTER, check the expiry of the Contact in the 200 and that the registered Contact is reachable from the server.
    .ui = Connected.

sip-202 =
    .title = Accepted (deprecated for SUBSCRIBE)
    .summary = The request was accepted for processing but its outcome is not known yet; the wire phrase is "Accepted". Today it is mostly the answer to REFER (call transfer), with the result reported later in NOTIFY; RFC 6665 deprecates 202 for SUBSCRIBE and tells subscribers to treat it like 200.
    .causes =
        The transferee accepted a REFER during a blind or attended transfer.
        An older event server (RFC 3265 era) accepted a SUBSCRIBE with 202.
        A messaging server accepted a MESSAGE for later, store-and-forward delivery.
    .actions =
        For a transfer, follow the NOTIFY messages and their sipfrag bodies (for example "SIP/2.0 200 OK" or a failure code) to see whether the transfer really succeeded.
        For SUBSCRIBE, handle it exactly like 200; current servers send 200 instead.
        A 202 to MESSAGE does not prove delivery; check the server's delivery reports.
    .ui = Request accepted.

sip-204 =
    .title = No notification
    .summary = An RFC 5839 success response to a SUBSCRIBE that asked for conditional notification: the subscription is refreshed, but the state has not changed since the entity tag the subscriber sent, so no NOTIFY with the full state follows.
    .causes =
        A presence, BLF or message-waiting client refreshed its subscription with Suppress-If-Match and the state was unchanged.
        The notifier supports RFC 5839 and saves traffic by not resending the same state.
    .actions =
        Nothing is broken: the subscriber keeps the state it already has.
        If a client shows stale status (BLF lamps, voicemail indicator), check that its stored entity tag matches the notifier's and that NOTIFYs do arrive when the state changes.
    .ui = Status is up to date.

sip-300 =
    .title = Multiple choices
    .summary = The address in the request matched several possible destinations, listed in the Contact header; the caller, or a proxy acting for it, may pick one and send the request there. Rare in practice: most networks use 302 or fork the call instead.
    .causes =
        A redirect server or location service found several devices or numbers for the user.
        A user directory offers alternative addresses (office, mobile, voicemail) for the caller to choose from.
    .actions =
        Read the Contact list and its q-values in the trace to see the offered destinations.
        Check who should follow the redirect: the calling device, or an upstream proxy or SBC set to recurse on 3xx; if neither does, the call fails.
        If the caller cannot choose between targets, consider letting the server fork the call instead of redirecting it.
    .ui = Redirecting your call…

sip-301 =
    .title = Moved permanently
    .summary = The callee can no longer be reached at the address used; the Contact header gives the new address, which the caller should use now and remember for future calls.
    .causes =
        The user's number or SIP URI was permanently moved to another domain or server.
        A server migration or number port redirects old addresses to the new ones.
    .actions =
        Check the Contact header: that is where the next INVITE should go.
        Check that the caller or an upstream proxy follows the redirect; many SBCs and trunks treat any 3xx as a failure unless redirect handling is turned on.
        Update address books, speed dials and routing tables with the new address so the redirect is no longer needed.
    .ui = Redirecting your call…

sip-302 =
    .title = Moved temporarily
    .summary = The callee can be reached for now at another address given in the Contact header; the caller should send a new request there but keep the original address for later calls. This is the most common redirect: forwarding services and routing engines use it to hand the call to a new target.
    .causes =
        Call forwarding done by redirect: the PBX returns 302 with the forwarding number instead of placing the call itself.
        A routing or number-portability server (LCR, LNP lookup) answers with 302 listing the gateways or the ported number to use.
        A load balancer or registrar points the caller to the server that currently serves the user.
    .actions =
        Read the Contact header, and the Diversion header if present, to see the new target and the reason.
        Check who follows the redirect: the caller's device, or a proxy or SBC that recurses on 3xx; with redirect handling off, the call simply fails with 302.
        If the new INVITE fails or loops back, check that the Contact is reachable and routable from the caller, and limit the number of redirects.
        Only follow trusted redirects: an unchecked 302 from a trunk can send calls to expensive destinations.
    .ui = Redirecting your call…

sip-305 =
    .title = Use proxy
    .summary = The callee's side says the request must go through the proxy named in the Contact header and asks for this one request to be resent via that proxy. Because a forged 305 could divert traffic, most current stacks ignore it or treat it as a failure, so it is rarely seen.
    .causes =
        A server policy requires calls to pass through a particular proxy or SBC.
        An old or unusual device uses 305 where a plain redirect was meant.
    .actions =
        Check the Contact header for the proxy address and whether the caller should have been using an outbound proxy in the first place.
        Fix the caller's outbound proxy settings rather than relying on 305; many devices will not follow it.
        Do not follow a 305 from an untrusted source: it may be an attempt to route calls through a third party.
    .ui = Redirecting your call…

sip-380 =
    .title = Alternative service
    .summary = The call did not succeed as placed, but other services could handle it; they are described in the message body, not in Contact. Its best-known use is in IMS (3GPP TS 24.229), where the network tells a phone to retry as an emergency call, with a body of type application/3gpp-ims+xml.
    .causes =
        An IMS network recognised the dialled number as an emergency number that the phone did not, and asks the phone to place an emergency call.
        A server offers another service, such as voicemail or messaging, in place of the requested call.
    .actions =
        Look at the body and its content type to see which alternative is offered; the headers alone do not tell.
        For IMS emergency cases, check the phone's emergency number lists and that it reacts to 380 by starting an emergency registration or emergency call.
        A device that does not understand the body treats the response as a failure; check its support before blaming the network.
    .ui = This call needs to be placed another way.

class-1xx =
    .title = Unregistered 1xx response (provisional)
    .summary = A provisional response means the request is still being processed. This code is not in the IANA registry, so under RFC 3261 §8.1.3.2 the caller treats it like 183 Session Progress (not 100 Trying); only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        A vendor-specific progress status sent by a PBX, softswitch or gateway during call setup.
        A bug or typo in a SIP stack producing a non-standard code.
        A code registered after this tool's copy of the registry was made.
    .actions =
        The call has not failed: wait for the final response.
        Read the reason phrase and any Warning or Reason header, identify the sender from its Server or User-Agent header and look the code up in its documentation.
        If it carries SDP, it opens early media just like 183; check the audio path the same way.
    .ui = Connecting your call…

class-2xx =
    .title = Unregistered 2xx response (success)
    .summary = A 2xx response means the request succeeded. This code is not in the IANA registry, so the caller treats it like 200 OK (for an INVITE: the call is answered and must be confirmed with ACK); only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        A proprietary or experimental success code from a vendor's SIP stack.
        A code from an old draft that was never registered, or a stack bug.
    .actions =
        Handle it as 200 OK; if it answers an INVITE, make sure an ACK is sent, or the call will drop after about 32 seconds.
        Identify the sender from its Server or User-Agent header and check the reason phrase against its documentation.
        If an endpoint rejects or ignores the response, report it to the vendor: non-standard 2xx codes break interoperability.
    .ui = Connected.

class-3xx =
    .title = Unregistered 3xx response (redirection)
    .summary = A 3xx response sends the caller to other destinations. This code is not in the IANA registry, so the caller treats it like 300 Multiple Choices and takes the targets from the Contact header; only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        A vendor's redirect or routing server using a code of its own.
        An old or non-standard SIP stack.
    .actions =
        Look at the Contact header for the offered targets and check whether the caller or a proxy follows them.
        Identify the sender from its Server or User-Agent header and check the reason phrase against its documentation.
        If nobody follows the redirect, the call fails; ask the vendor to use 302 or 300 instead.
    .ui = Redirecting your call…

class-4xx =
    .title = Unregistered 4xx response (client failure)
    .summary = A 4xx response means the server refused the request as it was sent: something in the request is wrong or this server will not serve it, and resending it unchanged will not help. This code is not in the IANA registry, so the caller treats it like 400 Bad Request; only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        A vendor-specific rejection, for example 478 Unresolvable Destination (Kamailio, JsSIP).
        A code from RFC 2543 that RFC 3261 removed, such as 409 Conflict or 411 Length Required, still sent by old stacks.
        The request lacks something the server requires, or names a number, account or feature it will not accept.
    .actions =
        Read the reason phrase and any Warning or Reason header; they usually name the real problem.
        Identify the sender from its Server or User-Agent header and look the code up in its documentation.
        Check the request itself (Request-URI, number format, credentials, headers) and fix it before retrying.
    .ui = The call could not be completed.

class-5xx =
    .title = Unregistered 5xx response (server failure)
    .summary = A 5xx response means the server failed to process a request that may well be valid. This code is not in the IANA registry, so the caller treats it like 500 Server Internal Error; only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        A fault or overload on the server, softswitch or gateway side, reported with the vendor's own code.
        A failure behind the server (database, routing engine, trunk) that it reports in its own way.
    .actions =
        Check the server's logs at the time of the call, and read the reason phrase and any Warning header.
        Try another server or route if there is one; honour Retry-After if the response carries it.
        If it keeps happening, open a ticket with whoever operates that server.
    .ui = The service is having a problem. Please try again later.

class-6xx =
    .title = Unregistered 6xx response (global failure)
    .summary = A 6xx response is a final answer from the callee's side that applies everywhere: the call should not be tried at the user's other locations. This code is not in the IANA registry, so the caller treats it like 600 Busy Everywhere; only the reason phrase or the sender's vendor documentation can tell what it really means.
    .causes =
        The callee, their device or a network service refused the call for all locations using a vendor code.
        An internal stack code leaking onto the wire, for example sofia-sip's 687 Dialog Terminated.
    .actions =
        Do not retry the same number over other routes; the answer is meant to be final.
        Read the reason phrase and the Reason header (Q.850 cause) and look the code up in the sender's documentation.
        If calls to many numbers get it, check the policy of the network that sends it (call blocking, spam filtering).
    .ui = The person you called cannot take your call.
