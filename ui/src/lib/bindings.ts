// Generated from the Rust model by `complaint-core`'s bindings test. Do not edit.

export type Case = { 
/**
 * Layout version of the file, so an older build never overwrites a newer file.
 */
schema_version: number, 
/**
 * Counts the saves of this case; a save made from an older revision is refused, never written over a newer one.
 */
revision: number, 
/**
 * Short title the customer gives the case, shown in the case list.
 */
title: string, 
/**
 * What kind of wrong this is; decides the questions, suggested demands and checklist.
 */
incident: IncidentType, 
/**
 * Whose law and regulators apply.
 */
jurisdiction: Jurisdiction, 
/**
 * Language of the letters, chosen per case and independent of the interface language.
 */
letter_language: Language, 
/**
 * The company complained about.
 */
company: Company, 
/**
 * The person complaining.
 */
customer: Customer, 
/**
 * Dated facts in the order they happened.
 */
events: Array<Event>, 
/**
 * Every call, chat, visit or letter exchanged with the company.
 */
contacts: Array<ContactEntry>, 
/**
 * What the customer asks for, one answerable demand per entry.
 */
demands: Array<string>, 
/**
 * Where the company must send its answer.
 */
reply_channel: ReplyChannel, 
/**
 * How the letter reaches the company.
 */
delivery: DeliveryMethod, 
/**
 * Proof the customer has, lacks, or does not need.
 */
evidence: Array<EvidenceItem>, 
/**
 * Letters already produced for this case.
 */
letters: Array<IssuedLetter>, 
/**
 * Facts that choose the legal term for the answer.
 */
terms: Terms, 
/**
 * A total loss of a landline or broadband service and its repair, for the schemes that pay per day of delay;
 * `None` when the case is not about one or the customer has not said; then left out of the file, so a case
 * written before the field existed changes only where it is edited.
 */
loss_of_service?: LossOfService | null, 
/**
 * When and how the claim reached the company; `None` while it is a draft.
 */
sent: Submission | null, 
/**
 * When and how a personal-data request reached the company, whose answer has its own term; left out of the
 * file while there is none.
 */
data_request?: Submission | null, 
/**
 * When and how a complaint reached the regulator, whose answer has its own term; left out of the file while
 * there is none.
 */
regulator_complaint?: Submission | null, 
/**
 * The company's answer, once there is one.
 */
answer: Answer | null, 
/**
 * Where the case stands.
 */
status: CaseStatus, };
export type IncidentType = "wrong_person_debt" | "payment_not_credited" | "broken_promise" | "billing_dispute" | "service_outage" | "unreachable_support" | "other";
export type Jurisdiction = "ru" | "bg" | "gb" | "ua" | "other";
export type Language = "ru" | "bg" | "en" | "uk";
export type Company = { 
/**
 * Legal name as on the contract, e.g. «ПАО "МТС"».
 */
legal_name: string, 
/**
 * Postal address for claims.
 */
claims_address: string, 
/**
 * The office the customer will visit to hand the letter in, if any.
 */
office: string, };
export type Customer = { 
/**
 * Full name as it will be signed.
 */
full_name: string, 
/**
 * Postal address for a paper answer.
 */
postal_address: string, 
/**
 * Phone number for SMS answers and callbacks.
 */
phone: string, 
/**
 * E-mail address for an electronic answer.
 */
email: string, 
/**
 * Account, contract or phone number the complaint is about.
 */
account: string, };
export type Settings = { 
/**
 * The window envelope letters are posted in: the addressee then prints where its window shows it.
 */
envelope: Envelope | null, };
export type ExportedBag = { 
/**
 * The zip file, as the system names it (shown, never taken back as a path).
 */
path: string, 
/**
 * How many files of the case it holds.
 */
files: number, };
export type Envelope = { 
/**
 * DL, C5 or C4.
 */
size: EnvelopeSize, 
/**
 * Left or right.
 */
window: WindowSide, };
export type EnvelopeSize = "dl" | "c5" | "c4";
export type WindowSide = "left" | "right";
export type Event = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * `HH:MM`, or empty when unknown.
 */
time: string, 
/**
 * What happened, in the customer's words.
 */
text: string, 
/**
 * Money involved, if any.
 */
amount: Money | null, 
/**
 * Receipt, transaction, notice or ticket number.
 */
reference: string, };
export type Money = { 
/**
 * Decimal amount; a comma or a dot separates the fraction.
 */
value: string, 
/**
 * Three capital letters: RUB, BGN, EUR, GBP, UAH…
 */
currency: string, };
export type ContactChannel = "phone" | "chat" | "email" | "office" | "post" | "sms" | "web_form" | "other";
export type ContactEntry = { 
/**
 * How the contact happened.
 */
channel: ContactChannel, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * `HH:MM` when the customer dialled or wrote; empty when unknown.
 */
dialled: string, 
/**
 * `HH:MM` when a person answered; empty if nobody did.
 */
answered: string, 
/**
 * `HH:MM` when the contact ended.
 */
ended: string, 
/**
 * Agent name or id.
 */
agent: string, 
/**
 * Ticket or reference number given.
 */
ticket: string, 
/**
 * What was said or promised.
 */
summary: string, };
export type ReplyChannel = "post" | "email" | "sms";
export type DeliveryMethod = "in_person" | "registered_post" | "email";
export type EvidenceStatus = "have" | "missing" | "not_applicable";
export type EvidenceItem = { 
/**
 * Checklist id for the incident type (`receipt`, `notice`, …) or `custom`.
 */
kind: string, 
/**
 * What the proof is, as it will be listed among the attachments.
 */
description: string, 
/**
 * Have, missing or not applicable.
 */
status: EvidenceStatus, 
/**
 * Files copied into the case's `evidence/` folder.
 */
files: Array<AttachedFile>, };
export type AttachedFile = { 
/**
 * The name the file had when imported, shown to the user.
 */
name: string, 
/**
 * SHA-256 of the content, lowercase hex; also the stored file's name.
 */
sha256: string, 
/**
 * `YYYY-MM-DD` of the import.
 */
imported: string, };
export type IssuedLetter = { 
/**
 * Which letter.
 */
kind: LetterKind, 
/**
 * Language the letter is written in.
 */
language: Language, 
/**
 * `YYYY-MM-DD` printed on the letter.
 */
date: string, 
/**
 * File name inside the case's `letters/` folder.
 */
file: string, 
/**
 * SHA-256 of the PDF as it was written, lowercase hex, so a later change to the file shows; none for a
 * letter made by a version that did not record it.
 */
sha256?: string, };
export type Terms = { 
/**
 * Days the company has to answer when the law leaves it to the contract or to the user
 * (Bulgarian general conditions, jurisdictions without a statutory term); `None` means 30.
 */
reply_days: number | null, 
/**
 * The claim is about long-distance or international calls, or roaming by another operator
 * (a Russian operator then has 60 days instead of 30).
 */
long_distance_or_roaming: boolean, };
export type LossOfService = { 
/**
 * `YYYY-MM-DD` the fault was reported to the company.
 */
reported: string, 
/**
 * `YYYY-MM-DD` the service worked again; empty while it is still down.
 */
restored: string, 
/**
 * `YYYY-MM-DD` of each engineer appointment the company missed or cancelled at less than a day's notice.
 */
missed_appointments: Array<string>, 
/**
 * The customer says the company has signed up to the scheme (the app lists who has, from the scheme's data).
 */
provider_in_scheme: boolean, };
export type SubmissionKind = "claim" | "data_request" | "regulator";
export type DeliveryDate = "registered" | "answered";
export type CaseRecord = "claim" | "data_request" | "regulator" | "answer";
export type Submission = { 
/**
 * `YYYY-MM-DD` the company received it (the stamp on the applicant's copy, or delivery).
 */
date: string, 
/**
 * How it was delivered.
 */
method: DeliveryMethod, 
/**
 * The incoming number the company gave (вх. №).
 */
registration_number: string, 
/**
 * `YYYY-MM-DD` the addressee registered it (the clerk's stamp, or the number and date it sent); empty while
 * unknown, and then a term that runs from registration is counted from the latest day the law allows. Left
 * out of the file while empty, so a case written before the field existed changes only where it is edited.
 */
registered_on?: string, 
/**
 * Postal tracking number of a registered letter.
 */
tracking_number: string, 
/**
 * `YYYY-MM-DD` the answer to a data request or a regulator complaint arrived, which stops its term (the
 * claim's answer is [`Case::answer`]); empty while none has, and then left out of the file.
 */
answered_on?: string, };
export type Answer = { 
/**
 * `YYYY-MM-DD` the answer arrived.
 */
date: string, 
/**
 * How it arrived.
 */
channel: ContactChannel, 
/**
 * Its gist, in the customer's words.
 */
summary: string, 
/**
 * One outcome per demand, in the order of `Case::demands`.
 */
outcomes: Array<DemandOutcome>, 
/**
 * Why the customer disputes a refusal the company gave reasons for, one per demand in the order of
 * `Case::demands` (empty where there is nothing to say): the follow-up letter answers those reasons. Left
 * out of the file while there are none, so an answer recorded before the field existed reads back unchanged.
 */
objections: Array<string>, 
/**
 * The answer says it is the company's final position and points to the ADR scheme (in the UK a deadlock or
 * "ADR letter"): the time to take the complaint there runs from it. Left out of the file while false.
 */
final_response?: boolean, };
export type DemandOutcome = "satisfied" | "refused_with_reasons" | "refused_without_reasons" | "not_addressed";
export type CaseStatus = "draft" | "sent" | "answered" | "resolved" | "escalated";
export type Shelf = "active" | "archived";
export type CaseListEntry = { "state": "readable", 
/**
 * Folder name, the case's id.
 */
id: string, 
/**
 * The customer's title for the case.
 */
title: string, 
/**
 * Incident type.
 */
incident: IncidentType, 
/**
 * Company legal name.
 */
company: string, 
/**
 * Where the case stands.
 */
status: CaseStatus, 
/**
 * Date of the newest letter, if any.
 */
last_letter: string | null, 
/**
 * The deadline the case is sorted by: the longest-late answer, else the nearest day still ahead, else an
 * open referral to the ADR scheme.
 */
next_deadline: NextDeadline | null, 
/**
 * An answer the case waits for is late.
 */
overdue: boolean, } | { "state": "unreadable", 
/**
 * Folder name.
 */
id: string, 
/**
 * Why, as a code and an English sentence.
 */
reason: Unreadable, };
export type NextDeadline = { 
/**
 * What it is for, which decides its wording.
 */
kind: DeadlineKind, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * The day is behind: a late answer, or a referral to the ADR scheme that is open.
 */
passed: boolean, };
export type Unreadable = { "code": "corrupt", 
/**
 * What the parser said, with line and column.
 */
message: string, } | { "code": "newer_schema", 
/**
 * The file's `schema_version`.
 */
found: number, 
/**
 * The newest version this build reads.
 */
supported: number, } | { "code": "missing" } | { "code": "io", 
/**
 * The system's reason.
 */
message: string, } | { "code": "not_a_file", 
/**
 * What it is instead, e.g. `pipe`.
 */
kind: string, } | { "code": "too_large", 
/**
 * The file's size.
 */
size: number, 
/**
 * The largest case file read.
 */
limit: number, } | { "code": "linked_folder" } | { "code": "bad_name" };
export type Problem = { 
/**
 * Dotted path of the field, with list indexes.
 */
path: string, 
/**
 * Machine-readable reason, for translation.
 */
code: ProblemCode, 
/**
 * The reason in English, for the CLI and logs.
 */
message: string, };
export type ProblemCode = "required" | "invalid_date" | "date_out_of_range" | "future_date" | "invalid_time" | "times_out_of_order" | "dates_out_of_order" | "invalid_email" | "invalid_phone" | "invalid_amount" | "invalid_currency" | "email_reply_needs_email" | "sms_reply_needs_phone" | "too_long" | "control_character" | "invisible_character" | "invalid_hash" | "reply_days_out_of_range" | "unprintable_character" | "before_claim_letter" | "language_not_offered";
export type CaseCheck = { 
/**
 * What must be fixed before a letter can be made.
 */
problems: Array<Problem>, 
/**
 * What the customer should know before handing the letter in; none of it blocks the letter.
 */
warnings: Array<Warning>, };
export type Warning = { 
/**
 * Dotted path of the field, with list indexes: `letter_language`, `events[0].date`.
 */
path: string, 
/**
 * Machine-readable reason, for translation.
 */
code: WarningCode, 
/**
 * The warning in English, for the CLI and logs.
 */
message: string, 
/**
 * The rule the warning rests on, when a law sets it.
 */
rule: RuleNote | null, 
/**
 * The language the jurisdiction's companies are written to, for a letter in another one.
 */
official_language: Language | null, };
export type WarningCode = "not_official_language" | "claim_window_passed";
export type RuleNote = { 
/**
 * The rule's id in its pack, e.g. `ru.claim_window`.
 */
id: string, 
/**
 * The law and article.
 */
source: string, 
/**
 * The rule in one line, in every language of the interface (the interface may switch language).
 */
basis: Basis, 
/**
 * `YYYY-MM-DD`: the last day the term allowed.
 */
last_day: string, 
/**
 * The date rests on something not yet confirmed (a rule or a calendar year marked for checking).
 */
verify: boolean, };
export type Basis = Record<Language, string>;
export type StatusReport = { 
/**
 * The stored stage of the case.
 */
status: CaseStatus, 
/**
 * Every term running in the case, the nearest first.
 */
deadlines: Array<Deadline>, 
/**
 * An answer the case waits for is late (the claim's, a data request's or a regulator's).
 */
overdue: boolean, 
/**
 * What happened, oldest first.
 */
timeline: Array<TimelineEntry>, };
export type Deadline = { 
/**
 * What it is for.
 */
kind: DeadlineKind, 
/**
 * The date, its rule and how it was counted.
 */
due: Due, 
/**
 * Days from today to the date; negative once it has passed.
 */
days_left: number, 
/**
 * The day is behind: the answer is late, the window has closed, the referral is open.
 */
passed: boolean, };
export type DeadlineKind = "claim_answer" | "adr_from" | "adr_until" | "data_request_answer" | "regulator_answer" | "claim_window";
export type Calculation = { 
/**
 * The day of the event the term is counted from: the letter's receipt, the bill, the final answer.
 */
start: string, 
/**
 * For a term that runs from the addressee's registration of the letter: how that day was found.
 */
registration: Registration | null, 
/**
 * The term's last day before a last day that is a day off is moved.
 */
term_end: string, 
/**
 * Every day passed over, in date order, with its reason: the days off between receipt and registration,
 * the working days' count, and the move of a last day that is a day off.
 */
skipped: Array<SkippedDay>, 
/**
 * The law on counting terms.
 */
counting: string, };
export type Registration = { 
/**
 * The rule that sets the latest day of registration.
 */
source: string, 
/**
 * The latest day the law allows for registering the letter.
 */
latest: string, 
/**
 * The day the addressee registered it, as its stamp or its notice says; `None` while unknown.
 */
stated: string | null, };
export type SkippedDay = { 
/**
 * The day.
 */
date: string, 
/**
 * Why it is not a working day.
 */
reason: DayOff, };
export type DayOff = { "reason": "weekend" } | { "reason": "holiday", 
/**
 * The holiday's name in the requested language.
 */
name: string, } | { "reason": "transferred", 
/**
 * What the day replaces or why it is off, in the requested language.
 */
name: string, 
/**
 * The year's act the transfers come from.
 */
source: string, };
export type TimelineEntry = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * What kind of step it was, for its icon and wording.
 */
kind: TimelineKind, 
/**
 * The step's own words: the event's text, the letter's file, the registration number.
 */
text: string, 
/**
 * For a deadline, what it is for, which names it.
 */
deadline: DeadlineKind | null, 
/**
 * An answer due on this day has not come: the step is shown as late.
 */
late: boolean, };
export type TimelineKind = "event" | "contact" | "letter" | "sent" | "data_request" | "regulator" | "due" | "answer" | "reply";
export type Due = { 
/**
 * The last day the answer is on time (a letter handed in or posted that day is on time).
 */
date: string, 
/**
 * The rule applied, so the case can store and later re-explain it.
 */
rule_id: string, 
/**
 * The law and article, or the regulator's page.
 */
source: string, 
/**
 * The rule in one line, in the requested language, for the customer.
 */
basis: string, 
/**
 * The term as the letters to the company state it (empty for deadlines no letter quotes).
 */
letter: string, 
/**
 * The length of the term in this case (the customer's own where the rule leaves it to them).
 */
term: Term, 
/**
 * Since when the rule applies.
 */
valid_from: string, 
/**
 * Until when it applied, if it has been replaced since.
 */
valid_to: string | null, 
/**
 * The day the term was counted from: the receipt, or the latest lawful registration for rules that run from
 * registration.
 */
counted_from: string, 
/**
 * The latest date if the addressee extends the term with a notice, where the law allows it.
 */
extended_date: string | null, 
/**
 * The date rests on something not yet confirmed (a rule marked for checking, or a calendar year that is
 * missing or unconfirmed): the interface asks the user to check it.
 */
verify: boolean, 
/**
 * The term runs from a registration whose date is not known, so it is counted from the latest day the law
 * allows for it: the date is the latest the answer can be due, and is shown as an estimate until the
 * registration date is entered.
 */
estimated: boolean, 
/**
 * How the date was worked out, day by day, so the customer can check it and show it.
 */
calculation: Calculation, };
export type Term = { 
/**
 * How many units.
 */
amount: number, 
/**
 * Which unit.
 */
unit: Unit, };
export type Unit = "days" | "working_days" | "weeks" | "months";
export type Suggestions = { 
/**
 * Demands the customer can take over and edit, each answerable yes or no.
 */
demands: Array<string>, 
/**
 * Proof worth keeping for this kind of incident.
 */
evidence: Array<SuggestedEvidence>, };
export type SuggestedEvidence = { 
/**
 * Stable id, the same in every language (`notice`, `receipt`…).
 */
kind: string, 
/**
 * How it is named in the attachments list.
 */
description: string, };
export type LetterKind = "claim" | "reminder" | "no_answer" | "regulator" | "data_request";
export type CreatedCase = { 
/**
 * The case's id (folder name).
 */
id: string, 
/**
 * The revision stored.
 */
revision: number, };
export type Attached = { 
/**
 * The case as stored after the last file attached.
 */
case: Case, 
/**
 * Each file that was not attached, with the reason.
 */
failures: Array<AttachFailure>, };
export type AttachFailure = { 
/**
 * The file's name (not its path).
 */
name: string, 
/**
 * Why, for translation.
 */
code: ErrorCode, 
/**
 * The error in English.
 */
message: string, };
export type LetterPages = { 
/**
 * The PDF file, base64-encoded (RFC 4648, with padding).
 */
pdf: string, 
/**
 * How many pages it has, all its parts together.
 */
pages: number, };
export type FileCheck = { 
/**
 * Which file.
 */
file: ListedFile, 
/**
 * What became of it.
 */
state: FileState, };
export type ListedFile = { "type": "evidence", 
/**
 * The item's index.
 */
item: number, 
/**
 * The file's name as attached.
 */
name: string, } | { "type": "letter", 
/**
 * Its file name.
 */
file: string, };
export type FileState = "intact" | "changed" | "missing" | "unrecorded";
export type LetterBlock = "not_sent" | "not_answered" | "already_answered" | "not_yet_due";
export type LetterOption = { 
/**
 * The letter.
 */
kind: LetterKind, 
/**
 * Why it cannot be made yet; `None` when it can.
 */
blocked: LetterBlock | null, 
/**
 * It presses for an answer that is late (a reminder, the regulator), so it is offered first once it is.
 */
presses: boolean, };
export type LetterTitle = { 
/**
 * The letter.
 */
kind: LetterKind, 
/**
 * Its title, as its template in that language gives it.
 */
title: string, };
export type FormsGuide = { 
/**
 * Why the regulator cannot be asked yet (the claim is not handed in, its term runs); the forms are empty.
 */
blocked: LetterBlock | null, 
/**
 * The language the field texts are in: the jurisdiction's own, else the case's letter language.
 */
language: Language, 
/**
 * The complaint as the regulator letter words it, for any form's text field; empty while blocked.
 */
complaint: string, 
/**
 * The forms, the one the regulator letter is addressed to first.
 */
forms: Array<FormGuide>, };
export type FormGuide = { 
/**
 * The form's id in its rule pack.
 */
id: string, 
/**
 * Whose form, in the interface's language.
 */
name: string, 
/**
 * Where to open it.
 */
url: string, 
/**
 * Where its fields were read.
 */
source: string, 
/**
 * Some field or limit needs checking against the live form.
 */
verify: boolean, 
/**
 * What to know before opening it, in the interface's language.
 */
note: string | null, 
/**
 * The fields in the form's order.
 */
fields: Array<FilledField>, 
/**
 * The files to upload, where the form takes files.
 */
uploads: UploadGuide | null, };
export type FilledField = { 
/**
 * The label as the form writes it.
 */
label: string, 
/**
 * What of the case fills it.
 */
value: FormValue, 
/**
 * The text to copy; empty when the case does not hold it (or the field is the customer's choice).
 */
text: string, 
/**
 * The form will not be sent without it.
 */
required: boolean, 
/**
 * The most characters the field takes.
 */
max_chars: number | null, 
/**
 * What the customer picks or types here, in the interface's language.
 */
note: string | null, };
export type FormValue = "full_name" | "postal_address" | "email" | "phone" | "company_name" | "company_address" | "claim_date" | "deadlock_date" | "demands" | "complaint_text" | "choice";
export type UploadGuide = { 
/**
 * The limits, with their source.
 */
limits: UploadLimits, 
/**
 * Every file attached to an evidence item in hand, in checklist order.
 */
files: Array<UploadFile>, 
/**
 * The files the form takes, together.
 */
total_bytes: number, 
/**
 * Those are more, or larger together, than the form takes: some must be left out or made smaller.
 */
over_limit: boolean, };
export type UploadLimits = { 
/**
 * The file name extensions it accepts, lowercase without the dot.
 */
types: Array<string>, 
/**
 * The largest file, in bytes.
 */
max_file_bytes: number | null, 
/**
 * All files together, in bytes.
 */
max_total_bytes: number | null, 
/**
 * How many files.
 */
max_files: number | null, 
/**
 * Where the limits were read.
 */
source: string, 
/**
 * Some limit needs checking against the live form.
 */
verify: boolean, };
export type UploadFile = { 
/**
 * The evidence item's index.
 */
item: number, 
/**
 * The file's name as attached.
 */
name: string, 
/**
 * Its size in bytes; `None` when its copy is missing from the case.
 */
bytes: number | null, 
/**
 * Why the form will not take it, if it will not.
 */
problem: UploadProblem | null, };
export type UploadProblem = "wrong_type" | "too_large" | "missing";
export type JurisdictionProfile = { 
/**
 * Whose.
 */
jurisdiction: Jurisdiction, 
/**
 * Its name in every language, as the pickers show it.
 */
name: Basis, 
/**
 * The language letters there are written in; `None` where the app cannot tell.
 */
official_language: Language | null, 
/**
 * The languages its law is written in, so the only ones a letter or its reading copy can be in.
 */
letter_languages: Array<Language>, 
/**
 * The currencies, oldest first.
 */
currencies: Array<Currency>, 
/**
 * The conditions of its claim-answer rules: `long_distance_or_roaming` asks whether the claim is about
 * such calls, `user_term` asks for the term of the operator's conditions.
 */
term_facts: Array<Condition>, 
/**
 * The incidents for which a compensation scheme pays from the case's facts (the UK: an outage repaired
 * late), so the wizard asks for those facts there and nowhere else.
 */
compensated_incidents: Array<IncidentType>, 
/**
 * Its rules count a window from the company's final answer (the UK's ADR window), so the answer form asks
 * whether the answer says it is final.
 */
asks_final_response: boolean, };
export type Currency = { 
/**
 * ISO 4217 code.
 */
code: string, 
/**
 * `YYYY-MM-DD` it replaced the one before; `None` for the first.
 */
from: string | null, };
export type Condition = "long_distance_or_roaming" | "user_term";
export type ErrorCode = "invalid_case_id" | "case_not_found" | "case_unreadable" | "case_locked" | "case_too_large" | "conflict" | "io" | "no_rule" | "unknown_rule" | "unknown_form" | "not_in_force" | "bad_data" | "out_of_range" | "evidence_unreadable" | "evidence_too_large" | "evidence_item_missing" | "evidence_file_missing" | "evidence_conflict" | "profile_unreadable" | "letter_not_found" | "unsupported_character" | "invisible_character" | "case_incomplete" | "language_not_offered" | "not_sent" | "not_answered" | "already_answered" | "not_yet_due" | "template" | "missing_glyph" | "font" | "pdf" | "invalid_date" | "future_date" | "before_claim_letter" | "dates_out_of_order" | "not_delivered" | "answer_rests" | "open_failed" | "browser_failed" | "internal" | "unknown_drop" | "bad_request" | "bag_refused" | "file_changed";
export type WireError = { 
/**
 * Why the command failed.
 */
code: ErrorCode, 
/**
 * The reason in English.
 */
message: string, 
/**
 * The fields concerned, each with its own reason; empty when the error is about no field.
 */
problems: Array<Problem>, };

/** The schema version this build reads and writes. */
export const SCHEMA_VERSION = 2;

/** The longest one-line text the core accepts. */
export const MAX_LINE_CHARS = 500;

/** The longest multi-line text the core accepts. */
export const MAX_TEXT_CHARS = 20000;

/** The longest answer term, in days, the core accepts. */
export const MAX_REPLY_DAYS = 366;

/** Every error code, for the dictionaries' completeness test. */
export const ERROR_CODES: readonly ErrorCode[] = ["invalid_case_id", "case_not_found", "case_unreadable", "case_locked", "case_too_large", "conflict", "io", "no_rule", "unknown_rule", "unknown_form", "not_in_force", "bad_data", "out_of_range", "evidence_unreadable", "evidence_too_large", "evidence_item_missing", "evidence_file_missing", "evidence_conflict", "profile_unreadable", "letter_not_found", "unsupported_character", "invisible_character", "case_incomplete", "language_not_offered", "not_sent", "not_answered", "already_answered", "not_yet_due", "template", "missing_glyph", "font", "pdf", "invalid_date", "future_date", "before_claim_letter", "dates_out_of_order", "not_delivered", "answer_rests", "open_failed", "browser_failed", "internal", "unknown_drop", "bad_request", "bag_refused", "file_changed"];

/** Every warning code, for the dictionaries' completeness test. */
export const WARNING_CODES: readonly WarningCode[] = ["not_official_language", "claim_window_passed"];

/** Every language letters are written in, in the core's order. */
export const LANGUAGES: readonly Language[] = ["ru", "bg", "en", "uk"];

/** Every letter kind, in the order of a case's life. */
export const LETTER_KINDS: readonly LetterKind[] = ["claim", "reminder", "no_answer", "regulator", "data_request"];

export type ListCasesRequest = { 
/**
 * The cases in use or the archived ones.
 */
shelf: Shelf, };
export type ArchiveCaseRequest = { 
/**
 * The case's id.
 */
id: string, };
export type RestoreCaseRequest = { 
/**
 * The archived case's id.
 */
id: string, };
export type DeleteCaseRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * Where it is: in use or archived.
 */
shelf: Shelf, };
export type DuplicateCaseRequest = { 
/**
 * The case to copy.
 */
id: string, };
export type OpenCaseFolderRequest = { 
/**
 * The case's id.
 */
id: string, };
export type VerifyCaseRequest = { 
/**
 * The case's id.
 */
id: string, };
export type LoadCaseRequest = { 
/**
 * The case's id (its folder name).
 */
id: string, };
export type SaveCaseRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The case as edited, with the revision the edit started from.
 */
case: Case, };
export type NewCaseRequest = { 
/**
 * The interface's language.
 */
lang: Language, };
export type CreateCaseRequest = { 
/**
 * The case to store.
 */
case: Case, };
export type CheckCaseRequest = { 
/**
 * The case as edited.
 */
case: Case, };
export type CaseStatusRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The language of the texts.
 */
lang: Language, };
export type RegulatorFormsRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The language of the forms' names and notes.
 */
lang: Language, };
export type OpenFormRequest = { 
/**
 * The form's id in its rule pack.
 */
form: string, };
export type LetterTitlesRequest = { 
/**
 * The interface's language.
 */
lang: Language, };
export type LetterOptionsRequest = { 
/**
 * The case's id.
 */
id: string, };
export type JurisdictionsRequest = Record<symbol, never>;
export type CaseListDrawnRequest = Record<symbol, never>;
export type RecordSubmissionRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * Which letter.
 */
kind: SubmissionKind, 
/**
 * When and how it was handed in.
 */
submission: Submission, };
export type RecordDeliveryDateRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * Which letter.
 */
kind: SubmissionKind, 
/**
 * Which day of it.
 */
which: DeliveryDate, 
/**
 * `YYYY-MM-DD`.
 */
date: string, };
export type RemoveRecordRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * Which record.
 */
record: CaseRecord, };
export type RecordAnswerRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The answer.
 */
answer: Answer, };
export type SuggestionsRequest = { 
/**
 * What happened.
 */
incident: IncidentType, 
/**
 * The language of the texts.
 */
lang: Language, };
export type KnownCompaniesRequest = Record<symbol, never>;
export type LoadProfileRequest = Record<symbol, never>;
export type SaveProfileRequest = { 
/**
 * The details.
 */
customer: Customer, };
export type SettingsRequest = Record<symbol, never>;
export type SaveSettingsRequest = { 
/**
 * The settings.
 */
settings: Settings, };
export type AttachEvidenceRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The evidence item's index.
 */
item: number, 
/**
 * The dialog's title, in the interface's language.
 */
title: string, };
export type AttachDroppedRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The evidence item's index.
 */
item: number, 
/**
 * The drop's number, from the event.
 */
drop: number, };
export type OpenEvidenceRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The evidence item's index.
 */
item: number, 
/**
 * The file's content hash, as listed.
 */
sha256: string, 
/**
 * The file's name, as listed.
 */
name: string, };
export type RemoveEvidenceFileRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The evidence item's index.
 */
item: number, 
/**
 * The file's content hash, as listed.
 */
sha256: string, 
/**
 * The file's name, as listed.
 */
name: string, };
export type LetterPagesRequest = { 
/**
 * The case's id: its folder holds the evidence whose copies follow the letter.
 */
id: string, 
/**
 * The case as edited.
 */
case: Case, 
/**
 * Which letter.
 */
kind: LetterKind, 
/**
 * The letter's language; the case's when `None`.
 */
lang: Language | null, 
/**
 * Add the applicant's copy with a receipt block.
 */
office_copy: boolean, 
/**
 * Print the copies of the evidence after the letter, as its annexes.
 */
annexes: boolean, 
/**
 * Append the letter in this language as a translation for the applicant, not to be handed in.
 */
reading_copy: Language | null, };
export type IssueLetterRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * Which letter.
 */
kind: LetterKind, 
/**
 * The letter's language; the case's when `None`.
 */
lang: Language | null, 
/**
 * Add the applicant's copy with a receipt block.
 */
office_copy: boolean, 
/**
 * Print the copies of the evidence after the letter, as its annexes.
 */
annexes: boolean, 
/**
 * Append the letter in this language as a translation for the applicant, not to be handed in.
 */
reading_copy: Language | null, };
export type OpenLetterRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The letter's file name in `letters/`.
 */
file: string, };
export type ShowLetterRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The letter's file name in `letters/`.
 */
file: string, };
export type SaveCalendarRequest = { 
/**
 * The case whose deadlines go in; `None` for every case.
 */
id: string | null, 
/**
 * The language of the events' texts.
 */
lang: Language, 
/**
 * The dialog's title, in the interface's language.
 */
title: string, };
export type ExportCaseRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The dialog's title, in the interface's language.
 */
title: string, };
export type SaveLetterCopyRequest = { 
/**
 * The case's id.
 */
id: string, 
/**
 * The letter's file name in `letters/`.
 */
file: string, 
/**
 * The dialog's title, in the interface's language.
 */
title: string, };

/** Every command the core answers: its request and its response. */
export interface Commands {
  list_cases: { request: ListCasesRequest; response: Array<CaseListEntry> };
  archive_case: { request: ArchiveCaseRequest; response: string };
  restore_case: { request: RestoreCaseRequest; response: string };
  delete_case: { request: DeleteCaseRequest; response: null };
  duplicate_case: { request: DuplicateCaseRequest; response: CreatedCase };
  open_case_folder: { request: OpenCaseFolderRequest; response: null };
  verify_case: { request: VerifyCaseRequest; response: Array<FileCheck> };
  load_case: { request: LoadCaseRequest; response: Case };
  save_case: { request: SaveCaseRequest; response: Case };
  new_case: { request: NewCaseRequest; response: Case };
  create_case: { request: CreateCaseRequest; response: CreatedCase };
  check_case: { request: CheckCaseRequest; response: CaseCheck };
  case_status: { request: CaseStatusRequest; response: StatusReport };
  regulator_forms: { request: RegulatorFormsRequest; response: FormsGuide };
  open_form: { request: OpenFormRequest; response: null };
  letter_titles: { request: LetterTitlesRequest; response: Array<LetterTitle> };
  letter_options: { request: LetterOptionsRequest; response: Array<LetterOption> };
  jurisdictions: { request: JurisdictionsRequest; response: Array<JurisdictionProfile> };
  case_list_drawn: { request: CaseListDrawnRequest; response: null };
  record_submission: { request: RecordSubmissionRequest; response: Case };
  record_delivery_date: { request: RecordDeliveryDateRequest; response: Case };
  remove_record: { request: RemoveRecordRequest; response: Case };
  record_answer: { request: RecordAnswerRequest; response: Case };
  suggestions: { request: SuggestionsRequest; response: Suggestions };
  known_companies: { request: KnownCompaniesRequest; response: Array<Company> };
  load_profile: { request: LoadProfileRequest; response: Customer };
  save_profile: { request: SaveProfileRequest; response: null };
  settings: { request: SettingsRequest; response: Settings };
  save_settings: { request: SaveSettingsRequest; response: null };
  attach_evidence: { request: AttachEvidenceRequest; response: Attached | null };
  attach_dropped: { request: AttachDroppedRequest; response: Attached };
  open_evidence: { request: OpenEvidenceRequest; response: null };
  remove_evidence_file: { request: RemoveEvidenceFileRequest; response: Case };
  letter_pages: { request: LetterPagesRequest; response: LetterPages };
  issue_letter: { request: IssueLetterRequest; response: IssuedLetter };
  open_letter: { request: OpenLetterRequest; response: null };
  show_letter: { request: ShowLetterRequest; response: null };
  save_calendar: { request: SaveCalendarRequest; response: boolean };
  export_case: { request: ExportCaseRequest; response: ExportedBag | null };
  save_letter_copy: { request: SaveLetterCopyRequest; response: boolean };
}
