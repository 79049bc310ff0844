/**
 * Milliseconds of quiet after the last keystroke before it is written: short enough that a crash or a kill
 * loses at most what was typed in the last moment, long enough not to write on every key.
 */
export const AUTOSAVE_DELAY = 300;

/** Where the autosave stands, for the small indicator. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<T> {
  /** Writes one value; resolves to what was written (as the store took it), rejects when it could not. */
  save: (value: T) => Promise<T>;
  /** The value to write now: a plain copy, so edits made during the write do not change it. */
  snapshot: () => T;
  /** Told after each successful write, with what `save` resolved to. */
  onsaved?: (written: T) => void;
  /** Milliseconds of quiet before a scheduled write. */
  delay?: number;
}

/**
 * Saves the latest value some time after the last change, or at once on `flush`.
 *
 * Only one write runs at a time; a change made during a write is written after it. A failed write
 * keeps the value dirty, so the next change or `flush` tries again: nothing typed is dropped.
 */
export class Autosaver<T> {
  state = $state<SaveState>('idle');
  /** The last failure, raw, so it is translated when shown; `null` after a success. */
  error = $state<unknown>(null);

  readonly #options: AutosaveOptions<T>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;
  #running: Promise<void> | null = null;

  constructor(options: AutosaveOptions<T>) {
    this.#options = options;
  }

  /** Whether something is changed but not written yet. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Notes a change: it is written after `delay` ms without further changes. */
  schedule(): void {
    this.#dirty = true;
    if (this.state !== 'error' && this.state !== 'saving') this.state = 'pending';
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.flush().catch(() => {
        // Shown through `state` and `error`; the value stays dirty for the next try.
      });
    }, this.#options.delay ?? AUTOSAVE_DELAY);
  }

  /** Writes now whatever is not written yet; rejects with the error if the write fails. */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#running) {
      await this.#running.catch(() => undefined);
    }
    if (!this.#dirty) return;
    this.#dirty = false;
    const value = this.#options.snapshot();
    this.state = 'saving';
    const run = this.#options.save(value).then(
      (written) => {
        this.error = null;
        this.state = this.#dirty ? 'pending' : 'saved';
        this.#options.onsaved?.(written);
      },
      (error: unknown) => {
        this.#dirty = true;
        this.error = error;
        this.state = 'error';
        throw error;
      },
    );
    this.#running = run;
    try {
      await run;
    } finally {
      if (this.#running === run) this.#running = null;
    }
  }

  /** Stops a scheduled write (the component is going away after its own flush). */
  dispose(): void {
    this.#clearTimer();
  }

  #clearTimer(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
  }
}
