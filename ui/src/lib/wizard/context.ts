import { getContext, setContext } from 'svelte';

import type { Problem } from '../bindings';

/** What the wizard shares with its steps' fields. */
export interface WizardContext {
  /** The problems to show at the field named `name`; with `nested`, also those of fields inside it. */
  problemsAt(name: string, nested?: boolean): Problem[];
  /** Says `message` to screen readers (a list moved, an item was removed). */
  announce(message: string): void;
}

const KEY = Symbol('wizard');

const NONE: WizardContext = {
  problemsAt: () => [],
  announce: () => {},
};

export function setWizardContext(context: WizardContext): void {
  setContext(KEY, context);
}

/** The wizard's context; outside a wizard (a step rendered alone in a test) no problems are shown. */
export function getWizardContext(): WizardContext {
  return getContext<WizardContext | undefined>(KEY) ?? NONE;
}

/** What a `Field` hands to the control it wraps, so label, hint and problems are tied to it. */
export interface FieldAttributes {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}
