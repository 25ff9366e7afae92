//! The work pool: read-only knowledge bases used inside `spawn_blocking`, behind a gate that
//! bounds the work. At most [`Work::running`] lookups run at once (one per core: a lookup is
//! CPU work on SQLite and Fluent), at most [`QUEUE_PER_WORKER`] per worker wait for their
//! turn, and a waiting one gives up after [`WAIT`]. A request past that is answered at once
//! with 503 and `Retry-After`, as a SIP server sheds load (RFC 3261 §21.5.4; RFC 9110
//! §15.6.4): threads, memory and latency stay bounded whatever the number of clients.
//!
//! Work whose request is gone (timed out, or its client closed the connection) is cancelled:
//! it does not start if it had not, and a scan stops between two explanations.

use super::reply::error;
use axum::http::header::{CONNECTION, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use sipkb::{Kb, Locale};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Requests allowed to wait per worker.
pub const QUEUE_PER_WORKER: usize = 32;
/// How long a request waits for a worker before it is answered 503.
pub const WAIT: Duration = Duration::from_secs(2);
/// What `Retry-After` says on a 503, in seconds.
pub const RETRY_AFTER_SECS: u32 = 1;

/// Read-only knowledge bases, one per worker, handed out round-robin.
pub struct Pool {
    kbs: Vec<Mutex<Kb>>,
    next: AtomicUsize,
}

impl Pool {
    /// Opens `n` read-only knowledge bases on the database at `path`.
    pub fn open(path: &Path, n: usize) -> sipkb::Result<Pool> {
        let kbs = (0..n.max(1))
            .map(|_| Kb::open_read_only(path).map(Mutex::new))
            .collect::<sipkb::Result<_>>()?;
        Ok(Pool {
            kbs,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` on a free knowledge base (or waits for the next one in turn).
    pub fn with<T>(&self, f: impl FnOnce(&Kb) -> T) -> T {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        let n = self.kbs.len();
        for i in 0..n {
            if let Ok(kb) = self.kbs[(start + i) % n].try_lock() {
                return f(&kb);
            }
        }
        let kb = self.kbs[start % n]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        f(&kb)
    }
}

/// The pool and its gate.
pub struct Work {
    pool: Pool,
    /// Permits to run: one per knowledge base, so a running lookup never waits for one.
    run: Arc<Semaphore>,
    /// Places in line, running ones included.
    line: Arc<Semaphore>,
    /// How many lookups may run at once.
    pub running: usize,
    /// Requests answered 503 since the last log line.
    pub shed: AtomicU64,
}

impl Work {
    /// Opens `workers` knowledge bases on `path` behind a gate for that many.
    pub fn open(path: &Path, workers: usize) -> sipkb::Result<Work> {
        let workers = workers.max(1);
        Ok(Work {
            pool: Pool::open(path, workers)?,
            run: Arc::new(Semaphore::new(workers)),
            line: Arc::new(Semaphore::new(workers * (1 + QUEUE_PER_WORKER))),
            running: workers,
            shed: AtomicU64::new(0),
        })
    }

    /// 503 with `Retry-After`, closing the connection: the client should come back later,
    /// and meanwhile its socket is better free.
    fn busy(&self, locale: Locale) -> Response {
        self.shed.fetch_add(1, Ordering::Relaxed);
        let secs = i64::from(RETRY_AFTER_SECS);
        let mut resp = error(
            StatusCode::SERVICE_UNAVAILABLE,
            locale,
            "http-busy",
            &[("seconds", sipkb::Arg::Num(secs))],
        );
        let headers = resp.headers_mut();
        headers.insert(RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        headers.insert(CONNECTION, HeaderValue::from_static("close"));
        resp
    }
}

/// Set when the request that asked for some work is gone: dropping the guard (the handler's
/// future dropped by the timeout, or by hyper when the client closed the connection) sets
/// the flag the work looks at.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Runs `f` on a knowledge base of the pool, off the async threads, once the gate lets it
/// in; `f` gets the cancel flag to pass to long work. A 503 when the line is full or the wait
/// too long, a 500 if the work panicked.
pub async fn blocking<T: Send + 'static>(
    work: Arc<Work>,
    locale: Locale,
    f: impl FnOnce(&Kb, &Arc<AtomicBool>) -> T + Send + 'static,
) -> Result<T, Response> {
    let Ok(place) = work.line.clone().try_acquire_owned() else {
        return Err(work.busy(locale));
    };
    let permit = match tokio::time::timeout(WAIT, work.run.clone().acquire_owned()).await {
        Ok(Ok(permit)) => permit,
        _ => return Err(work.busy(locale)),
    };
    let flag = Arc::new(AtomicBool::new(false));
    let _guard = CancelOnDrop(flag.clone());
    let pool = work.clone();
    let task = tokio::task::spawn_blocking(move || {
        // Held until the work is done, even when its request is gone before.
        let _held = (place, permit);
        if flag.load(Ordering::Relaxed) {
            return None;
        }
        Some(pool.pool.with(|kb| f(kb, &flag)))
    });
    match task.await {
        Ok(Some(v)) => Ok(v),
        // Cancelled before it started: nobody is waiting for the answer.
        Ok(None) | Err(_) => Err(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            locale,
            "http-internal",
            &[],
        )),
    }
}
