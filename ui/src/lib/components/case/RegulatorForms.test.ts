import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { FormsGuide } from '../../bindings';
import { setLocale } from '../../i18n/index.svelte';
import { completeCase, fakeCore, wireError, type FakeCoreOptions } from '../../../test/fakeCore';
import RegulatorForms from './RegulatorForms.svelte';

const ID = 'c1';

const GUIDE: FormsGuide = {
  blocked: null,
  language: 'ru',
  complaint: 'Считаю, что оператор нарушил ст. 55.',
  forms: [
    {
      id: 'ru.rkn',
      name: 'Roskomnadzor — online reception',
      url: 'https://rkn.gov.ru/treatments/ask-question/',
      source: '59-ФЗ, ст. 7',
      verify: true,
      note: 'You need an account to sign in.',
      fields: [
        {
          label: 'Адрес электронной почты',
          value: 'email',
          text: 'ivan@example.ru',
          required: true,
          max_chars: null,
          note: null,
        },
        {
          label: 'Телефон',
          value: 'phone',
          text: '',
          required: false,
          max_chars: null,
          note: null,
        },
        {
          label: 'Текст обращения',
          value: 'complaint_text',
          text: 'Считаю, что оператор нарушил ст. 55.',
          required: true,
          max_chars: 20,
          note: null,
        },
      ],
      uploads: {
        limits: {
          types: ['pdf', 'jpg'],
          max_file_bytes: 5_000_000,
          max_total_bytes: null,
          max_files: null,
          source: 'test',
          verify: false,
        },
        files: [
          { item: 0, name: 'чек.pdf', bytes: 120_000, problem: null },
          { item: 1, name: 'звонок.m4a', bytes: 2_000_000, problem: 'wrong_type' },
        ],
        total_bytes: 120_000,
        over_limit: false,
      },
    },
    {
      id: 'ru.other',
      name: 'Another body',
      url: 'https://example.org/',
      source: 'its page',
      verify: true,
      note: null,
      fields: [],
      uploads: null,
    },
  ],
};

function shown(forms?: FormsGuide, handlers: FakeCoreOptions['handlers'] = {}) {
  const core = fakeCore({ cases: { [ID]: completeCase() }, forms, handlers });
  render(RegulatorForms, { props: { id: ID, revision: 1 } });
  return core;
}

describe('the regulators’ online forms', () => {
  it('lists each field in the form’s words with its text to copy, and opens the form by its id', async () => {
    setLocale('en');
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const core = shown(GUIDE);

    const section = await screen.findByRole('region', { name: 'Online forms of the regulator' });
    expect(section).toHaveTextContent('The texts are in Russian');
    expect(
      within(section).getByText(/These fields were read from 59-ФЗ, ст\. 7/),
    ).toBeInTheDocument();
    expect(section.querySelector('[data-form="ru.rkn"] [data-form-note]')).toHaveTextContent(
      'You need an account to sign in.',
    );
    const email = section.querySelector('[data-field="email"]') as HTMLElement;
    expect(email).toHaveTextContent('Адрес электронной почты');
    expect(email).toHaveTextContent('required');
    await user.click(within(email).getByRole('button', { name: 'Copy: Адрес электронной почты' }));
    expect(writeText).toHaveBeenCalledWith('ivan@example.ru');
    expect(
      within(email).getByRole('button', { name: /Адрес электронной почты/ }),
    ).toHaveTextContent('Copied');
    // What the case does not hold is said, with nothing to copy.
    const phone = section.querySelector('[data-field="phone"]') as HTMLElement;
    expect(phone).toHaveTextContent('Not in the case: fill it in on the form.');
    expect(within(phone).queryByRole('button')).toBeNull();
    // A text longer than the field takes is flagged with its count.
    expect(section.querySelector('[data-field="complaint_text"]')).toHaveTextContent(
      '36 of 20 characters',
    );
    // Files: each with whether the form takes it.
    expect(section.querySelector('[data-upload="звонок.m4a"]')).toHaveTextContent(
      'not a type the form accepts',
    );
    expect(section).toHaveTextContent('Accepted: pdf, jpg. At most 5 MB per file.');

    await user.click(within(section).getAllByRole('button', { name: 'Open the form' })[0]!);
    await waitFor(() => expect(core.callsOf('open_form')).toHaveLength(1));
    expect(core.callsOf('open_form')[0]?.args).toEqual({ form: 'ru.rkn' });
  });

  it('offers the complaint text on its own for a form whose fields are not on record', async () => {
    setLocale('en');
    shown(GUIDE);
    await screen.findByRole('region', { name: 'Online forms of the regulator' });
    const other = document.querySelector('[data-form="ru.other"]') as HTMLElement;
    expect(other).toHaveTextContent('The fields of this form are not on record.');
    expect(other).toHaveTextContent('What is said here of this form comes from its page.');
    expect(other).toHaveTextContent('Считаю, что оператор нарушил ст. 55.');
  });

  it('gives the address to open by hand when the browser cannot be started, under that form', async () => {
    setLocale('en');
    const user = userEvent.setup();
    shown(GUIDE, {
      open_form: () => {
        throw wireError('browser_failed', 'the system could not open the browser: no handler');
      },
    });
    await screen.findByRole('region', { name: 'Online forms of the regulator' });
    const rkn = document.querySelector('[data-form="ru.rkn"]') as HTMLElement;
    expect(rkn).toHaveTextContent('https://rkn.gov.ru/treatments/ask-question/');
    expect(
      within(rkn).getByRole('button', { name: 'Copy: Address of the form' }),
    ).toBeInTheDocument();
    await user.click(within(rkn).getByRole('button', { name: 'Open the form' }));
    expect(await within(rkn).findByRole('alert')).toHaveTextContent(
      'The browser could not be opened. Copy the form’s address and open it yourself.',
    );
    const other = document.querySelector('[data-form="ru.other"]') as HTMLElement;
    expect(within(other).queryByRole('alert')).toBeNull();
  });

  it('shows nothing while the regulator cannot be asked yet', async () => {
    setLocale('en');
    const core = shown();
    await waitFor(() => expect(core.callsOf('regulator_forms')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Online forms of the regulator' })).toBeNull();
  });
});
