import { emit } from '@tauri-apps/api/event';
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';

import type {
  Answer,
  AttachFailure,
  Attached,
  Case,
  CaseListEntry,
  Company,
  Customer,
  IssuedLetter,
  Problem,
  Submission,
  Suggestions,
} from '../lib/bindings';
import { buildNewCase } from '../lib/newCase';

export type Call = { cmd: string; args: Record<string, unknown> };

export interface FakeCoreOptions {
  /** The saved cases by id. */
  cases?: Record<string, Case>;
  /** What `check_case` finds in a case. */
  problems?: (value: Case) => Problem[];
  profile?: Customer;
  companies?: Company[];
  suggestions?: Suggestions;
  preview?: string;
  /** The names of the files picked in the open dialog of `attach_evidence`; none: it is cancelled. */
  picked?: string[];
  /** Files that cannot be attached, by name, with the error `{code, message}`. */
  refused?: Record<string, { code: string; message: string }>;
  /** Whether the save dialog of `save_letter_copy` is answered (default) or cancelled. */
  copySaved?: boolean;
  /** Overrides for single commands; throwing `{code, message}` makes the command fail. */
  handlers?: Record<string, (args: Record<string, unknown>) => unknown>;
  /** Mock the window and its events, for file drops. */
  events?: boolean;
}

/** An in-memory core behind `invoke`: it keeps the cases, answers every command and records the calls. */
export interface FakeCore {
  calls: Call[];
  cases: Map<string, Case>;
  /** The calls of one command, in order. */
  callsOf(cmd: string): Call[];
  /** The commands called, in order, without the event plumbing. */
  commands(): string[];
  /** What the fake core itself answers to `cmd`, for handlers that only add to it. */
  answer(cmd: string, args: Record<string, unknown>): unknown;
  /** Files dropped at `x`, `y` (physical pixels), announced as the core does; needs `events`. */
  drop(names: string[], x: number, y: number): Promise<void>;
}

export const SHA = 'a3f1c9e2b7d4058e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70';

export const EMPTY_CUSTOMER: Customer = {
  full_name: '',
  postal_address: '',
  phone: '',
  email: '',
  account: '',
};

export const DEFAULT_SUGGESTIONS: Suggestions = {
  demands: ['Credit my payment to my account.', 'Tell me in writing when it was credited.'],
  evidence: [
    { kind: 'receipt', description: 'Copy of the payment receipt' },
    { kind: 'bank_statement', description: 'Bank statement showing the payment' },
  ],
};

export function fakeCore(options: FakeCoreOptions = {}): FakeCore {
  const cases = new Map(Object.entries(structuredClone(options.cases ?? {})));
  const calls: Call[] = [];
  let created = 0;
  /** Dropped files not attached yet, by drop number. */
  const drops = new Map<number, string[]>();
  let dropped = 0;
  const listEntry = (id: string, value: Case): CaseListEntry => ({
    state: 'readable',
    id,
    title: value.title,
    incident: value.incident,
    company: value.company.legal_name,
    status: value.status,
    last_letter: value.letters.at(-1)?.date ?? null,
    due: null,
    overdue: false,
  });
  const missing = (id: unknown) => ({ code: 'case_not_found', message: `no case ${String(id)}` });
  const stored = (id: unknown): Case => {
    const value = cases.get(String(id));
    if (!value) throw missing(id);
    return structuredClone(value);
  };
  /** Like the core, a change is written as the next revision; no change, no new revision. */
  const write = (id: unknown, before: Case, after: Case): Case => {
    if (JSON.stringify(after) === JSON.stringify(before)) return structuredClone(before);
    const next = { ...after, revision: before.revision + 1 };
    cases.set(String(id), structuredClone(next));
    return next;
  };
  const attach = (id: unknown, item: unknown, names: readonly string[]): Attached => {
    const before = stored(id);
    const value = structuredClone(before);
    const entry = value.evidence[Number(item)];
    if (!entry) throw { code: 'evidence_item_missing', message: `no item ${String(item)}` };
    const failures: AttachFailure[] = [];
    for (const name of names) {
      const refusal = options.refused?.[name];
      if (refusal) {
        failures.push({ name, ...refusal });
        continue;
      }
      entry.files.push({ name, sha256: SHA, imported: '2026-11-21' });
      entry.status = 'have';
    }
    return { case: write(id, before, value), failures };
  };

  const defaults: Record<string, (args: Record<string, unknown>) => unknown> = {
    list_cases: () => [...cases].map(([id, value]) => listEntry(id, value)),
    load_case: ({ id }) => stored(id),
    save_case: ({ id, case: value }) => {
      const before = stored(id);
      const edited = value as Case;
      if (edited.revision !== before.revision) {
        throw {
          code: 'conflict',
          message: `case is at revision ${before.revision}, the save started from ${edited.revision}`,
        };
      }
      // Only issuing a letter records one.
      return write(id, before, { ...structuredClone(edited), letters: before.letters });
    },
    create_case: ({ case: value }) => {
      created += 1;
      const id = created === 1 ? 'new-case' : `new-case-${created}`;
      cases.set(id, { ...structuredClone(value as Case), revision: 1 });
      return { id, revision: 1 };
    },
    check_case: ({ case: value }) => (options.problems ?? (() => []))(value as Case),
    case_status: () => ({
      status: 'draft',
      due: null,
      overdue: false,
      days_left: null,
      timeline: [],
    }),
    suggestions: () => structuredClone(options.suggestions ?? DEFAULT_SUGGESTIONS),
    known_companies: () => structuredClone(options.companies ?? []),
    load_profile: () => structuredClone(options.profile ?? EMPTY_CUSTOMER),
    save_profile: () => null,
    attach_evidence: ({ id, item }) => {
      const picked = options.picked ?? [];
      return picked.length === 0 ? null : attach(id, item, picked);
    },
    attach_dropped: ({ id, item, drop }) => {
      const names = drops.get(Number(drop));
      if (!names) {
        throw { code: 'unknown_drop', message: 'those dropped files are no longer known' };
      }
      drops.delete(Number(drop));
      return attach(id, item, names);
    },
    preview_letter: () => options.preview ?? 'CLAIM\n\nI ask you to credit my payment.',
    record_submission: ({ id, submission }) => {
      const before = stored(id);
      const value = structuredClone(before);
      value.sent = structuredClone(submission as Submission);
      if (value.status === 'draft') value.status = 'sent';
      return write(id, before, value);
    },
    record_answer: ({ id, answer }) => {
      const before = stored(id);
      const value = structuredClone(before);
      value.answer = structuredClone(answer as Answer);
      if (value.status === 'draft' || value.status === 'sent') value.status = 'answered';
      return write(id, before, value);
    },
    issue_letter: ({ id, kind, office_copy }) => {
      const before = stored(id);
      const value = structuredClone(before);
      const letterKind = typeof kind === 'string' ? kind : 'claim';
      const letter: IssuedLetter = {
        kind: letterKind,
        language: value.letter_language,
        date: '2026-11-21',
        file: `2026-11-21-${letterKind.replace('_', '-')}-${value.letter_language}${office_copy ? '-office' : ''}.pdf`,
      };
      value.letters.push(letter);
      write(id, before, value);
      return letter;
    },
    open_letter: () => null,
    save_letter_copy: ({ id }) => {
      stored(id);
      return options.copySaved ?? true;
    },
  };

  if (options.events) mockWindows('main');
  mockIPC(
    (cmd, args) => {
      const payload = (args ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args: structuredClone(payload) });
      const handler = options.handlers?.[cmd] ?? defaults[cmd];
      if (!handler) throw { code: 'io', message: `unexpected command ${cmd}` };
      return handler(payload);
    },
    { shouldMockEvents: options.events ?? false },
  );

  return {
    calls,
    cases,
    callsOf: (cmd) => calls.filter((call) => call.cmd === cmd),
    commands: () => calls.map((call) => call.cmd),
    answer: (cmd, args) => defaults[cmd]!(args),
    drop: (names, x, y) => {
      dropped += 1;
      drops.set(dropped, [...names]);
      return emit('evidence-dropped', { drop: dropped, names, x, y });
    },
  };
}

/** A draft with everything a claim needs, for the wizard to reopen. */
export function completeCase(): Case {
  return {
    ...buildNewCase({
      incident: 'payment_not_credited',
      jurisdiction: 'ru',
      letterLanguage: 'ru',
      companyName: 'ПАО «МТС»',
      title: 'Не зачислен платёж',
    }),
    company: {
      legal_name: 'ПАО «МТС»',
      claims_address: '109147, г. Москва, ул. Марксистская, д. 4',
      office: '',
    },
    customer: {
      full_name: 'Иванов Иван Иванович',
      postal_address: '350000, Краснодар, ул. Красная, д. 1, кв. 2',
      phone: '+7 918 123-45-67',
      email: 'ivanov@example.ru',
      account: '+7 918 123-45-67',
    },
    events: [
      {
        date: '2026-11-02',
        time: '14:05',
        text: 'Пополнил счёт через терминал, деньги не поступили.',
        amount: { value: '500', currency: 'RUB' },
        reference: 'чек № 4411',
      },
    ],
    demands: ['Зачислить платёж.'],
  };
}
