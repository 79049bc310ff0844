import type { ContactEntry } from '../bindings';
import { plural, t } from '../i18n/index.svelte';

const pad = (value: number) => String(value).padStart(2, '0');

/** `HH:MM` of a moment, on the local clock. */
export function clockTime(moment: Date): string {
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** `YYYY-MM-DD` of a moment, on the local calendar. */
export function calendarDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A running span as a clock shows it: `0:40`, `4:05`, and `1:02:05` once it passes the hour. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const seconds = pad(total % 60);
  return hours > 0 ? `${hours}:${pad(minutes)}:${seconds}` : `${minutes}:${seconds}`;
}

function minutesOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Whole minutes from one `HH:MM` to a later one; `null` when either is missing or they are out of order. */
export function minutesBetween(from: string, to: string): number | null {
  const start = minutesOfDay(from);
  const end = minutesOfDay(to);
  if (start === null || end === null || end < start) return null;
  return end - start;
}

/**
 * What the stamps of a contact say about waiting: the hold before an answer, or a wait with none. The
 * case stores clock times (`HH:MM`), not durations, so `minutes` is the difference of two minutes on
 * the clock: `0` means both stamps fall within the same minute, a wait of less than a minute.
 */
export type HoldSummary =
  { kind: 'held'; minutes: number } | { kind: 'unanswered'; minutes: number } | null;

export function holdSummary(
  entry: Pick<ContactEntry, 'dialled' | 'answered' | 'ended'>,
): HoldSummary {
  if (entry.answered.trim() !== '') {
    const minutes = minutesBetween(entry.dialled, entry.answered);
    return minutes === null ? null : { kind: 'held', minutes };
  }
  const minutes = minutesBetween(entry.dialled, entry.ended);
  return minutes === null ? null : { kind: 'unanswered', minutes };
}

/**
 * The wait of a contact in words: “Kept on hold 14 minutes”; a wait within one minute on the clock is
 * “less than a minute”, never “0 minutes”. Empty when the stamps say nothing about it.
 */
export function describeHold(entry: Pick<ContactEntry, 'dialled' | 'answered' | 'ended'>): string {
  const summary = holdSummary(entry);
  if (summary === null) return '';
  if (summary.kind === 'held') {
    return summary.minutes === 0
      ? t('contacts.heldBrief')
      : plural('contacts.held', summary.minutes);
  }
  return summary.minutes === 0
    ? t('contacts.unansweredBrief')
    : plural('contacts.unanswered', summary.minutes);
}

/** A call being timed: when it was dialled and answered, to the millisecond, for the live display. */
export interface RunningCall {
  /** The contact entry being timed, by its place in the list. */
  index: number;
  dialledAt: number;
  answeredAt: number | null;
}

/** "Dialling": stamps the date (if none) and the time, clears later stamps, starts the hold clock. */
export function dial(entry: ContactEntry, index: number, now: Date): RunningCall {
  if (entry.date.trim() === '') entry.date = calendarDate(now);
  entry.dialled = clockTime(now);
  entry.answered = '';
  entry.ended = '';
  return { index, dialledAt: now.getTime(), answeredAt: null };
}

/** "Answered": stamps the time; the hold time stops and the talk time starts. */
export function answer(entry: ContactEntry, call: RunningCall, now: Date): RunningCall {
  entry.answered = clockTime(now);
  return { ...call, answeredAt: now.getTime() };
}

/** "Ended": stamps the time; the call is no longer running. */
export function end(entry: ContactEntry, now: Date): null {
  entry.ended = clockTime(now);
  return null;
}

/** The live figures of a running call: the hold so far (or in total once answered) and the talk time. */
export function liveFigures(call: RunningCall, now: number): { hold: string; talk: string | null } {
  const holdEnd = call.answeredAt ?? now;
  return {
    hold: formatElapsed(holdEnd - call.dialledAt),
    talk: call.answeredAt === null ? null : formatElapsed(now - call.answeredAt),
  };
}

/** The running call after the entry at `removed` left the list: it stops if it was that one. */
export function afterRemoval(call: RunningCall | null, removed: number): RunningCall | null {
  if (call === null || call.index === removed) return null;
  return call.index > removed ? { ...call, index: call.index - 1 } : call;
}
