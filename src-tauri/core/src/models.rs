//! The case file as it is stored in `case.json` and sent over IPC.
//!
//! Fields hold what the customer typed (dates and amounts as text), so a half-finished case always
//! loads and saves; `validate` says what is still wrong, field by field.

use serde::{Deserialize, Serialize};

/// The newest `case.json` layout this build reads and writes; a file with a higher number is left alone.
pub const SCHEMA_VERSION: u32 = 2;

/// Keys of a `case.json` object that this version does not know, with their values as found.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// The values of one of the app's registries (jurisdictions, languages, letter kinds), for a front end that lists
/// them or reads one from its id.
pub trait Registry: Copy + Eq + Send + Sync + 'static {
    /// Every value, in the order they are offered.
    fn all() -> &'static [Self];
    /// The id in `case.json`, over IPC, on the command line and in the names of its files.
    fn id(self) -> &'static str;
    /// What it is, in a few English words: its line in the source.
    fn description(self) -> &'static str;
}

/// Declares one of the app's registries: an enum whose every variant is one line (its description and its id as
/// stored and sent), with the list of all of them. Adding a jurisdiction, a language or a letter kind is one line
/// here; the files that carry it are found by that id.
macro_rules! registry {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(#[doc = $doc:literal] $variant:ident = $id:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        pub enum $name {
            $(#[doc = $doc] #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// How many there are.
            pub const COUNT: usize = [$($id),+].len();
            /// Every one, in the order they are offered.
            pub const ALL: [$name; Self::COUNT] = [$(Self::$variant),+];

            /// The id in `case.json`, over IPC, on the command line and in the names of its files.
            pub fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id,)+
                }
            }

            /// Its place in [`Self::ALL`], for tables kept per value.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl Registry for $name {
            fn all() -> &'static [Self] {
                &Self::ALL
            }

            fn id(self) -> &'static str {
                $name::id(self)
            }

            fn description(self) -> &'static str {
                match self {
                    $(Self::$variant => $doc.trim().trim_end_matches('.'),)+
                }
            }
        }
    };
}

/// One complaint: everything a letter, a checklist and a follow-up need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Case {
    /// Layout version of the file, so an older build never overwrites a newer file.
    pub schema_version: u32,
    /// Counts the saves of this case; a save made from an older revision is refused, never written over a newer one.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "number"))]
    pub revision: u64,
    /// Short title the customer gives the case, shown in the case list.
    #[serde(default)]
    pub title: String,
    /// What kind of wrong this is; decides the questions, suggested demands and checklist.
    pub incident: IncidentType,
    /// Whose law and regulators apply.
    pub jurisdiction: Jurisdiction,
    /// Language of the letters, chosen per case and independent of the interface language.
    pub letter_language: Language,
    /// The company complained about.
    #[serde(default)]
    pub company: Company,
    /// The person complaining.
    #[serde(default)]
    pub customer: Customer,
    /// Dated facts in the order they happened.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Every call, chat, visit or letter exchanged with the company.
    #[serde(default)]
    pub contacts: Vec<ContactEntry>,
    /// What the customer asks for, one answerable demand per entry.
    #[serde(default)]
    pub demands: Vec<String>,
    /// Where the company must send its answer.
    #[serde(default)]
    pub reply_channel: ReplyChannel,
    /// How the letter reaches the company.
    #[serde(default)]
    pub delivery: DeliveryMethod,
    /// Proof the customer has, lacks, or does not need.
    #[serde(default)]
    pub evidence: Vec<EvidenceItem>,
    /// Letters already produced for this case.
    #[serde(default)]
    pub letters: Vec<IssuedLetter>,
    /// Facts that choose the legal term for the answer.
    #[serde(default)]
    pub terms: Terms,
    /// A total loss of a landline or broadband service and its repair, for the schemes that pay per day of delay;
    /// `None` when the case is not about one or the customer has not said; then left out of the file, so a case
    /// written before the field existed changes only where it is edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loss_of_service: Option<LossOfService>,
    /// When and how the claim reached the company; `None` while it is a draft.
    #[serde(default)]
    pub sent: Option<Submission>,
    /// When and how a personal-data request reached the company, whose answer has its own term; left out of the
    /// file while there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_request: Option<Submission>,
    /// When and how a complaint reached the regulator, whose answer has its own term; left out of the file while
    /// there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulator_complaint: Option<Submission>,
    /// The company's answer, once there is one.
    #[serde(default)]
    pub answer: Option<Answer>,
    /// Where the case stands.
    #[serde(default)]
    pub status: CaseStatus,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// The incident types from the seed stories, plus a free-form one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum IncidentType {
    /// A debt notice or collection calls meant for someone else.
    WrongPersonDebt,
    /// A top-up or payment that never reached the account.
    PaymentNotCredited,
    /// An agent promised something that did not happen.
    BrokenPromise,
    /// Overcharges, fees after termination.
    BillingDispute,
    /// No network or internet, repeated faults.
    ServiceOutage,
    /// Endless hold, dropped calls, bot loops, formal non-answers.
    UnreachableSupport,
    /// Anything else.
    Other,
}

impl IncidentType {
    /// Every type, in the order the wizard offers them.
    pub const ALL: [IncidentType; 7] = [
        Self::WrongPersonDebt,
        Self::PaymentNotCredited,
        Self::BrokenPromise,
        Self::BillingDispute,
        Self::ServiceOutage,
        Self::UnreachableSupport,
        Self::Other,
    ];

    /// The stable id used in files and folder names.
    pub fn id(self) -> &'static str {
        match self {
            Self::WrongPersonDebt => "wrong_person_debt",
            Self::PaymentNotCredited => "payment_not_credited",
            Self::BrokenPromise => "broken_promise",
            Self::BillingDispute => "billing_dispute",
            Self::ServiceOutage => "service_outage",
            Self::UnreachableSupport => "unreachable_support",
            Self::Other => "other",
        }
    }

    /// A few English words for folder names and the CLI list.
    pub fn short_label(self) -> &'static str {
        match self {
            Self::WrongPersonDebt => "debt notice",
            Self::PaymentNotCredited => "lost payment",
            Self::BrokenPromise => "broken promise",
            Self::BillingDispute => "billing dispute",
            Self::ServiceOutage => "outage",
            Self::UnreachableSupport => "unreachable support",
            Self::Other => "complaint",
        }
    }
}

registry! {
    /// Whose rules apply to deadlines, letter layout and escalation: a rule pack, a calendar and the law in each letter language, found by the id
    /// (`templates/rules/<id>.toml`, `templates/law/<id>/`), and a post office form where one is known.
    pub enum Jurisdiction {
        /// Russia.
        Ru = "ru",
        /// Bulgaria.
        Bg = "bg",
        // Its ISO 3166 code; schema 1 wrote `uk`, the ISO 639 code of Ukrainian (see `migrate`).
        /// United Kingdom.
        Gb = "gb",
        /// Ukraine.
        Ua = "ua",
        /// Anywhere else: the user sets the reply deadline.
        Other = "other",
    }
}

registry! {
    /// Languages the letters and the interface are written in: its letters, labels and suggestions are found by
    /// the id (`templates/letters/<id>.tera` and `.toml`, `templates/suggestions/<id>.toml`), the law in it under
    /// each jurisdiction's `templates/law/<jurisdiction>/<id>.tera`.
    pub enum Language {
        /// Russian.
        Ru = "ru",
        /// Bulgarian.
        Bg = "bg",
        /// English.
        En = "en",
        /// Ukrainian.
        Uk = "uk",
    }
}

/// The company and where its claims go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Company {
    /// Legal name as on the contract, e.g. «ПАО "МТС"».
    pub legal_name: String,
    /// Postal address for claims.
    pub claims_address: String,
    /// The office the customer will visit to hand the letter in, if any.
    pub office: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// The person complaining and the account concerned.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Customer {
    /// Full name as it will be signed.
    pub full_name: String,
    /// Postal address for a paper answer.
    pub postal_address: String,
    /// Phone number for SMS answers and callbacks.
    pub phone: String,
    /// E-mail address for an electronic answer.
    pub email: String,
    /// Account, contract or phone number the complaint is about.
    pub account: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// One dated fact.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Event {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, or empty when unknown.
    pub time: String,
    /// What happened, in the customer's words.
    pub text: String,
    /// Money involved, if any.
    pub amount: Option<Money>,
    /// Receipt, transaction, notice or ticket number.
    pub reference: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// An amount as typed (`350`, `1 200,50`) with its ISO 4217 currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Money {
    /// Decimal amount; a comma or a dot separates the fraction.
    pub value: String,
    /// Three capital letters: RUB, BGN, EUR, GBP, UAH…
    pub currency: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// How a contact with the company happened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    /// A call to the hotline or from the company.
    #[default]
    Phone,
    /// Chat in an app or on the web, with a bot or a person.
    Chat,
    /// E-mail.
    Email,
    /// A visit to an office or shop.
    Office,
    /// Paper mail.
    Post,
    /// SMS.
    Sms,
    /// The company's web form or personal account.
    WebForm,
    /// Social media, press, anything else.
    Other,
}

/// One entry of the contact log; hold time follows from dialled and answered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct ContactEntry {
    /// How the contact happened.
    pub channel: ContactChannel,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM` when the customer dialled or wrote; empty when unknown.
    pub dialled: String,
    /// `HH:MM` when a person answered; empty if nobody did.
    pub answered: String,
    /// `HH:MM` when the contact ended.
    pub ended: String,
    /// Agent name or id.
    pub agent: String,
    /// Ticket or reference number given.
    pub ticket: String,
    /// What was said or promised.
    pub summary: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// Where the company's answer must go (a Russian operator answers electronically only if asked to).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReplyChannel {
    /// A paper letter to the customer's postal address.
    #[default]
    Post,
    /// An e-mail to the customer's address.
    Email,
    /// An SMS to the customer's phone.
    Sms,
}

/// How the letter reaches the company.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMethod {
    /// Handed in at an office: two copies, the customer's stamped as received.
    #[default]
    InPerson,
    /// Registered post with an inventory of contents and a return receipt.
    RegisteredPost,
    /// E-mail or web form; the confirmation is kept.
    Email,
}

/// Whether a piece of proof is in hand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EvidenceStatus {
    /// The customer has it; it is listed as an attachment.
    Have,
    /// Still to find or request.
    #[default]
    Missing,
    /// Does not apply to this case.
    NotApplicable,
}

/// One line of the evidence checklist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct EvidenceItem {
    /// Checklist id for the incident type (`receipt`, `notice`, …) or `custom`.
    pub kind: String,
    /// What the proof is, as it will be listed among the attachments.
    pub description: String,
    /// Have, missing or not applicable.
    pub status: EvidenceStatus,
    /// Files copied into the case's `evidence/` folder.
    pub files: Vec<AttachedFile>,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// A file copied into the case folder, named by its content hash.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct AttachedFile {
    /// The name the file had when imported, shown to the user.
    pub name: String,
    /// SHA-256 of the content, lowercase hex; also the stored file's name.
    pub sha256: String,
    /// `YYYY-MM-DD` of the import.
    pub imported: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

registry! {
    /// Which letter of the case's life to write; its template in each language is the
    /// section `<id>` of `templates/letters/<language>.tera`, which also gives its title.
    pub enum LetterKind {
        /// The first, formal claim to the company.
        Claim = "claim",
        /// The answer is late: quotes the claim's date and registration number.
        Reminder = "reminder",
        /// The answer came but decides nothing: each demand with its outcome.
        NoAnswer = "no_answer",
        /// To the regulator or the ombudsman, with the chronology and the earlier letters.
        Regulator = "regulator",
        /// Access to the customer's personal data and call recordings.
        DataRequest = "data_request",
    }
}

/// A letter produced for the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct IssuedLetter {
    /// Which letter.
    pub kind: LetterKind,
    /// Language the letter is written in.
    pub language: Language,
    /// `YYYY-MM-DD` printed on the letter.
    #[serde(default)]
    pub date: String,
    /// File name inside the case's `letters/` folder.
    #[serde(default)]
    pub file: String,
    /// SHA-256 of the PDF as it was written, lowercase hex, so a later change to the file shows; none for a
    /// letter made by a version that did not record it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub sha256: Option<String>,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// Facts about the claim that change the company's deadline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Terms {
    /// Days the company has to answer when the law leaves it to the contract or to the user
    /// (Bulgarian general conditions, jurisdictions without a statutory term); `None` means 30.
    pub reply_days: Option<u32>,
    /// The claim is about long-distance or international calls, or roaming by another operator
    /// (a Russian operator then has 60 days instead of 30).
    pub long_distance_or_roaming: bool,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// A landline or broadband service that stopped working completely, as the customer reports it.
///
/// An automatic compensation scheme (in the UK, Ofcom's) counts the days from the fault report to the repair and
/// pays for each missed engineer appointment; the events' free text is never read for these dates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct LossOfService {
    /// `YYYY-MM-DD` the fault was reported to the company.
    pub reported: String,
    /// `YYYY-MM-DD` the service worked again; empty while it is still down.
    pub restored: String,
    /// `YYYY-MM-DD` of each engineer appointment the company missed or cancelled at less than a day's notice.
    pub missed_appointments: Vec<String>,
    /// The customer says the company has signed up to the scheme (the app lists who has, from the scheme's data).
    pub provider_in_scheme: bool,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// Which of a case's letters reached its addressee: each starts its own term.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SubmissionKind {
    /// The claim to the company ([`Case::sent`]).
    #[default]
    Claim,
    /// A personal-data request to the company ([`Case::data_request`]).
    DataRequest,
    /// A complaint to the regulator ([`Case::regulator_complaint`]).
    Regulator,
}

impl SubmissionKind {
    /// The case field that records it, as field paths name it.
    pub fn field(self) -> &'static str {
        match self {
            Self::Claim => "sent",
            Self::DataRequest => "data_request",
            Self::Regulator => "regulator_complaint",
        }
    }
}

/// A record of the case's life that can be taken back when it was entered wrongly, and then entered again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CaseRecord {
    /// The claim's hand-in ([`Case::sent`]).
    Claim,
    /// The data request's delivery ([`Case::data_request`]).
    DataRequest,
    /// The regulator complaint's delivery ([`Case::regulator_complaint`]).
    Regulator,
    /// The company's answer ([`Case::answer`]).
    Answer,
}

impl CaseRecord {
    /// The delivered letter the record is, or `None` for the answer.
    pub fn submission(self) -> Option<SubmissionKind> {
        match self {
            Self::Claim => Some(SubmissionKind::Claim),
            Self::DataRequest => Some(SubmissionKind::DataRequest),
            Self::Regulator => Some(SubmissionKind::Regulator),
            Self::Answer => None,
        }
    }
}

/// A day in a delivered letter's life after it arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryDate {
    /// The addressee registered it ([`Submission::registered_on`]).
    Registered,
    /// Its answer arrived ([`Submission::answered_on`]).
    Answered,
}

impl DeliveryDate {
    /// The submission field that holds it.
    pub fn field(self) -> &'static str {
        match self {
            Self::Registered => "registered_on",
            Self::Answered => "answered_on",
        }
    }
}

/// How a letter was handed over, as the receipt or the postal slip shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Submission {
    /// `YYYY-MM-DD` the company received it (the stamp on the applicant's copy, or delivery).
    pub date: String,
    /// How it was delivered.
    pub method: DeliveryMethod,
    /// The incoming number the company gave (вх. №).
    pub registration_number: String,
    /// `YYYY-MM-DD` the addressee registered it (the clerk's stamp, or the number and date it sent); empty while
    /// unknown, and then a term that runs from registration is counted from the latest day the law allows. Left
    /// out of the file while empty, so a case written before the field existed changes only where it is edited.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[cfg_attr(test, ts(as = "Option<String>", optional))]
    pub registered_on: String,
    /// Postal tracking number of a registered letter.
    pub tracking_number: String,
    /// `YYYY-MM-DD` the answer to a data request or a regulator complaint arrived, which stops its term (the
    /// claim's answer is [`Case::answer`]); empty while none has, and then left out of the file.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[cfg_attr(test, ts(as = "Option<String>", optional))]
    pub answered_on: String,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// The company's answer and what it did with each demand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Answer {
    /// `YYYY-MM-DD` the answer arrived.
    pub date: String,
    /// How it arrived.
    pub channel: ContactChannel,
    /// Its gist, in the customer's words.
    pub summary: String,
    /// One outcome per demand, in the order of `Case::demands`.
    pub outcomes: Vec<DemandOutcome>,
    /// Why the customer disputes a refusal the company gave reasons for, one per demand in the order of
    /// `Case::demands` (empty where there is nothing to say): the follow-up letter answers those reasons. Left
    /// out of the file while there are none, so an answer recorded before the field existed reads back unchanged.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<String>,
    /// The answer says it is the company's final position and points to the ADR scheme (in the UK a deadlock or
    /// "ADR letter"): the time to take the complaint there runs from it. Left out of the file while false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(test, ts(as = "Option<bool>", optional))]
    pub final_response: bool,
    /// Fields this version does not know (a hand edit, a newer version), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// What the company did with one demand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DemandOutcome {
    /// Granted.
    Satisfied,
    /// Refused, with reasons given.
    RefusedWithReasons,
    /// Refused without reasons.
    RefusedWithoutReasons,
    /// Not mentioned in the answer.
    #[default]
    NotAddressed,
}

/// Which of the data directory's folders a case lives in: archived cases leave the list but nothing of them
/// is lost, and they can be restored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Shelf {
    /// `cases/`: the list the app opens on.
    #[default]
    Active,
    /// `archive/`: put away by the customer.
    Archived,
}

/// Where the case stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Being written.
    #[default]
    Draft,
    /// Handed in or posted; waiting for the answer.
    Sent,
    /// The company answered.
    Answered,
    /// Settled.
    Resolved,
    /// Taken to a regulator or an ombudsman.
    Escalated,
}

impl CaseStatus {
    /// The stable id used in files and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
            Self::Answered => "answered",
            Self::Resolved => "resolved",
            Self::Escalated => "escalated",
        }
    }
}

impl Case {
    /// An empty draft of the given kind, ready for the wizard to fill in.
    pub fn new(incident: IncidentType, jurisdiction: Jurisdiction, letter_language: Language) -> Self {
        Case {
            schema_version: SCHEMA_VERSION,
            revision: 0,
            title: String::new(),
            incident,
            jurisdiction,
            letter_language,
            company: Company::default(),
            customer: Customer::default(),
            events: Vec::new(),
            contacts: Vec::new(),
            demands: Vec::new(),
            reply_channel: ReplyChannel::default(),
            delivery: DeliveryMethod::default(),
            evidence: Vec::new(),
            letters: Vec::new(),
            terms: Terms::default(),
            loss_of_service: None,
            sent: None,
            data_request: None,
            regulator_complaint: None,
            answer: None,
            status: CaseStatus::default(),
            extra: Extra::new(),
        }
    }

    /// The record of the letter of `kind` reaching its addressee, to change it.
    pub fn submission_mut(&mut self, kind: SubmissionKind) -> &mut Option<Submission> {
        match kind {
            SubmissionKind::Claim => &mut self.sent,
            SubmissionKind::DataRequest => &mut self.data_request,
            SubmissionKind::Regulator => &mut self.regulator_complaint,
        }
    }

    /// Every piece of text the customer typed, with its field path, in the order the wizard asks for it.
    ///
    /// Letters check each one against the font so an unprintable character is reported by field.
    pub fn text_fields(&self) -> Vec<(String, &str)> {
        let mut fields: Vec<(String, &str)> = vec![
            ("title".into(), &self.title),
            ("company.legal_name".into(), &self.company.legal_name),
            ("company.claims_address".into(), &self.company.claims_address),
            ("company.office".into(), &self.company.office),
            ("customer.full_name".into(), &self.customer.full_name),
            ("customer.postal_address".into(), &self.customer.postal_address),
            ("customer.phone".into(), &self.customer.phone),
            ("customer.email".into(), &self.customer.email),
            ("customer.account".into(), &self.customer.account),
        ];
        for (i, event) in self.events.iter().enumerate() {
            fields.push((format!("events[{i}].time"), &event.time));
            fields.push((format!("events[{i}].text"), &event.text));
            fields.push((format!("events[{i}].reference"), &event.reference));
            if let Some(money) = &event.amount {
                fields.push((format!("events[{i}].amount.value"), &money.value));
                fields.push((format!("events[{i}].amount.currency"), &money.currency));
            }
        }
        for (i, contact) in self.contacts.iter().enumerate() {
            for (name, value) in [
                ("dialled", &contact.dialled),
                ("answered", &contact.answered),
                ("ended", &contact.ended),
                ("agent", &contact.agent),
                ("ticket", &contact.ticket),
                ("summary", &contact.summary),
            ] {
                fields.push((format!("contacts[{i}].{name}"), value));
            }
        }
        for (i, demand) in self.demands.iter().enumerate() {
            fields.push((format!("demands[{i}]"), demand));
        }
        if let Some(sent) = &self.sent {
            fields.push(("sent.registration_number".into(), &sent.registration_number));
            fields.push(("sent.tracking_number".into(), &sent.tracking_number));
        }
        if let Some(answer) = &self.answer {
            fields.push(("answer.summary".into(), &answer.summary));
            for (i, objection) in answer.objections.iter().enumerate() {
                fields.push((format!("answer.objections[{i}]"), objection));
            }
        }
        for (i, item) in self.evidence.iter().enumerate() {
            fields.push((format!("evidence[{i}].description"), &item.description));
            for (j, file) in item.files.iter().enumerate() {
                fields.push((format!("evidence[{i}].files[{j}].name"), &file.name));
            }
        }
        fields
    }

    /// The date of the newest letter issued, for the case list.
    pub fn last_letter_date(&self) -> Option<&str> {
        self.letters.iter().map(|l| l.date.as_str()).max()
    }
}
