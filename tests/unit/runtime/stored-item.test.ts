import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { defineStoredItem } from '../../../runtime/stored-item.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const Counter = z.object({ count: z.number().int().min(0), label: z.string().max(20) });
type Counter = z.infer<typeof Counter>;
const FALLBACK: Counter = { count: 0, label: 'none' };

// Each test defines its own key: WXT caches nothing per key, but a fresh key keeps tests apart.
let n = 0;
const item = (extra: Partial<Parameters<typeof defineStoredItem<Counter>>[0]> = {}) =>
  defineStoredItem<Counter>({ key: `local:counter-${++n}`, schema: Counter, fallback: FALLBACK, ...extra });
const rawKey = (key: string) => key.slice('local:'.length);

describe('defineStoredItem', () => {
  test('nothing stored reads as the fallback, with no problem and no warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await item().read()).toEqual({ value: FALLBACK, problems: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  test('set parses first: an invalid value is refused and nothing is stored', async () => {
    const it = item();
    await expect(it.set({ count: -1, label: 'x' })).rejects.toThrow(z.ZodError);
    expect(await fakeBrowser.storage.local.get(rawKey(it.key))).toEqual({});
    await it.set({ count: 2, label: 'two' });
    expect(await it.get()).toEqual({ count: 2, label: 'two' });
  });

  test('a damaged stored value is salvaged to the fallback and reported (path and message), never thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const it = item();
    await fakeBrowser.storage.local.set({ [rawKey(it.key)]: { count: 'many', label: 'x' } });
    const read = await it.read();
    expect(read.value).toEqual(FALLBACK);
    expect(read.problems).toEqual([expect.stringMatching(/^count: /)]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(it.key), expect.stringContaining('count'));
  });

  test('a salvage function keeps what it can', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const it = item({ salvage: (raw) => ({ value: { ...FALLBACK, label: String((raw as { label?: unknown }).label ?? 'none') }, problems: ['count'] }) });
    await fakeBrowser.storage.local.set({ [rawKey(it.key)]: { count: null, label: 'kept' } });
    expect(await it.read()).toEqual({ value: { count: 0, label: 'kept' }, problems: ['count'] });
  });

  test('storage that cannot be read gives the fallback and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const it = item();
    // Defining the WXT item reads storage once on its own (with no catch of its own): let it.
    await it.read();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const read = await it.read();
    expect(read.value).toEqual(FALLBACK);
    expect(read.problems[0]).toMatch(/could not be read/);
  });

  test('update is a serialised read-modify-write: concurrent increments are all kept', async () => {
    const it = item();
    await Promise.all(Array.from({ length: 10 }, () => it.update((c) => ({ ...c, count: c.count + 1 }))));
    expect((await it.get()).count).toBe(10);
  });

  test('update returning undefined writes nothing (no change event)', async () => {
    const it = item();
    await it.set({ count: 1, label: 'one' });
    const seen = vi.fn();
    const stop = it.watch(seen);
    await it.update(() => undefined);
    stop();
    expect(seen).not.toHaveBeenCalled();
  });

  test('watch delivers parsed values (a damaged one as its salvage) until unsubscribed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const it = item();
    const seen: [Counter, string[]][] = [];
    const stop = it.watch((value, problems) => seen.push([value, problems]));
    await it.set({ count: 3, label: 'three' });
    await fakeBrowser.storage.local.set({ [rawKey(it.key)]: 'garbage' });
    await it.remove();
    stop();
    await it.set({ count: 4, label: 'four' });
    expect(seen).toEqual([
      [{ count: 3, label: 'three' }, []],
      [FALLBACK, [expect.any(String)]],
      [FALLBACK, []],
    ]);
  });

  test('migrations run in order from the stored version, and the version is recorded', async () => {
    const key = `local:versioned-${++n}` as const;
    // Version 1 stored a bare number; version 2 an object; version 3 added the label.
    await fakeBrowser.storage.local.set({ [rawKey(key)]: 5 });
    const it = defineStoredItem<Counter>({
      key,
      schema: Counter,
      fallback: FALLBACK,
      version: 3,
      migrations: {
        2: (old) => ({ count: typeof old === 'number' ? old : 0 }),
        3: (old) => ({ ...(old as object), label: 'migrated' }),
      },
    });
    expect(await it.get()).toEqual({ count: 5, label: 'migrated' });
    expect(await fakeBrowser.storage.local.get(`${rawKey(key)}$`)).toEqual({ [`${rawKey(key)}$`]: { v: 3 } });
  });
});
