//! Scanning logs and captures: the facade over [`crate::scan`].

use super::Kb;
use crate::error::Result;
use crate::explain::{ExplainOptions, Explanation};
use crate::i18n::{Arg, Locale};
use crate::input::{Input, Progress};
use crate::scan::{self, ScanOptions, ScanReport};

impl Kb {
    /// Scans logs and captures for SIP responses and `Reason:`/`Warning:` headers: failures
    /// first, by count, each distinct (code, phrase) explained once in `opts.locale`.
    /// `progress` is called as each input is read.
    ///
    /// ```
    /// use sipkb::{Input, Kb, ScanOptions};
    /// let kb = Kb::open_in_memory()?;
    /// let log = "12:00:01 recv SIP/2.0 480 No money left\n12:00:05 recv SIP/2.0 480 No money left\n\
    ///            12:00:09 recv SIP/2.0 200 OK\n".to_string();
    /// let report = kb.scan(&[Input::text("call.log", log)], &ScanOptions::default(), &mut |_| {})?;
    /// assert_eq!((report.failures[0].code, report.failures[0].count), (Some(480), 2));
    /// assert_eq!(report.failures[0].vendor.as_deref(), Some("ru-softswitch"));
    /// assert_eq!(report.classes["2xx"], 1);
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn scan(
        &self,
        inputs: &[Input],
        opts: &ScanOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<ScanReport> {
        scan::scan(self, inputs, opts, progress)
    }
}

impl scan::Explainer for Kb {
    fn explain(&self, input: &str, opts: &ExplainOptions) -> Result<Explanation> {
        Kb::explain(self, input, opts)
    }

    fn label(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        Kb::label(self, locale, id, args)
    }
}
