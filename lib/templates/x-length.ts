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

/** The weighted length when `text` is over the limit, else undefined. No character weighs more
 * than 2 and only a link (which needs a dot) more than itself, so text that fits at that bound is
 * not parsed: most replies. */
export function xOverLimit(text: string): XLength | undefined {
  let dots = 0;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) dots++;
  if (2 * text.length + 23 * dots <= X_MAX_WEIGHTED) return undefined;
  const len = xLength(text);
  return len.weighted > len.max ? len : undefined;
}
