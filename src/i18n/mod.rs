//! Fluent: one bundle per locale, built once, rendering explanation parts and UI labels.
//! The only module that touches fluent-bundle.

mod errors;
mod locale;
mod message;
mod parts;

pub use locale::Locale;
pub use message::write_message;
pub use parts::{PARTS, Part, PartKind, Texts};

use crate::error::{Error, Result};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// Fluent bundles for en, ru and zh. `Send + Sync`, so a server can share it. The built-in
/// catalog ([`Catalog::lazy`]) parses a file when a message it defines is first asked for.
pub struct Catalog {
    /// A catalog made from given sources (an import's texts): one bundle per locale.
    bundles: Vec<(Locale, Bundle)>,
    /// The built-in files `(locale tag, path, FTL)`, each parsed on first use into `parsed`.
    files: &'static [(&'static str, &'static str, &'static str)],
    parsed: Vec<OnceLock<Bundle>>,
    /// `(locale tag, message id, file)`, sorted: which file defines which message.
    index: &'static [(&'static str, &'static str, u16)],
}

fn empty_bundle(l: Locale) -> Bundle {
    let lang = l.as_str().parse().expect("static tags are valid");
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // Isolation marks (U+2068/U+2069) would leak into terminals and JSON.
    bundle.set_use_isolating(false);
    bundle
}

impl Catalog {
    /// Builds the bundles from `(locale, file name, FTL source)` triples. A syntax error in any
    /// file is an error naming `file:line`.
    pub fn new<'a>(sources: impl IntoIterator<Item = (Locale, &'a str, &'a str)>) -> Result<Self> {
        let mut bundles: Vec<(Locale, Bundle)> =
            Locale::ALL.iter().map(|&l| (l, empty_bundle(l))).collect();
        for (locale, name, ftl) in sources {
            let resource = parse_ftl(name, ftl)?;
            let bundle = &mut bundles
                .iter_mut()
                .find(|(l, _)| *l == locale)
                .expect("all locales built")
                .1;
            bundle
                .add_resource(resource)
                .map_err(|errs| Error::Embedded(format!("{name}: {}", join(&errs))))?;
        }
        Ok(Catalog {
            bundles,
            files: &[],
            parsed: Vec::new(),
            index: &[],
        })
    }

    /// The built-in catalog: `files` as `build.rs` embeds them, `index` which file defines
    /// which message. `build.rs` has checked that every file parses and that no id repeats in a
    /// locale, so parsing here cannot fail; were a file to break anyway, its good entries would
    /// still be used.
    pub(crate) fn lazy(
        files: &'static [(&'static str, &'static str, &'static str)],
        index: &'static [(&'static str, &'static str, u16)],
    ) -> Self {
        Catalog {
            bundles: Vec::new(),
            files,
            parsed: files.iter().map(|_| OnceLock::new()).collect(),
            index,
        }
    }

    /// The bundle holding message `id` in `locale`, if any has it.
    fn bundle_for(&self, locale: Locale, id: &str) -> Option<&Bundle> {
        if self.files.is_empty() {
            return self
                .bundles
                .iter()
                .find(|(l, _)| *l == locale)
                .map(|(_, b)| b)
                .filter(|b| b.has_message(id));
        }
        let tag = locale.as_str();
        let at = self
            .index
            .binary_search_by(|(l, m, _)| (*l, *m).cmp(&(tag, id)))
            .ok()?;
        let file = usize::from(self.index[at].2);
        Some(self.parsed[file].get_or_init(|| {
            let mut bundle = empty_bundle(locale);
            let ftl = self.files[file].2;
            let ftl = ftl.strip_prefix('\u{feff}').unwrap_or(ftl);
            let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        }))
    }

    /// A vendor's display name in `locale`: the `vendor-<slug>` message of the built-in lists,
    /// or the name the vendor's list gives when there is none.
    pub fn vendor_name(&self, locale: Locale, slug: &str, stored: &str) -> String {
        let id = format!("vendor-{slug}");
        if self.has(locale, &id) || self.has(Locale::En, &id) {
            self.label(locale, &id, &[])
        } else {
            stored.to_string()
        }
    }

    /// The title of message `id` in `locale`, else in English, else in any locale: what
    /// [`Catalog::texts`] would give as `title`, without rendering the other parts.
    pub fn title(&self, locale: Locale, id: &str) -> Option<String> {
        std::iter::once(locale).chain(Locale::ALL).find_map(|l| {
            self.attribute(l, id, "title")
                .filter(|t| !t.trim().is_empty())
        })
    }

    /// Whether `id` exists in `locale`.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        if self.files.is_empty() {
            return self.bundle_for(locale, id).is_some();
        }
        let tag = locale.as_str();
        self.index
            .binary_search_by(|(l, m, _)| (*l, *m).cmp(&(tag, id)))
            .is_ok()
    }

    /// Whether any locale has message `id`.
    pub fn has_any(&self, id: &str) -> bool {
        Locale::ALL.iter().any(|&l| self.has(l, id))
    }

    /// Renders the parts of message `id` in `locale`. When the locale lacks the message,
    /// English is used, then any locale that has it; the second value names the locale the text
    /// came from when it is not the one asked for. `None` when no locale has it.
    pub fn texts(&self, locale: Locale, id: &str) -> Option<(Texts, Option<Locale>)> {
        self.texts_over(None, locale, id)
    }

    /// Like [`Catalog::texts`], with an entry's own texts (brought by an import, as
    /// `(locale tag, FTL source)`) taking precedence, locale by locale, over this catalog's.
    /// They render through the same bundles code, so escaping and fallback are the same.
    pub fn texts_with(
        &self,
        own: &[(String, String)],
        locale: Locale,
        id: &str,
    ) -> Result<Option<(Texts, Option<Locale>)>> {
        if own.is_empty() {
            return Ok(self.texts(locale, id));
        }
        let mut sources = Vec::with_capacity(own.len());
        for (tag, ftl) in own {
            let l: Locale = tag.parse().map_err(Error::Embedded)?;
            sources.push((l, ftl.as_str()));
        }
        let overlay = Catalog::new(sources.iter().map(|(l, f)| (*l, "database", *f)))?;
        Ok(self.texts_over(Some(&overlay), locale, id))
    }

    /// Whether an entry's own texts (`(locale tag, FTL source)`, as stored with it) hold part
    /// `part` of message `id` in any locale.
    pub fn own_has_part(own: &[(String, String)], id: &str, part: &str) -> Result<bool> {
        if own.is_empty() {
            return Ok(false);
        }
        let mut sources = Vec::with_capacity(own.len());
        for (tag, ftl) in own {
            let l: Locale = tag.parse().map_err(Error::Embedded)?;
            sources.push((l, ftl.as_str()));
        }
        let overlay = Catalog::new(sources.iter().map(|(l, f)| (*l, "database", *f)))?;
        Ok(Locale::ALL.iter().any(|&l| {
            overlay
                .attribute(l, id, part)
                .is_some_and(|t| !t.trim().is_empty())
        }))
    }

    /// The texts of `id` written in `locale` itself (an entry's own, or this catalog's), with
    /// no fallback to another locale; none when that locale has no text for it.
    pub fn texts_in(
        &self,
        own: &[(String, String)],
        locale: Locale,
        id: &str,
    ) -> Result<Option<Texts>> {
        let has_own = own.iter().any(|(tag, _)| tag == locale.as_str());
        if !has_own && !self.has(locale, id) {
            return Ok(None);
        }
        Ok(self.texts_with(own, locale, id)?.map(|(t, _)| t))
    }

    /// Whether `id` has a title or a summary written in `locale` itself, as rendering picks
    /// texts: an entry's own text in that locale stands for the whole locale when there is one
    /// (see [`Catalog::texts_with`]), else this catalog's message. False means the title and
    /// summary would fall back to another locale.
    pub fn has_main_text(
        &self,
        own: &[(String, String)],
        locale: Locale,
        id: &str,
    ) -> Result<bool> {
        let main = |c: &Catalog| {
            ["title", "summary"].iter().any(|part| {
                c.attribute(locale, id, part)
                    .is_some_and(|t| !t.trim().is_empty())
            })
        };
        match own.iter().find(|(tag, _)| tag == locale.as_str()) {
            Some((_, ftl)) => Ok(main(&Catalog::new([(locale, "database", ftl.as_str())])?)),
            None => Ok(main(self)),
        }
    }

    fn texts_over(
        &self,
        overlay: Option<&Catalog>,
        locale: Locale,
        id: &str,
    ) -> Option<(Texts, Option<Locale>)> {
        // The bundle holding `id` in each locale, in the order tried: looked up once, not once
        // per part (an answer renders a dozen parts of a dozen messages).
        let order: Vec<(Locale, &Bundle)> = std::iter::once(locale)
            .chain(Locale::ALL)
            .filter_map(|l| {
                let bundle = overlay
                    .and_then(|o| o.bundle_for(l, id))
                    .or_else(|| self.bundle_for(l, id))?;
                Some((l, bundle))
            })
            .collect();
        if order.is_empty() {
            return None;
        }
        // Part by part: an entry imported with, say, only a Russian summary still shows the
        // English title, and the output says that it fell back.
        let mut fell_back = None;
        let mut part = |name: &str| -> String {
            for &(l, bundle) in &order {
                if let Some(text) = attribute_of(bundle, id, name).filter(|t| !t.trim().is_empty())
                {
                    if l != locale && fell_back.is_none() {
                        fell_back = Some(l);
                    }
                    return text;
                }
            }
            String::new()
        };
        let mut texts = Texts::default();
        for (name, _) in PARTS {
            texts.set_part(name, &part(name));
        }
        Some((texts, fell_back))
    }

    fn attribute(&self, locale: Locale, id: &str, attr: &str) -> Option<String> {
        attribute_of(self.bundle_for(locale, id)?, id, attr)
    }

    /// A UI label (`app.ftl`) in `locale`, falling back to English, then to the id itself.
    /// `args` are `(name, value)` pairs; numbers are passed as numbers so plurals select.
    pub fn label(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        for l in [locale, Locale::En] {
            let Some(bundle) = self.bundle_for(l, id) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }
}

/// A value for a UI label's placeable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text.
    Str(&'a str),
    /// A number (selects plural forms).
    Num(i64),
}

/// Attribute `attr` of message `id` in `bundle`, rendered.
fn attribute_of(bundle: &Bundle, id: &str, attr: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

fn parse_ftl(name: &str, ftl: &str) -> Result<FluentResource> {
    // include_str! keeps a BOM, and a BOM turns the first message into Junk.
    let ftl = ftl.strip_prefix('\u{feff}').unwrap_or(ftl);
    FluentResource::try_new(ftl.to_string()).map_err(|(_, errors)| {
        let shown: Vec<String> = errors
            .iter()
            .map(|e| {
                // The junk slice starts where the broken entry does; `pos` may point past its end.
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let line = ftl[..at.min(ftl.len())].matches('\n').count() + 1;
                format!("{name}:{line}: {e}")
            })
            .collect();
        Error::Embedded(shown.join("\n"))
    })
}

fn join(errors: &[fluent_bundle::FluentError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_messages_render_verbatim() {
        for text in ["a {b} c", "[x] y", "*star", ".dot", "{", "}}", "plain"] {
            let items = [text.to_string(), format!("- {text}")];
            let mut ftl = String::new();
            write_message(
                &mut ftl,
                "m",
                Some(text),
                &[("title", Part::Line(text)), ("causes", Part::Items(&items))],
            );
            let catalog = Catalog::new([(Locale::En, "t.ftl", ftl.as_str())]).unwrap();
            let (texts, _) = catalog.texts(Locale::En, "m").unwrap();
            assert_eq!(texts.title, text);
            assert_eq!(texts.causes, items);
        }
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err = Catalog::new([(Locale::En, "bad.ftl", "a = ok\nb = { $x\n")])
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("bad.ftl:2:"), "{err}");
    }

    #[test]
    fn missing_locale_falls_back_to_english() {
        let catalog = Catalog::new([(Locale::En, "en.ftl", "m =\n    .title = Hello\n")]).unwrap();
        let (texts, from) = catalog.texts(Locale::Ru, "m").unwrap();
        assert_eq!((texts.title.as_str(), from), ("Hello", Some(Locale::En)));
        assert!(catalog.texts(Locale::Ru, "nope").is_none());
    }
}
