/**
 * pdf.js as the tests have it: jsdom has no canvas, so here a "PDF" is UTF-8 text with its pages split by
 * form feeds, drawing does nothing, and the text layer holds each page's text, as pdf.js's own would.
 * `setup.ts` puts it in the place of `pdfjs-dist` for every test.
 */

/** The text of each page of a fake PDF. */
function pagesOf(data: Uint8Array): string[] {
  return new TextDecoder().decode(data).split('\f');
}

/** The PDFs opened and not yet destroyed, so a test can see that a replaced letter is let go. */
export const openDocuments = new Set<object>();

export const GlobalWorkerOptions = { workerSrc: '' };

export function getDocument({ data }: { data: Uint8Array }) {
  const pages = pagesOf(data);
  const pdf = {
    numPages: pages.length,
    getPage: async (number: number) => fakePage(pages[number - 1] ?? ''),
    loadingTask: { destroy: async () => void openDocuments.delete(pdf) },
  };
  openDocuments.add(pdf);
  return { promise: Promise.resolve(pdf) };
}

/** An A4 page, 595 × 842 points, holding `text`. */
function fakePage(text: string) {
  return {
    getViewport: ({ scale }: { scale: number }) => ({
      width: 595 * scale,
      height: 842 * scale,
      scale,
    }),
    render: () => ({ promise: Promise.resolve(), cancel: () => {} }),
    streamTextContent: () => ({ items: [{ str: text }] }),
  };
}

export class TextLayer {
  readonly #container: HTMLElement;
  readonly #items: { str: string }[];

  constructor({
    textContentSource,
    container,
  }: {
    textContentSource: { items: { str: string }[] };
    container: HTMLElement;
  }) {
    this.#container = container;
    this.#items = textContentSource.items;
  }

  async render() {
    for (const item of this.#items) {
      const span = document.createElement('span');
      span.textContent = item.str;
      this.#container.append(span);
    }
  }

  cancel() {}
}

/** A fake PDF of these pages, base64-encoded as the core sends a PDF. */
export function fakePdf(pages: readonly string[]): string {
  const bytes = new TextEncoder().encode(pages.join('\f'));
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}
