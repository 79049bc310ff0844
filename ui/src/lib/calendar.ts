import { storedDate } from './dates';
import { localeTag, type Locale } from './i18n/index.svelte';

/**
 * The arithmetic and the names behind the month calendar of the date fields: days as `YYYY-MM-DD`, weeks
 * from Monday in every language, and month and weekday names in the app's language, never the system's.
 */

/** The first and last years the core takes a date in: anything outside is a typing slip. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const FIRST_DAY = `${FIRST_YEAR}-01-01`;
const LAST_DAY = `${LAST_YEAR}-12-31`;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The UTC midnight of a stored date. */
function utc(iso: string): Date {
  const date = storedDate(iso);
  if (date === null) throw new RangeError(`not a date: ${iso}`);
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function isoOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Today on the computer's clock, as `YYYY-MM-DD`: the day the customer lives in. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `iso` kept within the years the core takes. */
export function withinYears(iso: string): string {
  return iso < FIRST_DAY ? FIRST_DAY : iso > LAST_DAY ? LAST_DAY : iso;
}

/** `days` later, or earlier, past the years the core takes too (the grid of December 2100 runs into 2101). */
function shifted(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** `days` later, or earlier, within the years the core takes. */
export function addDays(iso: string, days: number): string {
  return withinYears(shifted(iso, days));
}

/** Whether the core takes `iso`: between 1900 and 2100. */
export function inYears(iso: string): boolean {
  return iso >= FIRST_DAY && iso <= LAST_DAY;
}

/** The same day `months` later (or earlier), or the month's last day when it is shorter: 31 Jan → 28 Feb. */
export function addMonths(iso: string, months: number): string {
  const date = utc(iso);
  return inMonth(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}

/** Day `day` of a month (counted on past December), or the month's last day when it is shorter. */
export function inMonth(year: number, month: number, day: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return withinYears(isoOf(first));
}

/** 0 for Monday to 6 for Sunday. */
function weekday(iso: string): number {
  return (utc(iso).getUTCDay() + 6) % 7;
}

/** The Monday of the week of `iso`. */
export function weekStart(iso: string): string {
  return addDays(iso, -weekday(iso));
}

/** The Sunday of the week of `iso`. */
export function weekEnd(iso: string): string {
  return addDays(iso, 6 - weekday(iso));
}

/** The weeks that show the month of `iso`, Monday to Sunday, with the days of the months around. */
export function monthWeeks(iso: string): string[][] {
  const date = storedDate(iso);
  if (date === null) return [];
  const first = inMonth(date.year, date.month, 1);
  const last = inMonth(date.year, date.month, 31);
  const weeks: string[][] = [];
  for (let monday = shifted(first, -weekday(first)); monday <= last; monday = shifted(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => shifted(monday, index)));
  }
  return weeks;
}

/** Whether `a` and `b` are in the same month. */
export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Where a key pressed on the day `iso` moves to, or `null` for a key the calendar leaves alone. */
export function moveByKey(iso: string, key: string, shift = false): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    case 'Home':
      return weekStart(iso);
    case 'End':
      return weekEnd(iso);
    default:
      return null;
  }
}

function capitalized(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(localeTag(locale)) + text.slice(1);
}

const UTC_FORMAT = { timeZone: 'UTC' } as const;

/** The weekdays from Monday, short for the columns and in full for their names. */
export function weekdayNames(locale: Locale): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(localeTag(locale), { ...UTC_FORMAT, weekday: 'short' });
  const long = new Intl.DateTimeFormat(localeTag(locale), { ...UTC_FORMAT, weekday: 'long' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1 + index));
    return { short: short.format(day), long: long.format(day) };
  });
}

/** The twelve months as named on their own (Ноябрь, not ноября), January first. */
export function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(localeTag(locale), { ...UTC_FORMAT, month: 'long' });
  return Array.from({ length: 12 }, (_, index) =>
    capitalized(format.format(new Date(Date.UTC(2026, index, 1))), locale),
  );
}

/** The month of `iso` with its year, as a calendar heads it: Ноябрь 2026 г., November 2026. */
export function monthTitle(iso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(localeTag(locale), {
    ...UTC_FORMAT,
    month: 'long',
    year: 'numeric',
  });
  return capitalized(format.format(utc(iso)), locale);
}
