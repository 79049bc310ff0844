import type { CaseListEntry } from './bindings';

/** A case the list can open. */
export type ReadableEntry = Extract<CaseListEntry, { state: 'readable' }>;

/** 0: an answer is overdue, 1: a deadline is ahead, 2: nothing is running, 3: unreadable. */
function group(entry: CaseListEntry): number {
  if (entry.state !== 'readable') return 3;
  if (entry.overdue) return 0;
  return entry.next_deadline === null ? 2 : 1;
}

/**
 * The entries by their next deadline: overdue cases first (the longest overdue first),
 * then those with a deadline ahead (the nearest first), then the rest in their given order;
 * unreadable folders last, also in their given order.
 */
export function sortByDeadline(entries: readonly CaseListEntry[]): CaseListEntry[] {
  // `sort` is stable, so entries that tie keep the order the core gave them.
  return [...entries].sort((a, b) => {
    const byGroup = group(a) - group(b);
    if (byGroup !== 0) return byGroup;
    const dueA = a.state === 'readable' ? (a.next_deadline?.date ?? null) : null;
    const dueB = b.state === 'readable' ? (b.next_deadline?.date ?? null) : null;
    if (dueA === null || dueB === null) return 0;
    // `YYYY-MM-DD` sorts as text in date order; an earlier due date is more overdue or sooner.
    return dueA < dueB ? -1 : dueA > dueB ? 1 : 0;
  });
}

/** The readable cases whose answer is overdue, the longest overdue first. */
export function overdueCases(entries: readonly CaseListEntry[]): ReadableEntry[] {
  return sortByDeadline(entries).filter(
    (entry): entry is ReadableEntry => entry.state === 'readable' && entry.overdue,
  );
}
