import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Case } from '../../bindings';
import { setLocale, t } from '../../i18n/index.svelte';
import { FOLLOW_UP_TABLE, completeCase, fakeCore, letterTitle } from '../../../test/fakeCore';
import FollowUpLetters from './FollowUpLetters.svelte';

const ID = 'c1';

function caseFor(row: (typeof FOLLOW_UP_TABLE)[number]): Case {
  return {
    ...completeCase(),
    status: row.status,
    sent: row.sent
      ? {
          date: '2026-11-20',
          method: 'in_person',
          registration_number: '',
          registered_on: '',
          tracking_number: '',
          answered_on: '',
        }
      : null,
    answer: row.answered
      ? { date: '2026-11-25', channel: 'post', summary: '', outcomes: [], objections: [] }
      : null,
  };
}

describe('the follow-up letters', () => {
  it.each(FOLLOW_UP_TABLE.map((row) => [row.status, row.sent, row.answered, row] as const))(
    'status %s, handed in %s, answered %s: the buttons are the core’s answer',
    async (_status, _sent, _answered, row) => {
      setLocale('en');
      const record = caseFor(row);
      const core = fakeCore({ cases: { [ID]: record } });
      render(FollowUpLetters, {
        props: { id: ID, record, overdue: false, onchanged: async () => {} },
      });
      const list = await screen.findByRole('list');
      await waitFor(() =>
        expect(within(list).getAllByRole('button')).toHaveLength(row.options.length),
      );
      for (const option of row.options) {
        const button = within(list).getByRole('button', { name: letterTitle(option.kind) });
        if (option.blocked === null) {
          expect(button, option.kind).toBeEnabled();
        } else {
          expect(button, option.kind).toBeDisabled();
          expect(button).toHaveAccessibleDescription(t(`followUp.blocked.${option.blocked}`));
        }
      }
      expect(core.callsOf('letter_options')).toEqual([{ cmd: 'letter_options', args: { id: ID } }]);
    },
  );
});

describe('an overdue answer', () => {
  it('puts first the letters the core says press for it, where they can be made', async () => {
    setLocale('en');
    let pressed = 0;
    for (const row of FOLLOW_UP_TABLE) {
      const record = caseFor(row);
      fakeCore({ cases: { [ID]: record } });
      const { unmount } = render(FollowUpLetters, {
        props: { id: ID, record, overdue: true, onchanged: async () => {} },
      });
      const list = await screen.findByRole('list');
      await waitFor(() =>
        expect(within(list).getAllByRole('button')).toHaveLength(row.options.length),
      );
      for (const option of row.options) {
        const button = within(list).getByRole('button', { name: letterTitle(option.kind) });
        const primary = option.presses && option.blocked === null;
        expect(button.classList.contains('primary'), `${row.status} ${option.kind}`).toBe(primary);
        pressed += Number(primary);
      }
      unmount();
    }
    expect(pressed).toBeGreaterThan(0);
  });
});

describe('a follow-up letter made twice', () => {
  it('asks before a second one of the same kind is made the same day', async () => {
    setLocale('en');
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const record: Case = {
      ...caseFor(FOLLOW_UP_TABLE.find((row) => row.sent && !row.answered)!),
      letters: [
        { kind: 'data_request', language: 'ru', date: iso, file: `${iso}-data-request-ru.pdf` },
      ],
    };
    const core = fakeCore({ cases: { [ID]: record } });
    const user = userEvent.setup();
    render(FollowUpLetters, {
      props: { id: ID, record, overdue: false, onchanged: async () => {} },
    });
    const request = await screen.findByRole('button', { name: letterTitle('data_request') });
    await waitFor(() => expect(request).toBeEnabled());
    await user.click(request);
    expect(
      screen.getByText(
        `This letter was already made today: ${iso}-data-request-ru.pdf. Open it, or make another copy?`,
      ),
    ).toBeVisible();
    expect(core.callsOf('issue_letter')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Open to print' }));
    expect(core.callsOf('open_letter')[0]?.args).toEqual({
      id: ID,
      file: `${iso}-data-request-ru.pdf`,
    });
    await user.click(screen.getByRole('button', { name: 'Make another' }));
    await waitFor(() => expect(core.callsOf('issue_letter')).toHaveLength(1));
    expect(core.callsOf('issue_letter')[0]?.args).toMatchObject({ kind: 'data_request' });
  });
});
