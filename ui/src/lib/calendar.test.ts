import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  monthNames,
  monthTitle,
  monthWeeks,
  moveByKey,
  todayIso,
  weekdayNames,
} from './calendar';

describe('the calendar’s days', () => {
  it('lays a month out in weeks from Monday, with the days of the months around', () => {
    const weeks = monthWeeks('2026-11-05');
    // 1 November 2026 is a Sunday: its week starts on Monday 26 October.
    expect(weeks[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks).toHaveLength(6);
    expect(weeks.at(-1)?.at(-1)).toBe('2026-12-06');
    // February 2027 starts on a Monday and fills four weeks exactly.
    expect(monthWeeks('2027-02-10')).toHaveLength(4);
    expect(monthWeeks('2100-12-01').at(-1)?.at(-1)).toBe('2101-01-02');
  });

  it('moves by day, week, month and year, keeping to a month’s last day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-11-05', 14)).toBe('2028-01-05');
    expect(moveByKey('2026-11-05', 'ArrowLeft')).toBe('2026-11-04');
    expect(moveByKey('2026-11-05', 'ArrowRight')).toBe('2026-11-06');
    expect(moveByKey('2026-11-05', 'ArrowUp')).toBe('2026-10-29');
    expect(moveByKey('2026-11-05', 'ArrowDown')).toBe('2026-11-12');
    expect(moveByKey('2026-11-05', 'PageUp')).toBe('2026-10-05');
    expect(moveByKey('2026-11-05', 'PageDown')).toBe('2026-12-05');
    expect(moveByKey('2026-11-05', 'PageDown', true)).toBe('2027-11-05');
    expect(moveByKey('2026-11-05', 'Home')).toBe('2026-11-02');
    expect(moveByKey('2026-11-05', 'End')).toBe('2026-11-08');
    expect(moveByKey('2026-11-05', 'a')).toBeNull();
  });

  it('stays within the years the core takes', () => {
    expect(addDays('1900-01-01', -1)).toBe('1900-01-01');
    expect(addMonths('2100-12-31', 1)).toBe('2100-12-31');
  });

  it('takes today from the computer’s own day, not UTC’s', () => {
    expect(todayIso(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
    expect(todayIso(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});

describe('the calendar’s names', () => {
  it.each([
    ['ru', ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'], 'понедельник', 'Ноябрь', 'Ноябрь 2026 г.'],
    ['bg', ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд'], 'понеделник', 'Ноември', 'Ноември 2026 г.'],
    [
      'en',
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      'Monday',
      'November',
      'November 2026',
    ],
  ] as const)('are in %s, from Monday', (locale, short, monday, november, title) => {
    const weekdays = weekdayNames(locale);
    expect(weekdays.map((day) => day.short)).toEqual(short);
    expect(weekdays[0]?.long).toBe(monday);
    expect(monthNames(locale)[10]).toBe(november);
    expect(monthTitle('2026-11-05', locale)).toBe(title);
  });
});
