//! The table as Apache Parquet, through the arrow and parquet crates (the `parquet` feature).
//! Codes are 32-bit integers, `preferred` a boolean, empty values null; strings are UTF-8.

use super::{TableRow, table_columns};
use crate::error::{Error, Result};
use crate::i18n::Locale;
use arrow_array::{ArrayRef, BooleanArray, Int32Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use std::io::Write;
use std::sync::Arc;

fn fail(e: impl std::fmt::Display) -> Error {
    Error::Io {
        path: "-".into(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// A string column: empty values as null.
fn strings<'a>(values: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(StringArray::from(
        values
            .map(|v| (!v.is_empty()).then_some(v))
            .collect::<Vec<_>>(),
    ))
}

/// Writes `rows` to `out`. The file is built in memory (the table has hundreds of rows to a
/// few million: vendor lists, not call records) and written at once.
pub(super) fn write(rows: &[TableRow], locales: &[Locale], out: &mut dyn Write) -> Result<()> {
    let names = table_columns(locales);
    let mut arrays: Vec<ArrayRef> = Vec::new();
    let s = |f: &dyn Fn(&TableRow) -> &str| strings(rows.iter().map(f));
    arrays.push(s(&|r| &r.id));
    arrays.push(s(&|r| r.kind));
    // Signed 32-bit integers: BigQuery and Spark have no unsigned types.
    arrays.push(Arc::new(Int32Array::from(
        rows.iter()
            .map(|r| r.code.map(i32::from))
            .collect::<Vec<_>>(),
    )));
    arrays.push(s(&|r| &r.class));
    arrays.push(s(&|r| r.vendor.as_deref().unwrap_or("")));
    arrays.push(s(&|r| r.vendor_code.as_deref().unwrap_or("")));
    arrays.push(s(&|r| &r.phrase));
    arrays.push(s(&|r| &r.phrase_norm));
    arrays.push(s(&|r| &r.phrase_key));
    arrays.push(s(&|r| &r.category));
    arrays.push(s(&|r| &r.side));
    arrays.push(s(&|r| &r.retry));
    arrays.push(Arc::new(Int32Array::from(
        rows.iter()
            .map(|r| r.q850.map(i32::from))
            .collect::<Vec<_>>(),
    )));
    arrays.push(Arc::new(BooleanArray::from(
        rows.iter().map(|r| r.preferred).collect::<Vec<_>>(),
    )));
    for i in 0..locales.len() {
        arrays.push(strings(rows.iter().map(|r| r.texts[i].1.as_str())));
        arrays.push(strings(rows.iter().map(|r| r.texts[i].2.as_str())));
    }
    let fields: Vec<Field> = names
        .iter()
        .zip(&arrays)
        .map(|(name, a)| {
            let nullable = !matches!(name.as_str(), "id" | "kind" | "preferred");
            Field::new(name, a.data_type().clone(), nullable)
        })
        .collect();
    debug_assert!(fields.iter().any(|f| f.data_type() == &DataType::Boolean));
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(fail)?;
    let mut writer = ArrowWriter::try_new(Vec::new(), schema, None).map_err(fail)?;
    writer.write(&batch).map_err(fail)?;
    let bytes = writer.into_inner().map_err(fail)?;
    out.write_all(&bytes).map_err(|source| Error::Io {
        path: "-".into(),
        source,
    })
}
