/** JSON lines round trip: one record per line, the CSV's keys in the same order, typed values. */
import { describe, expect, test } from 'vitest';
import { EXPORT_COLUMNS } from '../../../lib/export/columns.ts';
import { jsonlChunk } from '../../../lib/export/jsonl.ts';
import { ExportRecordSchema } from '../../../lib/schema.ts';
import { TRICKY_TEXTS, record, sha256 } from './records.ts';

describe('JSON lines round trip', () => {
  const texts: [string, string][] = [...TRICKY_TEXTS.filter(([what]) => what !== 'lone surrogate'), ['line separators', 'a\u2028b\u2029c']];
  const records = texts.map(([, text], i) => record(i, text, {}, i === 0 ? { incident: 'battery-fire', statementVersion: 3 } : {}));
  const out = jsonlChunk(records);

  test('one line per record, each ending in \\n, no BOM', () => {
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(records.length + 1);
  });

  test.each(texts.map(([what], i) => [what, i] as const))('%s: parses back to the same record', (_what, i) => {
    const line = out.split('\n')[i]!;
    const back = ExportRecordSchema.parse(JSON.parse(line));
    expect(back).toEqual(records[i]);
    expect(Object.keys(JSON.parse(line) as object)).toEqual([...EXPORT_COLUMNS]);
    expect(sha256(back.text)).toBe(back.textSha256);
  });

  test('typed values: numbers, null for empty, categories as an array, texts not neutralised', () => {
    const first = JSON.parse(out.split('\n')[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ sentimentScore: -0.6, sentimentLabel: 'negative', complaintCategories: [], rating: null, agent: null, incident: 'battery-fire', statementVersion: 3 });
    const formula = texts.findIndex(([what]) => what === 'formula');
    expect((JSON.parse(out.split('\n')[formula]!) as { text: string }).text).toBe(texts[formula]![1]);
  });

  test('no records, no output', () => {
    expect(jsonlChunk([])).toBe('');
  });
});
