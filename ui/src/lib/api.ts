/** Every call into the Rust core, typed. Components use these and never call `invoke` directly. */
import { invoke } from '@tauri-apps/api/core';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';

import type {
  Answer,
  Case,
  CaseListEntry,
  Company,
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

/** Saves a case over its folder. */
export function saveCase(id: string, value: Case): Promise<null> {
  return call<null>('save_case', { id, case: value });
}

/** Creates a case folder; resolves to the new id. */
export function createCase(value: Case): Promise<string> {
  return call<string>('create_case', { case: value });
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

/** Copies the file at `path` into the case under evidence item `item`; resolves to the updated case. */
export function attachEvidence(id: string, item: number, path: string): Promise<Case> {
  return call<Case>('attach_evidence', { id, item, path });
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

/** Copies an issued letter to `destination`, a path the user chose. */
export function saveLetterCopy(id: string, file: string, destination: string): Promise<null> {
  return call<null>('save_letter_copy', { id, file, destination });
}

/** The files the user picks in the system's open dialog; none when it is cancelled. */
export async function pickFiles(title: string): Promise<string[]> {
  try {
    const picked = await open({ multiple: true, directory: false, title });
    if (picked === null) return [];
    return Array.isArray(picked) ? picked : [picked];
  } catch (error) {
    throw toApiError(error);
  }
}

/** Where the user wants a copy saved, from the system's save dialog; `null` when cancelled. */
export async function pickSaveDestination(
  title: string,
  defaultPath: string,
): Promise<string | null> {
  try {
    return await save({
      title,
      defaultPath,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  } catch (error) {
    throw toApiError(error);
  }
}

/** Files dragged over the window, with the cursor in CSS pixels of the page. */
export type FileDrop =
  | { type: 'over'; x: number; y: number }
  | { type: 'drop'; x: number; y: number; paths: string[] }
  | { type: 'leave' };

/**
 * Follows files dragged from the desktop onto the window (the system gives their paths).
 * Resolves to the function that stops following; outside the app window it does nothing.
 */
export async function onFileDrop(handler: (drop: FileDrop) => void): Promise<() => void> {
  try {
    const unlisten = await getCurrentWebview().onDragDropEvent(({ payload }) => {
      if (payload.type === 'leave') {
        handler({ type: 'leave' });
        return;
      }
      // Positions come in physical pixels; the page measures in CSS pixels.
      const scale = globalThis.devicePixelRatio || 1;
      const x = payload.position.x / scale;
      const y = payload.position.y / scale;
      if (payload.type === 'drop') handler({ type: 'drop', x, y, paths: payload.paths });
      else handler({ type: 'over', x, y });
    });
    return () => {
      // Stopping must never throw, even when the window is already gone.
      try {
        const stopped: unknown = unlisten();
        if (stopped instanceof Promise) stopped.catch(() => undefined);
      } catch {
        // Nothing left to stop.
      }
    };
  } catch {
    // No app window (a plain browser): files can still be attached with the button.
    return () => {};
  }
}
