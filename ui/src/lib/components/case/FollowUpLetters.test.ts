import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import type { Case } from '../../bindings';
import { setLocale, t } from '../../i18n/index.svelte';
import { FOLLOW_UP_TABLE, completeCase, fakeCore } from '../../../test/fakeCore';
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
        const button = within(list).getByRole('button', { name: t(`letterKind.${option.kind}`) });
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
