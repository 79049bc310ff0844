/** Input types the customer types text into: their menu offers cut, copy and paste. */
const TEXT_INPUTS = new Set(['text', 'email', 'tel', 'url', 'search', 'password', 'number']);

/**
 * Whether a right click on `target` keeps the web view's own menu: in a text field, for cut, copy and
 * paste, and over selected text, for copying it. Anywhere else that menu only offers what a desktop
 * app has no use for (Back, Reload, Inspect).
 */
export function keepsContextMenu(target: EventTarget | null, selection: string): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return selection.trim() !== '';
}

/** Stops the web view's menu on `root` where `keepsContextMenu` does not keep it. */
export function guardContextMenu(root: Document): void {
  root.addEventListener('contextmenu', (event) => {
    const selection = root.getSelection()?.toString() ?? '';
    if (!keepsContextMenu(event.target, selection)) event.preventDefault();
  });
}
