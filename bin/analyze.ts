/**
 * `crisis-desk analyze [FILE|-]`: JSON lines in, the same objects with the analysis added out.
 * Streams chunk by chunk: the input is read as it is needed (the stream's async iterator pauses
 * it while we work), the answers to one chunk's lines go out in one write, and we wait for
 * 'drain' when stdout is full, so 100,000 lines run in bounded memory. One write per chunk, not
 * per line: on a file, each write is a system call, and per-line writes were a tenth of a
 * 30,000-line run (profile, 2026-12). A bad line is reported and skipped; it never stops the
 * lines after it.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { analyzeText } from '../lib/analysis/index.ts';
import { AnalyzeInputSchema } from '../lib/schema.ts';
import { escapeControls } from './escape-controls.ts';

/**
 * Deeper input is rejected before it is parsed: JSON.stringify recurses, and an extra field of
 * 100,000 nested arrays overflowed the stack on the way out, killing the run (found 2026-12).
 * 128 is serde_json's default recursion limit; a mention is 2 or 3 levels deep.
 */
export const MAX_JSON_DEPTH = 128;

export interface AnalyzeStreamOptions {
  languages?: readonly string[];
  /** Called as soon as a line fails, so a run cut short (`| head`) still knows it had failures. */
  onFailed?: () => void;
}

export interface AnalyzeStats {
  lines: number;
  analysed: number;
  failed: number;
  /** Reading the input failed after `lines` lines (EISDIR, EIO...); the run stopped there. */
  readError?: unknown;
}

export async function analyzeStream(input: Readable, output: Writable, errors: Writable, opts: AnalyzeStreamOptions = {}): Promise<AnalyzeStats> {
  const stats: AnalyzeStats = { lines: 0, analysed: 0, failed: 0 };
  let out = '';
  const analyse = (line: string): void => {
    stats.lines += 1;
    if (line.trim() === '') return;
    const result = analyzeLine(line, opts);
    if (typeof result === 'string') {
      stats.analysed += 1;
      out += result + '\n';
      return;
    }
    stats.failed += 1;
    opts.onFailed?.();
    // What came before the bad line goes out first, so a terminal shows them in order.
    if (out) output.write(out);
    out = '';
    errors.write(`line ${stats.lines}: ${escapeControls(result.error)}\n`);
  };

  input.setEncoding('utf8');
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string>;
  const lines = new LineSplitter();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await chunks.next();
    } catch (err) {
      stats.readError = err;
      break;
    }
    if (next.done) break;
    lines.push(next.value, analyse);
    if (out) {
      const full = !output.write(out);
      out = '';
      if (full) await once(output, 'drain');
    }
  }
  if (stats.readError === undefined) lines.end(analyse);
  if (out) output.write(out);
  return stats;
}

/** Text chunks in, lines out, split as readline splits them: at \n, \r\n or a lone \r. A \r at
 * the end of a chunk waits for the next one, which may start with its \n. */
export class LineSplitter {
  private rest = '';

  push(chunk: string, onLine: (line: string) => void): void {
    const text = this.rest + chunk;
    // A final \r may be the first half of \r\n: leave it for the next chunk.
    const limit = text.endsWith('\r') ? text.length - 1 : text.length;
    let start = 0;
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      if (nl !== -1 && nl < start) nl = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const end = cr === -1 || cr >= limit ? nl : nl === -1 ? cr : Math.min(nl, cr);
      if (end === -1 || end >= limit) break;
      onLine(text.slice(start, end));
      start = end + (end === cr && nl === cr + 1 ? 2 : 1);
    }
    this.rest = text.slice(start);
  }

  /** The last line, if the input did not end with a line break. */
  end(onLine: (line: string) => void): void {
    const last = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    const had = this.rest.length > 0;
    this.rest = '';
    if (had) onLine(last);
  }
}

/** One input line -> one output line, or the reason it was rejected. Never throws. */
export function analyzeLine(line: string, opts: AnalyzeStreamOptions = {}): string | { error: string } {
  // Valid JSON nested n levels deep is at least 2n characters long: short lines skip the scan.
  if (line.length > 2 * MAX_JSON_DEPTH && nestedDeeperThan(line, MAX_JSON_DEPTH)) {
    return { error: `invalid input: nested deeper than ${MAX_JSON_DEPTH} levels` };
  }
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = AnalyzeInputSchema.safeParse(json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { error: `invalid input: ${why}` };
  }
  const item = parsed.data;
  try {
    const a = analyzeText({ text: item.text, langHint: item.langHint, platform: item.platform }, { languages: opts.languages });
    return JSON.stringify({
      ...item,
      lang: a.lang,
      langConfidence: a.langConfidence,
      sentiment: a.sentiment,
      complaint: a.complaint ?? { categories: [], evidence: [] },
    });
  } catch (err) {
    // Not expected (analyzeText never throws, the depth is bounded), but one line must not end
    // the run for the lines after it.
    return { error: `cannot analyse: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Whether the JSON text opens more than `max` arrays or objects inside each other. Brackets
 * inside strings do not count. Linear, no recursion. */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
