import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Case } from '../bindings';
import { completeCase, fakeCore } from '../../test/fakeCore';
import { profiles } from '../jurisdictions.svelte';
import { WizardState } from './state.svelte';

const open: WizardState[] = [];

/** A wizard over case `c1` of the fake core, loaded. */
async function loaded(
  onexit: (id: string | null, created: boolean) => void = () => {},
): Promise<{ wizard: WizardState; focused: (string | undefined)[] }> {
  const focused: (string | undefined)[] = [];
  const wizard = new WizardState({
    id: 'c1',
    onexit,
    focus: (path) => {
      focused.push(path);
      return Promise.resolve();
    },
    locale: 'en',
  });
  open.push(wizard);
  await wizard.start();
  return { wizard, focused };
}

/** The draft as plain data, to compare parts of it. */
function plain(value: Case | null): Case {
  if (value === null) throw new Error('no case');
  return JSON.parse(JSON.stringify(value)) as Case;
}

afterEach(() => {
  for (const wizard of open.splice(0)) wizard.dispose();
});

describe('WizardState', () => {
  it('keeps a picked letter language where the law is written in it, and follows the jurisdiction where not', async () => {
    fakeCore({ cases: { c1: { ...completeCase(), letter_language: 'en' } } });
    const { wizard } = await loaded();
    const served = profiles.list;
    profiles.list = served.map((profile) =>
      profile.jurisdiction === 'bg' ? { ...profile, letter_languages: ['bg'] } : profile,
    );
    try {
      expect(wizard.letterLanguageChosen).toBe(true);
      wizard.setJurisdiction('gb');
      expect(wizard.draft?.letter_language).toBe('en');
      wizard.setJurisdiction('bg');
      expect(wizard.draft?.letter_language).toBe('bg');
      wizard.setJurisdiction('ua');
      expect(wizard.draft?.letter_language).toBe('bg');
    } finally {
      profiles.list = served;
    }
  });

  it('writes what was just typed before the window closes, and keeps the window when it cannot', async () => {
    let disk: 'ok' | 'full' = 'ok';
    const core = fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        save_case: (request) => {
          if (disk === 'full') throw { code: 'io', message: 'disk full' };
          return core.answer('save_case', request);
        },
      },
    });
    const { wizard } = await loaded();
    wizard.edit('company', (company) => (company.office = 'Салон МТС, ул. Красная, 149'));
    expect(await wizard.saveBeforeClose()).toBe(true);
    expect(core.cases.get('c1')!.company.office).toBe('Салон МТС, ул. Красная, 149');

    disk = 'full';
    wizard.edit('company', (company) => (company.office = 'Салон МТС'));
    expect(await wizard.saveBeforeClose()).toBe(false);
    expect(wizard.saver.state).toBe('error');
    expect(wizard.saver.dirty).toBe(true);
  });

  it('changes only the part a step edits, and saves it after a quiet moment', async () => {
    const start = completeCase();
    start.company.legal_name = '';
    const core = fakeCore({ cases: { c1: start } });
    const { wizard } = await loaded();
    const before = plain(wizard.draft);

    wizard.edit('company', (company) => (company.legal_name = 'ПАО «МТС»'));
    wizard.update({ reply_channel: 'email' });

    const after = plain(wizard.draft);
    expect(after.company).toEqual({ ...before.company, legal_name: 'ПАО «МТС»' });
    expect(after.reply_channel).toBe('email');
    const { company: _c, reply_channel: _r, ...restAfter } = after;
    const { company: _bc, reply_channel: _br, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);

    expect(wizard.saver.state).toBe('pending');
    await wizard.flush();
    const saved = core.callsOf('save_case');
    expect(saved).toHaveLength(1);
    expect((saved[0]!.args.case as Case).company.legal_name).toBe('ПАО «МТС»');
    expect(wizard.saver.state).toBe('saved');
    expect(wizard.revision).toBe(1);
    expect(wizard.draft!.revision).toBe(1);
  });

  it('saves nothing when an edit leaves the case as it is stored', async () => {
    const core = fakeCore({ cases: { c1: completeCase() } });
    const { wizard } = await loaded();
    wizard.edit('customer', (customer) => (customer.full_name = `${customer.full_name}`));
    await wizard.flush();
    expect(core.callsOf('save_case')).toHaveLength(0);
    expect(wizard.saver.state).toBe('idle');
  });

  it('merges the edit into a case changed elsewhere when the save is refused as stale', async () => {
    const core = fakeCore({ cases: { c1: completeCase() } });
    const { wizard } = await loaded();
    const submission = {
      date: '2026-11-20',
      method: 'in_person' as const,
      registration_number: 'ВХ-1',
      registered_on: '',
      tracking_number: '',
      answered_on: '',
    };
    core.answer('record_submission', { id: 'c1', kind: 'claim', submission });

    wizard.edit('demands', (demands) => demands.push('Вернуть 300 ₽'));
    await wizard.flush();

    const [refused, merged] = core.callsOf('save_case').map((call) => call.args.case as Case);
    expect(refused!.sent).toBeNull();
    expect(merged!.sent).toEqual(submission);
    expect(merged!.demands).toContain('Вернуть 300 ₽');
    expect(wizard.draft!.sent).toEqual(submission);
    expect(wizard.draft!.demands).toContain('Вернуть 300 ₽');
    expect(wizard.saver.state).toBe('saved');
  });

  it('keeps the edit and shows the refusal once the case keeps changing elsewhere', async () => {
    fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        save_case: () => {
          throw { code: 'conflict', message: 'case c1 is at revision 9, the save started from 0' };
        },
      },
    });
    const onexit = vi.fn();
    const { wizard } = await loaded(onexit);
    wizard.edit('company', (company) => (company.office = 'Салон'));
    await expect(wizard.flush()).rejects.toMatchObject({ code: 'conflict' });
    expect(wizard.saver.state).toBe('error');
    expect(wizard.saver.dirty).toBe(true);
    expect(wizard.draft!.company.office).toBe('Салон');

    // The way out is held until the person chooses to leave anyway.
    await wizard.leave();
    expect(wizard.leaveFailed).toBe(true);
    expect(onexit).not.toHaveBeenCalled();
    await wizard.leave(true);
    expect(onexit).toHaveBeenCalledWith('c1', false);
  });

  it('opens the step of a field and asks for the cursor on it', async () => {
    fakeCore({ cases: { c1: completeCase() } });
    const { wizard, focused } = await loaded();
    wizard.goToField('events[0].date');
    expect(wizard.step).toBe('events');
    expect(focused.at(-1)).toBe('events[0].date');
  });
});
