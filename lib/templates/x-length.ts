/**
 * X's weighted length, by twitter-text's own `parseTweet` (the official weighting: most Chinese,
 * Japanese and Korean characters count 2, every link 23 whatever its length, the rest 1; limit
 * 280). Only this module of twitter-text is imported (its CommonJS build: the package's ESM
 * build has extensionless imports Node cannot resolve), so the bundle carries parseTweet and what
 * it needs, not the whole library (autolinking, HTML helpers…).
 */
import parseTweet from 'twitter-text/dist/parseTweet.js';

export const X_MAX_WEIGHTED = 280;

export interface XLength {
  /** The length as X counts it. */
  weighted: number;
  max: number;
  /** UTF-16 offset where the text stops fitting (its length when it fits). */
  fitsUntil: number;
}

/** The weighted length (for the reply preview's counter). */
export function xLength(text: string): XLength {
  const p = parseTweet(text);
  return { weighted: p.weightedLength, max: X_MAX_WEIGHTED, fitsUntil: p.valid || p.weightedLength <= X_MAX_WEIGHTED ? text.length : p.validRangeEnd + 1 };
}

/**
 * An upper bound of X's weighted length, without parsing: each code point of the NFC text (which
 * parseTweet counts) by its weight in twitter-text's config v3 (1 in the ranges U+0000–U+10FF,
 * U+2000–U+200D, U+2010–U+201F, U+2032–U+2037, else 2), © and ® as 2 (an emoji counts 2 whatever
 * it is made of, and these two sit in the light range), plus 23 for every dot that a top-level
 * domain could follow: a link counts 23 instead of its characters, and every link has a dot
 * right before its TLD (twitter-text's validDomainName ends in `\.`, then validGTLD/validCCTLD/
 * validPunycode). A dot before a space, a line break or the end (a sentence's end, the most
 * common dot by far) starts no TLD: counting it 1 keeps multi-sentence replies under the bound.
 */
export function xLengthBound(text: string): number {
  // Below U+0300 NFC changes nothing: no character there decomposes or combines.
  const s = NOT_LATIN_RE.test(text) ? text.normalize('NFC') : text;
  let weighted = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) weighted += endsNothing(s.charCodeAt(i + 1)) ? 1 : 24;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one code point beyond U+FFFF, weight 2.
      weighted += 2;
      i++;
    } else weighted += (c <= 0x10ff && c !== 0xa9 && c !== 0xae) || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037) ? 1 : 2;
  }
  return weighted;
}

/** After a dot: the end of the text (NaN), a space, tab or line break; no TLD starts there. */
function endsNothing(next: number): boolean {
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09;
}

/** A UTF-16 unit at or above U+0300 (surrogates included). */
const NOT_LATIN_RE = /[\u0300-\uffff]/;

/** The weighted length when `text` is over the limit, else undefined. Text whose bound
 * (xLengthBound) fits is not parsed: most replies. */
export function xOverLimit(text: string): XLength | undefined {
  if (xLengthBound(text) <= X_MAX_WEIGHTED) return undefined;
  const len = xLength(text);
  return len.weighted > len.max ? len : undefined;
}
