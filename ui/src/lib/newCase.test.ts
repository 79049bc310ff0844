import { describe, expect, it } from 'vitest';

import {
  buildNewCase,
  defaultCurrency,
  defaultJurisdiction,
  JURISDICTIONS,
  letterLanguageFor,
} from './newCase';

describe('a new case', () => {
  it('is written at schema 2, where the United Kingdom is gb', () => {
    const draft = buildNewCase({
      incident: 'service_outage',
      jurisdiction: 'gb',
      letterLanguage: 'en',
      companyName: ' Example Telecom Ltd ',
      title: '',
    });
    expect(draft.schema_version).toBe(2);
    expect(draft.jurisdiction).toBe('gb');
    expect(draft.company.legal_name).toBe('Example Telecom Ltd');
  });

  it('offers the United Kingdom as gb, with English letters and pounds', () => {
    expect(JURISDICTIONS).toEqual(['ru', 'bg', 'gb', 'other']);
    expect(defaultJurisdiction('en')).toBe('gb');
    expect(letterLanguageFor('gb')).toBe('en');
    expect(defaultCurrency('gb')).toBe('GBP');
  });
});
