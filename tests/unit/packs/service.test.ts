// The pack service as the background runs it: a subscription's pack kept through every kind of
// bad download, each failure visible on the subscription, with back-off; imports; pinned keys.
import { describe, expect, test } from 'vitest';
import {
  createPackSync,
  currentTemplates,
  subscriptionState,
  type AcceptedPack,
  type FetchLike,
  type PackStore,
  type PinnedKey,
  type Subscription,
} from '../../../lib/packs/index.ts';
import { approver, NOW, packText, signed, type PackObject, type Signer } from './fixtures.ts';

const URL_ = 'https://packs.example.com/voltpro.json';

function memoryStore(): PackStore & { packs: AcceptedPack[]; subs: Subscription[]; keys: PinnedKey[]; failPackSaves?: boolean } {
  const s = {
    packs: [] as AcceptedPack[],
    subs: [] as Subscription[],
    keys: [] as PinnedKey[],
    failPackSaves: false,
    loadPacks: async () => structuredClone(s.packs),
    savePacks: async (p: AcceptedPack[]) => {
      if (s.failPackSaves) throw new Error('QUOTA_BYTES quota exceeded');
      s.packs = structuredClone(p);
    },
    loadSubscriptions: async () => structuredClone(s.subs),
    saveSubscriptions: async (x: Subscription[]) => void (s.subs = structuredClone(x)),
    loadKeys: async () => structuredClone(s.keys),
    saveKeys: async (k: PinnedKey[]) => void (s.keys = structuredClone(k)),
  };
  return s;
}

/** A host whose answer the test sets; records the requests' If-None-Match. */
function host() {
  const h = {
    answer: (): Promise<Response> => Promise.resolve(new Response('', { status: 404 })),
    conditional: [] as (string | undefined)[],
    fetch: ((_url: string, init: RequestInit) => {
      h.conditional.push((init.headers as Record<string, string>)['if-none-match']);
      return h.answer();
    }) as FetchLike,
    serve(body: string, headers: Record<string, string> = { 'content-type': 'application/json', etag: '"1"' }, status = 200) {
      h.answer = () => Promise.resolve(new Response(status === 304 ? null : body, { status, headers }));
    },
  };
  return h;
}

function setup(o: { permission?: boolean } = {}) {
  const store = memoryStore();
  const server = host();
  let now = NOW;
  const sync = createPackSync({ store, fetch: server.fetch, hasPermission: async () => o.permission ?? true, now: () => now, timeoutMs: 100 });
  return { store, server, sync, tick: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)), now: () => now };
}

const v = (version: number, change: (p: PackObject) => void = () => {}) =>
  packText((p) => {
    p.version = version;
    change(p);
  });

describe('a subscription keeps the last good pack through every bad download', () => {
  let lena: Signer;

  test.each<[string, (s: ReturnType<typeof setup>) => Promise<void> | void, Record<string, unknown>]>([
    ['404', (s) => s.server.serve('Not found', { 'content-type': 'text/plain' }, 404), { code: 'http-status', status: 404 }],
    ['an HTML error page', (s) => s.server.serve('<!DOCTYPE html><h1>502 Bad Gateway</h1>', { 'content-type': 'text/html' }), { code: 'html' }],
    ['a timeout', (s) => void (s.server.answer = () => new Promise(() => undefined)), { code: 'timeout' }],
    ['invalid JSON', (s) => s.server.serve('{"format": "crisis-desk.pack/1", "id": '), { code: 'not-json' }],
    ['JSON that is not a pack', (s) => s.server.serve('{"templates": "none"}'), { code: 'invalid-pack' }],
    ['a huge body', (s) => s.server.serve(' '.repeat(3 * 1024 * 1024)), { code: 'too-large', limit: 2 * 1024 * 1024 }],
    ['a tampered pack', async (s) => s.server.serve((await signed(v(2), lena)).replace('free replacement', 'free upgrade')), { code: 'bad-signature' }],
    ['an unsigned pack', (s) => s.server.serve(v(2)), { code: 'unsigned' }],
    ['a replayed older version', async (s) => s.server.serve(await signed(v(1), lena)), { code: 'older-version', version: 1, current: 3 }],
    ['the same version with other content', async (s) => s.server.serve(await signed(v(3, (p) => (p.publisher = 'X')), lena)), { code: 'same-version' }],
    ['a network error', (s) => void (s.server.answer = () => Promise.reject(new TypeError('Failed to fetch'))), { code: 'network' }],
    ['the pack cannot be stored', async (s) => {
      s.server.serve(await signed(v(4), lena));
      s.store.failPackSaves = true;
    }, { code: 'storage' }],
  ])('%s: refused with its reason, the pack in use stays, back-off grows', async (_name, breakIt, problem) => {
    lena ??= await approver();
    const s = setup();
    s.store.keys = [lena.pinned];
    s.server.serve(await signed(v(3), lena));
    expect(await s.sync.subscribe(URL_)).toMatchObject({ ok: true, attempt: { accepted: true, outcome: 'applied', packId: 'voltpro-service', version: 3 } });
    const good = structuredClone(s.store.packs);
    const firstSuccess = s.store.subs[0]!.lastSuccessAt;
    expect(subscriptionState(s.store.subs[0]!)).toBe('ok');

    await breakIt(s);
    s.tick(61);
    const [attempt] = await s.sync.refreshDue();
    expect(attempt).toMatchObject({ accepted: false, problem: { ...problem, at: s.now().toISOString() } });
    expect(s.store.packs).toEqual(good);
    const sub = s.store.subs[0]!;
    expect(sub).toMatchObject({ lastSuccessAt: firstSuccess, lastError: problem, failures: 1, packId: 'voltpro-service' });
    expect(subscriptionState(sub)).toBe('failing');
    expect(currentTemplates(s.store.packs, s.store.keys).templates.map((t) => t.packVersion)).toEqual(Array(7).fill(3));

    // Not due again for 15 minutes, then 30 after the next failure.
    s.tick(14);
    expect(await s.sync.refreshDue()).toEqual([]);
    s.tick(1);
    expect(await s.sync.refreshDue()).toHaveLength(1);
    expect(s.store.subs[0]).toMatchObject({ failures: 2, nextAttemptAt: new Date(s.now().getTime() + 30 * 60_000).toISOString() });
  });

  test('304: If-None-Match sent with the stored ETag, "not modified" is a success', async () => {
    const s = setup();
    s.server.serve(v(1), { 'content-type': 'application/json', etag: '"abc"' });
    await s.sync.subscribe(URL_);
    s.server.serve('', {}, 304);
    s.tick(60);
    expect(await s.sync.refreshDue()).toEqual([{ accepted: true, outcome: 'not-modified', packId: 'voltpro-service', version: 1, issues: [] }]);
    expect(s.server.conditional).toEqual([undefined, '"abc"']);
    expect(s.store.subs[0]).toMatchObject({ lastOutcome: 'not-modified', failures: 0, etag: '"abc"' });
  });

  test('a refused body never stores its ETag (the next request downloads it again)', async () => {
    const s = setup();
    s.server.serve(v(2), { 'content-type': 'application/json', etag: '"good"' });
    await s.sync.subscribe(URL_);
    s.server.serve(v(1), { 'content-type': 'application/json', etag: '"old"' });
    await s.sync.refresh(URL_);
    expect(s.store.subs[0]).toMatchObject({ etag: '"good"', lastError: { code: 'older-version' } });
  });

  test('a new version is applied with its diff; then back to the hourly schedule', async () => {
    const s = setup();
    s.server.serve(v(1));
    await s.sync.subscribe(URL_);
    s.server.serve(v(2, (p) => ((p.templates[0]!.variants as Record<string, string>).en = 'Hi {{author.name}}, {{incident.summary}}')), { 'content-type': 'application/json', etag: '"2"' });
    s.tick(60);
    expect(await s.sync.refreshDue()).toMatchObject([{ accepted: true, outcome: 'applied', version: 2 }]);
    expect(s.store.packs[0]?.diff).toMatchObject({ fromVersion: 1, toVersion: 2, changed: [{ id: 'vp20k-holding-x', fields: ['variants'], languages: { changed: ['en'] } }] });
    expect(s.store.subs[0]?.nextAttemptAt).toBe(new Date(s.now().getTime() + 60 * 60_000).toISOString());
  });

  test('without the host permission nothing is fetched, and the subscription says why', async () => {
    const s = setup({ permission: false });
    s.server.serve(v(1));
    expect(await s.sync.subscribe(URL_)).toMatchObject({ ok: true, attempt: { accepted: false, problem: { code: 'no-permission', detail: 'https://packs.example.com' } } });
    expect(s.server.conditional).toEqual([]);
    expect(s.store.packs).toEqual([]);
  });

  test('addresses: https only, no credentials, no duplicates; unsubscribing drops its pack', async () => {
    const s = setup();
    for (const bad of ['http://packs.example.com/p.json', 'https://user:pw@packs.example.com/p.json', 'file:///etc/passwd', 'not a url']) {
      expect(await s.sync.subscribe(bad)).toMatchObject({ ok: false, code: 'invalid-url' });
    }
    s.server.serve(v(1));
    await s.sync.subscribe(`${URL_}#frag`);
    expect(s.store.subs.map((x) => x.url)).toEqual([URL_]);
    expect(await s.sync.subscribe(URL_)).toMatchObject({ ok: false, code: 'already-subscribed' });
    await s.sync.importFile('other.json', v(1, (p) => (p.id = 'from-a-file')));
    await s.sync.unsubscribe(URL_);
    expect(s.store.subs).toEqual([]);
    expect(s.store.packs.map((p) => p.packId)).toEqual(['from-a-file']);
  });
});

describe('imports and keys', () => {
  test('an imported file follows the same rules; pinning and unpinning re-check what is stored', async () => {
    const lena = await approver();
    const s = setup();
    expect(await s.sync.importFile('pack.json', await signed(v(2), lena))).toMatchObject({ accepted: true, outcome: 'applied', version: 2 });
    expect(await s.sync.importFile('old.json', v(1))).toMatchObject({ accepted: false, problem: { code: 'older-version' } });

    expect(await s.sync.pinKey(lena.pinned.jwk, ' Lena (Legal) ')).toEqual({ ok: true, keyId: lena.keyId });
    expect(s.store.keys).toEqual([{ keyId: lena.keyId, jwk: lena.pinned.jwk, label: 'Lena (Legal)', addedAt: NOW.toISOString() }]);
    expect(s.store.packs[0]?.verifiedKeyId).toBe(lena.keyId);
    expect(await s.sync.importFile('unsigned.json', v(3))).toMatchObject({ accepted: false, problem: { code: 'unsigned' } });

    await s.sync.unpinKey(lena.keyId);
    expect(s.store.keys).toEqual([]);
    expect(s.store.packs[0]?.verifiedKeyId).toBeUndefined();
    expect(await s.sync.pinKey({ ...lena.pinned.jwk, y: lena.pinned.jwk.x }, 'bad')).toMatchObject({ ok: false, code: 'invalid-key' });
  });

  test('messages: each type reaches its operation', async () => {
    const s = setup();
    s.server.serve(v(1));
    expect(await s.sync.handle({ type: 'packs/subscribe', url: URL_ })).toMatchObject({ ok: true, attempt: { accepted: true } });
    expect(await s.sync.handle({ type: 'packs/refresh' })).toMatchObject({ ok: true, attempts: [{ accepted: true, outcome: 'unchanged' }] });
    expect(await s.sync.handle({ type: 'packs/import', name: 'p.json', text: v(1, (p) => (p.id = 'file-pack')) })).toMatchObject({ ok: true, attempt: { accepted: true } });
    expect(await s.sync.handle({ type: 'packs/remove', packId: 'file-pack' })).toEqual({ ok: true });
    expect(await s.sync.handle({ type: 'packs/unsubscribe', url: URL_ })).toEqual({ ok: true });
    expect(s.store.packs).toEqual([]);
  });
});
