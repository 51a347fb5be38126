/**
 * `crisis-desk analyze [FILE|-]`: JSON lines in, the same objects with the analysis added out.
 * Streams line by line (readline's async iterator pauses the input while we are busy, and we wait
 * for 'drain' when stdout is full), so 100,000 lines run in bounded memory.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { analyzeText } from '../lib/analysis/index.ts';
import { AnalyzeInputSchema } from '../lib/schema.ts';

export interface AnalyzeStreamOptions {
  languages?: readonly string[];
}

export interface AnalyzeStats {
  lines: number;
  analysed: number;
  failed: number;
}

export async function analyzeStream(input: Readable, output: Writable, errors: Writable, opts: AnalyzeStreamOptions = {}): Promise<AnalyzeStats> {
  const stats: AnalyzeStats = { lines: 0, analysed: 0, failed: 0 };
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    stats.lines += 1;
    if (line.trim() === '') continue;
    const out = analyzeLine(line, opts);
    if (typeof out !== 'string') {
      stats.failed += 1;
      errors.write(`line ${stats.lines}: ${out.error}\n`);
      continue;
    }
    stats.analysed += 1;
    if (!output.write(out + '\n')) await once(output, 'drain');
  }
  return stats;
}

/** One input line -> one output line, or the reason it was rejected. Never throws. */
export function analyzeLine(line: string, opts: AnalyzeStreamOptions = {}): string | { error: string } {
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
  const a = analyzeText({ text: item.text, langHint: item.langHint, platform: item.platform }, { languages: opts.languages });
  return JSON.stringify({
    ...item,
    lang: a.lang,
    langConfidence: a.langConfidence,
    sentiment: a.sentiment,
    complaint: a.complaint ?? { categories: [], evidence: [] },
  });
}
