//! Plain data types shared by every module. No I/O here.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A SIP status code, 100–699 (RFC 3261 §7.2: three digits, first digit 1–6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct SipCode(u16);

impl SipCode {
    /// The code if it lies in 100–699, else `None`.
    pub fn new(code: u16) -> Option<Self> {
        (100..=699).contains(&code).then_some(Self(code))
    }

    /// The numeric value.
    pub fn get(self) -> u16 {
        self.0
    }

    /// The response class, 1–6.
    pub fn class(self) -> Class {
        Class((self.0 / 100) as u8)
    }
}

impl FromStr for SipCode {
    type Err = String;
    /// Accepts exactly three digits, 100 to 699 (surrounding spaces aside).
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        (t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u16>().ok().and_then(SipCode::new))
            .flatten()
            .ok_or_else(|| format!("{s:?} is not a SIP status code (100 to 699)"))
    }
}

impl fmt::Display for SipCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A response class: 1 (provisional) to 6 (global failure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Class(u8);

impl Class {
    /// The class if `digit` is 1–6.
    pub fn new(digit: u8) -> Option<Self> {
        (1..=6).contains(&digit).then_some(Self(digit))
    }

    /// The class digit, 1–6.
    pub fn digit(self) -> u8 {
        self.0
    }

    /// The code a UAC treats an unknown code of this class as (RFC 3261 §8.1.3.2):
    /// x00, except that an unknown provisional response is treated as 183.
    pub fn fallback_code(self) -> SipCode {
        match self.0 {
            1 => SipCode(183),
            d => SipCode(u16::from(d) * 100),
        }
    }

    /// The Fluent message id that describes the class (`class-4xx`).
    pub fn message_id(self) -> String {
        format!("class-{self}")
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx", self.0)
    }
}

impl FromStr for Class {
    type Err = String;
    /// Accepts `4xx`, `4XX`, the Cyrillic `4хх` a Russian keyboard types, or `4`.
    fn from_str(s: &str) -> Result<Self, String> {
        let mut chars = s.trim().chars();
        let digit = chars.next().and_then(|c| c.to_digit(10));
        let rest = chars.as_str();
        let suffix = rest.is_empty()
            || rest.chars().count() == 2
                && rest.chars().all(|c| matches!(c, 'x' | 'X' | 'х' | 'Х'));
        digit
            .filter(|_| suffix)
            .and_then(|d| Class::new(d as u8))
            .ok_or_else(|| format!("{s:?} is not a response class (1xx to 6xx)"))
    }
}

/// Triage categories. The first fourteen come from DESIGN.md; `config` (device set-up) and
/// `network` (socket/IP layer) cover the device-internal codes of IP phones.
pub const CATEGORIES: &[&str] = &[
    "auth",
    "billing",
    "routing",
    "user-state",
    "media",
    "capacity",
    "timeout",
    "protocol",
    "policy",
    "security",
    "server",
    "redirect",
    "provisional",
    "success",
    "config",
    "network",
];

/// Retry advice values: `none` (not a failure), `redirect` (follow the 3xx Contact), `fix`
/// (only after changing the request), `later` (honouring Retry-After, RFC 3261 §20.33),
/// `elsewhere` (another server or route), `never` (it fails the same way again).
pub const RETRY_ADVICE: &[&str] = &["none", "redirect", "fix", "later", "elsewhere", "never"];

/// Who most likely has to act: `caller` (the calling side's configuration: device, PBX, dial
/// plan, credentials), `callee` (the called party or their equipment), `carrier` (the carrier,
/// a transit network or the path between), `operator` (whoever runs the server that answered),
/// `account` (the account holder: balance, credit, subscription, payment), `none` (nothing to
/// fix).
pub const SIDES: &[&str] = &["caller", "callee", "carrier", "operator", "account", "none"];

/// A canonical code as stored: the IANA facts plus triage facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeEntry {
    /// The status code.
    pub code: SipCode,
    /// The IANA reason phrase.
    pub reason: String,
    /// The phrase on the wire when it differs from `reason` (`Accepted` for 202).
    pub wire: Option<String>,
    /// Defining documents, e.g. `RFC 3261`.
    pub rfc: Vec<String>,
    /// Triage category (one of [`CATEGORIES`]).
    pub category: String,
    /// The ISUP/Q.850 cause RFC 3398 §8.2.6.1 maps it to, where one is defined.
    pub q850: Option<u8>,
    /// Retry advice (one of [`RETRY_ADVICE`]).
    pub retry: String,
    /// Who most likely has to act (one of [`SIDES`]).
    pub side: String,
    /// Other spellings that stacks print for the same code.
    pub aliases: Vec<String>,
}

impl CodeEntry {
    /// Fluent message id of the code's explanation.
    pub fn message_id(&self) -> String {
        format!("sip-{}", self.code)
    }
}

/// A canonical code with its class and its title in one locale: what `sipkb list --json` and
/// `GET /api/codes` print for each code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeTitle {
    /// The registry's facts.
    #[serde(flatten)]
    pub entry: CodeEntry,
    /// The class, e.g. `4xx`.
    pub class: String,
    /// The title, in the locale asked for.
    pub title: String,
}

/// A vendor (a list's owner) with the number of variants it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VendorInfo {
    /// Short stable identifier, e.g. `ru-softswitch`.
    pub slug: String,
    /// Human-readable name.
    pub name: String,
    /// Where the list comes from.
    pub note: Option<String>,
    /// Whether the list ships with sipkb.
    pub builtin: bool,
    /// Number of variants.
    pub variants: u64,
}

/// A vendor variant as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantRow {
    /// Row id in the store.
    pub(crate) id: i64,
    /// The vendor's slug.
    pub vendor: String,
    /// The vendor's name.
    pub vendor_name: String,
    /// The variant itself.
    pub variant: NewVariant,
}

/// A vendor's note about a whole response class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassNoteRow {
    /// Row id in the store.
    pub(crate) id: i64,
    /// The vendor's slug.
    pub vendor: String,
    /// The vendor's name.
    pub vendor_name: String,
    /// The note itself.
    pub note: NewClassNote,
}

/// One validated variant of a vendor list (as stored, it is part of a [`VariantRow`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVariant {
    /// The SIP code, if it stands for one.
    pub code: Option<SipCode>,
    /// The vendor device code, if any.
    pub vendor_code: Option<String>,
    /// The phrase, verbatim.
    pub phrase: String,
    /// Triage category.
    pub category: String,
    /// Who has to act, when the list says so (else the code's answer holds).
    pub side: Option<String>,
    /// Retry advice, when the list says so (else the code's answer holds).
    pub retry: Option<String>,
    /// Fluent message id of its explanation.
    pub message: String,
    /// Where it comes from and how sure we are.
    pub provenance: Provenance,
}

/// Where an entry comes from, which product versions it applies to, and how sure we are: each
/// optional, as a list may say nothing (a user's own spreadsheet).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// A repository path at a commit (`owner/repo@commit:path`) or an `https://` URL.
    pub source: Option<String>,
    /// The product and the versions it applies to (`Kamailio 5.8–6.0`).
    pub applies_to: Option<String>,
    /// One of [`CONFIDENCE`].
    pub confidence: Option<String>,
}

/// How sure a list is of an entry: `source` (read in the product's own code or official
/// documentation), `observed` (seen in a public trace), `reported` (only a third party says so).
pub const CONFIDENCE: &[&str] = &["source", "observed", "reported"];

impl NewVariant {
    /// Who acts and the retry advice the variant shows: the list's own answer, else its code's
    /// (`code`), else `none`.
    pub fn triage(&self, code: Option<&CodeEntry>) -> (String, String) {
        let pick = |own: &Option<String>, from_code: Option<&String>| {
            own.clone()
                .or_else(|| from_code.cloned())
                .unwrap_or_else(|| "none".to_string())
        };
        (
            pick(&self.side, code.map(|c| &c.side)),
            pick(&self.retry, code.map(|c| &c.retry)),
        )
    }
}

/// One validated class note of a [`VendorList`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClassNote {
    /// The class.
    pub class: Class,
    /// Fluent message id of its text.
    pub message: String,
}
