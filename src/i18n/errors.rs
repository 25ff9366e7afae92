//! Errors in the user's language: each library error variant has a message in `app.ftl`.
//! (An import problem describes itself: `import::Problem::describe`.)

use super::{Arg, Catalog, Locale};
use crate::error::{DbProblem, Error, InputError};

impl Catalog {
    /// The error as one line in `locale`. Import problems (`file:line: field: reason`) and
    /// internal failures (SQLite, I/O, a broken build) keep their English detail.
    pub fn describe_error(&self, locale: Locale, error: &Error) -> String {
        let s = |v: &dyn ToString| v.to_string();
        let (id, args): (&str, Vec<(&str, String)>) = match error {
            Error::BadInput(e) => match e {
                InputError::Empty => ("err-empty", vec![]),
                InputError::TooLong { len, max } => {
                    ("err-too-long", vec![("len", s(len)), ("max", s(max))])
                }
                InputError::Control { code_point, at } => (
                    "err-control",
                    vec![("char", format!("U+{code_point:04X}")), ("at", s(at))],
                ),
                InputError::BadCode { token } => ("err-bad-code", vec![("token", token.clone())]),
                InputError::BadVersion { version } => {
                    ("err-bad-version", vec![("version", version.clone())])
                }
                InputError::ExpectedCode => ("err-expected-code", vec![]),
                InputError::NoSearchTerms => ("err-no-search-terms", vec![]),
                InputError::DeviceNoDigits { token } => {
                    ("err-device-no-digits", vec![("token", token.clone())])
                }
                InputError::DeviceBad { token } => {
                    ("err-device-bad", vec![("token", token.clone())])
                }
                InputError::BadCause { token } => ("err-bad-cause", vec![("token", token.clone())]),
                InputError::HeaderQuote { header, value } => (
                    "err-header-quote",
                    vec![("header", header.clone()), ("value", value.clone())],
                ),
                InputError::ReasonNoProtocol { value } => {
                    ("err-reason-no-protocol", vec![("value", value.clone())])
                }
                InputError::ReasonNoCause { value } => {
                    ("err-reason-no-cause", vec![("value", value.clone())])
                }
                InputError::ReasonBadCause { value, cause } => (
                    "err-reason-bad-cause",
                    vec![("value", value.clone()), ("cause", cause.clone())],
                ),
                InputError::WarningBadCode { value, code } => (
                    "err-warning-bad-code",
                    vec![("value", value.clone()), ("code", code.clone())],
                ),
                InputError::WarningMalformed { value } => {
                    ("err-warning-malformed", vec![("value", value.clone())])
                }
            },
            Error::BadDatabase { path, problem } => {
                let mut args = vec![("path", path.display().to_string())];
                let id = match problem {
                    DbProblem::NotSqlite => "err-db-not-sqlite",
                    DbProblem::CannotOpen => "err-db-cannot-open",
                    DbProblem::Corrupt => "err-db-corrupt",
                    DbProblem::Foreign => "err-db-foreign",
                    DbProblem::NeverLoaded => "err-db-not-loaded",
                    DbProblem::Older { found, supported }
                    | DbProblem::Newer { found, supported } => {
                        args.extend([("found", s(found)), ("supported", s(supported))]);
                        if matches!(problem, DbProblem::Older { .. }) {
                            "err-db-older"
                        } else {
                            "err-db-newer"
                        }
                    }
                    DbProblem::BadVersion { found } => {
                        args.push(("found", s(found)));
                        "err-db-bad-version"
                    }
                    DbProblem::Damaged { detail } => {
                        args.push(("detail", detail.clone()));
                        "err-db-damaged"
                    }
                    DbProblem::Other(reason) => {
                        args.push(("reason", reason.clone()));
                        "err-db-other"
                    }
                };
                (id, args)
            }
            // A read that met a damaged page (the check on open reads every page only of
            // smaller files).
            Error::Sql(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) =>
            {
                ("err-db-malformed", vec![("reason", e.to_string())])
            }
            Error::UnknownVendor(slug) => ("err-unknown-vendor", vec![("slug", slug.clone())]),
            Error::OneVendor => ("err-one-vendor", vec![]),
            Error::Cancelled => ("err-cancelled", vec![]),
            other => return other.to_string(),
        };
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        self.label(locale, id, &args)
    }
}
