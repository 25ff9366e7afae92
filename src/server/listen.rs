//! Accepting connections and keeping them bounded. Each connection is served by hyper's
//! HTTP/1 server with a timer: a request head must arrive whole within
//! [`HEADER_TIMEOUT`], and an idle keep-alive connection is closed after as long (hyper
//! starts the same timer when a connection goes idle). At most `max` connections are open:
//! at the limit the connection idle the longest (no request in progress: waiting for a head,
//! half-sent or kept alive), if idle for [`EVICT_AFTER`] at least, is closed to make room,
//! the way nginx reuses idle keep-alive connections when it runs out; when none is, new
//! connections are not accepted until one ends (they wait in the kernel's listen queue).
//! Either is logged, once a second with counts.

use super::rawio::JsonErrors;
use super::work::Work;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::Service as _;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use sipkb::{Arg, Locale};
use std::collections::BTreeMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// How long a request head may take to arrive, and a kept-alive connection may stay idle.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// hyper's read buffer, the most a request head (request line and headers) may take: past it
/// the answer is 431 (or 414 when the request line alone is that long).
pub const MAX_HEAD: usize = 64 * 1024;
/// How long a connection must have been idle to be closed for a new one: a crowd's
/// connections, each about to send its request, are not closed for one another.
const EVICT_AFTER: u64 = 100; // ms
/// How long a shutdown waits for requests in progress.
const DRAIN: Duration = Duration::from_secs(10);

/// One open connection, as the limit sees it.
struct Slot {
    /// Requests in progress on it.
    busy: AtomicUsize,
    /// When it last finished a request (or was accepted), in ms since the server started.
    last: AtomicU64,
    /// Told to close when it is evicted.
    evict: Notify,
    /// Evicted, not closed yet: it still holds its descriptor.
    closing: AtomicBool,
}

/// The open connections and what the limit did since the last log line.
pub struct Conns {
    slots: Mutex<BTreeMap<u64, Arc<Slot>>>,
    max: usize,
    start: Instant,
    next_id: AtomicU64,
    evicted: AtomicU64,
    /// Times accepting waited for a connection to end.
    held: AtomicU64,
    /// Told when a connection ends.
    freed: Notify,
    accept_failed: Mutex<Option<(u64, String)>>,
}

impl Conns {
    /// Room for `max` connections.
    pub fn new(max: usize) -> Conns {
        Conns {
            slots: Mutex::new(BTreeMap::new()),
            max: max.max(1),
            start: Instant::now(),
            next_id: AtomicU64::new(0),
            evicted: AtomicU64::new(0),
            held: AtomicU64::new(0),
            freed: Notify::new(),
            accept_failed: Mutex::new(None),
        }
    }

    fn now(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    /// The connection to close for a new one: idle the longest, and for long enough.
    fn idlest(&self, slots: &BTreeMap<u64, Arc<Slot>>) -> Option<u64> {
        let now = self.now();
        slots
            .iter()
            .filter(|(_, s)| {
                s.busy.load(Ordering::Acquire) == 0 && !s.closing.load(Ordering::Relaxed)
            })
            .map(|(id, s)| (*id, s.last.load(Ordering::Relaxed)))
            .filter(|(_, last)| now.saturating_sub(*last) >= EVICT_AFTER)
            .min_by_key(|(_, last)| *last)
            .map(|(id, _)| id)
    }

    /// Whether a connection can be taken now: under the limit. At the limit, the connection
    /// idle the longest (if idle long enough) is told to close; the new one is taken when it
    /// has (so the limit holds for descriptors too).
    fn room(&self) -> bool {
        let slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if slots.len() < self.max {
            return true;
        }
        if let Some(slot) = self.idlest(&slots).and_then(|id| slots.get(&id)) {
            slot.closing.store(true, Ordering::Relaxed);
            slot.evict.notify_one();
            self.evicted.fetch_add(1, Ordering::Relaxed);
        }
        false
    }

    /// A slot for a new connection (the accept loop asked [`Conns::room`] first).
    fn admit(&self) -> (u64, Arc<Slot>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let slot = Arc::new(Slot {
            busy: AtomicUsize::new(0),
            last: AtomicU64::new(self.now()),
            evict: Notify::new(),
            closing: AtomicBool::new(false),
        });
        self.slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id, slot.clone());
        (id, slot)
    }

    fn leave(&self, id: u64) {
        self.slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&id);
        self.freed.notify_one();
    }
}

/// A request in progress on a slot; its end makes the connection idle again.
struct Busy {
    slot: Arc<Slot>,
    conns: Arc<Conns>,
}

impl Busy {
    fn enter(slot: &Arc<Slot>, conns: &Arc<Conns>) -> Busy {
        slot.busy.fetch_add(1, Ordering::AcqRel);
        Busy {
            slot: slot.clone(),
            conns: conns.clone(),
        }
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.slot.last.store(self.conns.now(), Ordering::Relaxed);
        self.slot.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests in progress end
/// (for at most [`DRAIN`]).
pub async fn run(
    listener: TcpListener,
    app: Router,
    conns: Arc<Conns>,
    work: Arc<Work>,
    locale: Locale,
    shutdown: impl Future<Output = ()>,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEAD)
        .max_header_size(MAX_HEAD);
    let graceful = GracefulShutdown::new();
    let logger = tokio::spawn(log_every_second(conns.clone(), work, locale));
    tokio::pin!(shutdown);
    'serving: loop {
        // At the limit: leave new connections in the listen queue until a connection ends
        // (one idle long enough is told to).
        let mut waited = false;
        while !conns.room() {
            waited = true;
            tokio::select! {
                () = conns.freed.notified() => {}
                () = tokio::time::sleep(Duration::from_millis(EVICT_AFTER / 4)) => {}
                () = &mut shutdown => break 'serving,
            }
        }
        if waited {
            conns.held.fetch_add(1, Ordering::Relaxed);
        }
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors (EMFILE), or a connection reset before it was
                // accepted: wait a little rather than spin, and say so.
                {
                    let mut failed = conns
                        .accept_failed
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner);
                    let n = failed.as_ref().map_or(0, |f| f.0);
                    *failed = Some((n + 1, e.to_string()));
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let (id, slot) = conns.admit();
        let _ = stream.set_nodelay(true);
        let io = TokioIo::new(JsonErrors::new(stream, MAX_HEAD, locale));
        let inner = TowerToHyperService::new(app.clone());
        let (c, s) = (conns.clone(), slot.clone());
        let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
            let busy = Busy::enter(&s, &c);
            let answer = inner.call(req);
            async move {
                let _busy = busy;
                answer.await
            }
        });
        let connection = graceful.watch(http.serve_connection(io, service));
        let conns = conns.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = slot.evict.notified() => {}
            }
            conns.leave(id);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
    logger.abort();
}

/// Logs on stderr, at most once a second, what the limits did: connections closed or
/// refused at the connection limit, accept failures, requests answered 503.
async fn log_every_second(conns: Arc<Conns>, work: Arc<Work>, locale: Locale) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tick.tick().await;
        let evicted = conns.evicted.swap(0, Ordering::Relaxed);
        let held = conns.held.swap(0, Ordering::Relaxed);
        if evicted + held > 0 {
            let n = |v: u64| Arg::Num(v as i64);
            log(
                locale,
                "serve-log-connections",
                &[
                    ("max", n(conns.max as u64)),
                    ("closed", n(evicted)),
                    ("held", n(held)),
                ],
            );
        }
        let failed = conns
            .accept_failed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some((count, reason)) = failed {
            let args = [
                ("count", Arg::Num(count as i64)),
                ("reason", Arg::Str(&reason)),
            ];
            log(locale, "serve-log-accept", &args);
        }
        let shed = work.shed.swap(0, Ordering::Relaxed);
        if shed > 0 {
            let args = [
                ("count", Arg::Num(shed as i64)),
                ("workers", Arg::Num(work.running as i64)),
            ];
            log(locale, "serve-log-shed", &args);
        }
    }
}

/// One line on stderr: `sipkb: warning: …` in the server's language.
fn log(locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) {
    use std::io::Write;
    let label = sipkb::builtin_label(locale, "app-warning", &[]);
    let text = sipkb::builtin_label(locale, id, args);
    let _ = writeln!(std::io::stderr().lock(), "sipkb: {label}: {text}");
}

/// The most connections this process can hold: its open-file limit (`ulimit -n`) less what
/// the rest of it needs (`reserve` descriptors), and never more than `cap`.
pub fn max_connections(reserve: usize, cap: usize) -> usize {
    #[cfg(unix)]
    {
        let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile).current;
        if let Some(n) = limit {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            return n.saturating_sub(reserve).clamp(1, cap);
        }
    }
    cap
}
