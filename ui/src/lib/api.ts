/** Every call into the Rust core, typed. Components use these and never call `invoke` directly. */
import { invoke } from '@tauri-apps/api/core';

import type { Case, CaseListEntry, Language, Problem, StatusReport } from './bindings';
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
