import { describe, expect, it } from 'vitest';

import type { ContactEntry } from '../bindings';
import { setLocale } from '../i18n/index.svelte';
import { blankContact } from '../newCase';
import {
  afterRemoval,
  answer,
  describeHold,
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
    expect(liveFigures(call, at(10, 3, 52).getTime())).toEqual({ hold: '5:12', talk: null });

    call = answer(entry, call, at(10, 12, 5));
    expect(entry.answered).toBe('10:12');
    expect(liveFigures(call, at(10, 14, 0).getTime())).toEqual({ hold: '13:25', talk: '1:55' });

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
  });

  it('shows a running span as a clock does: minutes unpadded, hours once past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(40_000)).toBe('0:40');
    expect(formatElapsed(245_900)).toBe('4:05');
    expect(formatElapsed(3_599_000)).toBe('59:59');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('never says “0 minutes”: the case stores clock minutes, and a wait within one reads as less than a minute', () => {
    setLocale('en');
    // 40 seconds on hold, both stamps in the same minute: the stamps alone cannot tell more.
    const quick = blankContact();
    const call = dial(quick, 0, at(9, 58, 5));
    answer(quick, call, at(9, 58, 45));
    expect(quick).toMatchObject({ dialled: '09:58', answered: '09:58' });
    expect(holdSummary(quick)).toEqual({ kind: 'held', minutes: 0 });
    expect(describeHold(quick)).toBe('Kept on hold less than a minute');

    // 40 seconds across a minute on the clock: the minute started counts.
    const across = blankContact();
    answer(across, dial(across, 0, at(9, 58, 50)), at(9, 59, 30));
    expect(describeHold(across)).toBe('Kept on hold 1 minute');

    const gaveUp = blankContact();
    dial(gaveUp, 0, at(9, 58, 10));
    end(gaveUp, at(9, 58, 50));
    expect(describeHold(gaveUp)).toBe('No answer, waited less than a minute');
    expect(describeHold({ dialled: '09:00', answered: '', ended: '09:25' })).toBe(
      'No answer after 25 minutes',
    );
    expect(describeHold(blankContact())).toBe('');

    setLocale('ru');
    expect(describeHold(quick)).toBe('Ожидание на линии меньше минуты');
    setLocale('bg');
    expect(describeHold(quick)).toBe('Чакане на линия по-малко от минута');
  });

  it('follows its entry when an earlier one is removed, and stops when its own is', () => {
    const call = { index: 2, dialledAt: 0, answeredAt: null };
    expect(afterRemoval(call, 0)).toEqual({ ...call, index: 1 });
    expect(afterRemoval(call, 3)).toEqual(call);
    expect(afterRemoval(call, 2)).toBeNull();
  });
});
