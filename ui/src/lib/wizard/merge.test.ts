import { describe, expect, it } from 'vitest';

import type { Case } from '../bindings';
import { completeCase } from '../../test/fakeCore';
import { mergeCase, mergeValue, sameValue } from './merge';

function stored(revision: number): Case {
  return { ...completeCase(), revision };
}

describe('merging the customer’s edits into a case changed elsewhere', () => {
  it('keeps the fields the customer changed and takes the others from the stored case', () => {
    const base = stored(3);
    const local = structuredClone(base);
    local.title = 'Платёж от 2 ноября';
    local.customer.phone = '+7 900 000-00-00';
    const remote = structuredClone(base);
    remote.revision = 4;
    remote.status = 'sent';
    remote.sent = {
      date: '2026-11-20',
      method: 'in_person',
      registration_number: 'ВХ-1',
      registered_on: '',
      tracking_number: '',
      answered_on: '',
    };
    remote.customer.email = 'new@example.ru';

    const merged = mergeCase(base, local, remote);
    expect(merged.revision).toBe(4);
    expect(merged.title).toBe('Платёж от 2 ноября');
    expect(merged.status).toBe('sent');
    expect(merged.sent).toEqual(remote.sent);
    // Nested objects merge field by field.
    expect(merged.customer).toEqual({
      ...base.customer,
      phone: '+7 900 000-00-00',
      email: 'new@example.ru',
    });
    expect(merged.company).toEqual(base.company);
  });

  it('lets the customer win a field both changed', () => {
    const base = stored(1);
    const local = { ...structuredClone(base), title: 'Mine' };
    const remote = { ...structuredClone(base), title: 'Theirs', revision: 2 };
    expect(mergeCase(base, local, remote).title).toBe('Mine');
  });

  it('takes arrays whole: an attached file survives unless the customer edited that list', () => {
    const base = stored(1);
    base.evidence = [{ kind: 'receipt', description: 'Receipt', status: 'missing', files: [] }];
    const remote = structuredClone(base);
    remote.revision = 2;
    remote.evidence[0]!.status = 'have';
    remote.evidence[0]!.files = [{ name: 'receipt.jpg', sha256: 'ab', imported: '2026-11-21' }];

    const untouched = structuredClone(base);
    untouched.demands = ['Зачислить платёж.', 'Вернуть комиссию.'];
    const merged = mergeCase(base, untouched, remote);
    expect(merged.evidence).toEqual(remote.evidence);
    expect(merged.demands).toEqual(['Зачислить платёж.', 'Вернуть комиссию.']);

    const edited = structuredClone(base);
    edited.evidence[0]!.description = 'Receipt from the terminal';
    expect(mergeCase(base, edited, remote).evidence).toEqual(edited.evidence);
  });

  it('keeps keys this version does not know, from either side', () => {
    const base = { ...stored(1), company: { ...stored(1).company } } as Case &
      Record<string, unknown>;
    const remote = {
      ...structuredClone(base),
      revision: 2,
      added_later: { by: 'a newer version' },
      company: { ...base.company, vat_number: 'BG123' },
    };
    const local = { ...structuredClone(base), title: 'Edited', note: 'typed here' };
    const merged = mergeCase(base, local, remote) as unknown as Record<string, unknown>;
    expect(merged.added_later).toEqual({ by: 'a newer version' });
    expect(merged.company).toEqual({ ...base.company, vat_number: 'BG123' });
    expect(merged.note).toBe('typed here');
    expect(merged.title).toBe('Edited');
  });

  it('follows a removal on either side unless the other side changed the same key', () => {
    expect(mergeValue({ a: 1, b: 2 }, { a: 1 }, { a: 1, b: 2, c: 3 })).toEqual({ a: 1, c: 3 });
    expect(mergeValue({ a: 1, b: 2 }, { a: 1 }, { a: 1, b: 5 })).toEqual({ a: 1, b: 5 });
    expect(mergeValue({ a: 1, b: 2 }, { a: 1, b: 2, c: 3 }, { a: 1 })).toEqual({ a: 1, c: 3 });
    expect(mergeValue({ a: 1, b: 2 }, { a: 1, b: 4, c: 3 }, { a: 1 })).toEqual({
      a: 1,
      b: 4,
      c: 3,
    });
  });

  it('compares values whatever the order of their keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
