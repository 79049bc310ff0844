/** Moves the item at `index` by `delta` places; `false` when it cannot move that way. */
export function moveItem<T>(list: T[], index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return false;
  const [item] = list.splice(index, 1);
  list.splice(target, 0, item as T);
  return true;
}

/** Removes the item at `index`, if there is one. */
export function removeItem<T>(list: T[], index: number): void {
  if (index >= 0 && index < list.length) list.splice(index, 1);
}

function same(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}

/** Whether nothing has been written in any of the demands. */
export function demandsEmpty(demands: readonly string[]): boolean {
  return demands.every((demand) => demand.trim() === '');
}

/** The suggested demands when none is written yet; otherwise the user's own list, untouched. */
export function prefillDemands(current: readonly string[], suggested: readonly string[]): string[] {
  return demandsEmpty(current) ? [...suggested] : [...current];
}

/** The suggestions not already in the list, to offer as one-click additions. */
export function unusedSuggestions(
  current: readonly string[],
  suggested: readonly string[],
): string[] {
  return suggested.filter((suggestion) => !current.some((demand) => same(demand, suggestion)));
}
