/** The choices the wizard offers, in the order it offers them, and the blank entries it adds. */
import type {
  ContactChannel,
  ContactEntry,
  DeliveryMethod,
  DemandOutcome,
  Event,
  EvidenceStatus,
  IncidentType,
  Language,
  LossOfService,
  ReplyChannel,
} from './bindings';

export const INCIDENT_TYPES: readonly IncidentType[] = [
  'wrong_person_debt',
  'payment_not_credited',
  'broken_promise',
  'billing_dispute',
  'service_outage',
  'unreachable_support',
  'other',
];

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

/** What an answer can do with a demand, in the order the answer form offers it. */
export const DEMAND_OUTCOMES: readonly DemandOutcome[] = [
  'satisfied',
  'refused_with_reasons',
  'refused_without_reasons',
  'not_addressed',
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

/** The facts of a lost service before the customer gives any: not said to be in the scheme, nothing dated. */
export function blankLossOfService(): LossOfService {
  return { reported: '', restored: '', missed_appointments: [], provider_in_scheme: false };
}
