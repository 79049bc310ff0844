//! Legal deadlines: when an answer is due, and on what legal basis.
//!
//! Complaints are won on dates, and a date is only worth showing with its reason. Every rule is data
//! (`templates/rules/<jurisdiction>.toml`) with a source, a basis text in each language and the dates it is in
//! force; working-day calendars are data too (`templates/rules/calendar-<country>.toml`). Both are compiled in,
//! parsed once, and checked by the tests, so a change in the law is an edit of data.
//!
//! Days are counted as the Russian Civil Code counts them (arts. 191–193): from the day after the event, months
//! to the same-numbered day, and — where the pack says so — a last day that is a day off moves to the next
//! working day.

mod basis;
mod calendar;
mod compensation;
mod form;
mod pack;
mod profile;
mod serde_date;
mod term;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

pub use basis::{Basis, FALLBACK_LANGUAGE};
pub use calendar::{CalendarYear, DayOff, SkippedDay, WorkCalendar};
pub use compensation::{
    CompensationDue, CompensationItem, CompensationKind, CompensationScheme, Pence, Rates, SchemeProvider, Service,
};
pub use form::{FormField, FormValue, OnlineForm, UploadLimits};
pub use pack::{Condition, Currency, PackProfile, Rule, RuleKind, RulePack};
pub use profile::JurisdictionProfile;
pub use term::{Term, Unit};

use crate::bundled;
use crate::error::ErrorCode;
use crate::models::{Case, Jurisdiction, Language, Terms};
use calendar::Counter;

/// A computed deadline with everything the user needs to trust it or to check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Due {
    /// The last day the answer is on time (a letter handed in or posted that day is on time).
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    /// The rule applied, so the case can store and later re-explain it.
    pub rule_id: String,
    /// The kind of that rule, which says what the date means (an answer due, a referral possible).
    #[serde(skip)]
    pub rule_kind: RuleKind,
    /// The rule leaves the term to the customer, who has not entered it: its length is only the app's default,
    /// which no letter may state as the company's term.
    #[serde(skip)]
    pub term_is_default: bool,
    /// The law and article, or the regulator's page.
    pub source: String,
    /// The rule in one line, in the requested language, for the customer.
    pub basis: String,
    /// The term as the letters to the company state it (empty for deadlines no letter quotes).
    pub letter: String,
    /// The length of the term in this case (the customer's own where the rule leaves it to them).
    pub term: Term,
    /// Since when the rule applies.
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub valid_from: NaiveDate,
    /// Until when it applied, if it has been replaced since.
    #[serde(with = "serde_date::option")]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub valid_to: Option<NaiveDate>,
    /// The day the term was counted from: the receipt, or the latest lawful registration for rules that run from
    /// registration.
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub counted_from: NaiveDate,
    /// The latest date if the addressee extends the term with a notice, where the law allows it.
    #[serde(with = "serde_date::option")]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub extended_date: Option<NaiveDate>,
    /// The date rests on something not yet confirmed (a rule marked for checking, or a calendar year that is
    /// missing or unconfirmed): the interface asks the user to check it.
    pub verify: bool,
    /// The term runs from a registration whose date is not known, so it is counted from the latest day the law
    /// allows for it: the date is the latest the answer can be due, and is shown as an estimate until the
    /// registration date is entered.
    pub estimated: bool,
    /// How the date was worked out, day by day, so the customer can check it and show it.
    pub calculation: Calculation,
}

/// The working of one deadline: where it starts, the registration it may run from, and every day skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Calculation {
    /// The day of the event the term is counted from: the letter's receipt, the bill, the final answer.
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub start: NaiveDate,
    /// For a term that runs from the addressee's registration of the letter: how that day was found.
    pub registration: Option<Registration>,
    /// The term's last day before a last day that is a day off is moved.
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub term_end: NaiveDate,
    /// Every day passed over, in date order, with its reason: the days off between receipt and registration,
    /// the working days' count, and the move of a last day that is a day off.
    pub skipped: Vec<SkippedDay>,
    /// The law on counting terms.
    pub counting: String,
}

/// The registration a term runs from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Registration {
    /// The rule that sets the latest day of registration.
    pub source: String,
    /// The latest day the law allows for registering the letter.
    #[serde(with = "serde_date")]
    #[cfg_attr(test, ts(type = "string"))]
    pub latest: NaiveDate,
    /// The day the addressee registered it, as its stamp or its notice says; `None` while unknown.
    #[serde(with = "serde_date::option")]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub stated: Option<NaiveDate>,
}

/// When a letter reached its addressee and, once known, the day the addressee registered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    /// The day it was received.
    pub received: NaiveDate,
    /// The registration day from the stamp on the applicant's copy or the addressee's notice.
    pub registered: Option<NaiveDate>,
}

impl From<NaiveDate> for Receipt {
    fn from(received: NaiveDate) -> Self {
        Receipt { received, registered: None }
    }
}

/// Which answer the customer is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// The company's answer to the claim (in the UK: when the complaint can go to the ADR scheme).
    ClaimAnswer,
    /// The answer to a personal-data request.
    DataRequestAnswer,
    /// A regulator's answer to a complaint.
    RegulatorAnswer,
}

/// The rule kinds that answer one [`DueKind`], and the one named when none is in force.
struct KindsFor {
    reported: RuleKind,
    all: &'static [RuleKind],
}

impl DueKind {
    /// The rule kinds that answer this question.
    fn rule_kinds(self) -> KindsFor {
        match self {
            Self::ClaimAnswer => {
                KindsFor { reported: RuleKind::ClaimAnswer, all: &[RuleKind::ClaimAnswer, RuleKind::AdrReferral] }
            }
            Self::DataRequestAnswer => {
                KindsFor { reported: RuleKind::DataRequestAnswer, all: &[RuleKind::DataRequestAnswer] }
            }
            Self::RegulatorAnswer => {
                KindsFor { reported: RuleKind::RegulatorAnswer, all: &[RuleKind::RegulatorAnswer] }
            }
        }
    }
}

/// Why no deadline could be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum RulesError {
    /// No rule of that kind is in force in the jurisdiction on that date (the interface then asks for the date
    /// by hand rather than guess).
    #[error("no {} rule for {jurisdiction:?} is in force on {date}", kind.id())]
    NoRule {
        /// The case's jurisdiction.
        jurisdiction: Jurisdiction,
        /// The kind of deadline asked for.
        kind: RuleKind,
        /// The day the letter was received.
        #[serde(with = "serde_date")]
        date: NaiveDate,
    },
    /// No rule has this id (a stored id from an older build, or a typo).
    #[error("there is no rule “{id}”")]
    UnknownRule {
        /// The id asked for.
        id: String,
    },
    /// No web form has this id (the window asked for one the packs do not hold).
    #[error("there is no web form “{id}”")]
    UnknownForm {
        /// The id asked for.
        id: String,
    },
    /// The rule exists but did not apply on that date.
    #[error("rule “{id}” is not in force on {date}")]
    NotInForce {
        /// The rule's id.
        id: String,
        /// The day the letter was received.
        #[serde(with = "serde_date")]
        date: NaiveDate,
    },
    /// A compiled-in rule or calendar file is broken (the tests keep this from shipping).
    #[error("{file}: {message}")]
    BadData {
        /// The data file.
        file: String,
        /// What is wrong with it.
        message: String,
    },
    /// The date cannot be counted from: beyond the calendar's range, or no working day anywhere near it.
    #[error("no deadline can be counted from {date}")]
    OutOfRange {
        /// The day counting started from.
        #[serde(with = "serde_date")]
        date: NaiveDate,
    },
}

impl RulesError {
    /// No rule covers the term on that date, or the date cannot be counted: the term is left out rather than
    /// guessed, unlike damaged data, which is an error.
    pub fn is_uncovered(&self) -> bool {
        matches!(self, Self::NoRule { .. } | Self::NotInForce { .. } | Self::OutOfRange { .. })
    }

    /// Stable machine-readable reason, translated by the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NoRule { .. } => ErrorCode::NoRule,
            Self::UnknownRule { .. } => ErrorCode::UnknownRule,
            Self::UnknownForm { .. } => ErrorCode::UnknownForm,
            Self::NotInForce { .. } => ErrorCode::NotInForce,
            Self::BadData { .. } => ErrorCode::BadData,
            Self::OutOfRange { .. } => ErrorCode::OutOfRange,
        }
    }
}

/// Everything parsed from the data files.
struct Data {
    packs: Vec<RulePack>,
    calendars: Vec<WorkCalendar>,
    schemes: Vec<CompensationScheme>,
}

impl Data {
    fn pack(&self, jurisdiction: Jurisdiction) -> Option<&RulePack> {
        self.packs.iter().find(|p| p.jurisdiction == jurisdiction)
    }

    fn calendar(&self, pack: &RulePack) -> Option<&WorkCalendar> {
        pack.calendar.as_ref().and_then(|id| self.calendars.iter().find(|c| c.id == *id))
    }
}

fn bad_data(file: &str, message: impl Into<String>) -> RulesError {
    RulesError::BadData { file: format!("templates/rules/{file}"), message: message.into() }
}

fn load() -> Result<Data, RulesError> {
    let mut calendars = Vec::new();
    for (file, text) in bundled::files_in("rules", "calendar-") {
        let calendar: WorkCalendar = toml::from_str(text).map_err(|e| bad_data(file, e.to_string()))?;
        calendar.check().map_err(|message| bad_data(file, message))?;
        if file != format!("calendar-{}.toml", calendar.id) {
            return Err(bad_data(file, format!("the calendar's id is “{}”, not its file's", calendar.id)));
        }
        calendars.push(calendar);
    }
    let mut packs = Vec::new();
    for jurisdiction in Jurisdiction::ALL {
        let file = format!("{}.toml", jurisdiction.id());
        let text = bundled::file(&format!("rules/{file}")).ok_or_else(|| bad_data(&file, "the pack is missing"))?;
        let mut pack: RulePack = toml::from_str(text).map_err(|e| bad_data(&file, e.to_string()))?;
        pack.letter_languages = law_languages(jurisdiction);
        packs.push((file, pack));
    }
    pack::check(&packs, &calendars).map_err(|(file, message)| bad_data(&file, message))?;
    let packs: Vec<RulePack> = packs.into_iter().map(|(_, pack)| pack).collect();
    let mut schemes: Vec<CompensationScheme> = Vec::new();
    for (file, text) in bundled::files_in("rules", "compensation-") {
        let scheme: CompensationScheme = toml::from_str(text).map_err(|e| bad_data(file, e.to_string()))?;
        scheme.check(&packs).map_err(|message| bad_data(file, message))?;
        if schemes.iter().any(|s| s.jurisdiction == scheme.jurisdiction) {
            return Err(bad_data(file, format!("a second scheme for {:?}", scheme.jurisdiction)));
        }
        schemes.push(scheme);
    }
    Ok(Data { packs, calendars, schemes })
}

/// The languages `jurisdiction`'s law is written in: those with a `templates/law/<id>/<lang>.tera`.
fn law_languages(jurisdiction: Jurisdiction) -> Vec<Language> {
    let written = |lang: &Language| bundled::file(&format!("law/{}/{}.tera", jurisdiction.id(), lang.id())).is_some();
    Language::ALL.into_iter().filter(written).collect()
}

fn data() -> Result<&'static Data, RulesError> {
    static DATA: OnceLock<Result<Data, RulesError>> = OnceLock::new();
    DATA.get_or_init(load).as_ref().map_err(Clone::clone)
}

/// The rule packs of every jurisdiction, for the screen that lists which rules the app applies and why.
pub fn rule_packs() -> Result<&'static [RulePack], RulesError> {
    Ok(&data()?.packs)
}

/// The languages letters for `jurisdiction` can be written in: those its law is written in.
pub fn letter_languages(jurisdiction: Jurisdiction) -> Result<&'static [Language], RulesError> {
    let data = data()?;
    Ok(data.pack(jurisdiction).map_or(&[][..], |pack| pack.letter_languages.as_slice()))
}

/// Every jurisdiction's profile, in the order of the packs.
pub fn jurisdiction_profiles() -> Result<Vec<JurisdictionProfile>, RulesError> {
    let data = data()?;
    Ok(data.packs.iter().map(|pack| JurisdictionProfile::of(pack, &data.schemes)).collect())
}

/// The working-day calendars with each year's source, so the interface can show where days off come from and
/// which years still need checking.
pub fn calendars() -> Result<&'static [WorkCalendar], RulesError> {
    Ok(&data()?.calendars)
}

/// When the company's (or regulator's) answer to this case is due; `None` while the letter of that kind has no
/// valid date of receipt (not recorded, or its date not a case date, see [`crate::dates::read_date`]).
///
/// The term is counted from the day the addressee received the letter, or from the registration day the customer
/// entered (a registration date that is not a case date counts as unknown; the check reports it).
pub fn due(case: &Case, kind: DueKind, lang: Language) -> Result<Option<Due>, RulesError> {
    let submission = match kind {
        DueKind::ClaimAnswer => case.sent.as_ref(),
        DueKind::DataRequestAnswer => case.data_request.as_ref(),
        DueKind::RegulatorAnswer => case.regulator_complaint.as_ref(),
    };
    let Some(submission) = submission else { return Ok(None) };
    let Some(received) = crate::dates::parse_date(&submission.date) else { return Ok(None) };
    let receipt = Receipt { received, registered: crate::dates::parse_date(&submission.registered_on) };
    due_from(case.jurisdiction, &case.terms, kind, receipt, lang).map(Some)
}

/// The deadline for a letter received on `received`, from the facts alone: the computation behind [`due`].
///
/// Among the rules of the kind in force on `received` whose condition holds, a rule about a particular fact
/// (long-distance calls, roaming) beats the general one. If several still apply (two regulators with different
/// terms, before the user says which one was written to), the latest date wins, so the app never calls an answer
/// late that may still be on time; [`due_for_rule`] gives one body's date.
pub fn due_from(
    jurisdiction: Jurisdiction,
    terms: &Terms,
    kind: DueKind,
    receipt: impl Into<Receipt>,
    lang: Language,
) -> Result<Due, RulesError> {
    let kinds = kind.rule_kinds();
    latest_among(jurisdiction, terms, kinds.reported, kinds.all, receipt.into(), lang)
}

/// The last day of any kind of term counted from `event`, e.g. the claim window from the date of the bill.
pub fn deadline(
    jurisdiction: Jurisdiction,
    terms: &Terms,
    kind: RuleKind,
    event: NaiveDate,
    lang: Language,
) -> Result<Due, RulesError> {
    latest_among(jurisdiction, terms, kind, &[kind], event.into(), lang)
}

/// The deadline by one named rule, for when the user has said which body or which term applies.
pub fn due_for_rule(rule_id: &str, terms: &Terms, received: NaiveDate, lang: Language) -> Result<Due, RulesError> {
    let data = data()?;
    let (pack, rule) = data
        .packs
        .iter()
        .find_map(|pack| pack.rule(rule_id).map(|rule| (pack, rule)))
        .ok_or_else(|| RulesError::UnknownRule { id: rule_id.to_string() })?;
    compute(data, pack, rule, terms, received.into(), lang)
}

/// The last working day before `date` in the jurisdiction's calendar, for a reminder that leaves a day to act.
pub fn working_day_before(jurisdiction: Jurisdiction, date: NaiveDate) -> Result<NaiveDate, RulesError> {
    let data = data()?;
    let calendar = data.pack(jurisdiction).and_then(|pack| data.calendar(pack));
    Counter::new(calendar, Language::En).previous_working_day(date).ok_or(RulesError::OutOfRange { date })
}

/// Whether the answer is late on `today`: only strictly after the due date, because a letter handed in or
/// posted on the last day is on time (Civil Code art. 194).
pub fn is_overdue(due: &Due, today: NaiveDate) -> bool {
    today > due.date
}

fn latest_among(
    jurisdiction: Jurisdiction,
    terms: &Terms,
    reported: RuleKind,
    kinds: &[RuleKind],
    receipt: Receipt,
    lang: Language,
) -> Result<Due, RulesError> {
    let data = data()?;
    let event = receipt.received;
    let no_rule = || RulesError::NoRule { jurisdiction, kind: reported, date: event };
    let pack = data.pack(jurisdiction).ok_or_else(no_rule)?;
    let candidates: Vec<&Rule> =
        pack.rules.iter().filter(|r| kinds.contains(&r.kind) && r.in_force(event) && r.applies(terms)).collect();
    let specific = candidates.iter().any(|r| r.is_specific());
    let mut latest: Option<Due> = None;
    for rule in candidates.into_iter().filter(|r| r.is_specific() == specific) {
        let due = compute(data, pack, rule, terms, receipt, lang)?;
        if latest.as_ref().is_none_or(|best| due.date > best.date) {
            latest = Some(due);
        }
    }
    latest.ok_or_else(no_rule)
}

/// A rule's deadline for a letter received as `receipt` says: counted from the receipt, or from the registration
/// the rule runs from (the stated day, else the latest the law allows), with every day skipped on the way.
fn compute(
    data: &Data,
    pack: &RulePack,
    rule: &Rule,
    terms: &Terms,
    receipt: Receipt,
    lang: Language,
) -> Result<Due, RulesError> {
    let event = receipt.received;
    let not_in_force = |id: &str| RulesError::NotInForce { id: id.to_string(), date: event };
    let out_of_range = |date| RulesError::OutOfRange { date };
    if !rule.in_force(event) {
        return Err(not_in_force(&rule.id));
    }
    let calendar = data.calendar(pack);
    let mut counter = Counter::new(calendar, lang);
    let mut verify = rule.needs_checking(terms);
    let registration = match &rule.after {
        None => None,
        Some(first_id) => Some(registration(pack, calendar, first_id, terms, receipt, &mut counter)?),
    };
    verify |= registration.as_ref().is_some_and(|(_, _, unconfirmed)| *unconfirmed);
    let counted_from = registration.as_ref().map_or(event, |(_, from, _)| *from);
    let estimated = registration.as_ref().is_some_and(|(r, _, _)| r.stated.is_none());
    let term = rule.term_for(terms);
    let moves = pack.moves(rule);
    let (term_end, date) = counter.end_and_move(counted_from, term, moves).ok_or(out_of_range(counted_from))?;
    verify |= counter.unconfirmed;
    let mut skipped = std::mem::take(&mut counter.skipped);
    skipped.sort_by_key(|day| day.date);
    let extended_date =
        rule.extension.map(|term| counter.end_of(date, term, moves).ok_or(out_of_range(date))).transpose()?;
    let longest = rule
        .extension_within
        .map(|whole| counter.end_of(counted_from, whole, moves).ok_or(out_of_range(counted_from)))
        .transpose()?;
    let extended_date = extended_date.map(|extended| longest.map_or(extended, |cap| extended.min(cap)));
    Ok(Due {
        date,
        rule_id: rule.id.clone(),
        rule_kind: rule.kind,
        term_is_default: rule.when == Some(Condition::UserTerm) && terms.reply_days.is_none(),
        source: rule.source.clone(),
        basis: with_amount(rule.basis_for(terms).get(lang), term.amount),
        letter: rule.letter.as_ref().map_or_else(String::new, |l| with_amount(l.get(lang), term.amount)),
        term,
        valid_from: rule.valid_from,
        valid_to: rule.valid_to,
        counted_from,
        extended_date,
        verify,
        estimated,
        calculation: Calculation {
            start: event,
            registration: registration.map(|(registration, _, _)| registration),
            term_end,
            skipped,
            counting: pack.counting.clone(),
        },
    })
}

/// The registration a term runs from, the day counting starts (the stated registration, kept within what the
/// law allows, else the latest lawful day), and whether that day rests on unconfirmed data. Only an estimated
/// registration's skipped days join `counter`'s, because only then are they part of the working.
fn registration(
    pack: &RulePack,
    calendar: Option<&WorkCalendar>,
    first_id: &str,
    terms: &Terms,
    receipt: Receipt,
    counter: &mut Counter<'_>,
) -> Result<(Registration, NaiveDate, bool), RulesError> {
    let event = receipt.received;
    let first = pack.rule(first_id).ok_or_else(|| RulesError::UnknownRule { id: first_id.to_string() })?;
    if !first.in_force(event) {
        return Err(RulesError::NotInForce { id: first_id.to_string(), date: event });
    }
    let mut registering = Counter::new(calendar, counter.lang);
    let latest = registering
        .end_of(event, first.term_for(terms), pack.moves(first))
        .ok_or(RulesError::OutOfRange { date: event })?;
    // A registration later than the law allows does not lengthen the term; an earlier one shortens it.
    let stated = receipt.registered.map(|day| day.clamp(event, latest));
    let unconfirmed = stated.is_none() && (first.needs_checking(terms) || registering.unconfirmed);
    if stated.is_none() {
        counter.skipped = registering.skipped;
    }
    let registration = Registration { source: first.source.clone(), latest, stated: receipt.registered };
    Ok((registration, stated.unwrap_or(latest), unconfirmed))
}

/// What the case is owed under its jurisdiction's scheme on `today` (the letter's date).
///
/// `None` when no scheme applies: not an outage, no scheme in the jurisdiction, the customer has not said their
/// provider signed up, the fault report's date is missing or not a date, the report is before the scheme or after
/// `today`, the repair date is unreadable, before the report or after `today`, or nothing is owed. A repair is late once the
/// scheme's window after the day of the report has ended without it: the window's last day is paid for, then
/// every further day until the day of the repair (which is not); while the service is still down the days are
/// counted up to the day before `today`. Each day and each missed appointment is paid at the amount in force on
/// its date.
pub fn compensation_due(case: &Case, today: NaiveDate) -> Result<Option<CompensationDue>, RulesError> {
    let Some(loss) = case.loss_of_service.as_ref().filter(|l| l.provider_in_scheme) else {
        return Ok(None);
    };
    if case.incident != compensation::COMPENSATED_INCIDENT {
        return Ok(None);
    }
    let data = data()?;
    let Some(scheme) = data.schemes.iter().find(|s| s.jurisdiction == case.jurisdiction) else {
        return Ok(None);
    };
    let calendar = data.pack(case.jurisdiction).and_then(|pack| data.calendar(pack));
    compensation::owed(scheme, calendar, loss, today).map_err(|date| RulesError::OutOfRange { date })
}

/// The automatic compensation schemes, for the screens that explain them and list who signed up.
pub fn compensation_schemes() -> Result<&'static [CompensationScheme], RulesError> {
    Ok(&data()?.schemes)
}

/// A rule's letter wording with its term filled in: `{amount}` is the number, and `{amount:день|дня|дней}` the
/// number with the noun in the form the number needs, so a term the customer set reads «21 день», not «21 дней».
/// The wording says by how many forms it gives which way its language counts: three are one, few and many, as
/// East Slavic languages count (1, 21 день; 2–4, 22 дня; 5–20, 25 дней); two are one and other.
fn with_amount(wording: &str, amount: u32) -> String {
    let mut out = String::with_capacity(wording.len() + 8);
    let mut rest = wording;
    while let Some(start) = rest.find("{amount") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}').map(|end| start + end) else { break };
        out.push_str(&amount.to_string());
        if let Some(forms) = rest[start + "{amount".len()..end].strip_prefix(':') {
            let forms: Vec<&str> = forms.split('|').collect();
            let (last_two, last) = (amount % 100, amount % 10);
            let index = match forms.len() {
                3 if last == 1 && last_two != 11 => 0,
                3 if (2..=4).contains(&last) && !(12..=14).contains(&last_two) => 1,
                3 => 2,
                _ => usize::from(amount != 1),
            };
            out.push('\u{a0}');
            out.push_str(forms.get(index).or(forms.last()).copied().unwrap_or_default());
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}
