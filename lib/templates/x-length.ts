/**
 * X's weighted length, by twitter-text's own `parseTweet` (the official weighting: most Chinese,
 * Japanese and Korean characters count 2, every link 23 whatever its length, the rest 1; limit
 * 280). Only this module of twitter-text is imported, and the two lists of top-level domains
 * it is built from (its CommonJS build: the package's ESM build has extensionless imports Node
 * cannot resolve), so the bundle carries parseTweet and what it needs, not the whole library
 * (autolinking, HTML helpers…).
 */
import parseTweet from 'twitter-text/dist/parseTweet.js';
import validCCTLD from 'twitter-text/dist/regexp/validCCTLD.js';
import validGTLD from 'twitter-text/dist/regexp/validGTLD.js';

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
  const s = NOT_NFC_INERT_RE.test(text) ? text.normalize('NFC') : text;
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

/**
 * xLengthBound of `s.slice(from, to)` with more text after it (a last dot counts 24), for `s`
 * in which NOT_NFC_INERT_RE finds nothing (no NFC to apply, no surrogate pairs): what
 * x-estimate.ts adds up for each piece of a template, without slicing it out.
 */
export function inertSpanBound(s: string, from: number, to: number): number {
  let weighted = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) weighted += i + 1 < to && endsNothing(s.charCodeAt(i + 1)) ? 1 : 24;
    else weighted += (c <= 0x10ff && c !== 0xa9 && c !== 0xae) || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037) ? 1 : 2;
  }
  return weighted;
}

/** After a dot: the end of the text (NaN), a space, tab or line break; no TLD starts there. */
function endsNothing(next: number): boolean {
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09;
}

/**
 * A unit outside those NFC leaves alone: Latin below U+0300, general punctuation (but U+2000 and
 * U+2001, which NFC replaces), currency signs, CJK punctuation (but the tone marks
 * U+302A–U+302F), kana (but the combining sound marks U+3099, U+309A), CJK ideographs, full-
 * and half-width forms. Each of those is its own NFC, has combining class 0, and neither it nor
 * the first code point of its decomposition combines with what precedes it. So text made only
 * of them is in NFC (not normalised here: most Chinese and Japanese replies), and NFC of a text
 * is NFC of its parts put together when each part starts with one (x-estimate.ts). The test
 * checks each unit with String.prototype.normalize.
 */
// eslint-disable-next-line no-control-regex -- C0 controls are Latin units like any other here
export const NOT_NFC_INERT_RE = /[^\u0000-\u02ff\u2002-\u206f\u20a0-\u20c0\u3000-\u3029\u3030-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uffef]/;

/**
 * Where parseTweet's count can differ from each code point's weight: twemoji-parser's (11.0.2)
 * emoji count 2 as a whole, and every one of them of more than one code point holds a surrogate
 * (U+1F000 and up), U+FE0F or a keycap's U+20E3; every single BMP code point it takes for an
 * emoji (© and ® only with U+FE0F) lies outside the weight-1 ranges, so counts 2 either way.
 * Plus twitter-text's invalid characters U+FEFF, U+FFFE, U+FFFF (they end its valid range).
 * The test checks this against parseTweet for every BMP code unit (exported for it).
 */
export const ENTITY_UNIT_RE = /[\ud800-\udfff\ufeff\ufffe\uffff]|\u20e3|\ufe0f/;

/**
 * parseTweet's answer for text where twitter-text can find no link, without its link regex:
 * undefined for other text. Without an emoji either, the weighted length is each code point's
 * weight in the NFC text, as counted here. With one, parseTweet counts the text with its dots
 * as commas: its link search returns at once for text without a dot, and a comma weighs what a
 * dot weighs, in no emoji, never changed by NFC.
 *
 * Why: the bench pack's first lint parsed 305 X variants over the bound, none with a link as
 * twitter-text sees one ("https://voltpro.example/…" is none: `example` is no top-level domain)
 * and one with an emoji (counted by instrumenting the lint). Its link regex holds the lists of
 * top-level domains: the first call took 16 ms and the second 10 ms (compiling), the next ones
 * 0.07 ms (node, this machine).
 */
function lengthWithoutLinks(text: string): XLength | undefined {
  const s = NOT_NFC_INERT_RE.test(text) ? text.normalize('NFC') : text;
  for (let dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) if (linkMayEndAt(s, dot)) return undefined;
  if (ENTITY_UNIT_RE.test(s)) return xLength(text.replaceAll('.', ','));
  let weighted = 0;
  // parseTweet's validRangeEnd: the last index of the normalised text still within the limit.
  let fitsAt = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    weighted += c <= 0x10ff || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037) ? 1 : 2;
    if (weighted <= X_MAX_WEIGHTED) fitsAt = i;
  }
  return { weighted, max: X_MAX_WEIGHTED, fitsUntil: weighted <= X_MAX_WEIGHTED ? text.length : fitsAt + text.length - s.length + 1 };
}

/**
 * Can a link's domain end with the dot at `dot` and what follows? twitter-text's validDomain
 * ends in `\.`, then a top-level domain of its lists followed by none of [0-9a-zA-Z@+-] (or the
 * end), or `xn--` and punycode; its link regex has the `i` flag (no unicode flag). Told from the
 * lists where they can be read, else true for any letter after the dot.
 */
function linkMayEndAt(s: string, dot: number): boolean {
  const first = s.charCodeAt(dot + 1);
  if (Number.isNaN(first)) return false;
  const lists = tldLists();
  if (first >= 0x80) return lists === null || lists.nonAsciiFirst.has(canonical(s.charAt(dot + 1)));
  let end = dot + 1;
  while (isAsciiLetter(s.charCodeAt(end))) end++;
  if (end === dot + 1) return false;
  if (lists === null || s.slice(dot + 1, dot + 5).toLowerCase() === 'xn--') return true;
  const after = s.charCodeAt(end);
  // A non-ASCII letter may go on with a domain of both (vermögensberatung).
  if (after >= 0x80) return true;
  if ((after >= 0x30 && after <= 0x39) || after === 0x40 || after === 0x2b || after === 0x2d) return false;
  return lists.ascii.has(s.slice(dot + 1, end).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** How a regex with the `i` flag and without `u` compares a unit (ECMAScript Canonicalize):
 * its upper case when that is one unit and not ASCII for a non-ASCII unit. */
function canonical(ch: string): string {
  const u = ch.toUpperCase();
  return u.length === 1 && !(ch.charCodeAt(0) >= 0x80 && u.charCodeAt(0) < 0x80) ? u : ch;
}

interface TldLists {
  /** The top-level domains of ASCII letters only, in lower case. */
  ascii: Set<string>;
  /** canonical() of the first unit of each other one. */
  nonAsciiFirst: Set<string>;
}
/** `(?:(?:tld|tld|…)(?=[^0-9a-zA-Z@+-]|$))`: how twitter-text 3.1.0 writes each list. */
const TLD_LIST_RE = /^\(\?:\(\?:([^()[\]\\?*+.]+)\)\(\?=\[\^0-9a-zA-Z@\+-\]\|\$\)\)$/;
let tlds: TldLists | null | undefined;

/** twitter-text's top-level domains, read once from its own regexes; null when they are not
 * written as expected (then a link may follow any letter). */
function tldLists(): TldLists | null {
  if (tlds !== undefined) return tlds;
  const out: TldLists = { ascii: new Set(), nonAsciiFirst: new Set() };
  for (const re of [validGTLD, validCCTLD]) {
    const list = TLD_LIST_RE.exec(re.source)?.[1];
    if (list === undefined) return (tlds = null);
    for (const tld of list.split('|')) {
      if (/^[a-z]+$/.test(tld)) out.ascii.add(tld);
      else if (tld.charCodeAt(0) >= 0x80) out.nonAsciiFirst.add(canonical(tld.charAt(0)));
      else if (!/^[a-z]/.test(tld)) return (tlds = null);
    }
  }
  return (tlds = out);
}

/** The weighted length when `text` is over the limit, else undefined. Text whose bound
 * (xLengthBound) fits is not parsed: most replies; text without links is counted without the
 * link regex. */
export function xOverLimit(text: string): XLength | undefined {
  if (xLengthBound(text) <= X_MAX_WEIGHTED) return undefined;
  const len = lengthWithoutLinks(text) ?? xLength(text);
  return len.weighted > len.max ? len : undefined;
}
