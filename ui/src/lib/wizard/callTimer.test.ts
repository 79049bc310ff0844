import { describe, expect, it } from 'vitest';

import type { ContactEntry } from '../bindings';
import { blankContact } from '../newCase';
import {
  afterRemoval,
  answer,
  dial,
  end,
  formatElapsed,
  holdSummary,
  liveFigures,
  minutesBetween,
} from './callTimer';

const at = (h: number, m: number, s = 0) => new Date(2026, 10, 21, h, m, s);

describe('the call timer', () => {
  it('stamps dialled, answered and ended, and reports the hold', () => {
    const entry: ContactEntry = blankContact();
    let call = dial(entry, 0, at(9, 58, 40));
    expect(entry).toMatchObject({ date: '2026-11-21', dialled: '09:58', answered: '', ended: '' });
    expect(liveFigures(call, at(10, 3, 52).getTime())).toEqual({ hold: '05:12', talk: null });

    call = answer(entry, call, at(10, 12, 5));
    expect(entry.answered).toBe('10:12');
    expect(liveFigures(call, at(10, 14, 0).getTime())).toEqual({ hold: '13:25', talk: '01:55' });

    expect(end(entry, at(10, 20, 0))).toBeNull();
    expect(entry.ended).toBe('10:20');
    expect(holdSummary(entry)).toEqual({ kind: 'held', minutes: 14 });
  });

  it('keeps a date already written and counts a call nobody answered', () => {
    const entry = { ...blankContact(), date: '2026-11-20' };
    dial(entry, 0, at(8, 0));
    end(entry, at(8, 25));
    expect(entry.date).toBe('2026-11-20');
    expect(holdSummary(entry)).toEqual({ kind: 'unanswered', minutes: 25 });
  });

  it('says nothing about times missing or out of order', () => {
    expect(holdSummary(blankContact())).toBeNull();
    expect(minutesBetween('10:00', '09:59')).toBeNull();
    expect(minutesBetween('25:00', '26:00')).toBeNull();
    expect(formatElapsed(3_725_000)).toBe('62:05');
  });

  it('follows its entry when an earlier one is removed, and stops when its own is', () => {
    const call = { index: 2, dialledAt: 0, answeredAt: null };
    expect(afterRemoval(call, 0)).toEqual({ ...call, index: 1 });
    expect(afterRemoval(call, 3)).toEqual(call);
    expect(afterRemoval(call, 2)).toBeNull();
  });
});
