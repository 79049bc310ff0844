import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import App from './App.svelte';
import type { Case, CaseListEntry, Language } from './lib/bindings';
import { setLocale } from './lib/i18n/index.svelte';
import { FOLLOW_UP_TABLE, LETTER_TITLES, completeCase, fakeCore } from './test/fakeCore';
import { deadlineList, lateCase, lateReport, sampleList } from './test/fixtures';

type Call = { cmd: string; args: unknown };

/** Answers `list_cases` from `cases` (nothing is archived) and records every call. */
function mockCore(
  cases: CaseListEntry[],
  handlers: Record<string, (args: unknown) => unknown> = {},
) {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (handler) return handler(args);
    if (cmd === 'list_cases') return (args as { shelf: string }).shelf === 'active' ? cases : [];
    // The follow-ups of a case nothing was recorded for, as the core answers them.
    if (cmd === 'letter_options') return FOLLOW_UP_TABLE[0]!.options;
    // Nothing handed in: no regulator's form yet.
    if (cmd === 'letter_titles') return LETTER_TITLES[(args as { lang: Language }).lang];
    if (cmd === 'regulator_forms')
      return { blocked: 'not_sent', language: 'ru', complaint: '', forms: [] };
    throw { code: 'io', message: `unexpected command ${cmd}` };
  });
  return calls;
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

function rowIds(): (string | undefined)[] {
  return rows().map((row) => row.dataset.caseId);
}

/** `load_case` and `case_status` for the late claim `c-late-short` of `deadlineList`. */
const lateCaseHandlers = {
  load_case: () => lateCase(),
  case_status: (args: unknown) => lateReport((args as { lang: Language }).lang),
};

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

  it('explains case folders refused before reading, in each language', async () => {
    mockCore([
      { state: 'unreadable', id: 'a-pipe', reason: { code: 'not_a_file', kind: 'pipe' } },
      { state: 'unreadable', id: 'odd', reason: { code: 'not_a_file', kind: 'whatsit' } },
      {
        state: 'unreadable',
        id: 'huge',
        reason: { code: 'too_large', size: 16 * 1024 * 1024 + 1, limit: 16 * 1024 * 1024 },
      },
      { state: 'unreadable', id: 'elsewhere', reason: { code: 'linked_folder' } },
      { state: 'unreadable', id: 'Копия дела', reason: { code: 'bad_name' } },
    ]);
    const user = userEvent.setup();
    render(App);

    const row = async (id: string) => (await screen.findByText(`Folder: ${id}`)).closest('li')!;
    expect(await row('a-pipe')).toHaveTextContent(
      'The case file is not an ordinary file but a named pipe, so it was not read.',
    );
    expect(await row('odd')).toHaveTextContent('not an ordinary file but a whatsit');
    // Just over the limit never reads as equal to it.
    expect(await row('huge')).toHaveTextContent(
      'The case file is 16.1 MB, larger than the 16 MB a case file may be',
    );
    expect(await row('elsewhere')).toHaveTextContent(
      'The case folder is a link to somewhere else on the disk',
    );
    expect(await row('Копия дела')).toHaveTextContent(
      'This folder’s name is not one Complaint Desk gives to cases',
    );
    expect(rows()).toHaveLength(5);

    await user.selectOptions(screen.getByLabelText('Interface language'), 'ru');
    expect(screen.getByText('Папка: a-pipe').closest('li')).toHaveTextContent(
      'Файл жалобы — не обычный файл, а именованный канал',
    );
    expect(screen.getByText('Папка: huge').closest('li')).toHaveTextContent(
      'Файл жалобы занимает 16,1 МБ — больше допустимых 16 МБ',
    );
    await user.selectOptions(screen.getByLabelText('Язык интерфейса'), 'bg');
    expect(screen.getByText('Папка: elsewhere').closest('li')).toHaveTextContent(
      'Папката на жалбата е връзка към друго място на диска',
    );
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
    expect(screen.getByRole('button', { name: /Нова жалба/ })).toBeInTheDocument();
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
  it('opens the wizard, creates the case on the first Next with the remembered details, then saves under its id', async () => {
    const core = fakeCore({
      profile: {
        full_name: 'Петров Петър Петров',
        postal_address: 'София 1000, ул. „Шипка“ 5',
        phone: '+359 88 123 4567',
        email: 'petrov@example.bg',
        account: '',
      },
    });
    const user = userEvent.setup();
    render(App);

    await user.click(await screen.findByRole('button', { name: /New case/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'New case' })).toBeInTheDocument();
    expect(document.querySelector('[data-step="incident"]')).not.toBeNull();
    expect(
      screen.getByRole('radio', { name: /^Debt notice meant for someone else/ }),
    ).toHaveFocus();
    // Nothing is saved before the case exists.
    expect(document.querySelector('[data-save-state]')).toHaveTextContent(
      'Saved when you press Next',
    );

    await user.click(screen.getByRole('button', { name: 'Create case and continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what happened.');
    expect(core.commands()).not.toContain('create_case');

    await user.click(screen.getByRole('radio', { name: /^Payment or top-up not credited/ }));
    await user.selectOptions(screen.getByLabelText('Country whose law applies'), 'bg');
    expect(screen.getByLabelText('Letter language')).toHaveValue('bg');
    await user.type(screen.getByLabelText('Short title (optional)'), 'Неотразено плащане{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'Which company is it about?' }),
    ).toBeVisible();
    expect(core.callsOf('create_case')).toHaveLength(1);
    const created = core.callsOf('create_case')[0]!.args.case as Case;
    expect(created).toMatchObject({
      title: 'Неотразено плащане',
      incident: 'payment_not_credited',
      jurisdiction: 'bg',
      letter_language: 'bg',
      status: 'draft',
      customer: { full_name: 'Петров Петър Петров', email: 'petrov@example.bg' },
    });

    await user.type(screen.getByLabelText('Legal name'), '„А1 България“ ЕАД');
    await waitFor(() =>
      expect(core.cases.get('new-case')!.company.legal_name).toBe('„А1 България“ ЕАД'),
    );
    expect(core.callsOf('create_case')).toHaveLength(1);
    expect(core.callsOf('save_case').every((call) => call.args.id === 'new-case')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Full name')).toHaveValue('Петров Петър Петров');
    expect(screen.getByText('Filled in from the details you asked to remember.')).toBeVisible();
    expect(screen.getByLabelText('Remember my details for next time')).toBeChecked();

    // Escape leaves the wizard from outside a field (inside one it is the field's own).
    await user.click(screen.getByRole('heading', { name: 'Your details', level: 2 }));
    await user.keyboard('{Escape}');
    const row = (await screen.findByText('Неотразено плащане')).closest('li')!;
    expect(row).toHaveTextContent('Just created');
    expect(row).toHaveTextContent('„А1 България“ ЕАД');
  });

  it('keeps a letter language the user chose when the country changes', async () => {
    fakeCore();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /New case/ }));

    expect(screen.getByLabelText('Country whose law applies')).toHaveValue('gb');
    expect(screen.getByLabelText('Letter language')).toHaveValue('en');
    await user.selectOptions(screen.getByLabelText('Country whose law applies'), 'ru');
    expect(screen.getByLabelText('Letter language')).toHaveValue('ru');
    await user.selectOptions(screen.getByLabelText('Letter language'), 'en');
    await user.selectOptions(screen.getByLabelText('Country whose law applies'), 'bg');
    expect(screen.getByLabelText('Letter language')).toHaveValue('en');
  });

  it('leaves with Escape before anything was created', async () => {
    const core = fakeCore();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /New case/ }));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'No complaints yet' })).toBeInTheDocument();
    expect(core.commands()).not.toContain('create_case');
  });

  it('shows a failed create translated and keeps the choices', async () => {
    fakeCore({
      handlers: {
        create_case: () => {
          throw { code: 'case_locked', message: 'locked' };
        },
      },
    });
    const user = userEvent.setup();
    render(App);
    await user.selectOptions(await screen.findByLabelText('Interface language'), 'bg');
    await user.click(screen.getByRole('button', { name: /Нова жалба/ }));

    await user.click(screen.getByRole('radio', { name: /^Неизпълнено обещание/ }));
    await user.click(screen.getByRole('button', { name: 'Създай жалбата и продължи' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Тази жалба е отворена в друг прозорец или програма.',
    );
    expect(screen.getByRole('radio', { name: /^Неизпълнено обещание/ })).toBeChecked();
    expect(document.querySelector('[data-step="incident"]')).not.toBeNull();
  });

  it('is continued from the case page at the first step with problems', async () => {
    const draft = completeCase();
    draft.customer.full_name = '';
    const core = fakeCore({
      cases: { 'c-draft': draft },
      problems: (value) =>
        value.customer.full_name.trim() === ''
          ? [{ path: 'customer.full_name', code: 'required', message: 'required' }]
          : [],
    });
    const user = userEvent.setup();
    render(App);

    await user.click(await screen.findByRole('button', { name: /Не зачислен платёж/ }));
    await user.click(await screen.findByRole('button', { name: 'Continue editing' }));

    const name = await screen.findByLabelText('Full name');
    expect(document.querySelector('[data-step]')).toHaveAttribute('data-step', 'customer');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/This field is required\./);
    expect(screen.getByLabelText('E-mail')).toHaveValue('ivanov@example.ru');

    await user.type(name, 'Иванов Иван');
    await user.click(screen.getByRole('heading', { name: 'Your details', level: 2 }));
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Не зачислен платёж/ })).toHaveFocus(),
    );
    expect(core.cases.get('c-draft')!.customer.full_name).toBe('Иванов Иван');
    expect(screen.queryByText('Just created')).not.toBeInTheDocument();
  });
});

describe('deadlines in the list', () => {
  it('sorts overdue cases first and marks them, then the soonest due, and search keeps the order', async () => {
    mockCore(deadlineList());
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Roaming charges in July');

    expect(rowIds()).toEqual([
      'f-late-long',
      'c-late-short',
      'e-due-soon',
      'b-due-later',
      'a-draft',
      'g-untitled',
      'd-broken',
    ]);
    const [longLate, shortLate, soon] = rows();
    expect(longLate).toHaveTextContent('Overdue: due 1 Oct 2026');
    expect(shortLate).toHaveTextContent('Overdue: due 30 Nov 2026');
    expect(soon).toHaveTextContent('Answer due 5 Dec 2026');
    expect(soon).not.toHaveTextContent('Overdue');
    expect(
      within(longLate!)
        .getByText(/Overdue: due/)
        .closest('[data-deadline]'),
    ).toHaveAttribute('data-deadline', 'overdue');
    expect(rows()[4]).not.toHaveTextContent(/Answer due|Overdue/);

    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'пао');
    expect(rowIds()).toEqual(['f-late-long', 'c-late-short', 'a-draft']);

    await user.selectOptions(screen.getByLabelText('Interface language'), 'ru');
    expect(rows()[0]).toHaveTextContent('Просрочено: срок до 1 окт. 2026 г.');
  });

  it('names the overdue cases at start-up with the right Russian plural, and can be dismissed', async () => {
    setLocale('ru');
    mockCore(deadlineList(), lateCaseHandlers);
    const user = userEvent.setup();
    render(App);

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(
      '2 жалобы ждут ответа дольше положенного срока: Уведомление о долге чужого абонента и Не зачислен платёж от 12 марта',
    );
    const links = within(notice).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Уведомление о долге чужого абонента',
      'Не зачислен платёж от 12 марта',
    ]);

    await user.click(within(notice).getByRole('button', { name: 'Скрыть' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(rows()).toHaveLength(7);
  });

  it('opens a case from the start-up notice', async () => {
    const calls = mockCore(deadlineList(), lateCaseHandlers);
    const user = userEvent.setup();
    render(App);

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('2 cases are past the company’s deadline:');
    await user.click(within(notice).getByRole('link', { name: 'Не зачислен платёж от 12 марта' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Не зачислен платёж от 12 марта' }),
    ).toBeInTheDocument();
    expect(calls).toContainEqual({ cmd: 'case_status', args: { id: 'c-late-short', lang: 'en' } });
  });

  it('says nothing at start-up when no case is late', async () => {
    mockCore(sampleList());
    render(App);
    await screen.findByText('Untitled case');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('a case', () => {
  it('shows the deadline with its basis and source, and the timeline, in the interface language', async () => {
    const calls = mockCore(deadlineList(), lateCaseHandlers);
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Roaming charges in July');
    await user.selectOptions(screen.getByLabelText('Interface language'), 'bg');

    await user.click(screen.getByRole('button', { name: /Не зачислен платёж от 12 марта/ }));
    const deadline = await screen.findByRole('region', { name: 'Срокове' });
    expect(
      await within(deadline).findByText(lateReport('bg').deadlines[0]!.due.basis),
    ).toBeInTheDocument();
    expect(
      calls.filter(
        (call) =>
          ![
            'list_cases',
            'letter_options',
            'letter_titles',
            'regulator_forms',
            'case_list_drawn',
          ].includes(call.cmd),
      ),
    ).toEqual([
      { cmd: 'load_case', args: { id: 'c-late-short' } },
      { cmd: 'case_status', args: { id: 'c-late-short', lang: 'bg' } },
    ]);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Не зачислен платёж от 12 марта',
    );
    expect(screen.getByText('ПАО «МТС»')).toBeInTheDocument();
    expect(screen.getByText('Неотразено плащане или презареждане')).toBeInTheDocument();

    expect(deadline).toHaveTextContent('30 ноември 2026 г.');
    expect(deadline).toHaveTextContent('Просрочено с 5 дни');
    expect(deadline).toHaveTextContent('Федеральный закон «О связи», ст. 55');
    expect(deadline).toHaveTextContent('Правилото е в сила от 7 юли 2003 г.');
    expect(deadline).toHaveTextContent('Жалбата е подадена на 30 октомври 2026 г., вх. № ВХ-0412');
    expect(deadline).toHaveTextContent(
      'Тази дата се основава на правило или календар, които трябва да се проверят.',
    );
    // Registered on an unknown day: the date is an estimate, and the working says from which day.
    expect(within(deadline).getByText('Приблизително')).toBeInTheDocument();
    const working = within(deadline).getByText('Как е изчислена датата');
    await user.click(working);
    expect(deadline).toHaveTextContent(
      'Датата на регистрацията не е въведена: брои се от последния допустим ден — 30 октомври 2026 г.',
    );
    expect(deadline).toHaveTextContent('Последен ден: 30 ноември 2026 г.');

    const timeline = within(screen.getByRole('region', { name: 'Хронология' })).getAllByRole(
      'listitem',
    );
    expect(timeline.map((step) => step.dataset.kind)).toEqual([
      'event',
      'contact',
      'letter',
      'sent',
      'due',
    ]);
    expect(timeline[0]).toHaveTextContent('Събитие');
    expect(timeline[0]).toHaveTextContent('12 март 2026 г.');
    expect(timeline[0]).toHaveTextContent('Пополнил счёт на 500 ₽ через терминал');
    expect(timeline[1]).toHaveTextContent('Контакт с компанията');
    expect(timeline[3]).toHaveTextContent('Подадена жалба');
    expect(timeline[4]).toHaveTextContent('Срок за отговор');
    expect(timeline[4]).toHaveClass('late');

    // The basis comes from the core in the language asked for: a new language asks again.
    await user.selectOptions(screen.getByLabelText('Език на интерфейса'), 'ru');
    const inRussian = screen.getByRole('region', { name: 'Сроки' });
    expect(
      await within(inRussian).findByText(lateReport('ru').deadlines[0]!.due.basis),
    ).toBeInTheDocument();
    expect(calls.at(-1)).toEqual({ cmd: 'case_status', args: { id: 'c-late-short', lang: 'ru' } });
    expect(inRussian).toHaveTextContent('Просрочено на 5 дней');
  });

  it('goes back to the list with the button or Escape, focus on the case it left', async () => {
    const calls = mockCore(deadlineList(), lateCaseHandlers);
    const user = userEvent.setup();
    render(App);
    await screen.findByText('Roaming charges in July');

    const open = () => screen.getByRole('button', { name: /Не зачислен платёж от 12 марта/ });
    open().focus();
    await user.keyboard('{Enter}');
    const back = await screen.findByRole('button', { name: 'Back to cases' });
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(open()).toHaveFocus());
    expect(back).not.toBeInTheDocument();
    // What was recorded on the case page moves its row: the list is read again.
    const activeLists = calls.filter(
      (call) => call.cmd === 'list_cases' && (call.args as { shelf: string }).shelf === 'active',
    );
    expect(activeLists).toHaveLength(2);

    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Back to cases' }));
    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
    expect(rows()).toHaveLength(7);
  });

  it('explains when the deadline has not started or the company has answered', async () => {
    const draft = lateCase();
    draft.sent = null;
    draft.status = 'draft';
    mockCore(deadlineList(), {
      load_case: () => structuredClone(draft),
      case_status: () => ({
        status: 'draft',
        due: null,
        overdue: false,
        days_left: null,
        timeline: [],
      }),
    });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Двойное списание/ }));

    const deadline = await screen.findByRole('region', { name: 'Deadlines' });
    expect(deadline).toHaveTextContent('The deadline starts when the claim is handed in.');
    expect(screen.getByText('Nothing dated has been recorded yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to cases' }));
    draft.sent = lateCase().sent;
    draft.answer = {
      date: '2026-11-12',
      channel: 'post',
      summary: 'Refused',
      outcomes: [],
      objections: [],
    };
    draft.status = 'answered';
    await user.click(await screen.findByRole('button', { name: /Двойное списание/ }));
    expect(
      await screen.findByText('The company answered on 12 November 2026.'),
    ).toBeInTheDocument();
  });

  it('shows a failed deadline translated by its error code', async () => {
    mockCore(deadlineList(), {
      load_case: () => lateCase(),
      case_status: () => {
        throw { code: 'no_rule', message: 'no rule for ru claim_answer on 2026-10-30' };
      },
    });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Не зачислен платёж/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The deadline could not be worked out.');
    expect(alert).toHaveTextContent(
      'No legal deadline is known for this country and date, so the due date cannot be worked out.',
    );
    expect(alert).not.toHaveTextContent('no rule for');

    await user.selectOptions(screen.getByLabelText('Interface language'), 'ru');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Для этой страны и даты законный срок ответа неизвестен',
    );
  });
});
