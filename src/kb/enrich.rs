//! Call records at scale: enriching CDR files, and the knowledge as a table for analytics
//! engines.

use super::Kb;
use crate::enrich::{self, EnrichOptions, EnrichReport};
use crate::error::Result;
use crate::i18n::Locale;
use crate::input::{Input, Progress};
use crate::table::{self, TableFormat, TableRow};
use crate::uitext;

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
    /// assert!(text.lines().nth(1).unwrap().starts_with("c1,480,No money left,480,4xx,variant,billing,account"));
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
            &uitext::Ids::new(&self.store)?,
            inputs,
            opts,
            out,
            progress,
        )
    }

    /// The knowledge as one table: a row per canonical code and per vendor entry, with the
    /// join keys (`code`, `phrase_norm`, `phrase_key`), the triage facts, the stable id, and
    /// the title and end-user line in each of `locales`. `preferred` marks the row
    /// [`Kb::enrich`] answers a (code, phrase) with.
    ///
    /// ```
    /// use sipkb::{Kb, Locale};
    /// let kb = Kb::open_in_memory()?;
    /// let rows = kb.table(&[Locale::En])?;
    /// let money = rows.iter().find(|r| r.phrase == "No money left").unwrap();
    /// assert_eq!((money.code, money.category.as_str(), money.preferred), (Some(480), "billing", true));
    /// assert_eq!(money.phrase_key, "no money left");
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn table(&self, locales: &[Locale]) -> Result<Vec<TableRow>> {
        table::rows(
            &self.store,
            &self.catalog,
            &|input, o| self.explain(input, o),
            locales,
        )
    }

    /// Writes [`Kb::table`] as CSV or Parquet. Returns the number of rows. Parquet needs the
    /// `parquet` cargo feature ([`sipkb::PARQUET`](crate::PARQUET) says whether it is built in).
    pub fn export_table(
        &self,
        locales: &[Locale],
        format: TableFormat,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        let rows = self.table(locales)?;
        match format {
            TableFormat::Csv => table::write_csv(&rows, locales, out)?,
            #[cfg(feature = "parquet")]
            TableFormat::Parquet => table::write_parquet(&rows, locales, out)?,
            #[cfg(not(feature = "parquet"))]
            TableFormat::Parquet => {
                return Err(crate::error::Error::Io {
                    path: "-".into(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::Unsupported,
                        "this sipkb was built without the parquet feature",
                    ),
                });
            }
        }
        Ok(rows.len() as u64)
    }
}
