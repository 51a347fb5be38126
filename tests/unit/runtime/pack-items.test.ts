// The pack items in browser.storage: a damaged list keeps its readable entries — an approver key
// list that fell back to empty would silently accept unsigned packs.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { packKeysItem, packSubscriptionsItem } from '../../../runtime/pack-items.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const key = (c: string) => ({ keyId: c.repeat(43), jwk: { kty: 'EC', crv: 'P-256', x: c.repeat(43), y: c.repeat(43) }, addedAt: '2025-03-01T00:00:00.000Z' });

describe('pack items', () => {
  test('nothing stored: no keys, no subscriptions', async () => {
    expect(await packKeysItem.read()).toEqual({ value: [], problems: [] });
    expect(await packSubscriptionsItem.get()).toEqual([]);
  });

  test('one damaged key among good ones: the good ones stay pinned, the damage is named', async () => {
    await fakeBrowser.storage.local.set({ packKeys: [key('A'), { keyId: 'short', jwk: {} }, key('B')] });
    const read = await packKeysItem.read();
    expect(read.value.map((k) => k.keyId[0])).toEqual(['A', 'B']);
    expect(read.problems).toEqual([expect.stringMatching(/^\[1\] /)]);
  });

  test('a subscription with a non-https address is dropped, the others kept', async () => {
    await fakeBrowser.storage.local.set({
      packSubscriptions: [
        { url: 'http://old.example/p.json', addedAt: '2025-03-01T00:00:00.000Z', failures: 0 },
        { url: 'https://packs.example.com/p.json', addedAt: '2025-03-01T00:00:00.000Z' },
      ],
    });
    expect(await packSubscriptionsItem.get()).toEqual([{ url: 'https://packs.example.com/p.json', addedAt: '2025-03-01T00:00:00.000Z', failures: 0 }]);
  });
});
