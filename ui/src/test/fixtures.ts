import type { CaseListEntry } from '../lib/bindings';

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
      due: null,
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
      due: null,
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
      due: null,
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
      reason: { code: 'newer_schema', found: 7n, supported: 1 },
    },
    { state: 'unreadable', id: 'empty-folder', reason: { code: 'missing' } },
  ];
}
