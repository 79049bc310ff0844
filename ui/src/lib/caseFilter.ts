import type { CaseListEntry, IncidentType } from './bindings';

/** Lower case, `ё` as `е`, single spaces: how both the query and the text are compared. */
export function normalizeForSearch(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/**
 * The entries whose title, company or incident name (as the user reads it) contains the query.
 * Unreadable entries have only their folder name to match against.
 */
export function filterCases(
  entries: readonly CaseListEntry[],
  query: string,
  incidentName: (incident: IncidentType) => string,
): CaseListEntry[] {
  const needle = normalizeForSearch(query);
  if (needle === '') return [...entries];
  return entries.filter((entry) => {
    const haystack =
      entry.state === 'readable'
        ? [entry.title, entry.company, incidentName(entry.incident)]
        : [entry.id];
    return haystack.some((text) => normalizeForSearch(text).includes(needle));
  });
}
