/**
 * Exported records as CSV that opens cleanly in Excel and Numbers in every language:
 * - UTF-8 with a BOM: without it Excel on Windows reads the file in the ANSI code page and shows
 *   Chinese, Japanese, Arabic and emoji as mojibake;
 * - RFC 4180: CRLF between records, fields with a quote, comma or line break quoted, quotes
 *   doubled, line breaks inside a text kept inside its quoted cell;
 * - every text cell quoted, so a `;` inside a text cannot start a new cell in an Excel whose
 *   list separator is `;` (OWASP CSV Injection: "take care of the field separator"), and
 *   formula-looking cells neutralised (neutralise.ts) with csv-stringify's own `escape_formulas`
 *   on as well;
 * - numbers stay numbers (neutralise.ts `numberCell` explains the negative score).
 *
 * csv-stringify (with `CSV_OPTIONS`) writes the BOM and the header, and defines the rows: each
 * row is written here exactly as csv-stringify writes it with those options (the test compares
 * the two on every kind of cell), because its general machinery (a context object, a pair and a
 * separator scan per cell, and more) cost five times as much as the whole row does here: about
 * 1 s of a 100,000-row export (bench/export.ts). With these options a row is simple: every text
 * cell quoted with its quotes doubled, numbers bare (a number never holds a quote, comma or line
 * break), empty cells empty. Its `browser/esm` build is imported everywhere: the default build
 * reads Node's `Buffer` when it loads, which the extension's pages do not have.
 */
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import type { ExportRecord } from '../schema.ts';
import { EXPORT_COLUMNS } from './columns.ts';
import { neutraliseCell, numberCell } from './neutralise.ts';

type Cell = string | number | null;

/** Categories in one cell: "delivery; damaged" (a comma would read as a list separator). */
export const CATEGORY_SEPARATOR = '; ';

export const CSV_OPTIONS = {
  delimiter: ',',
  record_delimiter: 'windows',
  quoted_string: true,
  escape_formulas: true,
  cast: {
    string: (value: string) => neutraliseCell(value),
    number: (value: number) => numberCell(value),
  },
} as const satisfies Options;

export function csvCells(r: ExportRecord): Cell[] {
  return EXPORT_COLUMNS.map((key) => {
    const v = r[key];
    if (key === 'complaintCategories') return (v as string[]).join(CATEGORY_SEPARATOR);
    return v as Cell;
  });
}

let header: string | undefined;

/** The BOM and the header row, as csv-stringify writes them (computed once). */
function bomAndHeader(): string {
  header ??= stringify([], { ...CSV_OPTIONS, bom: true, header: true, columns: [...EXPORT_COLUMNS] });
  return header;
}

/** A text cell as csv-stringify writes it with CSV_OPTIONS: neutralised (its `escape_formulas`
 * then finds nothing left to prefix), quoted, quotes doubled. */
function textCell(value: string): string {
  const v = neutraliseCell(value);
  return v.includes('"') ? `"${v.replaceAll('"', '""')}"` : `"${v}"`;
}

function cell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? numberCell(value) : textCell(value);
}

/** One record and its CRLF. */
export function csvRow(r: ExportRecord): string {
  return csvCells(r).map(cell).join(',') + '\r\n';
}

/**
 * One chunk of the CSV file. The first chunk starts with the BOM and the header row (and is just
 * those when there are no records); every record ends with CRLF, so chunks simply concatenate.
 */
export function csvChunk(records: readonly ExportRecord[], first: boolean): string {
  let out = first ? bomAndHeader() : '';
  for (const r of records) out += csvRow(r);
  return out;
}
