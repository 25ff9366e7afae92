//! Answers to `GET` API requests kept in memory until the data changes. An explanation costs
//! about 70 µs of rendering; a support desk asks the same few questions all day. The key is
//! the request target and the negotiated locale; every entry is dropped when the database's
//! data version (the provenance log's last entry, read by the monitor every
//! [`super::monitor::CHECK_EVERY`]) moves, so an import is seen within that time.

use super::reply::{Asked, error};
use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sipkb::Locale;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// At most this many answers are kept; past it the cache starts over.
const MAX_ENTRIES: usize = 10_000;
/// Answers larger than this are not kept (they are still sent): 10,000 of them would be
/// 2.5 GB.
const MAX_KEPT: usize = 256 * 1024;
/// The largest answer the server sends. Answers are bounded by construction (a search by
/// its `limit`, a scan by its list limit); this only makes the bound explicit.
pub const MAX_ANSWER: usize = 16 << 20;

/// The cache and the data version its answers belong to.
#[derive(Default)]
pub struct Cache {
    answers: Mutex<HashMap<(String, Locale), (StatusCode, axum::body::Bytes)>>,
    version: AtomicI64,
}

impl Cache {
    /// The data version just read: a change empties the cache.
    pub fn data_version(&self, v: i64) {
        if self.version.swap(v, Ordering::SeqCst) != v {
            self.answers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clear();
        }
    }
}

/// Serves a `GET /api/…` from the cache, or answers and keeps the answer (200 and 404 JSON).
pub async fn layer(State(cache): State<Arc<Cache>>, req: Request<Body>, next: Next) -> Response {
    if req.method() != Method::GET || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let locale = match req.extensions().get::<Asked>() {
        Some(asked) if asked.query().is_ok() => asked.locale,
        _ => return next.run(req).await,
    };
    let key = (req.uri().to_string(), locale);
    let version = cache.version.load(Ordering::SeqCst);
    if let Some((status, body)) = cache
        .answers
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
        .cloned()
    {
        return (status, [(CONTENT_TYPE, "application/json")], body).into_response();
    }
    let resp = next.run(req).await;
    let status = resp.status();
    if !matches!(status, StatusCode::OK | StatusCode::NOT_FOUND) {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ANSWER).await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            locale,
            "http-internal",
            &[],
        );
    };
    // Kept only if small enough, and if the data did not change while it was computed.
    if bytes.len() <= MAX_KEPT && cache.version.load(Ordering::SeqCst) == version {
        let mut answers = cache.answers.lock().unwrap_or_else(PoisonError::into_inner);
        if answers.len() >= MAX_ENTRIES {
            answers.clear();
        }
        answers.insert(key, (status, bytes.clone()));
    }
    Response::from_parts(parts, Body::from(bytes))
}
