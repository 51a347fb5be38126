/**
 * Does an X template variant surely fit once its variables are filled, told without filling it?
 * The lint estimates a template's length with typical values (lint.ts xReply); filling every X
 * variant of a pack and bounding the result cost more than the rest of the X rule. The filled
 * text is the template's pieces between variables plus each variable's value, and values repeat
 * (the same few per language and incident): a bound per piece, and one per value remembered by
 * the caller, add up to a bound of the filled text.
 *
 * Why the sum bounds xLengthBound of the filled text: on text below U+0300 (no NFC, no surrogate
 * pairs) xLengthBound adds up unit by unit, and only a dot's weight reads the next unit (24 when
 * a TLD could follow, else 1). A piece's last dot is followed by the next piece in the filled
 * text, so it is counted 24. Text at or above U+0300 anywhere, or a variable that is not a known
 * one or a prompt (an unclosed `{{` can overlap the next variable): no answer, fill and parse.
 */
import type { VariableToken } from './variables.ts';
import { X_MAX_WEIGHTED, xLengthBound } from './x-length.ts';

const NOT_LATIN_RE = /[\u0300-\uffff]/;

/** xLengthBound of a piece that other text may follow, or undefined for text it cannot add up. */
export function pieceBound(piece: string): number | undefined {
  if (NOT_LATIN_RE.test(piece)) return undefined;
  return xLengthBound(piece) + (piece.endsWith('.') ? 23 : 0);
}

/**
 * True when `template` filled (each token replaced by its value) is surely within X's limit;
 * false when it may not be or cannot be told this way. `tokens`: scanVariables(template);
 * `valueBound`: pieceBound of what filling puts in place of a token.
 */
export function fitsOnceFilled(template: string, tokens: readonly VariableToken[], valueBound: (t: VariableToken) => number | undefined): boolean {
  let total = 0;
  let at = 0;
  for (const t of tokens) {
    if (t.kind === 'unknown') return false;
    const piece = pieceBound(template.slice(at, t.start));
    const value = valueBound(t);
    if (piece === undefined || value === undefined) return false;
    total += piece + value;
    if (total > X_MAX_WEIGHTED) return false;
    at = t.end;
  }
  const last = pieceBound(template.slice(at));
  return last !== undefined && total + last <= X_MAX_WEIGHTED;
}
