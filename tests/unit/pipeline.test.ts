import { createHash } from 'node:crypto';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getMentions, pruneMentions, putMentions, setMentionStatus } from '../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../lib/db/open.ts';
import { ingestBatch, type IngestDeps } from '../../lib/pipeline.ts';
import {
  DEFAULT_SETTINGS,
  MAX_BATCH,
  MAX_TEXT_CHARS,
  SettingsSchema,
  type Analysis,
  type Mention,
  type Settings,
} from '../../lib/schema.ts';
import { mention, stored } from './db/fixtures.ts';
import { fnv1a32 } from '../../lib/export/text-hash.ts';

/** The text hash the ingest stores: node:crypto's SHA-256 of the UTF-8 bytes, FNV-1a of the text. */
const textHash = (text: string) => ({ sha256: createHash('sha256').update(text, 'utf8').digest('hex'), fnv1a: fnv1a32(text) });

const NOW = new Date('2025-06-10T09:00:00.000Z');
const LATER = new Date('2025-06-11T10:00:00.000Z');
const PAGE = { url: 'https://x.com/home', platform: 'x', pageType: 'timeline' } as const;

/** A stand-in analyser: 'broken' is negative, 'late' a delivery complaint, the rest neutral. */
function stubAnalyze(m: Mention, _s: Settings): Analysis {
  const negative = /broken/i.test(m.text);
  const late = /late/i.test(m.text);
  return {
    lang: 'en',
    langConfidence: 0.9,
    sentiment: negative ? { score: -0.7, label: 'negative' } : { score: 0, label: 'neutral' },
    ...(late ? { complaint: { categories: ['delivery'], evidence: [] } } : {}),
    analyzer: 'stub@1',
  };
}

function ingestMessage(mentions: unknown[]): unknown {
  return { type: 'mentions/ingest', page: PAGE, mentions };
}

let db: CrisisDb;
let analyze: ReturnType<typeof vi.fn<(m: Mention, s: Settings) => Analysis>>;
function deps(over: Partial<IngestDeps> = {}): IngestDeps {
  return { db, analyze, settings: DEFAULT_SETTINGS, now: NOW, ...over };
}

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  analyze = vi.fn(stubAnalyze);
});
afterEach(() => db.close());

describe('ingestBatch: messages', () => {
  test.each<[string, unknown]>([
    ['a message from nowhere', { type: 'nope' }],
    ['null', null],
    ['a string', 'mentions/ingest'],
    ['no page', { type: 'mentions/ingest', mentions: [] }],
    ['mentions not an array', { type: 'mentions/ingest', page: PAGE, mentions: {} }],
    ['more than MAX_BATCH mentions', ingestMessage(Array.from({ length: MAX_BATCH + 1 }, (_, i) => mention(i)))],
  ])('%s is refused as a whole', async (_name, msg) => {
    const reply = await ingestBatch(msg, deps());
    expect(reply).toMatchObject({ ok: false, code: 'bad-message' });
    expect(reply.ok === false && reply.error.startsWith('not a valid ingest message: ')).toBe(true);
    expect(analyze).not.toHaveBeenCalled();
  });

  test('exact error for a message from nowhere', async () => {
    expect(await ingestBatch({ type: 'nope' }, deps())).toEqual({
      ok: false,
      error: 'not a valid ingest message: type: Invalid input: expected "mentions/ingest" (+2 more)',
      code: 'bad-message',
    });
  });

  test('an empty batch is fine and touches nothing', async () => {
    expect(await ingestBatch(ingestMessage([]), deps())).toEqual({ ok: true, verdicts: [], stored: 0, duplicates: 0, rejected: [] });
  });
});

describe('ingestBatch: new mentions', () => {
  test('stores new mentions with analysis, flag, status open and capture time; replies with verdicts', async () => {
    const a = mention(1, { text: 'my order is broken', postedAt: '2025-06-09T20:00:00.000Z', authorHandle: 'ann' });
    const b = mention(2, { text: 'lovely weather' });
    const reply = await ingestBatch(ingestMessage([a, b]), deps());
    expect(reply).toEqual({
      ok: true,
      verdicts: [
        { id: a.id, flagged: true, label: 'negative', score: -0.7, lang: 'en', status: 'open' },
        { id: b.id, flagged: false, label: 'neutral', score: 0, lang: 'en', status: 'open' },
      ],
      stored: 2,
      duplicates: 0,
      rejected: [],
    });
    const [rowA, rowB] = await getMentions(db, [a.id, b.id]);
    expect(rowA).toEqual({
      ...a,
      pageUrl: 'https://x.com/home',
      pageType: 'timeline',
      analysis: stubAnalyze(a, DEFAULT_SETTINGS),
      flagged: 1,
      flagReasons: ['negative'],
      watchMatches: [],
      status: 'open',
      capturedAt: '2025-06-10T09:00:00.000Z',
      sortAt: '2025-06-09T20:00:00.000Z',
      activityAt: '2025-06-10T09:00:00.000Z',
      textHash: textHash('my order is broken'),
    });
    // No postedAt: sorted by capture time.
    expect(rowB).toMatchObject({ flagged: 0, flagReasons: [], sortAt: '2025-06-10T09:00:00.000Z' });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  test('without WebCrypto the mention is still stored, without a text hash (the export hashes it)', async () => {
    const a = mention(1, { text: 'my order is broken' });
    const failing = async (): Promise<string[]> => {
      throw new Error('crypto.subtle is not available');
    };
    expect(await ingestBatch(ingestMessage([a]), deps({ sha256: failing }))).toMatchObject({ ok: true, stored: 1 });
    const [row] = await getMentions(db, [a.id]);
    expect(row).toMatchObject({ id: a.id, text: a.text, flagged: 1 });
    expect(row).not.toHaveProperty('textHash');
  });

  test('the adapter’s own pageUrl/pageType win over the batch page', async () => {
    const a = mention(1, { pageUrl: 'https://x.com/search?q=acme', pageType: 'search' });
    await ingestBatch(ingestMessage([a]), deps());
    expect((await getMentions(db, [a.id]))[0]).toMatchObject({ pageUrl: 'https://x.com/search?q=acme', pageType: 'search' });
  });

  test('watch settings decide the flag', async () => {
    const settings = SettingsSchema.parse({ brands: ['Acme'] });
    const a = mention(1, { text: 'my Acme kettle arrived broken' });
    const b = mention(2, { text: 'my other kettle arrived broken' });
    const reply = await ingestBatch(ingestMessage([a, b]), deps({ settings }));
    expect(reply.ok && reply.verdicts.map((v) => v.flagged)).toEqual([true, false]);
    const [rowA, rowB] = await getMentions(db, [a.id, b.id]);
    expect(rowA).toMatchObject({ flagged: 1, flagReasons: ['negative', 'watch:brand:acme'], watchMatches: ['Acme'] });
    expect(rowB).toMatchObject({ flagged: 0, flagReasons: [], watchMatches: [] });
  });
});

describe('ingestBatch: bad items', () => {
  test('bad items are rejected by index with a short error; the rest are stored', async () => {
    const good1 = mention(1, { text: 'late again' });
    const good2 = mention(2);
    const reply = await ingestBatch(
      ingestMessage([good1, { id: 'nope' }, 42, { ...mention(3), permalink: 'not a url' }, good2]),
      deps(),
    );
    expect(reply).toEqual({
      ok: true,
      verdicts: [
        // Flagged for its complaint phrase, not its sentiment: the verdict says which category.
        { id: good1.id, flagged: true, label: 'neutral', score: 0, lang: 'en', status: 'open', categories: ['delivery'] },
        { id: good2.id, flagged: false, label: 'neutral', score: 0, lang: 'en', status: 'open' },
      ],
      stored: 2,
      duplicates: 0,
      rejected: [
        { index: 1, error: 'id: Invalid string: must match pattern /^(x:\\d{1,25}|amazon:[A-Z0-9]{6,20})$/ (+3 more)' },
        { index: 2, error: '(root): Invalid input: expected object, received number' },
        { index: 3, error: 'permalink: Invalid URL' },
      ],
    });
    expect((await getMentions(db, [good1.id]))[0]?.flagReasons).toEqual(['complaint:delivery']);
  });

  test('100 KB of text is cut to MAX_TEXT_CHARS and marked truncated; the item is stored', async () => {
    // A 100 KB review is still a complaint: the pipeline cuts over-long text from any sender
    // (lib/text-limit.ts) before the schema's length check, instead of dropping the item.
    const huge = mention(1, { text: 'broken '.repeat(15_000).slice(0, 100_000) });
    const atLimit = mention(2, { text: 'b'.repeat(MAX_TEXT_CHARS), truncated: true });
    const reply = await ingestBatch(ingestMessage([huge, atLimit]), deps());
    expect(reply).toMatchObject({ ok: true, stored: 2, rejected: [] });
    const [rowHuge, rowAtLimit] = await getMentions(db, [huge.id, atLimit.id]);
    expect(rowHuge?.text).toHaveLength(MAX_TEXT_CHARS);
    expect(rowHuge?.truncated).toBe(true);
    expect(rowAtLimit?.text).toHaveLength(MAX_TEXT_CHARS);
    expect(rowAtLimit?.truncated).toBe(true);
  });

  test('an item the analyser throws on is rejected; the batch goes on', async () => {
    analyze.mockImplementation((m, s) => {
      if (m.text.includes('poison')) throw new TypeError('cannot read x');
      return stubAnalyze(m, s);
    });
    const reply = await ingestBatch(ingestMessage([mention(1, { text: 'poison' }), mention(2)]), deps());
    expect(reply).toMatchObject({
      ok: true,
      stored: 1,
      duplicates: 0,
      rejected: [{ index: 0, error: 'analysis failed: TypeError: cannot read x' }],
    });
    expect(reply.ok && reply.verdicts.map((v) => v.id)).toEqual([mention(2).id]);
  });

  test('an analysis that breaks its schema is rejected, not stored', async () => {
    analyze.mockImplementation((m, s) => ({ ...stubAnalyze(m, s), lang: 'english' }));
    const reply = await ingestBatch(ingestMessage([mention(1)]), deps());
    expect(reply).toMatchObject({
      ok: true,
      stored: 0,
      rejected: [{ index: 0, error: 'analysis invalid: lang: Invalid string: must match pattern /^([a-z]{2}|und)$/' }],
    });
    expect(await getMentions(db, [mention(1).id])).toEqual([undefined]);
  });
});

describe('ingestBatch: where mentions come from (platforms/mention-origin.ts)', () => {
  const AMAZON_PAGE = { url: 'https://www.amazon.de/dp/000004458X', platform: 'amazon', pageType: 'product-page' } as const;

  test('a permalink on a foreign host is rejected with its reason; the rest of the batch is stored', async () => {
    const good = mention(1);
    const reviewFromX = mention(2, { platform: 'amazon', pageUrl: 'https://www.amazon.com/dp/B09PZG4R17' });
    const reply = await ingestBatch(
      ingestMessage([
        good,
        mention(3, { permalink: 'https://x.com.evil.tld/user3/status/1000003' }),
        mention(4, { permalink: 'javascript:alert(document.cookie)' }),
        mention(5, { permalink: 'https://x.com@evil.tld/' }),
        reviewFromX,
      ]),
      deps({ senderUrl: 'https://x.com/home' }),
    );
    // A review whose own links are Amazon's, but sent from x.com.
    expect(reply).toMatchObject({
      ok: true,
      stored: 1,
      duplicates: 0,
      rejected: [
        { index: 1, error: 'permalink: x.com.evil.tld is not an X host' },
        { index: 2, error: 'permalink: javascript: is not http(s)' },
        { index: 3, error: 'permalink: has a user name or password' },
        { index: 4, error: 'sender: x.com is not an Amazon host' },
      ],
    });
    expect((await getMentions(db, [good.id, mention(3).id, reviewFromX.id])).map((m) => m?.id)).toEqual([good.id, undefined, undefined]);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test("mentions from the wrong platform's tab are rejected, even with a forged pageUrl; the page's own are stored", async () => {
    const review = mention(1, { platform: 'amazon', permalink: 'https://www.amazon.de/gp/customer-reviews/R00000001' });
    const xPost = mention(2, { pageUrl: 'https://x.com/home' });
    const reply = await ingestBatch(
      { type: 'mentions/ingest', page: AMAZON_PAGE, mentions: [review, xPost] },
      deps({ senderUrl: AMAZON_PAGE.url }),
    );
    expect(reply).toMatchObject({ ok: true, stored: 1, rejected: [{ index: 1, error: 'sender: www.amazon.de is not an X host' }] });
    expect((await getMentions(db, [review.id, xPost.id])).map((m) => m?.id)).toEqual([review.id, undefined]);
  });

  test("the batch's page fills in pageUrl and is checked as the mention's own", async () => {
    // An X post without a pageUrl in a batch that says it comes from amazon.de.
    const reply = await ingestBatch({ type: 'mentions/ingest', page: AMAZON_PAGE, mentions: [mention(1)] }, deps());
    expect(reply).toMatchObject({ ok: true, stored: 0, rejected: [{ index: 0, error: 'pageUrl: www.amazon.de is not an X host' }] });
  });

  test('from our own extension page (the e2e harness replays from the side panel) mentions of any platform are stored', async () => {
    const reply = await ingestBatch(
      ingestMessage([mention(1), mention(2, { platform: 'amazon', pageUrl: AMAZON_PAGE.url })]),
      deps({ senderUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/sidepanel.html' }),
    );
    expect(reply).toMatchObject({ ok: true, stored: 2, rejected: [] });
  });

  test('stored + duplicates + rejected is still the batch size', async () => {
    const items = [mention(1), mention(1), mention(2, { permalink: 'https://evilx.com/a/status/2' }), mention(3)];
    const reply = await ingestBatch(ingestMessage(items), deps({ senderUrl: 'https://twitter.com/home' }));
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.stored + reply.duplicates + reply.rejected.length).toBe(items.length);
    expect(reply).toMatchObject({ stored: 2, duplicates: 1, rejected: [{ index: 2, error: 'permalink: evilx.com is not an X host' }] });
  });
});

describe('ingestBatch: duplicates', () => {
  test('the same id twice in one batch: the last capture wins, one write, a verdict per item', async () => {
    const short = mention(1, { text: 'parcel is…', truncated: true });
    const full = mention(1, { text: 'parcel is broken and late' });
    const reply = await ingestBatch(ingestMessage([short, mention(2), full]), deps());
    expect(reply).toMatchObject({ ok: true, stored: 2, duplicates: 1, rejected: [] });
    expect(reply.ok && reply.verdicts.map((v) => [v.id, v.flagged])).toEqual([
      [full.id, true],
      [mention(2).id, false],
      [full.id, true],
    ]);
    const [row] = await getMentions(db, [full.id]);
    expect(row?.text).toBe('parcel is broken and late');
    expect(row?.truncated).toBeUndefined();
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  test('an already stored mention with the same text keeps status and capture time and is not re-analysed', async () => {
    const a = mention(1, { text: 'broken' });
    await ingestBatch(ingestMessage([a]), deps());
    await setMentionStatus(db, a.id, 'handled', LATER);
    analyze.mockClear();

    const reply = await ingestBatch(ingestMessage([a]), deps({ now: LATER }));
    expect(reply).toEqual({
      ok: true,
      verdicts: [{ id: a.id, flagged: true, label: 'negative', score: -0.7, lang: 'en', status: 'handled' }],
      stored: 0,
      duplicates: 1,
      rejected: [],
    });
    expect(analyze).not.toHaveBeenCalled();
    expect((await getMentions(db, [a.id]))[0]).toMatchObject({
      status: 'handled',
      statusChangedAt: '2025-06-11T10:00:00.000Z',
      capturedAt: '2025-06-10T09:00:00.000Z',
    });
  });

  test('"Show more" expanded: text and analysis are updated, status and capture time kept', async () => {
    const short = mention(1, { text: 'I waited two weeks and…', truncated: true, authorHandle: 'ann' });
    await ingestBatch(ingestMessage([short]), deps());
    await setMentionStatus(db, short.id, 'dismissed', LATER);

    const expanded = mention(1, { text: 'I waited two weeks and it arrived broken' });
    const reply = await ingestBatch(ingestMessage([expanded]), deps({ now: LATER }));
    expect(reply).toEqual({
      ok: true,
      verdicts: [{ id: short.id, flagged: true, label: 'negative', score: -0.7, lang: 'en', status: 'dismissed' }],
      stored: 1,
      duplicates: 0,
      rejected: [],
    });
    const [row] = await getMentions(db, [short.id]);
    expect(row).toEqual({
      ...expanded,
      authorHandle: 'ann', // the new capture lacked it: kept
      pageUrl: 'https://x.com/home',
      pageType: 'timeline',
      analysis: stubAnalyze(expanded, DEFAULT_SETTINGS),
      flagged: 1,
      flagReasons: ['negative'],
      watchMatches: [],
      status: 'dismissed',
      statusChangedAt: '2025-06-11T10:00:00.000Z',
      capturedAt: '2025-06-10T09:00:00.000Z',
      sortAt: '2025-06-10T09:00:00.000Z',
      // The new text is activity: retention ages the row from this capture.
      activityAt: LATER.toISOString(),
      // The hash of the new text, not the one stored with the short text.
      textHash: textHash('I waited two weeks and it arrived broken'),
    });
  });

  test('a damaged stored row with the same id is replaced by a fresh one', async () => {
    await db.put('mentions', { ...stored(1), analysis: { lang: 'nope' } } as never);
    const reply = await ingestBatch(ingestMessage([mention(1, { text: 'broken' })]), deps());
    expect(reply).toMatchObject({ ok: true, stored: 1, duplicates: 0 });
    expect((await getMentions(db, [mention(1).id]))[0]).toMatchObject({ status: 'open', flagged: 1 });
  });
});

/** A db whose readwrite transactions fail on the n-th put, the way a full disk does. */
function failingDb(real: CrisisDb, failOnPut: number, how: 'throw' | 'abort'): CrisisDb {
  const bind = <T extends object>(target: T, overrides: Record<string, unknown>): T =>
    new Proxy(target, {
      get(t, prop) {
        if (typeof prop === 'string' && prop in overrides) return overrides[prop];
        const v: unknown = Reflect.get(t, prop, t);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
  return bind(real, {
    transaction: (storeNames: 'mentions' | ('mentions' | 'surge-pending')[], mode?: IDBTransactionMode) => {
      if (mode !== 'readwrite') return real.transaction(storeNames as 'mentions', mode);
      const tx = real.transaction(storeNames as ('mentions' | 'surge-pending')[], 'readwrite');
      let puts = 0;
      // Puts are counted across the transaction's stores (mentions and surge-pending markers).
      const objectStore = (name: 'mentions' | 'surge-pending') => {
        const real = tx.objectStore(name);
        return bind(real, {
          put: (value: never) => {
            puts++;
            if (puts < failOnPut) return real.put(value);
            const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            if (how === 'throw') throw quota;
            // As in a browser, the failed request aborts the transaction after the current task's
            // other requests were queued (unless the pipeline, seeing the rejection, aborted first).
            queueMicrotask(() => {
              try {
                tx.abort();
              } catch {
                // already aborted by the pipeline
              }
            });
            return Promise.reject(quota);
          },
        });
      };
      return bind(tx, { objectStore });
    },
  });
}

describe('ingestBatch: decisions outlive retention', () => {
  test('a handled complaint pruned by retention and captured again stays handled, and is not counted again', async () => {
    const complaint = mention(1, { text: 'it arrived broken', postedAt: '2019-01-01T00:00:00.000Z' });
    await ingestBatch(ingestMessage([complaint]), deps());
    await db.clear('surge-pending');
    await setMentionStatus(db, complaint.id, 'handled', LATER);
    // A year later the row is gone (retention), its decision kept as a tombstone.
    expect(await pruneMentions(db, { retentionDays: 30 }, new Date('2026-06-11T00:00:00.000Z'))).toBe(1);
    expect(await getMentions(db, [complaint.id])).toEqual([undefined]);

    const revisit = new Date('2026-06-12T00:00:00.000Z');
    const reply = await ingestBatch(ingestMessage([complaint]), deps({ now: revisit }));
    expect(reply).toMatchObject({ ok: true, stored: 1, verdicts: [{ id: complaint.id, flagged: true, status: 'handled' }] });
    expect((await getMentions(db, [complaint.id]))[0]).toMatchObject({
      status: 'handled',
      statusChangedAt: LATER.toISOString(),
      capturedAt: revisit.toISOString(),
    });
    expect(await db.getAllKeys('surge-pending')).toEqual([]);
  });

  test('an unflagged post nobody acted on comes back as new after retention (no tombstone)', async () => {
    const post = mention(2, { text: 'nice day' });
    await ingestBatch(ingestMessage([post]), deps());
    expect(await pruneMentions(db, { retentionDays: 30 }, new Date('2026-06-11T00:00:00.000Z'))).toBe(1);
    const reply = await ingestBatch(ingestMessage([post]), deps({ now: new Date('2026-06-12T00:00:00.000Z') }));
    expect(reply).toMatchObject({ ok: true, stored: 1, verdicts: [{ status: 'open' }] });
  });
});

describe('ingestBatch: storage failures', () => {
  test.each<['throw' | 'abort']>([['throw'], ['abort']])(
    'QuotaExceededError (%s on the 2nd put): code quota, nothing of the batch kept, old rows untouched',
    async (how) => {
      const old = stored(1, { text: 'old text', status: 'handled' });
      await putMentions(db, [old]);
      const changed = mention(1, { text: 'new text, broken' });
      const fresh = mention(2, { text: 'fresh' });
      const reply = await ingestBatch(ingestMessage([changed, fresh]), deps({ db: failingDb(db, 2, how) }));
      expect(reply).toEqual({
        ok: false,
        error: 'storage is full (QuotaExceededError): nothing was saved; free disk space or lower the retention',
        code: 'quota',
      });
      expect(await getMentions(db, [old.id, fresh.id])).toEqual([old, undefined]);
      expect(await db.getAllKeys('surge-pending')).toEqual([]);
    },
  );

  test('any other IndexedDB error: code storage', async () => {
    await putMentions(db, [stored(1)]);
    db.close();
    const reply = await ingestBatch(ingestMessage([mention(2)]), deps());
    expect(reply).toMatchObject({ ok: false, code: 'storage' });
    expect(reply.ok === false && reply.error.startsWith('storage failed (InvalidStateError): ')).toBe(true);
    db = await openCrisisDb(new IDBFactory());
  });
});

describe('over-long text from any sender', () => {
  test('is cut and marked, not rejected, and never split inside a surrogate pair', async () => {
    const { cutText, cutOversizedFields } = await import('../../lib/text-limit.ts');
    const emoji = '😡';
    const long = 'a'.repeat(MAX_TEXT_CHARS - 1) + emoji + 'tail';
    const cut = cutText(long);
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBe(MAX_TEXT_CHARS - 1);
    expect(cut.text.endsWith('a')).toBe(true);
    const raw = { id: 'x:1', text: 'b'.repeat(100_000) };
    const fixed = cutOversizedFields(raw) as { text: string; truncated: boolean };
    expect(fixed.text.length).toBe(MAX_TEXT_CHARS);
    expect(fixed.truncated).toBe(true);
    expect(raw.text.length).toBe(100_000); // the input is not mutated
    expect(cutOversizedFields('not an object')).toBe('not an object');
  });
});
