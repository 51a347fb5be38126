/**
 * `crisis-desk surge FILE.csv [--preset balanced|sensitive|strict]`: reads NAB-format
 * `timestamp,value` CSV (FILE or `-` for stdin) and prints `timestamp,value,anomaly_score,alert`,
 * one row per input row in input order, so the output is directly scorable by NAB.
 *
 * The whole input is read and checked before anything is written: bad input stops with
 * `FILE:LINE: reason` on stderr, exit code 1 and no output at all, never half a file that looks
 * complete. The rows are held meanwhile (about 100 bytes each: a year of 5-minute buckets,
 * 105,120 rows, is about 10 MB). The bucket length is the step between the first two rows; gaps
 * are only warned about, because the detector counts missing buckets as zero.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SurgeDetector } from '../lib/surge/detector.ts';
import { SURGE_PRESETS, surgeOptions, type SurgePreset } from '../lib/surge/presets.ts';
import { errorText, messageLine } from './escape-controls.ts';

export interface SurgeIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const USAGE = `usage: crisis-desk surge FILE.csv [--preset ${SURGE_PRESETS.join('|')}]   (FILE may be - for stdin)\n`;
const MAX_WARNINGS = 10;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (Gregorian leap years included).
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * A timestamp in milliseconds, or why it is not one. Accepted: `YYYY-MM-DD HH:MM:SS` (NAB, read
 * as UTC), ISO 8601 with `T`, optional seconds and fraction, and an optional `Z` or `±HH:MM`
 * offset, or a bare date (midnight UTC). Every field is checked: `Date.parse` rolls 2024-02-30
 * over to March 1, which would put a row on the wrong day without a word.
 */
export function readTimestamp(raw: string): number | { error: string } {
  const t = raw.trim();
  const m = TIMESTAMP.exec(t);
  if (!m) return { error: `invalid timestamp ${JSON.stringify(t.slice(0, 40))}` };
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = `${y}-${mo}-${d}`;
  if (month < 1 || month > 12) return { error: `${date} is not a date (there is no month ${mo})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { error: `${date} is not a date (${MONTH_NAMES[month - 1]} ${y} has ${days} days)` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { error: `${h}:${mi}:${s} is not a time of day` };
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(-2));
    if (oh > 23 || om > 59) return { error: `${zone} is not a UTC offset` };
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0-99 as 1900-1999
  at.setUTCHours(Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0').slice(0, 3)));
  return at.getTime() - offsetMinutes * 60_000;
}

/** `readTimestamp` as a number: NaN when the text is not a valid timestamp. */
export function parseTimestamp(raw: string): number {
  const t = readTimestamp(raw);
  return typeof t === 'number' ? t : NaN;
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

/** The checked rows, column by column: the original text (echoed back), the time and count. */
interface Rows {
  ts: string[];
  value: string[];
  t: number[];
  v: number[];
}

export async function runSurge(argv: string[], io: SurgeIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(messageLine(`surge: ${args}`) + USAGE);
    return 2;
  }
  const name = args.file === '-' ? '<stdin>' : args.file;
  const fail = (line: number, msg: string): number => {
    io.stderr.write(messageLine(`${name}:${line > 0 ? `${line}:` : ''} ${msg}`));
    return 1;
  };
  let warnings = 0;
  const warn = (line: number, msg: string): void => {
    if (warnings++ < MAX_WARNINGS) io.stderr.write(messageLine(`${name}:${line}: warning: ${msg}`));
  };

  // Read and check everything first.
  const rows: Rows = { ts: [], value: [], t: [], v: [] };
  let lineNo = 0;
  let header = false;
  let prevLine = 0;
  let bucketMs = 0;
  try {
    const input = args.file === '-' ? io.stdin : createReadStream(args.file);
    const rl = createInterface({ input, crlfDelay: Infinity });
    for await (const rawLine of rl) {
      lineNo++;
      const text = rawLine.replace(/^\uFEFF/, '').trim();
      if (text === '') continue;
      if (!header) {
        const cols = text.split(',').map((c) => c.trim().toLowerCase());
        if (cols[0] !== 'timestamp' || cols[1] !== 'value') return fail(lineNo, `expected the header "timestamp,value", got ${JSON.stringify(text.slice(0, 80))}`);
        header = true;
        continue;
      }
      const cells = text.split(',');
      if (cells.length < 2) return fail(lineNo, `expected "timestamp,value", got ${JSON.stringify(text.slice(0, 80))}`);
      const ts = cells[0]!.trim();
      const value = cells[1]!.trim();
      const t = readTimestamp(ts);
      if (typeof t !== 'number') return fail(lineNo, t.error);
      const v = value === '' ? NaN : Number(value);
      if (!Number.isFinite(v)) return fail(lineNo, `value ${JSON.stringify(value.slice(0, 40))} is not a number`);
      if (v < 0) return fail(lineNo, `value ${value} is negative (expected a count)`);
      const n = rows.t.length;
      if (n > 0) {
        const prevT = rows.t[n - 1]!;
        const prevTs = rows.ts[n - 1]!;
        if (t === prevT) return fail(lineNo, `duplicate timestamp ${ts} (also on line ${prevLine})`);
        if (t < prevT) return fail(lineNo, `timestamp ${ts} goes back in time (line ${prevLine} was ${prevTs}); input must be sorted`);
        const step = t - prevT;
        if (n === 1) bucketMs = step;
        else if (step !== bucketMs) {
          const missing = step / bucketMs - 1;
          warn(lineNo, Number.isInteger(missing) ? `gap after ${prevTs}: ${missing} missing bucket(s) counted as zero` : `irregular step of ${step / 1000} s after ${prevTs} (buckets are ${bucketMs / 1000} s)`);
        }
      }
      rows.ts.push(ts);
      rows.value.push(value);
      rows.t.push(t);
      rows.v.push(v);
      prevLine = lineNo;
    }
  } catch (e) {
    return fail(lineNo, `cannot read${lineNo > 0 ? ` after line ${lineNo}` : ''}: ${errorText(e)}`);
  }
  if (warnings > MAX_WARNINGS) io.stderr.write(messageLine(`${name}: ${warnings - MAX_WARNINGS} more warning(s) not shown`));
  if (!header) return fail(lineNo, 'empty input: expected the header "timestamp,value" and data rows');
  if (rows.t.length === 0) return fail(lineNo, 'no data rows after the header');

  // Then score and write. A single row has no step to learn the bucket length from: the
  // detector's default (5 minutes) applies.
  const det = new SurgeDetector(
    rows.t.length > 1 ? surgeOptions(args.preset, { bucketMs, warmupBuckets: Math.max(1, Math.round(86_400_000 / bucketMs)) }) : surgeOptions(args.preset),
  );
  io.stdout.write('timestamp,value,anomaly_score,alert\n');
  for (let i = 0; i < rows.t.length; i++) {
    const r = det.observe({ start: rows.t[i]!, negatives: rows.v[i]! });
    io.stdout.write(`${rows.ts[i]},${rows.value[i]},${r.score.toFixed(6)},${r.alert ? 1 : 0}\n`);
  }
  return 0;
}
