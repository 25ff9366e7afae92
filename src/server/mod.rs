//! `sipkb serve`: the knowledge base behind an HTTP JSON API (axum on tokio), a thin surface
//! over the library like the CLI.
//!
//! Every request runs its lookups on one of a small pool of read-only knowledge bases, inside
//! `spawn_blocking` (SQLite connections are `Send` but not `Sync`, and a lookup is blocking
//! work). The database is in WAL mode, so `sipkb import` can write to it while the server
//! reads: each request sees the last committed import, never half of one.

mod api;
mod cache;
mod reply;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method};
use axum::routing::{get, post};
use sipkb::{Kb, Locale};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tower_http::cors::CorsLayer;
use tower_http::timeout::TimeoutLayer;

/// The largest request body: a pasted log (`POST /api/scan`), 1 MiB.
pub const MAX_BODY: usize = 1 << 20;
/// The longest request target (path and query) accepted, in bytes.
pub const MAX_URI: usize = 8 * 1024;
/// How long one request may take.
const TIMEOUT: Duration = Duration::from_secs(10);

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

/// What `sipkb serve` was asked for.
pub struct Options {
    /// The address to bind.
    pub addr: SocketAddr,
    /// The one origin allowed cross-origin requests, if any.
    pub cors: Option<String>,
    /// The language of answers to requests that name none (neither `?lang=` nor
    /// `Accept-Language`).
    pub lang: Locale,
}

/// The router over a pool.
pub fn router(
    pool: Arc<Pool>,
    cache: Arc<cache::Cache>,
    cors: Option<HeaderValue>,
    lang: Locale,
) -> Router {
    let api = Router::new()
        .route("/", get(api::page))
        .route("/api/labels", get(api::labels))
        .route("/healthz", get(api::healthz))
        .route("/api/explain", get(api::explain))
        .route("/api/scan", post(api::scan))
        .route("/api/codes", get(api::codes))
        .route("/api/codes/{code}", get(api::code))
        .route("/api/vendors", get(api::vendors))
        .route("/api/search", get(api::search))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .with_state(pool)
        .layer(axum::middleware::from_fn_with_state(cache, cache::layer))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(lang, reply::guard))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            TIMEOUT,
        ));
    match cors {
        Some(origin) => api.layer(
            CorsLayer::new()
                .allow_origin(origin)
                .allow_methods([Method::GET, Method::POST]),
        ),
        None => api,
    }
}

/// Serves until interrupted (Ctrl-C or SIGTERM). Prints the address it listens on first, so
/// a caller that asked for port 0 learns the port.
pub fn serve(db: &Path, opts: &Options) -> std::io::Result<()> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = Pool::open(db, workers * 2).map_err(std::io::Error::other)?;
    let cors = match &opts.cors {
        Some(o) => Some(HeaderValue::from_str(o).map_err(std::io::Error::other)?),
        None => None,
    };
    let pool = Arc::new(pool);
    let cache = Arc::new(cache::Cache::default());
    let app = router(pool.clone(), cache.clone(), cors, opts.lang);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()?;
    rt.block_on(async {
        tokio::spawn(cache.watch(pool));
        let listener = tokio::net::TcpListener::bind(opts.addr).await?;
        println!("listening on http://{}", listener.local_addr()?);
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown())
            .await
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
