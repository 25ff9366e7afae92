//! Answers: JSON bodies, JSON errors with an honest status and a message in the client's
//! language, the client's locale (`?lang=`, then `Accept-Language` with q-values, then the
//! server's default), and the
//! query string decoded strictly (bad percent-encoding or bad UTF-8 is a 400, never a panic).

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode;
use serde::Serialize;
use sipkb::{Arg, Locale};
use std::sync::Arc;

/// A JSON answer with a status.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => (status, [(CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => error_text(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

/// `{"error": message, "status": code}`.
fn error_text(status: StatusCode, message: &str) -> Response {
    let body = problem_body(status, message);
    (status, [(CONTENT_TYPE, "application/json")], body).into_response()
}

/// The bytes of `{"error": message, "status": code}`.
pub fn problem_body(status: StatusCode, message: &str) -> Vec<u8> {
    #[derive(Serialize)]
    struct Problem<'a> {
        error: &'a str,
        status: u16,
    }
    serde_json::to_vec(&Problem {
        error: message,
        status: status.as_u16(),
    })
    .unwrap_or_default()
}

/// A JSON error whose message is the `app.ftl` label `id` in `locale`.
pub fn error(status: StatusCode, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> Response {
    let message = sipkb::builtin_label(locale, id, args);
    error_text(status, &message)
}

/// A library error as a JSON error: bad input is the client's (400), the rest is ours (500).
pub fn library_error(locale: Locale, e: &sipkb::Error) -> Response {
    let status = match e {
        sipkb::Error::BadInput(_) => StatusCode::BAD_REQUEST,
        sipkb::Error::UnknownVendor(_) => StatusCode::NOT_FOUND,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    error_text(status, &sipkb::describe_error(e, locale))
}

/// The decoded query: `(name, value)` pairs in order.
pub struct Query(pub Vec<(String, String)>);

impl Query {
    /// Parses `a=b&c=d`: `+` is a space, `%XX` a byte; the result must be UTF-8.
    pub fn parse(raw: Option<&str>) -> Result<Query, &'static str> {
        let mut out = Vec::new();
        for pair in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            out.push((decode(k)?, decode(v)?));
        }
        Ok(Query(out))
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn decode(s: &str) -> Result<String, &'static str> {
    let bytes = s.as_bytes();
    // `%` must be followed by two hex digits (RFC 3986 §2.1); percent-encoding would pass a
    // stray one through unchanged.
    for (i, _) in bytes.iter().enumerate().filter(|(_, b)| **b == b'%') {
        let hex = bytes.get(i + 1..i + 3).ok_or("percent")?;
        if !hex.iter().all(u8::is_ascii_hexdigit) {
            return Err("percent");
        }
    }
    let plus = s.replace('+', " ");
    percent_decode(plus.as_bytes())
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| "utf8")
}

/// The client's locale: `?lang=`, then `Accept-Language` by q-value, then the server's
/// default (`sipkb serve --lang`).
pub fn locale(query: &Query, headers: &HeaderMap, default: Locale) -> Locale {
    if let Some(lang) = query.get("lang") {
        return Locale::negotiate([lang]);
    }
    let accept = headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut tags: Vec<(f32, usize, &str)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    if tags.is_empty() {
        return default;
    }
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    Locale::negotiate(tags.into_iter().map(|(_, _, t)| t))
}

/// The request's query, decoded once by [`guard`] (none when it is malformed), and the
/// language negotiated from it and the headers; handlers and the cache read it from the
/// request's extensions.
#[derive(Clone)]
pub struct Asked {
    query: Option<Arc<Query>>,
    /// The client's locale.
    pub locale: Locale,
}

impl Asked {
    /// The decoded query, or the 400 that a malformed one gets (returned as it is: boxing
    /// it would only add an allocation).
    #[allow(clippy::result_large_err)]
    pub fn query(&self) -> Result<&Query, Response> {
        self.query
            .as_deref()
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, self.locale, "http-bad-query", &[]))
    }
}

/// Checks every request before it is routed and turns plain-text error answers from the
/// layers below (a body over the limit, a timeout) into JSON ones.
pub async fn guard(State(default): State<Locale>, mut req: Request<Body>, next: Next) -> Response {
    let query = Query::parse(req.uri().query()).ok().map(Arc::new);
    let locale = locale(
        query.as_deref().unwrap_or(&Query(Vec::new())),
        req.headers(),
        default,
    );
    req.extensions_mut().insert(Asked { query, locale });
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > super::MAX_URI {
        let max = super::MAX_URI as i64;
        return error(
            StatusCode::URI_TOO_LONG,
            locale,
            "http-uri-too-long",
            &[("max", Arg::Num(max))],
        );
    }
    let resp = next.run(req).await;
    let is_json = resp
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let status = resp.status();
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let id = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "http-too-large",
        StatusCode::REQUEST_TIMEOUT => "http-timeout",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "http-media-type",
        s if s.is_client_error() => "http-bad-request",
        _ => "http-internal",
    };
    let max = (super::MAX_BODY / 1024) as i64;
    error(status, locale, id, &[("max", Arg::Num(max))])
}
