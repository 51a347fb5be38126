/**
 * Turning any JavaScript string into text the analyser can read safely, while remembering where
 * every character came from, so evidence offsets point into the caller's original string.
 *
 * - Only the first MAX_ANALYSED_CHARS code units are read: the verdict of a review is in its first
 *   pages, and the cap keeps one pathological 100 KB post from stalling a batch (the schema already
 *   cuts stored text at 20,000 chars; we read half of that, roughly 1,500 words).
 * - Lone surrogates (a string cut in the middle of an emoji) become U+FFFD instead of throwing in
 *   `normalize()` or matching half an emoji.
 * - Invisible format characters (zero-width space/joiner/non-joiner, word joiner, BOM, soft hyphen,
 *   variation selectors, bidi controls) are dropped: they hide inside words ("ba\u200Bd") and in
 *   RTL text, and they carry no meaning for us.
 * - The five HTML entities tweets and feeds escape (&amp; &lt; &gt; &quot; &#39;) are read as their
 *   characters: the X API and saved timelines hand us "&gt;:[" and "&amp;", and "gt" and "amp" are
 *   not words (VADER's lexicon even rates "gt").
 * - Every remaining code point goes through NFKC on its own, which folds full-width Latin
 *   ("ＢＡＤ"), half-width katakana and ligatures to their plain forms. It is applied per code
 *   point so each output character maps back to exactly one input position.
 */
import { BoundedMap } from './bounded-cache.ts';

export const MAX_ANALYSED_CHARS = 10_000;

export interface PreparedText {
  /** The cleaned text the analyser reads. */
  text: string;
  /** `origin[i]` is the index in the original string of the code point `text[i]` came from;
   * null when nothing changed (text[i] came from original[i]: most posts, and free to build). */
  origin: number[] | null;
  /** `originEnd[i]` is the index just after that code point (2 past `origin[i]` for a pair). */
  originEnd: number[] | null;
  /** True when the original was longer than MAX_ANALYSED_CHARS and only a prefix was read. */
  capped: boolean;
}

/** U+00AD soft hyphen, U+180E, U+200B-U+200F zero-width and LRM/RLM, U+202A-U+202E bidi
 * embeddings, U+2060-U+2064 word joiner and invisible operators, U+2066-U+2069 bidi isolates,
 * U+FEFF BOM, U+FE00-U+FE0F variation selectors. (A function, not a character class: a class
 * holding the zero-width joiner is easy to misread, and lint rightly rejects it.) */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** Printable ASCII, tab and line breaks: nothing to clean, nothing NFKC changes. */
const PLAIN = /^[\t\n\r -~]*$/;

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const ENTITY = Object.keys(ENTITIES).join('|');
const ENTITY_AT = new RegExp(ENTITY, 'y');
const HAS_ENTITY = new RegExp(ENTITY);

/** The entity starting at `i`, if any. */
function entityAt(s: string, i: number): string | null {
  ENTITY_AT.lastIndex = i;
  const m = ENTITY_AT.exec(s);
  return m ? m[0] : null;
}

/** NFKC of single non-ASCII code points, memoised: normalize() is slow and posts repeat characters.
 * Bound: 20,000 characters (keys of one or two UTF-16 units, values of at most 18, NFKC's longest
 * expansion), then it starts over: well under 2 MB. */
const nfkcCache = new BoundedMap<string, string>(20_000);

function nfkc(ch: string): string {
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    nfkcCache.set(ch, out);
  }
  return out;
}

/** Per BMP code unit (not a surrogate): 0 not yet known, 1 NFKC leaves it alone, 2 NFKC changes
 * it. Most characters of most scripts are left alone; 64 KB instead of a Map lookup per character.
 * Bound: fixed at 64 KB, one byte per BMP code unit. */
const nfkcSame = new Uint8Array(0x10000);

function keepsUnderNfkc(c: number): boolean {
  let known = nfkcSame[c] ?? 0;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = nfkc(ch) === ch ? 1 : 2;
    nfkcSame[c] = known;
  }
  return known === 1;
}

/** True when prepareText would return `head` unchanged with every character in place: no
 * surrogates, no invisible characters, nothing NFKC changes. Then origin/originEnd would be
 * 0, 1, 2... and 1, 2, 3..., which originalSpan reads exactly as it reads null. */
function unchanged(head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0xd800 && c <= 0xdfff) || isInvisible(c) || !keepsUnderNfkc(c)) return false;
  }
  return true;
}

export function prepareText(original: string, maxChars = MAX_ANALYSED_CHARS): PreparedText {
  let end = Math.min(original.length, maxChars);
  // Do not cut a surrogate pair in half at the cap.
  if (end < original.length && end > 0 && isHighSurrogate(original.charCodeAt(end - 1))) end -= 1;
  const head = end < original.length ? original.slice(0, end) : original;
  if ((PLAIN.test(head) || unchanged(head)) && !(head.includes('&') && HAS_ENTITY.test(head))) return { text: head, origin: null, originEnd: null, capped: end < original.length };
  // Runs of characters that stay as they are are copied as slices; only what changes is built.
  let text = '';
  let runStart = 0;
  const origin: number[] = [];
  const originEnd: number[] = [];
  let i = 0;
  while (i < end) {
    const c = original.charCodeAt(i);
    let width = 1;
    let ch: string;
    if (c === 0x26) {
      const entity = entityAt(original, i);
      if (entity && i + entity.length <= end) {
        // One character standing for the whole entity: its evidence span is the entity.
        text += original.slice(runStart, i) + (ENTITIES[entity] ?? '');
        origin.push(i);
        originEnd.push(i + entity.length);
        i += entity.length;
        runStart = i;
        continue;
      }
    }
    if (c < 0x80) {
      origin.push(i);
      originEnd.push(i + 1);
      i += 1;
      continue;
    }
    if (isHighSurrogate(c)) {
      const next = i + 1 < end ? original.charCodeAt(i + 1) : 0;
      if (isLowSurrogate(next)) {
        ch = original.slice(i, i + 2);
        width = 2;
      } else {
        ch = '\ufffd';
      }
    } else if (isLowSurrogate(c)) {
      ch = '\ufffd';
    } else if (isInvisible(c)) {
      text += original.slice(runStart, i);
      i += 1;
      runStart = i;
      continue;
    } else if (keepsUnderNfkc(c)) {
      origin.push(i);
      originEnd.push(i + 1);
      i += 1;
      continue;
    } else {
      ch = original[i] ?? '';
    }
    const folded = nfkc(ch);
    for (let k = 0; k < folded.length; k++) {
      origin.push(i);
      originEnd.push(i + width);
    }
    if (folded !== ch || (width === 1 && ch !== original[i])) {
      // A replaced character (folded, or a lone surrogate become U+FFFD): end the run here.
      text += original.slice(runStart, i) + folded;
      runStart = i + width;
    }
    i += width;
  }
  text += original.slice(runStart, end);
  return { text, origin, originEnd, capped: end < original.length };
}

/** Map a [start, end) span of prepared text back to [start, end) in the original string. */
export function originalSpan(p: PreparedText, start: number, end: number): [number, number] {
  if (!p.origin || !p.originEnd) {
    const s = Math.min(start, p.text.length);
    return [s, Math.max(s, Math.min(end, p.text.length))];
  }
  if (end <= start || start >= p.origin.length) {
    const at = p.origin[start] ?? p.originEnd[p.originEnd.length - 1] ?? 0;
    return [at, at];
  }
  return [p.origin[start] ?? 0, p.originEnd[Math.min(end, p.originEnd.length) - 1] ?? 0];
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
