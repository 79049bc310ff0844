/** Every call into the Rust core, typed. Components use these and never call `invoke` directly. */
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { getCurrentWindow } from '@tauri-apps/api/window';

import { ERROR_CODES } from './bindings';
import type {
  AttachedFile,
  FileCheck,
  Answer,
  Attached,
  Case,
  CaseCheck,
  CaseRecord,
  CaseListEntry,
  Company,
  Commands,
  CreatedCase,
  Customer,
  DeliveryDate,
  ErrorCode,
  IncidentType,
  IssuedLetter,
  JurisdictionProfile,
  ExportedBag,
  FormsGuide,
  Language,
  Settings,
  LetterKind,
  LetterOption,
  LetterTitle,
  LetterPages,
  Problem,
  Shelf,
  StatusReport,
  Submission,
  SubmissionKind,
  Suggestions,
  WireError,
} from './bindings';
import { t } from './i18n/index.svelte';

/** A failed command: the core's code (or `unknown` when the failure did not come from the core), its
 * English sentence, and the fields it concerns. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'unknown';
  readonly problems: Problem[];

  constructor(code: ErrorCode | 'unknown', message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isKnownCode(code: string): code is ErrorCode {
  return KNOWN_CODES.has(code);
}

/** Whatever a rejected `invoke` gave, as an `ApiError`; a code this interface does not know keeps its
 * sentence under `unknown`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message, problems } = error as Partial<Record<keyof WireError, unknown>>;
    if (typeof code === 'string' && typeof message === 'string') {
      const fields = Array.isArray(problems) ? (problems as Problem[]) : [];
      return new ApiError(isKnownCode(code) ? code : 'unknown', message, fields);
    }
  }
  if (typeof error === 'string') return new ApiError('unknown', error);
  if (error instanceof Error) return new ApiError('unknown', error.message);
  return new ApiError('unknown', '');
}

/** What a failed command found wrong at the field `path`; none when nothing failed. */
export function problemsAt(failure: unknown, path: string): Problem[] {
  if (failure === null) return [];
  return toApiError(failure).problems.filter((problem) => problem.path === path);
}

/** The error in the interface language: by code when translated, else the core's sentence. */
export function errorMessage(error: unknown): string {
  const { code, message } = toApiError(error);
  if (code !== 'unknown') return t(`error.${code}`);
  return message.trim() !== '' ? message : t('error.unknown');
}

/** Calls a command of the contract: the request and the answer are typed from the core's declarations. */
async function call<K extends keyof Commands>(
  command: K,
  request: Commands[K]['request'],
): Promise<Commands[K]['response']> {
  try {
    return await invoke<Commands[K]['response']>(command, request);
  } catch (error) {
    throw toApiError(error);
  }
}

/** Every case folder on `shelf` (in use or archived), readable or not. */
export function listCases(shelf: Shelf = 'active'): Promise<CaseListEntry[]> {
  return call('list_cases', { shelf });
}

/** Puts a case away in the archive, whole; resolves to its id there. */
export function archiveCase(id: string): Promise<string> {
  return call('archive_case', { id });
}

/** Brings an archived case back to the list; resolves to its id there. */
export function restoreCase(id: string): Promise<string> {
  return call('restore_case', { id });
}

/** Moves a case folder on `shelf` to the system's trash (after the person confirmed it). */
export function deleteCase(id: string, shelf: Shelf): Promise<null> {
  return call('delete_case', { id, shelf });
}

/** A new draft with the case's company, customer, facts and evidence, and no letters or deliveries. */
export function duplicateCase(id: string): Promise<CreatedCase> {
  return call('duplicate_case', { id });
}

/** Opens the case's folder in the system's file manager. */
export function openCaseFolder(id: string): Promise<null> {
  return call('open_case_folder', { id });
}

/** One case by its id (folder name). */
export function loadCase(id: string): Promise<Case> {
  return call('load_case', { id });
}

/** Where a case stands today: its deadline and legal basis (in `lang`), lateness and timeline. */
export function caseStatus(id: string, lang: Language): Promise<StatusReport> {
  return call('case_status', { id, lang });
}

/** Records that the claim, a data request or a regulator complaint arrived; resolves to the updated case. */
export function recordSubmission(
  id: string,
  kind: SubmissionKind,
  submission: Submission,
): Promise<Case> {
  return call('record_submission', { id, kind, submission });
}

/**
 * Records a later day of a delivered letter: its registration, or the answer to a data request or a
 * regulator complaint; resolves to the updated case.
 */
export function recordDeliveryDate(
  id: string,
  kind: SubmissionKind,
  which: DeliveryDate,
  date: string,
): Promise<Case> {
  return call('record_delivery_date', { id, kind, which, date });
}

/** Takes back a hand-in, a delivery or the answer entered wrongly; resolves to the updated case. */
export function removeRecord(id: string, record: CaseRecord): Promise<Case> {
  return call('remove_record', { id, record });
}

/** Records the company's answer, one outcome per demand; resolves to the updated case. */
export function recordAnswer(id: string, answer: Answer): Promise<Case> {
  return call('record_answer', { id, answer });
}

/**
 * Saves a case over its folder; resolves to the case as stored, with its new revision. Rejects with
 * code `conflict` when `value.revision` is not the stored one: the case was changed elsewhere since.
 */
export function saveCase(id: string, value: Case): Promise<Case> {
  return call('save_case', { id, case: value });
}

/** A fresh draft for someone using the app in `lang`, with the jurisdiction whose letters are in it. */
export function newCase(lang: Language): Promise<Case> {
  return call('new_case', { lang });
}

/** What each jurisdiction asks of a case: its letter language, currency and the facts its terms rest on. */
export function jurisdictions(): Promise<JurisdictionProfile[]> {
  return call('jurisdictions', {});
}

/** Tells the shell the first case list is on the screen: the mark a cold start is timed to. */
export function caseListDrawn(): Promise<null> {
  return call('case_list_drawn', {});
}

/** The regulators' web forms for the case: each field's text, and the evidence files each form takes. */
export function regulatorForms(id: string, lang: Language): Promise<FormsGuide> {
  return call('regulator_forms', { id, lang });
}

/** Opens a regulator's web form, named by its id, in the system's browser. */
export function openForm(form: string): Promise<null> {
  return call('open_form', { form });
}

/** What each letter kind is called in `lang`, as the core's templates title it. */
export function letterTitles(lang: Language): Promise<LetterTitle[]> {
  return call('letter_titles', { lang });
}

/** Which follow-up letters the stored case can have now, and why not the others. */
export function letterOptions(id: string): Promise<LetterOption[]> {
  return call('letter_options', { id });
}

/** Creates a case folder; resolves to the new id and the revision stored. */
export function createCase(value: Case): Promise<CreatedCase> {
  return call('create_case', { case: value });
}

/** Every problem that keeps the case from making a letter, and the warnings that do not. */
export function checkCase(value: Case): Promise<CaseCheck> {
  return call('check_case', { case: value });
}

/** The demands and proof usually worth asking for in this kind of case, worded in `lang`. */
export function suggestions(incident: IncidentType, lang: Language): Promise<Suggestions> {
  return call('suggestions', { incident, lang });
}

/** The companies of earlier cases, newest first. */
export function knownCompanies(): Promise<Company[]> {
  return call('known_companies', {});
}

/** The customer's own details as last remembered; all empty before the first time. */
/** The print settings chosen once for every letter (the window envelope). */
export function loadSettings(): Promise<Settings> {
  return call('settings', {});
}

/** Keeps the print settings for every letter from now on. */
export function saveSettings(settings: Settings): Promise<null> {
  return call('save_settings', { settings });
}

export function loadProfile(): Promise<Customer> {
  return call('load_profile', {});
}

/** Remembers the customer's own details for the next case. */
export function saveProfile(customer: Customer): Promise<null> {
  return call('save_profile', { customer });
}

/**
 * Opens the system's file dialog (titled `title`) and copies the files picked into the case under
 * evidence item `item`; `null` when the dialog is cancelled.
 */
export function attachEvidence(id: string, item: number, title: string): Promise<Attached | null> {
  return call('attach_evidence', { id, item, title });
}

/** Copies the files of window drop `drop` (see `onEvidenceDrop`) into the case under item `item`. */
export function attachDropped(id: string, item: number, drop: number): Promise<Attached> {
  return call('attach_dropped', { id, item, drop });
}

/** Every evidence file and letter of the case hashed again: which changed or went missing since added. */
export function verifyCase(id: string): Promise<FileCheck[]> {
  return call('verify_case', { id });
}

/**
 * Asks in the system's save dialog (titled `title`) where to put the case as a zipped BagIt bag for a lawyer
 * or a regulator, and writes it: where it went and how many files it holds, `null` when cancelled.
 */
export function exportCase(id: string, title: string): Promise<ExportedBag | null> {
  return call('export_case', { id, title });
}

/** Opens an attached file's copy in the system's application for it. */
export function openEvidence(id: string, item: number, file: AttachedFile): Promise<null> {
  return call('open_evidence', { id, item, sha256: file.sha256, name: file.name });
}

/**
 * Takes a file attached by mistake off evidence item `item`: the case as stored, its copy in the trash once
 * no item lists it.
 */
export function removeEvidenceFile(id: string, item: number, file: AttachedFile): Promise<Case> {
  return call('remove_evidence_file', { id, item, sha256: file.sha256, name: file.name });
}

/** What prints with a letter besides the letter itself. */
export interface LetterOptions {
  /** The applicant's copy with a receipt block, for handing the letter in at an office. */
  officeCopy: boolean;
  /** The copies of the evidence after the letter, as its numbered annexes. */
  annexes: boolean;
  /** The letter's language; the case's letter language when `null`. */
  lang?: Language | null;
  /** The letter again in this language, marked as a translation not to be handed in. */
  readingCopy?: Language | null;
}

function letterFields({ officeCopy, annexes, lang = null, readingCopy = null }: LetterOptions) {
  return { lang, office_copy: officeCopy, annexes, reading_copy: readingCopy };
}

/**
 * The pages of a letter for case `id` as edited (it may still be incomplete), typeset as they would print
 * today and written nowhere: the PDF in base64 and its page count.
 */
export function letterPages(
  id: string,
  value: Case,
  kind: LetterKind,
  options: LetterOptions,
): Promise<LetterPages> {
  return call('letter_pages', { id, case: value, kind, ...letterFields(options) });
}

/** Makes the PDF of a letter from the saved case and records it. */
export function issueLetter(
  id: string,
  kind: LetterKind,
  options: LetterOptions,
): Promise<IssuedLetter> {
  return call('issue_letter', { id, kind, ...letterFields(options) });
}

/** Opens an issued letter in the system's PDF viewer, to print it. */
export function openLetter(id: string, file: string): Promise<null> {
  return call('open_letter', { id, file });
}

/** Shows an issued letter in its folder, in the system's file manager. */
export function showLetter(id: string, file: string): Promise<null> {
  return call('show_letter', { id, file });
}

/**
 * Asks in the system's save dialog (titled `title`) where to put a copy of an issued letter and copies
 * it there; `false` when the dialog is cancelled.
 */
export function saveLetterCopy(id: string, file: string, title: string): Promise<boolean> {
  return call('save_letter_copy', { id, file, title });
}

/**
 * Asks in the system's save dialog (titled `title`) where to write the deadlines of case `id` (or of
 * every case) as a calendar file, texts in `lang`; resolves to `false` when the dialog is cancelled.
 */
export function saveCalendar(id: string | null, lang: Language, title: string): Promise<boolean> {
  return call('save_calendar', { id, lang, title });
}

/** Stops following an event; never throws, even when the window is already gone. */
function stopper(unlisten: () => unknown): () => void {
  return () => {
    try {
      const stopped: unknown = unlisten();
      if (stopped instanceof Promise) stopped.catch(() => undefined);
    } catch {
      // Nothing left to stop.
    }
  };
}

/**
 * Runs `beforeClose` when the person closes the window, which closes once it has finished, or stays open
 * when it resolves to `false` (what was typed could not be saved). Resolves to the function that stops
 * following; outside the app window it does nothing.
 */
export async function onWindowClose(beforeClose: () => Promise<boolean>): Promise<() => void> {
  try {
    const unlisten = await getCurrentWindow().onCloseRequested(async (event) => {
      if (!(await beforeClose())) event.preventDefault();
    });
    return stopper(unlisten);
  } catch {
    // No app window (a plain browser): nothing to wait for.
    return () => {};
  }
}

/**
 * Files dragged over the window, with the cursor in CSS pixels of the page; `leave` once they are
 * dropped or taken away.
 */
export type FileHover = { type: 'over'; x: number; y: number } | { type: 'leave' };

/** Window positions come in physical pixels; the page measures in CSS pixels. */
function cssPixels(x: number, y: number): { x: number; y: number } {
  const scale = globalThis.devicePixelRatio || 1;
  return { x: x / scale, y: y / scale };
}

/**
 * Follows files dragged from the desktop over the window, for highlighting where they would go.
 * Resolves to the function that stops following; outside the app window it does nothing.
 */
export async function onFileHover(handler: (hover: FileHover) => void): Promise<() => void> {
  try {
    const unlisten = await getCurrentWebview().onDragDropEvent(({ payload }) => {
      if (payload.type === 'over' || payload.type === 'enter') {
        handler({ type: 'over', ...cssPixels(payload.position.x, payload.position.y) });
      } else {
        handler({ type: 'leave' });
      }
    });
    return stopper(unlisten);
  } catch {
    // No app window (a plain browser): files can still be attached with the button.
    return () => {};
  }
}

/** Files dropped on the window: the number to attach them by, their names, the cursor in CSS pixels. */
export interface EvidenceDrop {
  drop: number;
  names: string[];
  x: number;
  y: number;
}

/**
 * Follows files dropped on the window, as the core announces them (it keeps their paths; the page only
 * gets a number for `attachDropped`). Resolves to the function that stops following; outside the app
 * window it does nothing.
 */
export async function onEvidenceDrop(handler: (drop: EvidenceDrop) => void): Promise<() => void> {
  try {
    const unlisten = await listen<EvidenceDrop>('evidence-dropped', ({ payload }) => {
      handler({ drop: payload.drop, names: payload.names, ...cssPixels(payload.x, payload.y) });
    });
    return stopper(unlisten);
  } catch {
    return () => {};
  }
}
