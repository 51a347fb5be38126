/**
 * Export benchmark (issue 12: "100,000 mentions export with a progress bar in under 3 s, bounded
 * memory"). Prints nothing; returns lines for bench/run.ts.
 *
 * - Node, fake-indexeddb: 100,000 stored mentions, with the text hash the ingest stores, exported
 *   the way the side panel does it (runtime/export-blob.ts: count, pages from IndexedDB, extras,
 *   hash check, encode, one Blob part per page, a progress event per page) as CSV and JSON lines,
 *   a filtered CSV, and the CSV of rows stored without a hash (hashed at export). Wall time and the
 *   process's CPU time (this 2-core machine is shared: CPU time is what the export itself cost),
 *   and the reading alone (pages + parse), for where the time goes. fake-indexeddb keeps its rows
 *   in the JS heap and clones them in JavaScript, so reading is slower than in a browser.
 * - Memory: the same CSV export once more with a full GC after every page; the largest heap left
 *   after a page, above the heap before the export, beside the size of the file. A page-at-a-time
 *   export keeps that near one page; one that held the file would grow by the file's size.
 * - Chromium (bench/export-chromium.ts): the same code over the browser's real IndexedDB, under an
 *   extension page's script policy, a <progress> bar updated per page; beside it, in the same
 *   browser, the floors: a bare read of the same rows through the same index, and of the object
 *   store in key order, with the CPU time of each Chromium process and thread (process-cpu.ts).
 *   The export is compared with its floor (the ratio), because the machine's load stretches both.
 * - The CLI, whole process, over the same 100,000 mentions as JSON lines.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { countExportRows, EXPORT_PAGE_SIZE, readExportPages } from '../lib/db/export-pages.ts';
import { putMentions } from '../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../lib/db/open.ts';
import { matchesExportFilter, type ExportFilter } from '../lib/export/filter.ts';
import { exportChunks, type ExportPage } from '../lib/export/run.ts';
import type { ExportFormat, ExportRow } from '../lib/schema.ts';
import { exportToBlob } from '../runtime/export-blob.ts';
import { benchExportChromium } from './export-chromium.ts';
import { formatCpu } from './process-cpu.ts';
import { EXPORT_BENCH_ROWS, makeExportRows, withTextHashes } from './export-rows.ts';

const TOTAL = EXPORT_BENCH_ROWS;
const BATCH = 500;
const TARGET_MS = 3000;
const ALL: ExportFilter = { flaggedOnly: false, status: 'all' };
const FILTERED: ExportFilter = { status: 'open', label: 'negative', platform: 'x' };

interface RunFigures {
  ms: number;
  cpuMs: number;
  rows: number;
  bytes: number;
  progressEvents: number;
}

async function exportOnce(db: CrisisDb, filter: ExportFilter, format: ExportFormat, afterPage?: () => void): Promise<RunFigures> {
  let events = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const file = await exportToBlob(db, { filter, format }, {
    now: new Date(0),
    onProgress: () => {
      events++;
      afterPage?.();
    },
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, rows: file.rows, bytes: file.blob.size, progressEvents: events };
}

/** The same CSV export of rows stored without a text hash (before it was stored, or by a writer
 * that did not hash): the export hashes every text with WebCrypto, as it did before. The rows are
 * read as stored and their hash dropped on the way, so no second fill is needed. */
async function exportUnhashed(db: CrisisDb, filter: ExportFilter, format: ExportFormat): Promise<RunFigures> {
  async function* withoutHashes(pages: AsyncIterable<ExportPage<ExportRow>>): AsyncGenerator<ExportPage<ExportRow>> {
    for await (const page of pages) yield { ...page, rows: page.rows.map(({ textHash: _dropped, ...row }) => row) };
  }
  let events = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const parts: Blob[] = [];
  const chunks = exportChunks(withoutHashes(readExportPages(db, filter)), {
    format,
    total: await countExportRows(db, filter),
    keep: (row, extras) => matchesExportFilter(row, extras, filter),
    onProgress: () => events++,
  });
  let next = await chunks.next();
  for (; !next.done; next = await chunks.next()) parts.push(new Blob([next.value]));
  const blob = new Blob(parts);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, rows: next.value.exported, bytes: blob.size, progressEvents: events };
}

async function readOnly(db: CrisisDb, filter: ExportFilter): Promise<number> {
  const start = performance.now();
  for await (const page of readExportPages(db, filter)) void page;
  return performance.now() - start;
}

/** A full GC on demand (Node's --expose-gc, switched on for this process from here). */
function gcFunction(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

async function cliOnce(file: string, format: ExportFormat): Promise<{ ms: number; bytes: number; status: number | null } | undefined> {
  const bin = path.join(import.meta.dirname, '../bin/crisis-desk.js');
  if (!existsSync(path.join(import.meta.dirname, '../dist/cli.cjs'))) return undefined;
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'export', '--format', format, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let bytes = 0;
  child.stdout.on('data', (b: Buffer) => (bytes += b.length));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { ms: performance.now() - start, bytes, status };
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const verdict = (ms: number) => (ms < TARGET_MS ? 'within' : 'OVER');
const fmtRun = (r: RunFigures) =>
  `${n(r.ms)} ms wall, ${n(r.cpuMs)} ms CPU (${n(r.rows / (r.ms / 1000))} rows/s), ${n(r.rows)} rows, ${mb(r.bytes)}, ${r.progressEvents} progress events`;

export async function benchExport(): Promise<string[]> {
  const out: string[] = [`page size ${n(EXPORT_PAGE_SIZE)} rows; target: ${n(TOTAL)} mentions in < ${n(TARGET_MS)} ms`];
  const rows = await withTextHashes(makeExportRows(TOTAL));
  const db = await openCrisisDb(new IDBFactory());
  const tmp = mkdtempSync(path.join(tmpdir(), 'crisis-desk-bench-export-'));
  try {
    const start = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) await putMentions(db, rows.slice(i, i + BATCH));
    out.push(`Node, fake-indexeddb: fill ${n(TOTAL)} mentions (not part of the export): ${n(performance.now() - start)} ms`);
    await exportOnce(db, { ...ALL, to: '2025-06-02T00:00:00.000Z' }, 'csv'); // warm the JIT on a small range
    const csv = await exportOnce(db, ALL, 'csv');
    out.push(`Node, CSV, all ${n(TOTAL)}: ${fmtRun(csv)} -> ${verdict(csv.ms)} the target`);
    out.push(`Node, of which reading (pages + parse) alone: ${n(await readOnly(db, ALL))} ms`);
    out.push(`Node, CSV, all, rows stored without a text hash (hashed at export): ${fmtRun(await exportUnhashed(db, ALL, 'csv'))}`);
    out.push(`Node, JSON lines, all: ${fmtRun(await exportOnce(db, ALL, 'jsonl'))}`);
    out.push(`Node, CSV, flagged open negative X posts: ${fmtRun(await exportOnce(db, FILTERED, 'csv'))}`);

    const gc = gcFunction();
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const memRun = await exportOnce(db, ALL, 'csv', () => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    out.push(`Node, memory: heap left after a page, at most +${mb(peak - before)} over the heap before the export, for a ${mb(memRun.bytes)} file (GC after each of ${memRun.progressEvents} pages)`);

    const file = path.join(tmp, 'mentions.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    for (const format of ['csv', 'jsonl'] as const) {
      const cli = await cliOnce(file, format);
      out.push(
        cli
          ? `CLI \`crisis-desk export --format ${format} FILE\`, ${n(TOTAL)} lines, whole process: ${n(cli.ms)} ms, ${mb(cli.bytes)} out, exit ${cli.status}`
          : 'CLI: not measured (dist/cli.cjs missing: npm run build:cli)',
      );
    }
  } finally {
    db.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  try {
    const chromium = await benchExportChromium(TOTAL);
    out.push(`Chromium, real IndexedDB: fill ${n(TOTAL)} mentions (not part of the export): ${n(chromium.fillMs)} ms, then ${n(chromium.settleMs)} ms until the browser's CPU was idle (LevelDB compacting the fill)`);
    const floor = chromium.runs.find((r) => r.what.startsWith('floor: bare read of the same rows'));
    for (const r of chromium.runs) {
      const speed = `${n(r.ms)} ms (${n(r.rows / (r.ms / 1000))} rows/s), ${n(r.rows)} rows`;
      if (r.what.startsWith('floor')) {
        out.push(`Chromium, ${r.what}: ${speed}; ${formatCpu(r.cpu)}`);
        continue;
      }
      const all = r.what.startsWith('CSV, all') || r.what.startsWith('JSON lines, all');
      const ratio = all && floor ? `, ${(r.ms / floor.ms).toFixed(2)}x the bare read` : '';
      out.push(`Chromium, ${r.what}: ${speed}, ${mb(r.bytes)}, ${r.events} progress events, JS heap peak +${mb(r.heapPeak)}${all ? ` -> ${verdict(r.ms)} the target` : ''}${ratio}; ${formatCpu(r.cpu)}`);
    }
  } catch (err) {
    out.push(`Chromium: not measured (${err instanceof Error ? err.message : String(err)})`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const line of await benchExport()) console.log(line);
}
