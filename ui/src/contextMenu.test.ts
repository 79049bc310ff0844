import { afterEach, describe, expect, it } from 'vitest';

import { guardContextMenu, keepsContextMenu } from './contextMenu';

/** A right click on `target`, as the web view sends it; `true` when the page stopped its menu. */
function rightClick(target: Element): boolean {
  const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('the web view’s context menu', () => {
  it('is kept in text fields, for cut, copy and paste, and nowhere else without a selection', () => {
    const field = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(keepsContextMenu(field('<textarea></textarea>'), '')).toBe(true);
    expect(keepsContextMenu(field('<input type="email">'), '')).toBe(true);
    expect(keepsContextMenu(field('<input>'), '')).toBe(true);
    expect(keepsContextMenu(field('<input type="checkbox">'), '')).toBe(false);
    expect(keepsContextMenu(field('<button>Next</button>'), '')).toBe(false);
    expect(keepsContextMenu(field('<p>The letter</p>'), '')).toBe(false);
    expect(keepsContextMenu(field('<p>The letter</p>'), 'letter')).toBe(true);
  });

  it('is stopped on the page once guarded, and left to the fields and to selected text', () => {
    document.body.innerHTML =
      '<main><h1>Cases</h1><input name="customer.email"><textarea></textarea><p>Claim text</p></main>';
    guardContextMenu(document);
    const heading = document.querySelector('h1')!;
    expect(rightClick(heading)).toBe(true);
    expect(rightClick(document.querySelector('input')!)).toBe(false);
    expect(rightClick(document.querySelector('textarea')!)).toBe(false);

    const text = document.querySelector('p')!;
    expect(rightClick(text)).toBe(true);
    const range = document.createRange();
    range.selectNodeContents(text);
    document.getSelection()!.addRange(range);
    expect(rightClick(text)).toBe(false);
  });
});
