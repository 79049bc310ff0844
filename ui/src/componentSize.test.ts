import { describe, expect, it } from 'vitest';

/** A component longer than this does too many things to read at once: split it. */
const MAX_LINES = 350;

/** Every component's source under `src`, by its path from here, read as it is on the disk. */
const SOURCES = import.meta.glob<string>('./**/*.svelte', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The components longer than `limit` lines, as `path: lines`. */
function oversized(sources: Record<string, string>, limit: number): string[] {
  return Object.entries(sources)
    .map(([path, text]) => ({
      path,
      lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    }))
    .filter((file) => file.lines > limit)
    .map((file) => `${file.path.replace(/^\.\//, '')}: ${file.lines} lines`);
}

describe('components', () => {
  it(`are at most ${MAX_LINES} lines each`, () => {
    expect(Object.keys(SOURCES)).toContain('./lib/components/wizard/Wizard.svelte');
    expect(oversized(SOURCES, MAX_LINES)).toEqual([]);
  });

  it('are named when one is longer than the limit', () => {
    expect(oversized({ './A.svelte': 'a\nb\nc\n', './B.svelte': 'a\n' }, 2)).toEqual([
      'A.svelte: 3 lines',
    ]);
    expect(oversized(SOURCES, 100)).toContainEqual(
      expect.stringMatching(/^lib\/components\/wizard\/Wizard\.svelte: \d+ lines$/),
    );
  });
});
