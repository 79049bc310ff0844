import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setLocale, t, type Locale } from '../i18n/index.svelte';
import CalendarFields from '../../test/CalendarFields.svelte';
import WrittenFields from '../../test/WrittenFields.svelte';
import { completeCase, fakeCore } from '../../test/fakeCore';
import type { Case } from '../bindings';
import Wizard from './wizard/Wizard.svelte';

/** The wizard's event date and the case page's hand-in date, on 21 November 2026. */
function setup(locale: Locale, start: { date?: string; latest?: string } = {}) {
  setLocale(locale);
  const model = $state({ date: start.date ?? '', record: '', edits: 0, clicks: 0 });
  const onleave = vi.fn();
  render(CalendarFields, { props: { model, latest: start.latest, onleave } });
  const user = userEvent.setup();
  const [eventButton, recordButton] = screen.getAllByRole('button', { name: t('calendar.open') });
  return {
    model,
    onleave,
    user,
    date: screen.getByRole('textbox', { name: 'Event date' }),
    record: screen.getByRole('textbox', { name: 'Handed in' }),
    eventButton: eventButton!,
    recordButton: recordButton!,
  };
}

const calendar = () => screen.queryByRole('dialog', { name: t('calendar.dialog') });
const grid = () => within(calendar()!).getByRole('grid');
const day = (name: string) => within(calendar()!).getByRole('button', { name });
const weekdayHeader = () =>
  within(calendar()!)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.trim());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the calendar of a date field', () => {
  it.each([
    {
      locale: 'ru',
      button: 'Выбрать дату',
      weekdays: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
      month: 'Ноябрь 2026 г.',
      today: '21 ноября 2026 г.',
      fifth: '5 ноября 2026 г.',
      typed: '05.11.2026',
    },
    {
      locale: 'bg',
      button: 'Изберете дата',
      weekdays: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд'],
      month: 'Ноември 2026 г.',
      today: '21 ноември 2026 г.',
      fifth: '5 ноември 2026 г.',
      typed: '05.11.2026',
    },
    {
      locale: 'en',
      button: 'Choose a date',
      weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      month: 'November 2026',
      today: '21 November 2026',
      fifth: '5 November 2026',
      typed: '05/11/2026',
    },
  ] as const)(
    'opens in $locale from Monday and puts the day picked in as if typed',
    async ({ locale, button, weekdays, month, today, fifth, typed }) => {
      const { model, user, date, eventButton } = setup(locale);
      expect(eventButton).toHaveAccessibleName(button);
      expect(eventButton).toHaveAttribute('aria-expanded', 'false');
      await user.click(eventButton);

      expect(eventButton).toHaveAttribute('aria-expanded', 'true');
      expect(weekdayHeader()).toEqual(weekdays);
      expect(grid()).toHaveAccessibleName(month);
      // Today is marked and has the keyboard; nothing is chosen yet.
      expect(day(today)).toHaveAttribute('aria-current', 'date');
      expect(day(today)).toHaveFocus();
      expect(within(grid()).queryAllByRole('gridcell', { selected: true })).toEqual([]);

      await user.click(day(fifth));
      expect(calendar()).not.toBeInTheDocument();
      expect(model.date).toBe('2026-11-05');
      expect(date).toHaveValue(typed);
      expect(date).toHaveAccessibleDescription(fifth);
      expect(eventButton).toHaveFocus();
    },
  );

  it('opens above its field when there is no room below and there is above', async () => {
    const { user, eventButton } = setup('en');
    const height = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(330);
    const field = { top: 600, bottom: 632, left: 0, right: 300, width: 300, height: 32 };
    const place = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ ...field, x: 0, y: 600, toJSON: () => field } as DOMRect);
    try {
      await user.click(eventButton);
      await waitFor(() => expect(calendar()).toHaveClass('upward'));
      await user.keyboard('{Escape}');
      // Near the top of the window it opens below again.
      place.mockReturnValue({ ...field, top: 120, bottom: 152, x: 0, y: 120 } as DOMRect);
      await user.click(eventButton);
      expect(calendar()).not.toHaveClass('upward');
    } finally {
      height.mockRestore();
      place.mockRestore();
    }
  });

  it('opens at the field’s date, chosen, and shows it chosen again the next time', async () => {
    const { user, eventButton } = setup('en', { date: '2026-03-14' });
    await user.click(eventButton);
    expect(grid()).toHaveAccessibleName('March 2026');
    const chosen = within(grid()).getByRole('gridcell', { selected: true });
    expect(chosen).toContainElement(day('14 March 2026'));
    expect(day('14 March 2026')).toHaveFocus();
    // Today is another month: not shown, so not marked.
    expect(within(grid()).queryByRole('button', { current: 'date' })).not.toBeInTheDocument();
  });

  it('goes to the months before and after, and to another month or year at once', async () => {
    const { user, eventButton } = setup('ru', { date: '2026-11-05' });
    await user.click(eventButton);
    await user.click(screen.getByRole('button', { name: 'Следующий месяц' }));
    expect(grid()).toHaveAccessibleName('Декабрь 2026 г.');
    await user.click(screen.getByRole('button', { name: 'Предыдущий месяц' }));
    await user.click(screen.getByRole('button', { name: 'Предыдущий месяц' }));
    expect(grid()).toHaveAccessibleName('Октябрь 2026 г.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Год' }), '2019');
    expect(grid()).toHaveAccessibleName('Октябрь 2019 г.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Месяц' }), 'Февраль');
    expect(grid()).toHaveAccessibleName('Февраль 2019 г.');
    // Still open, the field untouched until a day is picked.
    expect(calendar()).toBeInTheDocument();
  });

  it('is worked from the keyboard: by day, week, month, to the week’s ends, and Enter or Space picks', async () => {
    const { model, user, date, eventButton } = setup('en', { date: '2026-11-05' });
    eventButton.focus();
    await user.keyboard('{Enter}');
    expect(day('5 November 2026')).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(day('6 November 2026')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(day('13 November 2026')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(day('5 November 2026')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(day('2 November 2026')).toHaveFocus();
    await user.keyboard('{End}');
    expect(day('8 November 2026')).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(grid()).toHaveAccessibleName('December 2026');
    expect(day('8 December 2026')).toHaveFocus();
    await user.keyboard('{PageUp}{PageUp}');
    expect(grid()).toHaveAccessibleName('October 2026');
    // Past the month's first day, the calendar turns to the month before.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(grid()).toHaveAccessibleName('September 2026');
    expect(day('24 September 2026')).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(calendar()).not.toBeInTheDocument();
    expect(model.date).toBe('2026-09-24');
    expect(date).toHaveValue('24/09/2026');
    expect(eventButton).toHaveFocus();

    await user.keyboard('{Enter}{ArrowRight} ');
    expect(calendar()).not.toBeInTheDocument();
    expect(model.date).toBe('2026-09-25');
  });

  it('closes with Escape, back on its button, and the page does not leave', async () => {
    const { model, onleave, user, eventButton } = setup('bg', { date: '2026-11-05' });
    await user.click(eventButton);
    await user.keyboard('{ArrowRight}{Escape}');
    expect(calendar()).not.toBeInTheDocument();
    expect(eventButton).toHaveFocus();
    expect(onleave).not.toHaveBeenCalled();
    expect(model.date).toBe('2026-11-05');

    // Closed, Escape is the page's again.
    await user.keyboard('{Escape}');
    expect(onleave).toHaveBeenCalledOnce();
  });

  it('closes on a click elsewhere, and that click still does what it does', async () => {
    const { model, user, eventButton, record } = setup('en');
    await user.click(eventButton);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(calendar()).not.toBeInTheDocument();
    expect(model.clicks).toBe(1);
    expect(model.date).toBe('');

    await user.click(eventButton);
    await user.click(record);
    expect(calendar()).not.toBeInTheDocument();
    expect(record).toHaveFocus();

    // Its own button closes it too.
    await user.click(eventButton);
    await user.click(eventButton);
    expect(calendar()).not.toBeInTheDocument();
  });

  it('greys out the days after the latest one the field takes, and will not pick them', async () => {
    const { model, user, date, eventButton } = setup('en', { latest: '2026-11-21' });
    await user.click(eventButton);
    expect(day('21 November 2026')).not.toHaveAttribute('aria-disabled');
    expect(day('22 November 2026')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('A date after 21 November 2026 cannot be chosen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'December' })).toBeDisabled();
    expect(screen.getByRole('option', { name: '2026' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '2027' })).not.toBeInTheDocument();

    await user.click(day('22 November 2026'));
    expect(calendar()).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(day('23 November 2026')).toHaveFocus();
    expect(calendar()).toBeInTheDocument();
    expect(model.date).toBe('');
    expect(date).toHaveValue('');

    await user.click(day('20 November 2026'));
    expect(model.date).toBe('2026-11-20');
  });

  it('greys out nothing for a field that may be in the future', async () => {
    const { user, eventButton } = setup('en');
    await user.click(eventButton);
    expect(calendar()!.querySelector('[aria-disabled]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next month' })).toBeEnabled();
  });

  it('on the case page, fills the date in words and tells the page it changed', async () => {
    const { model, user, record, recordButton } = setup('ru');
    await user.click(recordButton);
    await user.click(day('5 ноября 2026 г.'));
    expect(model.record).toBe('2026-11-05');
    expect(model.edits).toBe(1);
    expect(record).toHaveValue('05.11.2026');
    expect(record).toHaveAccessibleDescription('5 ноября 2026 г.');
  });
});

describe('the calendar in the wizard', () => {
  it('keeps the wizard open on Escape, and a day picked is saved as a typed one', async () => {
    const core = fakeCore({ cases: { c1: completeCase() } });
    const user = userEvent.setup();
    const onexit = vi.fn();
    render(Wizard, { id: 'c1', onexit });
    await screen.findByRole('heading', { name: 'Review and print' });
    await user.click(screen.getByRole('button', { name: /Timeline/ }));
    const field = document.querySelector<HTMLElement>('[data-field="events.0.date"]')!;
    const button = within(field).getByRole('button', { name: 'Choose a date' });

    await user.click(button);
    expect(day('2 November 2026')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(calendar()).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(document.querySelector('[data-step]')).toHaveAttribute('data-step', 'events');
    expect(onexit).not.toHaveBeenCalled();

    await user.click(button);
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    expect(within(field).getByRole('textbox', { name: 'Date' })).toHaveValue('05/11/2026');
    await waitFor(() =>
      expect(
        core
          .callsOf('save_case')
          .some((call) => (call.args.case as Case).events[0]?.date === '2026-11-05'),
      ).toBe(true),
    );
    // Enter picked the day, and Enter on the calendar's month list picks the month: neither also goes on
    // to the next step.
    await user.click(button);
    within(calendar()!).getByRole('combobox', { name: 'Month' }).focus();
    await user.keyboard('{Enter}{Escape}');
    expect(document.querySelector('[data-step]')).toHaveAttribute('data-step', 'events');
    expect(onexit).not.toHaveBeenCalled();
  });
});

describe('the typed date and time, in every language', () => {
  function typed(locale: Locale) {
    setLocale(locale);
    const model = $state({ date: '', time: '' });
    render(WrittenFields, { props: { model } });
    return {
      model,
      user: userEvent.setup(),
      date: screen.getByRole('textbox', { name: 'Date' }),
      time: screen.getByRole('textbox', { name: 'Time' }),
    };
  }

  it.each([
    ['ru', '05.11.2026', '30.02.2026'],
    ['bg', '05.11.2026', '30.02.2026'],
    ['en', '05/11/2026', '30/02/2026'],
  ] as const)('in %s: %s is 5 November 2026, %s no such date', async (locale, fifth, none) => {
    const { model, user, date } = typed(locale);
    await user.type(date, fifth);
    await user.tab();
    expect(model.date).toBe('2026-11-05');

    await user.clear(date);
    await user.type(date, none);
    await user.tab();
    expect(model.date).toBe(none);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(t('written.no_such_date'));
  });

  it.each(['ru', 'bg', 'en'] as const)('in %s: 1432, 14.32 and 14:32 are 14:32', async (locale) => {
    const { model, user, time } = typed(locale);
    for (const text of ['1432', '14.32', '14:32']) {
      await user.clear(time);
      await user.type(time, text);
      await user.tab();
      expect(model.time).toBe('14:32');
      expect(time).toHaveValue('14:32');
      expect(time).not.toHaveAttribute('aria-invalid');
    }
  });
});
