//! Field-by-field checks of a case, reporting every problem at once with its path.
//!
//! A case is saved whatever its state (nothing typed is ever lost); these checks say what must
//! still be fixed before a letter can be printed.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use crate::dates::{self, DateError};
use crate::models::{Case, LetterKind, ReplyChannel, Submission};
use crate::text;

/// Longest free text accepted in one field (a few printed pages).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest one-line field (names, addresses, numbers).
pub const MAX_LINE_CHARS: usize = 500;

/// What is wrong with a field; the interface translates by this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// The field is empty but a letter needs it.
    Required,
    /// Not a `YYYY-MM-DD` calendar date.
    InvalidDate,
    /// A calendar date, but outside the years 1900–2100 the app accepts.
    DateOutOfRange,
    /// A date after today.
    FutureDate,
    /// Not an `HH:MM` time.
    InvalidTime,
    /// Answered before dialled, or ended before answered.
    TimesOutOfOrder,
    /// A date earlier than the date it follows (a repair before the fault report).
    DatesOutOfOrder,
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a phone number.
    InvalidPhone,
    /// Not a positive decimal amount.
    InvalidAmount,
    /// Not a three-letter currency code.
    InvalidCurrency,
    /// The answer is to go by e-mail but there is no e-mail address.
    EmailReplyNeedsEmail,
    /// The answer is to go by SMS but there is no phone number.
    SmsReplyNeedsPhone,
    /// Longer than the field allows.
    TooLong,
    /// Contains control characters (a line break in a one-line field, a bell, an escape…).
    ControlCharacter,
    /// Contains an invisible format character: a zero-width space or joiner, a direction mark, a
    /// bidirectional override, a byte-order mark, a soft hyphen… (see [`crate::text::is_invisible`]).
    InvisibleCharacter,
    /// Not a SHA-256 in hex.
    InvalidHash,
    /// A reply term outside 1 to [`MAX_REPLY_DAYS`] days.
    ReplyDaysOutOfRange,
    /// A character the letter's font cannot print (an emoji, a private-use character…).
    UnprintableCharacter,
    /// A claim handed in before the first claim letter of the case was dated: it cannot have been.
    BeforeClaimLetter,
    /// A letter language the jurisdiction's law is not written in (see [`crate::check::language_problem`]).
    LanguageNotOffered,
}

/// The longest reply term a company's conditions can set that the app accepts: a year.
pub const MAX_REPLY_DAYS: u32 = 366;

/// One thing to fix, located by a path such as `customer.email` or `events[2].date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Problem {
    /// Dotted path of the field, with list indexes.
    pub path: String,
    /// Machine-readable reason, for translation.
    pub code: ProblemCode,
    /// The reason in English, for the CLI and logs.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl ProblemCode {
    fn message(self) -> &'static str {
        match self {
            Self::Required => "is required",
            Self::InvalidDate => "is not a date of the form YYYY-MM-DD",
            Self::DateOutOfRange => "is not between 1900 and 2100",
            Self::FutureDate => "is in the future",
            Self::InvalidTime => "is not a time of the form HH:MM",
            Self::TimesOutOfOrder => "is earlier than the time before it",
            Self::DatesOutOfOrder => "is earlier than the date before it",
            Self::InvalidEmail => "is not an e-mail address",
            Self::InvalidPhone => "is not a phone number",
            Self::InvalidAmount => "is not a positive amount such as 350 or 1200.50",
            Self::InvalidCurrency => "is not a three-letter currency code such as RUB",
            Self::EmailReplyNeedsEmail => "asks for an answer by e-mail, but customer.email is empty",
            Self::SmsReplyNeedsPhone => "asks for an answer by SMS, but customer.phone is empty",
            Self::TooLong => "is too long",
            Self::ControlCharacter => "contains control characters",
            Self::InvisibleCharacter => "contains an invisible character",
            Self::InvalidHash => "is not a SHA-256 hash",
            Self::ReplyDaysOutOfRange => "is not a number of days from 1 to 366",
            Self::UnprintableCharacter => "contains a character the letter's font cannot print",
            Self::BeforeClaimLetter => "is before the date of the claim letter",
            Self::LanguageNotOffered => "is a language the jurisdiction's law is not written in",
        }
    }
}

/// Collects problems while walking the case.
struct Report {
    today: NaiveDate,
    problems: Vec<Problem>,
}

impl Report {
    fn push(&mut self, path: impl Into<String>, code: ProblemCode) {
        self.problems.push(Problem { path: path.into(), code, message: code.message().to_owned() });
    }

    /// Checks length, control and invisible characters; returns whether the field has any text that prints.
    ///
    /// A carriage return counts as the line break it is (the store turns CR LF and a lone CR into LF, and the
    /// letter prints either as a line break): allowed where a line break is, a control character elsewhere.
    fn text(&mut self, path: &str, value: &str, multiline: bool) -> bool {
        let value = text::normalize_str(value);
        let limit = if multiline { MAX_TEXT_CHARS } else { MAX_LINE_CHARS };
        if value.chars().count() > limit {
            self.push(path, ProblemCode::TooLong);
        }
        let allowed = |c: char| multiline && (c == '\n' || c == '\t');
        if value.chars().any(|c| c.is_control() && !allowed(c)) {
            self.push(path, ProblemCode::ControlCharacter);
        }
        if let Some(c) = text::find_invisible(&value) {
            let code = ProblemCode::InvisibleCharacter;
            let message = format!("{} U+{:04X}", code.message(), u32::from(c));
            self.problems.push(Problem { path: path.to_owned(), code, message });
        }
        !text::is_blank(&value)
    }

    fn required_line(&mut self, path: &str, value: &str) {
        if !self.text(path, value, false) {
            self.push(path, ProblemCode::Required);
        }
    }

    fn required_text(&mut self, path: &str, value: &str) {
        if !self.text(path, value, true) {
            self.push(path, ProblemCode::Required);
        }
    }

    fn date(&mut self, path: &str, value: &str) -> Option<NaiveDate> {
        if !self.text(path, value, false) {
            self.push(path, ProblemCode::Required);
            return None;
        }
        match dates::read_date(value) {
            Ok(date) if date > self.today => {
                self.push(path, ProblemCode::FutureDate);
                Some(date)
            }
            Ok(date) => Some(date),
            Err(DateError::Invalid) => {
                self.push(path, ProblemCode::InvalidDate);
                None
            }
            Err(DateError::OutOfRange) => {
                self.push(path, ProblemCode::DateOutOfRange);
                None
            }
        }
    }

    /// An optional `HH:MM`; `None` when empty or invalid.
    fn time(&mut self, path: &str, value: &str) -> Option<NaiveTime> {
        if !self.text(path, value, false) {
            return None;
        }
        let parsed = NaiveTime::parse_from_str(value.trim(), "%H:%M").ok();
        if parsed.is_none() {
            self.push(path, ProblemCode::InvalidTime);
        }
        parsed
    }
}

/// Every problem in the case, in the order of the wizard's steps.
pub fn validate(case: &Case, today: NaiveDate) -> Vec<Problem> {
    let mut r = Report { today, problems: Vec::new() };
    r.company(case);
    r.customer(case);
    r.events(case);
    r.contacts(case);
    r.demands(case);
    r.reply(case);
    r.loss_of_service(case);
    r.sent_and_answer(case);
    r.evidence(case);
    r.problems
}

/// The checks of each step of the wizard.
impl Report {
    /// The case's title and the company it is against.
    fn company(&mut self, case: &Case) {
        self.text("title", &case.title, false);
        self.required_line("company.legal_name", &case.company.legal_name);
        self.required_text("company.claims_address", &case.company.claims_address);
        self.text("company.office", &case.company.office, true);
    }

    /// The customer's details; an account number is required unless the debt is a stranger's.
    fn customer(&mut self, case: &Case) {
        let customer = &case.customer;
        self.required_line("customer.full_name", &customer.full_name);
        self.required_text("customer.postal_address", &customer.postal_address);
        if self.text("customer.email", &customer.email, false) && !is_email(customer.email.trim()) {
            self.push("customer.email", ProblemCode::InvalidEmail);
        }
        if self.text("customer.phone", &customer.phone, false) && !is_phone(customer.phone.trim()) {
            self.push("customer.phone", ProblemCode::InvalidPhone);
        }
        // Someone who receives a stranger's debt notice has no account with the company.
        let has_account = self.text("customer.account", &customer.account, false);
        if !has_account && case.incident != crate::models::IncidentType::WrongPersonDebt {
            self.push("customer.account", ProblemCode::Required);
        }
    }

    /// What happened: at least one event, each dated, with a valid amount when it has one.
    fn events(&mut self, case: &Case) {
        if case.events.is_empty() {
            self.push("events", ProblemCode::Required);
        }
        for (i, event) in case.events.iter().enumerate() {
            let at = format!("events[{i}]");
            self.date(&format!("{at}.date"), &event.date);
            self.time(&format!("{at}.time"), &event.time);
            self.required_text(&format!("{at}.text"), &event.text);
            self.text(&format!("{at}.reference"), &event.reference, false);
            if let Some(money) = &event.amount {
                if !is_amount(&money.value) {
                    self.push(format!("{at}.amount.value"), ProblemCode::InvalidAmount);
                }
                if !is_currency(&money.currency) {
                    self.push(format!("{at}.amount.currency"), ProblemCode::InvalidCurrency);
                }
            }
        }
    }

    /// Calls, chats and visits, their times in the order they happened.
    fn contacts(&mut self, case: &Case) {
        for (i, contact) in case.contacts.iter().enumerate() {
            let at = format!("contacts[{i}]");
            self.date(&format!("{at}.date"), &contact.date);
            let times = [("dialled", &contact.dialled), ("answered", &contact.answered), ("ended", &contact.ended)];
            let mut previous: Option<NaiveTime> = None;
            for (name, value) in times {
                let path = format!("{at}.{name}");
                if let Some(time) = self.time(&path, value) {
                    if previous.is_some_and(|p| time < p) {
                        self.push(path, ProblemCode::TimesOutOfOrder);
                    }
                    previous = Some(time);
                }
            }
            self.text(&format!("{at}.agent"), &contact.agent, false);
            self.text(&format!("{at}.ticket"), &contact.ticket, false);
            self.text(&format!("{at}.summary"), &contact.summary, true);
        }
    }

    /// At least one demand, none blank.
    fn demands(&mut self, case: &Case) {
        if case.demands.iter().all(|d| text::is_blank(d)) {
            self.push("demands", ProblemCode::Required);
        }
        for (i, demand) in case.demands.iter().enumerate() {
            self.required_text(&format!("demands[{i}]"), demand);
        }
    }

    /// How the answer is to come, and the term the customer set for it.
    fn reply(&mut self, case: &Case) {
        match case.reply_channel {
            ReplyChannel::Email if text::is_blank(&case.customer.email) => {
                self.push("reply_channel", ProblemCode::EmailReplyNeedsEmail);
            }
            ReplyChannel::Sms if text::is_blank(&case.customer.phone) => {
                self.push("reply_channel", ProblemCode::SmsReplyNeedsPhone);
            }
            _ => {}
        }

        if case.terms.reply_days.is_some_and(|days| !(1..=MAX_REPLY_DAYS).contains(&days)) {
            self.push("terms.reply_days", ProblemCode::ReplyDaysOutOfRange);
        }
    }

    /// The fault report, the repair and the missed appointments of a lost service, once the customer gives them.
    fn loss_of_service(&mut self, case: &Case) {
        let Some(loss) = &case.loss_of_service else { return };
        let reported = if text::is_blank(&loss.reported) {
            self.push("loss_of_service.reported", ProblemCode::Required);
            None
        } else {
            self.date("loss_of_service.reported", &loss.reported)
        };
        if !text::is_blank(&loss.restored) {
            let restored = self.date("loss_of_service.restored", &loss.restored);
            if restored.zip(reported).is_some_and(|(restored, reported)| restored < reported) {
                self.push("loss_of_service.restored", ProblemCode::DatesOutOfOrder);
            }
        }
        for (i, day) in loss.missed_appointments.iter().enumerate() {
            self.date(&format!("loss_of_service.missed_appointments[{i}]"), day);
        }
    }

    /// The hand-in of the claim, the data request and the regulator complaint, and the company's answer, once
    /// recorded.
    fn sent_and_answer(&mut self, case: &Case) {
        if let Some(handed_in) = case.sent.as_ref().and_then(|sent| self.submission("sent", sent))
            && first_claim_letter(case).is_some_and(|claim| handed_in < claim)
        {
            self.push("sent.date", ProblemCode::BeforeClaimLetter);
        }
        for (field, submission) in
            [("data_request", &case.data_request), ("regulator_complaint", &case.regulator_complaint)]
        {
            if let Some(submission) = submission {
                self.submission(field, submission);
            }
        }
        if let Some(answer) = &case.answer {
            self.date("answer.date", &answer.date);
            self.text("answer.summary", &answer.summary, true);
            for (i, objection) in answer.objections.iter().enumerate() {
                self.text(&format!("answer.objections[{i}]"), objection, true);
            }
        }
    }

    /// One letter's delivery: its dates in order and its numbers; the day it arrived, when that is a date.
    fn submission(&mut self, field: &str, submission: &Submission) -> Option<NaiveDate> {
        let handed_in = self.date(&format!("{field}.date"), &submission.date);
        for (name, value) in [("registered_on", &submission.registered_on), ("answered_on", &submission.answered_on)] {
            if text::is_blank(value) {
                continue;
            }
            let path = format!("{field}.{name}");
            if self.date(&path, value).zip(handed_in).is_some_and(|(later, first)| later < first) {
                self.push(&path, ProblemCode::DatesOutOfOrder);
            }
        }
        self.text(&format!("{field}.registration_number"), &submission.registration_number, false);
        self.text(&format!("{field}.tracking_number"), &submission.tracking_number, false);
        handed_in
    }

    /// The evidence and the files attached to it.
    fn evidence(&mut self, case: &Case) {
        for (i, item) in case.evidence.iter().enumerate() {
            let at = format!("evidence[{i}]");
            self.required_text(&format!("{at}.description"), &item.description);
            for (j, file) in item.files.iter().enumerate() {
                let file_at = format!("{at}.files[{j}]");
                self.required_line(&format!("{file_at}.name"), &file.name);
                if !is_sha256(&file.sha256) {
                    self.push(format!("{file_at}.sha256"), ProblemCode::InvalidHash);
                }
                self.date(&format!("{file_at}.imported"), &file.imported);
            }
        }
    }
}

/// The date of the case's first claim letter: a claim cannot reach the company before it. Letters whose date
/// is not a case date are left out (the letters are the app's own records, not typed by the customer).
pub fn first_claim_letter(case: &Case) -> Option<NaiveDate> {
    case.letters.iter().filter(|l| l.kind == LetterKind::Claim).filter_map(|l| dates::parse_date(&l.date)).min()
}

/// One `@`, a non-empty local part, a dotted domain, no spaces.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// Digits with the usual separators, an optional leading `+`, between 5 and 15 digits.
fn is_phone(value: &str) -> bool {
    let body = value.strip_prefix('+').unwrap_or(value);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (5..=15).contains(&digits) && body.chars().all(|c| c.is_ascii_digit() || " -()".contains(c))
}

/// A positive decimal with at most two fraction digits; spaces group thousands.
fn is_amount(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let (whole, fraction) = match compact.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (compact.as_str(), ""),
    };
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    !whole.is_empty()
        && digits_only(whole)
        && digits_only(fraction)
        && fraction.len() <= 2
        && compact.chars().any(|c| c.is_ascii_digit() && c != '0')
}

fn is_currency(value: &str) -> bool {
    value.len() == 3 && value.chars().all(|c| c.is_ascii_uppercase())
}

fn is_sha256(value: &str) -> bool {
    value.len() == 64 && value.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{
        Case, ContactEntry, Event, IncidentType, IssuedLetter, Jurisdiction, Language, LossOfService, Money, Submission,
    };

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).expect("valid date")
    }

    fn complete_case() -> Case {
        let mut case = Case::new(IncidentType::PaymentNotCredited, Jurisdiction::Ru, Language::Ru);
        case.company.legal_name = "ПАО «МТС»".into();
        case.company.claims_address = "109147, Москва, ул. Марксистская, д. 4".into();
        case.customer.full_name = "Иван Иванович Иванов".into();
        case.customer.postal_address = "350000, Краснодар, ул. Красная, д. 1, кв. 2".into();
        case.customer.email = "ivanov@example.ru".into();
        case.customer.phone = "+7 (918) 123-45-67".into();
        case.customer.account = "+7 918 123-45-67".into();
        case.events.push(Event {
            date: "2026-11-02".into(),
            time: "14:05".into(),
            text: "Пополнил счёт через терминал, деньги не поступили.".into(),
            amount: Some(Money { value: "1 200,50".into(), currency: "RUB".into(), ..Money::default() }),
            reference: "№ 4411".into(),
            ..Event::default()
        });
        case.demands.push("Зачислить платёж на лицевой счёт.".into());
        case
    }

    fn paths(problems: &[Problem]) -> Vec<(&str, ProblemCode)> {
        problems.iter().map(|p| (p.path.as_str(), p.code)).collect()
    }

    #[test]
    fn a_complete_case_has_no_problems() {
        assert_eq!(validate(&complete_case(), today()), vec![]);
    }

    #[test]
    fn an_empty_case_lists_every_missing_field_not_just_the_first() {
        let case = Case::new(IncidentType::BillingDispute, Jurisdiction::Bg, Language::Bg);
        let problems = validate(&case, today());
        let found = paths(&problems);
        for expected in [
            "company.legal_name",
            "company.claims_address",
            "customer.full_name",
            "customer.postal_address",
            "customer.account",
            "events",
            "demands",
        ] {
            assert!(found.contains(&(expected, ProblemCode::Required)), "{expected} missing from {found:?}");
        }
    }

    #[test]
    fn a_stranger_debt_notice_needs_no_account_number() {
        let mut case = complete_case();
        case.incident = IncidentType::WrongPersonDebt;
        case.customer.account.clear();
        assert_eq!(validate(&case, today()), vec![]);
    }

    #[test]
    fn bad_values_are_reported_with_their_paths() {
        let mut case = complete_case();
        case.customer.email = "ivanov.example.ru".into();
        case.customer.phone = "call me".into();
        case.events[0].date = "2026-02-30".into();
        case.events[0].time = "25:00".into();
        case.events[0].amount = Some(Money { value: "-5".into(), currency: "rub".into(), ..Money::default() });
        case.events.push(Event { date: "2027-01-01".into(), text: "later".into(), ..Event::default() });
        case.contacts.push(ContactEntry {
            date: "2026-11-03".into(),
            dialled: "10:00".into(),
            answered: "09:30".into(),
            ..ContactEntry::default()
        });
        case.demands.push("   ".into());
        assert_eq!(
            paths(&validate(&case, today())),
            vec![
                ("customer.email", ProblemCode::InvalidEmail),
                ("customer.phone", ProblemCode::InvalidPhone),
                ("events[0].date", ProblemCode::InvalidDate),
                ("events[0].time", ProblemCode::InvalidTime),
                ("events[0].amount.value", ProblemCode::InvalidAmount),
                ("events[0].amount.currency", ProblemCode::InvalidCurrency),
                ("events[1].date", ProblemCode::FutureDate),
                ("contacts[0].answered", ProblemCode::TimesOutOfOrder),
                ("demands[1]", ProblemCode::Required),
            ]
        );
    }

    #[test]
    fn the_reply_channel_needs_the_matching_contact_detail() {
        let mut case = complete_case();
        case.customer.email.clear();
        case.reply_channel = ReplyChannel::Email;
        assert_eq!(paths(&validate(&case, today())), vec![("reply_channel", ProblemCode::EmailReplyNeedsEmail)]);
        case.customer.phone.clear();
        case.reply_channel = ReplyChannel::Sms;
        assert_eq!(paths(&validate(&case, today())), vec![("reply_channel", ProblemCode::SmsReplyNeedsPhone)]);
    }

    #[test]
    fn oversized_and_invisible_text_is_flagged() {
        let mut case = complete_case();
        case.customer.full_name = "И".repeat(MAX_LINE_CHARS + 1);
        case.events[0].text = "Звонок\u{7}".into();
        case.events[0].reference = "a\nb".into();
        assert_eq!(
            paths(&validate(&case, today())),
            vec![
                ("customer.full_name", ProblemCode::TooLong),
                ("events[0].text", ProblemCode::ControlCharacter),
                ("events[0].reference", ProblemCode::ControlCharacter),
            ]
        );
    }

    #[test]
    fn every_invisible_character_is_reported_with_its_field_and_code_point() {
        for c in crate::text::INVISIBLES {
            let mut case = complete_case();
            case.customer.full_name = format!("Иван{c}Иванов");
            case.company.claims_address = format!("{c}109147, Москва");
            case.events[0].text = format!("Пополнил счёт,{c} деньги не поступили.");
            case.demands[0] = format!("Зачислить платёж{c}");
            let problems = validate(&case, today());
            let fields = ["company.claims_address", "customer.full_name", "events[0].text", "demands[0]"];
            assert_eq!(
                paths(&problems),
                fields.map(|f| (f, ProblemCode::InvisibleCharacter)),
                "U+{:04X}",
                u32::from(c)
            );
            let message = format!("contains an invisible character U+{:04X}", u32::from(c));
            assert!(problems.iter().all(|p| p.message == message), "{problems:?}");
        }
    }

    #[test]
    fn a_field_holding_only_invisible_characters_is_empty() {
        let mut case = complete_case();
        case.customer.full_name = "\u{200B}".into();
        case.events[0].text = " \u{FEFF}\u{200E}\n".into();
        case.demands = vec!["\u{2060}".into()];
        assert_eq!(
            paths(&validate(&case, today())),
            vec![
                ("customer.full_name", ProblemCode::InvisibleCharacter),
                ("customer.full_name", ProblemCode::Required),
                ("events[0].text", ProblemCode::InvisibleCharacter),
                ("events[0].text", ProblemCode::Required),
                ("demands", ProblemCode::Required),
                ("demands[0]", ProblemCode::InvisibleCharacter),
                ("demands[0]", ProblemCode::Required),
            ]
        );
    }

    #[test]
    fn a_carriage_return_is_a_line_break_where_one_is_allowed_and_a_control_character_elsewhere() {
        let mut case = complete_case();
        case.events[0].text = "Первая строка.\r\nВторая.\rТретья.\r\n".into();
        case.demands[0] = "Зачислить платёж.\r\nВернуть комиссию.".into();
        case.company.claims_address = "109147, Москва,\r\nул. Марксистская, д. 4".into();
        assert_eq!(validate(&case, today()), vec![]);
        case.customer.full_name = "Иван\r\nИванов".into();
        case.events[0].reference = "№ 4411\r".into();
        assert_eq!(
            paths(&validate(&case, today())),
            vec![
                ("customer.full_name", ProblemCode::ControlCharacter),
                ("events[0].reference", ProblemCode::ControlCharacter),
            ]
        );
    }

    #[test]
    fn dates_are_read_strictly_and_within_the_years_the_app_accepts() {
        for (date, expected) in [
            ("2026-11-02", None),
            ("1900-01-01", None),
            (" 2026-11-02 ", None),
            ("2026-11-22", Some(ProblemCode::FutureDate)),
            ("2100-12-31", Some(ProblemCode::FutureDate)),
            ("-0001-01-01", Some(ProblemCode::InvalidDate)),
            ("2026-2-3", Some(ProblemCode::InvalidDate)),
            ("+2026-01-01", Some(ProblemCode::InvalidDate)),
            ("2026-02-30", Some(ProblemCode::InvalidDate)),
            ("02.11.2026", Some(ProblemCode::InvalidDate)),
            ("1899-12-31", Some(ProblemCode::DateOutOfRange)),
            ("2101-01-01", Some(ProblemCode::DateOutOfRange)),
        ] {
            let mut case = complete_case();
            case.events[0].date = date.into();
            let problems = validate(&case, today());
            let expected: Vec<_> = expected.map(|code| ("events[0].date", code)).into_iter().collect();
            assert_eq!(paths(&problems), expected, "{date:?}");
        }
    }

    #[test]
    fn the_range_message_says_the_range() {
        assert_eq!(ProblemCode::DateOutOfRange.message(), DateError::OutOfRange.to_string());
        assert!(ProblemCode::DateOutOfRange.message().contains(&dates::FIRST_YEAR.to_string()));
        assert!(ProblemCode::DateOutOfRange.message().contains(&dates::LAST_YEAR.to_string()));
    }

    #[test]
    fn a_lost_service_needs_its_report_date_and_a_repair_not_before_it() {
        let mut case = complete_case();
        case.loss_of_service = Some(LossOfService {
            restored: "2026-11-01".into(),
            missed_appointments: vec!["2026-11-03".into(), "3 Nov".into()],
            ..LossOfService::default()
        });
        assert_eq!(
            paths(&validate(&case, today())),
            vec![
                ("loss_of_service.reported", ProblemCode::Required),
                ("loss_of_service.missed_appointments[1]", ProblemCode::InvalidDate),
            ]
        );
        if let Some(loss) = case.loss_of_service.as_mut() {
            loss.reported = "2026-11-02".into();
            loss.missed_appointments.clear();
        }
        assert_eq!(paths(&validate(&case, today())), vec![("loss_of_service.restored", ProblemCode::DatesOutOfOrder)]);
        if let Some(loss) = case.loss_of_service.as_mut() {
            loss.restored = String::new();
        }
        assert_eq!(validate(&case, today()), vec![], "a service still down has no repair date yet");
    }

    #[test]
    fn amounts_accept_the_ways_people_write_them() {
        for good in ["350", "1 200,50", "1200.5", "0.99", "13\u{a0}000"] {
            assert!(is_amount(good), "{good}");
        }
        for bad in ["", "0", "-5", "1.234", "12a", "1,2,3", ","] {
            assert!(!is_amount(bad), "{bad}");
        }
    }

    #[test]
    fn a_reply_term_must_be_a_day_to_a_year() {
        for (days, ok) in [(None, true), (Some(1), true), (Some(366), true), (Some(0), false), (Some(3_000_000), false)]
        {
            let mut case = complete_case();
            case.terms.reply_days = days;
            let flagged = validate(&case, today()).iter().any(|p| p.path == "terms.reply_days");
            assert_eq!(flagged, !ok, "{days:?}");
        }
    }

    fn letter(kind: LetterKind, date: &str) -> IssuedLetter {
        let file = format!("{date}-{}-ru.pdf", kind.id());
        IssuedLetter {
            kind,
            language: Language::Ru,
            date: date.into(),
            file,
            sha256: None,
            extra: crate::models::Extra::new(),
        }
    }

    #[test]
    fn a_claim_cannot_be_handed_in_before_its_letter_was_dated() {
        let mut case = complete_case();
        // A reminder is not the claim: it does not date the hand-in. Of two claim letters the first counts.
        case.letters = vec![
            letter(LetterKind::Reminder, "2026-11-01"),
            letter(LetterKind::Claim, "2026-11-12"),
            letter(LetterKind::Claim, "2026-11-10"),
        ];
        for (date, expected) in [
            ("2026-11-09", vec![("sent.date", ProblemCode::BeforeClaimLetter)]),
            ("2026-11-10", vec![]),
            ("2026-11-11", vec![]),
            ("2026-11-22", vec![("sent.date", ProblemCode::FutureDate)]),
            ("2026-13-01", vec![("sent.date", ProblemCode::InvalidDate)]),
        ] {
            case.sent = Some(Submission { date: date.into(), ..Submission::default() });
            assert_eq!(paths(&validate(&case, today())), expected, "{date}");
        }
        case.letters.retain(|l| l.kind != LetterKind::Claim);
        case.sent = Some(Submission { date: "2026-10-01".into(), ..Submission::default() });
        assert_eq!(validate(&case, today()), vec![], "a claim written outside the app dates nothing");
    }
}
