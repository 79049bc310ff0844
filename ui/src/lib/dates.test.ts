import { describe, expect, it } from 'vitest';

import { DATE, TIME, dateInWords, problemOf } from './dates';
import { setLocale } from './i18n/index.svelte';

const value = (stored: string) => ({ kind: 'value', value: stored });
const problem = (which: string) => ({ kind: 'problem', problem: which });

describe('a typed date', () => {
  it.each([
    ['ru', '05.11.2026', value('2026-11-05')],
    ['ru', '5.11.2026', value('2026-11-05')],
    ['ru', ' 05.11.2026 г. ', value('2026-11-05')],
    ['bg', '05.11.2026 г.', value('2026-11-05')],
    ['bg', '29.02.2028', value('2028-02-29')],
    ['en', '05/11/2026', value('2026-11-05')],
    ['en', '5/1/2026', value('2026-01-05')],
    ['en', '31/12/2026', value('2026-12-31')],
    ['ru', '2026-11-05', value('2026-11-05')],
    ['en', '2026-11-05', value('2026-11-05')],
    ['ru', '', { kind: 'empty' }],
    ['en', '   ', { kind: 'empty' }],
  ] as const)('in %s, %j reads as %j', (locale, text, reading) => {
    expect(DATE.read(text, locale)).toEqual(reading);
  });

  it.each([
    ['ru', '30.02.2026', 'no_such_date'],
    ['bg', '30.02.2026', 'no_such_date'],
    ['en', '30/02/2026', 'no_such_date'],
    ['bg', '29.02.2027', 'no_such_date'],
    ['en', '31/04/2026', 'no_such_date'],
    // Month first is never taken: the thirteenth month does not exist.
    ['en', '11/25/2026', 'no_such_date'],
    ['ru', '00.11.2026', 'no_such_date'],
    ['en', '2026-02-30', 'no_such_date'],
    ['ru', '05.11.26', 'short_year'],
    ['en', '05/11/26', 'short_year'],
    ['ru', '05.11.20266', 'not_a_date'],
    // Another language's order is not guessed at.
    ['ru', '05/11/2026', 'not_a_date'],
    ['en', '05.11.2026', 'not_a_date'],
    ['bg', '5 ноември 2026', 'not_a_date'],
    ['en', 'yesterday', 'not_a_date'],
    ['ru', '05.11', 'not_a_date'],
  ] as const)('in %s, %j is refused as %s', (locale, text, which) => {
    expect(DATE.read(text, locale)).toEqual(problem(which));
  });

  it('is shown in the order and with the separator of the language', () => {
    expect(DATE.show('2026-11-05', 'ru')).toBe('05.11.2026');
    expect(DATE.show('2026-11-05', 'bg')).toBe('05.11.2026');
    expect(DATE.show('2026-11-05', 'en')).toBe('05/11/2026');
    // Text kept as typed is shown as typed, whatever the language.
    expect(DATE.show('30.02.2026', 'en')).toBe('30.02.2026');
    expect(DATE.show('2026-02-30', 'ru')).toBe('2026-02-30');
    expect(DATE.show('', 'ru')).toBe('');
  });

  it('is spelled out in the app language only when it is a stored date', () => {
    setLocale('ru');
    expect(dateInWords('2026-11-05')).toBe('5 ноября 2026 г.');
    setLocale('bg');
    expect(dateInWords('2026-11-05')).toBe('5 ноември 2026 г.');
    setLocale('en');
    expect(dateInWords('2026-11-05')).toBe('5 November 2026');
    expect(dateInWords('30.02.2026')).toBe('');
    expect(dateInWords('')).toBe('');
  });

  it('names the problem of what is stored, or none', () => {
    expect(problemOf(DATE, '2026-11-05', 'ru')).toBeNull();
    expect(problemOf(DATE, '', 'ru')).toBeNull();
    expect(problemOf(DATE, '30.02.2026', 'ru')).toBe('no_such_date');
    expect(problemOf(TIME, '25:00', 'ru')).toBe('not_a_time');
  });
});

describe('a typed time', () => {
  it.each([
    ['14:32', '14:32'],
    ['9:05', '09:05'],
    ['14.32', '14:32'],
    ['1432', '14:32'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    [' 07:30 ', '07:30'],
  ])('%j reads as %s in every language', (text, stored) => {
    for (const locale of ['en', 'ru', 'bg'] as const) {
      expect(TIME.read(text, locale)).toEqual(value(stored));
    }
  });

  it.each(['25:00', '24:00', '12:60', '9:5', '930', '2:30 pm', '14-32', '14:32:10'])(
    '%j is refused',
    (text) => {
      expect(TIME.read(text, 'ru')).toEqual(problem('not_a_time'));
    },
  );

  it('is shown as stored', () => {
    expect(TIME.show('09:05', 'ru')).toBe('09:05');
    expect(TIME.show('25:00', 'en')).toBe('25:00');
  });
});
