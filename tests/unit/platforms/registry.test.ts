import { describe, expect, expectTypeOf, test } from 'vitest';
import { amazonAdapter } from '../../../lib/platforms/amazon.ts';
import { ADAPTERS, ADAPTER_BY_PLATFORM, adapterFor, adapterForUrl, type AdapterRegistry } from '../../../lib/platforms/registry.ts';
import { xAdapter } from '../../../lib/platforms/x.ts';
import { PlatformSchema, type Platform } from '../../../lib/schema.ts';

describe('the adapter registry', () => {
  test('compile time: one key per Platform, each holding the adapter for that platform', () => {
    // These lines are checked by `tsc --noEmit` (tests are in the project); vitest only runs them.
    expectTypeOf<keyof AdapterRegistry>().toEqualTypeOf<Platform>();
    // @ts-expect-error a platform without an adapter (what adding one to PlatformSchema alone does)
    const missing: AdapterRegistry = { x: xAdapter };
    // @ts-expect-error an adapter filed under another platform's key
    const swapped: AdapterRegistry = { x: amazonAdapter, amazon: xAdapter };
    expect([missing, swapped]).toHaveLength(2);
  });

  test.each(PlatformSchema.options)('%s: its adapter says it is for %s', (platform) => {
    expect(ADAPTER_BY_PLATFORM[platform].platform).toBe(platform);
    expect(adapterFor(platform)).toBe(ADAPTER_BY_PLATFORM[platform]);
  });

  test('ADAPTERS lists every adapter once', () => {
    expect(ADAPTERS.map((a) => a.platform).sort()).toEqual([...PlatformSchema.options].sort());
  });

  test.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://www.amazon.de/dp/000004458X', 'amazon'],
    ['https://example.com/dp/000004458X', undefined],
  ])('adapterForUrl(%s) is %s', (url, platform) => {
    expect(adapterForUrl(new URL(url))?.platform).toBe(platform);
  });
});
