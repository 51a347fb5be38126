/**
 * Exported records as JSON lines (https://jsonlines.org: UTF-8, one JSON value per line, `\n`
 * after each, no BOM). The same keys as the CSV header, with typed values: numbers, `null` for
 * empty, categories as an array. Texts are written as captured: JSON is not opened as cells, so
 * nothing is neutralised here (a spreadsheet import of it goes through its own escaping).
 */
import type { ExportRecord } from '../schema.ts';

export function jsonlChunk(records: readonly ExportRecord[]): string {
  let out = '';
  // JSON.stringify escapes U+2028/U+2029 since ES2019, so a line never breaks inside a record.
  for (const r of records) out += JSON.stringify(r) + '\n';
  return out;
}
