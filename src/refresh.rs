//! Bringing a database up to date with this binary: the built-in lists and registry loaded
//! through the importer, and the derived search documents rebuilt when the code that derives
//! them changes (see `Kb::with_store`).

use crate::builtin;
use crate::error::{Error, Result};
use crate::i18n::{Catalog, Locale};
use crate::import::ImportOptions;
use crate::import::run::{self, Input};
use crate::model::CodeEntry;
use crate::search::{DocSource, entry_docs, variant_names};
use crate::store::{Apply, DocOwner};

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
    let inputs: Vec<Input<'_>> = files
        .iter()
        .map(|(name, f)| Input::Text(name, f.text))
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
        apply.index(DocOwner::Code(c.code.get()), &docs)?;
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
        apply.index(DocOwner::Variant(v.id), &docs)?;
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
