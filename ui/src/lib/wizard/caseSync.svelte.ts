import { loadCase, saveCase, toApiError } from '../api';
import type { Case } from '../bindings';
import { isPlainObject, mergeCase, sameValue } from './merge';

/** How many times a save refused as stale is merged and sent again before the refusal is shown. */
const MERGES = 3;

/** A case as JSON with its keys sorted, so two copies compare equal whatever order they were built in. */
export function caseJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );
}

/** Makes `target` hold `source`, replacing only the fields that differ: untouched inputs stay as they are. */
function assign(target: Case, source: Case): void {
  const into = target as unknown as Record<string, unknown>;
  const from = source as unknown as Record<string, unknown>;
  for (const key of Object.keys(into)) {
    if (!Object.hasOwn(from, key)) delete into[key];
  }
  for (const [key, value] of Object.entries(from)) {
    if (!sameValue(into[key], value)) into[key] = structuredClone(value);
  }
}

/**
 * Keeps the wizard's draft in step with the stored case. It knows the stored version the customer's
 * edits start from, so when the case was changed elsewhere meanwhile (on its page, from the command
 * line, in another window) a save refused as stale re-applies those edits to the stored version and
 * is sent again: nothing typed is lost and nothing the other writer recorded is overwritten.
 */
export class CaseSync {
  /** The stored version the draft's edits start from. */
  #base: Case | null = null;
  /** What is stored, or being stored, as `caseJson`. */
  #json = '';
  readonly #draft: () => Case | null;

  /** `draft` gives the live case every input writes into, once there is one. */
  constructor(draft: () => Case | null) {
    this.#draft = draft;
  }

  /** Whether `value` differs from what is stored; reads all of `value`, so an effect follows every edit. */
  differs(value: Case): boolean {
    return caseJson(value) !== this.#json;
  }

  /**
   * Notes `written` as the stored case (just loaded, created or saved); the draft takes its revision
   * without that counting as an edit. An answer older than what is already known is ignored.
   */
  stored(written: Case): void {
    if (this.#base !== null && written.revision < this.#base.revision) return;
    this.#base = structuredClone(written);
    this.#json = caseJson(written);
    const draft = this.#draft();
    if (draft !== null && draft.revision !== written.revision) draft.revision = written.revision;
  }

  /**
   * Takes in the case as the core stored it after changing it itself (files attached): the draft keeps
   * the customer's edits and gets everything else, with the new revision.
   */
  absorb(remote: Case): void {
    if (this.#base !== null && remote.revision < this.#base.revision) return;
    this.#rebase(remote);
    this.#json = caseJson(remote);
  }

  /**
   * Saves `value` as case `id`. When the stored case changed since, loads it, merges the customer's
   * edits into it (the draft shows the result) and saves that; after `MERGES` refusals in a row the
   * `conflict` error is passed on. Resolves to what was written, with its stored revision.
   */
  async save(id: string, value: Case): Promise<Case> {
    let sending = value;
    for (let merges = 0; ; merges++) {
      try {
        const stored = await saveCase(id, sending);
        return { ...sending, revision: stored.revision };
      } catch (error) {
        if (toApiError(error).code !== 'conflict' || merges === MERGES) throw error;
      }
      sending = this.#rebase(await loadCase(id));
      // The merged case is on its way to the disk: only edits made after it need another save.
      this.#json = caseJson(sending);
    }
  }

  /** Merges the draft's edits into `remote`, puts the result in the draft and returns it. */
  #rebase(remote: Case): Case {
    const draft = this.#draft();
    const local = draft === null ? remote : ($state.snapshot(draft) as Case);
    const merged = mergeCase(this.#base ?? remote, local, remote);
    if (draft !== null) assign(draft, merged);
    this.#base = structuredClone(remote);
    return merged;
  }
}
