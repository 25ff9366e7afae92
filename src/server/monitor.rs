//! The server's own look at its database, apart from the work pool: one knowledge base read
//! every [`CHECK_EVERY`] by a background task, for the data version (an import empties the
//! answer cache) and for `/healthz`. So `/healthz` answers at once whatever the load, from
//! the last look, and says 503 when the database stopped answering.

use super::cache::Cache;
use super::reply::json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sipkb::Kb;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How often the database is read.
pub const CHECK_EVERY: Duration = Duration::from_millis(200);
/// A last good look older than this makes `/healthz` say the database does not answer.
const STALE: Duration = Duration::from_secs(3);

/// The monitor's knowledge base and what it last saw.
pub struct Monitor {
    kb: Mutex<Kb>,
    /// The registry's size, read at start (it changes only with a new binary).
    codes: usize,
    /// When the database last answered.
    last_ok: Mutex<Instant>,
}

impl Monitor {
    /// Opens the monitor's own read-only knowledge base on `path`.
    pub fn open(path: &Path) -> sipkb::Result<Monitor> {
        let kb = Kb::open_read_only(path)?;
        let codes = kb.codes(None)?.len();
        Ok(Monitor {
            kb: Mutex::new(kb),
            codes,
            last_ok: Mutex::new(Instant::now()),
        })
    }

    /// Reads the data version now and then: a change empties the cache; an answer counts as
    /// the database being up.
    pub async fn watch(self: Arc<Monitor>, cache: Arc<Cache>) {
        loop {
            let me = self.clone();
            let v = tokio::task::spawn_blocking(move || {
                me.kb
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .data_version()
            })
            .await;
            if let Ok(Ok(v)) = v {
                *self.last_ok.lock().unwrap_or_else(PoisonError::into_inner) = Instant::now();
                cache.data_version(v);
            }
            tokio::time::sleep(CHECK_EVERY).await;
        }
    }
}

/// `GET /healthz`: the server is up and its database answers (as of its last look, at most
/// [`CHECK_EVERY`] ago); 503 when it has not answered for a while.
pub async fn healthz(State(monitor): State<Arc<Monitor>>) -> Response {
    let age = monitor
        .last_ok
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .elapsed();
    let (status, word) = if age < STALE {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    };
    json(
        status,
        &serde_json::json!({"status": word, "codes": monitor.codes}),
    )
}
