import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { dismissFromMap, healthList, salvageHealthMap } from '../../../lib/adapter-health.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schema.ts';
import { salvageSettings } from '../../../lib/settings.ts';
import { adapterHealthItem, recordHealth, settingsItem } from '../../../runtime/storage-items.ts';
import { healthReport } from './fixtures.ts';

const SETTINGS_KEY = 'settings';
const HEALTH_KEY = 'adapterHealth';
const loadHealth = async () => healthList(await adapterHealthItem.get());
const dismissHealth = (key: string) => adapterHealthItem.update((map) => dismissFromMap(map, key));
const onHealthChanged = (cb: (reports: ReturnType<typeof healthList>) => void) => adapterHealthItem.watch((map) => cb(healthList(map)));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  test('nothing stored: defaults, no problem', async () => {
    expect(await settingsItem.read()).toEqual({ value: DEFAULT_SETTINGS, problems: [] });
  });

  test('save then load round-trips; save parses first', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, brands: ['Acme'], productIds: ['B08N5WRWNW'], retentionDays: 7 };
    await settingsItem.set(settings);
    expect(await settingsItem.get()).toEqual(settings);
    await expect(settingsItem.set({ ...settings, productIds: ['nope'] })).rejects.toThrow();
    expect(await settingsItem.get()).toEqual(settings);
  });

  test.each([
    ['a string', 'garbage', DEFAULT_SETTINGS, ['schemaVersion', 'brands', 'handles', 'productIds', 'languages', 'retentionDays', 'watchOnly', 'responseTargetMinutes']],
    ['one bad ASIN among good ones', { brands: ['Acme'], productIds: ['B08N5WRWNW', 'bad', 'B07XJ8C8F5'] }, { ...DEFAULT_SETTINGS, brands: ['Acme'], productIds: ['B08N5WRWNW', 'B07XJ8C8F5'] }, ['productIds']],
    ['retention out of range', { retentionDays: -1, watchOnly: false }, { ...DEFAULT_SETTINGS, watchOnly: false }, ['retentionDays']],
    ['a list that is not a list', { handles: 'acme', languages: ['en'] }, { ...DEFAULT_SETTINGS, languages: ['en'] }, ['handles']],
    ['a future schema version', { schemaVersion: 2, brands: ['Acme'] }, { ...DEFAULT_SETTINGS, brands: ['Acme'] }, ['schemaVersion']],
  ])('damaged storage (%s) is salvaged field by field, never thrown', async (_name, raw, settings, resetFields) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    expect(await settingsItem.read()).toEqual({ value: settings, problems: resetFields });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  test('salvageSettings keeps a valid value as is', () => {
    expect(salvageSettings({ ...DEFAULT_SETTINGS, brands: ['A'] })).toEqual({ settings: { ...DEFAULT_SETTINGS, brands: ['A'] }, resetFields: [] });
  });

  test('watch reports new (parsed) settings until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = settingsItem.watch((s) => seen.push(s));
    await settingsItem.set({ ...DEFAULT_SETTINGS, brands: ['Acme'] });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await settingsItem.set({ ...DEFAULT_SETTINGS, brands: ['Later'] });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, brands: ['Acme'] }]);
  });
});

describe('adapter health store', () => {
  test('records non-ok reports keyed by platform/page type, newest first', async () => {
    await recordHealth(healthReport({ at: '2025-11-22T10:00:00.000Z' }));
    await recordHealth(healthReport({ platform: 'amazon', pageType: 'product-reviews', url: 'https://www.amazon.com/product-reviews/B08N5WRWNW', at: '2025-11-22T11:00:00.000Z' }));
    await recordHealth(healthReport({ problem: 'no-text', at: '2025-11-22T09:00:00.000Z' }));
    const stored = (await fakeBrowser.storage.local.get(HEALTH_KEY))[HEALTH_KEY] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['amazon/product-reviews', 'x/home']);
    expect((await loadHealth()).map((r) => `${r.platform}/${r.pageType}/${r.problem}`)).toEqual([
      'amazon/product-reviews/no-items',
      'x/home/no-text',
    ]);
  });

  test("an 'ok' report clears the warning; an ok with nothing to clear writes nothing", async () => {
    await recordHealth(healthReport());
    await recordHealth(healthReport({ problem: 'ok', selector: undefined }));
    expect(await loadHealth()).toEqual([]);
    const listener = vi.fn();
    const stop = onHealthChanged(listener);
    await recordHealth(healthReport({ problem: 'ok', selector: undefined }));
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  test('concurrent reports for different page types are all kept', async () => {
    await Promise.all([
      recordHealth(healthReport({ pageType: 'home' })),
      recordHealth(healthReport({ pageType: 'search', url: 'https://x.com/search?q=acme' })),
      recordHealth(healthReport({ pageType: 'profile', url: 'https://x.com/acme' })),
    ]);
    expect((await loadHealth()).map((r) => r.pageType).sort()).toEqual(['home', 'profile', 'search']);
  });

  test('dismissHealth removes one key and notifies listeners', async () => {
    await recordHealth(healthReport({ pageType: 'home' }));
    await recordHealth(healthReport({ pageType: 'search', url: 'https://x.com/search?q=acme' }));
    const seen: string[][] = [];
    const stop = onHealthChanged((reports) => seen.push(reports.map((r) => r.pageType)));
    await dismissHealth('x/home');
    stop();
    expect(seen).toEqual([['search']]);
  });

  test('invalid stored entries are dropped, not thrown', async () => {
    await fakeBrowser.storage.local.set({
      [HEALTH_KEY]: { 'x/home': healthReport(), 'x/bad': { platform: 'myspace' }, 'x/ok': healthReport({ problem: 'ok' }) },
    });
    expect((await loadHealth()).map((r) => r.pageType)).toEqual(['home']);
    expect(salvageHealthMap('nonsense').value).toEqual({});
    expect(salvageHealthMap([healthReport()]).value).toEqual({});
  });

  test('recordHealth rejects a report that fails the schema', async () => {
    await expect(recordHealth({ ...healthReport(), url: 'not a url' })).rejects.toThrow();
    expect(await loadHealth()).toEqual([]);
  });
});
