import { tick } from 'svelte';

import { fieldCandidates } from './steps';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function focusElement(element: HTMLElement): void {
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
}

/** Whether `target` is a form control, one that holds a field's value. */
function isFormControl(
  target: EventTarget | null,
): target is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Input types that take no typing: a key pressed on one (a radio, a box to tick) is the page's. */
const CHOICE_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
  'range',
  'color',
]);

/**
 * Whether keys pressed in `target` are its own: a text box, a text area or a list to pick from, where
 * Escape closes a suggestion or a list rather than the page.
 */
export function ownsKeys(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !CHOICE_INPUTS.has(target.type);
}

/** The field an event comes from, as its input name (`customer.email`); `null` for anything else. */
export function fieldOf(target: EventTarget | null): string | null {
  return isFormControl(target) && target.name !== '' ? target.name : null;
}

/** The nearest ancestor that scrolls vertically (the app's main column). */
export function scrollParent(element: Element | null | undefined): HTMLElement | null {
  let current = element?.parentElement ?? null;
  while (current) {
    const overflow = getComputedStyle(current).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return current;
    current = current.parentElement;
  }
  return null;
}

/**
 * Focuses the control holding the field at `path` (a problem's path or an input's name) inside `root`:
 * the input with that `name` (the checked one of a radio group), else the first control of the
 * `[data-field]` container nearest to it. `false` when nothing fits.
 */
export function focusField(root: ParentNode | null | undefined, path: string): boolean {
  if (!root) return false;
  for (const candidate of fieldCandidates(path)) {
    const named = Array.from(root.querySelectorAll<HTMLElement>(`[name="${candidate}"]`));
    if (named.length > 0) {
      const checked = named.find(
        (element) => element instanceof HTMLInputElement && element.checked,
      );
      focusElement(checked ?? named[0]!);
      return true;
    }
    const container = root.querySelector<HTMLElement>(`[data-field="${candidate}"]`);
    if (container) {
      const control = container.querySelector<HTMLElement>(FOCUSABLE);
      if (control) {
        focusElement(control);
      } else {
        container.tabIndex = -1;
        focusElement(container);
      }
      return true;
    }
  }
  return false;
}

/** After the DOM updates, focuses the button `action` of list entry `entry` (or `fallback` if disabled). */
export async function focusEntryAction(
  root: ParentNode | null | undefined,
  entry: string,
  action: string,
  fallback?: string,
): Promise<void> {
  await tick();
  if (!root) return;
  const find = (name: string) =>
    root.querySelector<HTMLButtonElement>(`[data-entry="${entry}"] [data-action="${name}"]`);
  const button = find(action);
  if (button && !button.disabled) {
    button.focus();
    return;
  }
  if (fallback) find(fallback)?.focus();
}
