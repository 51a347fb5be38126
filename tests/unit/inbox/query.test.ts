import { describe, expect, test } from 'vitest';
import { brigadeSignature } from '../../../lib/inbox/brigades.ts';
import { DigestSnapshotSchema, InboxDigest } from '../../../lib/inbox/digest.ts';
import { factsOf, LATE_CAPTURE_GRACE_MS, waitingSince } from '../../../lib/inbox/facts.ts';
import { DEFAULT_QUERY, InboxQuerySchema, runQuery, type InboxQuery } from '../../../lib/inbox/query.ts';
import type { StoredMention } from '../../../lib/schema.ts';
import { MIN, NOW, row } from './fixtures.ts';

const HOUR = 60 * MIN;
const ctx = { now: NOW, targetMs: HOUR };

function digestOf(rows: StoredMention[]): InboxDigest {
  const d = new InboxDigest();
  for (const r of rows) d.upsert(factsOf(r), brigadeSignature(r.text));
  return d;
}
const q = (over: Partial<InboxQuery> = {}): InboxQuery => InboxQuerySchema.parse({ ...over });
const order = (d: InboxDigest, query: InboxQuery, extra = {}) => runQuery(d, query, { ...ctx, ...extra }).items.map((i) => i.key);

// The trial: 'Dismissed (1)', 'X (1)' and 'Japanese (6)' side by side, and 0 rows when all three are picked.
const trial = [
  row(1, { platform: 'x', lang: 'ja', status: 'dismissed' }),
  ...[2, 3, 4, 5, 6].map((n) => row(n, { platform: 'amazon', lang: 'ja', status: 'dismissed', rating: 2 })),
  row(7, { platform: 'amazon', lang: 'en', status: 'open', rating: 1, categories: ['damaged'] }),
  row(8, { platform: 'x', lang: 'en', status: 'open', categories: ['safety', 'delivery'] }),
  row(9, { platform: 'x', lang: 'de', status: 'handled' }),
];

describe('runQuery: facets count what picking them would show', () => {
  test('each facet counts under every OTHER active filter, so no value promises rows it cannot show', () => {
    const d = digestOf(trial);
    const dismissedJa = runQuery(d, q({ status: 'dismissed', facets: { lang: ['ja'] } }), ctx);
    // Platform counts respect status and language: X (1), Amazon (5) — picking X shows exactly 1.
    expect(dismissedJa.facets.platform).toEqual({ x: 1, amazon: 5 });
    expect(runQuery(d, q({ status: 'dismissed', facets: { lang: ['ja'], platform: ['x'] } }), ctx).total).toBe(1);
    // Language counts respect status but not the language filter itself.
    expect(dismissedJa.facets.lang).toEqual({ ja: 6 });
    // Status counts respect the facets, not the status.
    expect(dismissedJa.statuses).toEqual({ open: 0, handled: 0, dismissed: 6 });
    const openAll = runQuery(d, q({ status: 'open' }), ctx);
    expect(openAll.facets.lang).toEqual({ en: 2 });
    expect(openAll.statuses).toEqual({ open: 2, handled: 1, dismissed: 6 });
  });

  test('multi-valued categories count in each; values within a facet are OR, facets are AND', () => {
    const d = digestOf(trial);
    const all = runQuery(d, q({ status: 'all' }), ctx);
    expect(all.facets.category).toEqual({ damaged: 1, safety: 1, delivery: 1, none: 7 });
    expect(all.facets.rating).toEqual({ none: 3, '1': 1, '2': 5 });
    expect(runQuery(d, q({ status: 'all', facets: { category: ['safety', 'damaged'] } }), ctx).total).toBe(2);
    expect(runQuery(d, q({ status: 'all', facets: { category: ['safety', 'damaged'], platform: ['amazon'] } }), ctx).total).toBe(1);
    // A chosen value with nothing left still shows (with 0), so it can be unticked.
    expect(runQuery(d, q({ status: 'open', facets: { lang: ['de'] } }), ctx).facets.lang).toEqual({ de: 0, en: 2 });
  });

  test('date range by posted time; search and focus narrow everything, facets included', () => {
    const d = digestOf(trial);
    expect(runQuery(d, q({ status: 'all', range: { from: NOW - 5.5 * MIN } }), ctx).total).toBe(5);
    expect(runQuery(d, q({ status: 'all', range: { preset: '1h' } }), ctx).total).toBe(9);
    const focused = runQuery(d, q({ status: 'all' }), { ...ctx, focusIds: new Set([trial[0]!.id, trial[6]!.id]) });
    expect(focused.total).toBe(2);
    expect(focused.facets.platform).toEqual({ x: 1, amazon: 1 });
    const searched = runQuery(d, q({ status: 'all' }), { ...ctx, searchIds: new Set([trial[7]!.id]) });
    expect(searched.items.map((i) => i.key)).toEqual([trial[7]!.id]);
  });
});

describe('runQuery: sorts', () => {
  const rows = [
    row(1, { ago: 5, score: -0.3 }),
    row(2, { ago: 120, score: -0.3 }),
    row(3, { ago: 30, categories: ['safety'], score: -0.2 }),
    row(4, { ago: 10, platform: 'amazon', rating: 1, score: -0.9 }),
  ];
  test.each([
    ['newest', [1, 4, 3, 2]],
    ['waiting', [2, 3, 4, 1]],
    // safety 45+4+10=59; one star 15+18+3.3=36.3; overdue mild 6+25=31; fresh mild 6+1.7=7.7
    ['priority', [3, 4, 2, 1]],
  ] as const)('%s', (sort, expected) => {
    expect(order(digestOf(rows), q({ sort }))).toEqual(expected.map((n) => rows[n - 1]!.id));
  });

  test('the active incident lifts its mentions (the replies issue sets the incident facet)', () => {
    const d = new InboxDigest();
    for (const r of rows) d.upsert({ ...factsOf(r), ...(r === rows[0] ? { extra: { incident: 'inc-1' } } : {}) });
    // The fresh mild post (7.7) gains 30 and passes the one-star review (36.3), not the safety report (59).
    expect(order(d, q({ sort: 'priority' }), { incident: { facet: 'incident', value: 'inc-1' } })).toEqual([3, 1, 4, 2].map((n) => rows[n - 1]!.id));
    expect(runQuery(d, q({ status: 'all' }), ctx).facets.incident).toEqual({ none: 3, 'inc-1': 1 });
  });

  test('hideClaimed (team workspace): open mentions a teammate is on are left out and counted; mine, unclaimed and answered ones stay', () => {
    const claims = ['ben', 'ana', undefined, 'ben'];
    const statuses = ['open', 'open', 'open', 'handled'] as const;
    const d = new InboxDigest();
    rows.slice(0, 4).forEach((r, i) => {
      const by = claims[i];
      d.upsert({ ...factsOf(r), status: statuses[i]!, ...(by ? { extra: { claimedBy: by } } : {}) });
    });
    const hide = { hideClaimed: { facet: 'claimedBy', except: 'ana' } };
    const shown = runQuery(d, q({ status: 'all', sort: 'newest' }), { ...ctx, ...hide });
    expect(shown.items.map((i) => i.key).sort()).toEqual([rows[1]!.id, rows[2]!.id, rows[3]!.id].sort());
    expect(shown.hidden).toBe(1);
    // Facets and statuses count only what can be shown.
    expect(shown.facets.claimedBy).toEqual({ none: 1, ana: 1, ben: 1 });
    expect(shown.statuses.open).toBe(2);
    // A filter that would not show the hidden mention anyway does not count it as hidden.
    expect(runQuery(d, q({ status: 'handled' }), { ...ctx, ...hide }).hidden).toBe(0);
    // An agent with no claim yet: every claimed open mention is a teammate's.
    expect(runQuery(d, q({ status: 'open' }), { ...ctx, hideClaimed: { facet: 'claimedBy', except: 'cai' } }).hidden).toBe(2);
    // Without the rule nothing is hidden and `hidden` is absent.
    expect(runQuery(d, q({ status: 'all' }), ctx).hidden).toBeUndefined();
  });

  test('a review captured years after it was posted waits from a day before its capture', () => {
    const old = row(1, { sortAt: '2019-01-01T00:00:00.000Z', capturedAt: new Date(NOW - 10 * MIN).toISOString() });
    expect(waitingSince(old)).toBe(NOW - 10 * MIN - LATE_CAPTURE_GRACE_MS);
    const fresh = row(2, { ago: 180 });
    expect(waitingSince(fresh)).toBe(NOW - 180 * MIN);
  });
});

describe('runQuery: brigades', () => {
  const campaign = 'Acme chargers catch fire! Mine burned my desk last night. Do NOT buy, they know and do nothing.';
  const copies = Array.from({ length: 40 }, (_, i) => row(100 + i, { ago: 40 - i, text: `@u${i} ${campaign}` }));
  const others = [row(1, { ago: 3, text: 'My parcel never arrived' }), row(2, { ago: 60, text: 'Screen cracked on arrival, I want a replacement' })];

  test('40 copies are one row holding all 40, placed where its best member ranks', () => {
    const res = runQuery(digestOf([...copies, ...others]), q({ sort: 'newest' }), ctx);
    expect(res.items).toHaveLength(3);
    expect(res.total).toBe(42);
    expect(res.items[0]!.ids).toHaveLength(40);
    expect(res.items[0]!.key).toBe(copies[39]!.id); // the newest copy, 1 minute old
    expect(res.items.map((i) => i.ids.length)).toEqual([40, 1, 1]);
  });

  test('grouping off lists every copy; a filter counts only the members it keeps', () => {
    const d = digestOf([...copies, ...others]);
    expect(runQuery(d, q({ brigades: false }), ctx).items).toHaveLength(42);
    for (const c of copies.slice(0, 10)) d.setStatus(c.id, 'handled');
    const open = runQuery(d, q({ status: 'open' }), ctx);
    expect(open.items.find((i) => i.ids.length > 1)?.ids).toHaveLength(30);
  });
});

describe('InboxDigest', () => {
  test('upsert updates in place, remove marks dead, facts read back', () => {
    const d = digestOf(trial);
    expect(d.count).toBe(9);
    d.upsert(factsOf({ ...trial[0]!, status: 'open' }));
    expect(d.count).toBe(9);
    expect(d.facts(trial[0]!.id)?.status).toBe('open');
    expect(d.remove(trial[1]!.id)).toBe(true);
    expect(d.remove(trial[1]!.id)).toBe(false);
    expect(d.count).toBe(8);
    expect(d.facts(trial[6]!.id)).toMatchObject({ platform: 'amazon', rating: 1, categories: ['damaged'], lang: 'en' });
  });

  test('a snapshot round-trips (live rows only) and passes its schema; a damaged one does not', () => {
    const d = digestOf(trial);
    d.remove(trial[8]!.id);
    const snap = d.toSnapshot(NOW);
    expect(DigestSnapshotSchema.safeParse(snap).success).toBe(true);
    const back = InboxDigest.fromSnapshot(snap);
    expect(back.count).toBe(8);
    for (const r of trial.slice(0, 8)) expect(back.facts(r.id)).toEqual(d.facts(r.id));
    const query = q({ status: 'all', sort: 'priority' });
    expect(runQuery(back, query, ctx).items).toEqual(runQuery(d, query, ctx).items);
    const broken = { ...snap, columns: { ...snap.columns, status: snap.columns.status.slice(1) } };
    expect(DigestSnapshotSchema.safeParse(broken).success).toBe(false);
    expect(DigestSnapshotSchema.safeParse({ ...snap, format: 999 }).success).toBe(false);
  });

  test('default query: open, priority, brigades on', () => {
    expect(DEFAULT_QUERY).toEqual({ sort: 'priority', status: 'open', facets: {}, search: '', brigades: true });
  });
});
