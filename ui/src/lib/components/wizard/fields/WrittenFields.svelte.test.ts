import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';

import type { Problem } from '../../../bindings';
import { setLocale, t, type Locale } from '../../../i18n/index.svelte';
import WrittenFields from '../../../../test/WrittenFields.svelte';

/** The event's date and time fields over a stored model the test can read and change. */
function setup(
  locale: Locale,
  start: { date?: string; time?: string } = {},
  problems: Problem[] = [],
) {
  setLocale(locale);
  const model = $state({ date: start.date ?? '', time: start.time ?? '' });
  render(WrittenFields, { props: { model, problems } });
  return {
    model,
    user: userEvent.setup(),
    date: screen.getByRole('textbox', { name: 'Date' }),
    time: screen.getByRole('textbox', { name: 'Time' }),
  };
}

describe('the date field', () => {
  it.each([
    ['ru', '05.11.2026', '5 ноября 2026 г.'],
    ['bg', '05.11.2026', '5 ноември 2026 г.'],
    ['en', '05/11/2026', '5 November 2026'],
  ] as const)('in %s takes %s as 5 November and says so in words', async (locale, typed, words) => {
    const { model, user, date } = setup(locale);
    expect(date).toHaveAttribute('placeholder', t('written.datePattern'));
    await user.type(date, typed);
    await user.tab();
    expect(model.date).toBe('2026-11-05');
    expect(date).toHaveValue(typed);
    expect(date).not.toHaveAttribute('aria-invalid');
    expect(date).toHaveAccessibleDescription(words);
  });

  it('writes back a date typed short or as YYYY-MM-DD in the language’s own form', async () => {
    const { model, user, date } = setup('ru');
    await user.type(date, '5.11.2026');
    expect(model.date).toBe('2026-11-05');
    await user.tab();
    expect(date).toHaveValue('05.11.2026');

    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.tab();
    expect(model.date).toBe('2026-12-01');
    expect(date).toHaveValue('01.12.2026');
    expect(date).toHaveAccessibleDescription('1 декабря 2026 г.');
  });

  it.each([
    ['ru', '30.02.2026', 'written.no_such_date'],
    ['en', '31/04/2026', 'written.no_such_date'],
    ['en', '11/25/2026', 'written.no_such_date'],
    ['bg', '05.11.26', 'written.short_year'],
    ['en', '05.11.2026', 'written.not_a_date'],
    ['ru', '5 ноября', 'written.not_a_date'],
  ] as const)(
    'in %s keeps %s as typed and says why once the field is left',
    async (locale, typed, key) => {
      const { model, user, date } = setup(locale);
      await user.type(date, typed);
      // Nothing is said while typing.
      expect(date).not.toHaveAttribute('aria-invalid');
      await user.tab();
      expect(model.date).toBe(typed);
      expect(date).toHaveValue(typed);
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription(t(key));
    },
  );

  it('names the expected form in the app language', async () => {
    const { user, date } = setup('ru');
    await user.type(date, '30.02.2026');
    await user.tab();
    expect(date).toHaveAccessibleDescription(
      'Такой даты нет в календаре: проверьте день и месяц (ДД.ММ.ГГГГ).',
    );
  });

  it('drops the note as soon as the date is right, and shows it at once for a stored text', async () => {
    const { model, user, date } = setup('ru', { date: '31.11.2026' });
    expect(date).toHaveValue('31.11.2026');
    expect(date).toHaveAccessibleDescription(t('written.no_such_date'));
    await user.clear(date);
    await user.type(date, '30.11.2026');
    expect(model.date).toBe('2026-11-30');
    expect(date).not.toHaveAttribute('aria-invalid');
    expect(date).toHaveAccessibleDescription('30 ноября 2026 г.');
  });

  it('shows a stored date in the new language after a switch, and typed text as it was', () => {
    const { model, date, time } = setup('ru', { date: '2026-11-05', time: '09:05' });
    expect(date).toHaveValue('05.11.2026');
    flushSync(() => setLocale('en'));
    expect(date).toHaveValue('05/11/2026');
    expect(date).toHaveAccessibleDescription('5 November 2026');
    expect(time).toHaveValue('09:05');
    flushSync(() => setLocale('bg'));
    expect(date).toHaveValue('05.11.2026');
    expect(model.date).toBe('2026-11-05');

    flushSync(() => (model.date = '30.02.2026'));
    flushSync(() => setLocale('en'));
    expect(date).toHaveValue('30.02.2026');
    expect(model.date).toBe('30.02.2026');
    expect(date).toHaveAccessibleDescription(t('written.not_a_date'));
  });

  it('says what is wrong once: the core’s invalid date is the field’s own note', async () => {
    const invalid: Problem = {
      path: 'events[0].date',
      code: 'invalid_date',
      message: 'not a date',
    };
    const { user, date } = setup('en', { date: '30/02/2026' }, [invalid]);
    expect(date).toHaveAccessibleDescription(t('written.no_such_date'));
    expect(screen.queryByText(t('problem.invalid_date'))).not.toBeInTheDocument();

    // Empty, it is the core that speaks for the field (here, still its old report).
    await user.clear(date);
    expect(screen.getByText(t('problem.invalid_date'))).toBeInTheDocument();
  });

  it('stores nothing for an emptied field', async () => {
    const { model, user, date } = setup('bg', { date: '2026-11-05' });
    await user.clear(date);
    await user.tab();
    expect(model.date).toBe('');
    expect(date).not.toHaveAttribute('aria-invalid');
  });
});

describe('the time field', () => {
  it.each([
    ['9:05', '09:05'],
    ['14.32', '14:32'],
    ['1432', '14:32'],
    ['14:32', '14:32'],
  ])('takes %s as %s', async (typed, stored) => {
    const { model, user, time } = setup('ru');
    expect(time).toHaveAttribute('placeholder', 'ЧЧ:ММ');
    await user.type(time, typed);
    expect(model.time).toBe(stored);
    await user.tab();
    expect(time).toHaveValue(stored);
    expect(time).not.toHaveAttribute('aria-invalid');
  });

  it.each(['en', 'ru', 'bg'] as const)(
    'in %s refuses 25:00 and keeps it as typed',
    async (locale) => {
      const { model, user, time } = setup(locale);
      await user.type(time, '25:00');
      await user.tab();
      expect(model.time).toBe('25:00');
      expect(time).toHaveAttribute('aria-invalid', 'true');
      expect(time).toHaveAccessibleDescription(t('written.not_a_time'));
    },
  );

  it('shows a time set from outside, as the call timer sets it', () => {
    const { model, time } = setup('en', { time: '' });
    flushSync(() => (model.time = '14:05'));
    expect(time).toHaveValue('14:05');
  });
});
