/**
 * The side panel's export: the filter's mentions read from IndexedDB a page at a time
 * (lib/db/export-pages.ts), turned into CSV or JSON lines (lib/export/run.ts), each page's text
 * made into a Blob part at once, so the JS heap holds about one page while the browser's blob
 * store holds the file (Chromium moves large blobs to disk). Loaded on demand by export-data.ts:
 * csv-stringify stays out of the panel's start-up.
 */
import { countExportRows, readExportPages } from '../lib/db/export-pages.ts';
import type { CrisisDb } from '../lib/db/open.ts';
import type { ExportExtrasLookup } from '../lib/export/extras.ts';
import { matchesExportFilter, type ExportFilter } from '../lib/export/filter.ts';
import { EXPORT_MIME, exportFileName } from '../lib/export/formats.ts';
import { exportChunks, type ExportProgress } from '../lib/export/run.ts';
import type { ExportFormat } from '../lib/schema.ts';

export interface ExportRequest {
  filter: ExportFilter;
  format: ExportFormat;
}

export interface ExportRunDeps {
  extras?: ExportExtrasLookup;
  signal?: AbortSignal;
  onProgress?(progress: ExportProgress): void;
  /** For the file name. */
  now: Date;
  pageSize?: number;
}

export interface ExportFile {
  blob: Blob;
  name: string;
  /** Mentions in the file. */
  rows: number;
  /** Stored rows that could not be read (damaged) and are not in it. */
  skipped: number;
}

export async function exportToBlob(db: CrisisDb, req: ExportRequest, deps: ExportRunDeps): Promise<ExportFile> {
  const { filter, format } = req;
  const total = await countExportRows(db, filter);
  deps.onProgress?.({ scanned: 0, exported: 0, skipped: 0, total });
  const parts: Blob[] = [];
  const chunks = exportChunks(readExportPages(db, filter, { pageSize: deps.pageSize }), {
    format,
    total,
    extras: deps.extras,
    keep: (row, extras) => matchesExportFilter(row, extras, filter),
    signal: deps.signal,
    onProgress: deps.onProgress,
  });
  for (;;) {
    const next = await chunks.next();
    if (next.done) {
      const type = EXPORT_MIME[format];
      return { blob: new Blob(parts, { type }), name: exportFileName(format, deps.now), rows: next.value.exported, skipped: next.value.skipped };
    }
    parts.push(new Blob([next.value]));
  }
}
