import { toApiError } from '../api';
import type { Problem } from '../bindings';
import { hasMessage, t, type MessageKey } from '../i18n/index.svelte';
import { fieldName } from './steps';

/** A problem in the interface language, by its code; the core's sentence for a code not translated. */
export function problemText(problem: Problem): string {
  const key = `problem.${problem.code}`;
  return hasMessage(key) ? t(key) : problem.message;
}

const ENTRY_KEYS: Readonly<Record<string, MessageKey>> = {
  events: 'entry.event',
  contacts: 'entry.contact',
  demands: 'entry.demand',
  evidence: 'entry.evidence',
};

/**
 * The field at `path` as the user knows it: `events[1].date` → “Event 2 · Date”,
 * `demands[0]` → “Demand 1”, `customer.email` → “E-mail”.
 */
export function fieldLabel(path: string): string {
  const parts = fieldName(path).split('.');
  const head = parts[0] ?? '';
  const second = parts[1];
  const entryKey = ENTRY_KEYS[head];
  const index = second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
  const pieces: string[] = [];
  if (entryKey && index !== null) pieces.push(t(entryKey, { n: index + 1 }));

  const generic = parts.filter((part) => !/^\d+$/.test(part));
  while (generic.length > 0) {
    const key = `field.${generic.join('.')}`;
    if (hasMessage(key)) {
      // “Demand 3” says it all; “Demand 3 · Demands” would not.
      if (!(pieces.length > 0 && generic.length === 1)) pieces.push(t(key));
      break;
    }
    generic.pop();
  }
  return pieces.join(' · ');
}

/** Codes whose English sentence names the field or character at fault: worth showing too. */
const DETAILED = new Set([
  'unsupported_character',
  'invisible_character',
  'missing_glyph',
  'template',
  'case_incomplete',
]);

/** The core's own sentence about an error, when it names what is at fault; `null` otherwise. */
export function errorDetails(error: unknown): string | null {
  const { code, message } = toApiError(error);
  if (!DETAILED.has(code) || message.trim() === '' || !hasMessage(`error.${code}`)) return null;
  return t('review.details', { message });
}
