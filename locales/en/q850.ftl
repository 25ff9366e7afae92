# ITU-T Q.850 cause values (ITU-T Q.850; RFC 3398 §7.2.4.1 and §8.2.6.1)

q850-1 =
    .title = Unallocated number
    .summary = The dialled number is not assigned to any subscriber in the network that cleared the call. The destination exchange or the carrier's number database usually sends it; SIP gateways turn it into 404.
    .actions =
        Check the dialled digits and the number format (national vs. international prefix) after your own dial-plan rewrites.
        Confirm with the carrier that the number is in service and, for ported numbers, routed to the right network.

q850-2 =
    .title = No route to specified transit network
    .summary = The exchange was asked to route the call through a particular transit network (carrier selection) that it does not recognise or cannot reach. This is a national-use cause sent by the exchange that handles the carrier selection.
    .actions =
        Check any carrier selection or transit network prefix your system adds to the number.
        Ask the carrier whether the selected transit network is reachable from your trunk.

q850-3 =
    .title = No route to destination
    .summary = The network that cleared the call has no route towards the area or network the number belongs to. It is usually sent by a transit exchange or softswitch whose routing tables do not cover the destination.
    .actions =
        Check that your outbound route and the carrier trunk allow this destination (country, mobile, premium or special ranges).
        Verify the number format sent to the carrier and ask the carrier to trace the route.

q850-4 =
    .title = Send special information tone
    .summary = The called party cannot be reached for a long-term reason, and the network wants the caller to hear a special information tone (the three rising tones before an announcement). It comes from the exchange serving the destination.
    .actions =
        Listen to the announcement that follows the tone, if any, to learn the real reason.
        Check whether the number has been disconnected or is temporarily restricted by its operator.

q850-5 =
    .title = Misdialled trunk prefix
    .summary = The caller included a trunk prefix (such as a leading 0 or 8) where it should not be part of the number. This is a national-use cause sent by the exchange that analyses the dialled digits.
    .actions =
        Review the dial-plan rules that add or strip trunk prefixes before the call reaches the carrier.
        Send the number in the format the carrier expects (E.164 or national without the prefix).

q850-6 =
    .title = Channel unacceptable
    .summary = The B-channel proposed for the call is not acceptable to the sending side. It appears on ISDN PRI/BRI links when both ends disagree about which channel to use.
    .actions =
        Check the channel selection settings (preferred vs. exclusive, ascending vs. descending hunting) on both sides of the E1/T1 link.
        Make sure both ends agree on which timeslots are configured and in service.

q850-7 =
    .title = Call awarded and delivered in an established channel
    .summary = The incoming call is being connected over a channel already set up for similar calls, as in packet-mode or X.25 access. It is informational and rarely appears on voice calls.
    .actions =
        Treat it as information, not an error, unless calls actually fail.
        If it appears on ordinary voice calls, capture the ISDN trace and ask the equipment vendor what it means there.

q850-8 =
    .title = Preemption
    .summary = The call was cleared because a higher-priority call needed its circuit. It occurs in networks with multilevel precedence and preemption, such as military or emergency networks.
    .actions =
        Check whether your trunk belongs to a network with precedence and preemption.
        Retry later or ask the network operator about reserved capacity for priority calls.

q850-9 =
    .title = Preemption, circuit reserved for reuse
    .summary = The call was preempted by a higher-priority call and the freed circuit is being kept for that call. It comes from the exchange that carried out the preemption.
    .actions =
        Retry the call later; the circuit is in use by a priority call.
        Ask the network operator how much capacity is available to ordinary calls.

q850-14 =
    .title = QoR: ported number
    .summary = The called number has been ported out to another network, and the exchange of the network that used to own it releases the call so that the originating network looks up the new routing number and tries again (Query on Release, ITU-T Q.769.1). The originating or transit exchange is meant to act on it, so it should rarely reach a caller; RFC 3398 gives no SIP mapping for it.
    .actions =
        If it reaches your side, your network or carrier is expected to do the number-portability lookup: check that the switch queries the portability database and reroutes the call.
        Check the portability database entry and the routing-number prefix used for this number.

q850-16 =
    .title = Normal call clearing
    .summary = One of the parties hung up and the call ended in the usual way. It is the most common cause; the side that released first sends it, and in SIP it becomes a BYE or CANCEL rather than an error response.
    .actions =
        Nothing needs fixing when a call ended after being answered.
        If calls end with 16 too early, look at who sent the release first (BYE direction, Reason header) and at media or session-timer problems.

q850-17 =
    .title = User busy
    .summary = The called party cannot accept another call, because the line or all its channels are in use or the user pressed reject. The callee's terminal or exchange sends it; SIP gateways turn it into 486.
    .actions =
        Try again later; it is the normal result when the callee is on another call.
        If it happens for an idle line, check the call-waiting and channel limits on the callee's PBX or trunk.

q850-18 =
    .title = No user responding
    .summary = The called party's terminal did not respond to the call setup within the allowed time, so the network gave up before any alerting. It is often seen with unreachable mobile or unregistered devices; SIP gateways map it to 408.
    .actions =
        Check whether the callee's device is switched on, registered and reachable.
        Look at the timers on the gateway or PBX that may abort setup too early.

q850-19 =
    .title = No answer from user
    .summary = The callee's phone rang (the user was alerted) but nobody answered within the ring time. The callee's exchange or a ring-timeout timer sends it; SIP gateways turn it into 480.
    .actions =
        Check the ring timeout on your PBX, dial string or carrier; a too-short timer causes false no-answers.
        Set up forwarding or voicemail on no answer if calls should not just end.

q850-20 =
    .title = Subscriber absent
    .summary = The callee is temporarily not reachable: a mobile is switched off or outside coverage, or a SIP endpoint is not registered. The mobile network or the callee's exchange sends it; SIP gateways turn it into 480.
    .actions =
        Check whether the callee's device is registered (for a SIP user, the registrar binding).
        Try later or route the call to voicemail.

q850-21 =
    .title = Call rejected
    .summary = The destination refused the call although it could have accepted it, for example by call screening, a blacklist or a user pressing decline. It can come from the user or from a network policy; SIP gateways send 403 (or 603 when the user rejected it).
    .actions =
        Check whether the caller ID is blocked or barred at the destination, or anonymous calls are refused.
        Check the carrier account and trunk permissions for the called destination.

q850-22 =
    .title = Number changed
    .summary = The called number is no longer in use and the subscriber has a new one; the new number may be included as a diagnostic. The destination exchange sends it; SIP gateways give 410, or 301 with the new number in Contact.
    .actions =
        Look for a new number in the diagnostic field or Contact header and update your directory.
        Remove the old number from speed dials, routes and CRM records.

q850-23 =
    .title = Redirection to new destination
    .summary = The call was diverted to another destination by a network redirection service. The exchange that carried out the diversion sends it; SIP gateways map it to 410.
    .actions =
        Check the diversion or redirection settings on the number.
        Follow the redirection information in the ISUP trace or the Diversion / History-Info headers.

q850-24 =
    .title = Call rejected due to feature at the destination
    .summary = A service at the called side refused the call, most often anonymous call rejection when the caller's number is withheld. The destination exchange or the callee's service platform sends it; RFC 3398 gives no SIP mapping for it, and SIP networks usually report the same case with 433 Anonymity Disallowed.
    .actions =
        Check whether the call went out with a restricted or missing calling number (From, P-Asserted-Identity, Privacy header or the ISUP presentation indicator).
        If the call is legitimate, present the caller ID or ask the callee to allow such calls; otherwise the rejection is intended.

q850-25 =
    .title = Exchange routing error
    .summary = The call could not be routed because of an error in an exchange, such as a routing loop or too many hops. SIP gateways send it for SIP 482 and 483.
    .actions =
        Look for routing loops between your PBX, SBC and carrier (Via headers, repeated hops).
        Review the route tables and hop limits on the exchanges involved.

q850-26 =
    .title = Non-selected user clearing
    .summary = The callee's terminal was offered the call but another terminal on the same line or group answered it first. It is sent to the devices that lost the race, and does not mean a failure.
    .actions =
        No action is needed when another device answered the call.
        If the call was lost, check which terminal answered in the ISDN trace or the PBX log.

q850-27 =
    .title = Destination out of order
    .summary = The callee's access is not working: the signalling link to the callee's device or PBX is down. The exchange serving the destination sends it; SIP gateways turn it into 502.
    .actions =
        Check that the destination PBX, gateway or trunk is up (layer 1/2 on ISDN, SIP OPTIONS or registration on VoIP).
        Ask the callee's operator about a fault on the line.

q850-28 =
    .title = Invalid number format
    .summary = The called number has a wrong format or is incomplete. Exchanges and gateways send it when number analysis fails; SIP gateways turn it into 484.
    .actions =
        Check the number type and numbering plan (national, international, unknown) and the prefixes your dial plan sends.
        Make sure enough digits are sent, especially with overlap dialling.

q850-29 =
    .title = Facility rejected
    .summary = The network cannot provide a supplementary service the call requested, such as a specific facility or feature. The exchange that refused the service sends it; SIP gateways map it to 501.
    .actions =
        Find which supplementary service or facility IE the setup requested and disable it if not needed.
        Ask the carrier whether the service is provisioned on your trunk.

q850-30 =
    .title = Response to STATUS ENQUIRY
    .summary = This cause is carried in a STATUS message that answers a STATUS ENQUIRY on an ISDN link. It reports the call state and is not a reason for clearing a call.
    .actions =
        Treat it as information when it is in a STATUS message.
        If calls end with this cause, compare the call states of both sides in the Q.931 trace.

q850-31 =
    .title = Normal, unspecified
    .summary = A normal event ended the call, but no more specific cause applied. Many switches and gateways use it as a generic fallback; SIP gateways turn it into 480.
    .actions =
        Look for a more specific reason in the SIP response, Reason header or vendor logs of the side that cleared the call.
        Find which hop produced the release and check its logs.

q850-34 =
    .title = No circuit/channel available
    .summary = There is no free circuit or channel to carry the call, so the trunk is full. Exchanges, gateways and PBXs send it when all channels are busy; SIP gateways turn it into 503.
    .actions =
        Check the number of busy channels and concurrent-call limits on your trunk and carrier account.
        Add capacity or spread traffic over other trunks if this happens at peak hours.

q850-38 =
    .title = Network out of order
    .summary = The network is not working properly and the condition is likely to last a while, so retrying at once is unlikely to help. An exchange or gateway sends it on link or equipment failure; SIP gateways turn it into 503.
    .actions =
        Check the state of the trunk and signalling links (E1 alarms, SS7 links, SIP trunk reachability).
        Contact the carrier about an outage.

q850-39 =
    .title = Permanent frame mode connection out of service
    .summary = A permanently established frame mode connection has stopped working, for example because of equipment or section failure. It belongs to frame relay and similar data services, not ordinary voice calls.
    .actions =
        Check the state of the permanent connection with the data network operator.
        Look for link or equipment alarms on the frame mode access.

q850-40 =
    .title = Permanent frame mode connection operational
    .summary = A permanently established frame mode connection is working again. It is a notification on frame relay and similar data services.
    .actions =
        No action is needed; the connection has been restored.

q850-41 =
    .title = Temporary failure
    .summary = The network is not working properly but the condition is expected to clear soon, so a retry may succeed. Gateways and exchanges send it for short-lived faults; SIP gateways turn it into 503, and 400, 481, 500 and 503 map back to it.
    .actions =
        Retry the call after a short delay.
        If it keeps happening, find the element that sent it and check its logs for overload, restarts or failed SIP responses.

q850-42 =
    .title = Switching equipment congestion
    .summary = The exchange that sent this cause is overloaded and cannot handle the call right now. SIP gateways turn it into 503.
    .actions =
        Retry later; the congestion is usually temporary.
        If it happens often, ask the carrier or check the load of your own switch.

q850-43 =
    .title = Access information discarded
    .summary = The network could not pass some access information (such as user-to-user information, low-layer compatibility or subaddress) to the remote user. The call itself may still go through.
    .actions =
        Check which information element was discarded in the trace (it is given in the diagnostic field).
        Stop sending that information if the remote side does not need it.

q850-44 =
    .title = Requested circuit/channel not available
    .summary = The specific circuit or channel requested for the call cannot be used, although others may be free. It is sent on ISDN links when exclusive channel selection fails.
    .actions =
        Check channel selection settings and whether the requested timeslot is blocked or in use.
        Allow preferred instead of exclusive channel selection if possible.

q850-46 =
    .title = Precedence call blocked
    .summary = No circuit could be preempted for the call, because the busy ones carry calls of equal or higher precedence. It occurs in networks with multilevel precedence and preemption.
    .actions =
        Retry later or use a higher precedence level if you are allowed to.
        Ask the network operator about capacity for precedence calls.

q850-47 =
    .title = Resource unavailable, unspecified
    .summary = Some network resource needed for the call is missing, and no more specific cause applies. SIP gateways turn it into 503.
    .actions =
        Check the sending element's logs for the resource that ran out (DSPs, transcoders, channels, licences).
        Retry later if it is a short-term shortage.

q850-49 =
    .title = Quality of Service not available
    .summary = The requested quality of service cannot be provided. It is used mainly with data and frame mode services.
    .actions =
        Check which QoS parameters the call requested and relax them if possible.
        Ask the network operator which QoS the access supports.

q850-50 =
    .title = Requested facility not subscribed
    .summary = The caller asked for a supplementary service that the operator supports but that is not part of the caller's subscription. The serving exchange sends it.
    .actions =
        Find which service the call requested (e.g. CLIR, call forwarding, a carrier feature).
        Ask the carrier to enable the service on your account or stop requesting it.

q850-53 =
    .title = Outgoing calls barred within CUG
    .summary = The caller belongs to a closed user group (CUG) that does not allow outgoing calls from this member. The exchange that checks CUG membership sends it.
    .actions =
        Check the caller's closed user group settings with the operator.
        Make sure the call is sent with the right CUG index, or without one if not needed.

q850-55 =
    .title = Incoming calls barred within CUG
    .summary = The callee belongs to a closed user group (CUG) that does not accept incoming calls for this member. SIP gateways turn it into 403.
    .actions =
        Check the callee's closed user group settings with the operator.
        Verify the CUG index sent with the call.

q850-57 =
    .title = Bearer capability not authorized
    .summary = The caller asked for a bearer capability (such as unrestricted 64 kbit/s data or video) that it is not allowed to use. SIP gateways turn it into 403.
    .actions =
        Check the bearer capability sent in the SETUP or IAM (speech, 3.1 kHz audio, unrestricted digital).
        Ask the operator to enable the service, or send the call as speech if data is not needed.

q850-58 =
    .title = Bearer capability not presently available
    .summary = The requested bearer capability is supported but cannot be provided at the moment. SIP gateways turn it into 503.
    .actions =
        Retry later.
        Check whether the call needs this bearer capability, or can be sent as speech or 3.1 kHz audio.

q850-62 =
    .title = Inconsistency in outgoing access information and subscriber class
    .summary = The outgoing access information and the subscriber class for a closed user group call contradict each other. The exchange that checks CUG data sends it.
    .actions =
        Check the CUG configuration of the caller with the operator.
        Verify the CUG and outgoing access data sent with the call.

q850-63 =
    .title = Service or option not available, unspecified
    .summary = A service or option needed for the call is not available, and no more specific cause applies. SIP gateways send it for SIP 405.
    .actions =
        Find which service or method was requested and check it is enabled on the trunk.
        Look for a more specific reason in the sending element's logs.

q850-65 =
    .title = Bearer capability not implemented
    .summary = The equipment that sent this cause does not support the requested bearer capability at all. SIP gateways turn it into 488.
    .actions =
        Check the bearer capability in the setup message, and the codecs or media offered in SDP.
        Send the call with a bearer capability the far end supports (usually speech or 3.1 kHz audio).

q850-66 =
    .title = Channel type not implemented
    .summary = The equipment that sent this cause does not support the requested channel type. In Asterisk the same value also means that no channel driver exists for the requested technology.
    .actions =
        Check the channel type in the setup message.
        In Asterisk, check the technology in the Dial string and that the channel driver module is loaded.

q850-69 =
    .title = Requested facility not implemented
    .summary = The equipment that sent this cause does not support the requested supplementary service. The exchange or PBX that received the request sends it.
    .actions =
        Find which supplementary service was requested in the trace.
        Turn off that service on your side, or use equipment that supports it.

q850-70 =
    .title = Only restricted digital bearer capability available
    .summary = The caller asked for unrestricted digital transfer, but only restricted digital capability is available along the path. This is a national-use cause; SIP gateways turn it into 488.
    .actions =
        Check whether the call needs unrestricted digital data, or can use speech or restricted digital.
        Ask the carrier about 64 kbit/s clear channel support on the route.

q850-79 =
    .title = Service or option not implemented, unspecified
    .summary = A requested service or option is not implemented, and no more specific cause applies. SIP gateways turn it into 501, and 406, 415 and 501 map back to it.
    .actions =
        Find which method, media type or service was requested in the SIP or ISDN trace.
        Check whether the far end supports it, and stop requesting it if not.

q850-81 =
    .title = Invalid call reference value
    .summary = A message arrived with a call reference that is not in use on this user-network interface. It points to a call-state mismatch between the two ends of an ISDN link.
    .actions =
        Compare the call references in the Q.931 trace of both sides.
        Look for restarts or lost messages on the link.

q850-82 =
    .title = Identified channel does not exist
    .summary = The call asked for a channel that is not configured on the interface. It is sent on ISDN links when the channel numbering differs between both ends.
    .actions =
        Check the channel map and the number of configured timeslots on both sides (e.g. E1 with or without timeslot 16).
        Make sure both ends use the same interface type and channel numbering.

q850-83 =
    .title = Suspended call exists, call identity does not
    .summary = A resume was attempted with a call identity that does not match any suspended call on the interface. It belongs to the ISDN suspend and resume service.
    .actions =
        Check the call identity used when resuming against the one used when suspending.
        Make sure the call was really suspended on this interface.

q850-84 =
    .title = Call identity in use
    .summary = A suspend request used a call identity that is already taken by another suspended call on the interface. It belongs to the ISDN suspend and resume service.
    .actions =
        Use another call identity for the suspend request.

q850-85 =
    .title = No call suspended
    .summary = A resume was requested, but there is no suspended call on the interface. It belongs to the ISDN suspend and resume service.
    .actions =
        Check whether the call was suspended, or was already cleared.

q850-86 =
    .title = Call with requested call identity has been cleared
    .summary = The suspended call that a resume request refers to was cleared while suspended, for example because of a network timeout or the remote user hanging up.
    .actions =
        Check how long the call stayed suspended and the suspend timer of the network.

q850-87 =
    .title = User not member of CUG
    .summary = The callee is in a closed user group that the caller does not belong to, or the caller is not a member of the group it used. SIP gateways turn it into 403.
    .actions =
        Check closed user group membership of both parties with the operator.
        Verify the CUG index sent with the call.

q850-88 =
    .title = Incompatible destination
    .summary = The destination cannot handle the kind of call requested, for example a data call to a voice-only terminal or an incompatible codec. SIP gateways turn it into 503; FreeSWITCH uses it for SIP 488 and 606.
    .actions =
        Compare the bearer capability, codecs or media offered with what the callee supports.
        For SIP, check the SDP offer and any Warning header in the 488 or 606 response.

q850-90 =
    .title = Non-existent CUG
    .summary = The closed user group named in the call does not exist. The exchange that checks CUG data sends it.
    .actions =
        Check the CUG index or interlock code sent with the call.
        Ask the operator which closed user groups are configured.

q850-91 =
    .title = Invalid transit network selection
    .summary = The transit network identification received has a wrong format. This is a national-use cause sent by the exchange that handles carrier selection.
    .actions =
        Check the carrier selection code or transit network prefix your system sends.
        Ask the carrier for the correct format.

q850-95 =
    .title = Invalid message, unspecified
    .summary = A message was invalid, and no more specific cause in the invalid message class applies. It points to a signalling incompatibility between two devices.
    .actions =
        Capture the signalling trace and find the message that was rejected.
        Check the protocol variant (switch type) and firmware on both sides.

q850-96 =
    .title = Mandatory information element is missing
    .summary = A message lacked an information element or parameter that must be present. It points to a protocol variant mismatch or a bug in the sender.
    .actions =
        Find which element is missing (the diagnostic field names it) in the trace.
        Check the protocol variant (switch type) settings on both sides.

q850-97 =
    .title = Message type non-existent or not implemented
    .summary = A message of a type that the receiver does not know or does not support arrived. It is sent by the equipment that received the unknown message.
    .actions =
        Find the unsupported message in the trace.
        Align the protocol variant or disable the feature that sends that message.

q850-98 =
    .title = Message not compatible with call state or not implemented
    .summary = A message arrived that is either not allowed in the current call state, or of a type the receiver does not know. It points to a protocol state mismatch between the two ends.
    .actions =
        Compare the call states of both sides in the trace when the message was sent.
        Check the protocol variant settings and look for lost messages.

q850-99 =
    .title = Information element or parameter non-existent or not implemented
    .summary = A message contained an information element or parameter that the receiver does not know. The receiver usually ignores it; the cause reports that it did so.
    .actions =
        Find the unknown element in the trace (the diagnostic field names it).
        Disable the feature that adds it, or align the protocol variant.

q850-100 =
    .title = Invalid information element contents
    .summary = A message contained an information element or parameter whose contents are invalid or coded wrongly. It is sent by the equipment that failed to decode it.
    .actions =
        Find the element with bad contents in the trace, often the called or calling number.
        Check number format, numbering plan and character set settings on the sending side.

q850-101 =
    .title = Message not compatible with call state
    .summary = A message arrived that is not allowed in the current call state. It shows that both ends disagree about the state of the call.
    .actions =
        Compare the call states on both sides in the trace.
        Look for lost or late messages and for restarts of either end.

q850-102 =
    .title = Recovery on timer expiry
    .summary = A protocol timer expired while waiting for a reply, and the call was cleared as part of error recovery. SIP gateways turn it into 504, and SIP 408 and 504 map back to it.
    .actions =
        Find which timer expired and which message was not answered (e.g. no answer to SETUP, INVITE or IAM).
        Check connectivity and response times of the next hop.

q850-103 =
    .title = Parameter non-existent or not implemented, passed on
    .summary = An ISUP exchange received a parameter it does not recognise and passed it on unchanged; this is a national-use cause. FreeSWITCH and Asterisk name this value after the older Q.931 meaning, a mandatory information element with a wrong length.
    .actions =
        Find the unrecognised parameter in the ISUP trace.
        On ISDN links, check the length and coding of the mandatory elements.

q850-110 =
    .title = Message with unrecognized parameter discarded
    .summary = An ISUP exchange discarded a message because it contained a parameter it does not recognise. It is sent by the exchange that dropped the message.
    .actions =
        Find the unrecognised parameter in the ISUP trace.
        Align the ISUP variant between the exchanges.

q850-111 =
    .title = Protocol error, unspecified
    .summary = A protocol error occurred, and no more specific cause in the protocol error class applies. SIP gateways turn it into 500.
    .actions =
        Capture the signalling trace and find the message that was rejected.
        Check the protocol variant and firmware of both ends.

q850-127 =
    .title = Interworking, unspecified
    .summary = The call passed through a network that does not report the real cause, such as a gateway between SIP and ISUP. Gateways send it for many SIP responses without a better mapping; it maps to SIP 500.
    .actions =
        Look at the SIP response and Reason or Warning headers on the SIP side to find the original failure.
        Check the interworking gateway's logs for the mapping it applied.
