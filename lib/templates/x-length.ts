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
  weighted: number;
  max: number;
  /** UTF-16 offset where the text stops fitting (its length when it fits). */
  fitsUntil: number;
}

export function xLength(text: string): XLength {
  const p = parseTweet(text);
  return { weighted: p.weightedLength, max: X_MAX_WEIGHTED, fitsUntil: p.valid || p.weightedLength <= X_MAX_WEIGHTED ? text.length : p.validRangeEnd + 1 };
}
