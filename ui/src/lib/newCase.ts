import type {
  Case,
  ContactChannel,
  ContactEntry,
  DeliveryMethod,
  Event,
  EvidenceStatus,
  IncidentType,
  Jurisdiction,
  Language,
  ReplyChannel,
} from './bindings';
import { SCHEMA_VERSION } from './bindings';
import type { Locale } from './i18n/index.svelte';

export const INCIDENT_TYPES: readonly IncidentType[] = [
  'wrong_person_debt',
  'payment_not_credited',
  'broken_promise',
  'billing_dispute',
  'service_outage',
  'unreachable_support',
  'other',
];

export const JURISDICTIONS: readonly Jurisdiction[] = ['ru', 'bg', 'gb', 'other'];

export const LETTER_LANGUAGES: readonly Language[] = ['ru', 'bg', 'en'];

/** The longest single-line text the core accepts. */
export const MAX_LINE_CHARS = 500;

/** The letter language a jurisdiction suggests; `null` when it suggests none. */
export function letterLanguageFor(jurisdiction: Jurisdiction): Language | null {
  switch (jurisdiction) {
    case 'ru':
      return 'ru';
    case 'bg':
      return 'bg';
    case 'gb':
      return 'en';
    case 'other':
      return null;
  }
}

/** The jurisdiction to preselect for someone using the interface in `locale`. */
export function defaultJurisdiction(locale: Locale): Jurisdiction {
  switch (locale) {
    case 'ru':
      return 'ru';
    case 'bg':
      return 'bg';
    case 'en':
      return 'gb';
  }
}

export interface NewCaseInput {
  incident: IncidentType;
  jurisdiction: Jurisdiction;
  letterLanguage: Language;
  companyName: string;
  title: string;
}

/** A fresh draft case with only what the short form asks for filled in. */
export function buildNewCase(input: NewCaseInput): Case {
  return {
    schema_version: SCHEMA_VERSION,
    revision: 0,
    title: input.title.trim(),
    incident: input.incident,
    jurisdiction: input.jurisdiction,
    letter_language: input.letterLanguage,
    company: { legal_name: input.companyName.trim(), claims_address: '', office: '' },
    customer: { full_name: '', postal_address: '', phone: '', email: '', account: '' },
    events: [],
    contacts: [],
    demands: [],
    reply_channel: 'post',
    delivery: 'in_person',
    evidence: [],
    letters: [],
    terms: { reply_days: null, long_distance_or_roaming: false },
    sent: null,
    answer: null,
    status: 'draft',
  };
}

/** The currency amounts are usually in under a jurisdiction, on a given `YYYY-MM-DD` (Bulgaria moved
 * from the lev to the euro on 1 January 2026). */
export function defaultCurrency(jurisdiction: Jurisdiction, date = ''): string {
  switch (jurisdiction) {
    case 'ru':
      return 'RUB';
    case 'bg':
      return date !== '' && date < '2026-01-01' ? 'BGN' : 'EUR';
    case 'gb':
      return 'GBP';
    case 'other':
      return 'EUR';
  }
}

/** Currencies offered while typing one (any three capital letters are accepted). */
export const COMMON_CURRENCIES: readonly string[] = ['RUB', 'EUR', 'BGN', 'GBP', 'USD', 'UAH'];

export const CONTACT_CHANNELS: readonly ContactChannel[] = [
  'phone',
  'chat',
  'email',
  'office',
  'post',
  'sms',
  'web_form',
  'other',
];

export const REPLY_CHANNELS: readonly ReplyChannel[] = ['post', 'email', 'sms'];

export const DELIVERY_METHODS: readonly DeliveryMethod[] = [
  'in_person',
  'registered_post',
  'email',
];

export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = ['have', 'missing', 'not_applicable'];

/** An empty event to fill in. */
export function blankEvent(): Event {
  return { date: '', time: '', text: '', amount: null, reference: '' };
}

/** An empty contact, a phone call unless chosen otherwise. */
export function blankContact(): ContactEntry {
  return {
    channel: 'phone',
    date: '',
    dialled: '',
    answered: '',
    ended: '',
    agent: '',
    ticket: '',
    summary: '',
  };
}
