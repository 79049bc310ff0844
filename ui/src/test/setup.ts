import '@testing-library/jest-dom/vitest';

import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, vi } from 'vitest';

import { setLocale } from '../lib/i18n/index.svelte';

// jsdom has no canvas to draw a letter's pages on: pdf.js is replaced by a fake that shows their text.
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => import('./pdfjs'));

// jsdom has <dialog> but not its modal methods; enough of them for the tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom lays nothing out, so nothing is ever resized: an observer that is never called is what it would be.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

beforeEach(() => {
  localStorage.clear();
  setLocale('en');
});

afterEach(() => {
  clearMocks();
});
