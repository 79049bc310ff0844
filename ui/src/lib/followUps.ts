import type { Case, LetterKind } from './bindings';
import type { MessageKey } from './i18n/index.svelte';

/** A follow-up letter the case page offers, and whether it can be made now. */
export interface FollowUp {
  kind: LetterKind;
  /** The button's `data-action`. */
  action: string;
  /** Why it cannot be made yet; `null` when it can. */
  blocked: MessageKey | null;
}

/**
 * Which follow-up letters can be made for `record` now, and why the others cannot: the UI's own
 * rule until the core serves it, kept in this one place.
 */
export function followUpLetters(record: Pick<Case, 'sent' | 'answer'>): FollowUp[] {
  const isSent = record.sent !== null;
  const isAnswered = record.answer !== null;
  return [
    {
      kind: 'reminder',
      action: 'follow-up-reminder',
      blocked: !isSent ? 'followUp.needsSent' : isAnswered ? 'followUp.alreadyAnswered' : null,
    },
    {
      kind: 'no_answer',
      action: 'follow-up-no-answer',
      blocked: isAnswered ? null : 'followUp.needsAnswer',
    },
    {
      kind: 'regulator',
      action: 'follow-up-regulator',
      blocked: isSent ? null : 'followUp.needsSent',
    },
    { kind: 'data_request', action: 'follow-up-data-request', blocked: null },
  ];
}
