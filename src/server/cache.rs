//! Answers to `GET` API requests kept in memory until the data changes. An explanation costs
//! about 70 µs of rendering; a support desk asks the same few questions all day. The key is
//! the request target and the negotiated locale; every entry is dropped when the database's
//! data version (the provenance log's last entry, read by a background task every
//! [`CHECK_EVERY`]) moves, so an import is seen within that time.

use super::Pool;
use super::reply::Asked;
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
use std::time::Duration;

/// How often the data version is read.
pub const CHECK_EVERY: Duration = Duration::from_millis(200);
/// At most this many answers are kept; past it the cache starts over.
const MAX_ENTRIES: usize = 10_000;
/// Answers larger than this are not kept.
const MAX_ANSWER: usize = 256 * 1024;

/// The cache and the data version its answers belong to.
#[derive(Default)]
pub struct Cache {
    answers: Mutex<HashMap<(String, Locale), (StatusCode, axum::body::Bytes)>>,
    version: AtomicI64,
}

impl Cache {
    /// Reads the data version now and then; a change empties the cache.
    pub async fn watch(self: Arc<Cache>, pool: Arc<Pool>) {
        loop {
            let p = pool.clone();
            let v = tokio::task::spawn_blocking(move || p.with(|kb| kb.data_version())).await;
            if let Ok(Ok(v)) = v
                && self.version.swap(v, Ordering::SeqCst) != v
            {
                self.answers
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clear();
            }
            tokio::time::sleep(CHECK_EVERY).await;
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
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    // Kept only if the data did not change while it was computed.
    if cache.version.load(Ordering::SeqCst) == version {
        let mut answers = cache.answers.lock().unwrap_or_else(PoisonError::into_inner);
        if answers.len() >= MAX_ENTRIES {
            answers.clear();
        }
        answers.insert(key, (status, bytes.clone()));
    }
    Response::from_parts(parts, Body::from(bytes))
}
