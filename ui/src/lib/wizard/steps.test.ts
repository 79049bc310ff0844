import { describe, expect, it } from 'vitest';

import type { Problem, ProblemCode } from '../bindings';
import { setLocale } from '../i18n/index.svelte';
import { fieldLabel, problemText } from './labels';
import {
  fieldCandidates,
  fieldName,
  problemsAt,
  resumeStep,
  stepForPath,
  visibleProblems,
  type StepId,
} from './steps';

const problem = (path: string, code: ProblemCode = 'required'): Problem => ({
  path,
  code,
  message: `${path}: ${code}`,
});

describe('where a problem is asked', () => {
  it('maps every path the core reports to its step', () => {
    const cases: [string, StepId][] = [
      ['title', 'incident'],
      ['company.legal_name', 'company'],
      ['company.claims_address', 'company'],
      ['customer.email', 'customer'],
      ['customer.account', 'customer'],
      ['events', 'events'],
      ['events[2].date', 'events'],
      ['events[0].amount.currency', 'events'],
      ['loss_of_service.reported', 'events'],
      ['loss_of_service.missed_appointments[1]', 'events'],
      ['contacts[1].answered', 'contacts'],
      ['demands', 'demands'],
      ['demands[3]', 'demands'],
      ['reply_channel', 'delivery'],
      ['delivery', 'delivery'],
      ['evidence[0].description', 'evidence'],
      ['evidence[1].files[0].sha256', 'evidence'],
      ['sent.date', 'review'],
      ['answer.summary', 'review'],
    ];
    expect(cases.map(([path]) => [path, stepForPath(path)])).toEqual(cases);
  });

  it('names the input holding a path as the input is named', () => {
    expect(fieldName('events[2].amount.value')).toBe('events.2.amount.value');
    expect(fieldName('demands[0]')).toBe('demands.0');
    expect(fieldName('customer.email')).toBe('customer.email');
    expect(fieldCandidates('evidence[1].files[0].sha256')).toEqual([
      'evidence.1.files.0.sha256',
      'evidence.1.files.0',
      'evidence.1.files',
      'evidence.1',
      'evidence',
    ]);
  });

  it('shows the problems of steps gone through and of fields left, never of one being typed in', () => {
    const problems = [
      problem('company.legal_name'),
      problem('customer.email', 'invalid_email'),
      problem('events'),
      problem('demands[0]'),
    ];
    const seen = (steps: StepId[], left: string[] = [], quiet: string[] = []) =>
      visibleProblems(problems, {
        steps: new Set(steps),
        left: new Set(left),
        quiet: new Set(quiet),
      }).map((p) => p.path);
    expect(seen([])).toEqual([]);
    expect(seen(['incident', 'company'])).toEqual(['company.legal_name']);
    expect(seen(['company', 'customer', 'demands'])).toEqual([
      'company.legal_name',
      'customer.email',
      'demands[0]',
    ]);
    // A field typed in and left shows its problem before its step is gone through…
    expect(seen(['company'], ['customer.email'])).toEqual(['company.legal_name', 'customer.email']);
    // …and one being typed in keeps quiet, even on a step gone through.
    expect(seen(['company', 'customer'], [], ['customer.email'])).toEqual(['company.legal_name']);
    expect(seen([], ['demands.0'])).toEqual(['demands[0]']);
  });

  it('finds the problems of one field, or of everything inside it', () => {
    const problems = [
      problem('evidence[1].description'),
      problem('evidence[1].files[0].sha256', 'invalid_hash'),
      problem('evidence[10].description'),
    ];
    expect(problemsAt(problems, 'evidence.1.description')).toEqual([problems[0]]);
    expect(problemsAt(problems, 'evidence.1.files', true)).toEqual([problems[1]]);
    expect(problemsAt(problems, 'evidence.1', true)).toEqual([problems[0], problems[1]]);
  });

  it('resumes a reopened draft at the first step with a problem, else at the review', () => {
    expect(resumeStep([problem('demands'), problem('customer.full_name')])).toBe('customer');
    expect(resumeStep([problem('sent.date')])).toBe('review');
    expect(resumeStep([])).toBe('review');
  });
});

describe('problems in words', () => {
  it('translates by code and names the field as the user knows it', () => {
    setLocale('en');
    expect(fieldLabel('events[1].date')).toBe('Event 2 · Date');
    expect(fieldLabel('demands[2]')).toBe('Demand 3');
    expect(fieldLabel('customer.email')).toBe('E-mail');
    expect(fieldLabel('evidence[0].files[1].sha256')).toBe('Proof 1 · Files');
    expect(fieldLabel('loss_of_service.reported')).toBe('Day you reported the fault');
    expect(fieldLabel('loss_of_service.missed_appointments[1]')).toBe('Missed appointment 2');
    expect(problemText(problem('customer.email', 'invalid_email'))).toBe(
      'This is not a valid e-mail address.',
    );
    setLocale('bg');
    expect(fieldLabel('contacts[0].answered')).toBe('Контакт 1 · Отговор');
    expect(problemText(problem('events'))).toBe('Полето е задължително.');
  });
});
