/** The export pipeline over pages: extras, row filter, progress, cancel, empty exports. */
import { parse } from 'csv-parse/sync';
import { describe, expect, test, vi } from 'vitest';
import { EXPORT_COLUMNS } from '../../../lib/export/columns.ts';
import { combineExtras, type ExportExtrasLookup } from '../../../lib/export/extras.ts';
import { exportFileName } from '../../../lib/export/formats.ts';
import { subtleSha256 } from '../../../lib/export/sha256.ts';
import { fnv1a32 } from '../../../lib/export/text-hash.ts';
import { exportChunks, type ExportPage, type ExportProgress, type ExportRunOptions } from '../../../lib/export/run.ts';
import type { ExportExtras, StoredMention } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';
import { sha256 } from './records.ts';

async function* pagesOf(...pages: StoredMention[][]): AsyncGenerator<ExportPage<StoredMention>> {
  for (const rows of pages) yield { rows };
}

async function collect(pages: AsyncIterable<ExportPage<StoredMention>>, opts: ExportRunOptions<StoredMention>) {
  const chunks: string[] = [];
  const gen = exportChunks(pages, opts);
  for (;;) {
    const next = await gen.next();
    if (next.done) return { chunks, final: next.value };
    chunks.push(next.value);
  }
}

const page1 = [stored(1), stored(2), stored(3)];
const page2 = [stored(4), stored(5)];

describe('exportChunks', () => {
  test('one chunk per page, progress after each, the final count returned', async () => {
    const progress: ExportProgress[] = [];
    const { chunks, final } = await collect(pagesOf(page1, page2), { format: 'jsonl', total: 5, onProgress: (p) => progress.push(p) });
    expect(chunks).toHaveLength(2);
    expect(progress).toEqual([
      { scanned: 3, exported: 3, skipped: 0, total: 5 },
      { scanned: 5, exported: 5, skipped: 0, total: 5 },
    ]);
    expect(final).toEqual({ scanned: 5, exported: 5, skipped: 0, total: 5 });
  });

  test('skipped rows count as scanned', async () => {
    async function* damaged(): AsyncGenerator<ExportPage<StoredMention>> {
      yield { rows: page1, skipped: 2 };
    }
    const { final } = await collect(damaged(), { format: 'csv' });
    expect(final).toEqual({ scanned: 5, exported: 3, skipped: 2 });
  });

  test('keep() sees the extras; rows it refuses are scanned but not exported', async () => {
    const agents: ExportExtrasLookup = { extrasFor: (rows) => rows.map((r) => (r.id.endsWith('2') ? { agent: 'mei' } : undefined)) };
    const { chunks, final } = await collect(pagesOf(page1), { format: 'jsonl', extras: agents, keep: (_row, e) => e.agent === 'mei' });
    expect(chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; agent: string })).toMatchObject([{ id: page1[1]!.id, agent: 'mei' }]);
    expect(final).toMatchObject({ scanned: 3, exported: 1 });
  });

  test('two features supply extras: the first that knows a field wins; an invalid answer leaves the cells empty', async () => {
    const team: ExportExtrasLookup = { extrasFor: async (rows) => rows.map(() => ({ incident: 'battery-fire', agent: 'mei' })) };
    const replies: ExportExtrasLookup = {
      extrasFor: (rows) => rows.map((_r, i) => (i === 2 ? ({ firstResponseMinutes: -3 } as ExportExtras) : { agent: 'other', templateId: 'apology-1', firstResponseMinutes: 12 })),
    };
    const { chunks } = await collect(pagesOf(page1), { format: 'jsonl', extras: combineExtras(team, replies) });
    const out = chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ incident: 'battery-fire', agent: 'mei', templateId: 'apology-1', firstResponseMinutes: 12 });
    // The combined answer for row 3 has a negative time: refused as a whole, so nothing is shown.
    expect(out[2]).toMatchObject({ incident: null, agent: null, firstResponseMinutes: null });
  });

  test('an extras lookup that answers the wrong number of rows stops the export', async () => {
    const broken: ExportExtrasLookup = { extrasFor: () => [] };
    await expect(collect(pagesOf(page1), { format: 'csv', extras: broken })).rejects.toThrow('extras lookup answered 0 entries for 3 mentions');
  });

  test('no rows: a CSV is the BOM and the header; JSON lines is empty', async () => {
    const csv = await collect(pagesOf(), { format: 'csv' });
    expect(parse(csv.chunks.join(''), { bom: true })).toEqual([[...EXPORT_COLUMNS]]);
    expect(csv.chunks.join('').startsWith('\ufeff')).toBe(true);
    const jsonl = await collect(pagesOf([]), { format: 'jsonl' });
    expect(jsonl.chunks.join('')).toBe('');
  });

  test('cancel: an aborted signal stops before the next page with its reason', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    const run = (async () => {
      for await (const chunk of exportChunks(pagesOf(page1, page2), { format: 'csv', signal: controller.signal, onProgress: () => controller.abort() })) chunks.push(chunk);
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Cancelled while the first page was reported: that page's chunk is out, the second is never read.
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).not.toContain(page2[0]!.id);
  });

  test('rows with a stored text hash are not hashed again; the same file either way', async () => {
    const rows = [stored(1), stored(2, { text: 'Das Paket kam kaputt an\n=1+1 "quoted"' }), stored(3)];
    const withHashes = rows.map((r) => ({ ...r, textHash: { sha256: sha256(r.text), fnv1a: fnv1a32(r.text) } }));
    const hasher = vi.fn(subtleSha256());
    for (const format of ['csv', 'jsonl'] as const) {
      const plain = await collect(pagesOf(rows), { format });
      const fast = await collect(pagesOf(withHashes), { format, sha256: hasher });
      expect(fast.chunks.join('')).toBe(plain.chunks.join(''));
    }
    expect(hasher).not.toHaveBeenCalled();
  });

  test('a stored hash of an older text is not used: the text as it is now is hashed', async () => {
    const row = { ...stored(1, { text: 'I waited two weeks and it arrived broken' }), textHash: { sha256: sha256('I waited two weeks and…'), fnv1a: fnv1a32('I waited two weeks and…') } };
    const { chunks } = await collect(pagesOf([row]), { format: 'jsonl' });
    expect((JSON.parse(chunks.join('')) as { textSha256: string }).textSha256).toBe(sha256('I waited two weeks and it arrived broken'));
  });

  test('the text hash comes from the hasher it is given', async () => {
    const { chunks } = await collect(pagesOf(page2), { format: 'jsonl', sha256: async (texts) => texts.map((_t, i) => String(i).repeat(64)) });
    expect(chunks.join('').trimEnd().split('\n').map((l) => (JSON.parse(l) as { textSha256: string }).textSha256)).toEqual(['0'.repeat(64), '1'.repeat(64)]);
  });
});

describe('exportFileName', () => {
  test.each([
    ['csv', '2025-11-22T12:03:04.567Z', 'crisis-desk-export-20251122-120304Z.csv'],
    ['jsonl', '2025-01-02T00:00:00.000Z', 'crisis-desk-export-20250102-000000Z.jsonl'],
  ] as const)('%s at %s: %s', (format, iso, name) => {
    expect(exportFileName(format, new Date(iso))).toBe(name);
  });
});
