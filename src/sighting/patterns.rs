//! Every pattern: its anchor, what it reads, and how specific it is. The anchors are found in
//! one pass; a reader then checks the product's context around its anchor. Sources of each
//! wording (the format strings in the products' code) are cited where the readers live.

use super::{
    Line, Outcome, SightingKind, Tables, asterisk, clients, fields, freeswitch, proxy, stacks,
};

/// How specific a pattern is: on a line where several fire, the most specific wins.
pub(crate) type Rank = u8;
/// A method with a code and its standard phrase.
pub(crate) const METHOD: Rank = 1;
/// A status line.
pub(crate) const STATUS: Rank = 2;
/// A proxy script's free wording around a code.
pub(crate) const SCRIPT: Rank = 3;
/// A product's own fixed wording.
pub(crate) const PRODUCT: Rank = 4;

/// Reads an outcome of `kind` at a line's anchor.
pub(crate) type Reader = for<'a> fn(&Tables, Line<'a>, SightingKind) -> Option<Outcome<'a>>;

/// What an anchor stands for.
pub(crate) enum Role {
    /// An outcome, read by `read`.
    Outcome {
        kind: SightingKind,
        via: &'static str,
        read: Reader,
    },
    /// `eason:`: a `Reason:` header, maybe (RFC 3326).
    Reason,
    /// `arning:`: a `Warning:` header, maybe (RFC 3261 §20.43).
    Warning,
    /// ` SIP/2.0` at the end of a line: a request line, where a new message starts.
    RequestLine,
}

/// One anchor and its role.
pub(crate) struct Pattern {
    /// The fixed string looked for.
    pub anchor: &'static [u8],
    /// What it stands for.
    pub role: Role,
    /// Its rank, when it is an outcome (0 otherwise).
    pub rank: Rank,
}

impl Pattern {
    /// The outcome this pattern reads at `line`'s anchor, if it is an outcome pattern and the
    /// line is what it expects.
    pub fn read<'a>(&self, tables: &Tables, line: Line<'a>) -> Option<Outcome<'a>> {
        match self.role {
            Role::Outcome {
                kind, via, read, ..
            } => {
                let mut o = read(tables, line, kind)?;
                o.via = via;
                Some(o)
            }
            _ => None,
        }
    }
}

use SightingKind::{CdrField as CDR, HangupCause as CAUSE, MethodStatus, ProductPhrase as PHRASE};

const fn out(
    anchor: &'static [u8],
    kind: SightingKind,
    via: &'static str,
    rank: Rank,
    read: Reader,
) -> Pattern {
    Pattern {
        anchor,
        role: Role::Outcome { kind, via, read },
        rank,
    }
}

const fn method(anchor: &'static [u8]) -> Pattern {
    out(
        anchor,
        MethodStatus,
        "method-status",
        METHOD,
        fields::method_status,
    )
}

/// Every pattern, in no particular order (the automaton reports the leftmost anchor).
pub(crate) static PATTERNS: &[Pattern] = &[
    // The protocol itself.
    out(
        b"/2.0 ",
        SightingKind::StatusLine,
        "sip-status-line",
        STATUS,
        fields::status_line,
    ),
    Pattern {
        anchor: b"eason:",
        role: Role::Reason,
        rank: 0,
    },
    Pattern {
        anchor: b"EASON:",
        role: Role::Reason,
        rank: 0,
    },
    Pattern {
        anchor: b"arning:",
        role: Role::Warning,
        rank: 0,
    },
    Pattern {
        anchor: b"ARNING:",
        role: Role::Warning,
        rank: 0,
    },
    Pattern {
        anchor: b" SIP/2.0\r",
        role: Role::RequestLine,
        rank: 0,
    },
    Pattern {
        anchor: b" SIP/2.0\n",
        role: Role::RequestLine,
        rank: 0,
    },
    // A request line in a message syslog flattened (`BYE sip:… SIP/2.0 #012FROM: …`).
    Pattern {
        anchor: b" SIP/2.0#01",
        role: Role::RequestLine,
        rank: 0,
    },
    Pattern {
        anchor: b" SIP/2.0 #01",
        role: Role::RequestLine,
        rank: 0,
    },
    method(b"INVITE "),
    method(b"ACK "),
    method(b"BYE "),
    method(b"CANCEL "),
    method(b"REGISTER "),
    method(b"OPTIONS "),
    method(b"INFO "),
    method(b"UPDATE "),
    method(b"PRACK "),
    method(b"SUBSCRIBE "),
    method(b"NOTIFY "),
    method(b"REFER "),
    method(b"MESSAGE "),
    method(b"PUBLISH "),
    // Call records and their variables.
    out(
        b"hangup_cause",
        CDR,
        "freeswitch-variable",
        PRODUCT,
        fields::variable,
    ),
    out(
        b"sip_term_",
        CDR,
        "freeswitch-variable",
        PRODUCT,
        fields::variable,
    ),
    out(
        b"sip_hangup_disposition",
        CDR,
        "freeswitch-variable",
        PRODUCT,
        fields::variable,
    ),
    out(
        b"sip_invite_failure_status",
        CDR,
        "freeswitch-variable",
        PRODUCT,
        fields::variable,
    ),
    out(
        b"hangupcause",
        CDR,
        "asterisk-cdr-field",
        PRODUCT,
        fields::variable,
    ),
    out(
        b"HANGUPCAUSE",
        CDR,
        "asterisk-cdr-field",
        PRODUCT,
        fields::variable,
    ),
    out(b"ACC: ", CDR, "acc-record", PRODUCT, fields::acc),
    // Asterisk.
    out(
        b"Got SIP ",
        PHRASE,
        "asterisk-chan-sip-response",
        PRODUCT,
        asterisk::got_response,
    ),
    out(
        b"Don't know how to handle a ",
        PHRASE,
        "asterisk-chan-sip-unhandled",
        PRODUCT,
        asterisk::unhandled,
    ),
    out(
        b"Registration from '",
        PHRASE,
        "asterisk-chan-sip-register",
        PRODUCT,
        asterisk::registration,
    ),
    out(
        b"Retransmission timeout reached",
        PHRASE,
        "asterisk-chan-sip-retransmission",
        PRODUCT,
        asterisk::retransmission,
    ),
    out(
        b"chan_pjsip_hangup:",
        PHRASE,
        "asterisk-pjsip-hangup",
        PRODUCT,
        asterisk::pjsip_hangup,
    ),
    out(
        b"  Tech Cause: ",
        PHRASE,
        "asterisk-pjsip-hangup",
        PRODUCT,
        asterisk::tech_cause_code,
    ),
    out(
        b"ast_sip_session_terminate:",
        PHRASE,
        "asterisk-pjsip-terminate",
        PRODUCT,
        asterisk::session_terminate,
    ),
    out(
        b"tech_cause: SIP ",
        PHRASE,
        "asterisk-pjsip-cause",
        PRODUCT,
        asterisk::tech_cause,
    ),
    out(
        b"received final response code ",
        PHRASE,
        "asterisk-pjsip-session",
        PRODUCT,
        asterisk::final_code,
    ),
    out(
        b"atal response ",
        PHRASE,
        "asterisk-pjsip-register",
        PRODUCT,
        asterisk::fatal_response,
    ),
    out(
        b"Temporal response '",
        PHRASE,
        "asterisk-pjsip-register",
        PRODUCT,
        asterisk::quoted_code,
    ),
    out(
        b"Received REGISTER response ",
        PHRASE,
        "asterisk-pjsip-register",
        PRODUCT,
        asterisk::register_response,
    ),
    out(
        b"rejected because extension not found",
        PHRASE,
        "asterisk-pjsip-no-extension",
        PRODUCT,
        asterisk::no_extension,
    ),
    out(
        b" is busy",
        CAUSE,
        "asterisk-dial",
        PRODUCT,
        asterisk::dial_busy,
    ),
    out(
        b" is circuit-busy",
        CAUSE,
        "asterisk-dial",
        PRODUCT,
        asterisk::dial_busy,
    ),
    out(
        b"Everyone is busy/",
        CAUSE,
        "asterisk-dial",
        PRODUCT,
        asterisk::everyone_busy,
    ),
    out(
        b"X-Asterisk-HangupCause",
        CAUSE,
        "asterisk-hangup-header",
        PRODUCT,
        asterisk::hangup_header,
    ),
    out(
        b"Cause-txt: ",
        CAUSE,
        "asterisk-ami-hangup",
        PRODUCT,
        asterisk::cause_text,
    ),
    out(
        b"TechCause: ",
        PHRASE,
        "asterisk-ami-hangup",
        PRODUCT,
        asterisk::ami_tech_cause,
    ),
    out(
        b"(cause ",
        CAUSE,
        "asterisk-dial-cause",
        PRODUCT,
        asterisk::dial_cause,
    ),
    out(
        b"cdr_object_finalize:",
        CDR,
        "asterisk-cdr",
        PRODUCT,
        asterisk::cdr_dispo,
    ),
    out(
        b"Call failed to go through,",
        CAUSE,
        "asterisk-spool",
        PRODUCT,
        asterisk::spool_failed,
    ),
    // FreeSWITCH.
    out(
        b" [CS_",
        CAUSE,
        "freeswitch-hangup",
        PRODUCT,
        freeswitch::hangup,
    ),
    out(
        b"Standard HANGUP, cause: ",
        CAUSE,
        "freeswitch-hangup",
        PRODUCT,
        freeswitch::cause_name,
    ),
    out(
        b"Standard REPORTING, cause: ",
        CAUSE,
        "freeswitch-hangup",
        PRODUCT,
        freeswitch::cause_name,
    ),
    out(
        b"hanging up, cause: ",
        CAUSE,
        "freeswitch-hangup",
        PRODUCT,
        freeswitch::cause_name,
    ),
    out(
        b"Originate Failed.",
        CAUSE,
        "freeswitch-originate",
        PRODUCT,
        freeswitch::originate_failed,
    ),
    out(
        b"Originate Resulted in Error Cause: ",
        CAUSE,
        "freeswitch-originate",
        PRODUCT,
        freeswitch::originate_error,
    ),
    out(
        b"Cannot create outgoing channel of type [",
        CAUSE,
        "freeswitch-originate",
        PRODUCT,
        freeswitch::cannot_create,
    ),
    out(
        b"Remote Reason: ",
        CAUSE,
        "freeswitch-remote-reason",
        PRODUCT,
        freeswitch::remote_reason,
    ),
    out(
        b"entering state [",
        PHRASE,
        "freeswitch-sofia-state",
        PRODUCT,
        freeswitch::state,
    ),
    out(
        b"skipping state [",
        PHRASE,
        "freeswitch-sofia-state",
        PRODUCT,
        freeswitch::state,
    ),
    out(
        b"Overriding ",
        PHRASE,
        "freeswitch-override",
        PRODUCT,
        freeswitch::overriding,
    ),
    out(
        b"Responding to INVITE with: ",
        PHRASE,
        "freeswitch-respond",
        PRODUCT,
        freeswitch::respond,
    ),
    out(
        b"Responding with ",
        PHRASE,
        "freeswitch-respond",
        PRODUCT,
        freeswitch::responding_with,
    ),
    out(
        b"Failed Registration",
        PHRASE,
        "freeswitch-gateway-register",
        PRODUCT,
        freeswitch::failed_registration,
    ),
    out(
        b" with code ",
        PHRASE,
        "freeswitch-gateway-ping",
        PRODUCT,
        freeswitch::ping,
    ),
    // Kamailio and OpenSIPS.
    out(b"T_code=", PHRASE, "tm-relay", PRODUCT, proxy::new_code),
    out(
        b"reply code ",
        PHRASE,
        "tm-reply-code",
        PRODUCT,
        proxy::reply_code,
    ),
    out(
        b"checked status is <",
        PHRASE,
        "tm-check-status",
        PRODUCT,
        proxy::angle_code,
    ),
    out(
        b"picked branch ",
        PHRASE,
        "tm-pick-branch",
        PRODUCT,
        proxy::picked_branch,
    ),
    out(
        b"last_recv=",
        PHRASE,
        "tm-dns-failover",
        PRODUCT,
        proxy::last_recv,
    ),
    out(
        b"uas status: ",
        PHRASE,
        "tm-reply-state",
        PRODUCT,
        proxy::uas_status,
    ),
    out(
        b"[code: ",
        PHRASE,
        "tm-local-reply",
        PRODUCT,
        proxy::local_reply,
    ),
    out(
        b"completed with code: ",
        PHRASE,
        "kamailio-script",
        PRODUCT,
        proxy::completed_with,
    ),
    out(
        b"finished with code ",
        PHRASE,
        "dispatcher-options",
        PRODUCT,
        proxy::options_finished,
    ),
    out(
        b" status:  <",
        PHRASE,
        "parser-debug",
        PRODUCT,
        proxy::parsed_status,
    ),
    out(
        b"got sip response ",
        PHRASE,
        "kamailio-uac-register",
        PRODUCT,
        proxy::got_sip_response,
    ),
    out(
        b"stateless error reply used: ",
        PHRASE,
        "kamailio-sl",
        PRODUCT,
        proxy::stateless_error,
    ),
    out(
        b" reply on probe",
        PHRASE,
        "opensips-load-balancer",
        PRODUCT,
        proxy::probe_reply,
    ),
    out(
        b"failed with code ",
        PHRASE,
        "proxy-script",
        SCRIPT,
        proxy::failed_with_code,
    ),
    out(
        b"Status Code received =",
        PHRASE,
        "opensips-dialog",
        PRODUCT,
        proxy::status_code_received,
    ),
    out(
        b"<script>: ",
        PHRASE,
        "kamailio-script",
        SCRIPT,
        proxy::script_values,
    ),
    out(
        b"ailure_route",
        PHRASE,
        "proxy-failure-route",
        SCRIPT,
        proxy::failure_route,
    ),
    // SIP stacks and SDKs.
    out(
        b"is DISCONNECTED [reason=",
        PHRASE,
        "pjsua-disconnected",
        PRODUCT,
        stacks::pjsua_disconnected,
    ),
    out(
        b"hanging up: code=",
        PHRASE,
        "pjsua-hangup",
        PRODUCT,
        stacks::equals_code,
    ),
    out(
        b"state changed to EARLY (",
        PHRASE,
        "pjsua-call-state",
        PRODUCT,
        stacks::code_phrase_paren,
    ),
    out(
        b"registration failed, status=",
        PHRASE,
        "pjsua-register",
        PRODUCT,
        stacks::pjsua_register,
    ),
    out(
        b"registration success, status=",
        PHRASE,
        "pjsua-register",
        PRODUCT,
        stacks::pjsua_register,
    ),
    out(
        b"transfer status=",
        PHRASE,
        "pjsua-transfer",
        PRODUCT,
        stacks::pjsua_register,
    ),
    out(
        b"Response msg ",
        PHRASE,
        "pjsip-message",
        PRODUCT,
        stacks::pjsip_msg,
    ),
    out(
        b"[status=170",
        PHRASE,
        "pjsip-status",
        PRODUCT,
        stacks::pjsip_status,
    ),
    out(b"nta: ", PHRASE, "sofia-nta", PRODUCT, stacks::nta),
    out(
        b"): event ",
        PHRASE,
        "sofia-nua-event",
        PRODUCT,
        stacks::nua_event,
    ),
    out(
        b"receiving call response [",
        PHRASE,
        "linphone-call-response",
        PRODUCT,
        stacks::bracket_code,
    ),
    out(
        b"refresher [",
        PHRASE,
        "linphone-refresher",
        PRODUCT,
        stacks::refresher,
    ),
    out(
        b"Received code [",
        PHRASE,
        "linphone-call-response",
        PRODUCT,
        stacks::bracket_code,
    ),
    out(
        b"unexpected answer [",
        PHRASE,
        "linphone-call-response",
        PRODUCT,
        stacks::bracket_code,
    ),
    out(
        b": session closed: ",
        PHRASE,
        "baresip-session-closed",
        PRODUCT,
        stacks::code_phrase,
    ),
    out(
        b"call: SIP Progress: ",
        PHRASE,
        "baresip-progress",
        PRODUCT,
        stacks::code_phrase,
    ),
    out(
        b"call closed,",
        PHRASE,
        "baresip-call-closed",
        PRODUCT,
        stacks::code_phrase_comma,
    ),
    out(
        b"(prio ",
        PHRASE,
        "baresip-register",
        PRODUCT,
        stacks::baresip_register,
    ),
    out(
        b"transfer failed: ",
        PHRASE,
        "baresip-transfer",
        PRODUCT,
        stacks::code_phrase,
    ),
    out(
        b"OPTIONS failed: ",
        PHRASE,
        "baresip-options",
        PRODUCT,
        stacks::code_phrase,
    ),
    out(
        b"with cause: Code: [",
        PHRASE,
        "dart-sip-ua-call-ended",
        PRODUCT,
        stacks::bracket_code,
    ),
    out(
        b"sip status: ",
        PHRASE,
        "livekit-sip-status",
        PRODUCT,
        stacks::livekit_status,
    ),
    out(
        b"StatusCode from INVITE response ",
        PHRASE,
        "livekit-invite",
        PRODUCT,
        stacks::space_code,
    ),
    out(
        b"Closing inbound call",
        PHRASE,
        "livekit-inbound-close",
        PRODUCT,
        stacks::livekit_close,
    ),
    out(
        b"Sip non-success response: ",
        PHRASE,
        "drachtio-srf",
        PRODUCT,
        stacks::space_code,
    ),
    out(
        b" response, forwarding upstream",
        PHRASE,
        "drachtio-proxy",
        PRODUCT,
        stacks::drachtio_forward,
    ),
    out(
        b"response status=",
        PHRASE,
        "sipgo-response",
        PRODUCT,
        stacks::sipgo_short,
    ),
    out(
        b"' code=",
        PHRASE,
        "yate-hangup",
        PRODUCT,
        stacks::yate_hangup,
    ),
    // reSIProcate, Janus, drachtio-srf and node-sip apps.
    out(
        b"SipResp: ",
        PHRASE,
        "resiprocate-brief",
        PRODUCT,
        stacks::resip_brief,
    ),
    out(
        b": no targets for ",
        PHRASE,
        "repro-no-targets",
        PRODUCT,
        stacks::repro_no_targets,
    ),
    out(
        b"\"event\":\"hangup\"",
        PHRASE,
        "janus-sip-hangup",
        PRODUCT,
        stacks::janus_hangup,
    ),
    out(
        b"\"event\": \"hangup\"",
        PHRASE,
        "janus-sip-hangup",
        PRODUCT,
        stacks::janus_hangup,
    ),
    out(
        b"Response ",
        PHRASE,
        "sipsorcery-response",
        PRODUCT,
        stacks::sipsorcery_response,
    ),
    out(
        b" with status ",
        PHRASE,
        "with-status",
        SCRIPT,
        stacks::with_status,
    ),
    // Jitsi, sippts, mjSIP, Yate's lines, Telnyx's SDKs.
    out(
        b"Received error: ",
        PHRASE,
        "jitsi-call-error",
        PRODUCT,
        clients::jitsi_error,
    ),
    out(
        b"Received an error response (",
        PHRASE,
        "jitsi-register-error",
        PRODUCT,
        clients::jitsi_register,
    ),
    out(
        b"] Response ",
        PHRASE,
        "sippts-response",
        PRODUCT,
        clients::sippts_response,
    ),
    out(
        b"Registration of ",
        PHRASE,
        "mjsip-registration",
        PRODUCT,
        clients::mjsip_registration,
    ),
    out(
        b"' logon failure ",
        PHRASE,
        "yate-logon",
        PRODUCT,
        clients::yate_logon,
    ),
    out(
        b"\"sipCode\":",
        PHRASE,
        "telnyx-bye",
        PRODUCT,
        clients::telnyx_bye,
    ),
];
