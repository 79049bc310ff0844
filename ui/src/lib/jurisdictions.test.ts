import { describe, expect, it } from 'vitest';

import { fakeCore } from '../test/fakeCore';
import { profiles } from './jurisdictions.svelte';

describe('the jurisdictions the core serves', () => {
  it('offers the United Kingdom as gb, with English letters and pounds', async () => {
    fakeCore();
    await profiles.load();
    expect(profiles.ids).toEqual(['ru', 'bg', 'gb', 'ua', 'other']);
    expect(profiles.officialLanguage('gb')).toBe('en');
    expect(profiles.currencyOn('gb', '')).toBe('GBP');
    expect(profiles.officialLanguage('other')).toBeNull();
  });

  it('offers Ukraine as ua, with Ukrainian letters and hryvnias', async () => {
    fakeCore();
    await profiles.load();
    expect(profiles.officialLanguage('ua')).toBe('uk');
    expect(profiles.currencyOn('ua', '2011-10-14')).toBe('UAH');
    expect(profiles.asksFor('ua', 'user_term')).toBe(false);
  });

  it('gives the currency of the day: leva in Bulgaria before the euro, euros from 2026', async () => {
    fakeCore();
    await profiles.load();
    expect(profiles.currencyOn('bg', '2025-12-31')).toBe('BGN');
    expect(profiles.currencyOn('bg', '2026-01-01')).toBe('EUR');
    expect(profiles.currencyOn('bg', '')).toBe('EUR');
  });

  it('asks for the facts each jurisdiction’s terms rest on, and no others', async () => {
    fakeCore();
    await profiles.load();
    expect(profiles.asksFor('ru', 'long_distance_or_roaming')).toBe(true);
    expect(profiles.asksFor('ru', 'user_term')).toBe(false);
    expect(profiles.asksFor('bg', 'user_term')).toBe(true);
    expect(profiles.asksFor('gb', 'user_term')).toBe(false);
    expect(profiles.asksFor('gb', 'long_distance_or_roaming')).toBe(false);
  });
});
