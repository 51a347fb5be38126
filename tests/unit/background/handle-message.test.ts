import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { getMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { DEFAULT_SETTINGS, IngestReplySchema, type AdapterHealth, type Analysis, type Mention, type PipelineStatus } from '../../../lib/schema.ts';

/** A transparent stand-in analyser: the router's job is validation, storage and broadcasting,
 * which must not depend on the real analyser's verdicts. */
function stubAnalyze(m: Mention): Analysis {
  const neg = /broken|never arrived/i.test(m.text);
  return { lang: 'en', langConfidence: 0.9, sentiment: { score: neg ? -0.8 : 0.1, label: neg ? 'negative' : 'neutral' }, analyzer: 'stub' };
}

const mention = (id: string, text: string): Mention => ({
  id: `x:${id}`,
  platform: 'x',
  permalink: `https://x.com/someone/status/${id}`,
  authorHandle: 'someone',
  text,
  postedAt: '2025-02-14T10:00:00.000Z',
});

const page = { url: 'https://x.com/home', platform: 'x', pageType: 'home' } as const;

let db: CrisisDb;
let events: { changed: string[][]; verdicts: unknown[][]; health: AdapterHealth[]; status: Partial<PipelineStatus>[]; badge: number };
let deps: BackgroundDeps;

beforeEach(async () => {
  const factory = new IDBFactory();
  db = await openCrisisDb(factory);
  events = { changed: [], verdicts: [], health: [], status: [], badge: 0 };
  deps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: stubAnalyze,
    recordHealth: async (r) => void events.health.push(r),
    setPipelineStatus: async (p) => void events.status.push(p),
    broadcastChanged: (ids) => void events.changed.push(ids),
    broadcastVerdicts: (v) => void events.verdicts.push(v),
    refreshBadge: () => void (events.badge += 1),
    now: () => new Date('2025-02-15T00:00:00.000Z'),
    extensionId: 'ext-id',
    log: () => undefined,
  };
});

const fromUs = { id: 'ext-id', tab: { id: 3 } };

describe('handleMessage', () => {
  test('ingest stores, replies with verdicts, broadcasts and refreshes the badge', async () => {
    const reply = await handleMessage(
      { type: 'mentions/ingest', page, mentions: [mention('1', 'it is broken'), mention('2', 'nice day')] },
      fromUs,
      deps,
    );
    expect(reply).toMatchObject({ ok: true, stored: 2, rejected: [] });
    const { verdicts } = IngestReplySchema.parse(reply);
    expect(verdicts.map((v) => [v.id, v.flagged])).toEqual([
      ['x:1', true],
      ['x:2', false],
    ]);
    expect(events.changed).toEqual([['x:1', 'x:2']]);
    expect(events.badge).toBe(1);
    const [one] = await getMentions(db, ['x:1']);
    expect(one?.status).toBe('open');
    expect(events.status.at(-1)).toEqual({ lastError: undefined });
  });

  test('refuses messages from another extension or a web page', async () => {
    const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [] }, { id: 'someone-else' }, deps);
    expect(reply).toEqual({ ok: false, error: 'unknown sender', code: 'sender' });
    const noId = await handleMessage({ type: 'mentions/ingest', page, mentions: [] }, {}, deps);
    expect(noId.ok).toBe(false);
  });

  test.each([
    ['an unknown type', { type: 'nope' }],
    ['no type', { mentions: [] }],
    ['a string', 'hello'],
    ['null', null],
    ['an ingest with a bad page', { type: 'mentions/ingest', page: { url: 'not a url' }, mentions: [] }],
  ])('refuses %s with a clear error', async (_name, msg) => {
    const reply = await handleMessage(msg, fromUs, deps);
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
  });

  test('one bad mention does not sink the batch', async () => {
    const reply = await handleMessage(
      { type: 'mentions/ingest', page, mentions: [{ id: 'bogus' }, mention('5', 'never arrived')] },
      fromUs,
      deps,
    );
    expect(reply).toMatchObject({ ok: true, stored: 1 });
    expect(IngestReplySchema.parse(reply).rejected.map((r) => r.index)).toEqual([0]);
  });

  describe('mentions are checked against the page that sent them (lib/platforms/mention-origin.ts)', () => {
    const xTab = { id: 'ext-id', tab: { id: 4, url: 'https://x.com/home' }, url: 'https://x.com/home' };
    const amazonTab = { id: 'ext-id', tab: { id: 5, url: 'https://www.amazon.de/dp/000004458X' }, url: 'https://www.amazon.de/dp/000004458X' };

    test('a permalink on a foreign host is rejected with its reason; the rest is stored and broadcast', async () => {
      const forged = { ...mention('31', 'broken'), permalink: 'https://x.com.evil.tld/someone/status/31' };
      const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('30', 'broken'), forged, mention('32', 'fine')] }, xTab, deps);
      expect(reply).toMatchObject({ ok: true, stored: 2, rejected: [{ index: 1, error: 'permalink: x.com.evil.tld is not an X host' }] });
      expect((await getMentions(db, ['x:30', 'x:31', 'x:32'])).map((m) => m?.id)).toEqual(['x:30', undefined, 'x:32']);
      expect(events.changed).toEqual([['x:30', 'x:32']]);
    });

    test("X mentions from an Amazon tab are rejected, one by one; nothing is stored or broadcast", async () => {
      const reply = await handleMessage(
        { type: 'mentions/ingest', page: { ...page, url: 'https://x.com/search?q=acme' }, mentions: [mention('40', 'broken'), mention('41', 'fine')] },
        amazonTab,
        deps,
      );
      expect(reply).toEqual({
        ok: true,
        verdicts: [],
        stored: 0,
        duplicates: 0,
        rejected: [
          { index: 0, error: 'sender: www.amazon.de is not an X host' },
          { index: 1, error: 'sender: www.amazon.de is not an X host' },
        ],
      });
      expect(await getMentions(db, ['x:40', 'x:41'])).toEqual([undefined, undefined]);
      expect(events.changed).toEqual([]);
      expect(events.badge).toBe(0);
    });

    test("the tab's URL is used when the browser gives no frame URL", async () => {
      const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('50', 'broken')] }, { id: 'ext-id', tab: amazonTab.tab }, deps);
      expect(reply).toMatchObject({ ok: true, stored: 0, rejected: [{ index: 0, error: 'sender: www.amazon.de is not an X host' }] });
    });

    test('the frame that sent the batch counts over its tab', async () => {
      // Our content scripts run in top frames only, so the two agree in practice; the frame is
      // the document whose content script built the batch.
      const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('51', 'broken')] }, { ...amazonTab, url: 'https://x.com/home' }, deps);
      expect(reply).toMatchObject({ ok: true, stored: 1, rejected: [] });
    });

    test('our own extension pages may send mentions (the e2e harness replays from the side panel)', async () => {
      const panel = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
      const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('60', 'broken')] }, panel, deps);
      expect(reply).toMatchObject({ ok: true, stored: 1, rejected: [] });
    });
  });

  test('set-status updates the store and tells panels and tabs', async () => {
    await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('9', 'broken')] }, fromUs, deps);
    const reply = await handleMessage({ type: 'mention/set-status', id: 'x:9', status: 'handled' }, fromUs, deps);
    expect(reply).toEqual({ ok: true });
    const [m] = await getMentions(db, ['x:9']);
    expect(m?.status).toBe('handled');
    expect(m?.statusChangedAt).toBe('2025-02-15T00:00:00.000Z');
    expect(events.verdicts.at(-1)).toEqual([{ id: 'x:9', flagged: true, label: 'negative', score: -0.8, lang: 'en', status: 'handled' }]);
    const missing = await handleMessage({ type: 'mention/set-status', id: 'x:404', status: 'handled' }, fromUs, deps);
    expect(missing).toMatchObject({ ok: false, code: 'not-found' });
  });

  test('adapter health reports are recorded', async () => {
    const report = { platform: 'x', pageType: 'home', url: 'https://x.com/home', problem: 'no-text', selector: 'article', containers: 3, extracted: 0, at: '2025-02-15T00:00:00.000Z' };
    expect(await handleMessage({ type: 'adapter/health', report }, fromUs, deps)).toEqual({ ok: true });
    expect(events.health).toEqual([report]);
  });

  test('a storage failure is reported to the sender and kept for the panel', async () => {
    deps.getDb = async () => {
      // A db whose writes fail as a full disk would.
      const failing = Object.create(db) as CrisisDb;
      failing.transaction = (() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }) as CrisisDb['transaction'];
      return failing;
    };
    const reply = await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('11', 'broken')] }, fromUs, deps);
    expect(reply).toMatchObject({ ok: false, code: 'quota' });
    expect(events.status.at(-1)?.lastError?.code).toBe('quota');
  });

  test('verdicts query returns what is stored', async () => {
    await handleMessage({ type: 'mentions/ingest', page, mentions: [mention('21', 'broken')] }, fromUs, deps);
    const reply = await handleMessage({ type: 'mentions/verdicts', ids: ['x:21', 'x:22'] }, fromUs, deps);
    expect(reply).toMatchObject({ ok: true, verdicts: [{ id: 'x:21', flagged: true }] });
  });
});
