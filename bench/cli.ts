/**
 * The companion CLI as a user runs it, whole process (`node bin/crisis-desk.js ...` in a child
 * process), beside the naive franc + vader-sentiment pair run the same way in the same run (this
 * 2-core machine is noisy, so the ratio means more than the absolute rate):
 * - time to first output: `echo '{"text":"Das Paket kam nie an"}' | crisis-desk analyze -`, from
 *   spawn to the first byte on stdout, median of several runs (start-up dominates it);
 * - whole-process `analyze FILE` on tweet-length JSON lines (the fixtures' mention texts, cycled),
 *   output to a file, from spawn to exit: lines per second, start-up included;
 * - bench/cli-franc-vader.mjs on the same file, the same way.
 * The CLI is built first (scripts/build-cli.mjs), so the figures are for the current sources.
 *
 *   npx tsx bench/cli.ts           # standalone
 *   benchCli(texts)                 # from bench/run.ts
 *
 * Targets (issue 10): first output < 300 ms; analyze >= 10,000 lines/s and >= 2x franc + vader.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/crisis-desk.js');
const PAIR = path.join(ROOT, 'bench/cli-franc-vader.mjs');
const BUILD = path.join(ROOT, 'scripts/build-cli.mjs');

export interface CliBenchOptions {
  /** How many JSON lines the whole-process runs read (default 30,000). */
  lines?: number;
  /** Runs of the first-output measurement (default 9; the median is reported). */
  firstOutputRuns?: number;
  /** Runs of each whole-process measurement (default 3; the median is reported). */
  wholeRuns?: number;
}

export interface CliBench {
  firstOutputMs: number;
  firstOutputRunsMs: number[];
  /** The same measure for a bare `node -e` that writes one byte, alternated with the CLI's runs:
   * Node's own start on this machine at this moment (the part no change of ours can remove). */
  bareNodeMs: number;
  lines: number;
  averageChars: number;
  analyzeLinesPerSecond: number;
  pairLinesPerSecond: number;
  /** crisis-desk analyze divided by franc + vader-sentiment, both whole-process. */
  vsPair: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/** Milliseconds from spawning `node ARGS` (given `input` on stdin) to the first byte of its stdout;
 * a non-zero exit is an error. */
async function firstByteMs(args: string[], input: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(input);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const first = new Promise<number>((resolve) => child.stdout.once('data', () => resolve(performance.now() - t0)));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`node ${args.map((a) => path.basename(a)).join(' ')} exited ${code}: ${stderr.trim()}`);
  return first;
}

/** The CLI's first answer to one line. */
const firstOutputMs = (): Promise<number> => firstByteMs([BIN, 'analyze', '-'], '{"text":"Das Paket kam nie an"}\n');
/** A bare Node writing one byte: Node's own start. */
const bareNodeMs = (): Promise<number> => firstByteMs(['-e', 'process.stdout.write("x")'], '');

/** Seconds from spawning `node ARGS` (stdout to a file) to its exit; checks the output lines. */
async function wholeProcessSeconds(args: string[], outFile: string, expectLines: number): Promise<number> {
  const out = openSync(outFile, 'w');
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  closeSync(out);
  if (code !== 0) throw new Error(`node ${args.map((a) => path.basename(a)).join(' ')} exited ${code}: ${stderr.trim()}`);
  const got = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.length > 0).length;
  if (got !== expectLines) throw new Error(`node ${path.basename(args[0] ?? '')}: ${got} output lines, expected ${expectLines}`);
  return seconds;
}

export async function benchCli(texts: readonly string[], opts: CliBenchOptions = {}): Promise<CliBench> {
  if (texts.length === 0) throw new Error('benchCli: no texts');
  const n = opts.lines ?? 30_000;
  // (Absent only in checkouts from before the CLI was built, which ran through tsx.)
  if (existsSync(BUILD)) execFileSync(process.execPath, [BUILD], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(path.join(tmpdir(), 'crisis-desk-bench-cli-'));
  try {
    const firstRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let i = 0; i < (opts.firstOutputRuns ?? 9); i++) {
      firstRuns.push(await firstOutputMs());
      bareRuns.push(await bareNodeMs());
    }

    const input = path.join(dir, 'tweets.jsonl');
    const picked = Array.from({ length: n }, (_, i) => texts[i % texts.length] ?? '');
    writeFileSync(input, picked.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n') + '\n');
    const ours: number[] = [];
    const pair: number[] = [];
    // Alternate the two so a burst of load elsewhere hits both alike.
    for (let i = 0; i < (opts.wholeRuns ?? 3); i++) {
      ours.push(await wholeProcessSeconds([BIN, 'analyze', input], path.join(dir, 'ours.jsonl'), n));
      pair.push(await wholeProcessSeconds([PAIR, input], path.join(dir, 'pair.jsonl'), n));
    }
    const analyzeLinesPerSecond = n / median(ours);
    const pairLinesPerSecond = n / median(pair);
    return {
      firstOutputMs: median(firstRuns),
      firstOutputRunsMs: firstRuns,
      bareNodeMs: median(bareRuns),
      lines: n,
      averageChars: picked.reduce((s, t) => s + t.length, 0) / n,
      analyzeLinesPerSecond,
      pairLinesPerSecond,
      vsPair: analyzeLinesPerSecond / pairLinesPerSecond,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCliBench(b: CliBench): string {
  const round = (x: number) => Math.round(x).toLocaleString('en');
  return [
    `time to first output (analyze -, one line): median ${b.firstOutputMs.toFixed(0)} ms of ${b.firstOutputRunsMs.length} runs ` +
      `(${b.firstOutputRunsMs.map((x) => x.toFixed(0)).join(', ')}); target < 300 ms; a bare \`node -e\` writing one byte, alternated: median ${b.bareNodeMs.toFixed(0)} ms`,
    `whole-process analyze, ${b.lines.toLocaleString('en')} lines (average ${b.averageChars.toFixed(0)} chars):`,
    '| process | lines/s |',
    '|---|---:|',
    `| crisis-desk analyze FILE | ${round(b.analyzeLinesPerSecond)} |`,
    `| franc + vader-sentiment (bench/cli-franc-vader.mjs FILE) | ${round(b.pairLinesPerSecond)} |`,
    `crisis-desk vs franc + vader-sentiment, whole process: ${b.vsPair.toFixed(2)}× (target >= 2, and >= 10,000 lines/s)`,
  ].join('\n');
}

async function standalone(): Promise<void> {
  const { fixtureMentionTexts } = await import('./corpus.ts');
  console.log(formatCliBench(await benchCli(fixtureMentionTexts())));
}

if (import.meta.url === `file://${process.argv[1]}`) void standalone();
