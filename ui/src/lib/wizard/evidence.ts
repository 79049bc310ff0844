import type { EvidenceItem, SuggestedEvidence } from '../bindings';

/** The checklist to start from: the suggestions, each still missing, when the case has no items. */
export function prefillEvidence(
  current: readonly EvidenceItem[],
  suggested: readonly SuggestedEvidence[],
): EvidenceItem[] {
  if (current.length > 0) return [...current];
  return suggested.map(({ kind, description }) => ({
    kind,
    description,
    status: 'missing',
    files: [],
  }));
}

/** A custom item the user adds themselves. */
export function customEvidence(description = ''): EvidenceItem {
  return { kind: 'custom', description, status: 'missing', files: [] };
}

/** The first 12 hex digits of a SHA-256, enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** What could not be done with the files of an evidence item, and to which file (`name`: none, empty). */
export interface FileFailure {
  action: 'attach' | 'open' | 'remove';
  name: string;
  error: unknown;
}
