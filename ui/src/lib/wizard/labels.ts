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
  'loss_of_service.missed_appointments': 'entry.missedAppointment',
};

/**
 * The field at `path` as the user knows it: `events[1].date` → “Event 2 · Date”,
 * `demands[0]` → “Demand 1”, `customer.email` → “E-mail”.
 */
export function fieldLabel(path: string): string {
  const parts = fieldName(path).split('.');
  // The list an entry belongs to is everything before the entry's number.
  const at = parts.findIndex((part) => /^\d+$/.test(part));
  const list = at > 0 ? parts.slice(0, at).join('.') : '';
  const entryKey = ENTRY_KEYS[list];
  const pieces: string[] = [];
  if (entryKey) pieces.push(t(entryKey, { n: Number(parts[at]) + 1 }));

  const generic = parts.filter((part) => !/^\d+$/.test(part));
  while (generic.length > 0) {
    const key = `field.${generic.join('.')}`;
    if (hasMessage(key)) {
      // “Demand 3” says it all; “Demand 3 · Demands” would not.
      if (!(pieces.length > 0 && generic.join('.') === list)) pieces.push(t(key));
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
