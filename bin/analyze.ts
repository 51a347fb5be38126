/**
 * `crisis-desk analyze [FILE|-]`: JSON lines in, the same objects with the analysis added out.
 * Streams line by line (readline's async iterator pauses the input while we are busy, and we wait
 * for 'drain' when stdout is full), so 100,000 lines run in bounded memory. A bad line is
 * reported and skipped; it never stops the lines after it.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
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
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (err) {
      stats.readError = err;
      break;
    }
    if (next.done) break;
    const line = next.value;
    stats.lines += 1;
    if (line.trim() === '') continue;
    const out = analyzeLine(line, opts);
    if (typeof out !== 'string') {
      stats.failed += 1;
      opts.onFailed?.();
      errors.write(`line ${stats.lines}: ${escapeControls(out.error)}\n`);
      continue;
    }
    stats.analysed += 1;
    if (!output.write(out + '\n')) await once(output, 'drain');
  }
  return stats;
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
