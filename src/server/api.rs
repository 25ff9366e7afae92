//! The routes: each decodes its query, negotiates the locale, runs the library call on the
//! pool off the async threads, and answers JSON with an honest status.

// The `Err` of these helpers is the response itself, returned at once: boxing it would only
// add an allocation to every failed request.
#![allow(clippy::result_large_err)]

use super::reply::{Asked, Query, error, json, library_error};
use super::work::{Work, blocking};
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use sipkb::{Arg, Class, ExplainOptions, Locale, MatchKind, ScanOptions, SearchOptions, SipCode};
use std::sync::Arc;

type Pooled = State<Arc<Work>>;

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

macro_rules! attempt {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(r) => return r,
        }
    };
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
    let result = attempt!(blocking(pool, locale, move |kb, _| kb.explain(&input, &opts)).await);
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
    let input = [sipkb::Input::text("pasted", text)];
    let result = attempt!(
        blocking(pool, locale, move |kb, cancel| {
            let opts = ScanOptions {
                locale: Some(locale),
                limit: Some(super::SCAN_LIMIT),
                cancel: Some(cancel.clone()),
                ..ScanOptions::default()
            };
            kb.scan(&input, &opts, &mut |_| {})
                .map(|report| with_sides(kb, locale, &report))
        })
        .await
    );
    match result {
        Ok(report) => json(StatusCode::OK, &report),
        Err(e) => library_error(locale, &e),
    }
}

/// Adds who acts (`side: {value, label}`) to each failure of a scan report, as its answer's
/// triage says, so that the page's table can show it: one explanation per distinct failure
/// (at most [`super::SCAN_LIMIT`], about 70 µs each).
fn with_sides(kb: &sipkb::Kb, locale: Locale, report: &sipkb::ScanReport) -> serde_json::Value {
    let mut v = serde_json::to_value(report).unwrap_or_default();
    if let Some(failures) = v.get_mut("failures").and_then(|f| f.as_array_mut()) {
        for f in failures {
            let code = f.get("code").and_then(serde_json::Value::as_u64);
            let phrase = f.get("phrase").and_then(|p| p.as_str()).unwrap_or("");
            let input = match code {
                Some(c) => format!("SIP/2.0 {c} {phrase}"),
                None => phrase.to_string(),
            };
            let opts = ExplainOptions {
                locale: Some(locale),
                vendor: f.get("vendor").and_then(|x| x.as_str()).map(str::to_string),
            };
            let side = kb
                .explain(input.trim(), &opts)
                .ok()
                .and_then(|ex| serde_json::to_value(&ex).ok())
                .and_then(|ex| ex.pointer("/triage/side").cloned());
            if let (Some(side), Some(obj)) = (side, f.as_object_mut()) {
                obj.insert("side".to_string(), side);
            }
        }
    }
    v
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
    let result = attempt!(blocking(pool, locale, move |kb, _| kb.code_titles(class, locale)).await);
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
    let result = attempt!(
        blocking(pool, locale, move |kb, _| kb
            .explain(&sip.to_string(), &opts))
        .await
    );
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
    let result = attempt!(blocking(pool, locale, |kb, _| kb.vendors()).await);
    match result {
        Ok(v) => json(StatusCode::OK, &v),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/vendors/{slug}`: one vendor's entries (code or device code, phrase, category, who
/// acts, retry, title in the negotiated language); 404 for a vendor the base does not have.
pub async fn vendor(
    State(pool): Pooled,
    Path(slug): Path<String>,
    Extension(asked): Extension<Asked>,
) -> Response {
    #[derive(serde::Serialize)]
    struct Entry {
        vendor: String,
        code: Option<u16>,
        vendor_code: Option<String>,
        phrase: String,
        category: String,
        category_label: String,
        side: String,
        retry: String,
        q850: Option<u8>,
        title: String,
    }
    #[derive(serde::Serialize)]
    struct VendorEntries {
        slug: String,
        name: String,
        note: Option<String>,
        entries: Vec<Entry>,
    }
    let locale = asked.locale;
    let result = attempt!(
        blocking(pool, locale, move |kb, _| -> sipkb::Result<VendorEntries> {
            let rows = kb.variants(Some(&slug), None)?;
            let info = kb.vendors()?.into_iter().find(|v| v.slug == slug);
            let codes: std::collections::HashMap<SipCode, sipkb::CodeEntry> =
                kb.codes(None)?.into_iter().map(|c| (c.code, c)).collect();
            let mut entries = Vec::with_capacity(rows.len());
            for row in &rows {
                let entry = row.variant.code.and_then(|c| codes.get(&c));
                let (side, retry) = row.variant.triage(entry);
                entries.push(Entry {
                    vendor: row.vendor.clone(),
                    code: row.variant.code.map(|c| c.get()),
                    vendor_code: row.variant.vendor_code.clone(),
                    phrase: row.variant.phrase.clone(),
                    category_label: kb.label(
                        locale,
                        &format!("category-{}", row.variant.category),
                        &[],
                    ),
                    category: row.variant.category.clone(),
                    side,
                    retry,
                    q850: entry.and_then(|e| e.q850),
                    title: kb.variant_title(locale, row)?,
                });
            }
            Ok(VendorEntries {
                name: info
                    .as_ref()
                    .map_or_else(|| slug.clone(), |v| kb.vendor_name(locale, v)),
                note: info.and_then(|v| v.note),
                slug,
                entries,
            })
        })
        .await
    );
    match result {
        Ok(v) => json(StatusCode::OK, &v),
        Err(e) => library_error(locale, &e),
    }
}

/// `GET /api/q850`: every Q.850 cause with the SIP responses mapped to it and its title and
/// class in the negotiated language (as `sipkb list --q850 --json`).
pub async fn q850(State(pool): Pooled, Extension(asked): Extension<Asked>) -> Response {
    #[derive(serde::Serialize)]
    struct CauseItem {
        #[serde(flatten)]
        cause: sipkb::Cause,
        from_sip: Vec<u16>,
        title: String,
        class_label: String,
    }
    let locale = asked.locale;
    let result = attempt!(
        blocking(
            pool,
            locale,
            move |kb, _| -> sipkb::Result<Vec<CauseItem>> {
                let mut items = Vec::new();
                for cause in kb.q850_causes()? {
                    items.push(CauseItem {
                        from_sip: kb.q850_from_sip(cause.value)?,
                        title: kb
                            .texts(locale, &cause.message_id())
                            .map(|(t, _)| t.title)
                            .unwrap_or_default(),
                        class_label: kb.label(locale, &format!("q850class-{}", cause.class), &[]),
                        cause,
                    });
                }
                Ok(items)
            }
        )
        .await
    );
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
    let result = attempt!(blocking(pool, locale, move |kb, _| kb.search(&query, &opts)).await);
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

/// Every `web-` label the page uses (`app.ftl`), plus the value labels it shows in browse.
const WEB_LABELS: &[&str] = &[
    "web-input",
    "web-placeholder",
    "web-explain",
    "web-causes",
    "web-actions",
    "web-ui",
    "web-category",
    "web-canonical",
    "web-retry",
    "web-side",
    "web-impact",
    "web-confirm",
    "web-warning",
    "web-no-failures",
    "web-no-sightings",
    "web-log-gone",
    "web-col-code",
    "web-col-phrase",
    "web-col-count",
    "web-col-meaning",
    "web-title",
    "web-nav",
    "web-nav-explain",
    "web-language",
    "web-keys",
    "web-examples",
    "web-suggestions",
    "web-failed",
    "web-note-info",
    "web-note-warning",
    "web-related",
    "web-triage",
    "web-q850",
    "web-escalate",
    "web-reading",
    "web-also",
    "web-copy-link",
    "web-copy-caller",
    "web-copy-ticket",
    "web-copied",
    "web-copy-failed",
    "web-ticket-line",
    "web-ticket-meaning",
    "web-ticket-next",
    "web-depth",
    "web-details",
    "web-hints",
    "web-rfc",
    "web-other-vendors",
    "web-headers",
    "web-notes",
    "web-sighting",
    "web-log-title",
    "web-line",
    "web-col-lines",
    "web-col-side",
    "web-col-action",
    "web-col-seen",
    "web-calls",
    "web-col-call",
    "web-col-from",
    "web-col-outcome",
    "web-col-final",
    "web-browse",
    "web-browse-codes",
    "web-browse-vendors",
    "web-browse-q850",
    "web-filter",
    "web-shown",
    "web-col-reason",
    "web-col-vendor",
    "web-col-entries",
    "web-col-about",
    "web-col-cause",
    "web-col-sip",
    "web-col-names",
    "web-col-response",
];

/// The page's labels in `locale`: the `web-` labels, the category names (`category-auth`),
/// the sighting kinds (`sighting-status-line`), and `lang`, the locale they are in.
fn web_labels(locale: Locale) -> std::collections::BTreeMap<String, String> {
    let mut map: std::collections::BTreeMap<String, String> = WEB_LABELS
        .iter()
        .map(|k| ((*k).to_string(), sipkb::builtin_label(locale, k, &[])))
        .collect();
    for c in sipkb::CATEGORIES {
        let key = format!("category-{c}");
        let label = sipkb::builtin_label(locale, &key, &[]);
        map.insert(key, label);
    }
    // How a failure was seen in a log (the scan report's `sighting`).
    for k in [
        "status-line",
        "method-status",
        "product-phrase",
        "hangup-cause",
        "cdr-field",
    ] {
        let key = format!("sighting-{k}");
        let label = sipkb::builtin_label(locale, &key, &[]);
        map.insert(key, label);
    }
    map.insert("lang".to_string(), locale.to_string());
    map
}

/// The page's `lang` attribute for `locale` (BCP 47: Simplified Chinese is `zh-Hans`).
fn html_lang(locale: Locale) -> &'static str {
    match locale {
        Locale::Ru => "ru",
        Locale::Zh => "zh-Hans",
        Locale::En => "en",
    }
}

/// Text for HTML (element content or a quoted attribute value).
fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page in `locale`: `{{lang}}`, `{{labels}}` (JSON for a `<script type="application/json">`
/// block, with `<`, `>` and `&` escaped so that no `</script>` can end it) and `{{web-…}}`
/// (a label, HTML-escaped) filled in, so the page reads right before any script runs and
/// still works when `/api/labels` cannot be reached.
pub fn render_page(locale: Locale) -> String {
    let labels = web_labels(locale);
    let json = serde_json::to_string(&labels)
        .unwrap_or_else(|_| "{}".to_string())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    let template = include_str!("page.html");
    let mut out = String::with_capacity(template.len() + json.len() + 4096);
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        let key = &after[..end];
        match key {
            "lang" => out.push_str(html_lang(locale)),
            "labels" => out.push_str(&json),
            k if k.starts_with("web-") => {
                let text = labels
                    .get(k)
                    .cloned()
                    .unwrap_or_else(|| sipkb::builtin_label(locale, k, &[]));
                out.push_str(&html_escape(&text));
            }
            _ => out.push_str(&rest[at..at + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// `GET /[?lang=…]`: the web page, embedded in the binary (no CDN, no network at run time),
/// with the labels of the negotiated language (`?lang=`, else `Accept-Language`) in it.
pub async fn page(Extension(asked): Extension<Asked>) -> Response {
    (
        [
            (CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                axum::http::header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
            ),
            (axum::http::header::VARY, "Accept-Language"),
        ],
        render_page(asked.locale),
    )
        .into_response()
}

/// `GET /api/labels?lang=…`: the page's labels in the negotiated language.
pub async fn labels(Extension(asked): Extension<Asked>) -> Response {
    json(StatusCode::OK, &web_labels(asked.locale))
}
