/**
 * Does an X template variant surely fit once its variables are filled, told without filling it?
 * The lint estimates a template's length with typical values (lint.ts xReply); filling every X
 * variant of a pack and bounding the result cost more than the rest of the X rule. The filled
 * text is the template's pieces between variables plus each variable's value, and values repeat
 * (the same few per language and incident): a bound per piece, and one per value remembered by
 * the caller, add up to a bound of the filled text.
 *
 * Why the sum bounds xLengthBound of the filled text: xLengthBound adds up the code points of
 * the NFC text, and NFC of the filled text is NFC of its pieces and values put together when each
 * starts with a unit NFC never reaches across (NOT_NFC_INERT_RE: Latin, CJK, kana…), so no
 * surrogate pair spans two of them either. Only a dot's weight reads the next unit (24 when a TLD
 * could follow, else 1): a piece's last dot is followed by the next piece in the filled text, so
 * it is counted 24. A piece that starts otherwise (a combining mark), or a variable that is not a
 * known one or a prompt (an unclosed `{{` can overlap the next variable): no answer, fill and
 * parse. Chinese and Japanese variants were always filled before (two in five of the bench
 * pack's X variants) while nearly all of them fit.
 */
import type { VariableToken } from './variables.ts';
import { inertSpanBound, NOT_NFC_INERT_RE, X_MAX_WEIGHTED, xLengthBound } from './x-length.ts';

/** xLengthBound of a piece that other text may follow, or undefined for text it cannot add up. */
export function pieceBound(piece: string): number | undefined {
  if (piece !== '' && NOT_NFC_INERT_RE.test(piece[0]!)) return undefined;
  return xLengthBound(piece) + (piece.endsWith('.') ? 23 : 0);
}

/**
 * True when `template` filled (each token replaced by its value) is surely within X's limit;
 * false when it may not be or cannot be told this way. `tokens`: scanVariables(template);
 * `valueBound`: pieceBound of what filling puts in place of a token.
 */
export function fitsOnceFilled(template: string, tokens: readonly VariableToken[], valueBound: (t: VariableToken) => number | undefined): boolean {
  // A template NFC leaves alone (nearly every one) is bounded piece by piece in place: slicing
  // each piece out and testing it again took 12–24 ms of the bench pack's first lint, in place
  // 4–9 ms (fitsOnceFilled's own and its pieces' time in 3 alternated CPU profiles).
  const inert = !NOT_NFC_INERT_RE.test(template);
  let total = 0;
  let at = 0;
  for (const t of tokens) {
    if (t.kind === 'unknown') return false;
    const piece = inert ? inertSpanBound(template, at, t.start) : pieceBound(template.slice(at, t.start));
    const value = valueBound(t);
    if (piece === undefined || value === undefined) return false;
    total += piece + value;
    if (total > X_MAX_WEIGHTED) return false;
    at = t.end;
  }
  const last = inert ? inertSpanBound(template, at, template.length) : pieceBound(template.slice(at));
  return last !== undefined && total + last <= X_MAX_WEIGHTED;
}
