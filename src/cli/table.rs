//! Text tables for `list`, `vendors`, `sources` and `doctor`: a header over every column,
//! columns aligned by display width (a Chinese character takes two terminal columns, which
//! unicode-width knows), two spaces between columns, the last column unpadded. A column may
//! have a widest width: longer cells are cut with `…` (the JSON output keeps them whole).

use unicode_width::UnicodeWidthStr;

/// The terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// A table being filled.
pub struct Table {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    right: Vec<bool>,
    widest: Vec<Option<usize>>,
}

impl Table {
    /// A table with these column headings.
    pub fn new(head: Vec<String>) -> Self {
        let n = head.len();
        Table {
            head,
            rows: Vec::new(),
            right: vec![false; n],
            widest: vec![None; n],
        }
    }

    /// Aligns column `col` to the right (numbers).
    pub fn right(mut self, col: usize) -> Self {
        self.right[col] = true;
        self
    }

    /// Cuts column `col` to at most `max` terminal columns.
    pub fn widest(mut self, col: usize, max: usize) -> Self {
        self.widest[col] = Some(max);
        self
    }

    /// Adds a row (missing cells are empty).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The header line, then one line per row.
    pub fn lines(&self) -> Vec<String> {
        let n = self.head.len();
        let cell = |row: &[String], c: usize| -> String {
            let text = row.get(c).map(String::as_str).unwrap_or_default();
            match self.widest[c] {
                Some(max) => cut(text, max),
                None => text.to_string(),
            }
        };
        let all: Vec<Vec<String>> = std::iter::once(&self.head)
            .chain(&self.rows)
            .map(|r| (0..n).map(|c| cell(r, c)).collect())
            .collect();
        let widths: Vec<usize> = (0..n)
            .map(|c| all.iter().map(|r| width(&r[c])).max().unwrap_or(0))
            .collect();
        all.iter()
            .map(|r| {
                let mut line = String::new();
                for (c, text) in r.iter().enumerate() {
                    let pad = " ".repeat(widths[c] - width(text));
                    if c > 0 {
                        line.push_str("  ");
                    }
                    if self.right[c] {
                        line.push_str(&pad);
                        line.push_str(text);
                    } else {
                        line.push_str(text);
                        if c + 1 < n {
                            line.push_str(&pad);
                        }
                    }
                }
                line.trim_end().to_string()
            })
            .collect()
    }
}

/// `text` cut to `max` terminal columns, ending in `…` when it was longer.
fn cut(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_cells_align_by_display_width() {
        let mut t = Table::new(vec!["码".into(), "类别".into(), "含义".into()]).right(0);
        t.row(vec!["480".into(), "被叫状态".into(), "暂时无法接通".into()]);
        t.row(vec!["6".into(), "auth".into(), "x".into()]);
        let lines = t.lines();
        assert_eq!(lines[0], " 码  类别      含义");
        assert_eq!(lines[1], "480  被叫状态  暂时无法接通");
        assert_eq!(lines[2], "  6  auth      x");
        // The third column starts at the same terminal column on every line.
        let starts: Vec<usize> = lines
            .iter()
            .map(|l| width(&l[..l.rfind("  ").unwrap()]))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{lines:?}");
    }

    #[test]
    fn long_cells_are_cut() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("中文中文", 5), "中文…");
        assert_eq!(cut("abc", 3), "abc");
    }
}
