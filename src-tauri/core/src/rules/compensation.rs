//! Automatic compensation schemes: fixed amounts a provider owes for a late repair or a missed appointment.
//!
//! A scheme is data (`templates/rules/compensation-<jurisdiction>.toml`): its conditions, the providers that
//! signed up and its amounts period by period with their sources, because the amounts rise every year. The
//! amount a case is owed is computed from the dates the customer gave for the loss of service, never guessed
//! from the timeline's free text.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize};

use super::basis::Basis;
use super::calendar::{Counter, WorkCalendar};
use super::pack::RulePack;
use super::term::Term;
use crate::models::{IncidentType, Jurisdiction, LossOfService};

/// An amount in pence, written in the data as pounds with exactly two decimals (`"10.34"`) so it is read exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Pence(pub u32);

impl Pence {
    /// `"10.34"` → 1034 pence; `None` for anything else (no sign, no thousands separator, two decimals).
    pub fn parse(text: &str) -> Option<Pence> {
        let (pounds, pence) = text.split_once('.')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(pounds) || pounds.len() > 6 || pence.len() != 2 || !digits(pence) {
            return None;
        }
        Some(Pence(pounds.parse::<u32>().ok()? * 100 + pence.parse::<u32>().ok()?))
    }
}

impl<'de> Deserialize<'de> for Pence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Pence::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("“{text}” is not an amount such as \"10.34\"")))
    }
}

/// The services a scheme covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// A fixed telephone line.
    Landline,
    /// Fixed broadband.
    Broadband,
}

/// A provider that signed up to a voluntary scheme, from the day it joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemeProvider {
    /// The brand customers know.
    pub name: String,
    /// The first day its customers are covered.
    #[serde(with = "super::serde_date")]
    pub joined: NaiveDate,
    /// A limit on who is covered, if any.
    #[serde(default)]
    pub note: String,
}

/// The amounts of one period of a scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    /// First day these amounts apply to.
    #[serde(with = "super::serde_date")]
    pub valid_from: NaiveDate,
    /// First day they no longer apply to; `None` for the amounts in force now.
    #[serde(default, with = "super::serde_date::option")]
    pub valid_to: Option<NaiveDate>,
    /// For each day a repair is late.
    pub delayed_repair: Pence,
    /// For each missed engineer appointment.
    pub missed_appointment: Pence,
    /// For each day a new service starts late.
    pub delayed_start: Pence,
    /// Where the amounts were published.
    pub source: String,
    /// The amounts were seen only in secondary sources: a sum computed with them asks the user to check it.
    #[serde(default)]
    pub verify: bool,
}

impl Rates {
    fn in_force(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.valid_to.is_none_or(|to| day < to)
    }
}

/// One jurisdiction's automatic compensation scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompensationScheme {
    /// Stable id, stored with what is computed from it.
    pub id: String,
    /// Whose scheme it is.
    pub jurisdiction: Jurisdiction,
    /// ISO 4217 code of the amounts.
    pub currency: String,
    /// The scheme's name as the letters give it.
    pub name: String,
    /// The regulator's statement and page.
    pub source: String,
    /// The day the scheme began.
    #[serde(with = "super::serde_date")]
    pub valid_from: NaiveDate,
    /// How long the provider has to repair a loss of service, counted from the day of the report.
    pub repair_window: Term,
    /// Calendar days the provider has to pay after the repair or the missed appointment.
    pub pay_within_days: u32,
    /// What it covers.
    pub services: Vec<Service>,
    /// The scheme in one line, in each language, for the app.
    pub basis: Basis,
    /// Who signed up, for the customer to say whether their provider did.
    pub providers: Vec<SchemeProvider>,
    /// Where the list of providers comes from.
    pub providers_source: String,
    /// The list was seen only in secondary sources.
    #[serde(default)]
    pub providers_verify: bool,
    /// The amounts, oldest first, one period after another with no gap.
    pub rates: Vec<Rates>,
}

impl CompensationScheme {
    /// Refuses data that would give a wrong sum: gaps or overlaps between periods, missing sources, nothing to pay.
    pub(super) fn check(&self, packs: &[RulePack]) -> Result<(), String> {
        let Some(pack) = packs.iter().find(|p| p.jurisdiction == self.jurisdiction) else {
            return Err(format!("no rule pack for {:?}", self.jurisdiction));
        };
        let texts = [&self.id, &self.name, &self.source, &self.providers_source];
        if texts.iter().any(|t| t.trim().is_empty()) || !self.basis.is_written_in(&pack.letter_languages) {
            return Err("id, name, sources and basis in each language of the jurisdiction's law are required".into());
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("currency “{}” is not an ISO 4217 code", self.currency));
        }
        if let Some(p) = self.providers.iter().find(|p| p.name.trim().is_empty() || p.joined < self.valid_from) {
            return Err(format!("provider “{}” has no name or joined before the scheme began", p.name));
        }
        let first = self.rates.first().ok_or("the scheme has no amounts")?;
        if first.valid_from != self.valid_from {
            return Err("the first amounts do not start when the scheme does".into());
        }
        for (i, rates) in self.rates.iter().enumerate() {
            let from = rates.valid_from;
            if rates.source.trim().is_empty() {
                return Err(format!("the amounts from {from} have no source"));
            }
            if [rates.delayed_repair, rates.missed_appointment, rates.delayed_start].contains(&Pence(0)) {
                return Err(format!("the amounts from {from} include a zero"));
            }
            match (rates.valid_to, self.rates.get(i + 1)) {
                (Some(to), Some(next)) if to > from && to == next.valid_from => {}
                (None, None) => {}
                _ => return Err(format!("the amounts from {from} do not end where the next ones begin")),
            }
        }
        Ok(())
    }

    fn rates_on(&self, day: NaiveDate) -> Option<&Rates> {
        self.rates.iter().find(|r| r.in_force(day))
    }
}

/// What a payment of a scheme is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CompensationKind {
    /// A day on which a late repair was still not done.
    DelayedRepair,
    /// An engineer appointment missed or cancelled at short notice.
    MissedAppointment,
}

/// Payments of one kind at one period's amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompensationItem {
    /// What they are for.
    pub kind: CompensationKind,
    /// How many days or appointments.
    pub count: u32,
    /// The amount of each.
    pub rate: Pence,
    /// `count × rate`.
    pub amount: u64,
    /// The first day of the period the amount belongs to, so the letter can say which year's amount it is.
    #[serde(with = "super::serde_date")]
    pub rates_from: NaiveDate,
    /// Where the amount was published.
    pub source: String,
}

/// What a case is owed under its jurisdiction's automatic compensation scheme, with how it was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompensationDue {
    /// The scheme's id.
    pub rule_id: String,
    /// The scheme's name.
    pub scheme: String,
    /// The scheme's statement and page.
    pub source: String,
    /// ISO 4217 code of the amounts.
    pub currency: String,
    /// The sum of all items, in pence.
    pub total: u64,
    /// Days of late repair paid for.
    pub repair_days: u32,
    /// Missed appointments paid for.
    pub missed_appointments: u32,
    /// The payments, by kind and period.
    pub items: Vec<CompensationItem>,
    /// The day the fault was reported.
    #[serde(with = "super::serde_date")]
    pub reported: NaiveDate,
    /// The last day of the provider's repair window: the first day paid for if the service still did not work.
    #[serde(with = "super::serde_date")]
    pub repair_due: NaiveDate,
    /// The service is still down: the days are counted up to the day before `today`, and more are accruing.
    pub ongoing: bool,
    /// Some amount or working day used was not confirmed: the app asks the user to check the sum.
    pub verify: bool,
}

/// Accumulates payments, one item per kind and period.
#[derive(Default)]
struct Tally {
    items: Vec<CompensationItem>,
    verify: bool,
}

impl Tally {
    fn add(&mut self, kind: CompensationKind, rates: &Rates) {
        self.verify |= rates.verify;
        let rate = match kind {
            CompensationKind::DelayedRepair => rates.delayed_repair,
            CompensationKind::MissedAppointment => rates.missed_appointment,
        };
        if let Some(item) = self.items.iter_mut().find(|i| i.kind == kind && i.rates_from == rates.valid_from) {
            item.count += 1;
            item.amount += u64::from(rate.0);
            return;
        }
        let source = rates.source.clone();
        self.items.push(CompensationItem {
            kind,
            count: 1,
            rate,
            amount: rate.0.into(),
            rates_from: rates.valid_from,
            source,
        });
    }

    fn count(&self, kind: CompensationKind) -> u32 {
        self.items.iter().filter(|i| i.kind == kind).map(|i| i.count).sum()
    }
}

/// The incident a compensation scheme pays for: a lost service repaired late.
pub const COMPENSATED_INCIDENT: IncidentType = IncidentType::ServiceOutage;

/// What one scheme owes for a lost service on `today` (see [`super::compensation_due`]); the error is a day the
/// count ran past the calendar's range.
pub(super) fn owed(
    scheme: &CompensationScheme,
    calendar: Option<&WorkCalendar>,
    loss: &LossOfService,
    today: NaiveDate,
) -> Result<Option<CompensationDue>, NaiveDate> {
    let Some(reported) = crate::dates::parse_date(&loss.reported) else { return Ok(None) };
    let restored = if crate::text::is_blank(&loss.restored) {
        None
    } else {
        match crate::dates::parse_date(&loss.restored) {
            Some(day) if day >= reported && day <= today => Some(day),
            _ => return Ok(None),
        }
    };
    if reported < scheme.valid_from || reported > today {
        return Ok(None);
    }
    let mut counter = Counter::new(calendar, crate::models::Language::En);
    let repair_due = counter.end_of(reported, scheme.repair_window, false).ok_or(reported)?;
    let mut tally = Tally { verify: counter.unconfirmed, ..Tally::default() };
    let mut day = repair_due;
    while day < restored.unwrap_or(today) {
        if let Some(rates) = scheme.rates_on(day) {
            tally.add(CompensationKind::DelayedRepair, rates);
        }
        day = day.checked_add_days(Days::new(1)).ok_or(day)?;
    }
    let appointments = loss.missed_appointments.iter().filter_map(|d| crate::dates::parse_date(d));
    for rates in appointments.filter(|d| *d <= today).filter_map(|d| scheme.rates_on(d)) {
        tally.add(CompensationKind::MissedAppointment, rates);
    }
    if tally.items.is_empty() {
        return Ok(None);
    }
    Ok(Some(CompensationDue {
        rule_id: scheme.id.clone(),
        scheme: scheme.name.clone(),
        source: scheme.source.clone(),
        currency: scheme.currency.clone(),
        total: tally.items.iter().map(|i| i.amount).sum(),
        repair_days: tally.count(CompensationKind::DelayedRepair),
        missed_appointments: tally.count(CompensationKind::MissedAppointment),
        reported,
        repair_due,
        ongoing: restored.is_none(),
        verify: tally.verify,
        items: tally.items,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Case, Language};
    use crate::rules::{compensation_due, compensation_schemes};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    fn outage(reported: &str, restored: &str) -> Case {
        let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Gb, Language::En);
        case.loss_of_service = Some(LossOfService {
            reported: reported.into(),
            restored: restored.into(),
            provider_in_scheme: true,
            ..LossOfService::default()
        });
        case
    }

    fn due(case: &Case, today: &str) -> Option<CompensationDue> {
        compensation_due(case, date(today)).expect("the scheme data loads")
    }

    fn lines(due: &CompensationDue) -> Vec<(CompensationKind, u32, u32, u64)> {
        due.items.iter().map(|i| (i.kind, i.count, i.rate.0, i.amount)).collect()
    }

    #[test]
    fn a_repair_is_paid_from_the_last_day_of_the_window_to_the_day_before_it_is_fixed() {
        // Ofcom's example: reported on Monday 1 June 2026, not fixed by the end of Wednesday, fixed on Friday:
        // Wednesday and Thursday are paid.
        let owed = due(&outage("2026-06-01", "2026-06-05"), "2026-06-20").expect("owed");
        assert_eq!(owed.repair_due, date("2026-06-03"));
        assert_eq!(lines(&owed), vec![(CompensationKind::DelayedRepair, 2, 1034, 2068)]);
        assert_eq!((owed.total, owed.repair_days, owed.missed_appointments), (2068, 2, 0));
        assert_eq!(owed.rule_id, "gb.automatic_compensation");
        assert!(!owed.ongoing);
        assert!(owed.verify, "the 2026 amounts were seen only in secondary sources");
        let thursday = due(&outage("2026-06-01", "2026-06-04"), "2026-06-20").expect("owed");
        assert_eq!(thursday.total, 1034);
        assert_eq!(due(&outage("2026-06-01", "2026-06-03"), "2026-06-20"), None, "fixed within the window");
    }

    #[test]
    fn the_window_counts_working_days_and_skips_bank_holidays() {
        // Friday 22 May 2026; Monday 25 May is a bank holiday, so the window ends on Wednesday 27 May.
        let owed = due(&outage("2026-05-22", "2026-05-29"), "2026-06-20").expect("owed");
        assert_eq!(owed.repair_due, date("2026-05-27"));
        assert_eq!(owed.repair_days, 2);
    }

    #[test]
    fn each_day_is_paid_at_the_amount_in_force_on_it() {
        // Reported Friday 27 March 2026: the window ends on Tuesday 31 March, at the 2025 amount; 1 and 2 April
        // are paid at the 2026 one.
        let owed = due(&outage("2026-03-27", "2026-04-03"), "2026-06-20").expect("owed");
        assert_eq!(
            lines(&owed),
            vec![(CompensationKind::DelayedRepair, 1, 998, 998), (CompensationKind::DelayedRepair, 2, 1034, 2068)]
        );
        assert_eq!(owed.total, 3066);
        assert_eq!(owed.items[0].rates_from, date("2025-04-01"));
    }

    #[test]
    fn the_first_amounts_are_the_2019_ones() {
        let owed = due(&outage("2019-06-03", "2019-06-07"), "2019-07-01").expect("owed");
        assert_eq!(lines(&owed), vec![(CompensationKind::DelayedRepair, 2, 800, 1600)]);
        assert!(owed.verify, "2019 is not in the calendar data, so its working days are unconfirmed");
        assert_eq!(due(&outage("2019-03-25", "2019-03-29"), "2019-07-01"), None, "before the scheme began");
    }

    #[test]
    fn a_service_still_down_is_counted_to_the_day_before_the_letter() {
        let owed = due(&outage("2026-06-01", ""), "2026-06-06").expect("owed");
        assert!(owed.ongoing);
        assert_eq!(owed.repair_days, 3, "Wednesday, Thursday and Friday");
        assert_eq!(due(&outage("2026-06-01", ""), "2026-06-03"), None, "the window has not ended yet");
    }

    #[test]
    fn missed_appointments_are_paid_each_at_the_amount_of_its_day() {
        let mut case = outage("2026-06-01", "2026-06-03");
        if let Some(loss) = case.loss_of_service.as_mut() {
            loss.missed_appointments = vec!["2026-03-31".into(), "2026-06-02".into(), "2026-07-01".into(), "x".into()];
        }
        let owed = due(&case, "2026-06-20").expect("owed");
        assert_eq!(
            lines(&owed),
            vec![
                (CompensationKind::MissedAppointment, 1, 3119, 3119),
                (CompensationKind::MissedAppointment, 1, 3231, 3231)
            ],
            "an appointment after the letter's date or not a date is not counted"
        );
        assert_eq!((owed.repair_days, owed.missed_appointments, owed.total), (0, 2, 6350));
    }

    #[test]
    fn nothing_is_owed_where_the_scheme_does_not_apply_or_the_dates_are_unknown() {
        let owed = |case: &Case| due(case, "2026-06-20");
        assert!(owed(&outage("2026-06-01", "2026-06-05")).is_some());
        let mut not_in_scheme = outage("2026-06-01", "2026-06-05");
        if let Some(loss) = not_in_scheme.loss_of_service.as_mut() {
            loss.provider_in_scheme = false;
        }
        let mut russian = outage("2026-06-01", "2026-06-05");
        russian.jurisdiction = Jurisdiction::Ru;
        let mut billing = outage("2026-06-01", "2026-06-05");
        billing.incident = IncidentType::BillingDispute;
        let mut unsaid = outage("2026-06-01", "2026-06-05");
        unsaid.loss_of_service = None;
        for (case, why) in [
            (not_in_scheme, "provider not in the scheme"),
            (russian, "no scheme in Russia"),
            (billing, "not an outage"),
            (unsaid, "no loss of service given"),
            (outage("", "2026-06-05"), "no report date"),
            (outage("1 June", "2026-06-05"), "report date not a date"),
            (outage("2026-06-01", "5 June"), "repair date not a date"),
            (outage("2026-06-05", "2026-06-01"), "repaired before reported"),
            (outage("2026-06-01", "2026-06-25"), "repaired after the letter"),
            (outage("2026-06-21", ""), "reported after the letter"),
        ] {
            assert_eq!(owed(&case), None, "{why}");
        }
    }

    #[test]
    fn amounts_are_read_exactly_or_refused() {
        assert_eq!(Pence::parse("10.34"), Some(Pence(1034)));
        assert_eq!(Pence::parse("0.05"), Some(Pence(5)));
        for bad in ["10.3", "10", "10.345", "-1.00", "1,00", " 1.00", "1.0a", ".50", "1234567.00"] {
            assert_eq!(Pence::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_shipped_scheme_loads_with_periods_end_to_end() {
        let schemes = compensation_schemes().expect("loads");
        let gb = schemes.iter().find(|s| s.jurisdiction == Jurisdiction::Gb).expect("a UK scheme");
        assert_eq!(gb.valid_from, date("2019-04-01"));
        assert_eq!(gb.rates.last().and_then(|r| r.valid_to), None);
        assert!(gb.providers.iter().any(|p| p.name == "BT"));
        assert!(gb.rates.windows(2).all(|w| w[0].delayed_repair < w[1].delayed_repair), "the amounts only rise");
    }

    #[test]
    fn broken_scheme_data_is_refused() {
        let packs = rule_packs();
        let scheme = || compensation_schemes().expect("loads")[0].clone();
        let refused = |scheme: CompensationScheme| scheme.check(&packs).expect_err("refused");
        let mut gap = scheme();
        gap.rates[1].valid_from = date("2021-04-02");
        assert!(refused(gap).contains("do not end where the next ones begin"));
        let mut open_middle = scheme();
        open_middle.rates[0].valid_to = None;
        assert!(refused(open_middle).contains("do not end"));
        let mut zero = scheme();
        zero.rates[2].missed_appointment = Pence(0);
        assert!(refused(zero).contains("zero"));
        let mut late_start = scheme();
        late_start.valid_from = date("2019-01-01");
        assert!(refused(late_start).contains("do not start"));
        let mut unsourced = scheme();
        unsourced.rates[3].source = " ".into();
        assert!(refused(unsourced).contains("no source"));
        let mut early = scheme();
        early.providers[0].joined = date("2018-01-01");
        assert!(refused(early).contains("joined before"));
        let mut currency = scheme();
        currency.currency = "£".into();
        assert!(refused(currency).contains("ISO 4217"));
        assert_eq!(scheme().check(&packs), Ok(()));
    }

    fn rule_packs() -> Vec<RulePack> {
        super::super::rule_packs().expect("packs load").to_vec()
    }

    #[test]
    fn the_data_file_refuses_amounts_that_are_not_pounds_and_pence() {
        let text = include_str!("../../../../templates/rules/compensation-gb.toml").replacen("\"8.00\"", "8.00", 1);
        let error = toml::from_str::<CompensationScheme>(&text).expect_err("a number is refused");
        assert!(error.to_string().contains("string"), "{error}");
        let text = include_str!("../../../../templates/rules/compensation-gb.toml").replacen("\"8.00\"", "\"8\"", 1);
        let error = toml::from_str::<CompensationScheme>(&text).expect_err("no pence");
        assert!(error.to_string().contains("is not an amount"), "{error}");
    }
}
