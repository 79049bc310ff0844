//! The one way a case's date is read.
//!
//! A case stores its dates as text (`2026-11-21`), so that what the customer typed is never lost. Every reader
//! of such a date — validation, deadlines, letters, the records of a claim handed in and an answer received —
//! goes through [`read_date`], so none of them accepts a date another one refuses.
//!
//! `chrono`'s own `%Y-%m-%d` parsing is too lenient for that: it takes `2026-2-3`, `+2026-01-01` and
//! `-0001-01-01`, which a person never means and other readers would refuse.

use chrono::{Datelike, NaiveDate};

/// The earliest year a case date may have.
pub const FIRST_YEAR: i32 = 1900;
/// The latest year a case date may have.
pub const LAST_YEAR: i32 = 2100;

/// Why a text is not a case date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not `YYYY-MM-DD`, or no such day in the calendar (`2026-02-30`).
    #[error("is not a date of the form YYYY-MM-DD")]
    Invalid,
    /// A real day, but before 1900 or after 2100: a typing slip, not a date of a complaint.
    #[error("is not between {FIRST_YEAR} and {LAST_YEAR}")]
    OutOfRange,
}

/// A case date: exactly `YYYY-MM-DD`, a real calendar day in the years [`FIRST_YEAR`]–[`LAST_YEAR`].
///
/// Four digits, a dash, two digits, a dash, two digits: no sign, no spaces or other characters inside, no
/// shorter month or day. Whitespace around the date is ignored, as it is around every other one-line field: a
/// date pasted with a trailing space is still that date, and since every reader of a case date comes here, all
/// of them read it the same way.
pub fn read_date(s: &str) -> Result<NaiveDate, DateError> {
    let text = s.trim().as_bytes();
    let laid_out = text.len() == 10
        && text.iter().enumerate().all(|(i, &b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !laid_out {
        return Err(DateError::Invalid);
    }
    // At most four digits: always fits.
    let number =
        |range: std::ops::Range<usize>| text[range].iter().fold(0u16, |n, &digit| n * 10 + u16::from(digit - b'0'));
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let date = NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day)).ok_or(DateError::Invalid)?;
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) { Ok(date) } else { Err(DateError::OutOfRange) }
}

/// A case date as [`read_date`] reads it; `None` for anything else.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    read_date(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    #[test]
    fn accepts_real_days_written_in_full() {
        for (text, date) in [
            ("2026-11-21", day(2026, 11, 21)),
            ("2026-02-03", day(2026, 2, 3)),
            ("1900-01-01", day(1900, 1, 1)),
            ("2100-12-31", day(2100, 12, 31)),
            ("2024-02-29", day(2024, 2, 29)),
            ("2000-02-29", day(2000, 2, 29)),
            (" 2026-11-21", day(2026, 11, 21)),
            ("2026-11-21\n", day(2026, 11, 21)),
        ] {
            assert_eq!(read_date(text), Ok(date), "{text:?}");
            assert_eq!(parse_date(text), Some(date), "{text:?}");
        }
    }

    #[test]
    fn refuses_anything_else() {
        for (text, why) in [
            ("-0001-01-01", DateError::Invalid),
            ("2026-2-3", DateError::Invalid),
            ("+2026-01-01", DateError::Invalid),
            ("+026-01-01", DateError::Invalid),
            ("2026-02-30", DateError::Invalid),
            ("2026-13-01", DateError::Invalid),
            ("2026-00-10", DateError::Invalid),
            ("2026-01-00", DateError::Invalid),
            ("1900-02-29", DateError::Invalid),
            ("2026-1-01", DateError::Invalid),
            ("26-01-01", DateError::Invalid),
            ("02026-01-01", DateError::Invalid),
            ("2026-01-011", DateError::Invalid),
            ("2026/01/01", DateError::Invalid),
            ("2026-01- 1", DateError::Invalid),
            ("2026 -01-01", DateError::Invalid),
            ("21.11.2026", DateError::Invalid),
            ("2026-11-21T00:00", DateError::Invalid),
            ("\u{200B}2026-11-21", DateError::Invalid),
            ("２０２６-１１-２１", DateError::Invalid),
            ("٢٠٢٦-١١-٢١", DateError::Invalid),
            ("", DateError::Invalid),
            ("   ", DateError::Invalid),
            ("1899-12-31", DateError::OutOfRange),
            ("2101-01-01", DateError::OutOfRange),
            ("0000-01-01", DateError::OutOfRange),
            ("9999-12-31", DateError::OutOfRange),
            ("2100-02-29", DateError::Invalid),
        ] {
            assert_eq!(read_date(text), Err(why), "{text:?}");
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_reason_names_the_range() {
        assert_eq!(DateError::OutOfRange.to_string(), "is not between 1900 and 2100");
    }
}
