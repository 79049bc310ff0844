import { describe, expect, it } from 'vitest';

import { deadlineList, sampleList } from '../test/fixtures';
import { overdueCases, sortByDeadline } from './caseOrder';

describe('ordering by deadline', () => {
  it('puts overdue cases first, then the soonest due, then the rest, unreadable last', () => {
    expect(sortByDeadline(deadlineList()).map((entry) => entry.id)).toEqual([
      'f-late-long',
      'c-late-short',
      'e-due-soon',
      'b-due-later',
      'a-draft',
      'g-untitled',
      'd-broken',
    ]);
  });

  it('keeps the given order when nothing is due', () => {
    const list = sampleList();
    expect(sortByDeadline(list).map((entry) => entry.id)).toEqual(list.map((entry) => entry.id));
  });

  it('lists the overdue cases, the longest overdue first', () => {
    expect(overdueCases(deadlineList()).map((entry) => entry.id)).toEqual([
      'f-late-long',
      'c-late-short',
    ]);
    expect(overdueCases(sampleList())).toEqual([]);
  });
});
