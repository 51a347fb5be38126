/** File names and types of the export downloads. */
import type { ExportFormat } from '../schema.ts';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  // No registered type yet; the de-facto one for newline-delimited JSON.
  jsonl: 'application/x-ndjson',
};

/** `crisis-desk-export-20251122-120000Z.csv`: sorts by time, no characters a file system refuses. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '').replace('T', '-');
  return `crisis-desk-export-${stamp}.${format}`;
}
