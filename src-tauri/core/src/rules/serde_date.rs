//! Dates in rule data: read as TOML dates (`2026-04-08`), written as `YYYY-MM-DD` strings for the interface.
//!
//! The crate's chrono has no serde support, and TOML's own date type is the natural way to write dates in the
//! data files, so the conversion lives here.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serializer};
use toml::value::Datetime;

fn from_toml<E: serde::de::Error>(value: Datetime) -> Result<NaiveDate, E> {
    match (value.date, value.time, value.offset) {
        (Some(date), None, None) => NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
            .ok_or_else(|| E::custom(format!("{value} is not a calendar date"))),
        _ => Err(E::custom(format!("expected a date such as 2026-04-08, found {value}"))),
    }
}

/// Reads one TOML date.
pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    from_toml(Datetime::deserialize(deserializer)?)
}

/// Writes one date as `YYYY-MM-DD`.
pub(super) fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// An optional date; pair with `#[serde(default)]` so a missing key is `None`.
pub(super) mod option {
    use super::*;

    /// Reads a TOML date that may be absent.
    pub(in crate::rules) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<Datetime>::deserialize(deserializer)?.map(from_toml).transpose()
    }

    /// Writes the date as `YYYY-MM-DD`, or nothing as `null`.
    pub(in crate::rules) fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }
}

/// A list of dates.
pub(super) mod list {
    use super::*;

    /// Reads an array of TOML dates.
    pub(in crate::rules) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<Datetime>::deserialize(deserializer)?.into_iter().map(from_toml).collect()
    }

    /// Writes the dates as `YYYY-MM-DD` strings.
    pub(in crate::rules) fn serialize<S: Serializer>(dates: &[NaiveDate], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(dates.iter().map(NaiveDate::to_string))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Probe {
        #[serde(deserialize_with = "super::deserialize")]
        date: NaiveDate,
    }

    #[test]
    fn only_plain_toml_dates_are_read() {
        let probe: Probe = toml::from_str("date = 2026-04-08").expect("a date");
        assert_eq!(probe.date, NaiveDate::from_ymd_opt(2026, 4, 8).expect("valid"));
        assert!(toml::from_str::<Probe>("date = 2026-04-08T10:00:00").is_err());
        assert!(toml::from_str::<Probe>("date = \"2026-04-08\"").is_err());
    }
}
