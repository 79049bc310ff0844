import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { Case } from '../../bindings';
import { setLocale } from '../../i18n/index.svelte';
import { completeCase, fakeCore, wireError, type FakeCoreOptions } from '../../../test/fakeCore';
import App from '../../../App.svelte';
import CaseView from '../CaseView.svelte';

const ID = 'c1';

function page(value: Case, handlers: FakeCoreOptions['handlers'] = {}) {
  const core = fakeCore({ cases: { [ID]: value }, handlers });
  const props = {
    id: ID,
    onback: vi.fn(),
    onedit: vi.fn(),
    onarchived: vi.fn(),
    ondeleted: vi.fn(),
  };
  render(CaseView, { props });
  return { core, props };
}

describe('the next step of a case', () => {
  it('prints the claim of a draft as its main action and opens it', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core } = page({ ...completeCase(), delivery: 'in_person' });
    const next = await screen.findByRole('region', { name: 'Next step' });
    const print = within(next).getByRole('button', { name: 'Print the claim' });
    expect(print).toHaveClass('primary');
    expect(screen.getByRole('button', { name: 'Continue editing' })).not.toHaveClass('primary');
    // Handing in before anything is printed is possible, with a word of what to do first.
    expect(screen.getByText(/No claim letter has been made yet/)).toBeInTheDocument();

    await user.click(print);
    await waitFor(() => expect(core.callsOf('open_letter')).toHaveLength(1));
    expect(core.callsOf('issue_letter')[0]?.args).toMatchObject({
      kind: 'claim',
      office_copy: true,
    });
    expect(core.callsOf('open_letter')[0]?.args).toEqual({
      id: ID,
      file: '2026-11-21-claim-ru-office.pdf',
    });
    // Printed, the next step is the hand-in; the letter is listed with what can be done with it.
    const handIn = await within(next).findByRole('button', { name: 'Mark as handed in' });
    expect(handIn).toHaveClass('primary');
    // Still a draft until handed in, the case reads as printed.
    expect(document.querySelector('[data-status="draft"]')).toHaveTextContent('Printed');
    const letters = screen.getByRole('region', { name: 'Letters made for this case' });
    for (const action of ['Open', 'Save a copy of', 'Show']) {
      expect(
        within(letters).getByRole('button', { name: new RegExp(`^${action} 2026-11-21-claim`) }),
      ).toBeInTheDocument();
    }
    expect(screen.queryByText(/No claim letter has been made yet/)).not.toBeInTheDocument();
    await user.click(handIn);
    expect(screen.getByLabelText('Date the company received it')).toHaveFocus();
  });

  it('once handed in, waits for the answer and brings up its form; once answered, points to the regulator', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const sent: Case = {
      ...completeCase(),
      status: 'sent',
      letters: [
        { kind: 'claim', language: 'ru', date: '2026-11-20', file: '2026-11-20-claim-ru.pdf' },
      ],
      sent: {
        date: '2026-11-20',
        method: 'in_person',
        registration_number: 'ВХ-1',
        registered_on: '',
        tracking_number: '',
      },
    };
    page(sent);
    const next = await screen.findByRole('region', { name: 'Next step' });
    expect(next).toHaveTextContent(/The claim is with the company/);
    await user.click(within(next).getByRole('button', { name: 'The answer has come' }));
    expect(screen.getByLabelText('Date the answer arrived')).toHaveFocus();
  });

  it('after an answer, says the regulator letter is next', async () => {
    setLocale('en');
    page({
      ...completeCase(),
      status: 'answered',
      sent: {
        date: '2026-11-20',
        method: 'in_person',
        registration_number: '',
        registered_on: '',
        tracking_number: '',
      },
      answer: {
        date: '2026-11-28',
        channel: 'post',
        summary: '',
        outcomes: ['refused_without_reasons'],
        objections: [''],
        final_response: false,
      },
    });
    const next = await screen.findByRole('region', { name: 'Next step' });
    expect(next).toHaveTextContent(/The company has answered/);
  });

  it('offers the letter’s folder when no viewer opens it', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core } = page(completeCase(), {
      open_letter: () => {
        throw wireError('open_failed', 'no application for PDF');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Print the claim' }));
    const alert = await screen.findByText(/no PDF viewer opened it/);
    await user.click(
      within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', {
        name: 'Show in folder',
      }),
    );
    const made = core.cases.get(ID)?.letters.at(-1)?.file;
    expect(core.callsOf('show_letter')[0]?.args).toEqual({ id: ID, file: made });
  });

  it('says what keeps an incomplete claim from printing, with the way to fix it', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { props } = page(completeCase(), {
      issue_letter: () => {
        throw wireError('case_incomplete', 'the case is not complete');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Print the claim' }));
    const alert = await screen.findByText(/The claim cannot be made yet/);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    await user.click(within(box).getByRole('button', { name: 'Continue editing' }));
    expect(props.onedit).toHaveBeenCalledWith(ID);
  });
});

describe('keeping cases', () => {
  it('archives a case from its page, undoes it from the list, and restores from the archive', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const core = fakeCore({ cases: { [ID]: { ...completeCase(), title: 'Lost top-up' } } });
    render(App);
    await user.click(await screen.findByRole('button', { name: /Lost top-up/ }));
    await user.click(await screen.findByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('“Lost top-up” was moved to the archive.')).toBeInTheDocument();
    expect(core.cases.has(ID)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('“Lost top-up” is back in the list.')).toBeInTheDocument();
    expect(core.cases.has(ID)).toBe(true);

    await user.click(screen.getByRole('button', { name: /Lost top-up/ }));
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    await user.click(await screen.findByRole('button', { name: /Archived/ }));
    await user.click(
      await screen.findByRole('button', { name: 'Restore “Lost top-up” to the list' }),
    );
    expect(await screen.findByRole('button', { name: /Lost top-up/ })).toBeInTheDocument();
    expect(core.cases.has(ID)).toBe(true);
  });

  it('deletes only after a confirmation that names the case, and Escape keeps it', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core, props } = page({ ...completeCase(), title: 'Fees after termination' });
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    const question = screen.getByText(
      'Move “Fees after termination” to the trash, with its letters and evidence?',
    );
    expect(question).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(props.onback).not.toHaveBeenCalled();
    expect(core.callsOf('delete_case')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Move to the trash' }));
    await waitFor(() => expect(props.ondeleted).toHaveBeenCalledWith('Fees after termination'));
    expect(core.callsOf('delete_case')[0]?.args).toEqual({ id: ID, shelf: 'active' });
  });

  it('duplicates a case into a new draft opened for editing', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core, props } = page({ ...completeCase(), status: 'sent' });
    await user.click(await screen.findByRole('button', { name: 'Duplicate as a new draft' }));
    await waitFor(() => expect(props.onedit).toHaveBeenCalled());
    const copy = String(vi.mocked(props.onedit).mock.calls[0]?.[0]);
    expect(core.cases.get(copy)?.status).toBe('draft');
  });
});

describe('checking the case’s files', () => {
  it('says every file is as added, or names each one changed or missing', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core } = page(completeCase(), {
      verify_case: () => [
        { file: { type: 'evidence', item: 0, name: 'receipt.jpg' }, state: 'intact' },
        { file: { type: 'evidence', item: 1, name: 'statement.pdf' }, state: 'changed' },
        { file: { type: 'letter', file: '2026-11-20-claim-ru.pdf' }, state: 'missing' },
        { file: { type: 'letter', file: '2026-11-01-claim-ru.pdf' }, state: 'unrecorded' },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Check the files' }));
    const report = await screen.findByText('Changed or missing since they were added:');
    const box = report.closest<HTMLElement>('[data-file-check]')!;
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Proof 2: statement.pdf — changed', '2026-11-20-claim-ru.pdf — missing']);
    expect(box).toHaveTextContent(
      'Not checked (made by an earlier version, with no fingerprint): 2026-11-01-claim-ru.pdf.',
    );
    expect(core.callsOf('verify_case')[0]?.args).toEqual({ id: ID });
  });

  it('exports the case as a bag where the save dialog says, and names what stopped it', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const { core } = page(completeCase(), {
      export_case: ({ id }) => {
        if (core.callsOf('export_case').length > 1) {
          throw wireError('file_changed', `${id}: statement.pdf has changed since it was added`);
        }
        return { path: '/home/user/Documents/для юриста.zip', files: 3 };
      },
    });
    const button = await screen.findByRole('button', {
      name: 'Export for a lawyer or a regulator…',
    });
    await user.click(button);
    expect(
      await screen.findByText(
        'Saved as /home/user/Documents/для юриста.zip: 3 files, each with its SHA-256.',
      ),
    ).toBeVisible();
    expect(core.callsOf('export_case')[0]?.args).toEqual({ id: ID, title: 'Export the case' });
    await user.click(button);
    expect(
      await screen.findByText(
        /A file of the case has changed since it was added\. Check the files first\./,
      ),
    ).toBeVisible();
  });

  it('says so when nothing changed', async () => {
    setLocale('ru');
    const user = userEvent.setup();
    page(completeCase(), {
      verify_case: () => [
        { file: { type: 'evidence', item: 0, name: 'чек.jpg' }, state: 'intact' },
        { file: { type: 'letter', file: '2026-11-20-claim-ru.pdf' }, state: 'intact' },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Проверить файлы' }));
    expect(
      await screen.findByText('Все файлы такие же, как при добавлении (проверено: 2).'),
    ).toBeVisible();
  });
});

describe('the timeline', () => {
  it('says a delivery’s number is the incoming one', async () => {
    setLocale('ru');
    page(completeCase(), {
      case_status: () => ({
        status: 'sent',
        deadlines: [],
        overdue: false,
        timeline: [
          { date: '2026-11-20', kind: 'sent', text: '1234', deadline: null, late: false },
          {
            date: '2026-11-19',
            kind: 'event',
            text: 'Платёж не зачислен',
            deadline: null,
            late: false,
          },
        ],
      }),
    });
    expect(await screen.findByText('Вх. № 1234')).toBeVisible();
    expect(screen.getByText('Платёж не зачислен')).toBeVisible();
  });
});
