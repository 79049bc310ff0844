import { describe, expect, it } from 'vitest';

import { customEvidence, prefillEvidence, shortHash } from './evidence';
import { moveItem, prefillDemands, removeItem, unusedSuggestions } from './lists';

const SUGGESTED = ['Credit my payment.', 'Confirm it in writing.', 'Compensate my losses.'];

describe('demands', () => {
  it('start from the suggestions only while none is written', () => {
    expect(prefillDemands([], SUGGESTED)).toEqual(SUGGESTED);
    expect(prefillDemands(['', '  '], SUGGESTED)).toEqual(SUGGESTED);
    expect(prefillDemands(['My own demand.'], SUGGESTED)).toEqual(['My own demand.']);
  });

  it('offer the suggestions not used yet, however they are spaced', () => {
    expect(unusedSuggestions([' Credit  my payment. ', 'Other'], SUGGESTED)).toEqual([
      'Confirm it in writing.',
      'Compensate my losses.',
    ]);
  });

  it('move up and down within the list, and not past its ends', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 2, -1)).toBe(true);
    expect(list).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, 1)).toBe(true);
    expect(list).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, -1)).toBe(false);
    expect(moveItem(list, 2, 1)).toBe(false);
    expect(list).toEqual(['c', 'a', 'b']);
    removeItem(list, 1);
    removeItem(list, 5);
    expect(list).toEqual(['c', 'b']);
  });
});

describe('the evidence checklist', () => {
  it('starts from the suggestions, each still missing, only when the case has none', () => {
    const suggested = [{ kind: 'receipt', description: 'Receipt' }];
    expect(prefillEvidence([], suggested)).toEqual([
      { kind: 'receipt', description: 'Receipt', status: 'missing', files: [] },
    ]);
    const own = [customEvidence('My photo')];
    expect(prefillEvidence(own, suggested)).toEqual(own);
  });

  it('shows a fingerprint by its first 12 hex digits', () => {
    expect(shortHash('a3f1c9e2b7d4058e6f1a2b3c')).toBe('a3f1c9e2b7d4');
  });
});
