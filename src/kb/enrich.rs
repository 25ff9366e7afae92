//! Call records at scale: enriching CDR files, and the knowledge as a table for analytics
//! engines.

use super::Kb;
use crate::enrich::{self, EnrichOptions, EnrichReport};
use crate::error::Result;
use crate::input::{Input, Progress};

impl Kb {
    /// Streams call records (CSV or JSON Lines) from `inputs` to `out`, each row unchanged
    /// with sipkb's answer added (`sipkb_code`, `sipkb_class`, `sipkb_match`,
    /// `sipkb_category`, `sipkb_side`, `sipkb_retry`, `sipkb_vendor`, `sipkb_title`,
    /// `sipkb_id`). The outcome columns are found by the names FreeSWITCH, Asterisk, Kamailio
    /// and OpenSIPS write, or named in `opts`. Each distinct outcome is explained once.
    ///
    /// A problem with a file or a row is not an error: it is in the report
    /// ([`EnrichReport::stopped`], or with [`EnrichOptions::skip_invalid`] in
    /// [`EnrichReport::problems`] while the row passes through). Errors are the output's.
    ///
    /// ```
    /// use sipkb::{EnrichOptions, Input, Kb};
    /// let kb = Kb::open_in_memory()?;
    /// let cdr = "callid,sip_code,sip_reason\nc1,480,No money left\nc2,486,Busy Here\n";
    /// let mut out = Vec::new();
    /// let report = kb.enrich(&[Input::text("acc.csv", cdr)], &EnrichOptions::default(), &mut out, &mut |_| {})?;
    /// let text = String::from_utf8(out)?;
    /// assert!(text.lines().nth(1).unwrap().starts_with("c1,480,No money left,480,4xx,variant,billing,caller"));
    /// assert_eq!((report.rows, report.failures, report.by_category["billing"]), (2, 2, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enrich(
        &self,
        inputs: &[Input],
        opts: &EnrichOptions,
        out: &mut dyn std::io::Write,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<EnrichReport> {
        enrich::enrich(
            &|input, o| self.explain(input, o),
            inputs,
            opts,
            out,
            progress,
        )
    }
}
