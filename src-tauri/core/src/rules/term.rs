//! Lengths of time as the law states them: so many days, working days, weeks or months.
//!
//! Both the rule packs, which state terms, and the calendars, which count them, build on this.

use serde::{Deserialize, Serialize};

/// How a term is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Calendar days.
    Days,
    /// Working days of the pack's calendar.
    WorkingDays,
    /// Calendar weeks: the term ends on the same weekday.
    Weeks,
    /// Calendar months: the same day of the month, or the month's last day.
    Months,
}

/// A length of time, as the law states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: Unit,
}
