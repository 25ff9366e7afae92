//! Each pattern on the line its product's format string renders (the format strings cited in
//! the readers, with the loggers' prefixes), and the traps that must read as nothing. The real
//! excerpts of public bug reports are tested through the binary (tests/it/scan_real.rs).

use super::{SightingKind, read_line};

/// (line, via, code, cause, phrase)
type Case = (
    &'static str,
    &'static str,
    Option<u16>,
    Option<u8>,
    &'static str,
);

#[test]
fn every_pattern_reads_its_products_wording() {
    let cases: &[Case] = &[
        // Asterisk chan_sip, res_pjsip, app_dial, AMI.
        (
            "[Aug  6 10:15:23] VERBOSE[12345][C-00000003] chan_sip.c: Got SIP response 486 \"Busy Here\" back from 203.0.113.5:5060",
            "asterisk-chan-sip-response",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "    -- Got SIP MESSAGE response 202 \"Accepted\" back from host '198.51.100.7'",
            "asterisk-chan-sip-response",
            Some(202),
            None,
            "Accepted",
        ),
        (
            "[Aug  6 10:15:23] NOTICE[1] chan_sip.c: Don't know how to handle a 420 Bad Extension response from PJSIP/x",
            "asterisk-chan-sip-unhandled",
            Some(420),
            None,
            "Bad Extension",
        ),
        (
            "[Aug  6 10:15:24] NOTICE[12346] chan_sip.c: Registration from '<sip:5550100@192.0.2.10>' failed for '203.0.113.7:5060' - Wrong password",
            "asterisk-chan-sip-register",
            Some(403),
            None,
            "Wrong password",
        ),
        (
            "[Aug  6 10:15:25] WARNING[1][C-4] chan_sip.c: Retransmission timeout reached on transmission 3c2a1b@192.0.2.10 for seqno 102 (Critical Request)",
            "asterisk-chan-sip-retransmission",
            Some(408),
            None,
            "",
        ),
        (
            "DEBUG[1][C-3] chan_pjsip.c: PJSIP/alice-00000001: Cause: 17  Tech Cause: 486",
            "asterisk-pjsip-hangup",
            Some(486),
            Some(17),
            "",
        ),
        (
            "DEBUG[1][C-3] chan_pjsip.c:2705 chan_pjsip_hangup: PJSIP/alice-00000001: Cause: 34",
            "asterisk-pjsip-hangup",
            None,
            Some(34),
            "",
        ),
        (
            "DEBUG[1][C-3] chan_pjsip.c:  PJSIP/carrier-00000002: ast_cause: 17 tech_cause: SIP 486 Busy Here",
            "asterisk-pjsip-cause",
            Some(486),
            Some(17),
            "Busy Here",
        ),
        (
            "DEBUG[1] res_pjsip_session.c: alice: INVITE received final response code 488",
            "asterisk-pjsip-session",
            Some(488),
            None,
            "",
        ),
        (
            "[..] WARNING[12350] res_pjsip_outbound_registration.c: Fatal response '403' received from 'sip:sip.example.com' on registration attempt to 'sip:5550100@sip.example.com', stopping outbound registration",
            "asterisk-pjsip-register",
            Some(403),
            None,
            "",
        ),
        (
            "WARNING[1] res_pjsip_outbound_registration.c: '401' fatal response received from 'sip:x' on registration attempt to 'sip:y', retrying in '60' seconds",
            "asterisk-pjsip-register",
            Some(401),
            None,
            "",
        ),
        (
            "WARNING[1] res_pjsip_outbound_registration.c: 403 Forbidden fatal response received from 'sip:x' on registration attempt to 'sip:y', retrying in '60' seconds",
            "asterisk-pjsip-register",
            Some(403),
            None,
            "",
        ),
        (
            "WARNING[1] res_pjsip_outbound_registration.c: Temporal response '503' received from 'sip:x' on registration attempt to 'sip:y', retrying in '60'",
            "asterisk-pjsip-register",
            Some(503),
            None,
            "",
        ),
        (
            "DEBUG[1] res_pjsip_outbound_registration.c: Received REGISTER response 423(Interval Too Brief)",
            "asterisk-pjsip-register",
            Some(423),
            None,
            "Interval Too Brief",
        ),
        (
            "[..] NOTICE[12352] res_pjsip_session.c:  alice: Call (UDP:192.0.2.20:5060) to extension '5550100' rejected because extension not found in context 'from-internal'.",
            "asterisk-pjsip-no-extension",
            Some(404),
            None,
            "",
        ),
        (
            "[..] VERBOSE[1][C-3] app_dial.c: PJSIP/carrier-00000002 is circuit-busy",
            "asterisk-dial",
            None,
            Some(34),
            "",
        ),
        (
            "Cause-txt: User busy",
            "asterisk-ami-hangup",
            None,
            Some(17),
            "",
        ),
        ("TechCause: 486", "asterisk-ami-hangup", Some(486), None, ""),
        (
            "[..] NOTICE[1] app_dial.c: Unable to create channel of type 'PJSIP' (cause 20 - Subscriber absent)",
            "asterisk-dial-cause",
            None,
            Some(20),
            "",
        ),
        (
            "\"hangupcause\": 17, \"hangupsource\": \"PJSIP/a\"",
            "asterisk-cdr-field",
            None,
            Some(17),
            "",
        ),
        // FreeSWITCH.
        (
            "2026-08-21 10:15:23.123456 97.53% [DEBUG] switch_ivr_originate.c:4057 Originate Resulted in Error Cause: 17 [USER_BUSY]",
            "freeswitch-originate",
            None,
            Some(17),
            "",
        ),
        (
            "[INFO] mod_dptools.c:3637 Originate Failed.  Cause: ORIGINATOR_CANCEL",
            "freeswitch-originate",
            Some(487),
            None,
            "",
        ),
        (
            "2026-08-21 10:15:40.000001 98.10% [ERR] sofia_reg.c:2661 carrier1 Failed Registration with status Forbidden [403]. failure #1",
            "freeswitch-gateway-register",
            Some(403),
            None,
            "Forbidden",
        ),
        (
            "2026-08-21 10:16:00.000001 98.12% [WARNING] sofia.c:6488 Ping failed carrier1 with code 408 - count 0/1/2, state DOWN",
            "freeswitch-gateway-ping",
            Some(408),
            None,
            "",
        ),
        (
            "[DEBUG] sofia.c:6684 Remote Reason: 34",
            "freeswitch-remote-reason",
            None,
            Some(34),
            "",
        ),
        (
            "[DEBUG] sofia.c:7065 Overriding 486 Busy Here with 480",
            "freeswitch-override",
            Some(480),
            None,
            "",
        ),
        (
            "[DEBUG] mod_sofia.c:2383 Responding with 488 [Not Acceptable Here]",
            "freeswitch-respond",
            Some(488),
            None,
            "Not Acceptable Here",
        ),
        (
            "variable_sip_term_status: [486]",
            "freeswitch-variable",
            Some(486),
            None,
            "",
        ),
        (
            "<variables><sip_invite_failure_status>503</sip_invite_failure_status>",
            "freeswitch-variable",
            Some(503),
            None,
            "",
        ),
        (
            "last_bridge_hangup_cause=NO_ANSWER",
            "freeswitch-variable",
            None,
            Some(19),
            "",
        ),
        (
            "\"hangup_cause\":\"MEDIA_TIMEOUT\"",
            "freeswitch-variable",
            Some(480),
            None,
            "",
        ),
        // Kamailio and OpenSIPS.
        (
            "Aug 21 10:15:23 proxy1 /usr/sbin/kamailio[12346]: NOTICE: acc [acc.c:289]: acc_log_request(): ACC: call missed: timestamp=1787307323;method=INVITE;from_tag=9f;to_tag=31;call_id=3848@x;code=486;reason=Busy Here",
            "acc-record",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            " 5(12345) ERROR: tm [t_reply.c:560]: _reply_light(): no resolved dst to send reply to [code: 408, t-flags: 0 buf: SIP/2.0 408 Request Timeout ...]",
            "tm-local-reply",
            Some(408),
            None,
            "Request Timeout",
        ),
        (
            "Aug 21 10:15:23 proxy1 /usr/sbin/kamailio[1]: ERROR: <script>: REPLY: 486 Busy Here (INVITE, 203.0.113.5:5060, a84b4c76e66710)",
            "kamailio-script",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "Aug 21 10:15:23 proxy1 /usr/sbin/kamailio[1]: INFO: <script>: <-- Incoming response: 480/Temporarily Unavailable - from 203.0.113.5",
            "kamailio-script",
            Some(480),
            None,
            "Temporarily Unavailable",
        ),
        (
            "ERROR: uac [uac_reg.c:1080]: uac_reg_tm_callback(): got sip response 403 while registering [trunk1]",
            "kamailio-uac-register",
            Some(403),
            None,
            "",
        ),
        (
            "ERROR: sl [sl_funcs.c:441]: sl_reply_error(): stateless error reply used: Unresolvable destination (478/SL)",
            "kamailio-sl",
            Some(478),
            None,
            "Unresolvable destination (478/SL)",
        ),
        (
            "DEBUG: tm [t_reply.c:1574]: t_should_relay_response(): rps completed - uas status: 486",
            "tm-reply-state",
            Some(486),
            None,
            "",
        ),
        (
            "Aug 20 10:15:23 [12345] INFO:load_balancer:set_dst_state_from_rplcode: disable destination 3 <sip:10.0.0.9> after 503 reply on probe",
            "opensips-load-balancer",
            Some(503),
            None,
            "",
        ),
        (
            "Aug 20 10:15:23 [12345] NOTICE:REPORT: GW destination sip:+15555550100@198.51.100.20 failed with code 503",
            "proxy-script",
            Some(503),
            None,
            "",
        ),
        (
            "Aug 20 10:15:23 [1] DBG:dialog:dlg_onreply: Status Code received =  [486]",
            "opensips-dialog",
            Some(486),
            None,
            "",
        ),
        // SIP stacks and SDKs.
        (
            "10:15:22.101            pjsua_app.c  .Call 0 state changed to EARLY (180 Ringing)",
            "pjsua-call-state",
            Some(180),
            None,
            "Ringing",
        ),
        (
            "10:15:30.001            pjsua_acc.c !SIP registration failed, status=403 (Forbidden)",
            "pjsua-register",
            Some(403),
            None,
            "Forbidden",
        ),
        (
            "10:15:20.000           pjsua_call.c !Unable to make call: Request Timeout [status=170408]",
            "pjsip-status",
            Some(408),
            None,
            "",
        ),
        (
            "nta.c:3396 agent_recv_response() nta: received 486 Busy Here for INVITE (102)",
            "sofia-nta",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "2025-06-24 10:15:30:001 liblinphone-message- Register refresher [403] reason [Forbidden] for proxy [sip:sip.example.com]",
            "linphone-refresher",
            Some(403),
            None,
            "Forbidden",
        ),
        (
            "reg: sip:5550100@sip.example.com (prio 0): 403 Forbidden (sip.example.com)",
            "baresip-register",
            Some(403),
            None,
            "Forbidden",
        ),
        (
            "{\"level\":\"info\",\"ts\":1787307323.456,\"logger\":\"sip\",\"caller\":\"sip/outbound.go:735\",\"msg\":\"SIP invite failed\",\"error\":\"INVITE failed: sip status: 486: Busy Here\"}",
            "livekit-sip-status",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "SipError: Sip non-success response: 486",
            "drachtio-srf",
            Some(486),
            None,
            "",
        ),
        (
            "2026-08-21 10:15:23.123456 Received 486 INVITE response, forwarding upstream",
            "drachtio-proxy",
            Some(486),
            None,
            "",
        ),
        (
            "TransactionLayer: Unhandled sip response. msg=\"response status=486 reason=Busy Here transport=UDP source=203.0.113.5:5060\"",
            "sipgo-response",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "<All> YateSIPConnection::hangup() state=3 trans=0x1 error='busy' code=486 reason='Busy Here' [0x2]",
            "yate-hangup",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "[10:15:23 WRN] Call attempt was answered with failure response INVITE 486 Busy Here.",
            "method-status",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "[10:15:21 DBG] Response received: udp:192.0.2.10:5060<-udp:203.0.113.5:5060 INVITE 486 Busy Here",
            "method-status",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "INFO | 20220211-122858.097 | repro | SipResp: 486 tid=abc cseq=1 INVITE / 1 from(wire)",
            "resiprocate-brief",
            Some(486),
            None,
            "",
        ),
        (
            "  \"event\": \"hangup\", \"code\": 603, \"reason\": \"Decline\"",
            "janus-sip-hangup",
            Some(603),
            None,
            "Decline",
        ),
        (
            "NOTICE[1] pbx_spool.c: Call failed to go through, reason (3) Remote end Ringing",
            "asterisk-spool",
            None,
            Some(19),
            "",
        ),
        (
            "INFO  DrbEndpoint: handle_event_end - event details: {:sip_term_status=>\"486\", :to=>\"+15555550101\"}",
            "freeswitch-variable",
            Some(486),
            None,
            "",
        ),
        (
            "[10:45:50 DBG] Response 486 Busy Here for sip:1002@192.0.2.150.",
            "sipsorcery-response",
            Some(486),
            None,
            "Busy Here",
        ),
        (
            "SIP REGISTER request failed with status 403 and reason Forbidden",
            "with-status",
            Some(403),
            None,
            "Forbidden",
        ),
        (
            "<message from=\"203.0.113.5:5060\" firstLine=\"SIP/2.0 486 Busy Here\" >",
            "sip-status-line",
            Some(486),
            None,
            "Busy Here",
        ),
    ];
    for &(line, via, code, cause, phrase) in cases {
        let o = read_line(line.as_bytes(), &[]).unwrap_or_else(|| panic!("nothing read: {line}"));
        assert_eq!(
            (
                o.via,
                o.code,
                o.cause,
                String::from_utf8_lossy(o.phrase).as_ref()
            ),
            (via, code, cause, phrase),
            "{line}"
        );
    }
}

#[test]
fn numbers_near_sip_words_that_are_not_outcomes_read_as_nothing() {
    let traps = [
        // Asterisk: qualify milliseconds, AUTH_* results, pj_status_t values.
        "[..] NOTICE[1] chan_sip.c: Peer 'trunk' is now UNREACHABLE!  Last qualify: 486",
        "[..] NOTICE[1] chan_sip.c: Failed to authenticate device <sip:1@x> for INVITE, code = -3",
        "[..] ERROR[1] res_pjsip/pjsip_options.c: Unable to create response (70013)",
        "[..] VERBOSE[1] app_dial.c: Everyone is busy/congested at this time (1:0/0/1) extra",
        // FreeSWITCH: byte counts, CPU idle, a FreeSWITCH cause number in a Reason.
        "send 603 bytes to udp/[203.0.113.5]:5060 at 10:15:22.899812:",
        "2026-08-21 10:15:23.123456 60.30% [DEBUG] switch_cpp.cpp:1 something",
        // Kamailio's internal reply state and error numbers, a CSeq, a port.
        "DEBUG: tm [t_reply.c:1965]: relay_reply(): reply status=3 branch=0",
        "DEBUG: tm [t_funcs.c:349]: not generating immediate reply for error -478",
        "CSeq: 486 INVITE",
        "Via: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK486",
        // pjsip statuses that are OS or pjsip errors, not SIP.
        "pjsua_call.c !Error sending: Connection refused [status=120111]",
        // Other protocols and plain prose.
        "HTTP/1.1 404 Not Found",
        "RTSP/1.0 404 Not Found",
        "Server returned 503 Service Unavailable for /api/v1/calls",
        "status: 404 Not Found",
        "{\"status\": 404, \"msg\": \"not found\"}",
        "we got 404s yesterday and INVITE 486 errors",
        "reply code 500 from the payment API",
        "the request failed with code 503 (sip:carrier is down)",
        "INFO 200 requests served in 3 ms",
        // Look-alikes of the reSIProcate, repro, Janus, pbx_spool and `with status` readers.
        "INFO  Request failed with status 404 (GET /invite)",
        "axios: INVITE link request failed with status code 404",
        "POST /api/invite returned with status 500",
        "SipResp: 503",
        "HTTP Response 503 Service Unavailable for https://api.example.com/v1/calls",
        "Response 404 Not Found for /api/users",
        "repro: no targets for sip:1@x send later",
        "{\"event\":\"hangup\",\"reason\":\"Busy Here\"}",
        "pbx_spool.c: Call failed to go through, reason (42) Unknown Reason!!",
    ];
    for line in traps {
        let o = read_line(line.as_bytes(), &[]);
        // Everyone-busy with counters that name no single cause still is a hangup sighting.
        if let Some(o) = o
            && o.kind == SightingKind::HangupCause
            && o.cause.is_none()
        {
            continue;
        }
        assert!(o.is_none(), "{line}: {o:?}");
    }
}
