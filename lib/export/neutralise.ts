/**
 * Formula ("CSV") injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (`=HYPERLINK(...)`, DDE `=cmd|' /C calc'!A0`), and a leading tab or line break can
 * smuggle one past a naive check. OWASP's CSV Injection page
 * (https://owasp.org/www-community/attacks/CSV_Injection) lists = + - @ tab CR and recommends
 * prefixing such cells with a single quote, which the spreadsheet then shows as text.
 *
 * csv-stringify's `escape_formulas` (6.9.0, lib/api/index.js) prefixes a cell whose *first
 * character* is one of = + - @ tab CR or the full-width ＝ ＋ － ＠. We keep it on, and put this
 * neutraliser in front of it (csv-stringify's `cast` runs first) for what it lets through
 * (tests/unit/export/neutralise.test.ts has the table):
 * - a leading LF (the issue asks for tab, CR *and* LF);
 * - the trigger after leading whitespace or invisible characters (" =1+1", NBSP, the ideographic
 *   space U+3000, zero-width space, BOM, bidi marks): importers that trim cells, such as
 *   LibreOffice Calc's "Trim spaces" option, would see the formula;
 * - other compatibility forms of the four triggers (small ﹦ ﹢ ﹣ ﹫, superscript ⁺ ⁼, subscript
 *   ₊ ₌, Hebrew alternative plus ﬩): Numbers folds full-width forms to ASCII (csv-stringify's
 *   comment: "Apple Numbers unicode normalization is empirical"), so any character whose NFKC form
 *   is a trigger is treated as one.
 * A multi-line cell is judged by its first character only, like any other: the lines after the
 * first stay inside the one quoted cell (RFC 4180), so they cannot start a cell of their own.
 */

const TRIGGERS = new Set(['=', '+', '-', '@']);
/** Tab, CR or LF first: neutralised whatever follows (OWASP; LF per the issue). */
const LEADING_BREAK = /^[\t\r\n]/;
/** Whitespace, controls and format characters (zero-width, bidi marks, BOM, soft hyphen) that a
 * reader does not see or an importer may trim. */
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Zs}]+/u;

/** Whether a spreadsheet could read `cell` as a formula. */
export function looksLikeFormula(cell: string): boolean {
  if (cell === '') return false;
  // Fast path for the common case, a visible ASCII first character: only the four triggers count.
  const c = cell.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40;
  if (LEADING_BREAK.test(cell)) return true;
  const rest = cell.replace(LEADING_INVISIBLE, '');
  const first = rest.codePointAt(0);
  if (first === undefined) return false;
  const folded = String.fromCodePoint(first).normalize('NFKC');
  return TRIGGERS.has(folded.charAt(0));
}

/** The text cell as written to the CSV: with a `'` in front when it looks like a formula. */
export function neutraliseCell(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** A plain decimal number, as `String(n)` writes one: no formula can hide in it. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/**
 * A number cell (sentiment score, rating, first-response minutes). OWASP's safe default would
 * prefix "-0.62" too, which turns the score into text: it no longer sorts, sums or charts as a
 * number. Our numbers come from validated numeric fields, never from text, and a cell that is
 * nothing but a plain decimal number cannot call a function or reach DDE, so it stays a number;
 * anything else (NaN, Infinity) goes through the text rule. Text that looks like a negative number
 * ("-5 stars" in a post) is text and is prefixed.
 */
export function numberCell(n: number): string {
  const text = String(n);
  return Number.isFinite(n) && PLAIN_NUMBER.test(text) ? text : neutraliseCell(text);
}
