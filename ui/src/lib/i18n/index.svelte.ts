import type { Language } from '../bindings';
import { bg } from './bg';
import { en, type Dictionary, type MessageKey, type PluralBase, type PluralCategory } from './en';
import { ru } from './ru';
import { uk } from './uk';

export type { Dictionary, MessageKey, PluralBase } from './en';

/** An interface language: each language the core writes letters in is one. */
export type Locale = Language;

/** How dates are typed in a language: day, month and year between separators, and a year mark it may end with. */
export interface DateWriting {
  /** Between day, month and year: British slashes, Russian and Bulgarian dots. */
  separator: string;
  /** What may close a date («г.» in Russian and Bulgarian), without its full stop; `null` for none. */
  yearMark: string | null;
}

/** What the interface needs of a language. */
interface LocaleInfo {
  /** Every message in it. */
  dictionary: Dictionary;
  /** Its name in itself, as language pickers customarily show it. */
  name: string;
  /** Its BCP 47 tag, for dates, plurals, lists and numbers. */
  tag: string;
  /** How dates are typed in it. */
  dates: DateWriting;
}

/**
 * Every interface language, in the order the picker offers them: adding one is its dictionary and its line
 * here (the type check fails until each language of the core has one).
 */
const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { dictionary: en, name: 'English', tag: 'en-GB', dates: { separator: '/', yearMark: null } },
  ru: { dictionary: ru, name: 'Русский', tag: 'ru-RU', dates: { separator: '.', yearMark: 'г' } },
  bg: { dictionary: bg, name: 'Български', tag: 'bg-BG', dates: { separator: '.', yearMark: 'г' } },
  uk: {
    dictionary: uk,
    name: 'Українська',
    tag: 'uk-UA',
    dates: { separator: '.', yearMark: 'р' },
  },
};

export const LOCALES = Object.keys(LOCALE_INFO) as readonly Locale[];

/** Each language named in itself. */
export function localeName(locale: Locale): string {
  return LOCALE_INFO[locale].name;
}

/** The BCP 47 tag of a language, for `Intl`. */
export function localeTag(locale: Locale): string {
  return LOCALE_INFO[locale].tag;
}

/** How dates are typed in a language. */
export function dateWriting(locale: Locale): DateWriting {
  return LOCALE_INFO[locale].dates;
}

export const dictionaries = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_INFO[locale].dictionary]),
) as Readonly<Record<Locale, Dictionary>>;

export const STORAGE_KEY = 'complaint-desk.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language for a browser language tag: one the interface speaks as such, English otherwise. */
export function localeFromTag(tag: string | undefined | null): Locale {
  const lower = (tag ?? '').toLowerCase();
  return LOCALES.find((locale) => lower === locale || lower.startsWith(`${locale}-`)) ?? 'en';
}

/** The remembered choice, else the system's language. */
export function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be unavailable; fall back to the system language.
  }
  return localeFromTag(globalThis.navigator?.language);
}

const state = $state<{ locale: Locale }>({ locale: initialLocale() });

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
applyToDocument(state.locale);

/** The current interface language; reading it inside a template or effect tracks changes. */
export function getLocale(): Locale {
  return state.locale;
}

/** Switches the interface language and remembers it. */
export function setLocale(locale: Locale): void {
  state.locale = locale;
  applyToDocument(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch still applies to this session.
  }
}

export type Params = Readonly<Record<string, string | number | bigint>>;

/** Fills `{name}` placeholders; unknown ones are left as written. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  // A value that ends a sentence with its own full stop (a Russian or Bulgarian date ends in «г.») takes the
  // place of the template's: «ответила 10 августа 2009 г.», never «г..».
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    return value.endsWith('.') ? value : value + stop;
  });
}

/** The message for `key` in the current language; reactive in templates. */
export function t(key: MessageKey, params?: Params): string {
  return format(dictionaries[state.locale][key], params);
}

const PLURAL_CATEGORIES: readonly PluralCategory[] = ['one', 'few', 'many', 'other'];

function isPluralCategory(value: string): value is PluralCategory {
  return (PLURAL_CATEGORIES as readonly string[]).includes(value);
}

function pluralCategory(count: number): PluralCategory {
  const category = new Intl.PluralRules(localeTag(state.locale)).select(count);
  return isPluralCategory(category) ? category : 'other';
}

/**
 * The form of a counted message that the current language uses for `count`
 * (Russian: 1 день, 2 дня, 5 дней), with `{count}` filled in; reactive in templates.
 */
export function plural(base: PluralBase, count: number, params?: Params): string {
  return t(`${base}.${pluralCategory(count)}`, { ...params, count });
}

/** A piece of a list joined the way the current language joins lists. */
export type ListPart = { type: 'element'; index: number } | { type: 'literal'; value: string };

/**
 * How to join `count` items in the current language ("A, B and C", "A, B и C"),
 * as parts, so each item can be rendered as markup of its own.
 */
export function listParts(count: number): ListPart[] {
  const items = Array.from({ length: count }, (_, index) => String(index));
  const parts = new Intl.ListFormat(localeTag(state.locale), {
    style: 'long',
    type: 'conjunction',
  }).formatToParts(items);
  return parts.map((part) =>
    part.type === 'element'
      ? { type: 'element', index: Number(part.value) }
      : { type: 'literal', value: part.value },
  );
}

/** Whether `key` is a message key, for codes that arrive from the core at run time. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * A `YYYY-MM-DD` date written the way the current language writes dates:
 * the month in full (23 December 2026), or abbreviated where space is short (23 Dec 2026).
 */
export function formatDate(isoDate: string, month: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(localeTag(state.locale), {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A size in bytes as megabytes with at most one decimal (16,1 in Russian); `up` rounds up, so a file
 * just over a limit never reads as equal to it.
 */
export function formatMegabytes(bytes: number, round: 'nearest' | 'up' = 'nearest'): string {
  const tenths = (bytes / (1024 * 1024)) * 10;
  const value = (round === 'up' ? Math.ceil(tenths) : Math.round(tenths)) / 10;
  return new Intl.NumberFormat(localeTag(state.locale), { maximumFractionDigits: 1 }).format(value);
}

/**
 * A language's name in the interface's language, from the platform's own data ("Russian", «русский»,
 * „руски“), so a new language needs no message naming it; `label` capitalises it for a picker or a list.
 */
export function languageName(
  language: string,
  { label = false }: { label?: boolean } = {},
): string {
  const tag = localeTag(getLocale());
  let name = language;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(language) ?? language;
  } catch {
    // A code the platform does not know is shown as it is.
  }
  return label ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : name;
}
