# Siemens / Gigaset IP DECT phones: handset VoIP status codes, part 2 (0x491 to 0x815).
# 0x + SIP code = the SIP response the base station received (decimal notation, 0x503 is SIP 503).
# 0x515 stands for SIP 513. 0x701 and above are device-internal codes with no SIP response behind them.

gigaset-0x491 =
    .title = 0x491: request pending
    .summary = The phone received SIP 491 Request Pending from the provider: an earlier request in the same call is still being handled, so the new one was refused. It almost always shows up when both ends try to change the call (hold, transfer, codec switch) at the same moment.
    .causes =
        The phone and the far end sent a re-INVITE at the same time, for example both pressed hold or started a transfer.
        Hold, resume or transfer was pressed several times in quick succession on the handset.
        A slow SBC or PBX at the provider had not finished the previous in-call request yet.
    .actions =
        Usually harmless: wait a second or two and repeat the action; the SIP stack is expected to retry after a short random pause.
        If it happens on every hold or transfer, capture a SIP trace at the router and look for two crossing re-INVITEs in the same dialog.
        Update the base station firmware and report persistent cases to the provider with the time of the call.
    .ui = Please wait a moment and try again.

gigaset-0x493 =
    .title = 0x493: message could not be decoded
    .summary = The phone received SIP 493 Undecipherable: the provider's server or the other party's phone could not decode the message body because it was protected or encoded with a method it does not support. This is rare on Gigaset devices and points to a security or encoding setting both sides do not share.
    .causes =
        The request carried an encrypted or encoded body (for example S/MIME) that the receiver has no key or support for.
        A security-related option on the IP account is enabled that the provider or the callee's device does not support.
        An intermediate device altered the message so the protected body no longer matches.
    .actions =
        Check the IP telephony account in the web configurator and turn off any non-standard security or encryption option the provider did not ask for.
        Retrying unchanged will fail again; the settings on one side must change.
        Give the provider the time and dialled number so they can check which side could not decode the body.
    .ui = The call could not be connected.

gigaset-0x500 =
    .title = 0x500: provider server error
    .summary = The phone received SIP 500 Server Internal Error: a proxy or other server on the provider's side failed while handling the request. The fault is on the server, not in the phone; the server may say how long to wait before trying again.
    .causes =
        A software fault, crashed process or database problem on the provider's platform.
        A server component overloaded or misconfigured after maintenance.
        An unusual request from the phone that triggered a bug in the provider's software.
    .actions =
        Try again after a short pause; honour Retry-After if the response carries it.
        If every call or registration fails this way, check the provider's status page or call their support with the time and dialled number.
        If only Gigaset devices are affected, check for a newer base station firmware.
    .ui = The phone service has a problem right now. Please try again later.

gigaset-0x501 =
    .title = 0x501: feature not implemented by provider
    .summary = The phone received SIP 501 Not Implemented: the provider's server does not support the SIP method the phone used at all. A server that knows the method but refuses it in this context answers 405 instead.
    .causes =
        The phone used a function the provider's platform lacks, such as call transfer via REFER, message-waiting subscription or DTMF via SIP INFO.
        An older or minimal provider platform that only supports basic calls and registration.
        A feature enabled on the base station that the provider has not rolled out.
    .actions =
        Note which action triggered the code (transfer, voicemail indicator, key presses during a call) and switch that function off or to another method in the web configurator.
        For key tones, choose RFC 2833 or in-band audio instead of SIP INFO if the provider requires it.
        Retrying the same action will not help; ask the provider which features their service supports.
    .ui = This function is not available with your phone service.

gigaset-0x502 =
    .title = 0x502: bad gateway
    .summary = The phone received SIP 502 Bad Gateway: a proxy or gateway at the provider forwarded the call and got an invalid answer from the next network element. The problem lies beyond the provider's first server, not in the phone or the local network.
    .causes =
        A PSTN gateway or interconnection with another carrier is faulty.
        The next server in the route crashed or sent a malformed response.
        A problem in the destination network for a particular number range or country.
    .actions =
        Try again later, or reach the callee another way (mobile, another line).
        If it only affects certain destinations, report the numbers and call times to the provider.
        Nothing needs to change on the base station.
    .ui = Your call could not be connected. Please try again later.

gigaset-0x503 =
    .title = 0x503: service unavailable
    .summary = The phone received SIP 503 Service Unavailable: the provider cannot take the request at the moment, usually because the server is overloaded or being maintained. The response may tell the phone when it is worth trying again.
    .causes =
        Planned maintenance or an outage at the provider.
        The provider's server is overloaded, for example during peak hours or a mass re-registration.
        The phone is sending to a server address that no longer serves this account, or the account was temporarily blocked.
    .actions =
        Wait and try again; honour Retry-After if present.
        Check the provider's status page; if the outage is long, use a backup line or a failover server if the provider offers one.
        If only this account is affected, compare the domain, registrar and outbound proxy entries of the IP connection in the web configurator with the provider's current data.
    .ui = The phone service is temporarily unavailable. Please try again later.

gigaset-0x504 =
    .title = 0x504: server time-out
    .summary = The phone received SIP 504 Server Time-out: a server in the provider's network waited too long for an answer from another server or gateway further along the route. The phone itself reached the provider; the delay happened behind it.
    .causes =
        A downstream server or carrier gateway is not answering.
        A DNS lookup or database query at the provider took too long.
        Network trouble between the provider's own sites.
    .actions =
        Try again after a short while.
        If it affects particular destinations, report them to the provider with the call times.
        If it appears during registration, check that the domain and registrar server entries of the IP connection are exactly as the provider specifies.
    .ui = The call could not be connected in time. Please try again later.

gigaset-0x505 =
    .title = 0x505: SIP version not supported
    .summary = The phone received SIP 505 Version Not Supported: the request was refused because of the SIP protocol version it carries: neither the server nor the receiving SIP device works with that version. Gigaset phones use SIP/2.0, so the request was most likely altered or misread along the way.
    .causes =
        A SIP ALG in the router rewrote the packets and corrupted the request line.
        Very old base station firmware with a SIP stack the provider's platform does not accept.
        A non-standard server at the provider or a PBX in between.
    .actions =
        Switch off the SIP ALG (SIP helper) in the router and test again.
        Update the base station firmware.
        If it persists, send the provider a SIP trace captured at the router; retrying unchanged will not help.
    .ui = Your phone could not connect to the service. Please contact support.

gigaset-0x515 =
    .title = 0x515: message too large (SIP 513)
    .summary = The handset shows 0x515, but the manual's description ("message too large") is SIP 513 Message Too Large; no SIP 515 exists, so treat the number as a quirk or misprint of the manual. The request was bigger than the size limit of the provider's server, so it was not accepted.
    .causes =
        The INVITE is large: many codecs in the SDP, long header values or many Via and Record-Route entries.
        Over UDP the request exceeds the path MTU, gets fragmented and the provider limits or drops such messages.
        The provider enforces a small maximum message size.
    .actions =
        Reduce the codec list in the web configurator to the codecs actually needed (for example G.711 a-law/µ-law and G.722).
        Check the router for MTU or fragmentation problems, and switch the transport to TCP if the base and the provider both support it.
        Report it to the provider with a trace if the request is of normal size.
    .ui = The call could not be set up. Please contact support.

gigaset-0x600 =
    .title = 0x600: busy everywhere
    .summary = The phone received SIP 600 Busy Everywhere: the called party's side reports that the person is busy on every device and no other destination (voicemail, forwarding) will take the call. It is a final answer for this attempt, not a fault.
    .causes =
        The callee is on a call on all phones, and call waiting is off.
        The callee's service set do-not-disturb for all devices.
        The callee's PBX decided no alternative destination should be tried.
    .actions =
        Nothing to fix on the base station.
        Call again later.
        If a number is always reported busy, ask the callee or their provider to check their setup.
    .ui = The person you called is busy.

gigaset-0x603 =
    .title = 0x603: call declined
    .summary = The phone received SIP 603 Decline: the called party or their equipment deliberately refused the call and does not suggest another destination. Retrying straight away will normally get the same answer.
    .causes =
        The callee rejected the call on their phone.
        A call-blocking or blacklist rule on the callee's side, for example against anonymous callers.
        The callee's PBX or service refused calls at this time (do-not-disturb, time-based rules).
    .actions =
        Treat it as the callee's choice; do not retry automatically.
        If calls with number suppression are always declined, enable sending your caller ID and try again.
        If a known contact always declines, ask them to check their blocking settings.
    .ui = The call was declined.

gigaset-0x604 =
    .title = 0x604: number does not exist
    .summary = The phone received SIP 604 Does Not Exist Anywhere: the provider or the callee's network knows for certain that the dialled number or address is not assigned to anyone on any network. Dialling it again unchanged will not work.
    .causes =
        The number is mistyped, incomplete or no longer in service.
        A missing or wrong area code or country code, for example a local number dialled without area code when the provider requires the full number.
        A dialling plan or automatic prefix on the base station produced a wrong number.
    .actions =
        Check the number and dial it in full national or international format.
        In the web configurator, check the area code settings and dialling plans that add or strip prefixes for this IP connection.
        If the number is known to be valid, report it to the provider with the exact dialled digits.
    .ui = The number you dialled does not exist.

gigaset-0x606 =
    .title = 0x606: connection settings not acceptable
    .summary = The phone received SIP 606 Not Acceptable: the called party was reached but cannot accept the proposed media settings (codec, bandwidth, media type). No destination anywhere will accept the call with this offer.
    .causes =
        No common codec between the base station's list and the callee's device.
        The callee or the provider only allows codecs or bandwidth the phone did not offer.
        The offer contained media parameters the far end rejects.
    .actions =
        In the web configurator, enable G.711 a-law and µ-law in addition to G.722, G.729 or G.726 so there is always a common codec.
        Compare the codec list with the provider's requirements and check the SDP of the INVITE in a trace.
        Retrying without changing the codec settings will fail again.
    .ui = The call could not be connected with the current settings.

gigaset-0x701 =
    .title = 0x701: remote party hung up
    .summary = A device-internal code, not a SIP response: the call ended because the other party hung up (the base station received a BYE). This is the normal end of a call.
    .causes =
        The other person ended the call.
        The far end's phone, PBX or network dropped the call and cleared it on their side.
        Calls cut off after a fixed time (around 30 seconds or a few minutes) can mean the far end never got the phone's answer and ended the call.
    .actions =
        Nothing to do for a normal hang-up.
        If calls end unexpectedly after the same length each time, check the router: switch off SIP ALG and check NAT keep-alive, STUN or outbound proxy settings.
        For repeated drops, capture a trace and see which side sent the BYE.
    .ui = The other person has hung up.

gigaset-0x703 =
    .title = 0x703: call time limit reached
    .summary = A device-internal code, not a SIP response: the conversation lasted longer than allowed and the call was cut off. A limit on call length was applied by the provider, the tariff or a PBX.
    .causes =
        The provider or tariff limits the length of a single call.
        A PBX or call-control setting limits the maximum call duration.
        Prepaid or plan conditions that end calls after a set time.
    .actions =
        Simply call again if the conversation needs to continue.
        Check the tariff or account terms with the provider, or the PBX settings, for a maximum call duration.
        If calls always stop at the same length without a documented limit, report it to the provider with the call times.
    .ui = Your call ended because the maximum call time was reached.

gigaset-0x704 =
    .title = 0x704: call ended by a SIP error
    .summary = A device-internal code, not a SIP response: the base station cleared the call because a SIP error occurred during the call. The code itself does not say which error; another status code or a trace usually shows it.
    .causes =
        An in-call request (hold, transfer, session refresh) was rejected or received no answer.
        The internet connection dropped briefly or the NAT mapping in the router expired, so SIP messages got lost.
        A SIP ALG in the router altered the in-call messages.
    .actions =
        Look for other status codes shown just before and check the base station's status page.
        Switch off SIP ALG in the router and check NAT keep-alive, STUN or outbound proxy settings of the IP connection.
        Update the base station firmware; if the drops continue, give the provider the call times and a trace.
    .ui = Your call was interrupted by a technical problem.

gigaset-0x705 =
    .title = 0x705: invalid DTMF tone
    .summary = A device-internal code, not a SIP response: a dial tone signal (DTMF) during the call was invalid and could not be sent or recognised. Key presses for menus, voicemail or PIN entry may not arrive.
    .causes =
        The DTMF method on the base station (audio in-band, RFC 2833, SIP INFO) does not match what the provider expects.
        In-band tones sent over a compressing codec such as G.729 get distorted.
        A key or tone sequence that the connection does not accept.
    .actions =
        In the web configurator, set DTMF transmission for VoIP calls to the method the provider specifies (often RFC 2833, or automatic).
        If tones are sent in-band, prefer G.711 for these calls.
        Try the key presses again after changing the setting.
    .ui = A key tone could not be sent. Please try again.

gigaset-0x706 =
    .title = 0x706: connection not established
    .summary = A device-internal code, not a SIP response: the base station could not set up the connection for the call. No usable answer came from the provider, so the cause is usually the network path or the connection settings.
    .causes =
        The internet connection or the router is down, or the base station has no valid IP address.
        Wrong provider server address, domain or port in the IP connection, or DNS cannot resolve it.
        A firewall or router blocks SIP or RTP traffic.
    .actions =
        Check that the base station has an IP address (DHCP or static), a correct gateway and DNS, and that the router is online.
        Compare the domain, registrar, proxy and port entries of the IP telephony account with the provider's data, and check the registration status in the web configurator.
        Check the firewall for the SIP and RTP ports, then retry the call.
    .ui = The call could not be connected. Please check your internet connection.

gigaset-0x751 =
    .title = 0x751: busy tone, no common codec
    .summary = A device-internal code, not a SIP response: instead of ringing, the phone plays a busy tone because the caller and the callee have no codec in common, so no voice format could be agreed. The call fails even though the other party may be free.
    .causes =
        The codec list on the base station is restricted (for example only G.722 or only G.729) and the far end does not support those.
        The provider only passes certain codecs, and none of them is enabled on the base station.
        The callee's phone or gateway supports only codecs the base station does not offer.
    .actions =
        In the web configurator, enable G.711 a-law and µ-law as a fallback in addition to G.722, G.729 or G.726.
        Check the provider's list of supported codecs and set the order of preferred codecs accordingly.
        Retrying without changing the codec settings gives the same result.
    .ui = The call could not be connected because the phones are not compatible.

gigaset-0x810 =
    .title = 0x810: socket error, not authorized
    .summary = A device-internal code, not a SIP response: a general error in the base station's network (socket) layer; the VoIP application was not authorised to use the socket. It points to a problem inside the device rather than at the provider.
    .causes =
        An internal state error in the base station's IP stack.
        A port conflict, for example the same local SIP or RTP port used by two connections.
        A firmware fault.
    .actions =
        Restart the base station by unplugging the power for a few seconds.
        Check that the local SIP and RTP port settings of the IP connections do not clash.
        Update the firmware; if the error returns, reset to factory settings and configure the account again.
    .ui = Your phone has a network problem. Please restart the base station.

gigaset-0x811 =
    .title = 0x811: socket error, bad socket number
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the VoIP application used an invalid socket number. This is an internal fault of the device, not a provider answer.
    .causes =
        A firmware fault or inconsistent internal state after a long uptime.
        Invalid or conflicting local port settings for SIP or RTP.
        A network change (new IP address) that the VoIP application did not follow.
    .actions =
        Restart the base station.
        Check the local SIP port and RTP port range in the web configurator for valid, non-overlapping values.
        Update the base station firmware.
    .ui = Your phone has a network problem. Please restart the base station.

gigaset-0x812 =
    .title = 0x812: socket error, socket not connected
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; data was to be sent over a connection that is not established. The link to the network or to the provider's server is missing.
    .causes =
        The LAN cable is unplugged or the router is offline.
        The provider's server or the router closed the connection (for example a TCP connection to the SIP server).
        The base station lost its IP address after a DHCP or router change.
    .actions =
        Check the LAN cable, link lights and the router's internet connection.
        Check the base station's IP settings (DHCP or static address, gateway, DNS).
        Restart the base station and watch whether the IP connection registers again.
    .ui = Your phone is not connected to the network. Please check your internet connection.

gigaset-0x813 =
    .title = 0x813: socket error, out of memory
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the device ran out of memory for its network connections. It is an internal resource problem of the base station.
    .causes =
        A firmware memory leak after a long uptime.
        Many simultaneous calls, connections or heavy network traffic reaching the base station.
        A network storm or flood of packets on the LAN.
    .actions =
        Restart the base station to free the memory.
        Update the firmware, which often fixes such leaks.
        If it keeps coming back, check the LAN for broadcast storms or unusual traffic towards the base station.
    .ui = Your phone has a technical problem. Please restart the base station.

gigaset-0x814 =
    .title = 0x814: socket error, socket unavailable
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; no socket was available for the connection. The manual points to the IP settings, the network connection or the IP telephony settings.
    .causes =
        Wrong or missing IP configuration: no DHCP lease, wrong static address, gateway or DNS.
        A network connection problem between the base station, the router and the internet.
        Incorrect IP telephony settings, such as a wrong server address or port for the provider.
    .actions =
        Check the base station's IP settings (DHCP or static address, gateway, DNS) and the LAN cable and router.
        Check the IP telephony account in the web configurator: domain, registrar, proxy, port and credentials.
        Restart the base station after correcting the settings and check the registration status.
    .ui = Your phone cannot reach the network. Please check your internet connection.

gigaset-0x815 =
    .title = 0x815: socket error, application not registered
    .summary = A device-internal code, not a SIP response: a general error in the base station's socket layer; the application using the socket had not registered with it. It is an internal start-up or firmware problem, unrelated to the provider.
    .causes =
        The VoIP service inside the base station had not fully started yet, for example right after a reboot.
        The VoIP service stopped or crashed inside the device.
        A firmware fault.
    .actions =
        Wait a minute after a restart and try again.
        Restart the base station; if the error returns, update the firmware.
        As a last resort, reset to factory settings and set up the IP connection again.
    .ui = Your phone is not ready yet. Please try again in a moment.
