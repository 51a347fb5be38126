// The pack-sync job as the background wires it: packs/* messages from extension pages reach the
// job (content scripts are refused), subscriptions are stored in browser.storage and refreshed on
// the alarm, and currentPackTemplates() — what the replies UI reads — follows. WXT's fake browser
// stands in for storage; fetch and the permission check are stubbed.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { createBrowserPackSync, packSyncJob, PACK_SYNC_ALARM } from '../../../entrypoints/background/pack-job.ts';
import { createJobs } from '../../../lib/jobs.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import { acceptedPacksItem, packKeysItem, packSubscriptionsItem } from '../../../runtime/pack-items.ts';
import { approvedTemplates, currentPackTemplates } from '../../../runtime/pack-templates.ts';
import { approver, EXAMPLE_PACK_TEXT, packText, signed } from '../packs/fixtures.ts';

const URL_ = 'https://packs.example.com/voltpro.json';
let now = new Date('2025-03-20T12:00:00.000Z');
let served: () => Response;
const requested: string[] = [];

function deps(): BackgroundDeps {
  const jobs = createJobs([packSyncJob(createBrowserPackSync({ now: () => now, log: () => undefined }))], ({ error }) => {
    throw error;
  });
  return {
    getDb: () => Promise.reject(new Error('no db in this test')),
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: () => {
      throw new Error('not used');
    },
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: () => undefined,
    broadcastVerdicts: () => undefined,
    refreshBadge: () => undefined,
    now: () => now,
    extensionId: 'ext-id',
    log: () => undefined,
    jobs,
  };
}

const optionsPage = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 4, url: 'chrome-extension://ext-id/options.html' } };
const contentScript = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 5, url: 'https://x.com/home' } };

beforeEach(() => {
  fakeBrowser.reset();
  now = new Date('2025-03-20T12:00:00.000Z');
  requested.length = 0;
  served = () => new Response(packText((p) => (p.version = 2)), { headers: { 'content-type': 'application/json', etag: '"2"' } });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => o === 'https://packs.example.com/*'));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      requested.push(input);
      // The bundled example pack, as the extension serves public/.
      if (input.endsWith('/examples/pack.json')) return new Response(EXAMPLE_PACK_TEXT);
      return served();
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('pack-sync job', () => {
  test('first run: the bundled example pack is what the replies UI reads', async () => {
    const current = await currentPackTemplates();
    expect(current).toMatchObject({ fallback: true, keysPinned: false });
    expect(approvedTemplates(current)).toHaveLength(6);
  });

  test('subscribe from the options page: stored, fetched, applied; the replies UI sees version 2', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'packs/subscribe', url: URL_ }, optionsPage, d);
    expect(reply).toMatchObject({ ok: true, attempt: { accepted: true, outcome: 'applied', version: 2 } });
    expect(await packSubscriptionsItem.get()).toMatchObject([{ url: URL_, etag: '"2"', lastOutcome: 'applied', packId: 'voltpro-service' }]);
    const current = await currentPackTemplates();
    expect(current.fallback).toBe(false);
    expect(new Set(current.templates.map((t) => t.packVersion))).toEqual(new Set([2]));
    expect(requested).toContain(URL_);
  });

  test('a content script cannot send pack messages', async () => {
    const reply = await handleMessage({ type: 'packs/subscribe', url: URL_ }, contentScript, deps());
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
    expect(await packSubscriptionsItem.get()).toEqual([]);
  });

  test('the alarm refreshes what is due; a broken download keeps the last good pack and records why', async () => {
    const d = deps();
    await handleMessage({ type: 'packs/subscribe', url: URL_ }, optionsPage, d);
    const good = await acceptedPacksItem.get();
    served = () => new Response('<!doctype html><p>Service unavailable', { status: 200, headers: { 'content-type': 'text/html' } });
    now = new Date(now.getTime() + 61 * 60_000);
    await d.jobs!.dispatch({ kind: 'alarm', name: PACK_SYNC_ALARM });
    expect(await acceptedPacksItem.get()).toEqual(good);
    expect((await packSubscriptionsItem.get())[0]).toMatchObject({ lastError: { code: 'html' }, failures: 1 });
  });

  test('pinning a key (JWK from the page) stops an unsigned pack; the same pack signed is taken and used', async () => {
    const d = deps();
    await handleMessage({ type: 'packs/subscribe', url: URL_ }, optionsPage, d);
    const lena = await approver();
    expect(await handleMessage({ type: 'packs/pin-key', jwk: lena.pinned.jwk, label: 'Lena' }, optionsPage, d)).toEqual({ ok: true, keyId: lena.keyId });
    expect(await packKeysItem.get()).toMatchObject([{ keyId: lena.keyId, label: 'Lena' }]);
    expect(await currentPackTemplates()).toMatchObject({ templates: [], unused: [{ packId: 'voltpro-service', why: 'unsigned' }], keysPinned: true });

    const signedText = await signed(packText((p) => (p.version = 2)), lena);
    served = () => new Response(signedText, { headers: { 'content-type': 'application/json', etag: '"2s"' } });
    expect(await handleMessage({ type: 'packs/refresh', url: URL_ }, optionsPage, d)).toMatchObject({ ok: true, attempts: [{ accepted: true, outcome: 'verified' }] });
    expect(approvedTemplates(await currentPackTemplates())).toHaveLength(6);
  });

  test('a malformed pack message is not a pack message', async () => {
    expect(await handleMessage({ type: 'packs/subscribe', url: 'http://insecure.example/p.json' }, optionsPage, deps())).toMatchObject({ ok: false, code: 'invalid' });
  });
});
