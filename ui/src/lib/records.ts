import type { Case, SubmissionKind } from './bindings';

/** The case field that records each kind of delivered letter, as the core names it in a problem's path. */
export const SUBMISSION_FIELD = {
  claim: 'sent',
  data_request: 'data_request',
  regulator: 'regulator_complaint',
} as const satisfies Record<SubmissionKind, keyof Case>;
