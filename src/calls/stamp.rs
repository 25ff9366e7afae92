//! A message's time, as precise as its input: a capture's packet time (UTC), or what a trace
//! line prints (a date and time with no zone, a date with no year, or a time of day alone).

/// How much a time says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A capture's packet time: UTC.
    Utc,
    /// A trace's date and time, in whatever zone the product logged.
    Dated,
    /// A month, day and time with no year (syslog, Asterisk's default `%b %e %T`).
    NoYear,
    /// A time of day only (sofia-sip's `at 10:10:02.223000:`, pjsip's line prefix).
    TimeOfDay,
}

/// A point in time: nanoseconds since 1970-01-01 (in the form's own reckoning) and its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub ns: i64,
    pub form: Form,
}

const NS: i64 = 1_000_000_000;
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (`civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl Stamp {
    /// A capture time.
    pub fn utc(secs: i64, nanos: u32) -> Stamp {
        Stamp {
            ns: secs.saturating_mul(NS).saturating_add(i64::from(nanos)),
            form: Form::Utc,
        }
    }

    /// Milliseconds from `earlier` to this time; none when the two cannot be compared.
    pub fn ms_since(&self, earlier: &Stamp) -> Option<i64> {
        (self.form == earlier.form).then(|| (self.ns - earlier.ns).div_euclid(1_000_000))
    }

    /// The time as text (see [`super::types::CallMessage::time`]).
    pub fn format(&self) -> String {
        let (days, rem) = (
            self.ns.div_euclid(86_400 * NS),
            self.ns.rem_euclid(86_400 * NS),
        );
        let secs = rem / NS;
        let clock = format!(
            "{:02}:{:02}:{:02}.{:06}",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60,
            rem % NS / 1000
        );
        let (y, m, d) = civil_from_days(days);
        match self.form {
            Form::Utc => format!("{y:04}-{m:02}-{d:02}T{clock}Z"),
            Form::Dated => format!("{y:04}-{m:02}-{d:02}T{clock}"),
            Form::NoYear => format!("--{m:02}-{d:02}T{clock}"),
            Form::TimeOfDay => clock,
        }
    }

    /// The first time printed on a trace line, with the date before it when there is one:
    /// `2021/03/01 12:00:00.123456` (sngrep), `2026-03-01 10:00:00.123`, `2020-07-17
    /// 11:28:04:774` (bctoolbox), `[Mar  1 10:20:01]` (Asterisk), `Mar  1, 2026 10:00:00.1`
    /// (tshark), `Sat Jun 13 2020 16:16:02` (JavaScript), `at 10:10:02.223000:` (sofia-sip).
    pub fn find(line: &str) -> Option<Stamp> {
        let b = line.as_bytes();
        let at = (0..b.len().saturating_sub(7)).find(|&i| clock_at(b, i).is_some())?;
        let (h, mi, s) = clock_at(b, at)?;
        // Fraction: `.123456`, `,123` or bctoolbox's `:774`.
        let mut frac_ns = 0i64;
        let mut j = at + 8;
        if matches!(b.get(j), Some(b'.' | b',' | b':'))
            && b.get(j + 1).is_some_and(u8::is_ascii_digit)
        {
            j += 1;
            let mut scale = NS / 10;
            while let Some(d) = b.get(j).filter(|d| d.is_ascii_digit()) {
                frac_ns += i64::from(d - b'0') * scale;
                scale /= 10;
                j += 1;
            }
        }
        let tod = (h * 3600 + mi * 60 + s) * NS + frac_ns;
        let before = line[..at].trim_end_matches(['T', ' ', '[']);
        let (form, days) = match date_before(before) {
            Some((Some(y), m, d)) => (Form::Dated, days_from_civil(y, m, d)),
            Some((None, m, d)) => (Form::NoYear, days_from_civil(1970, m, d)),
            None => (Form::TimeOfDay, 0),
        };
        Some(Stamp {
            ns: days * 86_400 * NS + tod,
            form,
        })
    }
}

/// `HH:MM:SS` at `i`, not preceded or followed by another digit of the same number.
fn clock_at(b: &[u8], i: usize) -> Option<(i64, i64, i64)> {
    let w = b.get(i..i + 8)?;
    let digits = [0, 1, 3, 4, 6, 7].iter().all(|&k| w[k].is_ascii_digit());
    if !digits || w[2] != b':' || w[5] != b':' {
        return None;
    }
    if i > 0 && b[i - 1].is_ascii_digit() || b.get(i + 8).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = |k: usize| i64::from(w[k] - b'0') * 10 + i64::from(w[k + 1] - b'0');
    let (h, m, s) = (n(0), n(3), n(6));
    (h < 24 && m < 60 && s < 61).then_some((h, m, s))
}

/// The date at the end of `s`: `YYYY-MM-DD`, `YYYY/MM/DD`, `Mon DD`, `Mon DD, YYYY`,
/// `Mon DD YYYY` → (year if given, month, day).
fn date_before(s: &str) -> Option<(Option<i64>, i64, i64)> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '[')
        .filter(|w| !w.is_empty())
        .collect();
    let last = *words.last()?;
    let ymd: Vec<&str> = last.split(['-', '/']).collect();
    if ymd.len() == 3 && ymd[0].len() == 4 {
        let y = ymd[0].parse().ok()?;
        let m: i64 = ymd[1].parse().ok()?;
        let d: i64 = ymd[2].parse().ok()?;
        return ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((Some(y), m, d));
    }
    let month = |w: &str| MONTHS.iter().position(|m| *m == w).map(|i| i as i64 + 1);
    let day = |w: &str| {
        w.trim_end_matches(',')
            .parse::<i64>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let n = words.len();
    // `Mon DD, YYYY` / `Mon DD YYYY`
    if n >= 3
        && last.len() == 4
        && let (Ok(y), Some(m), Some(d)) =
            (last.parse::<i64>(), month(words[n - 3]), day(words[n - 2]))
    {
        return Some((Some(y), m, d));
    }
    if n >= 2
        && let (Some(m), Some(d)) = (month(words[n - 2]), day(last))
    {
        return Some((None, m, d));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trace_times() {
        let f = |l: &str| Stamp::find(l).map(|s| s.format());
        assert_eq!(
            f("2021/03/01 12:00:00.123456 1.2.3.4:5060 -> 5.6.7.8:5060").as_deref(),
            Some("2021-03-01T12:00:00.123456")
        );
        assert_eq!(
            f("recv 812 bytes from udp/[203.0.113.10]:5060 at 10:10:02.223000:").as_deref(),
            Some("10:10:02.223000")
        );
        assert_eq!(
            f("[Mar  1 10:20:01] VERBOSE[123] res_pjsip_logger.c: <--- Received").as_deref(),
            Some("--03-01T10:20:01.000000")
        );
        assert_eq!(
            f("2020-07-17 11:28:04:774 [org.linphone.debug/belle-sip] MESSAGE").as_deref(),
            Some("2020-07-17T11:28:04.774000")
        );
        assert_eq!(
            f("Sat Jun 13 2020 16:16:02 GMT+0430 (Iran Daylight Time) | sip.Transport").as_deref(),
            Some("2020-06-13T16:16:02.000000")
        );
        assert_eq!(
            f("    Arrival Time: Mar  1, 2026 10:00:00.123456789 UTC").as_deref(),
            Some("2026-03-01T10:00:00.123456")
        );
        assert_eq!(
            Stamp::utc(1_772_359_200, 0).format(),
            "2026-03-01T10:00:00.000000Z"
        );
        assert!(f("Content-Length: 0").is_none());
    }
}
