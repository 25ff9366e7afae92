//! The routes: each decodes its query, negotiates the locale, runs the library call on the
//! pool off the async threads, and answers JSON with an honest status.

// The `Err` of these helpers is the response itself, returned at once: boxing it would only
// add an allocation to every failed request.
#![allow(clippy::result_large_err)]

use super::Pool;
use super::reply::{Asked, Query, error, json, library_error};
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use sipkb::{
    Arg, Class, ExplainOptions, Kb, Locale, MatchKind, ScanOptions, SearchOptions, SipCode,
};
use std::sync::Arc;

type Pooled = State<Arc<Pool>>;

/// A required, non-empty parameter.
fn required<'q>(q: &'q Query, name: &str, locale: Locale) -> Result<&'q str, Response> {
    match q.get(name).map(str::trim) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err(error(
            StatusCode::BAD_REQUEST,
            locale,
            "http-missing-param",
            &[("name", Arg::Str(name))],
        )),
    }
}

/// Runs `f` on the pool, off the async worker threads.
async fn blocking<T: Send + 'static>(
    pool: Arc<Pool>,
    f: impl FnOnce(&Kb) -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(move || pool.with(f))
        .await
        .map_err(|_| {
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                Locale::En,
                "http-internal",
                &[],
            )
        })
}

macro_rules! attempt {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(r) => return r,
        }
    };
}

/// `GET /healthz`: the server is up and its database answers.
pub async fn healthz(State(pool): Pooled) -> Response {
    let codes = attempt!(blocking(pool, |kb| kb.codes(None).map(|c| c.len())).await);
    match codes {
        Ok(n) => json(
            StatusCode::OK,
            &serde_json::json!({"status": "ok", "codes": n}),
        ),
        Err(e) => library_error(Locale::En, &e),
    }
}

/// `GET /api/explain?q=…&lang=…&vendor=…`: the object `sipkb explain --json` prints; 404 (with
/// the same object, suggestions included) when nothing matched.
pub async fn explain(State(pool): Pooled, Extension(asked): Extension<Asked>) -> Response {
    let (q, locale) = (attempt!(asked.query()), asked.locale);
    let input = attempt!(required(q, "q", locale)).to_string();
    let opts = ExplainOptions {
        locale: Some(locale),
        vendor: q
            .get("vendor")
            .filter(|v| !v.is_empty())
            .map(str::to_string),
    };
    let result = attempt!(blocking(pool, move |kb| kb.explain(&input, &opts)).await);
    match result {
        Ok(ex) if ex.kind == MatchKind::NotFound => json(StatusCode::NOT_FOUND, &ex),
        Ok(ex) => json(StatusCode::OK, &ex),
        Err(e) => library_error(locale, &e),
    }
}

/// `POST /api/scan` with a pasted log (text/plain, at most 1 MiB): the report `sipkb scan
/// --json` prints.
pub async fn scan(
    State(pool): Pooled,
    Extension(asked): Extension<Asked>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locale = asked.locale;
    let plain = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    if !matches!(plain.as_deref(), Some("text/plain") | None) {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            locale,
            "http-media-type",
            &[],
        );
    }
    let Ok(text) = String::from_utf8(body.to_vec()) else {
        return error(StatusCode::BAD_REQUEST, locale, "http-bad-utf8", &[]);
    };
    let opts = ScanOptions {
        locale: Some(locale),
        all: false,
        call: None,
    };
    let input = [sipkb::Input::text("pasted", text)];
    let result = attempt!(blocking(pool, move |kb| kb.scan(&input, &opts, &mut |_| {})).await);
    match result {
        Ok(report) => json(StatusCode::OK, &report),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/codes[?class=4]`: the canonical codes.
pub async fn codes(State(pool): Pooled, Extension(asked): Extension<Asked>) -> Response {
    let (q, locale) = (attempt!(asked.query()), asked.locale);
    let class = match q.get("class") {
        None | Some("") => None,
        Some(c) => match c.parse::<Class>() {
            Ok(class) => Some(class),
            Err(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    locale,
                    "http-bad-class",
                    &[("class", Arg::Str(c))],
                );
            }
        },
    };
    let result = attempt!(blocking(pool, move |kb| kb.code_titles(class, locale)).await);
    match result {
        Ok(codes) => json(StatusCode::OK, &codes),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/codes/{code}`: one code explained (as `sipkb explain --json 486`); 404 for a
/// code the registry does not have, 400 for something that is not a status code.
pub async fn code(
    State(pool): Pooled,
    Path(code): Path<String>,
    Extension(asked): Extension<Asked>,
) -> Response {
    let locale = asked.locale;
    let Ok(sip) = code.parse::<SipCode>() else {
        return error(
            StatusCode::BAD_REQUEST,
            locale,
            "http-bad-code",
            &[("code", Arg::Str(&code))],
        );
    };
    let opts = ExplainOptions {
        locale: Some(locale),
        ..Default::default()
    };
    let result = attempt!(blocking(pool, move |kb| kb.explain(&sip.to_string(), &opts)).await);
    match result {
        Ok(ex) if ex.unregistered => error(
            StatusCode::NOT_FOUND,
            locale,
            "http-unknown-code",
            &[("code", Arg::Num(i64::from(sip.get())))],
        ),
        Ok(ex) => json(StatusCode::OK, &ex),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/vendors`: every vendor with its variant count.
pub async fn vendors(State(pool): Pooled, Extension(asked): Extension<Asked>) -> Response {
    let locale = asked.locale;
    let result = attempt!(blocking(pool, |kb| kb.vendors()).await);
    match result {
        Ok(v) => json(StatusCode::OK, &v),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/search?q=…[&vendor=…][&limit=…]`: the hits `sipkb search --json` prints.
pub async fn search(State(pool): Pooled, Extension(asked): Extension<Asked>) -> Response {
    let (q, locale) = (attempt!(asked.query()), asked.locale);
    let query = attempt!(required(q, "q", locale)).to_string();
    let limit = match q.get("limit") {
        None | Some("") => 20,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=1000).contains(&n) => n,
            _ => return error(StatusCode::BAD_REQUEST, locale, "http-bad-limit", &[]),
        },
    };
    let opts = SearchOptions {
        locale,
        vendor: q
            .get("vendor")
            .filter(|v| !v.is_empty())
            .map(str::to_string),
        limit,
    };
    let result = attempt!(blocking(pool, move |kb| kb.search(&query, &opts)).await);
    match result {
        Ok(hits) => json(StatusCode::OK, &hits),
        Err(e) => library_error(locale, &e),
    }
}

/// Any other path: 404.
pub async fn not_found(Extension(asked): Extension<Asked>, uri: Uri) -> Response {
    let locale = asked.locale;
    error(
        StatusCode::NOT_FOUND,
        locale,
        "http-not-found",
        &[("path", Arg::Str(uri.path()))],
    )
}

/// A method the route does not take: 405.
pub async fn method_not_allowed(Extension(asked): Extension<Asked>) -> Response {
    error(
        StatusCode::METHOD_NOT_ALLOWED,
        asked.locale,
        "http-method",
        &[],
    )
}

/// The page's own labels (keys of `app.ftl` starting with `web-`).
const WEB_LABELS: &[&str] = &[
    "web-input",
    "web-placeholder",
    "web-explain",
    "web-causes",
    "web-actions",
    "web-ui",
    "web-not-found",
    "web-category",
    "web-canonical",
    "web-retry",
    "web-side",
    "web-impact",
    "web-confirm",
    "web-cause",
    "web-warning",
    "web-no-failures",
    "web-col-code",
    "web-col-phrase",
    "web-col-count",
    "web-col-line",
    "web-col-meaning",
];

/// `GET /`: the web page, embedded in the binary (no CDN, no network at run time).
pub async fn page() -> Response {
    (
        [
            (CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                axum::http::header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
            ),
        ],
        include_str!("page.html"),
    )
        .into_response()
}

/// `GET /api/labels?lang=…`: the page's labels in the negotiated language.
pub async fn labels(Extension(asked): Extension<Asked>) -> Response {
    let locale = asked.locale;
    let map: std::collections::BTreeMap<&str, String> = WEB_LABELS
        .iter()
        .map(|k| (*k, sipkb::builtin_label(locale, k, &[])))
        .collect();
    json(StatusCode::OK, &map)
}
