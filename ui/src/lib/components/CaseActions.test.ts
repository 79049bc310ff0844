import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Case, StatusReport } from '../bindings';
import { formatDate, setLocale, t } from '../i18n/index.svelte';
import { completeCase, fakeCore, letterTitle, wireError, type FakeCore } from '../../test/fakeCore';
import { claimAnswer } from '../../test/fixtures';
import CaseView from './CaseView.svelte';

const ID = 'c1';

/** A report that follows the stored case, as the core's would. */
function statusOf(core: () => FakeCore) {
  return (args: Record<string, unknown>): StatusReport => {
    const value = core().cases.get(String(args.id));
    const sent = value?.sent ?? null;
    const awaiting = sent !== null && value?.answer === null;
    return {
      status: value?.status ?? 'draft',
      deadlines: awaiting
        ? [
            claimAnswer({
              date: '2026-12-23',
              start: sent.date,
              basis: 'The operator must answer within 30 days.',
              daysLeft: 30,
            }),
          ]
        : [],
      overdue: false,
      timeline: [],
    };
  };
}

function setup(value: Case) {
  let core: FakeCore | undefined;
  core = fakeCore({
    cases: { [ID]: value },
    handlers: { case_status: statusOf(() => core as FakeCore) },
  });
  render(CaseView, {
    props: {
      id: ID,
      onback: () => {},
      onedit: () => {},
      onarchived: () => {},
      ondeleted: () => {},
    },
  });
  return core;
}

function sentCase(): Case {
  return {
    ...completeCase(),
    demands: ['Зачислить платёж.', 'Вернуть комиссию.'],
    status: 'sent',
    sent: {
      date: '2026-11-20',
      method: 'in_person',
      registration_number: 'ВХ-1',
      registered_on: '',
      tracking_number: '',
      answered_on: '',
    },
  };
}

describe('the case page actions', () => {
  it('marks a draft as handed in with the entered details and reloads', async () => {
    const user = userEvent.setup();
    const core = setup(completeCase());
    const button = await screen.findByRole('button', { name: 'Mark as handed in' });
    expect(button).toHaveAttribute('data-action', 'mark-sent');

    const date = screen.getByLabelText('Date the company received it');
    await user.clear(date);
    await user.type(date, '19/11/2026');
    expect(date).toHaveAccessibleDescription('19 November 2026');
    // A tracking number is asked only of a letter sent by post.
    await user.selectOptions(screen.getByLabelText('How it was delivered'), 'in_person');
    expect(screen.queryByLabelText('Postal tracking number')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('How it was delivered'), 'registered_post');
    await user.type(screen.getByLabelText('Incoming number (вх. №)'), ' ВХ-77 ');
    await user.type(screen.getByLabelText('Postal tracking number'), '80091234567890');
    const before = core.callsOf('load_case').length;
    await user.click(button);

    await waitFor(() => expect(core.callsOf('record_submission')).toHaveLength(1));
    expect(core.callsOf('record_submission')[0]?.args).toEqual({
      id: ID,
      kind: 'claim',
      submission: {
        date: '2026-11-19',
        method: 'registered_post',
        registration_number: 'ВХ-77',
        registered_on: '',
        tracking_number: '80091234567890',
      },
    });
    await waitFor(() => expect(core.callsOf('load_case').length).toBeGreaterThan(before));
    await waitFor(() => expect(core.callsOf('letter_options').length).toBe(2));
    await waitFor(() => expect(core.callsOf('regulator_forms').length).toBe(2));
    expect(core.commands().slice(-4).sort()).toEqual([
      'case_status',
      'letter_options',
      'load_case',
      'regulator_forms',
    ]);
    expect(await screen.findByText('The company must answer by')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as handed in' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record the answer' })).toBeInTheDocument();
  });

  it('shows a refused date by its translated code', async () => {
    const user = userEvent.setup();
    fakeCore({
      cases: { [ID]: completeCase() },
      handlers: {
        record_submission: () => {
          throw { code: 'invalid_date', message: 'sent.date: not a date of the form YYYY-MM-DD' };
        },
      },
    });
    render(CaseView, {
      props: {
        id: ID,
        onback: () => {},
        onedit: () => {},
        onarchived: () => {},
        ondeleted: () => {},
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Mark as handed in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A date is not valid: write it as DD/MM/YYYY (day, month, year).',
    );
  });

  it.each(['en', 'ru', 'bg'] as const)(
    '%s: a hand-in dated before the claim letter is refused at the date field',
    async (locale) => {
      setLocale(locale);
      const user = userEvent.setup();
      const message =
        'sent.date: the claim cannot have been handed in before its letter of 2026-11-21';
      const core = fakeCore({
        cases: { [ID]: completeCase() },
        handlers: {
          record_submission: () => {
            throw wireError('before_claim_letter', message, [
              { path: 'sent.date', code: 'before_claim_letter', message },
            ]);
          },
        },
      });
      render(CaseView, {
        props: {
          id: ID,
          onback: () => {},
          onedit: () => {},
          onarchived: () => {},
          ondeleted: () => {},
        },
      });
      const separator = locale === 'en' ? '/' : '.';
      const date = await screen.findByLabelText(t('handIn.date'));
      await user.clear(date);
      await user.type(date, ['20', '11', '2026'].join(separator));
      expect(date).not.toHaveAttribute('aria-invalid');
      await user.click(screen.getByRole('button', { name: t('handIn.submit') }));

      await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
      expect(core.callsOf('record_submission')[0]?.args).toMatchObject({
        submission: { date: '2026-11-20' },
      });
      expect(date).toHaveAccessibleDescription(
        `${formatDate('2026-11-20')} ${t('problem.before_claim_letter')}`,
      );
      expect(date).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(t('handIn.fixDate'));
      expect(core.cases.get(ID)?.sent).toBeNull();

      // A new date clears the note about the old one.
      await user.clear(date);
      await user.type(date, ['21', '11', '2026'].join(separator));
      expect(date).not.toHaveAttribute('aria-invalid');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it.each([
    ['ru', '30.02.2026'],
    ['bg', '30.02.2026'],
    ['en', '30/02/2026'],
  ] as const)(
    '%s: a hand-in date that does not exist goes to the core as typed and is named once',
    async (locale, typed) => {
      setLocale(locale);
      const user = userEvent.setup();
      const core = fakeCore({
        cases: { [ID]: completeCase() },
        handlers: {
          record_submission: ({ submission }) => {
            const message = `sent.date: ${String((submission as { date: string }).date)}`;
            throw wireError('invalid_date', message, [
              { path: 'sent.date', code: 'invalid_date', message },
            ]);
          },
        },
      });
      render(CaseView, {
        props: {
          id: ID,
          onback: () => {},
          onedit: () => {},
          onarchived: () => {},
          ondeleted: () => {},
        },
      });
      const date = await screen.findByLabelText(t('handIn.date'));
      await user.clear(date);
      await user.type(date, typed);
      await user.click(screen.getByRole('button', { name: t('handIn.submit') }));

      await waitFor(() => expect(core.callsOf('record_submission')).toHaveLength(1));
      expect(core.callsOf('record_submission')[0]?.args).toMatchObject({
        submission: { date: typed },
      });
      await waitFor(() => expect(date).toHaveFocus());
      expect(date).toHaveValue(typed);
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription(t('written.no_such_date'));
      expect(screen.getByRole('alert')).toHaveTextContent(t('handIn.fixDate'));
    },
  );

  it('ends an estimate with the registration date from the stamp', async () => {
    const user = userEvent.setup();
    const core = setup(sentCase());
    const deadline = await screen.findByRole('region', { name: 'Deadlines' });
    expect(await within(deadline).findByText('Estimate')).toBeInTheDocument();
    await user.type(
      within(deadline).getByLabelText('Registration date from the stamp'),
      '20/11/2026',
    );
    await user.click(within(deadline).getByRole('button', { name: 'Save the date' }));
    await waitFor(() => expect(core.callsOf('record_delivery_date')).toHaveLength(1));
    expect(core.callsOf('record_delivery_date')[0]?.args).toEqual({
      id: ID,
      kind: 'claim',
      which: 'registered',
      date: '2026-11-20',
    });
    expect(core.cases.get(ID)?.sent?.registered_on).toBe('2026-11-20');
  });

  it('records that a data request arrived, then its answer, each at its own field', async () => {
    const user = userEvent.setup();
    const core = setup(sentCase());
    const request = await screen.findByRole('heading', { name: 'Personal-data request' });
    const block = request.closest<HTMLElement>('[data-delivery]')!;
    await user.click(within(block).getByRole('button', { name: 'Record that it arrived' }));
    const date = within(block).getByLabelText('Date it arrived');
    await user.clear(date);
    await user.type(date, '20/11/2026');
    await user.type(within(block).getByLabelText('Incoming number (optional)'), 'ПД-5');
    await user.click(within(block).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(core.callsOf('record_submission')).toHaveLength(1));
    expect(core.callsOf('record_submission')[0]?.args).toEqual({
      id: ID,
      kind: 'data_request',
      submission: {
        date: '2026-11-20',
        method: 'in_person',
        registration_number: 'ПД-5',
        registered_on: '',
        tracking_number: '',
      },
    });

    const arrived = await within(block).findByText(/Arrived on 20 November 2026/);
    expect(arrived).toBeInTheDocument();
    await user.type(within(block).getByLabelText('Date the answer arrived'), '21/11/2026');
    await user.click(within(block).getByRole('button', { name: 'Record the answer' }));
    await waitFor(() => expect(core.callsOf('record_delivery_date')).toHaveLength(1));
    expect(core.callsOf('record_delivery_date')[0]?.args).toEqual({
      id: ID,
      kind: 'data_request',
      which: 'answered',
      date: '2026-11-21',
    });
    expect(await within(block).findByText(/answered on 21 November 2026/)).toBeInTheDocument();
  });

  it('takes a data request’s delivery back into its form, its answer’s day kept to enter again', async () => {
    const user = userEvent.setup();
    setup({
      ...sentCase(),
      data_request: {
        date: '2026-11-20',
        method: 'registered_post',
        registration_number: 'ПД-5',
        registered_on: '2026-11-21',
        tracking_number: '',
        answered_on: '2026-11-25',
      },
    });
    const request = await screen.findByRole('heading', { name: 'Personal-data request' });
    const block = request.closest<HTMLElement>('[data-delivery]')!;
    await user.click(within(block).getByRole('button', { name: 'Correct…' }));
    await user.click(within(block).getByRole('button', { name: 'Take back' }));
    const date = await within(block).findByLabelText('Date it arrived');
    expect(date).toHaveValue('20/11/2026');
    expect(within(block).getByLabelText('Incoming number (optional)')).toHaveValue('ПД-5');
    await user.click(within(block).getByRole('button', { name: 'Save' }));
    expect(await within(block).findByLabelText(/Date the answer arrived/)).toHaveValue(
      '25/11/2026',
    );
  });

  it('takes a hand-in back into its form as it was, to correct and save again', async () => {
    const user = userEvent.setup();
    const core = setup(sentCase());
    const claim = (await screen.findByRole('heading', { name: 'Claim' })).closest<HTMLElement>(
      '[data-record]',
    )!;
    await user.click(within(claim).getByRole('button', { name: 'Correct…' }));
    expect(
      within(claim).getByText('Take this record back into its form to correct it?'),
    ).toBeVisible();
    expect(core.callsOf('remove_record')).toHaveLength(0);
    await user.click(within(claim).getByRole('button', { name: 'Take back' }));
    await waitFor(() => expect(core.callsOf('remove_record')).toHaveLength(1));
    expect(core.callsOf('remove_record')[0]?.args).toEqual({ id: ID, record: 'claim' });
    expect(core.cases.get(ID)?.sent).toBeNull();

    // The form holds what the record said, the date ready to change.
    await screen.findByRole('button', { name: 'Mark as handed in' });
    const date = screen.getByLabelText('Date the company received it');
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveValue('20/11/2026');
    expect(screen.getByText(/The record is back in its form as it was/)).toBeVisible();
    expect(document.querySelector('[name="sent.registration_number"]')).toHaveValue('ВХ-1');
    await user.clear(date);
    await user.type(date, '19/11/2026');
    await user.click(screen.getByRole('button', { name: 'Mark as handed in' }));
    await waitFor(() => expect(core.callsOf('record_submission')).toHaveLength(1));
    expect(core.callsOf('record_submission')[0]?.args).toMatchObject({
      kind: 'claim',
      submission: { date: '2026-11-19', method: 'in_person', registration_number: 'ВХ-1' },
    });
  });

  it('takes an answer back into its form with each demand’s outcome', async () => {
    const user = userEvent.setup();
    const answered: Case = {
      ...sentCase(),
      status: 'answered',
      answer: {
        date: '2026-11-28',
        channel: 'email',
        summary: 'Отказ',
        outcomes: ['satisfied', 'refused_with_reasons'],
        objections: ['', 'Комиссия не предусмотрена договором.'],
        final_response: false,
      },
    };
    const core = setup(answered);
    const record = (
      await screen.findByRole('heading', { name: 'The company’s answer' })
    ).closest<HTMLElement>('[data-record]')!;
    await user.click(within(record).getByRole('button', { name: 'Correct…' }));
    await user.click(within(record).getByRole('button', { name: 'Take back' }));
    const date = await screen.findByLabelText('Date the answer arrived');
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveValue('28/11/2026');
    expect(screen.getByLabelText('How it arrived')).toHaveValue('email');
    expect(screen.getByLabelText('What the company said')).toHaveValue('Отказ');
    expect(screen.getByLabelText('Demand 1: Зачислить платёж.')).toHaveValue('satisfied');
    expect(screen.getByLabelText('Demand 2: Вернуть комиссию.')).toHaveValue(
      'refused_with_reasons',
    );
    expect(screen.getByLabelText(/Why you dispute the reasons/)).toHaveValue(
      'Комиссия не предусмотрена договором.',
    );
    await user.click(screen.getByRole('button', { name: 'Record the answer' }));
    await waitFor(() => expect(core.callsOf('record_answer')).toHaveLength(1));
    expect(core.callsOf('record_answer')[0]?.args).toMatchObject({
      answer: answered.answer,
    });
  });

  it('records an answer dated as a Russian writes dates', async () => {
    setLocale('ru');
    const user = userEvent.setup();
    const core = setup(sentCase());
    const date = await screen.findByLabelText(t('answerForm.date'));
    await user.clear(date);
    await user.type(date, '28.11.2026');
    expect(date).toHaveAccessibleDescription('28 ноября 2026 г.');
    await user.click(screen.getByRole('button', { name: t('answerForm.submit') }));
    await waitFor(() => expect(core.callsOf('record_answer')).toHaveLength(1));
    expect(core.callsOf('record_answer')[0]?.args).toMatchObject({
      answer: { date: '2026-11-28' },
    });
  });

  it('records the answer with one outcome per demand and reloads', async () => {
    const user = userEvent.setup();
    const core = setup(sentCase());
    const button = await screen.findByRole('button', { name: 'Record the answer' });
    expect(button).toHaveAttribute('data-action', 'record-answer');
    expect(screen.queryByRole('button', { name: 'Mark as handed in' })).not.toBeInTheDocument();

    const date = screen.getByLabelText('Date the answer arrived');
    await user.clear(date);
    await user.type(date, '28/11/2026');
    await user.selectOptions(screen.getByLabelText('How it arrived'), 'email');
    await user.type(screen.getByLabelText('What the company said'), 'Отказ без объяснений');
    await user.selectOptions(
      screen.getByLabelText('Demand 1: Зачислить платёж.'),
      'refused_without_reasons',
    );
    expect(screen.queryByLabelText(/Why you dispute the reasons/)).not.toBeInTheDocument();
    const second = screen
      .getAllByRole('combobox')
      .find((c) => c.getAttribute('name') === 'answer.outcomes.1');
    await user.selectOptions(second!, 'refused_with_reasons');
    await user.type(
      screen.getByLabelText(/Why you dispute the reasons for refusing demand 2/),
      'Договор расторгнут 01.10.',
    );
    await user.click(button);

    await waitFor(() => expect(core.callsOf('record_answer')).toHaveLength(1));
    expect(core.callsOf('record_answer')[0]?.args).toEqual({
      id: ID,
      answer: {
        date: '2026-11-28',
        channel: 'email',
        summary: 'Отказ без объяснений',
        outcomes: ['refused_without_reasons', 'refused_with_reasons'],
        objections: ['', 'Договор расторгнут 01.10.'],
        final_response: false,
      },
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Record the answer' })).not.toBeInTheDocument(),
    );
    expect(core.cases.get(ID)?.status).toBe('answered');
    expect(screen.getByRole('button', { name: letterTitle('no_answer') })).toBeEnabled();
  });

  it('keeps the reminder disabled until the claim is handed in', async () => {
    setup(completeCase());
    const reminder = await screen.findByRole('button', { name: letterTitle('reminder') });
    expect(reminder).toHaveAttribute('data-action', 'follow-up-reminder');
    expect(reminder).toBeDisabled();
    expect(reminder).toHaveAttribute('title', 'Available once the claim is handed in.');
    expect(reminder).toHaveAccessibleDescription('Available once the claim is handed in.');
    expect(screen.getByRole('button', { name: letterTitle('regulator') })).toBeDisabled();
    expect(screen.getByRole('button', { name: letterTitle('no_answer') })).toBeDisabled();
    expect(screen.getByRole('button', { name: letterTitle('data_request') })).toBeEnabled();
  });

  it('issues a reminder once the claim is handed in and opens it to print', async () => {
    const user = userEvent.setup();
    const core = setup(sentCase());
    const reminder = await screen.findByRole('button', { name: letterTitle('reminder') });
    expect(reminder).toBeEnabled();
    await user.click(reminder);

    await waitFor(() => expect(core.callsOf('issue_letter')).toHaveLength(1));
    expect(core.callsOf('issue_letter')[0]?.args).toEqual({
      id: ID,
      kind: 'reminder',
      lang: null,
      office_copy: false,
      annexes: false,
      reading_copy: null,
    });
    const followUps = screen.getByRole('region', { name: 'Follow-up letters' });
    const open = await within(followUps).findByRole('button', {
      name: 'Open 2026-11-21-reminder-ru.pdf to print',
    });
    expect(open).toHaveAttribute('data-action', 'open-follow-up');
    await user.click(open);
    await waitFor(() => expect(core.callsOf('open_letter')).toHaveLength(1));
    expect(core.callsOf('open_letter')[0]?.args).toEqual({
      id: ID,
      file: '2026-11-21-reminder-ru.pdf',
    });
  });
});
