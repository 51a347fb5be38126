/**
 * What the side panel's Export button needs, behind one interface so the view is tested with a
 * fake: run an export of a filter (progress, cancel) and save the file. The real one reads this
 * context's IndexedDB connection (the side panel shares the background's database, as the inbox
 * does) and saves through a download link: no `downloads` permission, works in Chrome's side panel
 * and Firefox's sidebar.
 */
import { DbError, type DbConnection } from '../lib/db/connection.ts';
import { describeStorageError } from '../lib/db/storage-error.ts';
import type { ExportErrorCode } from '../lib/export/errors.ts';
import type { ExportExtrasLookup } from '../lib/export/extras.ts';
import type { ExportFilter } from '../lib/export/filter.ts';
import type { ExportProgress } from '../lib/export/run.ts';
import { HashUnavailableError } from '../lib/export/sha256.ts';
import type { ExportFormat } from '../lib/schema.ts';
import { contextDb } from './db.ts';
import type { ExportFile } from './export-blob.ts';
import { saveBlob } from './save-file.ts';

export type { ExportFile } from './export-blob.ts';
export type { ExportProgress } from '../lib/export/run.ts';

export type { ExportErrorCode } from '../lib/export/errors.ts';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportRunOptions {
  signal: AbortSignal;
  onProgress(progress: ExportProgress): void;
}

export interface ExportData {
  /** Resolves with the file; rejects with an ExportError, or the signal's AbortError when
   * cancelled. */
  run(filter: ExportFilter, format: ExportFormat, opts: ExportRunOptions): Promise<ExportFile>;
  /** Offers the file to the user (the browser's download). */
  save(file: ExportFile): void;
}

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Any failure as an ExportError (an abort is passed through as it is). */
export function toExportError(error: unknown): unknown {
  if (error instanceof ExportError || isAbort(error)) return error;
  if (error instanceof DbError) return new ExportError(error.code, error.message);
  if (error instanceof HashUnavailableError) return new ExportError('crypto', error.message);
  if (error instanceof DOMException) {
    // From IndexedDB: QuotaExceededError, UnknownError (the disk), InvalidStateError (closed)...
    const { code, error: message } = describeStorageError(error);
    return new ExportError(code, message);
  }
  return new ExportError('failed', error instanceof Error ? error.message : String(error));
}

export interface ExportDataDeps {
  db?: DbConnection;
  /** The columns later features fill (lib/export/extras.ts); empty until they supply one. */
  extras?: ExportExtrasLookup;
  now?: () => Date;
  /** Where the download link is made; the panel's own document by default. */
  document?: Document;
}

export function createExportData(deps: ExportDataDeps = {}): ExportData {
  const db = deps.db ?? contextDb;
  const now = deps.now ?? (() => new Date());
  return {
    async run(filter, format, { signal, onProgress }) {
      try {
        const { exportToBlob } = await import('./export-blob.ts');
        return await db.use((conn) => exportToBlob(conn, { filter, format }, { extras: deps.extras, signal, onProgress, now: now() }));
      } catch (error) {
        throw toExportError(error);
      }
    },
    save(file) {
      saveBlob(deps.document ?? document, file.blob, file.name);
    },
  };
}
