//! Messages handed from the thread that frames a trace to the thread that groups them into
//! calls, in batches (one channel operation per message would cost more than the grouping
//! saves): parsing and reducing a message needs no state and happens on the framer's side.

use super::dialog::Seen;
use super::tracker::{Messages, Prepared};
use std::sync::Arc;
use std::sync::mpsc::SyncSender;

/// Messages per batch.
const BATCH: usize = 64;

/// The framer's end of the queue.
pub(crate) struct Queue {
    only: Option<String>,
    batch: Vec<Prepared>,
    to: SyncSender<Vec<Prepared>>,
}

impl Queue {
    /// A queue into `to`; `only` is the Call-ID `--call` keeps.
    pub fn new(only: Option<String>, to: SyncSender<Vec<Prepared>>) -> Queue {
        Queue {
            only,
            batch: Vec::with_capacity(BATCH),
            to,
        }
    }

    /// Sends what is batched (at the end of an input).
    pub fn flush(&mut self) {
        if !self.batch.is_empty() {
            let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
            // A grouping thread that stopped (it cannot, short of a panic, which `join`
            // reports) only loses the calls part.
            let _ = self.to.send(batch);
        }
    }
}

impl Messages for Queue {
    fn framed(&mut self, bytes: &[u8], seen: &mut dyn FnMut() -> Seen, _file: &Arc<str>) {
        if let Some(p) = Prepared::new(bytes, seen, self.only.as_deref()) {
            self.batch.push(p);
            if self.batch.len() == BATCH {
                self.flush();
            }
        }
    }
}
