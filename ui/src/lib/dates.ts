import { dateWriting, formatDate, type Locale } from './i18n/index.svelte';

/**
 * Reading dates and times as the customer types them, in the app's language rather than the system's
 * locale: what a person writes must mean the same to the app as to them, so anything that is not plainly
 * a date (or a time) in the expected form is kept as typed and reported, never guessed at.
 */

/** Why a typed date or time was not taken. */
export type WrittenProblem = 'not_a_date' | 'no_such_date' | 'short_year' | 'not_a_time';

/** What a typed text says: nothing, a value to store (`YYYY-MM-DD`, `HH:MM`), or a problem. */
export type Reading =
  | { kind: 'empty' }
  | { kind: 'value'; value: string }
  | { kind: 'problem'; problem: WrittenProblem };

/** How one kind of value is read from what is typed and written back for display. */
export interface Reader {
  /** Reads what the customer typed, in the order of `locale`. */
  read(text: string, locale: Locale): Reading;
  /** A stored value written for `locale`; a value that is not in the stored form is shown as it is. */
  show(value: string, locale: Locale): string;
}

const EMPTY: Reading = { kind: 'empty' };
const problem = (which: WrittenProblem): Reading => ({ kind: 'problem', problem: which });
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Day, month and year in the language's own order and separators, with its year mark if it has one. */
function dayFirst(locale: Locale): RegExp {
  const { separator, yearMark } = dateWriting(locale);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const mark = yearMark === null ? '' : `(?:\\s*${escape(yearMark)}\\.?)?`;
  const between = escape(separator);
  return new RegExp(`^(\\d{1,2})${between}(\\d{1,2})${between}(\\d+)${mark}$`);
}

/** The stored form, which the customer may type too. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date from its parts as typed, or why it is none. */
function calendarDate(yearText: string, monthText: string, dayText: string): Reading {
  if (yearText.length < 4) return problem('short_year');
  if (yearText.length > 4) return problem('not_a_date');
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return problem('no_such_date');
  }
  return { kind: 'value', value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A `YYYY-MM-DD` that is a real calendar date, as its numbers. */
export function storedDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

/** A stored date in words in the app's language (5 ноября 2026 г.); nothing for text that is not one. */
export function dateInWords(value: string): string {
  return storedDate(value) === null ? '' : formatDate(value);
}

/** Dates: DD.MM.YYYY in Russian and Bulgarian, DD/MM/YYYY in English, and YYYY-MM-DD in any. */
export const DATE: Reader = {
  read(text, locale) {
    const typed = text.trim();
    if (typed === '') return EMPTY;
    const iso = ISO_DATE.exec(typed);
    if (iso) return calendarDate(iso[1]!, iso[2]!, iso[3]!);
    const local = dayFirst(locale).exec(typed);
    if (local) return calendarDate(local[3]!, local[2]!, local[1]!);
    return problem('not_a_date');
  },
  show(value, locale) {
    const date = storedDate(value);
    if (date === null) return value;
    const { separator } = dateWriting(locale);
    return [pad(date.day), pad(date.month), pad(date.year, 4)].join(separator);
  },
};

/** Times on the 24-hour clock in every language: `14:32`, `9:05`, `14.32` or `1432`. */
export const TIME: Reader = {
  read(text) {
    const typed = text.trim();
    if (typed === '') return EMPTY;
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(typed) ?? /^(\d{2})(\d{2})$/.exec(typed);
    if (!match) return problem('not_a_time');
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours > 23 || minutes > 59) return problem('not_a_time');
    return { kind: 'value', value: `${pad(hours)}:${pad(minutes)}` };
  },
  show(value) {
    return value;
  },
};

/**
 * Why a stored `value` (or the text in the field) does not read as a date or time in `locale`, or `null`
 * when it does or is empty: text kept as the customer typed it waits there to be corrected.
 */
export function problemOf(reader: Reader, value: string, locale: Locale): WrittenProblem | null {
  const reading = reader.read(value, locale);
  return reading.kind === 'problem' ? reading.problem : null;
}
