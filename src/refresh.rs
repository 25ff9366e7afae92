//! Bringing a database up to date with this binary: the built-in lists and registry loaded
//! through the importer, and the derived search documents rebuilt when the code that derives
//! them changes (see `Kb::with_store`).

use crate::builtin;
use crate::error::{Error, Result};
use crate::i18n::{Catalog, Locale};
use crate::import;
use crate::import::ImportOptions;
use crate::import::run;
use crate::input::Input;
use crate::model::CodeEntry;
use crate::phrase::NORMALIZATION;
use crate::search::{self, DocSource, SEARCH_VERSION, entry_docs, variant_names};
use crate::store::{Apply, DocOwner, Store};

/// Brings a database up to date with this binary: on first use, and whenever the built-in data
/// differs from what the database holds, the canonical registry, the Q.850 tables and the
/// built-in vendor lists are (re)loaded through the importer; imported lists are kept, and
/// their derived columns rebuilt when the code that derives them changed.
pub(crate) fn bring_up_to_date(store: &mut Store, catalog: &Catalog) -> Result<()> {
    let fingerprint = builtin::fingerprint();
    // A cheap look first; the check that counts is made again under the write lock.
    // Derived columns (normalized phrases, search documents) of imported lists are rebuilt
    // when the code that derives them changes.
    let derived = format!("n{NORMALIZATION}-s{SEARCH_VERSION}");
    if store.meta("builtin")?.as_deref() != Some(fingerprint.as_str())
        || store.meta("derived")?.as_deref() != Some(derived.as_str())
    {
        let codes = builtin::codes();
        let mut codes = import::read_codes(&codes.path, codes.text)?;
        let q850 = builtin::q850();
        let q850 = import::read_q850(&q850.path, q850.text)?;
        // One source for the SIP → Q.850 mapping: RFC 3398 §8.2.6.1 in data/q850.toml.
        for c in &mut codes {
            c.q850 = q850
                .sip_to_cause
                .iter()
                .find(|r| r.sip == c.code)
                .and_then(|r| r.cause);
        }
        let mut apply = store.begin_apply()?;
        let stale_derived = apply.meta_differs("derived", &derived)?;
        if stale_derived {
            apply.renormalize()?;
            reindex_imported(&mut apply, catalog)?;
            apply.set_meta("derived", &derived)?;
        }
        if stale_derived || apply.meta_differs("builtin", &fingerprint)? {
            apply.replace_builtin(&codes)?;
            apply.replace_q850(&q850)?;
            load_builtin(&mut apply, catalog, None)?;
            index_codes(&mut apply, catalog, &codes)?;
            apply.set_meta("builtin", &fingerprint)?;
        }
        apply.commit()?;
    }
    Ok(())
}

/// Runs the built-in lists (all, or `only`) through the importer, as the binary's own data.
pub(crate) fn load_builtin(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    only: Option<&str>,
) -> Result<()> {
    let files: Vec<(String, builtin::File)> = builtin::vendor_lists()
        .into_iter()
        .filter(|f| only.is_none_or(|s| builtin::list_slug(f) == s))
        .map(|f| (format!("builtin:{}", f.path), f))
        .collect();
    let inputs: Vec<Input> = files
        .into_iter()
        .map(|(name, f)| Input::text(name, f.text))
        .collect();
    let report = run::run(
        apply,
        catalog,
        &inputs,
        &ImportOptions::default(),
        true,
        &mut |_| {},
    )?;
    if report.problem_count > 0 {
        let lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        return Err(Error::Embedded(lines.join("\n")));
    }
    Ok(())
}

/// Writes the canonical codes' search documents.
pub(crate) fn index_codes(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    codes: &[CodeEntry],
) -> Result<()> {
    for c in codes {
        let names: Vec<&str> = std::iter::once(c.reason.as_str())
            .chain(c.wire.as_deref())
            .chain(c.aliases.iter().map(String::as_str))
            .collect();
        let message = c.message_id();
        let docs = entry_docs(
            catalog,
            &DocSource {
                code: Some(c.code.get()),
                names,
                vendor: None,
                message: &message,
                own: &[],
                plain: &[],
            },
        )?;
        apply.index(DocOwner::Code(c.code.get()), search::columns(&docs))?;
    }
    Ok(())
}

/// Rebuilds the search documents of every imported variant (rendering their stored texts).
pub(crate) fn reindex_imported(apply: &mut Apply<'_>, catalog: &Catalog) -> Result<()> {
    apply.unindex_imported()?;
    for v in apply.imported_variants()? {
        let names = Locale::ALL.map(|l| catalog.vendor_name(l, &v.slug, &v.name));
        let docs = entry_docs(
            catalog,
            &DocSource {
                code: v.code,
                names: variant_names(v.vendor_code.as_deref(), &v.phrase),
                vendor: Some(&names),
                message: &v.message,
                own: &v.own,
                plain: &[],
            },
        )?;
        apply.index(DocOwner::Variant(v.id), search::columns(&docs))?;
    }
    Ok(())
}

/// The slugs of the built-in lists (each `data/vendors/<slug>.toml`).
pub(crate) fn builtin_slugs() -> Vec<String> {
    builtin::vendor_lists()
        .iter()
        .map(|f| builtin::list_slug(f).to_string())
        .collect()
}
