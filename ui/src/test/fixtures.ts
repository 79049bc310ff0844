import { SCHEMA_VERSION } from '../lib/bindings';
import type {
  Case,
  CaseListEntry,
  Deadline,
  IncidentType,
  Jurisdiction,
  Language,
  StatusReport,
} from '../lib/bindings';

/** A list as `list_cases` returns it: four readable cases and three unreadable folders. */
export function sampleList(): CaseListEntry[] {
  return [
    {
      state: 'readable',
      id: '2016-03-14-mts-debt-notice',
      title: 'Уведомление о долге чужого абонента',
      incident: 'wrong_person_debt',
      company: 'ПАО «МТС»',
      status: 'sent',
      last_letter: '2016-03-20',
      next_deadline: null,
      overdue: false,
    },
    {
      state: 'readable',
      id: '2008-07-15-mtel-13th-fee',
      title: '13 месечни такси по едногодишен договор',
      incident: 'billing_dispute',
      company: '„Мобилтел“ ЕАД',
      status: 'draft',
      last_letter: null,
      next_deadline: null,
      overdue: false,
    },
    {
      state: 'readable',
      id: '2021-08-09-tele2-outage',
      title: '',
      incident: 'service_outage',
      company: 'Tele2',
      status: 'resolved',
      last_letter: '2021-09-01',
      next_deadline: null,
      overdue: false,
    },
    {
      state: 'unreadable',
      id: 'broken-case',
      reason: { code: 'corrupt', message: 'expected value at line 3 column 5' },
    },
    {
      state: 'unreadable',
      id: 'from-the-future',
      reason: { code: 'newer_schema', found: 7, supported: 1 },
    },
    { state: 'unreadable', id: 'empty-folder', reason: { code: 'missing' } },
  ];
}

/**
 * A list with deadlines, in the core's (folder) order: two cases already late, two awaiting an
 * answer, two with nothing due and an unreadable folder in the middle.
 */
export function deadlineList(): CaseListEntry[] {
  const readable = (
    id: string,
    title: string,
    company: string,
    due: string | null,
    overdue: boolean,
  ): CaseListEntry => ({
    state: 'readable',
    id,
    title,
    incident: 'billing_dispute',
    company,
    status: due === null ? 'draft' : 'sent',
    last_letter: null,
    next_deadline: due === null ? null : { kind: 'claim_answer', date: due, passed: overdue },
    overdue,
  });
  return [
    readable('a-draft', 'Двойное списание за октябрь', 'ПАО «Ростелеком»', null, false),
    readable('b-due-later', 'Roaming charges in July', 'Vodafone Limited', '2026-12-23', false),
    readable('c-late-short', 'Не зачислен платёж от 12 марта', 'ПАО «МТС»', '2026-11-30', true),
    { state: 'unreadable', id: 'd-broken', reason: { code: 'missing' } },
    readable('e-due-soon', 'Неотразено плащане', '„А1 България“ ЕАД', '2026-12-05', false),
    readable(
      'f-late-long',
      'Уведомление о долге чужого абонента',
      'ПАО «Билайн»',
      '2026-10-01',
      true,
    ),
    readable('g-untitled', '', 'Tele2', null, false),
  ];
}

/** The late claim `c-late-short` as `load_case` returns it. */
export function lateCase(): Case {
  return {
    ...buildNewCase({
      incident: 'payment_not_credited',
      jurisdiction: 'ru',
      letterLanguage: 'ru',
      companyName: 'ПАО «МТС»',
      title: 'Не зачислен платёж от 12 марта',
    }),
    sent: {
      date: '2026-10-30',
      method: 'in_person',
      registration_number: 'ВХ-0412',
      registered_on: '',
      tracking_number: '',
      answered_on: '',
    },
    status: 'sent',
  };
}

const BASIS: Readonly<Record<Language, string>> = {
  en: 'The operator must answer a claim within 30 days of registering it.',
  ru: 'Оператор обязан рассмотреть претензию в течение 30 дней со дня её регистрации.',
  bg: 'Операторът трябва да отговори на жалбата в срок до 30 дни от регистрирането ѝ.',
  uk: 'Оператор має розглянути претензію протягом 30 днів від дня її реєстрації.',
};

/** The answer to a Russian claim received on `start`, due on `date`, registered on an estimated day. */
export function claimAnswer(facts: {
  date: string;
  start: string;
  basis: string;
  daysLeft: number;
}): Deadline {
  return {
    kind: 'claim_answer',
    due: {
      date: facts.date,
      rule_id: 'ru.claim_answer',
      source: 'Федеральный закон «О связи», ст. 55',
      basis: facts.basis,
      valid_from: '2003-07-07',
      valid_to: null,
      letter: '30 days from the registration of the claim',
      term: { amount: 30, unit: 'days' },
      counted_from: facts.start,
      extended_date: null,
      verify: true,
      estimated: true,
      calculation: {
        start: facts.start,
        registration: {
          source: 'Федеральный закон «О связи», ст. 55',
          latest: facts.start,
          stated: null,
        },
        term_end: facts.date,
        skipped: [],
        counting: 'Гражданский кодекс РФ, ст. 191–193',
      },
    },
    days_left: facts.daysLeft,
    passed: facts.daysLeft < 0,
  };
}

/** `case_status` for `lateCase`, five days late, with the basis in `lang`. */
export function lateReport(lang: Language): StatusReport {
  return {
    status: 'sent',
    deadlines: [
      claimAnswer({ date: '2026-11-30', start: '2026-10-30', basis: BASIS[lang], daysLeft: -5 }),
    ],
    overdue: true,
    timeline: [
      {
        date: '2026-03-12',
        kind: 'event',
        text: 'Пополнил счёт на 500 ₽ через терминал',
        deadline: null,
        late: false,
      },
      {
        date: '2026-03-14',
        kind: 'contact',
        text: 'Оператор обещал перезвонить',
        deadline: null,
        late: false,
      },
      {
        date: '2026-10-30',
        kind: 'letter',
        text: 'claim-2026-10-30.pdf',
        deadline: null,
        late: false,
      },
      { date: '2026-10-30', kind: 'sent', text: 'ВХ-0412', deadline: null, late: false },
      { date: '2026-11-30', kind: 'due', text: BASIS[lang], deadline: 'claim_answer', late: true },
    ],
  };
}

/** What a new draft in the tests starts from. */
export interface NewCaseInput {
  incident: IncidentType;
  jurisdiction: Jurisdiction;
  letterLanguage: Language;
  companyName: string;
  title: string;
}

/** A draft as the core's `Case::new` makes it, with the title and company filled in. */
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
