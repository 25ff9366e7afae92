//! Closed dialogs, kept for the report up to fixed numbers (calls with a problem first), and
//! the totals over all of them.

use super::dialog::Dialog;
use super::findings::Analysis;
use super::types::{CallKind, CallTotals, OutcomeKind};

/// Calls with a problem (not a plain answer) listed at most.
pub(crate) const MAX_PROBLEM_CALLS: usize = 1_000;
/// Plainly answered calls listed at most.
pub(crate) const MAX_OK_CALLS: usize = 500;
/// Registrations listed at most (with a problem, and plain).
pub(crate) const MAX_REGISTRATIONS: usize = 200;

/// A closed dialog and what it tells.
pub(crate) type Closed = (Dialog, Analysis);

/// The closed dialogs kept, and the counts.
#[derive(Default)]
pub(crate) struct Ledger {
    pub problem_calls: Vec<Closed>,
    pub ok_calls: Vec<Closed>,
    pub problem_registrations: Vec<Closed>,
    pub ok_registrations: Vec<Closed>,
    pub totals: CallTotals,
}

impl Ledger {
    /// Counts a closed dialog and keeps it if there is room.
    pub fn add(&mut self, d: Dialog, a: Analysis) {
        let t = &mut self.totals;
        t.closed_early += u64::from(d.closed_early);
        let problem = a.is_problem();
        let (list, cap) = match d.kind {
            CallKind::Call => {
                t.calls += 1;
                match a.outcome {
                    OutcomeKind::Answered => t.answered += 1,
                    OutcomeKind::Failed => t.failed += 1,
                    OutcomeKind::Cancelled => t.cancelled += 1,
                    OutcomeKind::NoFinal => t.no_final += 1,
                    OutcomeKind::Partial | OutcomeKind::Registered => t.partial += 1,
                }
                if problem {
                    (&mut self.problem_calls, MAX_PROBLEM_CALLS)
                } else {
                    (&mut self.ok_calls, MAX_OK_CALLS)
                }
            }
            CallKind::Registration => {
                t.registrations += 1;
                if problem {
                    (&mut self.problem_registrations, MAX_REGISTRATIONS)
                } else {
                    (&mut self.ok_registrations, MAX_REGISTRATIONS)
                }
            }
        };
        if list.len() < cap {
            list.push((d, a));
        } else {
            t.not_listed += 1;
        }
    }
}
