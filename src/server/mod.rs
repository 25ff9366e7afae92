//! `sipkb serve`: the knowledge base behind an HTTP JSON API (axum on tokio), a thin surface
//! over the library like the CLI.
//!
//! Every request runs its lookups on one of a small pool of read-only knowledge bases, inside
//! `spawn_blocking` (SQLite connections are `Send` but not `Sync`, and a lookup is blocking
//! work), behind a gate that bounds the work (`work.rs`). The database is in WAL mode, so
//! `sipkb import` can write to it while the server reads: each request sees the last
//! committed import, never half of one. Connections are bounded and timed (`listen.rs`), and
//! every answer, hyper's own included (`rawio.rs`), is JSON.

mod api;
mod cache;
mod listen;
mod monitor;
mod rawio;
mod reply;
mod work;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method};
use axum::routing::{get, post};
use sipkb::Locale;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tower_http::cors::CorsLayer;
use tower_http::timeout::TimeoutLayer;

/// The largest request body: a pasted log (`POST /api/scan`), 1 MiB.
pub const MAX_BODY: usize = 1 << 20;
/// The longest request target (path and query) accepted, in bytes.
pub const MAX_URI: usize = 8 * 1024;
/// How long one request may take, from its head to its answer (reading its body included).
const TIMEOUT: Duration = Duration::from_secs(10);
/// The most distinct entries a scan lists per list (failures, reasons, warnings): a page
/// shows no more, and it bounds the answer (about 1 KB of JSON each).
const SCAN_LIMIT: usize = 200;
/// Connections allowed when the open-file limit allows more.
const MAX_CONNECTIONS: usize = 4096;
/// File descriptors kept for the rest of the process: standard streams, the listener, the
/// runtime's, and per knowledge base its database, WAL and shared-memory files.
const RESERVED_FDS: usize = 64;

/// What `sipkb serve` was asked for.
pub struct Options {
    /// The address to bind.
    pub addr: SocketAddr,
    /// The one origin allowed cross-origin requests, if any.
    pub cors: Option<String>,
    /// At most this many open connections (lowered to what the open-file limit allows).
    pub max_connections: Option<usize>,
    /// Lookups run at once (default: one per core).
    pub workers: Option<usize>,
    /// The language of the log lines, and of answers to requests that name none (neither
    /// `?lang=` nor `Accept-Language`).
    pub locale: Locale,
}

/// The router over the work pool, the monitor and the cache. Layers, outermost first:
/// CORS, the guard (locale, query, URL length, JSON errors: it must see the timeout's 408),
/// the request timeout, the body limit, the cache; then the route.
fn router(
    work: Arc<work::Work>,
    monitor: Arc<monitor::Monitor>,
    cache: Arc<cache::Cache>,
    cors: Option<HeaderValue>,
    locale: Locale,
) -> Router {
    let api = Router::new()
        .route("/", get(api::page))
        .route("/api/labels", get(api::labels))
        // Outside the work pool: answered from the monitor's last look, whatever the load.
        .route("/healthz", get(monitor::healthz).with_state(monitor))
        .route("/api/explain", get(api::explain))
        .route("/api/scan", post(api::scan))
        .route("/api/codes", get(api::codes))
        .route("/api/codes/{code}", get(api::code))
        .route("/api/vendors", get(api::vendors))
        .route("/api/vendors/{slug}", get(api::vendor))
        .route("/api/q850", get(api::q850))
        .route("/api/search", get(api::search))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .with_state(work)
        .layer(axum::middleware::from_fn_with_state(cache, cache::layer))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            TIMEOUT,
        ))
        .layer(axum::middleware::from_fn_with_state(locale, reply::guard));
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
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let workers = opts.workers.unwrap_or(cores).max(1);
    let work = Arc::new(work::Work::open(db, workers).map_err(std::io::Error::other)?);
    let monitor = Arc::new(monitor::Monitor::open(db).map_err(std::io::Error::other)?);
    let cors = match &opts.cors {
        Some(o) => Some(HeaderValue::from_str(o).map_err(std::io::Error::other)?),
        None => None,
    };
    // Three files per knowledge base: the database, its WAL and its shared memory.
    let reserve = RESERVED_FDS + 3 * (workers + 1);
    let fd_limit = listen::max_connections(reserve, MAX_CONNECTIONS);
    let max = opts
        .max_connections
        .map_or(fd_limit, |m| m.clamp(1, fd_limit));
    let conns = Arc::new(listen::Conns::new(max));
    let cache = Arc::new(cache::Cache::default());
    let app = router(
        work.clone(),
        monitor.clone(),
        cache.clone(),
        cors,
        opts.locale,
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores)
        .enable_all()
        .build()?;
    rt.block_on(async {
        tokio::spawn(monitor.watch(cache));
        let listener = tokio::net::TcpListener::bind(opts.addr).await?;
        println!("listening on http://{}", listener.local_addr()?);
        listen::run(listener, app, conns, work, opts.locale, shutdown()).await;
        Ok(())
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
