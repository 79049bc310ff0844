/**
 * The letter's PDF drawn in the window with pdf.js: the pages the core typesets, so what the customer reviews
 * is what prints (WebKitGTK shows no PDF in a frame).
 *
 * The legacy build is the one for browsers older than pdf.js's own newest: the window is the system's
 * WebKitGTK, whose version the app does not choose, and the interface is built for Safari 15 onwards.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let library: Promise<PdfJs> | null = null;

/** pdf.js, loaded the first time a letter is shown: the window starts without its megabyte. */
function pdfJs(): Promise<PdfJs> {
  library ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return library;
}

/** The bytes of base64 text (RFC 4648, as the core sends a PDF). */
export function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Reads a PDF the core sent as base64; `closePdf` lets it go once it is replaced. */
export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await pdfJs();
  // No WebAssembly and no code made from strings: the window's content security policy allows neither, and
  // the letters hold no images that would need the WebAssembly decoders.
  return getDocument({ data: base64Bytes(base64), useWasm: false, isEvalSupported: false }).promise;
}

/** Lets go of a PDF no longer shown: its worker's memory and the fonts it loaded. */
export function closePdf(pdf: PDFDocumentProxy): void {
  void pdf.loadingTask.destroy();
}

/** A page drawn off screen, to put in the place of the one shown when it is complete. */
export interface DrawnPage {
  /** The page's picture, `width` CSS pixels wide, sharp at the screen's pixel ratio. */
  canvas: HTMLCanvasElement;
  /** The page's text, transparent and selectable over the picture, read by screen readers. */
  text: HTMLDivElement;
}

/**
 * Draws page `number` of `pdf` `width` CSS pixels wide, with its text layer, off screen. Aborting `signal`
 * (a newer letter or width is coming) stops the drawing and rejects.
 */
export async function drawPage(
  pdf: PDFDocumentProxy,
  number: number,
  width: number,
  signal: AbortSignal,
): Promise<DrawnPage> {
  const { TextLayer } = await pdfJs();
  const page = await pdf.getPage(number);
  signal.throwIfAborted();
  const scale = width / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.setAttribute('aria-hidden', 'true');
  const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
  const task = page.render({ canvas, viewport, transform });
  await untilAborted(signal, task.promise, () => task.cancel());

  const text = document.createElement('div');
  text.className = 'textLayer';
  // pdf.js sizes the text runs by this factor, as its own viewer sets it on a page.
  text.style.setProperty('--total-scale-factor', String(scale));
  const layer = new TextLayer({
    textContentSource: page.streamTextContent(),
    container: text,
    viewport,
  });
  await untilAborted(signal, layer.render(), () => layer.cancel());
  return { canvas, text };
}

/** Waits for `work`, calling `stop` if `signal` aborts meanwhile; rejects once aborted. */
async function untilAborted<T>(signal: AbortSignal, work: Promise<T>, stop: () => void) {
  signal.addEventListener('abort', stop, { once: true });
  try {
    await work;
  } finally {
    signal.removeEventListener('abort', stop);
  }
  signal.throwIfAborted();
}
