import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Autosaver } from './autosave.svelte';

function setup(save: (value: string) => Promise<string> = (value) => Promise.resolve(value)) {
  let value = 'a';
  const saved: string[] = [];
  const saver = new Autosaver<string>({
    save: (next) => save(next),
    snapshot: () => value,
    onsaved: (next) => saved.push(next),
  });
  return {
    saver,
    saved,
    edit(next: string) {
      value = next;
      saver.schedule();
    },
  };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest value once after 300 ms of quiet', async () => {
    const save = vi.fn((value: string) => Promise.resolve(value));
    const { saver, edit } = setup(save);
    edit('ab');
    await vi.advanceTimersByTimeAsync(200);
    edit('abc');
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    expect(saver.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['abc']]);
    expect(saver.state).toBe('saved');
  });

  it('writes at once on flush, and not again when nothing changed', async () => {
    const save = vi.fn((value: string) => Promise.resolve(value));
    const { saver, edit } = setup(save);
    edit('x');
    await saver.flush();
    expect(save.mock.calls).toEqual([['x']]);
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed value dirty, shows the error, and writes it on the next try', async () => {
    let fail = true;
    const save = vi.fn((value: string) =>
      fail ? Promise.reject({ code: 'io', message: 'disk full' }) : Promise.resolve(value),
    );
    const { saver, saved, edit } = setup(save);
    edit('typed');
    await expect(saver.flush()).rejects.toEqual({ code: 'io', message: 'disk full' });
    expect(saver.state).toBe('error');
    expect(saver.error).toEqual({ code: 'io', message: 'disk full' });
    expect(saver.dirty).toBe(true);

    fail = false;
    await saver.flush();
    expect(save.mock.calls).toEqual([['typed'], ['typed']]);
    expect(saved).toEqual(['typed']);
    expect(saver.state).toBe('saved');
    expect(saver.error).toBeNull();
  });

  it('tells what the store took, which may differ from what was sent', async () => {
    const { saver, saved, edit } = setup((value) => Promise.resolve(`${value} (revision 2)`));
    edit('typed');
    await saver.flush();
    expect(saved).toEqual(['typed (revision 2)']);
  });

  it('runs one write at a time and writes a change made during it afterwards', async () => {
    const pending: (() => void)[] = [];
    const save = vi.fn(
      (value: string) => new Promise<string>((resolve) => pending.push(() => resolve(value))),
    );
    const { saver, edit } = setup(save);
    edit('one');
    const first = saver.flush();
    edit('two');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([['one']]);
    pending.shift()!();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([['one'], ['two']]);
    pending.shift()!();
    await second;
    expect(saver.state).toBe('saved');
  });
});
