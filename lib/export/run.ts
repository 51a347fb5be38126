/**
 * The export pipeline, a page at a time: mentions in (from IndexedDB pages or CLI lines), text
 * chunks out. Each page is looked up for its extras, filtered, hashed and encoded, then released,
 * so memory holds one page whatever the size of the export; the caller writes each chunk where it
 * goes (Blob parts in the extension, stdout in the CLI) and shows the progress.
 */
import type { ExportExtras, ExportFormat, ExportRecord } from '../schema.ts';
import { toExportRecord, type ExportableMention } from './columns.ts';
import { csvChunk } from './csv.ts';
import { lookupExtras, type ExportExtrasLookup } from './extras.ts';
import { jsonlChunk } from './jsonl.ts';
import { subtleSha256, type Sha256Hex } from './sha256.ts';
import { exportHashes } from './text-hash.ts';

export interface ExportPage<T> {
  rows: readonly T[];
  /** Rows of this page's span the reader left out (damaged, unreadable). */
  skipped?: number;
}

export interface ExportProgress {
  /** Rows read so far (kept, filtered out or skipped). */
  scanned: number;
  /** Rows written to the export. */
  exported: number;
  /** Damaged rows left out. */
  skipped: number;
  /** Rows the reader will scan in all, when known (the progress bar's maximum). */
  total?: number;
}

export interface ExportRunOptions<T> {
  format: ExportFormat;
  /** The columns later features fill (extras.ts); none by default. */
  extras?: ExportExtrasLookup<T>;
  /** Rows for which it returns false are left out (after the extras lookup). */
  keep?: (row: T, extras: ExportExtras) => boolean;
  /** For texts without a stored hash (text-hash.ts). Default: WebCrypto (sha256.ts). */
  sha256?: Sha256Hex;
  /** Checked between pages: an aborted export stops with the signal's reason. */
  signal?: AbortSignal;
  total?: number;
  onProgress?(progress: ExportProgress): void;
}

export function encodeChunk(format: ExportFormat, records: readonly ExportRecord[], first: boolean): string {
  return format === 'csv' ? csvChunk(records, first) : jsonlChunk(records);
}

/**
 * Yields the export as text chunks: one per page (the first CSV chunk carries the BOM and header,
 * and comes even when there are no rows). Returns the final progress.
 */
export async function* exportChunks<T extends ExportableMention>(
  pages: AsyncIterable<ExportPage<T>>,
  opts: ExportRunOptions<T>,
): AsyncGenerator<string, ExportProgress, void> {
  const sha256 = opts.sha256 ?? subtleSha256();
  const progress: ExportProgress = { scanned: 0, exported: 0, skipped: 0 };
  if (opts.total !== undefined) progress.total = opts.total;
  let first = true;
  // The next page is read while this one is hashed and encoded: in the browser the IndexedDB read
  // and the digests run off the main thread, so the two overlap. Never more than two pages held.
  const reader = pages[Symbol.asyncIterator]();
  let ahead: Promise<IteratorResult<ExportPage<T>>> | undefined = reader.next();
  try {
    for (;;) {
      const next = await ahead;
      ahead = undefined;
      if (next.done) break;
      opts.signal?.throwIfAborted();
      ahead = reader.next();
      // Failures of the read ahead surface when it is awaited; do not report them twice.
      ahead.catch(() => undefined);
      const page = next.value;
      const extras = opts.extras ? await lookupExtras(opts.extras, page.rows) : undefined;
      const kept: T[] = [];
      const keptExtras: ExportExtras[] = [];
      page.rows.forEach((row, i) => {
        const e = extras?.[i] ?? {};
        if (opts.keep && !opts.keep(row, e)) return;
        kept.push(row);
        keptExtras.push(e);
      });
      const hashes = await exportHashes(kept, sha256);
      opts.signal?.throwIfAborted();
      const records = kept.map((row, i) => toExportRecord(row, keptExtras[i]!, hashes[i]!));
      progress.scanned += page.rows.length + (page.skipped ?? 0);
      progress.skipped += page.skipped ?? 0;
      progress.exported += records.length;
      const chunk = encodeChunk(opts.format, records, first);
      first = false;
      opts.onProgress?.({ ...progress });
      if (chunk) yield chunk;
    }
  } finally {
    // Stopped early (cancel, an error, a consumer that broke off): let the reader end its work.
    if (ahead) await ahead.catch(() => undefined);
    await reader.return?.();
  }
  if (first && opts.format === 'csv') yield csvChunk([], true);
  return progress;
}
