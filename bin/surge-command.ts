/**
 * `crisis-desk surge FILE.csv [--preset balanced|sensitive|strict]`: reads NAB-format
 * `timestamp,value` CSV (FILE or `-` for stdin) and prints `timestamp,value,anomaly_score,alert`,
 * one row per input row in input order, so the output is directly scorable by NAB.
 *
 * Streams line by line (bounded memory for a year of buckets). The bucket length is the step
 * between the first two rows. Bad input stops with `FILE:LINE: reason` on stderr and exit code 1
 * (rows before it are already written); gaps are only warned about, because the detector counts
 * missing buckets as zero.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SurgeDetector } from '../lib/surge/detector.ts';
import { SURGE_PRESETS, surgeOptions, type SurgePreset } from '../lib/surge/presets.ts';

export interface SurgeIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const USAGE = `usage: crisis-desk surge FILE.csv [--preset ${SURGE_PRESETS.join('|')}]   (FILE may be - for stdin)\n`;
const MAX_WARNINGS = 10;

/** `YYYY-MM-DD HH:MM:SS` (NAB, read as UTC) or any ISO 8601 timestamp; NaN when invalid. */
export function parseTimestamp(raw: string): number {
  const t = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t)) return Date.parse(t.replace(' ', 'T') + 'Z');
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) return Date.parse(t);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return Date.parse(t + 'T00:00:00Z');
  return NaN;
}

function parseArgs(argv: string[]): { file: string; preset: SurgePreset } | string {
  let file: string | undefined;
  let preset: SurgePreset = 'balanced';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--preset' || a.startsWith('--preset=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !(SURGE_PRESETS as readonly string[]).includes(v)) return `unknown preset ${JSON.stringify(v ?? '')}`;
      preset = v as SurgePreset;
    } else if (a.startsWith('--') && a !== '-') return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument ${a}`;
  }
  return file === undefined ? 'missing FILE.csv' : { file, preset };
}

interface Row {
  line: number;
  ts: string;
  value: string;
  t: number;
  v: number;
}

export async function runSurge(argv: string[], io: SurgeIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`surge: ${args}\n${USAGE}`);
    return 2;
  }
  const name = args.file === '-' ? '<stdin>' : args.file;
  let input: NodeJS.ReadableStream;
  try {
    input = args.file === '-' ? io.stdin : createReadStream(args.file);
  } catch (e) {
    io.stderr.write(`surge: cannot read ${name}: ${(e as Error).message}\n`);
    return 1;
  }
  const fail = (line: number, msg: string): number => {
    io.stderr.write(`${name}:${line > 0 ? `${line}:` : ''} ${msg}\n`);
    return 1;
  };

  let lineNo = 0;
  let header = false;
  let first: Row | undefined;
  let prev: Row | undefined;
  let det: SurgeDetector | undefined;
  let bucketMs = 0;
  let warnings = 0;
  const emit = (row: Row): void => {
    const r = det!.observe({ start: row.t, negatives: row.v });
    io.stdout.write(`${row.ts},${row.value},${r.score.toFixed(6)},${r.alert ? 1 : 0}\n`);
  };
  const warn = (line: number, msg: string): void => {
    if (warnings++ < MAX_WARNINGS) io.stderr.write(`${name}:${line}: warning: ${msg}\n`);
  };

  try {
    const rl = createInterface({ input, crlfDelay: Infinity });
    for await (const rawLine of rl) {
      lineNo++;
      const text = rawLine.replace(/^\uFEFF/, '').trim();
      if (!header) {
        if (text === '') continue;
        const cols = text.split(',').map((c) => c.trim().toLowerCase());
        if (cols[0] !== 'timestamp' || cols[1] !== 'value') return fail(lineNo, `expected the header "timestamp,value", got ${JSON.stringify(text.slice(0, 80))}`);
        header = true;
        io.stdout.write('timestamp,value,anomaly_score,alert\n');
        continue;
      }
      if (text === '') continue;
      const cells = text.split(',');
      if (cells.length < 2) return fail(lineNo, `expected "timestamp,value", got ${JSON.stringify(text.slice(0, 80))}`);
      const ts = cells[0]!.trim();
      const value = cells[1]!.trim();
      const t = parseTimestamp(ts);
      if (!Number.isFinite(t)) return fail(lineNo, `invalid timestamp ${JSON.stringify(ts.slice(0, 40))}`);
      const v = value === '' ? NaN : Number(value);
      if (!Number.isFinite(v)) return fail(lineNo, `value ${JSON.stringify(value.slice(0, 40))} is not a number`);
      if (v < 0) return fail(lineNo, `value ${value} is negative (expected a count)`);
      const row: Row = { line: lineNo, ts, value, t, v };
      if (prev) {
        if (t === prev.t) return fail(lineNo, `duplicate timestamp ${ts} (also on line ${prev.line})`);
        if (t < prev.t) return fail(lineNo, `timestamp ${ts} goes back in time (line ${prev.line} was ${prev.ts}); input must be sorted`);
      }
      if (!first) {
        first = row;
        prev = row;
        continue;
      }
      if (!det) {
        // The bucket length is the first step; the first row was held back until it was known.
        bucketMs = t - first.t;
        det = new SurgeDetector(surgeOptions(args.preset, { bucketMs, warmupBuckets: Math.max(1, Math.round(86_400_000 / bucketMs)) }));
        emit(first);
      } else {
        const step = t - prev!.t;
        if (step !== bucketMs) {
          const missing = step / bucketMs - 1;
          warn(lineNo, Number.isInteger(missing) ? `gap after ${prev!.ts}: ${missing} missing bucket(s) counted as zero` : `irregular step of ${step / 1000} s after ${prev!.ts} (buckets are ${bucketMs / 1000} s)`);
        }
      }
      emit(row);
      prev = row;
    }
  } catch (e) {
    return fail(lineNo, `cannot read input: ${(e as Error).message}`);
  }
  if (warnings > MAX_WARNINGS) io.stderr.write(`${name}: ${warnings - MAX_WARNINGS} more warning(s) not shown\n`);
  if (!header) return fail(lineNo, 'empty input: expected the header "timestamp,value" and data rows');
  if (!first) return fail(lineNo, 'no data rows after the header');
  if (!det) {
    // A single row: no step to learn the bucket length from; the default 5 minutes applies.
    det = new SurgeDetector(surgeOptions(args.preset));
    emit(first);
  }
  return 0;
}
