import { describe, expect, it } from 'vitest';

import { bg } from './bg';
import { en } from './en';
import { format, localeFromTag } from './index.svelte';
import { ru } from './ru';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  const english = Object.keys(en).sort();

  it.each([
    ['ru', ru],
    ['bg', bg],
  ] as const)('%s has exactly the keys of en', (_name, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(english);
  });

  it.each([
    ['ru', ru],
    ['bg', bg],
  ] as const)('%s keeps every placeholder and leaves nothing empty', (_name, dictionary) => {
    for (const key of english) {
      const translated = dictionary[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});

describe('the interface language', () => {
  it('follows the system language for Russian and Bulgarian, else English', () => {
    expect(localeFromTag('ru-RU')).toBe('ru');
    expect(localeFromTag('bg')).toBe('bg');
    expect(localeFromTag('uk-UA')).toBe('en');
    expect(localeFromTag('en-GB')).toBe('en');
    expect(localeFromTag(undefined)).toBe('en');
  });

  it('fills placeholders', () => {
    expect(format('Folder: {id} ({missing})', { id: 'a' })).toBe('Folder: a ({missing})');
  });
});
