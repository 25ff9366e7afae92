//! What the library reads, for `import` and `scan` alike: a file, standard input, or text
//! already in memory; and how far it has got.
//!
//! The surfaces decide what an argument means (the CLI turns `-` into [`Input::Stdin`], the
//! server a pasted log into [`Input::Text`]); the library never interprets a path.

use std::borrow::Cow;
use std::io::Read;
use std::path::PathBuf;

/// Something to read.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file.
    Path(PathBuf),
    /// Standard input.
    Stdin,
    /// Text already in memory (a pasted log, a list embedded in the binary), with the name to
    /// report it under.
    Text {
        /// The name problems and reports use for it.
        name: String,
        /// The text.
        text: Cow<'static, str>,
    },
}

impl Input {
    /// Text in memory under `name`.
    pub fn text(name: impl Into<String>, text: impl Into<Cow<'static, str>>) -> Input {
        Input::Text {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The name reports use: the path as given, `-` for standard input, or the text's name.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Text { name, .. } => name.clone(),
        }
    }

    /// Opens it for reading, with its size when known (for progress). A directory is refused
    /// here, with `ErrorKind::IsADirectory`, rather than failing at the first read.
    pub(crate) fn open(&self) -> std::io::Result<(Box<dyn Read + Send + '_>, Option<u64>)> {
        Ok(match self {
            Input::Path(path) => {
                let meta = std::fs::metadata(path)?;
                if meta.is_dir() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::IsADirectory,
                        "is a directory",
                    ));
                }
                (Box::new(std::fs::File::open(path)?), Some(meta.len()))
            }
            Input::Stdin => (Box::new(std::io::stdin()), None),
            Input::Text { text, .. } => (
                Box::new(std::io::Cursor::new(text.as_bytes())),
                Some(text.len() as u64),
            ),
        })
    }
}

/// How far reading an input has got, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// The input being read (its [`Input::name`]).
    pub file: &'a str,
    /// Bytes read so far.
    pub done: u64,
    /// Its size, when known.
    pub total: Option<u64>,
}

/// The delimiter a CSV header line uses most, outside quotes: `,`, `;` or tab (lists to
/// import and call records to enrich alike).
pub(crate) fn sniff_delimiter(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}
