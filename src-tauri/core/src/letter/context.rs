//! What the letter templates see: the case's facts, formatted for the letter's language.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use super::labels::{decimal_separator, long_date, money, signature_name};
use crate::models::{Case, Customer, EvidenceStatus, IncidentType, Language, Money, Terms};
use crate::rules::{CompensationDue, CompensationKind, Due, RuleKind};
use crate::suggestions;

/// Every variable a letter template may use.
#[derive(Debug, Serialize)]
pub struct LetterContext<'a> {
    lang: &'static str,
    /// The letter being written (`claim`, `reminder`…), for wording shared between kinds.
    pub kind: &'static str,
    /// Whose law the letter cites: it chooses the `law.*` components.
    pub jurisdiction: &'a crate::models::Jurisdiction,
    incident: &'a crate::models::IncidentType,
    /// The incident is about a consumer service bought (a charge, a payment, a promise): consumer-protection
    /// authorities are competent beside the telecoms regulator.
    consumer: bool,
    today: String,
    title: &'a str,
    company: &'a crate::models::Company,
    customer: CustomerView<'a>,
    events: Vec<EventView<'a>>,
    contacts: Vec<ContactView<'a>>,
    demands: Vec<&'a str>,
    reply_channel: &'a crate::models::ReplyChannel,
    delivery: &'a crate::models::DeliveryMethod,
    attachments: Vec<AttachmentView<'a>>,
    /// How many entries the attachment list has before the evidence (copies of earlier letters), so the
    /// evidence's numbers in the list are the numbers of its annex pages.
    pub attachments_from: usize,
    /// The sheets of every copy printed after the letter, for the receipt block; 0 when copies are not
    /// printed or some listed proof has no file to print, so the clerk counts them.
    pub annex_sheets: usize,
    /// The sheets of the letter itself, for the receipt block (set by the renderer on the applicant's copy).
    pub letter_sheets: usize,
    checklist: Vec<ChecklistRow>,
    first_letter: FirstLetterView<'a>,
    /// The term the claim's answer has in this case, as the law of its jurisdiction sets it.
    term: TermView,
    due: DueView,
    overdue_days: i64,
    answer: AnswerView<'a>,
    outcomes: Vec<OutcomeView<'a>>,
    /// The answer decided at least one demand (granted or refused it), so no letter may say it decided none.
    decided: bool,
    /// The answer granted at least one demand, so a complaint about it says it resolved the claim in part.
    granted: bool,
    earlier_letters: Vec<EarlierLetterView<'a>>,
    /// What the automatic compensation scheme owes for this case, if one applies (set by the renderer).
    pub compensation: Option<CompensationView>,
    /// Set by the renderer on the applicant's copy.
    pub copy: bool,
    /// What the post office's form lists, for a letter sent by registered post (set by the renderer).
    pub posting: PostingView,
}

/// The contents of a letter sent by registered post, as the post office's form lists them.
#[derive(Debug, Default, Serialize)]
pub struct PostingView {
    /// The letter's title in the form's language ("Претензия").
    pub letter_title: String,
    /// The sheets of the letter itself.
    pub letter_sheets: usize,
    /// The sheets of the letter and of every copy, when each is known; 0 when one is not.
    pub total_sheets: usize,
    /// How many things the envelope holds: the letter and each proof it lists.
    pub items: usize,
}

/// The claim as handed in; empty strings while the case is a draft.
#[derive(Debug, Default, Serialize)]
struct FirstLetterView<'a> {
    date: String,
    registration_number: &'a str,
    /// The day the company registered it, from its stamp or notice; empty while unknown.
    registered_on: String,
    tracking_number: &'a str,
    method: Option<&'a crate::models::DeliveryMethod>,
}

/// When the company's answer is due and on what term, as the letter states it; empty when unknown.
///
/// It carries the rule's letter wording only: the basis written for the customer (which may ask them to
/// check a fact) never reaches a letter.
#[derive(Debug, Default, Serialize)]
struct DueView {
    date: String,
    letter: String,
    /// The rule's id, for law that changed with the rule: a jurisdiction's law file cites the act in force when
    /// the claim arrived.
    rule: String,
    /// Counted from the latest lawful registration because the real one is not known: the letter says "no later
    /// than" the date and "at least" so many days late, which stays true whatever the registration was.
    estimated: bool,
    /// The date opens a referral to an ADR scheme rather than ending a term to answer: passing it makes no answer
    /// late, so the letters say the complaint can now go to the scheme instead of counting a delay.
    referral: bool,
}

/// The claim's answer term for this case: its length from the rule that applies, as the letter states it, whether
/// the customer set it, and the date it ends if the claim is made on the letter's date (the UK counts from that
/// day).
#[derive(Debug, Default, Serialize)]
struct TermView {
    amount: u32,
    letter: String,
    /// The rule's id, as in [`DueView`].
    rule: String,
    user_set: bool,
    date: String,
}

impl TermView {
    fn new(due: &Due, terms: &Terms) -> Self {
        TermView {
            amount: due.term.amount,
            letter: due.letter.clone(),
            rule: due.rule_id.clone(),
            user_set: terms.reply_days.is_some(),
            date: due.date.format("%d.%m.%Y").to_string(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
struct AnswerView<'a> {
    date: String,
    channel: Option<&'a crate::models::ContactChannel>,
    summary: &'a str,
}

#[derive(Debug, Serialize)]
struct OutcomeView<'a> {
    demand: &'a str,
    outcome: crate::models::DemandOutcome,
    /// Why the customer disputes the reasons of a refusal; empty when they gave none.
    objection: &'a str,
}

#[derive(Debug, Serialize)]
struct EarlierLetterView<'a> {
    kind: &'a str,
    date: String,
}

#[derive(Debug, Serialize)]
struct CustomerView<'a> {
    full_name: &'a str,
    signature_name: String,
    postal_address: &'a str,
    phone: &'a str,
    email: &'a str,
    account: &'a str,
}

#[derive(Debug, Serialize)]
struct EventView<'a> {
    date: String,
    time: &'a str,
    text: &'a str,
    amount: String,
    reference: &'a str,
}

#[derive(Debug, Serialize)]
struct ContactView<'a> {
    channel: &'a crate::models::ContactChannel,
    date: String,
    dialled: &'a str,
    answered: &'a str,
    ended: &'a str,
    /// Whole minutes from dialling to an answer; `None` when either time is unknown.
    hold_minutes: Option<i64>,
    agent: &'a str,
    ticket: &'a str,
    summary: &'a str,
}

#[derive(Debug, Serialize)]
struct ChecklistRow {
    checked: bool,
    status: EvidenceStatus,
    description: String,
    files: Vec<FileView>,
}

#[derive(Debug, Serialize)]
struct FileView {
    name: String,
    sha256_short: String,
    imported: String,
}

impl<'a> LetterContext<'a> {
    /// Formats the case for a letter in `lang` dated `today`; `due` is the pending answer's deadline, if known,
    /// and `term` the claim's answer term counted from the claim's date.
    pub fn new(case: &'a Case, lang: Language, today: NaiveDate, due: Option<&Due>, term: Option<&Due>) -> Self {
        let outcomes = outcome_views(case);
        LetterContext {
            lang: lang.id(),
            kind: "claim",
            jurisdiction: &case.jurisdiction,
            incident: &case.incident,
            consumer: matches!(
                case.incident,
                IncidentType::BillingDispute | IncidentType::PaymentNotCredited | IncidentType::BrokenPromise
            ),
            today: long_date(today, lang),
            title: case.title.trim(),
            company: &case.company,
            customer: customer_view(&case.customer, lang),
            events: event_views(case, lang),
            contacts: contact_views(case),
            demands: case.demands.iter().map(|d| d.trim()).filter(|d| !d.is_empty()).collect(),
            reply_channel: &case.reply_channel,
            delivery: &case.delivery,
            attachments: listed_evidence(case)
                .map(|(_, item)| AttachmentView { description: item.description.trim(), sheets: 0 })
                .collect(),
            attachments_from: 0,
            annex_sheets: 0,
            letter_sheets: 0,
            checklist: checklist(case, lang),
            first_letter: first_letter_view(case, due),
            term: term.map(|t| TermView::new(t, &case.terms)).unwrap_or_default(),
            overdue_days: due.map_or(0, |d| (today - d.date).num_days().max(0)),
            due: due
                .map(|d| DueView {
                    date: d.date.format("%d.%m.%Y").to_string(),
                    // A default the customer never confirmed is not the company's term: the date alone is said.
                    letter: if d.term_is_default { String::new() } else { d.letter.clone() },
                    rule: d.rule_id.clone(),
                    estimated: d.estimated,
                    referral: d.rule_kind == RuleKind::AdrReferral,
                })
                .unwrap_or_default(),
            answer: answer_view(case),
            decided: case.answer.is_some()
                && outcomes.iter().any(|o| o.outcome != crate::models::DemandOutcome::NotAddressed),
            granted: case.answer.is_some()
                && outcomes.iter().any(|o| o.outcome == crate::models::DemandOutcome::Satisfied),
            outcomes,
            earlier_letters: earlier_letter_views(case),
            compensation: None,
            copy: false,
            posting: PostingView::default(),
        }
    }
}

/// One proof in the letter's list of attachments.
#[derive(Debug, Serialize)]
struct AttachmentView<'a> {
    description: &'a str,
    /// Sheets of its copies printed after the letter; 0 when none are.
    sheets: usize,
}

/// The evidence a letter lists as attached, in the letter's order, with each item's index in the case: the
/// order of the annexes too.
pub fn listed_evidence(case: &Case) -> impl Iterator<Item = (usize, &crate::models::EvidenceItem)> {
    case.evidence.iter().enumerate().filter(|(_, item)| item.status == EvidenceStatus::Have)
}

impl LetterContext<'_> {
    /// The sheets of each listed proof's copies printed after the letter, in the list's order.
    pub(super) fn count_sheets(&mut self, sheets: &[usize]) {
        for (attachment, &count) in self.attachments.iter_mut().zip(sheets) {
            attachment.sheets = count;
        }
        // Copies of earlier letters listed first (the regulator letter's) are not printed by the app: their
        // sheets are counted by hand.
        let all_printed = self.attachments_from == 0 && !sheets.is_empty() && sheets.iter().all(|&count| count > 0);
        self.annex_sheets = if all_printed { sheets.iter().sum() } else { 0 };
    }

    /// Where the evidence starts in a letter's list of attachments: after the copies of earlier letters the
    /// regulator letter lists first.
    pub(super) fn evidence_offset(&self) -> usize {
        match self.kind {
            "regulator" if !self.earlier_letters.is_empty() => self.earlier_letters.len(),
            "regulator" if !self.first_letter.date.is_empty() => 1,
            _ => 0,
        }
    }
}

/// The scheme's sum as a letter states it: amounts formatted in the letter's language, dates as `DD.MM.YYYY`.
///
/// `verify` is for the app, which asks the customer to check the sum; letters never print it.
#[derive(Debug, Serialize)]
pub struct CompensationView {
    rule_id: String,
    scheme: String,
    source: String,
    total: String,
    repair_days: u32,
    missed_appointments: u32,
    reported: String,
    repair_due: String,
    ongoing: bool,
    verify: bool,
    items: Vec<CompensationItemView>,
}

/// One line of the sum: so many days or appointments at one period's amount.
#[derive(Debug, Serialize)]
struct CompensationItemView {
    kind: CompensationKind,
    count: u32,
    rate: String,
    amount: String,
    rates_from: String,
}

impl CompensationView {
    /// The sum `due` as a letter in `lang` prints it.
    pub fn new(due: &CompensationDue, lang: Language) -> Self {
        let amount = |pence: u64| pence_amount(pence, &due.currency, lang);
        CompensationView {
            rule_id: due.rule_id.clone(),
            scheme: due.scheme.clone(),
            source: due.source.clone(),
            total: amount(due.total),
            repair_days: due.repair_days,
            missed_appointments: due.missed_appointments,
            reported: due.reported.format("%d.%m.%Y").to_string(),
            repair_due: due.repair_due.format("%d.%m.%Y").to_string(),
            ongoing: due.ongoing,
            verify: due.verify,
            items: due
                .items
                .iter()
                .map(|item| CompensationItemView {
                    kind: item.kind,
                    count: item.count,
                    rate: amount(item.rate.0.into()),
                    amount: amount(item.amount),
                    rates_from: item.rates_from.format("%d.%m.%Y").to_string(),
                })
                .collect(),
        }
    }
}

/// 1034 pence → `£10.34` in English, `10,34 GBP` in Russian and Bulgarian, as [`money`] writes typed amounts.
fn pence_amount(pence: u64, currency: &str, lang: Language) -> String {
    let separator = decimal_separator(lang);
    let value = format!("{}{separator}{:02}", pence / 100, pence % 100);
    money(&Money { value, currency: currency.to_owned(), ..Money::default() }, lang)
}

/// The customer's details as letters print them, with the name signed in the letter's language.
fn customer_view(customer: &Customer, lang: Language) -> CustomerView<'_> {
    CustomerView {
        full_name: customer.full_name.trim(),
        signature_name: signature_name(customer.full_name.trim(), lang),
        postal_address: customer.postal_address.trim(),
        phone: customer.phone.trim(),
        email: customer.email.trim(),
        account: customer.account.trim(),
    }
}

/// What happened, dated as letters print dates, amounts in the letter's language.
fn event_views(case: &Case, lang: Language) -> Vec<EventView<'_>> {
    case.events
        .iter()
        .map(|e| EventView {
            date: numeric_date(&e.date),
            time: e.time.trim(),
            text: e.text.trim(),
            amount: e.amount.as_ref().map(|m| money(m, lang)).unwrap_or_default(),
            reference: e.reference.trim(),
        })
        .collect()
}

/// The calls, chats and visits, with how long the customer was kept waiting.
fn contact_views(case: &Case) -> Vec<ContactView<'_>> {
    case.contacts
        .iter()
        .map(|c| ContactView {
            channel: &c.channel,
            date: numeric_date(&c.date),
            dialled: c.dialled.trim(),
            answered: c.answered.trim(),
            ended: c.ended.trim(),
            hold_minutes: hold_minutes(&c.dialled, &c.answered),
            agent: c.agent.trim(),
            ticket: c.ticket.trim(),
            summary: c.summary.trim(),
        })
        .collect()
}

/// The claim as it was handed in, for the follow-up letters that quote it; empty before it is.
/// The claim as handed in. Its registration date is quoted only when the term was counted from it: a stamp later
/// than the law allows is set aside by the count, and quoting it beside a term counted from the lawful day would
/// read as a contradiction.
fn first_letter_view<'a>(case: &'a Case, due: Option<&Due>) -> FirstLetterView<'a> {
    let registration = due.and_then(|d| d.calculation.registration.as_ref());
    let late = registration.is_some_and(|r| r.stated.is_some_and(|stated| stated > r.latest));
    case.sent
        .as_ref()
        .map(|sent| FirstLetterView {
            date: numeric_date(&sent.date),
            registration_number: sent.registration_number.trim(),
            registered_on: if late { String::new() } else { numeric_date(&sent.registered_on) },
            tracking_number: sent.tracking_number.trim(),
            method: Some(&sent.method),
        })
        .unwrap_or_default()
}

/// Each kind of letter once, as last made: a letter made again (a title corrected, a page reprinted) replaces
/// the one before, so a follow-up never lists the same claim twice.
fn earlier_letter_views(case: &Case) -> Vec<EarlierLetterView<'static>> {
    let mut views: Vec<EarlierLetterView<'static>> = Vec::new();
    for letter in &case.letters {
        views.retain(|view| view.kind != letter.kind.id());
        views.push(EarlierLetterView { kind: letter.kind.id(), date: numeric_date(&letter.date) });
    }
    views
}

/// The company's answer, for the letters that reply to it; empty before there is one.
fn answer_view(case: &Case) -> AnswerView<'_> {
    case.answer
        .as_ref()
        .map(|a| AnswerView { date: numeric_date(&a.date), channel: Some(&a.channel), summary: a.summary.trim() })
        .unwrap_or_default()
}

/// Each demand with what the answer did with it.
fn outcome_views(case: &Case) -> Vec<OutcomeView<'_>> {
    case.demands
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.trim().is_empty())
        .map(|(i, d)| OutcomeView {
            demand: d.trim(),
            outcome: case.answer.as_ref().and_then(|a| a.outcomes.get(i).copied()).unwrap_or_default(),
            objection: case.answer.as_ref().and_then(|a| a.objections.get(i)).map_or("", |o| o.trim()),
        })
        .collect()
}

/// The evidence checklist: what the case holds, then the proof its incident calls for that it has not recorded.
fn checklist(case: &Case, lang: Language) -> Vec<ChecklistRow> {
    let mut checklist: Vec<ChecklistRow> = case
        .evidence
        .iter()
        .map(|item| ChecklistRow {
            checked: item.status == EvidenceStatus::Have,
            status: item.status,
            description: item.description.trim().to_owned(),
            files: item
                .files
                .iter()
                .map(|f| FileView {
                    name: f.name.clone(),
                    sha256_short: f.sha256.chars().take(12).collect(),
                    imported: numeric_date(&f.imported),
                })
                .collect(),
        })
        .collect();
    // Proof the checklist for this incident expects but the case has not recorded yet.
    for suggested in suggestions::for_incident(lang, case.incident).evidence {
        if !case.evidence.iter().any(|item| item.kind == suggested.kind) {
            checklist.push(ChecklistRow {
                checked: false,
                status: EvidenceStatus::Missing,
                description: suggested.description.clone(),
                files: Vec::new(),
            });
        }
    }
    checklist
}

/// `2016-03-14` → `14.03.2016`; anything that is not a case date (see [`crate::dates::read_date`]) is shown as
/// typed.
fn numeric_date(iso: &str) -> String {
    crate::dates::parse_date(iso).map_or_else(|| iso.trim().to_owned(), |d| d.format("%d.%m.%Y").to_string())
}

fn hold_minutes(dialled: &str, answered: &str) -> Option<i64> {
    let parse = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    let minutes = (parse(answered)? - parse(dialled)?).num_minutes();
    (minutes >= 0).then_some(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{IssuedLetter, Jurisdiction, LetterKind};

    #[test]
    fn dates_are_written_out_in_the_letter_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
        assert_eq!(long_date(date, Language::Ru), "21\u{a0}ноября\u{a0}2026\u{a0}г.");
        assert_eq!(long_date(date, Language::Bg), "21\u{a0}ноември\u{a0}2026\u{a0}г.");
        assert_eq!(long_date(date, Language::En), "21\u{a0}November\u{a0}2026");
    }

    #[test]
    fn russian_and_ukrainian_signatures_use_initials_in_either_name_order() {
        assert_eq!(signature_name("Булатов Алексей Николаевич", Language::Ru), "А.\u{a0}Н.\u{a0}Булатов");
        assert_eq!(signature_name("Ирина Сергеевна Ковалёва", Language::Ru), "И.\u{a0}С.\u{a0}Ковалёва");
        assert_eq!(signature_name("Алексей Николаевич Рабинович", Language::Ru), "А.\u{a0}Н.\u{a0}Рабинович");
        assert_eq!(signature_name("Бондаренко Олександр Миколайович", Language::Uk), "О.\u{a0}М.\u{a0}Бондаренко");
        assert_eq!(signature_name("Петро Іванович Дашкевич", Language::Uk), "П.\u{a0}І.\u{a0}Дашкевич");
        assert_eq!(signature_name("Ковальчук Оксана Сергіївна", Language::Uk), "О.\u{a0}С.\u{a0}Ковальчук");
        assert_eq!(signature_name("Антония Петрова", Language::Bg), "Антония Петрова");
    }

    #[test]
    fn a_letter_made_again_is_listed_once_as_last_made() {
        let issued = |kind: LetterKind, date: &str| IssuedLetter {
            kind,
            language: Language::Uk,
            date: date.into(),
            file: format!("{date}-{}.pdf", kind.id()),
            sha256: None,
            extra: Default::default(),
        };
        let mut case = Case::new(IncidentType::PaymentNotCredited, Jurisdiction::Ua, Language::Uk);
        case.letters = vec![
            issued(LetterKind::Claim, "2026-10-01"),
            issued(LetterKind::Reminder, "2026-11-05"),
            issued(LetterKind::Claim, "2026-10-02"),
        ];
        let listed: Vec<(&str, String)> =
            earlier_letter_views(&case).into_iter().map(|view| (view.kind, view.date)).collect();
        assert_eq!(listed, [("reminder", "05.11.2026".to_owned()), ("claim", "02.10.2026".to_owned())]);
    }

    #[test]
    fn amounts_carry_their_currency() {
        let m = |v: &str, c: &str| Money { value: v.into(), currency: c.into(), ..Money::default() };
        assert_eq!(money(&m("1 842,37", "RUB"), Language::Ru), "1\u{a0}842,37\u{a0}₽");
        assert_eq!(money(&m("325,00", "BGN"), Language::Bg), "325,00\u{a0}лв.");
        assert_eq!(money(&m("12.50", "GBP"), Language::En), "£12.50");
    }

    #[test]
    fn computed_amounts_are_written_like_typed_ones() {
        assert_eq!(pence_amount(4136, "GBP", Language::En), "£41.36");
        assert_eq!(pence_amount(805, "GBP", Language::Ru), "8,05\u{a0}GBP");
        assert_eq!(pence_amount(3231, "GBP", Language::Bg), "32,31\u{a0}GBP");
    }

    #[test]
    fn an_outage_under_the_scheme_gives_the_templates_its_sum() {
        use crate::models::{IncidentType, Jurisdiction, LossOfService};
        let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Gb, Language::En);
        case.loss_of_service = Some(LossOfService {
            reported: "2026-03-27".into(),
            restored: "2026-04-03".into(),
            missed_appointments: vec!["2026-04-01".into()],
            provider_in_scheme: true,
            ..LossOfService::default()
        });
        let today = NaiveDate::from_ymd_opt(2026, 4, 20).expect("date");
        let due = crate::rules::compensation_due(&case, today).expect("data").expect("owed");
        let mut context = LetterContext::new(&case, Language::En, today, None, None);
        context.compensation = Some(CompensationView::new(&due, Language::En));
        let json = serde_json::to_value(&context).expect("serialises");
        let view = &json["compensation"];
        assert_eq!(view["total"], "£62.97");
        assert_eq!(view["repair_days"], 3);
        assert_eq!(view["missed_appointments"], 1);
        assert_eq!(view["reported"], "27.03.2026");
        assert_eq!(view["repair_due"], "31.03.2026");
        assert_eq!(view["rule_id"], "gb.automatic_compensation");
        assert_eq!(view["items"][0]["kind"], "delayed_repair");
        assert_eq!(view["items"][0]["rate"], "£9.98");
        assert_eq!(view["items"][1]["amount"], "£20.68");
        assert_eq!(view["items"][2]["kind"], "missed_appointment");
        assert_eq!(view["items"][2]["rates_from"], "01.04.2026");
        let plain = LetterContext::new(&case, Language::En, today, None, None);
        assert!(serde_json::to_value(&plain).expect("serialises")["compensation"].is_null());
    }

    #[test]
    fn hold_time_needs_both_times() {
        assert_eq!(hold_minutes("12:10", "12:37"), Some(27));
        assert_eq!(hold_minutes("12:10", ""), None);
    }
}
