import type { Case } from '../bindings';

type Plain = Record<string, unknown>;

/** Whether `value` is a JSON object (not an array, not `null`). */
export function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal, key order aside. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

/**
 * Three-way merge of JSON values: what `local` changed since `base` wins, everything else comes from
 * `remote`. Objects are merged key by key (keys only one side has are kept); arrays and other values
 * are taken whole.
 */
export function mergeValue(base: unknown, local: unknown, remote: unknown): unknown {
  if (sameValue(local, base)) return remote;
  if (isPlainObject(base) && isPlainObject(local) && isPlainObject(remote)) {
    const merged: Plain = {};
    const keys = [
      ...Object.keys(remote),
      ...Object.keys(local).filter((key) => !Object.hasOwn(remote, key)),
    ];
    for (const key of keys) {
      const inLocal = Object.hasOwn(local, key);
      const inBase = Object.hasOwn(base, key);
      if (!inLocal) {
        // Removed here: that stands, unless the other writer added or changed the key meanwhile.
        if (!inBase || !sameValue(base[key], remote[key])) merged[key] = remote[key];
        continue;
      }
      if (!Object.hasOwn(remote, key)) {
        // Removed by the other writer: kept only if it was changed here.
        if (!inBase || !sameValue(local[key], base[key])) merged[key] = local[key];
        continue;
      }
      merged[key] = inBase ? mergeValue(base[key], local[key], remote[key]) : local[key];
    }
    return merged;
  }
  return local;
}

/**
 * The customer's edits re-applied to a case someone else changed meanwhile: `base` is the version the
 * edits started from, `local` the edited one and `remote` the one stored now. Each field the customer
 * changed keeps their value; every other field takes the stored one. The result has the stored
 * revision, so it can be saved over it.
 */
export function mergeCase(base: Case, local: Case, remote: Case): Case {
  const merged = mergeValue(base, local, remote) as Case;
  return { ...merged, revision: remote.revision };
}
