//! Texts for applications: the end-user line of every entry, and of one failure.

use super::Kb;
use crate::error::{Error, InputError, Result};
use crate::explain::ExplainOptions;
use crate::i18n::Locale;
use crate::model::SipCode;
use crate::uitext::{self, UiFormat, UiText};

impl Kb {
    /// The end-user line (and title) of every canonical code and vendor variant in `locale`,
    /// under stable ids (`sip-480`, `sip-480--acme--no-money-left`), each with the locale it
    /// fell back to when the entry has no text in `locale`.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let lines = kb.ui_texts(sipkb::Locale::Zh)?;
    /// let busy = lines.iter().find(|t| t.id == "sip-486").unwrap();
    /// assert!(busy.fallback.is_none() && !busy.text.is_empty());
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn ui_texts(&self, locale: Locale) -> Result<Vec<UiText>> {
        uitext::all(&self.store, &self.catalog, locale)
    }

    /// Writes [`Kb::ui_texts`] of `locale` as JSON, Fluent or gettext PO (README, "UI text
    /// export"). Returns the number of entries.
    pub fn export_ui(
        &self,
        locale: Locale,
        format: UiFormat,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        let texts = self.ui_texts(locale)?;
        let english = match (format, locale) {
            (UiFormat::Po, l) if l != Locale::En => self.ui_texts(Locale::En)?,
            _ => Vec::new(),
        };
        uitext::write(&texts, &english, locale, format, out)?;
        Ok(texts.len() as u64)
    }

    /// The line to show an application's user for a failure `code` with the reason `phrase`
    /// it received (if any), in `locale`: the vendor variant's when one matches (also a close
    /// typo), else the canonical code's.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let line = kb.ui_text(480, Some("No money left"), sipkb::Locale::Ru)?;
    /// assert_eq!(line.id, "sip-480--ru-softswitch--no-money-left");
    /// println!("{}", line.text); // a Russian line about the account balance
    /// let plain = kb.ui_text(486, None, sipkb::Locale::En)?;
    /// assert_eq!(plain.id, "sip-486");
    /// assert!(kb.ui_text(700, None, sipkb::Locale::En).is_err());
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn ui_text(&self, code: u16, phrase: Option<&str>, locale: Locale) -> Result<UiText> {
        let bad = || {
            Error::BadInput(InputError::BadCode {
                token: code.to_string(),
            })
        };
        let sip = SipCode::new(code).ok_or_else(bad)?;
        let input = format!("SIP/2.0 {code} {}", phrase.unwrap_or("").trim());
        let opts = ExplainOptions {
            locale: Some(locale),
            ..Default::default()
        };
        let ex = self.explain(input.trim_end(), &opts)?;
        let ids = uitext::Ids::new(&self.store)?;
        uitext::for_response(&ex, sip, &ids).ok_or_else(bad)
    }
}
