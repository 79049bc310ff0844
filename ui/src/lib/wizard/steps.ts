import type { Problem } from '../bindings';

/** The wizard's steps, in order; each asks about one topic. */
export const STEPS = [
  'incident',
  'company',
  'customer',
  'events',
  'contacts',
  'demands',
  'delivery',
  'evidence',
  'review',
] as const;

export type StepId = (typeof STEPS)[number];

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/**
 * A problem's path as the `name` of the input that holds it:
 * `events[2].amount.value` → `events.2.amount.value`.
 */
export function fieldName(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The first segment of a path: `events[2].date` → `events`, `customer.email` → `customer`. */
function head(path: string): string {
  return fieldName(path).split('.')[0] ?? '';
}

/** The step where the field at `path` is asked; paths the wizard does not ask land on the review. */
export function stepForPath(path: string): StepId {
  switch (head(path)) {
    case 'title':
    case 'incident':
    case 'jurisdiction':
    case 'letter_language':
      return 'incident';
    case 'company':
      return 'company';
    case 'customer':
      return 'customer';
    case 'events':
    case 'loss_of_service':
      return 'events';
    case 'contacts':
      return 'contacts';
    case 'demands':
      return 'demands';
    case 'reply_channel':
    case 'delivery':
    case 'terms':
      return 'delivery';
    case 'evidence':
      return 'evidence';
    default:
      return 'review';
  }
}

/** The problems asked about on `step`. */
export function problemsOfStep(problems: readonly Problem[], step: StepId): Problem[] {
  return problems.filter((problem) => stepForPath(problem.path) === step);
}

/** What the user has done so far in this session, which decides the problems shown. */
export interface Attention {
  /** Steps gone through: all their problems show. */
  steps: ReadonlySet<StepId>;
  /** Fields (input names) typed in and left: their problems show wherever they are. */
  left: ReadonlySet<string>;
  /** Fields being typed in that showed no problem when the typing began: theirs wait until they are left. */
  quiet: ReadonlySet<string>;
}

/**
 * The problems to show next to their fields: those of steps the user has been through and of fields
 * they have typed in and left, so a step never greets the user with errors about fields not reached
 * yet, and a field never interrupts the first characters typed in it.
 */
export function visibleProblems(problems: readonly Problem[], attention: Attention): Problem[] {
  return problems.filter((problem) => {
    const name = fieldName(problem.path);
    if (attention.quiet.has(name)) return false;
    return attention.steps.has(stepForPath(problem.path)) || attention.left.has(name);
  });
}

/** The problems of the field named `name` (or, with `nested`, of the fields inside it). */
export function problemsAt(problems: readonly Problem[], name: string, nested = false): Problem[] {
  return problems.filter((problem) => {
    const own = fieldName(problem.path);
    return own === name || (nested && own.startsWith(`${name}.`));
  });
}

/** Where a reopened case resumes: the first step with a problem, else the review. */
export function resumeStep(problems: readonly Problem[]): StepId {
  for (const step of STEPS) {
    if (problemsOfStep(problems, step).length > 0) return step;
  }
  return 'review';
}

/**
 * Names to try, most precise first, when looking for the control that holds a problem:
 * `evidence.1.files.0.sha256`, then `evidence.1.files.0`, … `evidence`.
 */
export function fieldCandidates(path: string): string[] {
  const parts = fieldName(path).split('.');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('.'));
}
