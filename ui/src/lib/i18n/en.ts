import type {
  CaseStatus,
  ErrorCode as CoreErrorCode,
  ContactChannel,
  DeadlineKind,
  DeliveryMethod,
  DemandOutcome,
  EvidenceStatus,
  IncidentType,
  Language,
  LetterBlock,
  ProblemCode,
  ReplyChannel,
  TimelineKind,
  Unit,
  Unreadable,
  UploadProblem,
  WarningCode,
} from '../bindings';
import type { StepId } from '../wizard/steps';

/** Why a command failed: every code the core sends, and `unknown` for a failure outside the core. */
export type ErrorCode = CoreErrorCode | 'unknown';

/** Why a case folder could not be read. */
export type UnreadableCode = Unreadable['code'];

/** The plural forms a message can take, as `Intl.PluralRules` names them for our languages. */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/**
 * Messages that depend on a number. Each has one key per `PluralCategory`
 * (`cases.overdueNotice.one`, `.few`, …) in every language, so the dictionaries keep identical keys;
 * a language that does not use a form (English and Bulgarian have no `few` or `many`) repeats `other`.
 */
export type PluralBase =
  | 'cases.overdueNotice'
  | 'deadline.daysLeft'
  | 'deadline.overdueBy'
  | 'deadline.adrIn'
  | `deadline.unit.${Unit}`
  | 'wizard.stepProblems'
  | 'review.problems'
  | 'review.blocked'
  | 'review.pageCount'
  | 'contacts.held'
  | 'contacts.unanswered'
  | 'caseMenu.exported';

/** Codes of `TimelineKind` that label a step of the case's history. */
type TimelineKeys = `timeline.kind.${TimelineKind}`;

/**
 * Keys every dictionary must have for the values the core can send,
 * so adding a value on the Rust side fails the type check until it is translated.
 */
type CoreKeys =
  | `incident.${IncidentType}`
  | `status.${CaseStatus}`
  | `unreadable.${UnreadableCode}`
  | `error.${ErrorCode}`
  | `followUp.blocked.${LetterBlock}`
  | `forms.upload.${UploadProblem}`
  | `problem.${ProblemCode}`
  | `warning.${WarningCode}`
  | TimelineKeys
  | `${PluralBase}.${PluralCategory}`
  | `step.${StepId}`
  | `stepWhy.${StepId}`
  | `incidentAbout.${IncidentType}`
  | `events.tips.${IncidentType}`
  | `events.textPlaceholder.${IncidentType}`
  | `events.referencePlaceholder.${IncidentType}`
  | `contactChannel.${ContactChannel}`
  | `replyChannel.${ReplyChannel}`
  | `delivery.${DeliveryMethod}`
  | `deliveryAbout.${DeliveryMethod}`
  | `evidenceStatus.${EvidenceStatus}`
  | `outcome.${DemandOutcome}`
  | `cases.next.${DeadlineKind}`
  | `deadline.kind.${DeadlineKind}`
  | `deadline.start.${DeadlineKind}`
  | `deadline.closed.${DeadlineKind}`
  | `timeline.deadline.${DeadlineKind}`;

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
  'cases.overdueSince': 'Overdue: due {date}',
  'cases.overdueNotice.one': '{count} case is past the company’s deadline:',
  'cases.overdueNotice.few': '{count} cases are past the company’s deadline:',
  'cases.overdueNotice.many': '{count} cases are past the company’s deadline:',
  'cases.overdueNotice.other': '{count} cases are past the company’s deadline:',

  'case.back': 'Back to cases',
  'case.loading': 'Loading the case…',
  'case.loadFailed': 'The case could not be opened.',

  'deadline.heading': 'Deadlines',
  'deadline.today': 'Today is the last day for the answer',
  'deadline.daysLeft.one': '{count} day left',
  'deadline.daysLeft.few': '{count} days left',
  'deadline.daysLeft.many': '{count} days left',
  'deadline.daysLeft.other': '{count} days left',
  'deadline.overdueBy.one': 'Overdue by {count} day',
  'deadline.overdueBy.few': 'Overdue by {count} days',
  'deadline.overdueBy.many': 'Overdue by {count} days',
  'deadline.overdueBy.other': 'Overdue by {count} days',
  'deadline.basis': 'Legal basis',
  'deadline.inForceSince': 'Rule in force since {date}',
  'deadline.inForceBetween': 'Rule in force from {from} to {to}',
  'deadline.extended': 'If the company notifies you of an extension: {date} at the latest',
  'deadline.verify': 'This date rests on a rule or calendar that should be checked.',
  'deadline.handedIn': 'Claim handed in on {date}',
  'deadline.registration': 'incoming no. {number}',
  'deadline.notSent': 'The deadline starts when the claim is handed in.',
  'deadline.answered': 'The company answered on {date}.',
  'deadline.none': 'No answer is awaited, so no deadline is running.',
  'deadline.failed': 'The deadline could not be worked out.',
  'deadline.adrIn.one': 'ADR possible in {count} day',
  'deadline.adrIn.few': 'ADR possible in {count} days',
  'deadline.adrIn.many': 'ADR possible in {count} days',
  'deadline.adrIn.other': 'ADR possible in {count} days',
  'deadline.extendedRegulator':
    'If the regulator notifies you of an extension: {date} at the latest',
  'cases.adrOpen': 'ADR possible since {date}',
  'cases.next.claim_answer': 'Answer due {date}',
  'cases.next.adr_from': 'ADR possible from {date}',
  'cases.next.adr_until': 'ADR possible until {date}',
  'cases.next.data_request_answer': 'Data answer due {date}',
  'cases.next.regulator_answer': 'Regulator due {date}',
  'cases.next.claim_window': 'Claim by {date}',
  'deadline.kind.claim_answer': 'The company must answer by',
  'deadline.kind.adr_from': 'The complaint can go to ADR from',
  'deadline.kind.adr_until': 'The complaint can go to ADR until',
  'deadline.kind.data_request_answer': 'The answer to your data request is due by',
  'deadline.kind.regulator_answer': 'The regulator must answer by',
  'deadline.kind.claim_window': 'The claim must be made by',
  'deadline.start.claim_answer': 'The company received the claim on {date}',
  'deadline.start.adr_from': 'The company received the complaint on {date}',
  'deadline.start.adr_until': 'The company gave its final answer on {date}',
  'deadline.start.data_request_answer': 'The company received the data request on {date}',
  'deadline.start.regulator_answer': 'The regulator received the complaint on {date}',
  'deadline.start.claim_window': 'The oldest event is of {date}',
  'deadline.closed.claim_answer': 'The deadline has passed',
  'deadline.closed.adr_from': 'The complaint can go to ADR now',
  'deadline.closed.adr_until': 'The time for ADR has ended',
  'deadline.closed.data_request_answer': 'The deadline has passed',
  'deadline.closed.regulator_answer': 'The deadline has passed',
  'deadline.closed.claim_window': 'The time for a claim has ended',
  'deadline.unit.days.one': '{count} day',
  'deadline.unit.days.few': '{count} days',
  'deadline.unit.days.many': '{count} days',
  'deadline.unit.days.other': '{count} days',
  'deadline.unit.working_days.one': '{count} working day',
  'deadline.unit.working_days.few': '{count} working days',
  'deadline.unit.working_days.many': '{count} working days',
  'deadline.unit.working_days.other': '{count} working days',
  'deadline.unit.weeks.one': '{count} week',
  'deadline.unit.weeks.few': '{count} weeks',
  'deadline.unit.weeks.many': '{count} weeks',
  'deadline.unit.weeks.other': '{count} weeks',
  'deadline.unit.months.one': '{count} month',
  'deadline.unit.months.few': '{count} months',
  'deadline.unit.months.many': '{count} months',
  'deadline.unit.months.other': '{count} months',
  'deadline.estimate': 'Estimate',
  'deadline.estimateNote':
    'The registration date is not entered, so the term is counted from the latest day the law allows for it, {date}. The real date can only be earlier.',
  'deadline.registeredOn': 'Registration date from the stamp',
  'deadline.saveRegistration': 'Save the date',
  'deadline.registrationFailed': 'The registration date could not be saved.',
  'deadline.working': 'How this date was worked out',
  'deadline.step.registered': 'Registered on {date} (the law allows until {latest})',
  'deadline.step.registeredLate':
    'Registered on {date}, later than the law allows: counted from {latest}, the latest lawful day',
  'deadline.step.registrationLatest':
    'Registration date not entered: counted from the latest day the law allows, {date}',
  'deadline.step.term': '{term} from {from}: {until}',
  'deadline.step.weekend': '{date}: weekend',
  'deadline.step.dayOff': '{date}: {name}',
  'deadline.step.skipped': 'Days that do not count:',
  'deadline.step.last': 'Last day: {date}',
  'deadline.counting': 'Counting: {law}',
  'deadline.calendar': 'Add to calendar (.ics)',
  'deadline.calendarTitle': 'Save the deadlines as a calendar file',
  'deadline.calendarSaved': 'Calendar file saved. Importing it again updates the events.',
  'deadline.calendarFailed': 'The calendar file could not be saved.',
  'handIn.registeredOn': 'Date of registration (optional)',
  'handIn.registeredOnHint':
    'As on the stamp of your copy. Without it the deadline is an estimate.',
  'error.dates_out_of_order': 'The date is before the letter arrived.',
  'error.not_delivered': 'That letter is not recorded as delivered.',

  'timeline.incoming': 'Incoming No. {number}',
  'timeline.heading': 'Timeline',
  'timeline.empty': 'Nothing dated has been recorded yet.',
  'timeline.kind.event': 'Event',
  'timeline.kind.contact': 'Contact with the company',
  'timeline.kind.letter': 'Letter',
  'timeline.kind.sent': 'Claim handed in',
  'timeline.kind.due': 'Answer due',
  'timeline.kind.answer': 'Answer received',
  'timeline.kind.data_request': 'Data request delivered',
  'timeline.kind.regulator': 'Regulator complaint delivered',
  'timeline.kind.reply': 'Reply received',
  'timeline.deadline.claim_answer': 'Answer due',
  'timeline.deadline.adr_from': 'ADR possible',
  'timeline.deadline.adr_until': 'Last day for ADR',
  'timeline.deadline.data_request_answer': 'Data request answer due',
  'timeline.deadline.regulator_answer': "Regulator's answer due",
  'timeline.deadline.claim_window': 'Last day for the claim',

  'caseActions.saving': 'Saving…',
  'records.claim': 'Claim',
  'records.answer': 'The company’s answer',
  'deliveries.answerArrived': 'Arrived on {date}',
  'records.correct': 'Correct…',
  'records.confirm': 'Take this record back into its form to correct it?',
  'records.remove': 'Take back',
  'records.correcting':
    'The record is back in its form as it was: correct what was wrong and save it again. Until then no term runs from it.',
  'records.keep': 'Keep',
  'error.answer_rests': 'The company’s answer rests on the hand-in: remove the answer first.',
  'deliveries.heading': 'Letters delivered and answers',
  'deliveries.intro':
    'Each letter’s deadline runs from the day it arrived. A record entered wrongly can be taken back and entered again.',
  'deliveries.kind.data_request': 'Personal-data request',
  'deliveries.kind.regulator': 'Complaint to the regulator',
  'deliveries.record': 'Record that it arrived',
  'deliveries.date': 'Date it arrived',
  'deliveries.registeredOn': 'Date of registration (optional)',
  'deliveries.number': 'Incoming number (optional)',
  'deliveries.save': 'Save',
  'deliveries.delivered': 'Arrived on {date}',
  'deliveries.answeredOn': 'Date the answer arrived',
  'deliveries.saveAnswer': 'Record the answer',
  'deliveries.answered': 'answered on {date}',
  'deliveries.failed': 'This could not be recorded.',
  'handIn.heading': 'Mark as handed in',
  'handIn.intro':
    'Once the company has received the claim, record it here: the deadline for its answer runs from this date.',
  'handIn.date': 'Date the company received it',
  'handIn.method': 'How it was delivered',
  'handIn.registration': 'Incoming number (вх. №)',
  'handIn.registrationHint': 'As stamped on your copy; leave empty if none was given.',
  'handIn.tracking': 'Postal tracking number',
  'handIn.submit': 'Mark as handed in',
  'handIn.failed': 'The claim could not be marked as handed in.',
  'handIn.fixDate': 'Check the date: the reason is under it.',
  'answerForm.heading': 'Record the company’s answer',
  'answerForm.final': 'The answer says it is final and points me to the ADR scheme',
  'answerForm.finalHint':
    'A deadlock or “ADR letter”: the complaint can go to the scheme at once, within 12 months of it.',
  'answerForm.date': 'Date the answer arrived',
  'answerForm.channel': 'How it arrived',
  'answerForm.summary': 'What the company said',
  'answerForm.outcomes': 'What the company did with each demand',
  'answerForm.demand': 'Demand {number}: {text}',
  'answerForm.objection':
    'Why you dispute the reasons for refusing demand {number} (the follow-up letter answers them)',
  'answerForm.noDemands': 'The case lists no demands.',
  'answerForm.submit': 'Record the answer',
  'answerForm.failed': 'The answer could not be recorded.',
  'outcome.satisfied': 'Satisfied',
  'outcome.refused_with_reasons': 'Refused with reasons',
  'outcome.refused_without_reasons': 'Refused without reasons',
  'outcome.not_addressed': 'Not addressed',
  'followUp.madeToday':
    'This letter was already made today: {file}. Open it, or make another copy?',
  'followUp.makeAnother': 'Make another',
  'followUp.heading': 'Follow-up letters',
  'followUp.optionsFailed': 'The follow-up letters could not be checked.',
  'followUp.blocked.not_sent': 'Available once the claim is handed in.',
  'followUp.blocked.already_answered': 'The company has already answered.',
  'followUp.blocked.not_answered': 'Available once the company’s answer is recorded.',
  'followUp.blocked.not_yet_due': 'The company’s time to answer has not ended yet.',
  'followUp.issuing': 'Preparing the letter…',
  'followUp.ready': 'The letter is ready: {file}',
  'followUp.failed': 'The letter could not be made.',
  'followUp.openFailed': 'The letter could not be opened.',

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
  'unreadable.not_a_file':
    'The case file is not an ordinary file but a {kind}, so it was not read.',
  'unreadable.too_large':
    'The case file is {size} MB, larger than the {limit} MB a case file may be, so it was not read.',
  'unreadable.linked_folder':
    'The case folder is a link to somewhere else on the disk, so it was not opened.',
  'unreadable.bad_name':
    'This folder’s name is not one Complaint Desk gives to cases, so it was not opened.',
  'fileKind.pipe': 'named pipe',
  'fileKind.socket': 'socket',
  'fileKind.device': 'device',
  'fileKind.link': 'link',
  'fileKind.folder': 'folder',
  'fileKind.special_file': 'special file',

  'newCase.incidentRequired': 'Choose what happened.',
  'newCase.jurisdiction': 'Country whose law applies',
  'newCase.letterLanguage': 'Letter language',
  'newCase.letterLanguageHint':
    'The complaint is written in this language; it can differ from the interface.',
  'newCase.companyHint': 'As written on your contract, e.g. “Vodafone Limited”.',
  'newCase.caseTitleHint':
    'Becomes the letter’s subject line (“Re: …”) and the name in your case list, e.g. “Top-up of 12 March not credited”.',

  'case.edit': 'Continue editing',
  'cases.shelf': 'Which cases',
  'cases.shelf.active': 'In use',
  'cases.shelf.archived': 'Archived',
  'cases.activeEmpty':
    'No cases in use: every case is in the archive. Start a new one, or restore one from the archive.',
  'cases.openArchive': 'Open the archive',
  'cases.archivedEmpty':
    'No archived cases. A case archived from its page waits here, whole, until it is restored.',
  'cases.restore': 'Restore',
  'cases.restoreLabel': 'Restore “{title}” to the list',
  'cases.deleteLabel': 'Delete “{title}”',
  'cases.archivedNotice': '“{title}” was moved to the archive.',
  'cases.restoredNotice': '“{title}” is back in the list.',
  'cases.deletedNotice': '“{title}” was moved to the trash; it can be restored from there.',
  'cases.undo': 'Undo',
  'cases.dismiss': 'Dismiss',
  'forms.heading': 'Online forms of the regulator',
  'forms.intro':
    'Fill in the regulator’s web form instead of posting the letter: each field below holds what to type, in the form’s order.',
  'forms.address': 'Address of the form',
  'forms.language': 'The texts are in {language}, the language the form is filled in.',
  'forms.open': 'Open the form',
  'forms.verify':
    'These fields were read from {source}. Check them against the form before you send it.',
  'forms.verifyForm':
    'What is said here of this form comes from {source}. Check it against the form before you send it.',
  'forms.noFields':
    'The fields of this form are not on record. Copy the complaint text below into its text box, and your details from the case.',
  'forms.complaint': 'Complaint text',
  'forms.required': 'required',
  'forms.empty': 'Not in the case: fill it in on the form.',
  'forms.choice': 'Your choice on the form.',
  'forms.copy': 'Copy',
  'forms.copied': 'Copied',
  'forms.copyFailed': 'Could not copy: select the text and copy it by hand.',
  'forms.chars': '{count} of {max} characters',
  'forms.tooLong': 'Longer than the field takes: shorten it on the form.',
  'forms.uploads': 'Files to upload',
  'forms.uploadTypes': 'Accepted: {types}.',
  'forms.uploadFile': 'At most {size} per file.',
  'forms.uploadTotal': 'At most {size} in all.',
  'forms.uploadCount': 'At most {count} files.',
  'forms.uploadSource': 'Limits from {source}.',
  'forms.noFiles': 'No evidence files are attached to the items you have.',
  'forms.overLimit':
    'Together these files exceed what the form takes: leave some out or make them smaller.',
  'forms.upload.wrong_type': 'not a type the form accepts',
  'forms.upload.too_large': 'larger than the form takes',
  'forms.upload.missing': 'its copy is missing from the case folder',
  'forms.failed': 'The forms could not be prepared.',
  'caseMenu.verify': 'Check the files',
  'caseMenu.export': 'Export for a lawyer or a regulator…',
  'caseMenu.exportHint':
    'One zip file (a BagIt bag) with the case, its letters and its evidence under their own names, each with its SHA-256, so whoever receives it can check that nothing was changed.',
  'caseMenu.exportTitle': 'Export the case',
  'caseMenu.exported.one': 'Saved as {path}: {count} file, each with its SHA-256.',
  'caseMenu.exported.few': 'Saved as {path}: {count} files, each with its SHA-256.',
  'caseMenu.exported.many': 'Saved as {path}: {count} files, each with its SHA-256.',
  'caseMenu.exported.other': 'Saved as {path}: {count} files, each with its SHA-256.',
  'verify.intact': 'Every file is as it was when added ({count} checked).',
  'verify.faults': 'Changed or missing since they were added:',
  'verify.unrecorded': 'Not checked (made by an earlier version, with no fingerprint): {files}.',
  'verify.changed': 'changed',
  'verify.missing': 'missing',
  'caseMenu.heading': 'This case',
  'caseMenu.openFolder': 'Open the case folder',
  'caseMenu.duplicate': 'Duplicate as a new draft',
  'caseMenu.duplicateHint':
    'The same company, customer, facts and evidence, without letters or deliveries.',
  'caseMenu.archive': 'Archive',
  'caseMenu.delete': 'Delete…',
  'caseMenu.deleteConfirm': 'Move “{title}” to the trash, with its letters and evidence?',
  'caseMenu.deleteYes': 'Move to the trash',
  'caseMenu.deleteNo': 'Keep it',
  'caseMenu.failed': 'That did not work:',
  'next.heading': 'Next step',
  'next.printClaim': 'Print the claim',
  'next.printClaimText':
    'The claim is ready. Print it, sign it, and hand it in or post it as planned.',
  'next.printing': 'Making the letter…',
  'next.cannotPrint': 'The claim cannot be made yet:',
  'next.handIn': 'Mark as handed in',
  'next.handInText':
    'The claim is printed. Once it is handed in or posted, record the date: the company’s term runs from it.',
  'next.openClaim': 'Open the claim to print',
  'next.waitText':
    'The claim is with the company. The deadline above says when its answer is due; when the answer comes, record it here. If none comes in time, this card offers the reminder.',
  'next.recordAnswer': 'The answer has come',
  'next.answeredText':
    'The company has answered. If it did not give you what you asked, the next step is a letter to the regulator, under “Follow-up letters”.',
  'next.overdueText':
    'The company’s answer is late. Send a reminder, or complain to the regulator.',
  'next.notOpened': 'The letter is saved, but no PDF viewer opened it. It is in the case folder.',
  'next.noFileManager':
    'No file manager opened the folder either. Save a copy where you will find it.',
  'handIn.noLetter':
    'No claim letter has been made yet. Print the claim first, so you keep the copy the clerk stamps.',
  'review.showInFolder': 'Show in folder',
  'review.showInFolderLabel': 'Show {file} in its folder',

  'wizard.newTitle': 'New case',
  'wizard.leave': 'Back to cases',
  'wizard.leaveKey': 'Esc',
  'wizard.progress': 'Steps',
  'wizard.stepOf': 'Step {n} of {total}',
  'wizard.stepDone': 'done',
  'wizard.stepProblems.one': '{count} problem',
  'wizard.stepProblems.few': '{count} problems',
  'wizard.stepProblems.many': '{count} problems',
  'wizard.stepProblems.other': '{count} problems',
  'wizard.back': 'Back',
  'wizard.next': 'Next',
  'wizard.createNext': 'Create case and continue',
  'wizard.creating': 'Creating…',
  'wizard.createFailed': 'The case could not be created.',
  'wizard.done': 'Done',
  'wizard.loading': 'Loading the case…',
  'wizard.loadFailed': 'The case could not be opened for editing.',
  'wizard.callRunning': 'Call in progress: {time}',
  'wizard.why': 'Why we ask:',

  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.notYet': 'Saved when you press Next',
  'save.failed': 'Not saved',
  'save.failedBody':
    'Your changes are kept on this page and will be saved with the next change. {message}',
  'save.retry': 'Save now',
  'save.leaveFailed':
    'The last changes could not be saved, so the case is still open. You can try again or leave without them.',
  'save.leaveAnyway': 'Leave without saving',

  'step.incident': 'What happened',
  'step.company': 'Company',
  'step.customer': 'Your details',
  'step.events': 'Timeline',
  'step.contacts': 'Contacts',
  'step.demands': 'Demands',
  'step.delivery': 'Reply and delivery',
  'step.evidence': 'Proof',
  'step.review': 'Review and print',

  'stepWhy.incident':
    'The kind of problem decides which legal grounds the letter relies on; the country decides whose law and which deadlines apply to the company’s answer and to a complaint to the regulator.',
  'stepWhy.company':
    'The exact legal name and the address for complaints make the claim reach the legal entity that has to answer it; a regulator or a court identifies the company by them too.',
  'stepWhy.customer':
    'The company has to send its answer to the address or contact you give here, and finds your contract by your name and account number.',
  'stepWhy.events':
    'The dates show what happened and when: they fix when the time the law allows for a claim began, and let the company and a regulator check each fact.',
  'stepWhy.contacts':
    'Each contact with its date, time, the agent’s name and the ticket number proves the company was told about the problem and did not put it right; regulators give such details weight.',
  'stepWhy.demands':
    'The company has to decide on each demand, and a regulator or a court checks its answer against this list point by point: a demand not made here cannot later be called ignored.',
  'stepWhy.delivery':
    'You can ask for the answer in writing or by e-mail, and the letter says which. The way you deliver the claim decides the day the company receives and registers it, and its time to answer runs from that day.',
  'stepWhy.evidence':
    'Attach copies, never originals: the copies go with the claim as annexes listed in the letter, and the originals stay with you in case of a dispute.',
  'stepWhy.review':
    'The company answers exactly this letter, and a regulator reads it as it was handed in: check the dates and amounts now, while they can still be changed.',

  'incidentStep.heading': 'What happened?',
  'incidentStep.intro':
    'Choose the closest match; the next questions and suggestions depend on it.',
  'incidentStep.jurisdictionHint': 'Decides the deadlines and the rules the letter relies on.',

  'incidentAbout.wrong_person_debt':
    'A letter, call or text demands money from someone else who is not you, at your address or number.',
  'incidentAbout.payment_not_credited':
    'You paid or topped up, but the money never reached your account.',
  'incidentAbout.broken_promise':
    'An agent promised a call back, an e-mail, a fix or information, and it never came.',
  'incidentAbout.billing_dispute':
    'A bill charges too much, charges for something you did not use, or goes on after you ended the contract.',
  'incidentAbout.service_outage':
    'No network, internet or TV, or the same fault keeps coming back.',
  'incidentAbout.unreachable_support':
    'Endless hold, dropped calls, bots going in circles, or replies that never answer the question.',
  'incidentAbout.other': 'Something else the company got wrong; you describe it in your own words.',

  'companyStep.heading': 'Which company is it about?',
  'companyStep.intro':
    'Write it as it appears on your contract or bill; the letter is addressed to this company.',
  'companyStep.known': 'Companies from your earlier cases',
  'companyStep.useLabel': 'Use {name}',
  'companyStep.claimsAddressHint':
    'The postal address the company gives for complaints: on its website, the contract or a bill.',
  'companyStep.officeHint': 'Where you will hand the letter in, if you go in person.',

  'customerStep.heading': 'Your details',
  'customerStep.intro':
    'The letter is signed with your name, and the company answers to these addresses.',
  'customerStep.fullNameHint': 'As you will sign the letter.',
  'customerStep.postalAddressHint': 'With the postcode; a paper answer is sent here.',
  'customerStep.emailHint': 'Needed if you want the answer by e-mail.',
  'customerStep.phoneHint': 'Needed if you want the answer by SMS.',
  'customerStep.accountHint': 'As printed on your bill or contract.',
  'customerStep.accountHintStranger':
    'You are not their customer, so this may stay empty. The number on the notice goes into the timeline, not here.',
  'customerStep.remember': 'Remember my details for next time',
  'customerStep.rememberHint':
    'Kept on this computer only and filled in for you in your next case.',
  'customerStep.prefilled': 'Filled in from the details you asked to remember.',
  'customerStep.profileFailed': 'Your remembered details could not be loaded.',
  'customerStep.profileSaveFailed': 'Your details could not be remembered.',

  'field.title': 'Short title (optional)',
  'field.incident': 'What happened',
  'field.company.legal_name': 'Legal name',
  'field.company.claims_address': 'Address for complaints',
  'field.company.office': 'Office you will visit (optional)',
  'field.customer.full_name': 'Full name',
  'field.customer.postal_address': 'Postal address',
  'field.customer.phone': 'Phone',
  'field.customer.email': 'E-mail',
  'field.customer.account': 'Account, contract or phone number concerned',
  'field.events': 'Timeline',
  'field.events.date': 'Date',
  'field.events.time': 'Time (optional)',
  'field.events.text': 'What happened',
  'field.events.amount.value': 'Amount (optional)',
  'field.events.amount.currency': 'Currency',
  'field.events.reference': 'Reference number (optional)',
  'field.contacts.channel': 'How',
  'field.contacts.date': 'Date',
  'field.contacts.dialled': 'Started',
  'field.contacts.answered': 'Answered',
  'field.contacts.ended': 'Ended',
  'field.contacts.agent': 'Agent’s name or id',
  'field.contacts.ticket': 'Ticket or reference number',
  'field.contacts.summary': 'What was said or promised',
  'field.demands': 'Demands',
  'field.reply_channel': 'Send the answer by',
  'field.delivery': 'How you will deliver the letter',
  'field.terms.long_distance_or_roaming':
    'The complaint is about long-distance or international calls, or roaming (the operator then has 60 days instead of 30)',
  'field.terms.reply_days': 'Days the company has to answer',
  'field.loss_of_service.reported': 'Day you reported the fault',
  'field.loss_of_service.restored': 'Day the service worked again',
  'field.loss_of_service.missed_appointments': 'Missed engineer appointment',
  'field.loss_of_service.provider_in_scheme':
    'My provider is in Ofcom’s automatic compensation scheme',
  'field.evidence.description': 'Description, as listed among the attachments',
  'field.evidence.status': 'Do you have it?',
  'field.evidence.files': 'Files',

  'entry.event': 'Event {n}',
  'entry.contact': 'Contact {n}',
  'entry.demand': 'Demand {n}',
  'entry.evidence': 'Proof {n}',
  'entry.missedAppointment': 'Missed appointment {n}',

  'list.moveUp': 'Move {item} up',
  'list.moveDown': 'Move {item} down',
  'list.remove': 'Remove {item}',
  'list.moved': '{item} is now number {position}.',
  'list.removed': '{item} removed.',

  'events.heading': 'What happened, step by step',
  'events.intro':
    'One entry per dated fact, oldest first. Write it as you would tell a friend: the letter uses your words.',
  'events.tipsHeading': 'Worth writing down',
  'events.add': 'Add an event',
  'events.empty': 'Nothing yet. Start with the first thing that went wrong.',
  'events.tips.wrong_person_debt':
    'The name on the notice, the notice’s date and number, the stranger’s account or phone number, the day you found it, and how it was delivered.',
  'events.tips.payment_not_credited':
    'The date and time of the payment, the amount, the terminal or transaction id, and the receipt number.',
  'events.tips.broken_promise':
    'What was promised, by whom (name or id), when, and by what date it should have happened.',
  'events.tips.billing_dispute':
    'The contract term, the date you asked to end it, and each disputed line of each bill with its amount.',
  'events.tips.service_outage':
    'When the outage started and ended, how often it came back, and each ticket number.',
  'events.tips.unreachable_support':
    'How long you were kept on hold, calls that were cut off, and questions you were asked again and again.',
  'events.tips.other': 'Dates, amounts and reference numbers, in the order things happened.',
  'events.textPlaceholder.wrong_person_debt':
    'E.g. “Found a debt notice in my mailbox addressed to a stranger, John Smith, for account 298417563021.”',
  'events.textPlaceholder.payment_not_credited':
    'E.g. “Topped up 500 at the terminal in the station; the money never reached my balance.”',
  'events.textPlaceholder.broken_promise':
    'E.g. “Agent Anna (id 4471) promised a call back within 24 hours with the result of the check.”',
  'events.textPlaceholder.billing_dispute':
    'E.g. “The 12-month contract ended on 1 June, but the June bill charges the monthly fee again.”',
  'events.textPlaceholder.service_outage':
    'E.g. “The internet went down at 08:00 and came back on 14 March at 19:30.”',
  'events.textPlaceholder.unreachable_support':
    'E.g. “Waited 40 minutes on hold; the call was cut off as soon as an agent answered.”',
  'events.textPlaceholder.other': 'What happened on that day, in your own words.',
  'events.referencePlaceholder.wrong_person_debt': 'Notice no., the stranger’s account no.',
  'events.referencePlaceholder.payment_not_credited': 'Terminal or transaction id, receipt no.',
  'events.referencePlaceholder.broken_promise': 'Ticket or request no.',
  'events.referencePlaceholder.billing_dispute': 'Invoice no., line',
  'events.referencePlaceholder.service_outage': 'Ticket no.',
  'events.referencePlaceholder.unreachable_support': 'Ticket or call no.',
  'events.referencePlaceholder.other': 'Receipt, notice or ticket no.',

  'loss.heading': 'Automatic compensation for a lost service',
  'loss.intro':
    'Under Ofcom’s automatic compensation scheme, the providers that signed up pay a fixed sum for each day a total loss of your landline or broadband is not repaired within two full working days of your report, and for each engineer appointment they miss. Give the dates and the letter states what you are owed.',
  'loss.schemeHint':
    'Only a total loss counts: no calls at all, or no internet at all. Mobile and business lines are outside the scheme. Ofcom publishes the list of providers that signed up.',
  'loss.reportedHint': 'As your call log or the provider’s ticket shows it.',
  'loss.restoredHint': 'Leave it empty while the service is still down.',
  'loss.appointmentsHeading': 'Missed engineer appointments',
  'loss.appointmentsHint':
    'An engineer who did not come, or an appointment cancelled with less than 24 hours’ notice.',
  'loss.addAppointment': 'Add a missed appointment',

  'contacts.heading': 'Calls, chats and visits',
  'contacts.intro':
    'Every time you contacted the company: when, how long you waited, who answered and what they said or promised.',
  'contacts.add': 'Add a contact',
  'contacts.empty': 'No contacts recorded yet.',
  'contacts.timer': 'Call timer',
  'contacts.timerHint': 'Press each button as it happens; the time is filled in for you.',
  'contacts.dialling': 'Dialling',
  'contacts.answeredNow': 'Answered',
  'contacts.endedNow': 'Ended',
  'contacts.onHold': 'On hold {time}',
  'contacts.heldFor': 'Held {time}',
  'contacts.talking': 'talking {time}',
  'contacts.summaryPlaceholder':
    'E.g. “The agent promised an SMS with the ticket number and a call back within 24 hours.”',
  'contacts.held.one': 'Kept on hold {count} minute',
  'contacts.held.few': 'Kept on hold {count} minutes',
  'contacts.held.many': 'Kept on hold {count} minutes',
  'contacts.held.other': 'Kept on hold {count} minutes',
  'contacts.unanswered.one': 'No answer after {count} minute',
  'contacts.unanswered.few': 'No answer after {count} minutes',
  'contacts.unanswered.many': 'No answer after {count} minutes',
  'contacts.unanswered.other': 'No answer after {count} minutes',
  'contacts.heldBrief': 'Kept on hold less than a minute',
  'contacts.unansweredBrief': 'No answer, waited less than a minute',

  'contactChannel.phone': 'Phone call',
  'contactChannel.chat': 'Chat',
  'contactChannel.email': 'E-mail',
  'contactChannel.office': 'Office visit',
  'contactChannel.post': 'Letter by post',
  'contactChannel.sms': 'SMS',
  'contactChannel.web_form': 'Web form',
  'contactChannel.other': 'Other',

  'demands.heading': 'What do you demand?',
  'demands.intro':
    'One demand per entry, concrete enough to be answered yes or no. The letter numbers them in this order.',
  'demands.prefilled':
    'These are the usual demands for this kind of case, in the letter’s language. Change, reorder or remove them.',
  'demands.add': 'Add a demand',
  'demands.more': 'More suggestions',
  'demands.addSuggestion': 'Add',
  'demands.addSuggestionLabel': 'Add the demand: {text}',
  'demands.suggestionsFailed': 'Suggestions could not be loaded.',
  'demands.empty': 'No demands yet.',
  'demands.undo': 'Undo',
  'demands.undoLabel': 'Undo removing {item}',
  'demands.restored': '{item} is back in its place.',

  'delivery.heading': 'The answer and the letter',
  'delivery.replyIntro': 'Where must the company send its answer?',
  'delivery.replyNote':
    'In Russia the company has to answer by e-mail or SMS only if the claim asks for it, so the letter always says where the answer must go.',
  'delivery.deliveryIntro': 'How will the letter reach the company?',
  'delivery.needsEmail': 'You chose e-mail, but your e-mail address is not filled in.',
  'delivery.needsPhone': 'You chose SMS, but your phone number is not filled in.',
  'delivery.enterEmail': 'Enter your e-mail address',
  'delivery.enterPhone': 'Enter your phone number',
  'delivery.termsHeading': 'Deadline for the answer',
  'delivery.replyDaysHint':
    'As stated in the company’s general terms. Leave it empty and 30 days are counted.',

  'replyChannel.post': 'Post, to my postal address',
  'replyChannel.email': 'E-mail',
  'replyChannel.sms': 'SMS',

  'delivery.in_person': 'In person at an office',
  'delivery.registered_post': 'Registered post',
  'delivery.email': 'E-mail or web form',
  'deliveryAbout.in_person':
    'Take two printed copies. Staff stamp your copy with the date and an incoming number.',
  'deliveryAbout.registered_post':
    'With a list of the contents and a return receipt. Keep the postal receipt.',
  'deliveryAbout.email': 'Keep the confirmation that it arrived.',

  'evidence.heading': 'Proof',
  'evidence.intro':
    'Mark what you have, what is still missing and what is not needed. Attached files are copied into the case folder with a fingerprint (SHA-256); your originals stay where they are.',
  'evidence.prefilled':
    'This checklist was suggested for your kind of case, in the letter’s language.',
  'evidence.attach': 'Attach files…',
  'evidence.attachLabel': 'Attach files to {item}',
  'evidence.attaching': 'Attaching…',
  'evidence.pickTitle': 'Choose files to attach',
  'evidence.dropHint': 'You can also drop files from your computer onto an item.',
  'evidence.dropOnItem': 'Drop to attach to this item',
  'evidence.dropAnywhere': 'Drop on an item to attach to it, or here to add a new item',
  'evidence.add': 'Add an item',
  'evidence.empty': 'No items yet.',
  'evidence.fingerprint': 'SHA-256 {hash}',
  'evidence.imported': 'added {date}',
  'evidence.attachFailed': '{name} was not attached: {message}',
  'evidence.open': 'Open',
  'evidence.openLabel': 'Open {name}',
  'evidence.removeFile': 'Remove',
  'evidence.removeLabel': 'Remove {name} from this item',
  'evidence.removeQuestion': 'Take it off? Its copy goes to the trash.',
  'evidence.keepFile': 'Keep',
  'evidence.openFailed': '{name} could not be opened: {message}',
  'evidence.removeFailed': '{name} was not removed: {message}',
  'evidence.noApplication':
    '{name} could not be opened: no application on this computer opens this kind of file.',
  'evidence.suggestionsFailed': 'The suggested checklist could not be loaded.',

  'evidenceStatus.have': 'I have it',
  'evidenceStatus.missing': 'Still missing',
  'evidenceStatus.not_applicable': 'Not needed',

  'review.heading': 'Review and print',
  'review.checking': 'Checking the case…',
  'review.checkFailed': 'The case could not be checked.',
  'review.ok': 'Everything the letter needs is filled in.',
  'review.warnings': 'Worth a look before you hand it in (the letter can still be made):',
  'review.warningSource': 'Source: {source}.',
  'review.warningVerify':
    'This date rests on a rule or a calendar still to be checked: check it before you rely on it.',
  'review.windowClosed': 'the time for a claim ran out on {date}',
  'review.problems.one': '{count} thing to fix before the letter can be made:',
  'review.problems.few': '{count} things to fix before the letter can be made:',
  'review.problems.many': '{count} things to fix before the letter can be made:',
  'review.problems.other': '{count} things to fix before the letter can be made:',
  'review.letter': 'The letter',
  'review.letterLanguage': 'Letter language',
  'review.previewLoading': 'Typesetting the pages…',
  'review.previewUpdating': 'Updating the pages…',
  'review.previewFailed': 'The letter’s pages could not be made.',
  'review.previewNote':
    'These are the pages of the PDF as they will print. The text can be selected and copied.',
  'review.page': 'Page {n} of {total}',
  'review.pageCount.one': '{count} page',
  'review.pageCount.few': '{count} pages',
  'review.pageCount.many': '{count} pages',
  'review.pageCount.other': '{count} pages',
  'review.options': 'What to print',
  'review.officeCopy': 'Office visit: include the applicant’s copy with a receipt block',
  'review.officeCopyHint':
    'Adds a second copy for you, with room for the office’s stamp, incoming number and signature.',
  'review.annexes': 'Print the copies of the evidence after the letter',
  'review.annexesHint':
    'Each attached photo, screenshot or PDF page becomes a numbered annex page with the file’s name and SHA-256, and the receipt block counts the sheets once every listed proof has a file. Files of other kinds are listed with a note.',
  'review.envelope': 'Window envelope',
  'review.envelopeHint':
    'Kept for every letter. With a window envelope the company’s address prints where the window shows it (DIN 5008), with fold marks at the edge for DL and C5.',
  'review.envelope.none': 'None: the address at the top of the letter',
  'review.envelope.dl-left': 'DL (110 × 220 mm), window on the left',
  'review.envelope.dl-right': 'DL (110 × 220 mm), window on the right',
  'review.envelope.c5-left': 'C5 (162 × 229 mm), window on the left',
  'review.envelope.c5-right': 'C5 (162 × 229 mm), window on the right',
  'review.envelope.c4-left': 'C4 (229 × 324 mm), window on the left',
  'review.envelope.c4-right': 'C4 (229 × 324 mm), window on the right',
  'review.readingCopy': 'Add a copy in {language} for you to read',
  'review.readingCopyHint':
    'Printed after the letter, every page marked as a translation for you, not to be handed in.',
  'review.generate': 'Generate PDF',
  'review.generating': 'Generating…',
  'review.blocked.one': 'Fix the problem above first.',
  'review.blocked.few': 'Fix the {count} problems above first.',
  'review.blocked.many': 'Fix the {count} problems above first.',
  'review.blocked.other': 'Fix the {count} problems above first.',
  'review.generateFailed': 'The PDF could not be made.',
  'review.details': 'Details: {message}',
  'review.ready': 'The letter is ready. Open it to print, or save a copy.',
  'review.letters': 'Letters made for this case',
  'review.letterMeta': '{date} · {language}',
  'review.new': 'New',
  'review.open': 'Open to print',
  'review.openLabel': 'Open {file} to print',
  'review.saveCopy': 'Save a copy…',
  'review.saveCopyLabel': 'Save a copy of {file}',
  'review.saveTitle': 'Save a copy of the letter',
  'review.copySaved': 'A copy of {file} was saved.',
  'review.actionFailed': 'That did not work.',

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
  'status.printed': 'Printed',
  'status.sent': 'Sent',
  'status.answered': 'Answered',
  'status.resolved': 'Resolved',
  'status.escalated': 'Escalated',

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
  'error.unknown_form': 'This version of Complaint Desk does not know that form. Update the app.',
  'error.not_in_force':
    'The deadline rule was not in force on the day the claim was handed in. Check the date.',
  'error.bad_data': 'The built-in deadline rules are damaged. Reinstall or update Complaint Desk.',
  'error.out_of_range':
    'No deadline can be counted from this date: it is outside the calendars Complaint Desk knows.',
  'error.evidence_unreadable':
    'The file could not be read. Check that it still exists and that you are allowed to open it.',
  'error.bag_refused': 'The bag was not taken in, and nothing was written.',
  'error.file_changed': 'A file of the case has changed since it was added. Check the files first.',
  'error.evidence_file_missing':
    'That file is no longer in the case. Reopen the case to see its files as saved.',
  'error.evidence_item_missing':
    'That checklist item is not in the saved case any more. Reopen the case and try again.',
  'error.evidence_too_large':
    'The file is larger than 50 MB. Attach a smaller copy, such as a screenshot or a compressed PDF.',
  'error.evidence_conflict':
    'A different file is already stored under the same fingerprint in the case folder. It was left as it is.',
  'error.profile_unreadable':
    'The file with your remembered details is damaged, so it was left as it is.',
  'error.letter_not_found': 'The letter file was not found in the case folder.',
  'error.future_date': 'The date is in the future. Enter the day it actually happened.',
  'error.before_claim_letter':
    'The date is before the date of the claim letter: the company cannot have received it earlier.',
  'error.invisible_character':
    'Some text contains an invisible character, such as a zero-width space or a direction mark, that must not go into a printed letter. Delete it or retype the text, then try again.',
  'error.unsupported_character':
    'Some text contains a character the letter font cannot print. Replace it and try again.',
  'error.not_sent': 'Mark the claim as handed in first.',
  'error.not_answered': 'Record the company’s answer first.',
  'error.already_answered': 'The company has already answered, so a reminder no longer applies.',
  'error.not_yet_due': 'The company’s time to answer has not ended yet.',
  'error.bad_request':
    'The window and the core do not agree on this action. Restart Complaint Desk; if it persists, reinstall it.',
  'error.case_too_large':
    'The case has grown larger than a case file may be (16 MB), so it was not saved. Shorten the longest texts.',
  'error.case_incomplete': 'The case is not complete enough for a letter yet.',
  'error.language_not_offered':
    'The law of this country is not available in that language, so no letter can be written in it. Choose one of the letter languages offered.',
  'error.template': 'The letter template is damaged. Update or reinstall Complaint Desk.',
  'error.missing_glyph':
    'The letter contains a character the font cannot draw. Replace it and try again.',
  'error.font': 'The letter font could not be read. Reinstall Complaint Desk.',
  'error.pdf': 'The PDF could not be put together.',
  'error.browser_failed':
    'The browser could not be opened. Copy the form’s address and open it yourself.',
  'error.open_failed': 'The letter could not be opened. Is a PDF viewer installed?',
  'error.invalid_date': 'A date is not valid: write it as DD/MM/YYYY (day, month, year).',
  'error.conflict':
    'The case was changed elsewhere at the same time (on its case page or in another window), so your changes could not be added to it yet. Save again to add them to the latest version.',
  'error.internal':
    'Complaint Desk stopped this action unexpectedly. Try again, and restart the app if it keeps happening.',
  'error.unknown_drop': 'Complaint Desk no longer knows those dropped files. Drop them again.',
  'error.unknown': 'Something went wrong.',

  'written.datePattern': 'DD/MM/YYYY',
  'written.timePattern': 'HH:MM',
  'written.not_a_date':
    'Not a date: write it as DD/MM/YYYY (day, month, year), for example 05/11/2026.',
  'written.no_such_date': 'There is no such date: check the day and the month (DD/MM/YYYY).',
  'written.short_year': 'Write the year in full, with four digits: DD/MM/YYYY.',
  'written.not_a_time':
    'Not a time: write it as HH:MM on the 24-hour clock, for example 09:05 or 14:30.',

  'calendar.open': 'Choose a date',
  'calendar.dialog': 'Calendar',
  'calendar.previousMonth': 'Previous month',
  'calendar.nextMonth': 'Next month',
  'calendar.month': 'Month',
  'calendar.year': 'Year',
  'calendar.notAfter': 'A date after {date} cannot be chosen.',

  'problem.required': 'This field is required.',
  'problem.invalid_date': 'Not a date: write it as DD/MM/YYYY.',
  'problem.date_out_of_range': 'Enter a date between 1900 and 2100.',
  'problem.future_date': 'This date is in the future.',
  'problem.language_not_offered':
    'Letters for this country cannot be written in this language: its law is not available in it. Choose one of the languages offered.',
  'problem.before_claim_letter':
    'This is before the date of the claim letter: the company cannot have received it earlier.',
  'warning.not_official_language':
    'Companies in this country are written to in their official language ({language}); a letter in another language may be set aside as unreadable. You can change the letter’s language on the first step.',
  'warning.claim_window_passed':
    'The time the law gives for a claim about these events may have run out: the company may refuse the claim as late.',
  'problem.invalid_time': 'Enter the time as HH:MM.',
  'problem.times_out_of_order': 'The times are out of order: dialled, then answered, then ended.',
  'problem.dates_out_of_order': 'This date is earlier than the date before it.',
  'problem.invalid_email': 'This is not a valid e-mail address.',
  'problem.invalid_phone': 'This is not a valid phone number.',
  'problem.invalid_amount': 'Enter an amount such as 150 or 150.50.',
  'problem.invalid_currency': 'Use a three-letter currency code such as GBP or EUR.',
  'problem.email_reply_needs_email': 'To get the answer by e-mail, enter your e-mail address.',
  'problem.sms_reply_needs_phone': 'To get the answer by SMS, enter your phone number.',
  'problem.too_long': 'This text is too long.',
  'problem.control_character': 'This text contains invisible control characters; please retype it.',
  'problem.invisible_character':
    'This text contains an invisible character (such as a zero-width space or a direction mark) that would not print as you see it; please retype it.',
  'problem.invalid_hash': 'The fingerprint of an attached file is damaged.',
  'problem.reply_days_out_of_range':
    'Enter the number of days the company has to answer, from 1 to 366.',
  'problem.unprintable_character':
    'This text contains a character the letter cannot print, such as an emoji or a special symbol. Delete it or write it out in words.',
} as const satisfies Record<CoreKeys, string> & Record<string, string>;

/** Every message key. */
export type MessageKey = keyof typeof en;

/**
 * A translation: exactly the keys of `en`. Written as an object literal with this type,
 * a missing key and an extra key are both type errors.
 */
export type Dictionary = { readonly [K in MessageKey]: string };
