import { bench, describe } from 'vitest';

import type { CaseListEntry, IncidentType } from './bindings';
import { filterCases } from './caseFilter';
import { sortByDeadline } from './caseOrder';
import { t } from './i18n/index.svelte';

// `make bench` writes the core's list of its 10,000 generated cases here before it runs this file.
const written = import.meta.glob<CaseListEntry[]>('/.bench/case-list.json', {
  eager: true,
  import: 'default',
});
const entries = Object.values(written)[0] ?? [];
const incidentName = (incident: IncidentType) => t(`incident.${incident}`);

describe('case list', () => {
  // What the list page works out on each key typed in its search field.
  bench(`sort and search ${entries.length} cases`, () => {
    if (entries.length === 0) throw new Error('no case list: `make bench` writes it');
    filterCases(sortByDeadline(entries), 'мтс', incidentName);
  });
});
