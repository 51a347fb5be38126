/**
 * Reading an export's rows from IndexedDB (fake-indexeddb): every filter gives exactly the rows
 * the slow obvious way gives, oldest first, in pages of at most pageSize read with bounded
 * `getAll(range, count)` calls (never one read of the whole store), damaged rows counted, and the
 * whole export of a filtered set reads back from the CSV.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { countExportRows, readExportPages } from '../../../lib/db/export-pages.ts';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { EXPORT_COLUMNS } from '../../../lib/export/columns.ts';
import { matchesExportFilter, type ExportFilter } from '../../../lib/export/filter.ts';
import { exportChunks } from '../../../lib/export/run.ts';
import type { MentionStatus, Platform, SentimentLabel, StoredMention } from '../../../lib/schema.ts';
import { at, stored } from './fixtures.ts';

const LANGS = ['en', 'zh', 'ar'] as const;
const STATUSES: MentionStatus[] = ['open', 'handled', 'dismissed'];
const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** 90 mentions over every platform × language × status, every fifth unflagged, labels cycling;
 * times repeat (i·7 mod 20 minutes) so flagged and unflagged rows tie and the id decides. */
function dataset(): StoredMention[] {
  return Array.from({ length: 90 }, (_, i) => {
    const row = stored(i, {
      platform: (i % 2 === 0 ? 'x' : 'amazon') as Platform,
      lang: LANGS[Math.floor(i / 2) % 3],
      status: STATUSES[Math.floor(i / 6) % 3],
      flagged: i % 5 === 4 ? 0 : 1,
      sortAt: at((i * 7) % 20),
      text: i % 3 === 0 ? `=HYPERLINK("x",${i})\n包裹 ${i} 😡` : `mention ${i}, "quoted"`,
    });
    const label = LABELS[i % 3]!;
    return { ...row, analysis: { ...row.analysis, sentiment: { score: label === 'negative' ? -0.62 : label === 'neutral' ? 0 : 0.5, label } } };
  });
}

/** The specification, the slow obvious way: filter, then oldest first by sortAt, then id. */
function oracle(rows: StoredMention[], f: ExportFilter): StoredMention[] {
  return rows
    .filter((r) => matchesExportFilter(r, {}, f))
    .sort((a, b) => (a.sortAt < b.sortAt ? -1 : a.sortAt > b.sortAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function readAll(db: CrisisDb, f: ExportFilter, pageSize: number) {
  const pages = [];
  for await (const page of readExportPages(db, f, { pageSize })) pages.push(page);
  return pages;
}

let db: CrisisDb;
const rows = dataset();
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  await putMentions(db, rows);
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

const FILTERS: [string, ExportFilter][] = [
  ['flagged (the inbox default)', {}],
  ['flagged and unflagged', { flaggedOnly: false }],
  ['platform', { platform: 'amazon' }],
  ['language', { lang: 'zh' }],
  ['status', { status: 'handled' }],
  ['status all', { status: 'all' }],
  ['platform + language + status, unflagged too', { platform: 'x', lang: 'ar', status: 'open', flaggedOnly: false }],
  ['time range', { from: at(5), to: at(12) }],
  ['time range, flagged and unflagged', { from: at(5), to: at(12), flaggedOnly: false }],
  ['from only', { from: at(15) }],
  ['to only', { to: at(3) }],
  ['empty time range', { from: at(12), to: at(5) }],
];

describe('readExportPages', () => {
  test.each(FILTERS)('%s: the index part of the filter, oldest first, in pages', async (_what, f) => {
    // The reader applies what its index serves; matchesExportFilter does the rest (here: nothing).
    const pages = await readAll(db, f, 7);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(ids).toEqual(oracle(rows, f).map((r) => r.id));
    for (const p of pages) expect(p.rows.length).toBeLessThanOrEqual(7);
    expect(pages.slice(0, -1).every((p) => p.rows.length === 7)).toBe(true);
    expect(await countExportRows(db, f)).toBe(ids.length);
  });

  test('memory is bounded: every read is a getAll with a count of at most pageSize, none of the whole store', async () => {
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const pages = await readAll(db, { flaggedOnly: false }, 10);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(90);
    expect(storeGetAll).not.toHaveBeenCalled();
    // Two ranges (flagged, unflagged), each read a page at a time: 90 rows need at least 9 reads.
    expect(indexGetAll.mock.calls.length).toBeGreaterThanOrEqual(9);
    for (const [range, count] of indexGetAll.mock.calls) {
      expect(range).toBeInstanceOf(IDBKeyRange);
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(10);
    }
  });

  test('the next read is asked for while a page is used, one read ahead per range and no more', async () => {
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const pages = readExportPages(db, {}, { pageSize: 10 });
    await pages.next();
    // The batch of the first page and the one after it; the consumer has not asked for page 2 yet.
    expect(indexGetAll).toHaveBeenCalledTimes(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(indexGetAll).toHaveBeenCalledTimes(2);
    await pages.next();
    expect(indexGetAll).toHaveBeenCalledTimes(3);
    await pages.return(undefined);
  });

  test('a damaged row is skipped and counted; the rows after it still come', async () => {
    const damaged = { ...rows[10]!, id: 'x:999999', analysis: { lang: 'en' } };
    await db.put('mentions', damaged as unknown as StoredMention);
    const pages = await readAll(db, {}, 4);
    expect(pages.reduce((n, p) => n + (p.skipped ?? 0), 0)).toBe(1);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(oracle(rows, {}).map((r) => r.id));
  });

  test('the stored text hash is read with the row; a damaged one is dropped, the row still comes', async () => {
    const hash = { sha256: 'ab'.repeat(32), fnv1a: 12345 };
    await db.put('mentions', { ...rows[3]!, textHash: hash });
    await db.put('mentions', { ...rows[4]!, textHash: { sha256: 'not hex', fnv1a: -1 } } as unknown as StoredMention);
    const read = (await readAll(db, { flaggedOnly: false }, 50)).flatMap((p) => p.rows);
    expect(read.find((r) => r.id === rows[3]!.id)?.textHash).toEqual(hash);
    expect(read.find((r) => r.id === rows[4]!.id)?.textHash).toBeUndefined();
    expect(read).toHaveLength(rows.length);
  });

  test('bad page sizes are refused', async () => {
    await expect(readAll(db, {}, 0)).rejects.toThrow(RangeError);
  });
});

describe('export of a filtered set from IndexedDB', () => {
  test('CSV: label, status and a predicate from the inbox; every cell reads back, progress up to the total', async () => {
    const f: ExportFilter = { flaggedOnly: false, status: 'open', label: 'negative', predicate: (row) => row.platform === 'x' };
    const total = await countExportRows(db, f);
    const progress: number[] = [];
    let csv = '';
    for await (const chunk of exportChunks(readExportPages(db, f, { pageSize: 5 }), {
      format: 'csv',
      total,
      keep: (row, extras) => matchesExportFilter(row, extras, f),
      onProgress: (p) => progress.push(p.scanned),
    })) {
      csv += chunk;
    }
    const [header, ...body] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const expected = oracle(rows, f);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.map((r) => r[0])).toEqual(expected.map((r) => r.id));
    const text = EXPORT_COLUMNS.indexOf('text');
    expect(body.map((r) => r[text]!.replace(/^'(?==)/, ''))).toEqual(expected.map((r) => r.text));
    expect(body.every((r) => r[EXPORT_COLUMNS.indexOf('sentimentLabel')] === 'negative' && r[EXPORT_COLUMNS.indexOf('status')] === 'open')).toBe(true);
    expect(progress.at(-1)).toBe(total);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test('JSON lines: the same rows', async () => {
    const f: ExportFilter = { lang: 'zh' };
    let out = '';
    for await (const chunk of exportChunks(readExportPages(db, f), { format: 'jsonl', keep: (row, e) => matchesExportFilter(row, e, f) })) out += chunk;
    const ids = out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(oracle(rows, f).map((r) => r.id));
  });
});
