// The options page's pack data: the site's permission is requested before anything is awaited
// (a user gesture does not survive an await), only then is the background asked to subscribe.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ToBackground } from '../../../lib/messaging.ts';
import { createPackData } from '../../../runtime/pack-data.ts';

beforeEach(() => fakeBrowser.reset());

describe('createPackData().subscribe', () => {
  test('asks for https://host/* synchronously, then sends packs/subscribe with the normalised address', async () => {
    const sent: ToBackground[] = [];
    const requestPermission = vi.fn(async () => true);
    const data = createPackData({
      requestPermission,
      send: async (m) => {
        sent.push(m);
        return { ok: true, attempt: { accepted: true, outcome: 'applied', packId: 'p', version: 3, issues: [] } };
      },
    });
    const pending = data.subscribe('https://Packs.Example.com/team/pack.json#x');
    expect(requestPermission).toHaveBeenCalledWith(['https://packs.example.com/*']);
    expect(sent).toEqual([]);
    expect(await pending).toEqual({ ok: true, attempt: { accepted: true, outcome: 'applied', packId: 'p', version: 3, issues: [] } });
    expect(sent).toEqual([{ type: 'packs/subscribe', url: 'https://packs.example.com/team/pack.json' }]);
  });

  test('permission refused: nothing is sent; a refusal from the background keeps its code', async () => {
    const send = vi.fn(async () => ({ ok: false, error: 'already subscribed to this address', code: 'already-subscribed' }));
    const denied = createPackData({ requestPermission: async () => false, send });
    expect(await denied.subscribe('https://packs.example.com/p.json')).toEqual({ ok: false, code: 'permission-denied', origin: 'https://packs.example.com' });
    expect(send).not.toHaveBeenCalled();
    const granted = createPackData({ requestPermission: async () => true, send });
    expect(await granted.subscribe('https://packs.example.com/p.json')).toEqual({ ok: false, code: 'already-subscribed' });
    expect(await granted.subscribe('ftp://packs.example.com/p.json')).toEqual({ ok: false, code: 'invalid-url' });
  });
});
