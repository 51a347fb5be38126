import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  countInbox,
  inboxFacets,
  putMentions,
  queryInbox,
  type InboxFilter,
} from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import type { MentionStatus, Platform, StoredMention } from '../../../lib/schema.ts';
import { at, stored } from './fixtures.ts';

const LANGS = ['en', 'de', 'ja'] as const;
const STATUSES: MentionStatus[] = ['open', 'handled', 'dismissed'];

/** 60 mentions covering every platform × language × status combination (the three cycle
 * independently: i mod 2, ⌊i/2⌋ mod 3, ⌊i/6⌋ mod 3), every seventh one unflagged; sortAt repeats
 * (i·7 mod 15 minutes) so x and amazon, flagged and unflagged rows tie on time and the id
 * decides their order. */
function dataset(): StoredMention[] {
  return Array.from({ length: 60 }, (_, i) =>
    stored(i, {
      platform: (i % 2 === 0 ? 'x' : 'amazon') as Platform,
      lang: LANGS[Math.floor(i / 2) % 3],
      status: STATUSES[Math.floor(i / 6) % 3],
      flagged: i % 7 === 6 ? 0 : 1,
      sortAt: at((i * 7) % 15),
    }),
  );
}

/** The specification the indexes must agree with, written the slow obvious way. */
function oracle(rows: StoredMention[], f: InboxFilter): StoredMention[] {
  return rows
    .filter((r) => f.flaggedOnly === false || r.flagged === 1)
    .filter((r) => f.platform === undefined || r.platform === f.platform)
    .filter((r) => f.lang === undefined || r.analysis.lang === f.lang)
    .filter((r) => f.status === undefined || f.status === 'all' || r.status === f.status)
    .sort((a, b) => (a.sortAt !== b.sortAt ? (a.sortAt < b.sortAt ? 1 : -1) : a.id < b.id ? 1 : -1));
}

async function allPages(db: CrisisDb, filter: InboxFilter, limit: number): Promise<{ ids: string[]; sizes: number[] }> {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await queryInbox(db, filter, { limit, cursor });
    ids.push(...page.items.map((m) => m.id));
    sizes.push(page.items.length);
    if (!page.nextCursor) return { ids, sizes };
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

let db: CrisisDb;
const rows = dataset();
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  await putMentions(db, rows);
});
afterEach(() => db.close());

const FILTERS: [string, InboxFilter][] = [
  ['flagged (default)', {}],
  ['flagged, status all', { status: 'all' }],
  ['everything', { flaggedOnly: false }],
  ['x only', { platform: 'x' }],
  ['amazon only', { platform: 'amazon' }],
  ['German', { lang: 'de' }],
  ['handled', { status: 'handled' }],
  ['x + ja', { platform: 'x', lang: 'ja' }],
  ['amazon + open', { platform: 'amazon', status: 'open' }],
  ['en + dismissed', { lang: 'en', status: 'dismissed' }],
  ['x + de + open', { platform: 'x', lang: 'de', status: 'open' }],
  ['everything, amazon + handled', { flaggedOnly: false, platform: 'amazon', status: 'handled' }],
  ['everything, ja', { flaggedOnly: false, lang: 'ja' }],
  ['a language nobody wrote in', { lang: 'fr' }],
];

describe('queryInbox', () => {
  test('the default inbox, newest first, ties broken by id (exact head)', async () => {
    const page = await queryInbox(db, {}, { limit: 5 });
    expect(page.items.map((m) => [m.sortAt, m.id])).toEqual([
      ['2025-06-01T12:14:00.000Z', 'x:1000032'],
      ['2025-06-01T12:14:00.000Z', 'x:1000002'],
      ['2025-06-01T12:14:00.000Z', 'amazon:R00000047'],
      ['2025-06-01T12:14:00.000Z', 'amazon:R00000017'],
      ['2025-06-01T12:13:00.000Z', 'x:1000004'],
    ]);
    expect(page.skipped).toBe(0);
    expect(page.nextCursor).toBeDefined();
  });

  test.each(FILTERS)('%s: every page in order matches the specification', async (_name, filter) => {
    const expected = oracle(rows, filter).map((m) => m.id);
    const { ids, sizes } = await allPages(db, filter, 7);
    expect(ids).toEqual(expected);
    // Full pages of 7, then the rest; an exact multiple ends without an empty page.
    const full = Math.floor(expected.length / 7);
    const rest = expected.length % 7;
    expect(sizes).toEqual(expected.length === 0 ? [0] : [...Array<number>(full).fill(7), ...(rest ? [rest] : [])]);
  });

  test('flagged and unflagged rows interleave by time when both are asked for', async () => {
    const page = await queryInbox(db, { flaggedOnly: false }, { limit: 6 });
    expect(page.items.map((m) => [m.id, m.flagged])).toEqual([
      ['x:1000032', 1],
      ['x:1000002', 1],
      ['amazon:R00000047', 1],
      ['amazon:R00000017', 1],
      ['x:1000034', 0],
      ['x:1000004', 1],
    ]);
  });

  test('filter sizes of the dataset are what the table above exercises', () => {
    expect(oracle(rows, {}).length).toBe(52);
    expect(oracle(rows, { flaggedOnly: false }).length).toBe(60);
    expect(oracle(rows, { platform: 'x', lang: 'de', status: 'open' }).length).toBe(3);
  });

  test('a result that is an exact multiple of the page size ends without an empty page', async () => {
    const { ids, sizes } = await allPages(db, { flaggedOnly: false }, 10);
    expect(sizes).toEqual([10, 10, 10, 10, 10, 10]);
    expect(new Set(ids).size).toBe(60);
  });

  test('a page holding the whole result has no next cursor', async () => {
    const page = await queryInbox(db, { platform: 'x', lang: 'de', status: 'open' }, { limit: 3 });
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).toBeUndefined();
  });

  test('a row added above the cursor does not shift later pages', async () => {
    const first = await queryInbox(db, {}, { limit: 10 });
    await putMentions(db, [stored(500, { sortAt: at(60) })]);
    const second = await queryInbox(db, {}, { limit: 10, cursor: first.nextCursor });
    expect(second.items.map((m) => m.id)).toEqual(oracle(rows, {}).slice(10, 20).map((m) => m.id));
  });

  test('bad limits and cursors are refused', async () => {
    await expect(queryInbox(db, {}, { limit: 0 })).rejects.toThrow(RangeError);
    await expect(queryInbox(db, {}, { limit: 2.5 })).rejects.toThrow(RangeError);
    await expect(queryInbox(db, {}, { limit: 5, cursor: 'garbage' })).rejects.toThrow('invalid inbox cursor');
    await expect(queryInbox(db, {}, { limit: 5, cursor: '[1,2]' })).rejects.toThrow('invalid inbox cursor');
  });

  test('damaged rows are skipped and counted, never crash the page', async () => {
    const good = oracle(rows, {});
    // Same key fields as a real flagged row at the very top, but text is not a string.
    const damaged = { ...stored(900, { sortAt: at(30) }), text: 42 };
    // No sortAt at all: not in any inbox index, so invisible to the inbox.
    const { sortAt: _s, ...unsorted } = stored(901, { sortAt: at(31) });
    await db.put('mentions', damaged as never);
    await db.put('mentions', unsorted as never);

    const page = await queryInbox(db, {}, { limit: 4 });
    expect(page.items.map((m) => m.id)).toEqual(good.slice(0, 4).map((m) => m.id));
    expect(page.skipped).toBe(1);
    const { ids } = await allPages(db, {}, 7);
    expect(ids).toEqual(good.map((m) => m.id));
    // Counts come from the index: the damaged row is counted, the unsorted one is not.
    expect(await countInbox(db, {})).toBe(53);
  });
});

describe('countInbox', () => {
  test.each(FILTERS)('%s', async (_name, filter) => {
    expect(await countInbox(db, filter)).toBe(oracle(rows, filter).length);
  });
});

describe('inboxFacets', () => {
  test('flagged only (default)', async () => {
    expect(await inboxFacets(db)).toEqual({
      platforms: { amazon: 26, x: 26 },
      langs: { de: 18, en: 16, ja: 18 },
      statuses: { open: 21, handled: 16, dismissed: 15 },
      total: 52,
    });
  });

  test('flagged and unflagged', async () => {
    expect(await inboxFacets(db, { flaggedOnly: false })).toEqual({
      platforms: { amazon: 30, x: 30 },
      langs: { de: 20, en: 20, ja: 20 },
      statuses: { open: 24, handled: 18, dismissed: 18 },
      total: 60,
    });
  });

  test('facets agree with the specification for each value', async () => {
    const facets = await inboxFacets(db);
    for (const [platform, n] of Object.entries(facets.platforms)) {
      expect(n).toBe(oracle(rows, { platform: platform as Platform }).length);
    }
    for (const [lang, n] of Object.entries(facets.langs)) expect(n).toBe(oracle(rows, { lang }).length);
  });

  test('an empty database has zero statuses and no platforms or languages', async () => {
    const empty = await openCrisisDb(new IDBFactory());
    expect(await inboxFacets(empty)).toEqual({
      platforms: {},
      langs: {},
      statuses: { open: 0, handled: 0, dismissed: 0 },
      total: 0,
    });
    expect(await queryInbox(empty, {}, { limit: 10 })).toEqual({ items: [], skipped: 0 });
    empty.close();
  });
});
