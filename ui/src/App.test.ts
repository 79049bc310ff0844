import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import App from './App.svelte';
import type { Case, CaseListEntry } from './lib/bindings';
import { sampleList } from './test/fixtures';

type Call = { cmd: string; args: unknown };

/** Answers `list_cases` from `cases` and records every call. */
function mockCore(
  cases: CaseListEntry[],
  handlers: Record<string, (args: unknown) => unknown> = {},
) {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (handler) return handler(args);
    if (cmd === 'list_cases') return cases;
    throw { code: 'io', message: `unexpected command ${cmd}` };
  });
  return calls;
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

describe('the case list', () => {
  it('shows readable cases and explains unreadable ones', async () => {
    mockCore(sampleList());
    render(App);

    const debt = (await screen.findByText('Уведомление о долге чужого абонента')).closest('li')!;
    expect(debt).toHaveTextContent('Debt notice meant for someone else');
    expect(debt).toHaveTextContent('ПАО «МТС»');
    expect(debt).toHaveTextContent('Sent');
    expect(debt).toHaveTextContent('Last letter 20 March 2016');

    const fee = screen.getByText('13 месечни такси по едногодишен договор').closest('li')!;
    expect(fee).toHaveTextContent('Wrong or extra charges');
    expect(fee).toHaveTextContent('Draft');
    expect(fee).toHaveTextContent('No letter yet');

    const untitled = screen.getByText('Untitled case').closest('li')!;
    expect(untitled).toHaveTextContent('No service / outage');
    expect(untitled).toHaveTextContent('Resolved');

    const broken = screen.getByText('Folder: broken-case').closest('li')!;
    expect(broken).toHaveTextContent('The case file is damaged and could not be read.');
    expect(broken).toHaveTextContent('expected value at line 3 column 5');
    expect(broken).toHaveTextContent('The file was left untouched.');

    const future = screen.getByText('Folder: from-the-future').closest('li')!;
    expect(future).toHaveTextContent('file format 7; this version reads up to 1');

    const empty = screen.getByText('Folder: empty-folder').closest('li')!;
    expect(empty).toHaveTextContent('The folder has no case file.');

    expect(rows()).toHaveLength(6);
  });

  it('switches the whole list to Russian and Bulgarian, and remembers the choice', async () => {
    mockCore(sampleList());
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Untitled case');

    await user.selectOptions(screen.getByLabelText('Interface language'), 'ru');
    expect(screen.getByLabelText('Язык интерфейса')).toHaveValue('ru');
    expect(screen.getByText('Без названия')).toBeInTheDocument();
    expect(screen.getByText('Уведомление о чужом долге')).toBeInTheDocument();
    const broken = screen.getByText('Папка: broken-case').closest('li')!;
    expect(broken).toHaveTextContent('Файл жалобы повреждён и не читается.');
    expect(broken).toHaveTextContent('Файл оставлен без изменений.');
    expect(localStorage.getItem('complaint-desk.locale')).toBe('ru');

    await user.selectOptions(screen.getByLabelText('Язык интерфейса'), 'bg');
    expect(screen.getByLabelText('Език на интерфейса')).toHaveValue('bg');
    expect(screen.getByRole('heading', { name: /Жалби/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ново оплакване/ })).toBeInTheDocument();
    expect(screen.getByText('Папка: empty-folder').closest('li')).toHaveTextContent(
      'В папката няма файл на жалба.',
    );
  });

  it('filters by title, company and incident name', async () => {
    mockCore(sampleList());
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Untitled case');
    const search = screen.getByRole('searchbox', { name: 'Search cases' });

    await user.type(search, 'мобилтел');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('13 месечни такси');

    await user.clear(search);
    await user.type(search, 'outage');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Tele2');

    await user.clear(search);
    await user.type(search, 'ДОЛГЕ');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Уведомление о долге чужого абонента');

    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('No cases match “nothing like this”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(rows()).toHaveLength(6);
  });

  it('explains the app and offers a new case when there are none', async () => {
    mockCore([]);
    render(App);

    expect(await screen.findByRole('heading', { name: 'No complaints yet' })).toBeInTheDocument();
    expect(screen.getByText(/formal complaint letter/)).toBeInTheDocument();
    // Only the big button in the empty state; the header has none while the list is empty.
    expect(screen.getAllByRole('button', { name: /New case/ })).toHaveLength(1);
  });

  it('shows a failed load translated by its error code', async () => {
    mockCore([], {
      list_cases: () => {
        throw { code: 'case_locked', message: 'case is locked by another process' };
      },
    });
    const user = userEvent.setup();
    render(App);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This case is open in another window or program. Close it there and try again.',
    );
    expect(alert).not.toHaveTextContent('locked by another process');

    await user.selectOptions(screen.getByLabelText('Interface language'), 'ru');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Эта жалоба открыта в другом окне или программе.',
    );
  });

  it('falls back to the core message for a code it does not know', async () => {
    mockCore([], {
      list_cases: () => {
        throw { code: 'disk_on_fire', message: 'The disk is on fire.' };
      },
    });
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is on fire.');
  });
});

describe('a new case', () => {
  it('sends the filled-in case to create_case, refreshes the list and highlights it', async () => {
    const cases = sampleList();
    const created: Case[] = [];
    const calls = mockCore(cases, {
      create_case: (args) => {
        const value = (args as { case: Case }).case;
        created.push(value);
        cases.push({
          state: 'readable',
          id: 'new-case-id',
          title: value.title,
          incident: value.incident,
          company: value.company.legal_name,
          status: value.status,
          last_letter: null,
          due: null,
          overdue: false,
        });
        return 'new-case-id';
      },
    });
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Untitled case');

    await user.click(screen.getByRole('button', { name: /New case/ }));
    const dialog = screen.getByRole('dialog', { name: 'New case' });
    const first = within(dialog).getByRole('radio', { name: 'Debt notice meant for someone else' });
    expect(first).toHaveFocus();

    await user.click(within(dialog).getByRole('radio', { name: 'Payment or top-up not credited' }));
    await user.selectOptions(within(dialog).getByLabelText('Country whose law applies'), 'bg');
    expect(within(dialog).getByLabelText('Letter language')).toHaveValue('bg');
    await user.type(within(dialog).getByLabelText('Company legal name'), '  „А1 България“ ЕАД ');
    await user.type(within(dialog).getByLabelText('Short title'), 'Неотразено плащане{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(created).toEqual([
      {
        schema_version: 1,
        title: 'Неотразено плащане',
        incident: 'payment_not_credited',
        jurisdiction: 'bg',
        letter_language: 'bg',
        company: { legal_name: '„А1 България“ ЕАД', claims_address: '', office: '' },
        customer: { full_name: '', postal_address: '', phone: '', email: '', account: '' },
        events: [],
        contacts: [],
        demands: [],
        reply_channel: 'post',
        delivery: 'in_person',
        evidence: [],
        letters: [],
        terms: { reply_days: null, long_distance_or_roaming: false },
        sent: null,
        answer: null,
        status: 'draft',
      } satisfies Case,
    ]);

    const row = (await screen.findByText('Неотразено плащане')).closest('li')!;
    expect(row).toHaveTextContent('Just created');
    expect(row).toHaveTextContent('Payment or top-up not credited');
    expect(row).toHaveTextContent('„А1 България“ ЕАД');
    expect(calls.map((call) => call.cmd)).toEqual(['list_cases', 'create_case', 'list_cases']);
    expect(rows()).toHaveLength(7);
  });

  it('keeps a letter language the user chose when the country changes', async () => {
    mockCore([]);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /New case/ }));
    const dialog = screen.getByRole('dialog');

    expect(within(dialog).getByLabelText('Country whose law applies')).toHaveValue('uk');
    expect(within(dialog).getByLabelText('Letter language')).toHaveValue('en');
    await user.selectOptions(within(dialog).getByLabelText('Country whose law applies'), 'ru');
    expect(within(dialog).getByLabelText('Letter language')).toHaveValue('ru');
    await user.selectOptions(within(dialog).getByLabelText('Letter language'), 'en');
    await user.selectOptions(within(dialog).getByLabelText('Country whose law applies'), 'bg');
    expect(within(dialog).getByLabelText('Letter language')).toHaveValue('en');
  });

  it('asks what happened before creating anything, and Escape closes the dialog', async () => {
    const calls = mockCore([]);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /New case/ }));
    const dialog = screen.getByRole('dialog');

    await user.click(within(dialog).getByRole('button', { name: 'Create case' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose what happened.');
    expect(calls.map((call) => call.cmd)).toEqual(['list_cases']);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows a failed create translated in the dialog and keeps the form', async () => {
    mockCore([], {
      create_case: () => {
        throw { code: 'case_locked', message: 'locked' };
      },
    });
    const user = userEvent.setup();
    render(App);
    await user.selectOptions(await screen.findByLabelText('Interface language'), 'bg');
    await user.click(screen.getByRole('button', { name: /Ново оплакване/ }));
    const dialog = screen.getByRole('dialog');

    await user.click(within(dialog).getByRole('radio', { name: 'Неизпълнено обещание' }));
    await user.click(within(dialog).getByRole('button', { name: 'Създай жалбата' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Тази жалба е отворена в друг прозорец или програма.',
    );
    expect(within(dialog).getByRole('radio', { name: 'Неизпълнено обещание' })).toBeChecked();
  });
});
