// @vitest-environment happy-dom
/**
 * The side panel's real ExportData over fake-indexeddb: the file it makes, its progress, how
 * failures become ExportErrors, and the download link it clicks.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDbConnection, DbError } from '../../../lib/db/connection.ts';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb } from '../../../lib/db/open.ts';
import { HashUnavailableError } from '../../../lib/export/sha256.ts';
import { createExportData, ExportError, toExportError, type ExportProgress } from '../../../runtime/export-data.ts';
import { stored } from '../db/fixtures.ts';

afterEach(() => vi.restoreAllMocks());

async function withRows(n: number) {
  const factory = new IDBFactory();
  const db = await openCrisisDb(factory);
  await putMentions(db, Array.from({ length: n }, (_, i) => stored(i, { text: i === 0 ? '=1+1 包裹坏了 😡' : `mention ${i}`, platform: i % 2 ? 'amazon' : 'x' })));
  db.close();
  return createDbConnection({ open: () => openCrisisDb(factory) });
}

const never = new AbortController().signal;

describe('createExportData().run', () => {
  test('a CSV Blob of the filter, named by the time, with progress from 0 to the total', async () => {
    const data = createExportData({ db: await withRows(30), now: () => new Date('2025-11-22T12:00:00.000Z') });
    const events: ExportProgress[] = [];
    const file = await data.run({ platform: 'x' }, 'csv', { signal: never, onProgress: (p) => events.push(p) });
    expect(file.name).toBe('crisis-desk-export-20251122-120000Z.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    expect(file.rows).toBe(15);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(rows).toHaveLength(16);
    expect(rows[1]!.at(-2)).toBe("'=1+1 包裹坏了 😡");
    expect(events[0]).toEqual({ scanned: 0, exported: 0, skipped: 0, total: 15 });
    expect(events.at(-1)).toMatchObject({ scanned: 15, exported: 15, total: 15 });
  });

  test('JSON lines', async () => {
    const data = createExportData({ db: await withRows(5) });
    const file = await data.run({}, 'jsonl', { signal: never, onProgress: () => undefined });
    expect(file.name).toMatch(/^crisis-desk-export-\d{8}-\d{6}Z\.jsonl$/);
    expect((await file.blob.text()).trimEnd().split('\n')).toHaveLength(5);
  });

  test('cancelled: rejects with the AbortError', async () => {
    const data = createExportData({ db: await withRows(5) });
    const controller = new AbortController();
    const run = data.run({}, 'csv', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a database that does not open: an ExportError with its code', async () => {
    const data = createExportData({ db: createDbConnection({ open: () => Promise.reject(new Error('gone')) }) });
    await expect(data.run({}, 'csv', { signal: never, onProgress: () => undefined })).rejects.toMatchObject({ name: 'ExportError', code: 'db' });
  });
});

describe('toExportError', () => {
  test.each([
    [new DbError('db-blocked', 'slow'), 'db-blocked'],
    [new HashUnavailableError(), 'crypto'],
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [new DOMException('disk', 'UnknownError'), 'storage'],
    [new TypeError('bug'), 'failed'],
    ['a string', 'failed'],
  ])('%s -> %s', (error, code) => {
    const e = toExportError(error);
    expect(e).toBeInstanceOf(ExportError);
    expect((e as ExportError).code).toBe(code);
  });

  test('an abort passes through', () => {
    const abort = new DOMException('stop', 'AbortError');
    expect(toExportError(abort)).toBe(abort);
  });
});

describe('createExportData().save', () => {
  test('clicks a download link to a blob URL named for the file, then removes it', () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export-1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
    const blob = new Blob(['a']);
    createExportData().save({ blob, name: 'crisis-desk-export-x.csv', rows: 1, skipped: 0 });
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:export-1', download: 'crisis-desk-export-x.csv', inDocument: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});
