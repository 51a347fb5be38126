/**
 * The export where the target applies: in Debian Chromium, over its real IndexedDB, with
 * the side panel's code (runtime/export-blob.ts) bundled by esbuild and loaded under an extension
 * page's script policy (`script-src 'self'`: no eval, so zod parses without its JIT, as in the
 * extension). A <progress> element is updated on every progress event, as the panel's bar is, and
 * the JS heap is sampled there.
 * The page is served at an https URL through request interception (WebCrypto needs a secure
 * context).
 */
import { build } from 'esbuild';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { openBenchPage } from './bench-page.ts';
import { cpuSnapshot, cpuSpent, waitUntilIdle, type CpuSpent } from './process-cpu.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { openCrisisDb } from './lib/db/open.ts';
        import { putMentions } from './lib/db/mentions.ts';
        import { exportToBlob } from './runtime/export-blob.ts';
        import { makeExportRows, withTextHashes } from './bench/export-rows.ts';
        import { EXPORT_PAGE_SIZE } from './lib/db/export-pages.ts';
        import { planInbox } from './lib/db/mentions.ts';
        let db;
        globalThis.__exportBench = {
          async fill(count) {
            db = await openCrisisDb();
            const rows = await withTextHashes(makeExportRows(count));
            const t0 = performance.now();
            for (let i = 0; i < rows.length; i += 500) await putMentions(db, rows.slice(i, i + 500));
            return performance.now() - t0;
          },
          async run(filter, format) {
            const bar = document.querySelector('progress');
            let events = 0;
            const heap0 = performance.memory.usedJSHeapSize;
            let heapPeak = heap0;
            const t0 = performance.now();
            const file = await exportToBlob(db, { filter, format }, {
              now: new Date(0),
              onProgress: (p) => {
                events++;
                bar.max = p.total ?? 0;
                bar.value = p.scanned;
                heapPeak = Math.max(heapPeak, performance.memory.usedJSHeapSize);
              },
            });
            return { ms: performance.now() - t0, rows: file.rows, bytes: file.blob.size, events, heapPeak: heapPeak - heap0 };
          },
          // The export's read floor: the same index ranges, in the export's page size, values only
          // (no parse, format or Blob); the ranges side by side, as the export reads them.
          async readIndex(filter) {
            const plan = planInbox(filter);
            const t0 = performance.now();
            const counts = await Promise.all(plan.prefixes.map(async (prefix) => {
              let lower = [...prefix];
              let open = false;
              let rows = 0;
              for (;;) {
                const range = IDBKeyRange.bound(lower, [...prefix, []], open, true);
                const page = await db.transaction('mentions', 'readonly').store.index(plan.index).getAll(range, EXPORT_PAGE_SIZE);
                rows += page.length;
                if (page.length < EXPORT_PAGE_SIZE) return rows;
                const last = page[page.length - 1];
                lower = [...prefix, last.sortAt, last.id];
                open = true;
              }
            }));
            return { ms: performance.now() - t0, rows: counts.reduce((a, b) => a + b, 0), bytes: 0, events: 0, heapPeak: 0 };
          },
          // The cheapest read of every row: the object store in its own key order (not the time
          // order an export needs), no index.
          async readStore() {
            const t0 = performance.now();
            let rows = 0;
            let after;
            for (;;) {
              const page = await db.getAll('mentions', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), EXPORT_PAGE_SIZE);
              rows += page.length;
              if (page.length < EXPORT_PAGE_SIZE) break;
              after = page[page.length - 1].id;
            }
            return { ms: performance.now() - t0, rows, bytes: 0, events: 0, heapPeak: 0 };
          },
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: true,
  });
  return out.outputFiles[0]!.text;
}

export interface ChromiumExportFigure {
  what: string;
  ms: number;
  rows: number;
  bytes: number;
  events: number;
  /** performance.memory (precise with --enable-precise-memory-info), sampled per page, above the
   * heap before the export; without a forced GC, so garbage not yet collected counts too. */
  heapPeak: number;
  /** CPU time of every Chromium process during the run (process-cpu.ts), Linux only. */
  cpu?: CpuSpent;
}

export async function benchExportChromium(count: number): Promise<{ fillMs: number; settleMs: number; runs: ChromiumExportFigure[] }> {
  const code = await bundle();
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--enable-precise-memory-info'], protocolTimeout: 1_800_000 });
  try {
    const page = await browser.newPage();
    await openBenchPage(page, code, '<progress value="0" max="1"></progress>');
    page.setDefaultTimeout(600_000);
    const fillMs = await page.evaluate((n) => (globalThis as unknown as { __exportBench: { fill(n: number): Promise<number> } }).__exportBench.fill(n), count);
    // Measure the database a manager exports from, which was written over days: not LevelDB
    // still compacting the 100,000 rows just written (that doubled the read's CPU).
    const pid = browser.process()?.pid;
    const settleMs = pid === undefined ? 0 : await waitUntilIdle(pid);
    type Run = (f: object, format: string) => Promise<Omit<ChromiumExportFigure, 'what'>>;
    type Bench = { run: Run; readIndex: Run; readStore: Run };
    const call = async (fn: keyof Bench, filter: object, format = 'csv'): Promise<Omit<ChromiumExportFigure, 'what'>> => {
      const before = pid === undefined ? undefined : cpuSnapshot(pid);
      const r = await page.evaluate((name, f, fmt) => (globalThis as unknown as { __exportBench: Bench }).__exportBench[name](f, fmt), fn, filter, format);
      const cpu = cpuSpent(before, pid === undefined ? undefined : cpuSnapshot(pid));
      return cpu ? { ...r, cpu } : r;
    };
    const run = (filter: object, format: string) => call('run', filter, format);
    await run({ flaggedOnly: false, status: 'all', to: '2025-06-02T00:00:00.000Z' }, 'csv'); // warm-up on a small range
    const runs: ChromiumExportFigure[] = [];
    runs.push({ what: 'CSV, all', ...(await run({ flaggedOnly: false, status: 'all' }, 'csv')) });
    runs.push({ what: 'JSON lines, all', ...(await run({ flaggedOnly: false, status: 'all' }, 'jsonl')) });
    runs.push({ what: 'CSV, flagged open negative X posts', ...(await run({ status: 'open', label: 'negative', platform: 'x' }, 'csv')) });
    // The floors, measured in the same browser right after: the export of every row cannot be
    // faster than reading its rows, in its order, out of IndexedDB.
    runs.push({ what: 'floor: bare read of the same rows (same index ranges and pages, no parse / format / Blob)', ...(await call('readIndex', { flaggedOnly: false, status: 'all' })) });
    runs.push({ what: 'floor: bare read of the object store in key order (no index, not the time order an export needs)', ...(await call('readStore', {})) });
    runs.push({ what: 'CSV, all (again, after the floors)', ...(await run({ flaggedOnly: false, status: 'all' }, 'csv')) });
    return { fillMs, settleMs, runs };
  } finally {
    await browser.close();
  }
}
