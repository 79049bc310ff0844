import type {
  CaseStatus,
  IncidentType,
  Jurisdiction,
  Language,
  ProblemCode,
  TimelineKind,
} from '../bindings';

/** Codes the core sends in `{code, message}` when a command fails. */
export type ErrorCode =
  | 'invalid_case_id'
  | 'case_not_found'
  | 'case_unreadable'
  | 'case_locked'
  | 'io'
  | 'no_rule'
  | 'unknown_rule'
  | 'not_in_force'
  | 'bad_data'
  | 'out_of_range'
  | 'unknown';

/** Codes of `Unreadable`, why a case folder could not be read. */
export type UnreadableCode = 'corrupt' | 'newer_schema' | 'missing' | 'io';

/** The plural forms a message can take, as `Intl.PluralRules` names them for our languages. */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/**
 * Messages that depend on a number. Each has one key per `PluralCategory`
 * (`cases.overdueNotice.one`, `.few`, …) in every language, so the dictionaries keep identical keys;
 * a language that does not use a form (English and Bulgarian have no `few` or `many`) repeats `other`.
 */
export type PluralBase = 'cases.overdueNotice' | 'deadline.daysLeft' | 'deadline.overdueBy';

/** Codes of `TimelineKind` that label a step of the case's history. */
type TimelineKeys = `timeline.kind.${TimelineKind}`;

/**
 * Keys every dictionary must have for the values the core can send,
 * so adding a value on the Rust side fails the type check until it is translated.
 */
type CoreKeys =
  | `incident.${IncidentType}`
  | `status.${CaseStatus}`
  | `jurisdiction.${Jurisdiction}`
  | `letterLanguage.${Language}`
  | `unreadable.${UnreadableCode}`
  | `error.${ErrorCode}`
  | `problem.${ProblemCode}`
  | TimelineKeys
  | `${PluralBase}.${PluralCategory}`;

/** The English dictionary; the source of the key list. Placeholders are `{name}`. */
export const en = {
  'app.name': 'Complaint Desk',

  'language.label': 'Interface language',

  'cases.heading': 'Cases',
  'cases.new': 'New case',
  'cases.loading': 'Loading cases…',
  'cases.loadFailed': 'The case list could not be loaded.',
  'cases.retry': 'Try again',
  'cases.searchLabel': 'Search cases',
  'cases.searchPlaceholder': 'Search by title, company or type',
  'cases.noMatches': 'No cases match “{query}”.',
  'cases.clearSearch': 'Clear search',
  'cases.untitled': 'Untitled case',
  'cases.noCompany': 'Company not given',
  'cases.lastLetter': 'Last letter {date}',
  'cases.noLetter': 'No letter yet',
  'cases.justCreated': 'Just created',
  'cases.status': 'Status',
  'cases.dueOn': 'Answer due {date}',
  'cases.overdueSince': 'Overdue since {date}',
  'cases.overdueNotice.one': '{count} case is past the company’s deadline:',
  'cases.overdueNotice.few': '{count} cases are past the company’s deadline:',
  'cases.overdueNotice.many': '{count} cases are past the company’s deadline:',
  'cases.overdueNotice.other': '{count} cases are past the company’s deadline:',

  'case.back': 'Back to cases',
  'case.loading': 'Loading the case…',
  'case.loadFailed': 'The case could not be opened.',

  'deadline.heading': 'Deadline',
  'deadline.dueLabel': 'The company must answer by',
  'deadline.today': 'Today is the last day for the answer',
  'deadline.daysLeft.one': '{count} day left',
  'deadline.daysLeft.few': '{count} days left',
  'deadline.daysLeft.many': '{count} days left',
  'deadline.daysLeft.other': '{count} days left',
  'deadline.overdue': 'The deadline has passed',
  'deadline.overdueBy.one': 'Overdue by {count} day',
  'deadline.overdueBy.few': 'Overdue by {count} days',
  'deadline.overdueBy.many': 'Overdue by {count} days',
  'deadline.overdueBy.other': 'Overdue by {count} days',
  'deadline.basis': 'Legal basis',
  'deadline.inForceSince': 'Rule in force since {date}',
  'deadline.inForceBetween': 'Rule in force from {from} to {to}',
  'deadline.countedFrom': 'Counted from {date}',
  'deadline.extended': 'If the company notifies you of an extension: {date} at the latest',
  'deadline.verify': 'This date rests on a rule or calendar that should be checked.',
  'deadline.handedIn': 'Claim handed in on {date}',
  'deadline.registration': 'incoming no. {number}',
  'deadline.notSent': 'The deadline starts when the claim is handed in.',
  'deadline.answered': 'The company answered on {date}.',
  'deadline.none': 'No answer is awaited, so no deadline is running.',
  'deadline.failed': 'The deadline could not be worked out.',

  'timeline.heading': 'Timeline',
  'timeline.empty': 'Nothing dated has been recorded yet.',
  'timeline.kind.event': 'Event',
  'timeline.kind.contact': 'Contact with the company',
  'timeline.kind.letter': 'Letter',
  'timeline.kind.sent': 'Claim handed in',
  'timeline.kind.due': 'Answer due',
  'timeline.kind.answer': 'Answer received',

  'empty.title': 'No complaints yet',
  'empty.body':
    'Complaint Desk helps you write down what a phone or internet company got wrong — dates, calls, payments and proof — and turns it into a formal complaint letter you can print and hand in.',

  'unreadable.heading': 'This case could not be opened',
  'unreadable.folder': 'Folder: {id}',
  'unreadable.untouched': 'The file was left untouched.',
  'unreadable.details': 'Details: {message}',
  'unreadable.corrupt': 'The case file is damaged and could not be read.',
  'unreadable.newer_schema':
    'The case was saved by a newer version of Complaint Desk (file format {found}; this version reads up to {supported}). Update the app to open it.',
  'unreadable.missing': 'The folder has no case file.',
  'unreadable.io': 'The case file could not be read from the disk.',

  'newCase.title': 'New case',
  'newCase.intro': 'Just the basics for now; you can add the details later.',
  'newCase.incident': 'What happened?',
  'newCase.incidentRequired': 'Choose what happened.',
  'newCase.jurisdiction': 'Country whose law applies',
  'newCase.letterLanguage': 'Letter language',
  'newCase.letterLanguageHint':
    'The complaint is written in this language; it can differ from the interface.',
  'newCase.company': 'Company legal name',
  'newCase.companyHint': 'As written on your contract, e.g. “Vodafone Limited”.',
  'newCase.caseTitle': 'Short title',
  'newCase.caseTitleHint': 'Shown in your case list, e.g. “Top-up of 12 March not credited”.',
  'newCase.create': 'Create case',
  'newCase.creating': 'Creating…',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.dismiss': 'Dismiss',

  'incident.wrong_person_debt': 'Debt notice meant for someone else',
  'incident.payment_not_credited': 'Payment or top-up not credited',
  'incident.broken_promise': 'A promise not kept',
  'incident.billing_dispute': 'Wrong or extra charges',
  'incident.service_outage': 'No service / outage',
  'incident.unreachable_support': 'Support unreachable or no real answer',
  'incident.other': 'Something else',

  'status.draft': 'Draft',
  'status.sent': 'Sent',
  'status.answered': 'Answered',
  'status.resolved': 'Resolved',
  'status.escalated': 'Escalated',

  'jurisdiction.ru': 'Russia',
  'jurisdiction.bg': 'Bulgaria',
  'jurisdiction.uk': 'United Kingdom',
  'jurisdiction.other': 'Other country',

  'letterLanguage.ru': 'Russian',
  'letterLanguage.bg': 'Bulgarian',
  'letterLanguage.en': 'English',

  'error.invalid_case_id': 'That case id is not valid.',
  'error.case_not_found': 'The case was not found. It may have been moved or deleted.',
  'error.case_unreadable': 'The case file could not be read.',
  'error.case_locked':
    'This case is open in another window or program. Close it there and try again.',
  'error.io': 'The files could not be read or written. Check the disk and the folder permissions.',
  'error.no_rule':
    'No legal deadline is known for this country and date, so the due date cannot be worked out.',
  'error.unknown_rule':
    'The case refers to a deadline rule this version of Complaint Desk does not know. Update the app.',
  'error.not_in_force':
    'The deadline rule was not in force on the day the claim was handed in. Check the date.',
  'error.bad_data': 'The built-in deadline rules are damaged. Reinstall or update Complaint Desk.',
  'error.out_of_range':
    'No deadline can be counted from this date: it is outside the calendars Complaint Desk knows.',
  'error.unknown': 'Something went wrong.',

  'problem.required': 'This field is required.',
  'problem.invalid_date': 'Enter the date as YYYY-MM-DD.',
  'problem.future_date': 'This date is in the future.',
  'problem.invalid_time': 'Enter the time as HH:MM.',
  'problem.times_out_of_order': 'The times are out of order: dialled, then answered, then ended.',
  'problem.invalid_email': 'This is not a valid e-mail address.',
  'problem.invalid_phone': 'This is not a valid phone number.',
  'problem.invalid_amount': 'Enter an amount such as 150 or 150.50.',
  'problem.invalid_currency': 'Use a three-letter currency code such as GBP or EUR.',
  'problem.email_reply_needs_email': 'To get the answer by e-mail, enter your e-mail address.',
  'problem.sms_reply_needs_phone': 'To get the answer by SMS, enter your phone number.',
  'problem.too_long': 'This text is too long.',
  'problem.control_character': 'This text contains invisible control characters; please retype it.',
  'problem.invalid_hash': 'The fingerprint of an attached file is damaged.',
} as const satisfies Record<CoreKeys, string> & Record<string, string>;

/** Every message key. */
export type MessageKey = keyof typeof en;

/**
 * A translation: exactly the keys of `en`. Written as an object literal with this type,
 * a missing key and an extra key are both type errors.
 */
export type Dictionary = { readonly [K in MessageKey]: string };
