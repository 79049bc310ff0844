import { letterTitles as askTitles } from './api';
import type { Language, LetterKind, LetterTitle } from './bindings';
import { getLocale } from './i18n/index.svelte';

/**
 * What each letter kind is called, as the core's templates title it in the interface's language: a new kind
 * needs no message of its own here. Asked once per language; every component reads the same answer.
 */
class LetterTitles {
  #titles = $state<Partial<Record<Language, LetterTitle[]>>>({});
  #asked = new Map<Language, Promise<void>>();

  /** Asks the core for `lang`'s titles the first time; later calls share the answer (a failed one is asked again). */
  load(lang: Language = getLocale()): Promise<void> {
    let asked = this.#asked.get(lang);
    if (asked === undefined) {
      asked = askTitles(lang).then(
        (titles) => {
          this.#titles[lang] = titles;
        },
        (error: unknown) => {
          this.#asked.delete(lang);
          throw error;
        },
      );
      this.#asked.set(lang, asked);
    }
    return asked;
  }

  /** The kind's title in the interface's language; its id until the core has answered. */
  of(kind: LetterKind | string): string {
    const titles = this.#titles[getLocale()];
    if (titles === undefined) void this.load().catch(() => undefined);
    return titles?.find((title) => title.kind === kind)?.title ?? kind;
  }
}

export const letterTitles = new LetterTitles();
