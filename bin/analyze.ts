/**
 * `crisis-desk analyze [FILE|-]`: JSON lines in, the same objects with the analysis added out.
 * Streams chunk by chunk: the input is read as it is needed (the stream's async iterator pauses
 * it while we work), the answers to one chunk's lines go out in one write, and we wait for
 * 'drain' when stdout is full, so 100,000 lines run in bounded memory. One write per chunk, not
 * per line: on a file, each write is a system call, and per-line writes were a tenth of a
 * 30,000-line run (profile, 2026-12). A bad line is reported and skipped; it never stops the
 * lines after it.
 */
import { isAscii } from 'node:buffer';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { analyzeText } from '../lib/analysis/index.ts';
import { installCuePrefilterTable } from '../lib/analysis/cue-prefilter.ts';
import { installLexiconDataParts, lexiconDataInstalled } from '../lib/analysis/languages/lexicon-data.ts';
import { LEXICONS_BUNDLED } from '../lib/analysis/languages/sources.ts';
import { installNgramTableBytes, ngramTableAvailable } from '../lib/analysis/ngram-table.ts';
import { AnalyzeInputSchema } from '../lib/analyze-input-schema.ts';
import { errorText, escapeControls } from './escape-controls.ts';
import { LineSplitter, readJsonLine, textChunks } from './json-lines.ts';

export { LineSplitter, MAX_JSON_DEPTH, nestedDeeperThan } from './json-lines.ts';

/** Where the built CLI keeps the language n-gram table, beside dist/cli.cjs (scripts/build-cli.mjs):
 * decoded already, in lib/analysis/ngram-table.ts's binary form. */
export const NGRAM_TABLE_FILE = 'ngrams.bin';
/** And the language packs' word lists: lib/analysis/languages/lexicon-data.ts's data (what the
 * extension ships as /lexicons.gz) in parts, each parsed when first read (lexiconDataParts). */
export const LEXICONS_FILE = 'lexicons.json';
/** And what the category cues' prefilter reads off each cue pattern, worked out ahead of time
 * (lib/analysis/cue-prefilter.ts cuePrefilterTable). */
export const CUE_PREFILTER_FILE = 'cue-prefilter.json';

/**
 * The built CLI bundles neither the n-gram table (a third of its size, read on every start
 * otherwise) nor the word lists (as object literals they were half the code V8 compiled and
 * cached for the first line; JSON parses in a fraction of that), and ships the cue prefilter's
 * table beside them: analyze installs them from the bundle's directory before the first line.
 * Run from source (tsx, the tests) the table and lists are in their modules and this does nothing.
 * Without them the analyser would call every text "und" or neutral (and, without the cue table,
 * be slow to start), so a missing or damaged file stops the command instead.
 */
export function ensureAnalyserData(): void {
  const dir = typeof __dirname === 'string' ? __dirname : '.';
  if (!ngramTableAvailable()) install(path.join(dir, NGRAM_TABLE_FILE), 'language table', (file) => installNgramTableBytes(readFileSync(file)));
  if (!LEXICONS_BUNDLED && !lexiconDataInstalled()) install(path.join(dir, LEXICONS_FILE), 'language lexicon file', (file) => installLexiconDataParts(readText(file)));
  // Only where the lexicons are not bundled, that is in the built CLI: from source every pattern
  // is read as it is compiled, as the tests and the extension do.
  if (!LEXICONS_BUNDLED) install(path.join(dir, CUE_PREFILTER_FILE), 'cue prefilter table', (file) => installCuePrefilterTable(readText(file)));
}

/** A data file's text. The build writes them ASCII only (non-ASCII characters as JSON \\u
 * escapes), read here without UTF-8 decoding, which took longer than the parse (profile of the
 * first line, 2026-12-07); a file that is not ASCII is decoded as UTF-8 all the same. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function install(file: string, what: string, read: (file: string) => void): void {
  try {
    read(file);
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? String(err.code) : undefined;
    // A file that cannot be read says why by its code (ENOENT...); one that can but is wrong, by
    // what the installer found.
    if (code !== undefined) throw new Error(`the ${what} ${file} cannot be read (${code}): run \`npm run build:cli\``, { cause: err });
    throw new Error(`the ${what} ${file} is damaged (${errorText(err)}): run \`npm run build:cli\``, { cause: err });
  }
}

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

  const lines = new LineSplitter();
  for await (const chunk of textChunks(input, stats)) {
    lines.push(chunk, analyse);
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

/** One input line -> one output line, or the reason it was rejected. Never throws. */
export function analyzeLine(line: string, opts: AnalyzeStreamOptions = {}): string | { error: string } {
  const read = readJsonLine(line);
  if ('error' in read) return read;
  const parsed = AnalyzeInputSchema.safeParse(read.json);
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
