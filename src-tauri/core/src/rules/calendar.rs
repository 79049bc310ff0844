//! Working-day calendars and the counting of terms.
//!
//! Counting follows the Russian Civil Code, which Bulgarian law (ЗЗД чл. 72) and the EU rule on periods share: a
//! term starts the day after the event (art. 191); a term in weeks or months ends on the matching day, or on the
//! last day of a month that has no such day (art. 192); a last day that is a day off moves to the next working
//! day where the rule says so (art. 193). Which days are off is data (`templates/rules/calendar-<id>.toml`).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::basis::Basis;
use super::term::{Term, Unit};
use crate::models::Language;

/// More consecutive days off than this means the calendar data is wrong (or the date is absurd).
const LONGEST_BREAK: u32 = 60;

/// A country's days off, year by year, with where each year's list comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkCalendar {
    /// Which calendar this is, as rule packs name it: its file is `templates/rules/calendar-<id>.toml`.
    pub id: String,
    /// The law that defines the holidays, shown beside every date computed with this calendar.
    pub source: String,
    /// Holidays as `MM-DD` that recur every year; used alone (and flagged for checking) for years not listed.
    pub fixed_holidays: Vec<String>,
    /// The years whose days off are known, each with its source.
    pub years: Vec<CalendarYear>,
    /// The name of each holiday, in every language: keyed `MM-DD` for a holiday on the same day every year,
    /// `YYYY-MM-DD` for one that moves (Easter) or a named substitute day. A calculation names every day it skips.
    #[serde(default)]
    pub names: BTreeMap<String, Basis>,
}

/// One year of a calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarYear {
    /// The calendar year.
    pub year: i32,
    /// The decree or page the transfers come from, so the user can check them.
    pub source: String,
    /// Not yet confirmed against the published source: dates computed with this year are flagged for checking.
    #[serde(default)]
    pub verify: bool,
    /// Official non-working holidays, wherever they fall in the week.
    #[serde(with = "super::serde_date::list")]
    pub holidays: Vec<NaiveDate>,
    /// Weekdays made days off (transfers, substitute days, one-off decisions).
    #[serde(default, with = "super::serde_date::list")]
    pub days_off: Vec<NaiveDate>,
    /// Saturdays or Sundays made working days by a transfer.
    #[serde(default, with = "super::serde_date::list")]
    pub working_days: Vec<NaiveDate>,
}

/// Why a day did not count as a working day, as a calculation shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum DayOff {
    /// A Saturday or a Sunday.
    Weekend,
    /// An official holiday, by its name.
    Holiday {
        /// The holiday's name in the requested language.
        name: String,
    },
    /// A weekday made a day off: a transfer by decree, a substitute day, a one-off decision.
    Transferred {
        /// What the day replaces or why it is off, in the requested language.
        name: String,
        /// The year's act the transfers come from.
        source: String,
    },
}

/// One day a calculation passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SkippedDay {
    /// The day.
    #[serde(with = "super::serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    /// Why it is not a working day.
    pub reason: DayOff,
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `"MM-DD"` → (month, day), if it names a day that exists in a leap year.
fn month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    NaiveDate::from_ymd_opt(2024, month, day).map(|_| (month, day))
}

impl WorkCalendar {
    /// Why nobody works on `date` (`None`: a working day), in `lang`, and whether that answer comes from
    /// confirmed data.
    fn day_off(&self, date: NaiveDate, lang: Language) -> (Option<DayOff>, bool) {
        let name = |date: NaiveDate| {
            let dated = self.names.get(&date.format("%Y-%m-%d").to_string());
            dated.or_else(|| self.names.get(&date.format("%m-%d").to_string())).map(|n| n.get(lang).to_owned())
        };
        let holiday = || DayOff::Holiday { name: name(date).unwrap_or_default() };
        match self.years.iter().find(|y| y.year == date.year()) {
            Some(year) => {
                let off = if year.working_days.contains(&date) {
                    None
                } else if year.holidays.contains(&date) {
                    Some(holiday())
                } else if year.days_off.contains(&date) {
                    Some(DayOff::Transferred { name: name(date).unwrap_or_default(), source: year.source.clone() })
                } else if is_weekend(date) {
                    Some(DayOff::Weekend)
                } else {
                    None
                };
                (off, !year.verify)
            }
            None => {
                let fixed = self
                    .fixed_holidays
                    .iter()
                    .filter_map(|md| month_day(md))
                    .any(|md| md == (date.month(), date.day()));
                let off = if fixed {
                    Some(holiday())
                } else if is_weekend(date) {
                    Some(DayOff::Weekend)
                } else {
                    None
                };
                (off, false)
            }
        }
    }

    /// Whether people work on `date`, and whether that answer comes from confirmed data.
    fn lookup(&self, date: NaiveDate) -> (bool, bool) {
        let (off, confirmed) = self.day_off(date, Language::En);
        (off.is_none(), confirmed)
    }

    /// Whether `date` is a working day by this calendar (for years not listed: weekends and fixed holidays only).
    pub fn is_working(&self, date: NaiveDate) -> bool {
        self.lookup(date).0
    }

    /// Whether the days off of `year` are listed and confirmed.
    pub fn is_confirmed(&self, year: i32) -> bool {
        self.years.iter().any(|y| y.year == year && !y.verify)
    }

    /// Refuses data that would silently give wrong dates: misplaced dates, transfers onto the wrong kind of day.
    pub(super) fn check(&self) -> Result<(), String> {
        if self.source.trim().is_empty() {
            return Err("the calendar has no source".into());
        }
        if let Some(bad) = self.fixed_holidays.iter().find(|md| month_day(md).is_none()) {
            return Err(format!("fixed holiday “{bad}” is not MM-DD"));
        }
        if let Some(bad) = self
            .names
            .keys()
            .find(|key| month_day(key).is_none() && NaiveDate::parse_from_str(key, "%Y-%m-%d").is_err())
        {
            return Err(format!("holiday name key “{bad}” is neither MM-DD nor YYYY-MM-DD"));
        }
        let named = |date: NaiveDate| {
            self.names.contains_key(&date.format("%Y-%m-%d").to_string())
                || self.names.contains_key(&date.format("%m-%d").to_string())
        };
        if let Some(md) = self.fixed_holidays.iter().find(|md| !self.names.contains_key(*md)) {
            return Err(format!("fixed holiday {md} has no name"));
        }
        for (i, year) in self.years.iter().enumerate() {
            let y = year.year;
            if self.years[..i].iter().any(|other| other.year == y) {
                return Err(format!("year {y} is listed twice"));
            }
            if year.source.trim().is_empty() {
                return Err(format!("year {y} has no source"));
            }
            let all = year.holidays.iter().chain(&year.days_off).chain(&year.working_days);
            if let Some(date) = all.clone().find(|d| d.year() != y) {
                return Err(format!("{date} is listed under year {y}"));
            }
            if let Some(date) = year.days_off.iter().find(|d| is_weekend(**d)) {
                return Err(format!("day off {date} is already a weekend day"));
            }
            if let Some(date) = year.working_days.iter().find(|d| !is_weekend(**d)) {
                return Err(format!("working day {date} is not a Saturday or Sunday"));
            }
            if let Some(date) =
                year.working_days.iter().find(|d| year.holidays.contains(d) || year.days_off.contains(d))
            {
                return Err(format!("{date} is listed both as a working day and as a day off"));
            }
            if let Some(date) = year.holidays.iter().chain(&year.days_off).find(|d| !named(**d)) {
                return Err(format!("day off {date} has no name"));
            }
        }
        Ok(())
    }
}

/// Counts terms on one calendar, remembering every day it passed over and whether it relied on unconfirmed days.
pub(super) struct Counter<'a> {
    calendar: Option<&'a WorkCalendar>,
    /// The language the skipped days' names are given in.
    pub(super) lang: Language,
    /// Some day looked at belongs to a year that is missing or marked `verify`.
    pub(super) unconfirmed: bool,
    /// Every day off passed over, in the order met.
    pub(super) skipped: Vec<SkippedDay>,
}

impl<'a> Counter<'a> {
    /// A counter on `calendar`, naming days in `lang`; `None` means Saturdays and Sundays are the only days off.
    pub(super) fn new(calendar: Option<&'a WorkCalendar>, lang: Language) -> Self {
        Counter { calendar, lang, unconfirmed: false, skipped: Vec::new() }
    }

    /// Whether `date` is a working day; a day off is remembered as skipped.
    fn is_working(&mut self, date: NaiveDate) -> bool {
        let off = match self.calendar {
            None => is_weekend(date).then_some(DayOff::Weekend),
            Some(calendar) => {
                let (off, confirmed) = calendar.day_off(date, self.lang);
                self.unconfirmed |= !confirmed;
                off
            }
        };
        match off {
            None => true,
            Some(reason) => {
                if !self.skipped.iter().any(|s| s.date == date) {
                    self.skipped.push(SkippedDay { date, reason });
                }
                false
            }
        }
    }

    /// The next working day strictly after `date`.
    fn next_working_day(&mut self, date: NaiveDate) -> Option<NaiveDate> {
        let mut day = date;
        for _ in 0..=LONGEST_BREAK {
            day = day.succ_opt()?;
            if self.is_working(day) {
                return Some(day);
            }
        }
        None
    }

    /// The last working day strictly before `date`.
    pub(super) fn previous_working_day(&mut self, date: NaiveDate) -> Option<NaiveDate> {
        let mut day = date;
        for _ in 0..=LONGEST_BREAK {
            day = day.pred_opt()?;
            if self.is_working(day) {
                return Some(day);
            }
        }
        None
    }

    /// The last day of `term` counted from the event on `from` (arts. 191–192), moved off a day off when `moves`
    /// (art. 193); `None` when that day is beyond the dates that can be counted.
    pub(super) fn end_of(&mut self, from: NaiveDate, term: Term, moves: bool) -> Option<NaiveDate> {
        self.end_and_move(from, term, moves).map(|(_, moved)| moved)
    }

    /// The term's last day as counted, and as moved off a day off when `moves`: a calculation shows both.
    pub(super) fn end_and_move(&mut self, from: NaiveDate, term: Term, moves: bool) -> Option<(NaiveDate, NaiveDate)> {
        let end = self.term_end(from, term)?;
        let moved = if moves && !self.is_working(end) { self.next_working_day(end)? } else { end };
        Some((end, moved))
    }

    /// The last day of `term` counted from `from`, before any move off a day off.
    fn term_end(&mut self, from: NaiveDate, term: Term) -> Option<NaiveDate> {
        let amount = term.amount;
        match term.unit {
            Unit::Days => from.checked_add_days(Days::new(amount.into())),
            Unit::Weeks => from.checked_add_days(Days::new(u64::from(amount) * 7)),
            Unit::Months => from.checked_add_months(Months::new(amount)),
            Unit::WorkingDays => {
                let mut day = Some(from);
                for _ in 0..amount {
                    day = day.and_then(|d| self.next_working_day(d));
                }
                day
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    fn calendar() -> WorkCalendar {
        WorkCalendar {
            id: "ru".into(),
            source: "test".into(),
            fixed_holidays: vec!["01-01".into()],
            years: vec![CalendarYear {
                year: 2030,
                source: "test".into(),
                verify: false,
                holidays: vec![date("2030-01-01")],
                days_off: vec![date("2030-01-02")],
                working_days: vec![date("2030-01-05")],
            }],
            names: BTreeMap::from([
                ("01-01".to_string(), Basis::every("New Year")),
                ("2030-01-02".to_string(), Basis::every("Moved")),
            ]),
        }
    }

    #[test]
    fn listed_years_use_their_lists_and_other_years_fall_back_unconfirmed() {
        let cal = calendar();
        // 2030-01-01 is a Tuesday holiday, the 2nd a transferred day off, Saturday the 5th a working day.
        assert!(!cal.is_working(date("2030-01-01")));
        assert!(!cal.is_working(date("2030-01-02")));
        assert!(cal.is_working(date("2030-01-03")));
        assert!(cal.is_working(date("2030-01-05")));
        assert!(!cal.is_working(date("2030-01-06")));
        assert!(cal.is_confirmed(2030));
        assert!(!cal.is_confirmed(2031));
        assert_eq!(cal.lookup(date("2031-01-01")), (false, false));
        assert_eq!(cal.lookup(date("2031-01-02")), (true, false));
    }

    #[test]
    fn months_end_on_the_same_day_or_the_last_day_of_a_shorter_month() {
        let mut counter = Counter::new(None, Language::En);
        let months = |n| Term { amount: n, unit: Unit::Months };
        assert_eq!(counter.end_of(date("2026-01-31"), months(1), false), Some(date("2026-02-28")));
        assert_eq!(counter.end_of(date("2028-01-31"), months(1), false), Some(date("2028-02-29")));
        assert_eq!(counter.end_of(date("2026-03-15"), months(2), false), Some(date("2026-05-15")));
        // 2026-02-28 is a Saturday: moved to Monday when the rule says so.
        assert_eq!(counter.end_of(date("2026-01-31"), months(1), true), Some(date("2026-03-02")));
    }

    #[test]
    fn working_days_skip_days_off_and_never_need_moving() {
        let cal = calendar();
        let mut counter = Counter::new(Some(&cal), Language::En);
        let working = |n| Term { amount: n, unit: Unit::WorkingDays };
        // From Monday 2029-12-31: Jan 1 and 2 are off, Thursday 3rd is the first, Saturday 5th the third.
        assert_eq!(counter.end_of(date("2029-12-31"), working(1), false), Some(date("2030-01-03")));
        assert_eq!(counter.end_of(date("2029-12-31"), working(3), false), Some(date("2030-01-05")));
        assert!(!counter.unconfirmed, "only listed 2030 days were looked at");
        // Moving a last day in an unlisted year relies on the fallback, and says so.
        assert_eq!(
            counter.end_of(date("2031-01-01"), Term { amount: 0, unit: Unit::Days }, true),
            Some(date("2031-01-02"))
        );
        assert!(counter.unconfirmed);
    }

    #[test]
    fn bad_calendar_data_is_refused() {
        let mut cal = calendar();
        cal.years[0].working_days = vec![date("2030-01-07")];
        assert!(cal.check().unwrap_err().contains("not a Saturday"));
        let mut cal = calendar();
        cal.years[0].days_off = vec![date("2030-01-06")];
        assert!(cal.check().unwrap_err().contains("weekend"));
        let mut cal = calendar();
        cal.years[0].holidays = vec![date("2031-01-01")];
        assert!(cal.check().unwrap_err().contains("under year 2030"));
        let mut cal = calendar();
        cal.fixed_holidays = vec!["13-01".into()];
        assert!(cal.check().is_err());
        assert!(calendar().check().is_ok());
    }
}
