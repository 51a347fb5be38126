/**
 * `crisis-desk export --format csv|jsonl FILE.jsonl` (FILE may be `-` for stdin): mentions as
 * `crisis-desk extract` writes them (optionally with what `analyze` adds, or stored rows) in, the
 * manager's export out on stdout, with the extension's columns, CSV rules and text hashes
 * (lib/export/). Streams: lines are read as they are needed, a batch of rows is exported and
 * written, and we wait for 'drain' when stdout is full, so any size runs in bounded memory. A bad
 * line is reported on stderr with its line number and skipped; the others are still exported.
 *
 *   crisis-desk extract page.html | crisis-desk analyze - | crisis-desk export --format csv - > flagged.csv
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ExportableMention } from '../lib/export/columns.ts';
import { exportChunks, type ExportPage } from '../lib/export/run.ts';
import type { Sha256Hex } from '../lib/export/sha256.ts';
import { ExportFormatSchema, ExportInputSchema, type ExportFormat } from '../lib/schema.ts';
import { parseArgs, stringFlag, UsageError } from './args.ts';
import { errorText, escapeControls, messageLine } from './escape-controls.ts';
import { LineSplitter, readJsonLine, textChunks } from './json-lines.ts';

export const EXPORT_USAGE = `usage: crisis-desk export --format csv|jsonl FILE.jsonl   (FILE may be - for stdin; csv is the default)
  Reads one mention per line (as "crisis-desk extract" writes them, with what "analyze" adds)
  and writes the export to stdout: CSV (UTF-8 with BOM, for Excel and Numbers; formula-looking
  cells start with ') or JSON lines, with the columns
  id, platform, permalink, author, postedAt, capturedAt, language, sentimentScore,
  sentimentLabel, complaintCategories, product, rating, incident, status, agent, templateId,
  statementVersion, firstResponseMinutes, text, textSha256.
`;

/** Rows exported per batch: the text hashes of a batch are computed together. */
const BATCH = 1000;

/**
 * SHA-256 through node:crypto for the CLI. The extension uses WebCrypto (lib/export/sha256.ts);
 * both hash the text's UTF-8 bytes (tests/unit/cli/export-command.test.ts checks they agree), and
 * a synchronous hash saves WebCrypto's round trip per text (bench/export.ts).
 */
export const nodeSha256: Sha256Hex = async (texts) => texts.map((t) => createHash('sha256').update(t, 'utf8').digest('hex'));

export interface ExportStreamOptions {
  format: ExportFormat;
  sha256?: Sha256Hex;
  /** Called as soon as a line fails, so a run cut short (`| head`) still knows it had failures. */
  onFailed?: () => void;
}

export interface ExportStreamStats {
  lines: number;
  exported: number;
  failed: number;
  /** Reading the input failed after `lines` lines; the run stopped there. */
  readError?: unknown;
}

/** One input line as a mention to export, or why it is not one. */
export function readExportLine(line: string): { mention: ExportableMention } | { error: string } {
  const read = readJsonLine(line);
  if ('error' in read) return read;
  const parsed = ExportInputSchema.safeParse(read.json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { error: `invalid mention: ${why}` };
  }
  const { lang, sentiment, complaint, analysis, ...mention } = parsed.data;
  // `analyze` puts its results at the top level; a stored row has them under `analysis`.
  return { mention: { ...mention, analysis: analysis ?? { lang, sentiment, complaint } } };
}

export async function exportStream(input: Readable, output: Writable, errors: Writable, opts: ExportStreamOptions): Promise<ExportStreamStats> {
  const stats: ExportStreamStats = { lines: 0, exported: 0, failed: 0 };
  let batch: ExportableMention[] = [];
  const onLine = (line: string): void => {
    stats.lines += 1;
    if (line.trim() === '') return;
    const read = readExportLine(line);
    if ('mention' in read) {
      batch.push(read.mention);
      return;
    }
    stats.failed += 1;
    opts.onFailed?.();
    errors.write(`line ${stats.lines}: ${escapeControls(read.error)}\n`);
  };

  async function* pages(): AsyncGenerator<ExportPage<ExportableMention>> {
    const lines = new LineSplitter();
    for await (const chunk of textChunks(input, stats)) {
      lines.push(chunk, onLine);
      if (batch.length >= BATCH) {
        yield { rows: batch };
        batch = [];
      }
    }
    if (stats.readError === undefined) lines.end(onLine);
    if (batch.length > 0) yield { rows: batch };
  }

  const chunks = exportChunks(pages(), { format: opts.format, sha256: opts.sha256 ?? nodeSha256 });
  for (;;) {
    const next = await chunks.next();
    if (next.done) {
      stats.exported = next.value.exported;
      return stats;
    }
    if (!output.write(next.value)) await once(output, 'drain');
  }
}

export interface ExportIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** The command: 0 when every line was exported, 1 when some input failed; usage errors throw a
 * UsageError (exit 2, bin/cli.ts). */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  const args = parseArgs(argv, { format: true, help: false });
  if (args.flags.has('help')) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  const formatFlag = stringFlag(args, 'format') ?? 'csv';
  const format = ExportFormatSchema.safeParse(formatFlag);
  if (!format.success) throw new UsageError(`--format must be csv or jsonl, not "${formatFlag}"`);
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('export takes one FILE.jsonl (or - for stdin)');

  const name = file === '-' ? undefined : file;
  let input: Readable = io.stdin;
  if (name !== undefined) {
    try {
      input = (await open(name, 'r')).createReadStream({ encoding: 'utf8' });
    } catch (err) {
      io.stderr.write(messageLine(`crisis-desk: cannot read ${name}: ${errorText(err)}`));
      return 1;
    }
  }
  const stats = await exportStream(input, io.stdout, io.stderr, {
    format: format.data,
    // The status so far, for a reader that stops early (bin/cli.ts's stdout 'error' handler).
    onFailed: () => (process.exitCode = 1),
  });
  if (stats.readError !== undefined) {
    const where = stats.lines > 0 ? ` after line ${stats.lines}` : '';
    io.stderr.write(messageLine(`crisis-desk: cannot read ${name ?? 'stdin'}${where}: ${errorText(stats.readError)}`));
  }
  if (stats.failed > 0) io.stderr.write(`export: ${stats.exported} exported, ${stats.failed} failed\n`);
  return stats.failed > 0 || stats.readError !== undefined ? 1 : 0;
}
