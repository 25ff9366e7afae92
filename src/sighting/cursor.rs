//! A cursor over one log line: the few moves every recogniser makes (a literal, spaces, a
//! three-digit SIP code, a number, a quoted or bracketed text, the rest of the line).

/// A position in a line's bytes.
#[derive(Clone, Copy)]
pub(super) struct Cur<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Cur<'a> {
    /// At byte `i` of `s`.
    pub fn new(s: &'a [u8], i: usize) -> Cur<'a> {
        Cur {
            s,
            i: i.min(s.len()),
        }
    }

    /// The next byte, if any.
    pub fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Steps over `lit` when it is next (case-sensitive).
    pub fn lit(&mut self, lit: &[u8]) -> bool {
        if self.s[self.i..].starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    /// Steps over spaces and tabs; returns how many.
    pub fn spaces(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
        self.i - start
    }

    /// Moves past the next `lit` on the line; false (and no move) when there is none.
    pub fn find(&mut self, lit: &[u8]) -> bool {
        match memchr::memmem::find(&self.s[self.i..], lit) {
            Some(k) => {
                self.i += k + lit.len();
                true
            }
            None => false,
        }
    }

    /// A run of ASCII digits as a number (at most 9 digits).
    pub fn number(&mut self) -> Option<u32> {
        let start = self.i;
        while self.i - start < 9 && matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        if self.i == start || matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i = start;
            return None;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()
    }

    /// A SIP status code: exactly three digits, 100 to 699 (RFC 3261 §7.2), not followed by
    /// another digit.
    pub fn code(&mut self) -> Option<u16> {
        let start = self.i;
        let n = self.number()?;
        if self.i - start == 3 && (100..=699).contains(&n) {
            Some(n as u16)
        } else {
            self.i = start;
            None
        }
    }

    /// A Q.850 cause value, 1 to 127.
    pub fn cause(&mut self) -> Option<u8> {
        let start = self.i;
        match self.number() {
            Some(n @ 1..=127) => Some(n as u8),
            _ => {
                self.i = start;
                None
            }
        }
    }

    /// The bytes up to (not including) the first of `stops`, or to the end of the line.
    pub fn until(&mut self, stops: &[u8]) -> &'a [u8] {
        let start = self.i;
        while let Some(b) = self.peek() {
            if stops.contains(&b) {
                break;
            }
            self.i += 1;
        }
        &self.s[start..self.i]
    }

    /// A text between `open` and `close` (`"…"`, `(…)`, `[…]`) when `open` is next.
    pub fn enclosed(&mut self, open: u8, close: u8) -> Option<&'a [u8]> {
        if self.peek() != Some(open) {
            return None;
        }
        let start = self.i + 1;
        let k = memchr::memchr(close, &self.s[start..])?;
        self.i = start + k + 1;
        Some(&self.s[start..start + k])
    }

    /// An upper-case identifier (`USER_BUSY`, `CS_CONSUME_MEDIA`): letters, digits, `_`.
    pub fn name(&mut self) -> &'a [u8] {
        let start = self.i;
        while matches!(self.peek(), Some(b'A'..=b'Z' | b'0'..=b'9' | b'_')) {
            self.i += 1;
        }
        &self.s[start..self.i]
    }

    /// The rest of the line.
    pub fn rest(&self) -> &'a [u8] {
        &self.s[self.i..]
    }
}

/// Whether a byte may precede the first letter of a word (so `X-Reason` is not `Reason`).
pub(super) fn boundary(b: Option<u8>) -> bool {
    !matches!(b, Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

/// A reason phrase as a product prints it: trimmed, and not taken past a closing quote,
/// bracket or the usual field separators.
pub(super) fn phrase(s: &[u8]) -> &[u8] {
    s.trim_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_digits_in_range() {
        for (s, want) in [
            (&b"486 Busy"[..], Some(486)),
            (b"4860", None),
            (b"099", None),
            (b"700", None),
            (b"100", Some(100)),
            (b"69", None),
        ] {
            assert_eq!(
                Cur::new(s, 0).code(),
                want,
                "{}",
                String::from_utf8_lossy(s)
            );
        }
    }

    #[test]
    fn enclosed_and_until_stop_where_they_should() {
        let mut c = Cur::new(b"\"Busy Here\" back", 0);
        assert_eq!(c.enclosed(b'"', b'"'), Some(&b"Busy Here"[..]));
        assert_eq!(c.until(b"k"), b" bac");
        let mut c = Cur::new(b"[USER_BUSY] x", 1);
        assert_eq!(c.name(), b"USER_BUSY");
    }
}
