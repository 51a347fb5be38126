/**
 * `npm run bench`: figures, not pass/fail. Prints the machine's load next to every figure because
 * this 2-core machine is noisy; ratios against a baseline measured in the same run mean more than
 * absolute times.
 *
 * - extraction: ms per item in Debian Chromium on every saved page (target < 0.2 ms)
 * - analysis: mentions per second on tweet-length text, beside franc + vader-sentiment in the same run,
 *   the analyser's memory once loaded (bench/analysis-heap.ts, in a fresh process) and its bundled
 *   size (bench/analysis-size.ts)
 * - surge: buckets per second and state size per scope
 * - db: 50,000 mentions in fake-indexeddb: inbox page, filtered page, counts, prune
 * - build: each script of the Chrome build and the whole against its budget (scripts/build-size.mjs)
 * - cold start: the background worker woken by a message, beside an empty worker (bench/cold-start.ts)
 * - export: 100,000 mentions to CSV and JSON lines, in Node (fake-indexeddb) and in Chromium, memory,
 *   and the CLI (bench/export.ts; target < 3 s)
 * - inbox: 50,000 mentions in Chromium's IndexedDB: first page, sort change, search, bulk action on
 *   1,000 rows, incremental brigade grouping (bench/inbox.ts)
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { benchAnalysis, formatAnalysisBench } from './analysis.ts';
import { ANALYSER_BUDGET_BYTES, analyserBundleBytes } from './analysis-size.ts';
import { fixtureMentionTexts } from './corpus.ts';
import { benchDb } from './db.ts';
import { benchCli, formatCliBench } from './cli.ts';
import { benchColdStart, formatColdStart } from './cold-start.ts';
import { benchExport } from './export.ts';
import { benchExtraction } from './extraction.ts';
import { benchLongWords, formatLongWords } from './long-words.ts';
import { benchLint, formatLintBench } from './lint.ts';
import { benchInbox } from './inbox.ts';
import { benchSurge } from './surge.ts';
const load = () => `load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores`;

function section(title: string): void {
  console.log(`\n## ${title} (${load()})`);
}

async function main(): Promise<void> {
  console.log(`# crisis-desk bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);

  section('extraction in Chromium (target < 0.2 ms per item)');
  try {
    const figs = await benchExtraction();
    console.log('| page | bytes | items | extracted | extract ms/item | findItems ms/scan | whole scan ms/item |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const f of figs) {
      console.log(
        `| ${f.file} | ${f.bytes} | ${f.items} | ${f.extracted} | ${f.msExtractPerItem.toFixed(4)} | ${f.msFindItems.toFixed(4)} | ${f.msPerItem.toFixed(4)} |`,
      );
    }
    const largest = figs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const worst = figs.reduce((a, b) => (b.msExtractPerItem > a.msExtractPerItem ? b : a));
    console.log(`largest page (${largest.file}): ${largest.msExtractPerItem.toFixed(4)} ms per item extracted`);
    console.log(`slowest page (${worst.file}): ${worst.msExtractPerItem.toFixed(4)} ms per item extracted`);
  } catch (err) {
    console.log(`skipped: could not run Chromium (${err instanceof Error ? err.message : String(err)})`);
  }

  section('the Chrome build (.output/chrome-mv3; run `npm run build` first)');
  try {
    // @ts-expect-error: a plain .mjs script without types (also run by `npm test` after the build)
    const { checkBuild } = (await import('../scripts/build-size.mjs')) as { checkBuild(dir: string): { files: { file: string; bytes: number }[]; total: number; budget: number } };
    const build = checkBuild(path.join(import.meta.dirname, '../.output/chrome-mv3'));
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    // The scripts, and the analyser's data shipped gzipped (runtime/analyser-data.ts).
    for (const f of build.files.filter((f) => /\.(js|gz)$/.test(f.file))) console.log(`${kib(f.bytes).padStart(10)}  ${f.file}`);
    console.log(`whole build: ${kib(build.total)} of a ${kib(build.budget)} budget`);
  } catch (err) {
    console.log(`build sizes: not measured (${err instanceof Error ? err.message : String(err)})`);
  }

  section('background cold start in Chromium (stop the worker, wake it with a message), 7 restarts');
  try {
    for (const c of await benchColdStart()) console.log(formatColdStart(c));
  } catch (err) {
    console.log(`cold start: not measured (${err instanceof Error ? err.message : String(err)})`);
  }

  section('analysis rate, tweet-length text, one thread');
  // The corpus: real mention texts from tests/fixtures (bench/corpus.ts).
  console.log(formatAnalysisBench(benchAnalysis(fixtureMentionTexts())));
  console.log(analysisMemory());
  console.log(formatLongWords(benchLongWords()));
  try {
    const size = await analyserBundleBytes();
    const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
    console.log(`analyser bundled alone (esbuild, minified, utf8): ${kb(size.bytes)} (${kb(size.gzipBytes)} gzipped in the store zip); budget ${kb(ANALYSER_BUDGET_BYTES)}`);
  } catch (err) {
    console.log(`analyser size: not measured (${err instanceof Error ? err.message : String(err)})`);
  }

  section('companion CLI, whole process (bench/cli.ts)');
  try {
    console.log(formatCliBench(await benchCli(fixtureMentionTexts())));
  } catch (err) {
    console.log(`CLI: not measured (${err instanceof Error ? err.message : String(err)})`);
  }

  section('reply lint: a 5,000-template pack (target < 1 s)');
  console.log(formatLintBench(benchLint()));

  section('surge detector, one scope, 60 days of generated 5-minute buckets');
  for (const [k, v] of Object.entries(benchSurge())) console.log(`${k}: ${v}`);

  section('IndexedDB (fake-indexeddb in Node; a browser is faster), 50,000 mentions');
  const db = await benchDb();
  for (const [k, v] of Object.entries(db)) console.log(`${k}: ${typeof v === 'number' ? v.toFixed(2) : v}`);

  section('export for managers, 100,000 mentions (target < 3 s with a progress bar, bounded memory)');
  for (const line of await benchExport()) console.log(line);
  // ---- The inbox (issue 14): its own section, in Chromium's own IndexedDB. ----
  section('inbox in Chromium, 50,000 flagged mentions (targets: first page < 50 ms, sort and search < 100 ms, bulk 1,000 < 1 s)');
  try {
    for (const [k, v] of Object.entries(await benchInbox())) console.log(`inbox_${k}: ${v}`);
  } catch (err) {
    console.log(`inbox: not measured (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** bench/analysis-heap.ts in a fresh process: this one holds Chromium's and the other sections'
 * garbage, and has no gc() to call. */
function analysisMemory(): string {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'analysis-heap.ts')], { encoding: 'utf8' });
    const m = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    return (
      `analyser memory, fresh process, every pack compiled, after GC: JS heap ${m.heapUsedMB} MB ` +
      `(${m.heapAddedMB} MB of it built on first use), ArrayBuffers ${m.arrayBuffersMB} MB (n-gram table, ` +
      `character caches); MV3 worker budget 60 MB`
    );
  } catch (err) {
    return `memory: not measured (${err instanceof Error ? err.message : String(err)})`;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
