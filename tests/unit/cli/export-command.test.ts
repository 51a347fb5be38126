/** `crisis-desk export` in-process: which lines it takes, how analyze's fields map, streaming. */
import { parse } from 'csv-parse/sync';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../bin/args.ts';
import { exportStream, nodeSha256, readExportLine, runExport } from '../../../bin/export-command.ts';
import { subtleSha256 } from '../../../lib/export/sha256.ts';
import { TRICKY_TEXTS } from '../export/records.ts';

const mention = (n: number, over: Record<string, unknown> = {}) => ({ id: `x:${n}`, platform: 'x', permalink: `https://x.com/a/status/${n}`, text: `text ${n}`, ...over });

class Sink extends Writable {
  text = '';
  writes = 0;
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    this.writes++;
    done();
  }
}

async function runStream(input: string, format: 'csv' | 'jsonl', chunkSize = 1 << 16) {
  const chunks: string[] = [];
  for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.slice(i, i + chunkSize));
  const out = new Sink();
  const err = new Sink();
  const stats = await exportStream(Readable.from(chunks), out, err, { format });
  return { stats, out, err };
}

describe('readExportLine', () => {
  test.each([
    ['extract output (no analysis)', mention(1, { authorHandle: 'a', kind: 'post' }), { analysis: { lang: undefined, sentiment: undefined } }],
    ['analyze output (results at the top level)', mention(2, { lang: 'ja', langConfidence: 0.9, sentiment: { score: -0.4, label: 'negative' }, complaint: { categories: ['refund'], evidence: [] } }), { analysis: { lang: 'ja', sentiment: { score: -0.4, label: 'negative' }, complaint: { categories: ['refund'] } } }],
    ['a stored row (analysis, status, capture time)', mention(3, { analysis: { lang: 'ar', langConfidence: 1, sentiment: { score: 0.2, label: 'positive' }, analyzer: 'x' }, status: 'handled', capturedAt: '2025-01-01T00:00:00.000Z', flagged: 1 }), { status: 'handled', capturedAt: '2025-01-01T00:00:00.000Z', analysis: { lang: 'ar' } }],
    ['unknown keys are ignored', mention(4, { whatever: [1, 2] }), { id: 'x:4' }],
  ])('%s', (_what, line, expected) => {
    const read = readExportLine(JSON.stringify(line));
    expect(read).toMatchObject({ mention: expected });
  });

  test.each([
    ['not JSON', '{"id":', 'invalid JSON'],
    ['an array', '[1]', 'invalid mention'],
    ['no text', JSON.stringify({ ...mention(1), text: undefined }), 'text'],
    ['a bad id', JSON.stringify(mention(1, { id: 'facebook:1' })), 'id'],
    ['a bad permalink', JSON.stringify(mention(1, { permalink: 'not a url' })), 'permalink'],
    ['a bad sentiment', JSON.stringify(mention(1, { sentiment: { score: 9, label: 'negative' } })), 'sentiment.score'],
    ['nested 200 levels', `{"id":"x:1","x":${'['.repeat(200)}${']'.repeat(200)}}`, 'nested deeper than 128'],
  ])('%s: refused with the reason', (_what, line, reason) => {
    const read = readExportLine(line);
    expect('error' in read && read.error).toContain(reason);
  });
});

describe('exportStream', () => {
  test('JSON lines out, one per mention, analyze fields in their columns; blank lines ignored', async () => {
    const input = [JSON.stringify(mention(1, { lang: 'zh', sentiment: { score: -0.62, label: 'negative' }, complaint: { categories: ['damaged'], evidence: [] } })), '', '  ', JSON.stringify(mention(2))].join('\r\n');
    const { stats, out, err } = await runStream(input, 'jsonl');
    expect(err.text).toBe('');
    expect(stats).toMatchObject({ lines: 4, exported: 2, failed: 0 });
    const records = out.text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ id: 'x:1', language: 'zh', sentimentScore: -0.62, sentimentLabel: 'negative', complaintCategories: ['damaged'], status: null });
    expect(records[1]).toMatchObject({ id: 'x:2', language: null, sentimentScore: null, complaintCategories: [] });
  });

  test('bad lines on stderr with their numbers (control characters escaped); the rest exported', async () => {
    const input = [JSON.stringify(mention(1)), 'bad \u001b[31m line', JSON.stringify(mention(3))].join('\n');
    const { stats, out, err } = await runStream(input, 'csv');
    expect(stats).toMatchObject({ lines: 3, exported: 2, failed: 1 });
    expect(err.text).toMatch(/^line 2: invalid JSON: .*\\u001b/);
    expect((parse(out.text, { bom: true }) as string[][]).slice(1).map((r) => r[0])).toEqual(['x:1', 'x:3']);
  });

  test('empty input: a CSV with BOM and header only, JSON lines nothing', async () => {
    const csv = await runStream('', 'csv');
    expect(csv.out.text.startsWith('\ufeff"id","platform"')).toBe(true);
    expect(parse(csv.out.text, { bom: true })).toHaveLength(1);
    expect((await runStream('', 'jsonl')).out.text).toBe('');
  });

  test('written in batches as it reads (not all at the end), lines split across chunks', async () => {
    const input = Array.from({ length: 5000 }, (_, i) => JSON.stringify(mention(i + 1, { text: `包裹 ${i} 😡\n"second line"` }))).join('\n');
    const { stats, out } = await runStream(input, 'csv', 777);
    expect(stats.exported).toBe(5000);
    expect(out.writes).toBeGreaterThanOrEqual(5);
    const rows = parse(out.text, { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 5000 }, (_, i) => `x:${i + 1}`));
  });

  test('a read error stops the run with what was read so far', async () => {
    const input = new PassThrough();
    const out = new Sink();
    const done = exportStream(input, out, new Sink(), { format: 'jsonl' });
    input.write(JSON.stringify(mention(1)) + '\n');
    input.destroy(new Error('EIO'));
    const stats = await done;
    expect(stats.readError).toBeInstanceOf(Error);
    expect(out.text.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('runExport usage', () => {
  const io = { stdin: Readable.from([]), stdout: new Sink(), stderr: new Sink() };
  test.each([
    [['--format', 'pdf', '-'], '--format must be csv or jsonl, not "pdf"'],
    [[], 'export takes one FILE.jsonl (or - for stdin)'],
    [['--format'], '--format needs a value'],
  ])('%j: a UsageError naming the fix', async (argv, message) => {
    await expect(runExport(argv, io)).rejects.toThrow(new UsageError(message));
  });

  test('--help prints the export usage', async () => {
    const stdout = new Sink();
    expect(await runExport(['--help'], { ...io, stdout })).toBe(0);
    expect(stdout.text).toContain('usage: crisis-desk export --format csv|jsonl FILE.jsonl');
  });
});

describe('nodeSha256', () => {
  test.each(TRICKY_TEXTS)('%s: the same hash as WebCrypto', async (_what, text) => {
    expect(await nodeSha256([text])).toEqual(await subtleSha256()([text]));
  });
});
