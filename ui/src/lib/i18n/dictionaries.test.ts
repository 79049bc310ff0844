import { describe, expect, it } from 'vitest';

import { ERROR_CODES, WARNING_CODES } from '../bindings';
import { en } from './en';
import {
  dictionaries,
  format,
  formatDate,
  localeFromTag,
  plural,
  setLocale,
  t,
} from './index.svelte';

const UKRAINIAN_DAYS_LEFT = [
  'Залишився 1 день',
  'Залишилося 3 дні',
  'Залишилося 5 днів',
  'Залишився 21 день',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const english = Object.keys(en).sort();

  const translations = Object.entries(dictionaries).filter(([locale]) => locale !== 'en');

  it.each(translations)('%s has exactly the keys of en', (_name, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(english);
  });

  it.each(translations)(
    '%s keeps every placeholder and leaves nothing empty',
    (_name, dictionary) => {
      for (const key of english) {
        const translated = dictionary[key as keyof typeof en];
        expect(translated.trim(), key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(en[key as keyof typeof en]));
      }
    },
  );
});

describe('the error messages', () => {
  it.each(Object.entries(dictionaries))(
    '%s translates every code the core can send',
    (_name, dictionary) => {
      const untranslated = ERROR_CODES.filter((code) => !dictionary[`error.${code}`]?.trim());
      expect(untranslated).toEqual([]);
    },
  );
});

describe('the warnings', () => {
  it.each(Object.entries(dictionaries))(
    '%s translates every warning the core can send',
    (_name, dictionary) => {
      expect(WARNING_CODES.length).toBeGreaterThan(0);
      const untranslated = WARNING_CODES.filter((code) => !dictionary[`warning.${code}`]?.trim());
      expect(untranslated).toEqual([]);
    },
  );
});

describe('the interface language', () => {
  it('follows the system language where the interface speaks it, else English', () => {
    expect(localeFromTag('ru-RU')).toBe('ru');
    expect(localeFromTag('bg')).toBe('bg');
    expect(localeFromTag('uk-UA')).toBe('uk');
    expect(localeFromTag('de-DE')).toBe('en');
    expect(localeFromTag('en-GB')).toBe('en');
    expect(localeFromTag(undefined)).toBe('en');
  });

  it('fills placeholders', () => {
    expect(format('Folder: {id} ({missing})', { id: 'a' })).toBe('Folder: a ({missing})');
  });

  it('ends a sentence once when a date ends it with its own full stop', () => {
    setLocale('bg');
    expect(t('deadline.answered', { date: formatDate('2009-08-10') })).toBe(
      'Компанията отговори на 10 август 2009 г.',
    );
    setLocale('en');
    expect(t('deadline.answered', { date: formatDate('2009-08-10') })).toMatch(/2009\.$/);
    expect(format('{a}. {b}.', { a: 'x', b: 'y' })).toBe('x. y.');
  });

  it('picks the plural form the language uses', () => {
    setLocale('ru');
    expect([1, 2, 5, 11, 21, 22].map((n) => plural('deadline.daysLeft', n))).toEqual([
      'Остался 1 день',
      'Осталось 2 дня',
      'Осталось 5 дней',
      'Осталось 11 дней',
      'Остался 21 день',
      'Осталось 22 дня',
    ]);
    setLocale('bg');
    expect([1, 2, 5].map((n) => plural('deadline.overdueBy', n))).toEqual([
      'Просрочено с 1 ден',
      'Просрочено с 2 дни',
      'Просрочено с 5 дни',
    ]);
    setLocale('uk');
    expect([1, 3, 5, 21].map((n) => plural('deadline.daysLeft', n))).toEqual(UKRAINIAN_DAYS_LEFT);
    setLocale('en');
    expect([1, 2].map((n) => plural('cases.overdueNotice', n))).toEqual([
      '1 case is past the company’s deadline:',
      '2 cases are past the company’s deadline:',
    ]);
  });

  it('writes dates in full or abbreviated', () => {
    setLocale('en');
    expect(formatDate('2026-12-23')).toBe('23 December 2026');
    expect(formatDate('2026-12-23', 'short')).toBe('23 Dec 2026');
    setLocale('ru');
    expect(formatDate('2026-12-23')).toBe('23 декабря 2026 г.');
    setLocale('uk');
    expect(formatDate('2026-12-23')).toBe('23 грудня 2026 р.');
  });
});
