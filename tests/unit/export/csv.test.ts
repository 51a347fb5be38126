/**
 * CSV round trip through a real CSV parser (csv-parse 7.0.3): what a spreadsheet reads back is what
 * was exported, except the `'` put before formula-looking cells; the BOM, header, CRLF records and
 * number cells are as Excel and Numbers need them.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { describe, expect, test } from 'vitest';
import { EXPORT_COLUMNS } from '../../../lib/export/columns.ts';
import { CATEGORY_SEPARATOR, CSV_OPTIONS, csvCells, csvChunk } from '../../../lib/export/csv.ts';
import { looksLikeFormula } from '../../../lib/export/neutralise.ts';
import type { ExportRecord } from '../../../lib/schema.ts';
import { TRICKY_TEXTS, record, sha256 } from './records.ts';

function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true }) as string[][];
}

/** A record as its CSV cells should read back. */
function expectedCells(r: ExportRecord): string[] {
  return EXPORT_COLUMNS.map((key) => {
    const v = r[key];
    const text = v === null ? '' : Array.isArray(v) ? v.join(CATEGORY_SEPARATOR) : String(v);
    return typeof v === 'string' && looksLikeFormula(text) ? `'${text}` : text;
  });
}

/** The text as captured, from a read-back cell: the neutraliser's `'` removed where it put one,
 * which the text hash confirms. */
function capturedText(cell: string, hash: string): string {
  return sha256(cell) === hash ? cell : cell.slice(1);
}

describe('CSV round trip', () => {
  test.each(TRICKY_TEXTS)('%s', (_what, text) => {
    const r = record(1, text);
    const csv = csvChunk([r], true);
    const [header, row, ...rest] = parseCsv(csv);
    expect(rest).toEqual([]);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    // A lone surrogate cannot be written as UTF-8: the file (like every UTF-8 writer) carries
    // U+FFFD, and the hash (of the UTF-8 bytes) still matches the file's text.
    const written = Buffer.from(text, 'utf8').toString('utf8');
    expect(row).toEqual(expectedCells({ ...r, text: written }));
    const textCell = row![EXPORT_COLUMNS.indexOf('text')]!;
    expect(capturedText(textCell, r.textSha256)).toBe(written);
    expect(sha256(capturedText(textCell, r.textSha256))).toBe(r.textSha256);
  });

  test('every tricky text in one file: one record each, in order', () => {
    const records = TRICKY_TEXTS.map(([, text], i) => record(i, text));
    const rows = parseCsv(csvChunk(records.slice(0, 10), true) + csvChunk(records.slice(10), false));
    expect(rows).toHaveLength(records.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(records.map((r) => r.id));
  });
});

describe('the file Excel and Numbers open', () => {
  const records = [
    record(1, 'first', { analysis: { lang: 'zh', langConfidence: 0.9, sentiment: { score: -0.62, label: 'negative' }, complaint: { categories: ['delivery', 'damaged'], evidence: [] }, analyzer: 't' } }),
    record(2, 'second\nline', { platform: 'amazon', id: 'amazon:R00000002', permalink: 'https://www.amazon.com/gp/customer-reviews/R00000002', rating: 1, productId: 'B08N5WRWNW', authorName: '=Evil Name' }),
  ];
  const csv = csvChunk(records, true);

  test('UTF-8 with a BOM, then the header; CRLF after every record, LF kept inside the text', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).startsWith(EXPORT_COLUMNS.map((c) => `"${c}"`).join(',') + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two records, the empty rest
    expect(csv).toContain('"second\nline"');
  });

  test('numbers are bare numbers (the negative score included); every text cell is quoted', () => {
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(',-0.62,"negative",');
    expect(line).toContain('"delivery; damaged"');
    const amazon = parseCsv(csv)[2]!;
    expect(amazon[EXPORT_COLUMNS.indexOf('rating')]).toBe('1');
    expect(amazon[EXPORT_COLUMNS.indexOf('product')]).toBe('B08N5WRWNW');
    expect(amazon[EXPORT_COLUMNS.indexOf('author')]).toBe("'=Evil Name");
    expect(csv.split('\r\n')[2]).toMatch(/^"amazon:R00000002","amazon",/);
  });

  test('empty values are empty cells', () => {
    const row = parseCsv(csv)[1]!;
    for (const key of ['incident', 'agent', 'templateId', 'statementVersion', 'firstResponseMinutes', 'rating', 'product'] as const) {
      expect(row[EXPORT_COLUMNS.indexOf(key)]).toBe('');
    }
  });

  test('later chunks have no BOM and no header; an empty first chunk is the BOM and the header', () => {
    const next = csvChunk(records, false);
    expect(next.startsWith('"x:')).toBe(true);
    expect(csvChunk([], false)).toBe('');
    const empty = csvChunk([], true);
    expect(empty).toBe('\ufeff' + EXPORT_COLUMNS.map((c) => `"${c}"`).join(',') + '\r\n');
    expect(parseCsv(empty)).toEqual([[...EXPORT_COLUMNS]]);
  });

  test('extras fill their columns', () => {
    const r = record(3, 'x', {}, { incident: 'battery-fire', agent: 'mei', templateId: 'apology-1', statementVersion: 2, firstResponseMinutes: 14.5 });
    const row = parseCsv(csvChunk([r], true))[1]!;
    expect(row.slice(EXPORT_COLUMNS.indexOf('incident'), EXPORT_COLUMNS.indexOf('text'))).toEqual(['battery-fire', 'open', 'mei', 'apology-1', '2', '14.5']);
  });
});

/** The file csv-stringify writes with CSV_OPTIONS: what csvChunk must write, byte for byte. */
function csvStringifyChunk(records: readonly ExportRecord[], first: boolean): string {
  return stringify(
    records.map(csvCells),
    first ? { ...CSV_OPTIONS, bom: true, header: true, columns: [...EXPORT_COLUMNS] } : { ...CSV_OPTIONS, header: false },
  );
}

describe('exactly what csv-stringify writes with CSV_OPTIONS', () => {
  const TEXT_COLUMNS = ['id', 'permalink', 'author', 'postedAt', 'language', 'sentimentLabel', 'product', 'incident', 'status', 'agent', 'templateId', 'statementVersion', 'text', 'textSha256'] as const;
  const NUMBERS = [-0.62, 0.4, 0, -0, 1, -1, 5, 12.5, 1e-7, -1e-7, 1e21, -1e21, NaN, Infinity, -Infinity];

  test.each(TRICKY_TEXTS)('%s, in every text column', (_what, text) => {
    const r = record(1, text);
    const records = TEXT_COLUMNS.map((key) => ({ ...r, [key]: text }) as ExportRecord);
    expect(csvChunk(records, true)).toBe(csvStringifyChunk(records, true));
    expect(csvChunk(records, false)).toBe(csvStringifyChunk(records, false));
  });

  test('every tricky text as the only category, and as one of two', () => {
    const records = TRICKY_TEXTS.flatMap(([, text]) => [
      { ...record(1, 'x'), complaintCategories: [text] } as unknown as ExportRecord,
      { ...record(2, 'y'), complaintCategories: ['delivery', text] } as unknown as ExportRecord,
    ]);
    expect(csvChunk(records, false)).toBe(csvStringifyChunk(records, false));
  });

  test.each(NUMBERS)('the number %s in every number column', (n) => {
    const r = { ...record(1, 'x'), sentimentScore: n, rating: n, statementVersion: n, firstResponseMinutes: n };
    expect(csvChunk([r], true)).toBe(csvStringifyChunk([r], true));
  });

  test('empty strings, empty categories and empty cells', () => {
    const empty = { ...record(1, ''), author: '', product: '', incident: '', agent: '', templateId: '', statementVersion: '', complaintCategories: [] };
    const absent = { ...record(2, 'x'), author: null, postedAt: null, capturedAt: null, language: null, sentimentScore: null, sentimentLabel: null, product: null, rating: null, status: null };
    expect(csvChunk([empty, absent], true)).toBe(csvStringifyChunk([empty, absent], true));
  });

  test('no records: the BOM and the header, as csv-stringify writes them', () => {
    expect(csvChunk([], true)).toBe(csvStringifyChunk([], true));
    expect(csvChunk([], false)).toBe(csvStringifyChunk([], false));
  });
});
