import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Case, Problem, Warning } from '../../bindings';
import { setLocale, t } from '../../i18n/index.svelte';
import { SHA, completeCase, fakeCore, type FakeCore } from '../../../test/fakeCore';
import { STEPS } from '../../wizard/steps';
import { openDocuments } from '../../../test/pdfjs';
import Wizard from './Wizard.svelte';

const required = (path: string): Problem => ({
  path,
  code: 'required',
  message: `${path} required`,
});

/** The problems the core finds: the fields a test leaves empty. */
function emptyFields(value: Case): Problem[] {
  const problems: Problem[] = [];
  if (value.company.legal_name.trim() === '') problems.push(required('company.legal_name'));
  if (value.customer.full_name.trim() === '') problems.push(required('customer.full_name'));
  if (value.events.length === 0) problems.push(required('events'));
  if (value.demands.every((demand) => demand.trim() === '')) problems.push(required('demands'));
  return problems;
}

/** Waits until the core has checked the case with `email` in it and the answer has come back. */
async function checkedWithEmail(core: FakeCore, email: string): Promise<void> {
  await waitFor(() =>
    expect(
      core.callsOf('check_case').some((call) => (call.args.case as Case).customer.email === email),
    ).toBe(true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function stepShown(): string | undefined {
  return document.querySelector<HTMLElement>('[data-step]')?.dataset.step;
}

function action(name: string, root: ParentNode = document): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

function entry(name: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-entry="${name}"]`);
  if (!element) throw new Error(`no entry ${name}`);
  return element;
}

function renderWizard(id: string | null) {
  const onexit = vi.fn();
  render(Wizard, { id, onexit });
  return onexit;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves the latest case once typing pauses, at once on a step change, and keeps the text when a save fails', async () => {
    let failSaves = false;
    const start = completeCase();
    start.company.legal_name = '';
    const core = fakeCore({
      cases: { c1: start },
      problems: emptyFields,
      handlers: {
        save_case: (args) => {
          if (failSaves) throw { code: 'io', message: 'No space left on device (os error 28)' };
          return core.answer('save_case', args);
        },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');

    // The reopened draft resumes where something is missing.
    const name = await screen.findByLabelText('Legal name');
    expect(stepShown()).toBe('company');
    expect(name).toHaveFocus();

    await user.type(name, 'ПАО «МТС»');
    expect(core.callsOf('save_case')).toHaveLength(0);
    expect(document.querySelector('[data-save-state]')).toHaveTextContent('Saving…');
    await waitFor(() => expect(core.callsOf('save_case')).toHaveLength(1));
    const first = core.callsOf('save_case')[0]!.args as { id: string; case: Case };
    expect(first.id).toBe('c1');
    expect(first.case.company.legal_name).toBe('ПАО «МТС»');
    expect(first.case.events).toEqual(start.events);
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')).toHaveTextContent('Saved'),
    );
    // Each save is checked again, for the hints next to the fields.
    await waitFor(() => expect(core.callsOf('check_case')).toHaveLength(2));

    await user.type(screen.getByLabelText('Office you will visit (optional)'), 'Салон на Красной');
    await user.click(action('next'));
    // No waiting for the pause: leaving a step saves.
    expect(core.callsOf('save_case')).toHaveLength(2);
    expect((core.callsOf('save_case')[1]!.args.case as Case).company.office).toBe(
      'Салон на Красной',
    );
    expect(stepShown()).toBe('customer');

    failSaves = true;
    const phone = screen.getByLabelText('Phone');
    await user.clear(phone);
    await user.type(phone, '+7 900 000-00-00');
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent(
      'The files could not be read or written. Check the disk and the folder permissions.',
    );
    expect(alert).not.toHaveTextContent('os error 28');
    expect(phone).toHaveValue('+7 900 000-00-00');
    expect(document.querySelector('[data-save-state]')).toHaveTextContent('Not saved');

    failSaves = false;
    await user.click(within(alert).getByRole('button', { name: 'Save now' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(core.cases.get('c1')!.customer.phone).toBe('+7 900 000-00-00');
    expect(phone).toHaveValue('+7 900 000-00-00');
  });

  it('re-applies the typing to a case changed elsewhere meanwhile, keeping what was recorded there', async () => {
    const start = completeCase();
    start.company.legal_name = '';
    const core = fakeCore({ cases: { c1: start }, problems: emptyFields });
    const user = userEvent.setup();
    renderWizard('c1');
    const name = await screen.findByLabelText('Legal name');

    // The case page records the hand-in while the wizard is open: the stored case moves on.
    const submission = {
      date: '2026-11-20',
      method: 'in_person' as const,
      registration_number: 'ВХ-1',
      registered_on: '',
      tracking_number: '',
      answered_on: '',
    };
    core.answer('record_submission', { id: 'c1', kind: 'claim', submission });

    await user.type(name, 'ПАО «МТС»');
    await waitFor(() => expect(core.callsOf('save_case')).toHaveLength(2));
    expect(core.commands().filter((cmd) => cmd === 'save_case' || cmd === 'load_case')).toEqual([
      'load_case',
      'save_case',
      'load_case',
      'save_case',
    ]);
    const [refused, merged] = core.callsOf('save_case').map((call) => call.args.case as Case);
    expect(refused!.revision).toBe(0);
    expect(refused!.status).toBe('draft');
    // The second save starts from the stored revision, with both the typing and the hand-in.
    expect(merged!.revision).toBe(1);
    expect(merged!.company.legal_name).toBe('ПАО «МТС»');
    expect(merged!.status).toBe('sent');
    expect(merged!.sent).toEqual(submission);
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')).toHaveTextContent('Saved'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(name).toHaveValue('ПАО «МТС»');
    expect(core.cases.get('c1')).toMatchObject({
      revision: 2,
      status: 'sent',
      sent: submission,
      company: { legal_name: 'ПАО «МТС»' },
    });

    // The draft now follows the stored revision: the next save is taken at once.
    await user.type(screen.getByLabelText('Office you will visit (optional)'), 'Салон');
    await user.click(action('next'));
    await waitFor(() => expect(core.cases.get('c1')!.company.office).toBe('Салон'));
    expect(core.callsOf('load_case')).toHaveLength(2);
    expect(core.cases.get('c1')!.status).toBe('sent');
  });

  it('gives up after the case was changed elsewhere at every try, and keeps the text', async () => {
    const core = fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        save_case: () => {
          throw { code: 'conflict', message: 'case c1 is at revision 9, the save started from 0' };
        },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Your details/ }));
    await user.type(screen.getByLabelText('Full name'), ' младший');

    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('The case was changed elsewhere at the same time');
    expect(alert).not.toHaveTextContent('revision 9');
    expect(document.querySelector('[data-save-state]')).toHaveTextContent('Not saved');
    // The first try and three merged ones, each after loading the case again.
    expect(core.callsOf('save_case')).toHaveLength(4);
    expect(core.callsOf('load_case')).toHaveLength(4);
    expect(screen.getByLabelText('Full name')).toHaveValue('Иванов Иван Иванович младший');
  });

  it('does not leave while the last changes cannot be saved', async () => {
    const core = fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        save_case: () => {
          throw { code: 'case_locked', message: 'locked' };
        },
      },
    });
    const user = userEvent.setup();
    const onexit = renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Your details/ }));
    await user.type(screen.getByLabelText('Full name'), ' младший');

    await user.click(screen.getByRole('heading', { name: 'Your details', level: 2 }));
    await user.keyboard('{Escape}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This case is open in another window or program.');
    await waitFor(() => expect(alert).toHaveTextContent('the case is still open'));
    expect(onexit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Full name')).toHaveValue('Иванов Иван Иванович младший');
    expect(core.callsOf('save_case').length).toBeGreaterThan(0);

    await user.click(within(alert).getByRole('button', { name: 'Leave without saving' }));
    expect(onexit).toHaveBeenCalledWith('c1', false);
  });
});

describe('problems next to the fields', () => {
  it('appear only for steps already visited, and the review jumps to the field', async () => {
    const core = fakeCore({ problems: emptyFields });
    const user = userEvent.setup();
    renderWizard(null);

    await user.click(await screen.findByRole('radio', { name: /^A promise not kept/ }));
    await user.click(screen.getByRole('button', { name: 'Create case and continue' }));
    const name = await screen.findByLabelText('Legal name');
    await waitFor(() => expect(core.callsOf('check_case')).toHaveLength(1));
    // Just arrived: no error greets the user.
    expect(screen.queryByText('This field is required.')).not.toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');

    await user.click(action('next'));
    expect(stepShown()).toBe('customer');
    expect(screen.queryByText('This field is required.')).not.toBeInTheDocument();

    await user.click(action('back'));
    const legal = screen.getByLabelText('Legal name');
    expect(legal).toHaveAttribute('aria-invalid', 'true');
    expect(legal).toHaveAccessibleDescription(/This field is required\./);
    const progress = screen.getByRole('navigation', { name: 'Steps' });
    expect(progress.querySelector('[data-progress-step="company"]')).toHaveTextContent(
      '(1 problem)',
    );
    expect(within(progress).getByText('Company').closest('[aria-current]')).toHaveAttribute(
      'aria-current',
      'step',
    );

    // The review lists every problem; each one opens its step with the cursor in the field.
    await user.click(within(progress).getByRole('button', { name: /Your details/ }));
    for (let i = 0; i < 6; i++) await user.click(action('next'));
    expect(stepShown()).toBe('review');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Company · Legal name This field is required.',
      'Your details · Full name This field is required.',
      'Timeline This field is required.',
    ]);
    // Passing the demands step filled them in from the suggestions.
    expect(core.cases.get('new-case')!.demands.length).toBeGreaterThan(0);
    expect(action('generate')).toBeDisabled();
    expect(action('generate')).toHaveAccessibleDescription('Fix the 3 problems above first.');

    await user.click(links[1]!);
    expect(stepShown()).toBe('customer');
    expect(screen.getByLabelText('Full name')).toHaveFocus();
  });

  it('hold the person on a step with a wrong value, never for a missing one', async () => {
    const start = completeCase();
    start.customer.phone = '';
    fakeCore({
      cases: { c1: start },
      problems: (value) => [
        ...(value.customer.email.includes('@')
          ? []
          : [{ path: 'customer.email', code: 'invalid_email' as const, message: 'not an e-mail' }]),
        ...(value.customer.phone === '' ? [required('customer.phone')] : []),
      ],
    });
    const user = userEvent.setup();
    renderWizard('c1');
    // Reopened on the step of its first problem, the missing phone.
    const email = await screen.findByLabelText('E-mail');
    expect(stepShown()).toBe('customer');
    await user.clear(email);
    await user.type(email, 'ivanov.example.ru');

    await user.click(action('next'));
    await waitFor(() => expect(email).toHaveFocus());
    expect(stepShown()).toBe('customer');
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.clear(email);
    await user.type(email, 'ivanov@example.ru');
    await user.click(action('next'));
    await waitFor(() => expect(stepShown()).toBe('events'));
  });

  it('show once a field is left, never while it is typed, and go as soon as it is mended', async () => {
    const start = completeCase();
    start.company.legal_name = '';
    start.customer.full_name = '';
    const core = fakeCore({
      cases: { c1: start },
      problems: (value) => [
        ...emptyFields(value),
        ...(value.customer.email.includes('@')
          ? []
          : [{ path: 'customer.email', code: 'invalid_email' as const, message: 'not an e-mail' }]),
      ],
    });
    const user = userEvent.setup();
    renderWizard('c1');

    // Reopened from the case page: the step it resumes on says why it was opened…
    const legal = await screen.findByLabelText('Legal name');
    expect(legal).toHaveAttribute('aria-invalid', 'true');
    // …and the steps not opened again in this session say nothing yet.
    await user.click(action('next'));
    expect(stepShown()).toBe('customer');
    const fullName = screen.getByLabelText('Full name');
    expect(fullName).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('This field is required.')).not.toBeInTheDocument();

    // Typing: saved and checked after a pause, yet no error while the cursor is in the field.
    const email = screen.getByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'ivanov.example.ru');
    await checkedWithEmail(core, 'ivanov.example.ru');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('This is not a valid e-mail address.')).not.toBeInTheDocument();

    // Left: the error shows, on this step not gone through yet; the untouched name stays quiet.
    await user.tab();
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/This is not a valid e-mail address\./);
    expect(fullName).not.toHaveAttribute('aria-invalid');

    // Mending it: the error goes once the check agrees, the cursor still in the field.
    await user.click(email);
    await user.clear(email);
    await user.type(email, 'ivanov@example.ru');
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'), { timeout: 2000 });
    expect(email).toHaveFocus();
    expect(screen.queryByText('This is not a valid e-mail address.')).not.toBeInTheDocument();

    // On a step gone through, the required name shows; a new mistake still waits for the field to be left.
    await user.click(action('next'));
    await user.click(action('back'));
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    const again = screen.getByLabelText('E-mail');
    await user.clear(again);
    await user.type(again, 'ivanov.example');
    await checkedWithEmail(core, 'ivanov.example');
    expect(again).not.toHaveAttribute('aria-invalid');
    await user.tab();
    await waitFor(() => expect(again).toHaveAttribute('aria-invalid', 'true'));
  });

  it('tick in the progress only the steps gone through and found right', async () => {
    const start = completeCase();
    start.company.legal_name = '';
    const core = fakeCore({ cases: { c1: start }, problems: emptyFields });
    const user = userEvent.setup();
    renderWizard('c1');
    const progress = await screen.findByRole('navigation', { name: 'Steps' });
    const step = (id: string) => progress.querySelector(`[data-progress-step="${id}"]`)!;
    const ticked = () =>
      Array.from(progress.querySelectorAll<HTMLElement>('[data-progress-step]'))
        .filter((item) => item.textContent?.includes('(done)'))
        .map((item) => item.dataset.progressStep);

    // Reopened: nothing is ticked, though only the company has a problem.
    const legal = await screen.findByLabelText('Legal name');
    expect(ticked()).toEqual([]);
    expect(step('company')).toHaveTextContent('(1 problem)');

    await user.type(legal, 'ПАО «МТС»');
    await user.click(action('next'));
    await waitFor(() => expect(ticked()).toEqual(['company']));
    await user.click(action('next'));
    await waitFor(() => expect(ticked()).toEqual(['company', 'customer']));
    // A step gone through is not ticked while the check finds something wrong in it.
    await user.click(within(progress).getByRole('button', { name: /Company/ }));
    await user.clear(screen.getByLabelText('Legal name'));
    await user.click(within(progress).getByRole('button', { name: /Timeline/ }));
    await waitFor(() => expect(step('company')).toHaveTextContent('(1 problem)'));
    expect(ticked()).toEqual(['customer']);
    expect(step('incident')).not.toHaveTextContent('(done)');
    await waitFor(() => expect(core.cases.get('c1')!.company.legal_name).toBe(''));
  });

  it('shows a missing e-mail at once when the answer or the letter is to go by e-mail', async () => {
    const start = completeCase();
    start.customer.email = '';
    fakeCore({ cases: { c1: start } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Reply and delivery/ }));

    await user.click(screen.getByRole('radio', { name: /^E-mail or web form/ }));
    expect(
      screen.getByText('You chose e-mail, but your e-mail address is not filled in.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enter your e-mail address' }));
    expect(stepShown()).toBe('customer');
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
  });
});

describe('each step', () => {
  it('says under its heading why its facts are asked, as part of its description', async () => {
    fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    const progress = screen.getByRole('navigation', { name: 'Steps' });

    for (const id of STEPS) {
      if (stepShown() !== id) {
        await user.click(
          within(progress).getByRole('button', { name: new RegExp(t(`step.${id}`)) }),
        );
      }
      const section = document.querySelector<HTMLElement>(`[data-step="${id}"]`)!;
      const why = within(section).getByText(t(`stepWhy.${id}`));
      expect(why.closest('[data-why]')).toHaveTextContent(`Why we ask: ${t(`stepWhy.${id}`)}`);
      expect(section).toHaveAccessibleDescription(
        expect.stringContaining(`Why we ask: ${t(`stepWhy.${id}`)}`),
      );
    }

    // The title is the letter's subject line, and its hint says so.
    await user.click(within(progress).getByRole('button', { name: /What happened/ }));
    expect(screen.getByLabelText('Short title (optional)')).toHaveAccessibleDescription(
      /the letter’s subject line/,
    );
  });
});

describe('the keyboard', () => {
  it('leaves with Escape pressed outside a field, never with one pressed in a field', async () => {
    fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    const onexit = renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });

    await user.click(screen.getByRole('button', { name: /What happened/ }));
    screen.getByLabelText('Country whose law applies').focus();
    await user.keyboard('{Escape}');
    await user.click(screen.getByLabelText('Short title (optional)'));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /Your details/ }));
    await user.click(screen.getByLabelText('Postal address'));
    await user.keyboard('{Escape}');
    expect(stepShown()).toBe('customer');
    expect(onexit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('heading', { name: 'Your details', level: 2 }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onexit).toHaveBeenCalledWith('c1', false));
  });

  it('leaves with Escape pressed on a choice, which takes no typing', async () => {
    fakeCore();
    const user = userEvent.setup();
    const onexit = renderWizard(null);
    const first = await screen.findByRole('radio', { name: /^Debt notice meant for someone else/ });
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onexit).toHaveBeenCalledWith(null, false));
  });
});

describe('your details', () => {
  it('are remembered for next time when asked, as you leave the step', async () => {
    const core = fakeCore();
    const user = userEvent.setup();
    renderWizard(null);
    await user.click(
      await screen.findByRole('radio', { name: /^Debt notice meant for someone else/ }),
    );
    await user.click(action('next'));
    await screen.findByRole('heading', { name: 'Which company is it about?' });
    // Steps not reached yet cannot be jumped to.
    expect(screen.queryByRole('button', { name: /Your details/ })).not.toBeInTheDocument();
    await user.click(action('next'));

    // Someone else's debt: the account may stay empty, and the hint says why.
    expect(
      screen.getByLabelText('Account, contract or phone number concerned'),
    ).toHaveAccessibleDescription(/You are not their customer, so this may stay empty\./);
    await user.type(screen.getByLabelText('Full name'), 'Jane Doe');
    const remember = screen.getByLabelText('Remember my details for next time');
    expect(remember).not.toBeChecked();
    await user.click(remember);
    await user.click(action('next'));

    await waitFor(() => expect(core.callsOf('save_profile')).toHaveLength(1));
    expect(core.callsOf('save_profile')[0]!.args).toEqual({
      customer: { full_name: 'Jane Doe', postal_address: '', phone: '', email: '', account: '' },
    });
  });
});

describe('the call timer', () => {
  it('stamps dialled, answered and ended and shows the hold time running', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval'],
      now: new Date(2026, 10, 21, 14, 5, 10),
    });
    const core = fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Contacts/ }));
    await user.click(action('add-contact'));

    const call = entry('contacts.0');
    await user.click(within(call).getByRole('button', { name: 'Dialling' }));
    expect(within(call).getByLabelText('Date')).toHaveValue('21/11/2026');
    expect(within(call).getByLabelText('Started')).toHaveValue('14:05');
    expect(within(call).getByRole('timer')).toHaveTextContent('On hold 0:00');
    expect(within(call).getByRole('button', { name: 'Dialling' })).toBeDisabled();

    await vi.advanceTimersByTimeAsync(65_000);
    expect(within(call).getByRole('timer')).toHaveTextContent('On hold 1:05');

    // The call keeps running while another step is open.
    await user.click(action('back'));
    expect(screen.getByRole('button', { name: 'Call in progress: 1:05' })).toBeInTheDocument();
    await user.click(action('next'));

    const again = entry('contacts.0');
    await user.click(within(again).getByRole('button', { name: 'Answered' }));
    expect(within(again).getByLabelText('Answered')).toHaveValue('14:06');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(within(again).getByRole('timer')).toHaveTextContent('Held 1:05, talking 0:30');

    await vi.advanceTimersByTimeAsync(150_000);
    await user.click(within(again).getByRole('button', { name: 'Ended' }));
    expect(within(again).getByLabelText('Ended')).toHaveValue('14:09');
    expect(within(again).queryByRole('timer')).not.toBeInTheDocument();
    expect(again).toHaveTextContent('Kept on hold 1 minute');

    await waitFor(() =>
      expect(core.cases.get('c1')!.contacts).toEqual([
        expect.objectContaining({
          channel: 'phone',
          date: '2026-11-21',
          dialled: '14:05',
          answered: '14:06',
          ended: '14:09',
        }),
      ]),
    );
  });
});

describe('the timeline', () => {
  it('keeps a date typed in Russian as that day, and one with no such day as typed', async () => {
    setLocale('ru');
    const core = fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: t('step.review') });
    await user.click(screen.getByRole('button', { name: new RegExp(t('step.events')) }));
    const date = within(entry('events.0')).getByRole('textbox', { name: t('field.events.date') });
    expect(date).toHaveValue('02.11.2026');

    await user.clear(date);
    await user.type(date, '05.11.2026');
    await user.tab();
    expect(date).toHaveAccessibleDescription('5 ноября 2026 г.');
    await waitFor(() => expect(core.cases.get('c1')!.events[0]?.date).toBe('2026-11-05'));

    await user.clear(date);
    await user.type(date, '30.02.2026');
    await user.tab();
    expect(date).toHaveAccessibleDescription(t('written.no_such_date'));
    await waitFor(() => expect(core.cases.get('c1')!.events[0]?.date).toBe('30.02.2026'));
    expect(date).toHaveValue('30.02.2026');
  });
});

describe('demands', () => {
  it('start from the suggestions, and can be added, removed and reordered from the keyboard', async () => {
    const start = completeCase();
    start.demands = [];
    const core = fakeCore({
      cases: { c1: start },
      problems: emptyFields,
      suggestions: {
        demands: ['Credit my payment.', 'Confirm it in writing.', 'Compensate my losses.'],
        evidence: [],
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');

    const first = await screen.findByLabelText('Demand 1');
    expect(stepShown()).toBe('demands');
    expect(first).toHaveValue('Credit my payment.');
    expect(screen.getByLabelText('Demand 3')).toHaveValue('Compensate my losses.');
    expect(screen.getByText(/These are the usual demands for this kind of case/)).toBeVisible();
    expect(core.callsOf('suggestions')[0]!.args).toEqual({
      incident: 'payment_not_credited',
      lang: 'ru',
    });

    await user.click(action('add-demand'));
    const fourth = screen.getByLabelText('Demand 4');
    expect(fourth).toHaveFocus();
    await user.type(fourth, 'Refund the fee.');

    // Up twice with the keyboard: the focus follows the demand.
    action('move-up', entry('demands.3')).focus();
    await user.keyboard('{Enter}');
    expect(action('move-up', entry('demands.2'))).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(action('move-up', entry('demands.1'))).toHaveFocus();

    await user.click(action('move-down', entry('demands.0')));
    await user.click(screen.getByRole('button', { name: 'Remove Demand 3' }));

    const values = () =>
      screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);
    expect(values()).toEqual(['Refund the fee.', 'Credit my payment.', 'Compensate my losses.']);

    // The removed suggestion is offered again.
    await user.click(
      screen.getByRole('button', { name: 'Add the demand: Confirm it in writing.' }),
    );
    expect(values()).toEqual([
      'Refund the fee.',
      'Credit my payment.',
      'Compensate my losses.',
      'Confirm it in writing.',
    ]);

    await waitFor(() =>
      expect(core.cases.get('c1')!.demands).toEqual([
        'Refund the fee.',
        'Credit my payment.',
        'Compensate my losses.',
        'Confirm it in writing.',
      ]),
    );
  });
});

describe('a removed demand', () => {
  it('comes back to its place with Undo, the cursor in it, until the list is reordered', async () => {
    const demands = ['Credit my payment.', 'Confirm it in writing.', 'Compensate my losses.'];
    const start = completeCase();
    start.demands = [...demands];
    const core = fakeCore({ cases: { c1: start } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Demands/ }));
    const values = () =>
      screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);
    const undoLine = () => document.querySelector<HTMLElement>('[data-undo="demands"]');

    await user.click(screen.getByRole('button', { name: 'Remove Demand 2' }));
    expect(values()).toEqual([demands[0], demands[2]]);
    expect(undoLine()).toHaveTextContent('Demand 2 removed.');
    await waitFor(() => expect(core.cases.get('c1')!.demands).toEqual([demands[0], demands[2]]));

    // Typing elsewhere keeps the way back open.
    await user.type(screen.getByLabelText('Demand 1'), ' Today.');
    await user.click(screen.getByRole('button', { name: 'Undo removing Demand 2' }));
    expect(values()).toEqual([`${demands[0]} Today.`, demands[1], demands[2]]);
    expect(screen.getByLabelText('Demand 2')).toHaveFocus();
    expect(undoLine()).toBeNull();
    expect(await screen.findByText('Demand 2 is back in its place.')).toBeInTheDocument();
    await waitFor(() =>
      expect(core.cases.get('c1')!.demands).toEqual([
        `${demands[0]} Today.`,
        demands[1],
        demands[2],
      ]),
    );

    // Reordered after a removal, the old place means something else: no undo is offered.
    await user.click(screen.getByRole('button', { name: 'Remove Demand 3' }));
    expect(undoLine()).not.toBeNull();
    await user.click(action('move-down', entry('demands.0')));
    expect(undoLine()).toBeNull();
  });
});

describe('evidence', () => {
  it('starts from the suggested checklist, attaches picked files and files dropped on an item', async () => {
    const core = fakeCore({
      cases: { c1: completeCase() },
      picked: ['receipt.jpg'],
      refused: {
        'huge.mov': { code: 'evidence_too_large', message: 'huge.mov is 99999999 bytes' },
      },
      events: true,
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Proof/ }));

    await screen.findByText(
      'This checklist was suggested for your kind of case, in the letter’s language.',
    );
    const receipt = entry('evidence.0');
    expect(within(receipt).getByLabelText(/^Description/)).toHaveValue(
      'Copy of the payment receipt',
    );
    expect(within(receipt).getByRole('radio', { name: 'Still missing' })).toBeChecked();

    await user.click(within(receipt).getByRole('button', { name: 'Attach files to Proof 1' }));
    await within(receipt).findByText('receipt.jpg');
    expect(receipt).toHaveTextContent(`SHA-256 ${SHA.slice(0, 12)}`);
    expect(receipt).toHaveTextContent('added 21 Nov 2026');
    expect(within(receipt).getByRole('radio', { name: 'I have it' })).toBeChecked();
    // The checklist was saved before the file was attached to it.
    const order = core.commands().filter((cmd) => cmd === 'save_case' || cmd === 'attach_evidence');
    expect(order.slice(0, 2)).toEqual(['save_case', 'attach_evidence']);
    // The core opens the dialog itself, titled in the interface language; no path comes back.
    expect(core.callsOf('attach_evidence')[0]!.args).toEqual({
      id: 'c1',
      item: 0,
      title: 'Choose files to attach',
    });

    // Files dragged from the desktop: the item under the cursor lights up and takes them.
    const statement = entry('evidence.1');
    const points: [number, number][] = [];
    document.elementFromPoint = (x, y) => {
      points.push([x, y]);
      return statement;
    };
    await emit('tauri://drag-over', { position: { x: 200, y: 300 } });
    await waitFor(() => expect(statement).toHaveClass('drop-target'));
    expect(statement).toHaveTextContent('Drop to attach to this item');
    await emit('tauri://drag-drop', { paths: [], position: { x: 200, y: 300 } });
    await core.drop(['statement.pdf', 'huge.mov'], 200, 300);
    await within(statement).findByText('statement.pdf');
    expect(statement).not.toHaveClass('drop-target');
    expect(core.callsOf('attach_dropped').map((call) => call.args)).toEqual([
      { id: 'c1', item: 1, drop: 1 },
    ]);
    expect(points.at(-1)).toEqual([200 / devicePixelRatio, 300 / devicePixelRatio]);
    expect(within(statement).getByRole('alert')).toHaveTextContent(
      'huge.mov was not attached: The file is larger than 50 MB.',
    );
    // Each attachment made a new revision: the draft follows it, so later saves are not refused.
    await user.type(within(statement).getByLabelText(/^Description/), ' (October)');
    await waitFor(() =>
      expect(core.cases.get('c1')!.evidence[1]!.description).toMatch(/\(October\)$/),
    );
    expect(core.cases.get('c1')!.evidence[1]!.files.map((file) => file.name)).toEqual([
      'statement.pdf',
    ]);
    // No save was refused as stale: the case was loaded once, when the wizard opened.
    expect(core.callsOf('load_case')).toHaveLength(1);
  });

  it('makes an item of files dropped beside the list, named after them', async () => {
    const core = fakeCore({ cases: { c1: completeCase() }, events: true });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Proof/ }));
    await waitFor(() => entry('evidence.1'));

    document.elementFromPoint = () => null;
    await core.drop(['contract.pdf', 'letter.png'], 10, 10);
    const added = await waitFor(() => entry('evidence.2'));
    await within(added).findByText('contract.pdf');
    expect(within(added).getByLabelText(/^Description/)).toHaveValue('contract.pdf, letter.png');
    // The new item was saved before the files were attached to it.
    expect(core.cases.get('c1')!.evidence[2]).toMatchObject({
      kind: 'custom',
      description: 'contract.pdf, letter.png',
      status: 'have',
    });
  });

  it('opens an attached file, and takes one off its item after a yes', async () => {
    const core = fakeCore({
      cases: { c1: completeCase() },
      picked: ['receipt.jpg', 'wrong photo.png'],
      handlers: {
        open_evidence: ({ name }) => {
          if (name === 'wrong photo.png') throw { code: 'open_failed', message: 'no application' };
          return null;
        },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Proof/ }));
    const receipt = entry('evidence.0');
    await user.click(within(receipt).getByRole('button', { name: 'Attach files to Proof 1' }));
    await within(receipt).findByText('wrong photo.png');

    await user.click(within(receipt).getByRole('button', { name: 'Open receipt.jpg' }));
    expect(core.callsOf('open_evidence')[0]!.args).toEqual({
      id: 'c1',
      item: 0,
      sha256: SHA,
      name: 'receipt.jpg',
    });
    await user.click(within(receipt).getByRole('button', { name: 'Open wrong photo.png' }));
    expect(await within(receipt).findByRole('alert')).toHaveTextContent(
      'wrong photo.png could not be opened: no application on this computer opens this kind of file.',
    );

    // Asked first: "Keep" leaves it, "Remove" takes it off in the saved case.
    await user.click(
      within(receipt).getByRole('button', { name: 'Remove wrong photo.png from this item' }),
    );
    expect(within(receipt).getByText('Take it off? Its copy goes to the trash.')).toBeVisible();
    await user.click(within(receipt).getByRole('button', { name: 'Keep' }));
    expect(core.callsOf('remove_evidence_file')).toHaveLength(0);
    await user.click(
      within(receipt).getByRole('button', { name: 'Remove wrong photo.png from this item' }),
    );
    await user.click(within(receipt).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(receipt).queryByText('wrong photo.png')).toBeNull());
    expect(core.callsOf('remove_evidence_file')[0]!.args).toEqual({
      id: 'c1',
      item: 0,
      sha256: SHA,
      name: 'wrong photo.png',
    });
    expect(core.cases.get('c1')!.evidence[0]!.files.map((file) => file.name)).toEqual([
      'receipt.jpg',
    ]);
    // A later save keeps it off: the wizard took in the case as the core stored it.
    await user.type(within(receipt).getByLabelText(/^Description/), ' (paper)');
    await waitFor(() =>
      expect(core.cases.get('c1')!.evidence[0]!.description).toMatch(/\(paper\)$/),
    );
    expect(core.cases.get('c1')!.evidence[0]!.files).toHaveLength(1);
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
  });

  it('says which file was not attached and why', async () => {
    fakeCore({
      cases: { c1: completeCase() },
      picked: ['film.mov'],
      refused: {
        'film.mov': { code: 'evidence_too_large', message: 'film.mov is 99999999 bytes' },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Proof/ }));
    await user.click(await screen.findByRole('button', { name: 'Attach files to Proof 1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'film.mov was not attached: The file is larger than 50 MB.',
    );
  });
});

describe('the review', () => {
  it('shows the letter’s pages as they print, makes the PDF, opens it and saves a copy', async () => {
    const core = fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    renderWizard('c1');

    await screen.findByText('Everything the letter needs is filled in.');
    /** Waits for the pages drawn to be these, in order. */
    const pagesShown = (texts: string[]) =>
      waitFor(() => {
        const pages = document.querySelectorAll('[data-letter-preview] [data-letter-page]');
        expect([...pages].map((page) => page.textContent)).toEqual(texts);
      });
    const letter = 'CLAIM to ПАО «МТС» from Иванов Иван Иванович';
    // An office visit: the letter and the applicant's copy.
    await pagesShown([letter, `APPLICANT’S COPY: ${letter}`]);
    expect(screen.getByRole('group', { name: 'Page 2 of 2' })).toBeInTheDocument();
    expect(screen.getByText('2 pages')).toBeVisible();
    expect(document.querySelector('[data-letter-preview]')).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('Letter language:').parentElement).toHaveTextContent('Russian');
    expect(core.callsOf('letter_pages')[0]!.args).toMatchObject({
      id: 'c1',
      kind: 'claim',
      lang: null,
      office_copy: true,
      annexes: true,
      reading_copy: null,
    });
    const annexes = screen.getByLabelText('Print the copies of the evidence after the letter');
    expect(document.querySelector('[data-action="open-new-letter"]')).toBeNull();

    await user.click(
      screen.getByLabelText('Office visit: include the applicant’s copy with a receipt block'),
    );
    // The letter is in Russian, the app in English: the customer may add a copy to read.
    await user.click(screen.getByLabelText('Add a copy in English for you to read'));
    await pagesShown([letter, `READING COPY (en): ${letter}`]);
    // The copies of the evidence follow the office copy until they are set apart.
    expect(annexes).not.toBeChecked();
    // The letters replaced are let go: only the one shown is held open.
    await waitFor(() => expect(openDocuments.size).toBe(1));
    expect(core.callsOf('letter_pages').at(-1)!.args).toMatchObject({
      office_copy: false,
      annexes: false,
      reading_copy: 'en',
    });
    // Set on their own, they no longer follow it.
    await user.click(annexes);
    await waitFor(() =>
      expect(core.callsOf('letter_pages').at(-1)!.args).toMatchObject({
        office_copy: false,
        annexes: true,
      }),
    );
    await user.click(annexes);
    await waitFor(() =>
      expect(core.callsOf('letter_pages').at(-1)!.args).toMatchObject({ annexes: false }),
    );
    // The window envelope is kept for every letter, and the pages are typeset again with it.
    const typeset = core.callsOf('letter_pages').length;
    await user.selectOptions(
      screen.getByLabelText('Window envelope'),
      'DL (110 × 220 mm), window on the left',
    );
    await waitFor(() =>
      expect(core.callsOf('save_settings').at(-1)?.args).toEqual({
        settings: { envelope: { size: 'dl', window: 'left' } },
      }),
    );
    await waitFor(() => expect(core.callsOf('letter_pages').length).toBeGreaterThan(typeset));
    await user.click(action('generate'));
    expect(
      await screen.findByText('The letter is ready. Open it to print, or save a copy.'),
    ).toBeVisible();
    expect(core.callsOf('issue_letter')[0]!.args).toEqual({
      id: 'c1',
      kind: 'claim',
      lang: null,
      office_copy: false,
      annexes: false,
      reading_copy: 'en',
    });
    const made = document.querySelector<HTMLElement>(
      '[data-letter-file="2026-11-21-claim-ru.pdf"]',
    )!;
    expect(made).toHaveTextContent('New');

    // "Open to print" comes beside "Create PDF", in the footer that stays in view.
    await user.click(action('open-new-letter'));
    await user.click(action('open-letter', made));
    expect(core.callsOf('open_letter').map((call) => call.args)).toEqual([
      { id: 'c1', file: '2026-11-21-claim-ru.pdf' },
      { id: 'c1', file: '2026-11-21-claim-ru.pdf' },
    ]);
    await user.click(action('save-letter-copy', made));
    expect(await screen.findByText('A copy of 2026-11-21-claim-ru.pdf was saved.')).toBeVisible();
    expect(core.callsOf('save_letter_copy')[0]!.args).toEqual({
      id: 'c1',
      file: '2026-11-21-claim-ru.pdf',
      title: 'Save a copy of the letter',
    });

    // The page's copy of the case lists the letter, and a later save (made from the revision before
    // the letter) is merged into the case with it rather than refused.
    await user.click(action('back'));
    await user.click(screen.getAllByRole('radio', { name: /I have it/ })[0]!);
    await waitFor(() => expect(core.cases.get('c1')!.evidence[0]!.status).toBe('have'));
    expect(core.cases.get('c1')!.letters.map((each) => each.file)).toEqual([
      '2026-11-21-claim-ru.pdf',
    ]);
    expect(core.callsOf('load_case')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows warnings as a notice apart from the problems, in the app language, without blocking the letter', async () => {
    const basis = {
      ru: 'ст. 55 «О связи»: претензия предъявляется в течение 6 месяцев',
      bg: 'чл. 55 от руския закон „За съобщенията“: претенцията се подава до 6 месеца',
      en: 'art. 55 «О связи» (Communications Act): a claim is filed within 6 months',
      uk: 'ст. 55 російського закону «Про зв’язок»: претензію подають протягом 6 місяців',
    };
    const source = 'Федеральный закон от 07.07.2003 № 126-ФЗ «О связи», ст. 55';
    const window = (index: number, last_day: string): Warning => ({
      path: `events[${index}].date`,
      code: 'claim_window_passed',
      message: `the window for a claim about this event closed on ${last_day}`,
      rule: { id: 'ru.claim_window', source, basis, last_day, verify: index === 1 },
      official_language: null,
    });
    const start = completeCase();
    start.events.push({ ...start.events[0]!, date: '2026-03-02' });
    fakeCore({
      cases: { c1: start },
      warnings: () => [
        {
          path: 'letter_language',
          code: 'not_official_language',
          message: 'the letter is in English',
          official_language: 'ru',
          rule: null,
        },
        window(0, '2026-05-02'),
        window(1, '2026-09-02'),
      ],
    });
    setLocale('ru');
    const user = userEvent.setup();
    renderWizard('c1');

    const notice = await screen.findByRole('region', { name: t('review.warnings') });
    expect(screen.getByText(t('review.ok'))).toBeInTheDocument();
    expect(notice).not.toHaveAttribute('role', 'alert');
    expect(action('generate')).toBeEnabled();
    expect(within(notice).getByText(/на официальном языке \(русский\)/)).toBeInTheDocument();

    const window_ = notice.querySelector<HTMLElement>('[data-warning="claim_window_passed"]')!;
    expect(window_).toHaveTextContent(t('warning.claim_window_passed'));
    expect(window_).toHaveTextContent(basis.ru);
    expect(window_).not.toHaveTextContent(basis.en);
    expect(window_).toHaveTextContent(t('review.warningSource', { source }));
    expect(window_).toHaveTextContent(t('review.warningVerify'));
    const links = within(window_).getAllByRole('link');
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Хронология · Событие 1 · Дата срок для претензии истёк 2 мая 2026 г.',
      'Хронология · Событие 2 · Дата срок для претензии истёк 2 сентября 2026 г.',
    ]);

    await user.click(links[1]!);
    expect(stepShown()).toBe('events');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('name', 'events.1.date'));
  });

  it('saves no copy and says nothing when the save dialog is cancelled', async () => {
    const start = completeCase();
    start.letters = [
      { kind: 'claim', language: 'ru', date: '2026-11-20', file: '2026-11-20-claim-ru.pdf' },
    ];
    const core = fakeCore({ cases: { c1: start }, copySaved: false });
    const user = userEvent.setup();
    renderWizard('c1');
    const letter = await waitFor(() => {
      const element = document.querySelector<HTMLElement>(
        '[data-letter-file="2026-11-20-claim-ru.pdf"]',
      );
      expect(element).not.toBeNull();
      return element!;
    });
    await user.click(action('save-letter-copy', letter));
    await waitFor(() => expect(core.callsOf('save_letter_copy')).toHaveLength(1));
    // Let the answer arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/A copy of .* was saved\./)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows where the new letter is when no PDF viewer opens it, and saves a copy when no folder opens', async () => {
    const core = fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        open_letter: () => {
          throw { code: 'open_failed', message: 'no application for PDF' };
        },
        show_letter: () => {
          throw { code: 'open_failed', message: 'no file manager' };
        },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByText('Everything the letter needs is filled in.');
    await user.click(action('generate'));
    await screen.findByText('The letter is ready. Open it to print, or save a copy.');
    await user.click(action('open-new-letter'));
    const alert = (
      await screen.findByText(
        'The letter is saved, but no PDF viewer opened it. It is in the case folder.',
      )
    ).closest<HTMLElement>('[role="alert"]')!;
    const made = core.cases.get('c1')!.letters.at(-1)!.file;
    await user.click(within(alert).getByRole('button', { name: 'Show in folder' }));
    expect(core.callsOf('show_letter')[0]!.args).toEqual({ id: 'c1', file: made });
    expect(
      await within(alert).findByText(
        'No file manager opened the folder either. Save a copy where you will find it.',
      ),
    ).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Save a copy…' }));
    expect(await within(alert).findByText(`A copy of ${made} was saved.`)).toBeVisible();
    expect(core.callsOf('save_letter_copy')[0]!.args).toMatchObject({ id: 'c1', file: made });
  });

  it('offers the claim made earlier to open from the footer', async () => {
    const start = completeCase();
    start.letters = [
      { kind: 'claim', language: 'ru', date: '2026-11-20', file: '2026-11-20-claim-ru.pdf' },
    ];
    const core = fakeCore({ cases: { c1: start } });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByText('Everything the letter needs is filled in.');
    expect(action('generate')).toHaveClass('primary');
    await user.click(action('open-new-letter'));
    expect(core.callsOf('open_letter')[0]!.args).toEqual({
      id: 'c1',
      file: '2026-11-20-claim-ru.pdf',
    });
  });

  it('explains a letter that could not be made, with the character at fault', async () => {
    fakeCore({
      cases: { c1: completeCase() },
      handlers: {
        issue_letter: () => {
          throw {
            code: 'unsupported_character',
            message: 'events[0].text contains “😀” (U+1F600), which the letter font cannot print',
          };
        },
      },
    });
    const user = userEvent.setup();
    renderWizard('c1');
    await screen.findByText('Everything the letter needs is filled in.');
    await user.click(action('generate'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The PDF could not be made.');
    expect(alert).toHaveTextContent('Some text contains a character the letter font cannot print.');
    expect(alert).toHaveTextContent('events[0].text contains “😀”');
  });
});
