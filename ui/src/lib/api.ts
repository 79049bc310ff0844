/** Every call into the Rust core, typed. Components use these and never call `invoke` directly. */
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';

import type {
  Answer,
  Attached,
  Case,
  CaseListEntry,
  Company,
  CreatedCase,
  Customer,
  IncidentType,
  IssuedLetter,
  Language,
  LetterKind,
  Problem,
  StatusReport,
  Submission,
  Suggestions,
} from './bindings';
import { hasMessage, t } from './i18n/index.svelte';

/** How a failed command rejects: a stable code and an English sentence. */
export interface IpcError {
  code: string;
  message: string;
}

/** A failed command, with the core's code kept for translation. */
export class ApiError extends Error implements IpcError {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Whatever a rejected `invoke` gave, as an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isIpcError(error)) return new ApiError(error.code, error.message);
  if (typeof error === 'string') return new ApiError('unknown', error);
  if (error instanceof Error) return new ApiError('unknown', error.message);
  return new ApiError('unknown', '');
}

/** The error in the interface language: by code when translated, else the core's sentence. */
export function errorMessage(error: unknown): string {
  const { code, message } = toApiError(error);
  const key = `error.${code}`;
  if (hasMessage(key) && code !== 'unknown') return t(key);
  return message.trim() !== '' ? message : t('error.unknown');
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

/** Every case folder, readable or not. */
export function listCases(): Promise<CaseListEntry[]> {
  return call<CaseListEntry[]>('list_cases');
}

/** One case by its id (folder name). */
export function loadCase(id: string): Promise<Case> {
  return call<Case>('load_case', { id });
}

/** Where a case stands today: its deadline and legal basis (in `lang`), lateness and timeline. */
export function caseStatus(id: string, lang: Language): Promise<StatusReport> {
  return call<StatusReport>('case_status', { id, lang });
}

/** Records that the claim reached the company; resolves to the updated case. */
export function recordSubmission(id: string, submission: Submission): Promise<Case> {
  return call<Case>('record_submission', { id, submission });
}

/** Records the company's answer, one outcome per demand; resolves to the updated case. */
export function recordAnswer(id: string, answer: Answer): Promise<Case> {
  return call<Case>('record_answer', { id, answer });
}

/**
 * Saves a case over its folder; resolves to the case as stored, with its new revision. Rejects with
 * code `conflict` when `value.revision` is not the stored one: the case was changed elsewhere since.
 */
export function saveCase(id: string, value: Case): Promise<Case> {
  return call<Case>('save_case', { id, case: value });
}

/** Creates a case folder; resolves to the new id and the revision stored. */
export function createCase(value: Case): Promise<CreatedCase> {
  return call<CreatedCase>('create_case', { case: value });
}

/** Every problem that keeps the case from making a letter. */
export function checkCase(value: Case): Promise<Problem[]> {
  return call<Problem[]>('check_case', { case: value });
}

/** The demands and proof usually worth asking for in this kind of case, worded in `lang`. */
export function suggestions(incident: IncidentType, lang: Language): Promise<Suggestions> {
  return call<Suggestions>('suggestions', { incident, lang });
}

/** The companies of earlier cases, newest first. */
export function knownCompanies(): Promise<Company[]> {
  return call<Company[]>('known_companies');
}

/** The customer's own details as last remembered; all empty before the first time. */
export function loadProfile(): Promise<Customer> {
  return call<Customer>('load_profile');
}

/** Remembers the customer's own details for the next case. */
export function saveProfile(customer: Customer): Promise<null> {
  return call<null>('save_profile', { customer });
}

/**
 * Opens the system's file dialog (titled `title`) and copies the files picked into the case under
 * evidence item `item`; `null` when the dialog is cancelled.
 */
export function attachEvidence(id: string, item: number, title: string): Promise<Attached | null> {
  return call<Attached | null>('attach_evidence', { id, item, title });
}

/** Copies the files of window drop `drop` (see `onEvidenceDrop`) into the case under item `item`. */
export function attachDropped(id: string, item: number, drop: number): Promise<Attached> {
  return call<Attached>('attach_dropped', { id, item, drop });
}

/** The letter as plain text (paragraphs separated by blank lines), for reading before it is made. */
export function previewLetter(value: Case, kind: LetterKind, lang: Language): Promise<string> {
  return call<string>('preview_letter', { case: value, kind, lang });
}

/**
 * Makes the PDF of a letter from the saved case and records it; `lang` `null` means the case's letter
 * language. `officeCopy` adds the applicant's copy with a receipt block for handing it in at an office.
 */
export function issueLetter(
  id: string,
  kind: LetterKind,
  officeCopy: boolean,
  lang: Language | null = null,
): Promise<IssuedLetter> {
  return call<IssuedLetter>('issue_letter', { id, kind, lang, office_copy: officeCopy });
}

/** Opens an issued letter in the system's PDF viewer, to print it. */
export function openLetter(id: string, file: string): Promise<null> {
  return call<null>('open_letter', { id, file });
}

/**
 * Asks in the system's save dialog (titled `title`) where to put a copy of an issued letter and copies
 * it there; `false` when the dialog is cancelled.
 */
export function saveLetterCopy(id: string, file: string, title: string): Promise<boolean> {
  return call<boolean>('save_letter_copy', { id, file, title });
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
