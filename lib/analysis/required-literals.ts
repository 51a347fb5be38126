/**
 * A cheap pre-check for the phrase regexes (pack.ts CompiledPhrase.required, phrase-match.ts
 * findPhrases): the strings every match of a pattern must contain, read off the pattern's source,
 * and a per-text search that rules most of them out by trigram bits before any substring search.
 */

export interface RequiredLiteral {
  /** Lower-case: ASCII letters and digits, or characters without case (CJK, Arabic...). */
  text: string;
  /** trigramHash of each of its trigrams (LiteralSearch). */
  trigrams: Uint16Array;
}

/** How many strings and how short a requirement may be (RequiredOptions). */
export interface RequiredOptions {
  /** Below this length a required string filters too little to be worth a search. */
  minLength: number;
  /** More alternatives than this cost about as much to search for as running the regex. */
  maxStrings: number;
}

/** The analyser's patterns run on every text and are compiled once per process. */
const DEFAULT_REQUIRED: RequiredOptions = { minLength: 2, maxStrings: 12 };

/**
 * Strings of which every match of the regular expression `source` (flags 'giu') contains at least
 * one, or null when none can be read off it. The phrase index (phraseKeys) only looks at a
 * pattern's first word, and patterns that start with an optional word ("(?:much |way )?too
 * small") are tried on every text; a substring search for "too" rules most texts out at a
 * fraction of the cost of running the regex (regexes were a fifth of the analyser's time on
 * tweets, 2026-11, and found a match in 1 call of 130).
 *
 * Why a substring search is exact: under the 'iu' flags an ASCII letter or digit of the pattern
 * matches only itself in either case, U+017F (long s) and U+212A (Kelvin sign), and a character
 * of CASELESS only itself (both checked over every code point, Node 20, 2026-11); LiteralSearch
 * searches the text lower-cased, with the long s folded (toLowerCase already turns the Kelvin sign
 * into k). Only runs of such characters that the pattern requires, in sequence, are used: an
 * optional or repeated atom, a class, an escape, a lookaround or any other character ends a run.
 * Anything unexpected in the source gives null, which only means the regex always runs.
 */
export function requiredLiterals(source: string, o: RequiredOptions = DEFAULT_REQUIRED): string[] | null {
  let at = 0;

  // Each function returns the required strings of what it parsed (any one of them), or null.
  function alternation(): string[] | null {
    const alternatives = [sequence()];
    while (source[at] === '|') {
      at += 1;
      alternatives.push(sequence());
    }
    if (alternatives.length === 1) return alternatives[0] ?? null;
    const union = new Set<string>();
    for (const alt of alternatives) {
      if (!alt) return null;
      for (const x of alt) union.add(x);
    }
    return [...union];
  }

  function sequence(): string[] | null {
    let best: string[] | null = null;
    let run = '';
    const endRun = (): void => {
      if (run !== '') best = better(best, [run]);
      run = '';
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const c = source[at] ?? '';
      let atom: string[] | null = null;
      let literal = '';
      if (c === '(') {
        const lookaround = /^\(\?<?[=!]/.exec(source.slice(at, at + 4))?.[0];
        if (lookaround) at += lookaround.length;
        else if (source.startsWith('(?:', at)) at += 3;
        else if (source.startsWith('(?', at)) throw new Error('named group or modifier');
        else at += 1;
        const inner = alternation();
        if (source[at] !== ')') throw new Error('unclosed group');
        at += 1;
        atom = lookaround ? null : inner;
      } else if (c === '[') {
        at += 1;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        if (source[at] !== ']') throw new Error('unclosed class');
        at += 1;
      } else if (c === '\\') {
        const e = source[at + 1] ?? '';
        if (/[1-9k]/.test(e)) throw new Error('back-reference');
        at += 2;
        if ((e === 'p' || e === 'P') && source[at] === '{') {
          const close = source.indexOf('}', at);
          if (close < 0) throw new Error('unclosed property');
          at = close + 1;
        } else if (e === 'u' || e === 'x' || e === 'c') {
          throw new Error('escaped code');
        }
      } else if (c === '*' || c === '+' || c === '?' || c === '{') {
        throw new Error('quantifier without an atom');
      } else {
        at += 1;
        const code = c.charCodeAt(0);
        // ASCII settled by its code (most of a source; a pack's first lint reads every phrase).
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) literal = c;
        else if (code >= 0x41 && code <= 0x5a) literal = String.fromCharCode(code + 32);
        else if (code >= 0x80) {
          const lower = c.toLowerCase();
          if (/^[a-z0-9]$/.test(lower) || isCaseless(code)) literal = lower;
        }
      }
      const min = quantifier();
      if (literal !== '' && min === undefined) {
        run += literal;
        continue;
      }
      if (literal !== '' && min !== undefined && min >= 1) run += literal; // "ab+": "ab" is there
      endRun();
      if (atom && (min === undefined || min >= 1)) best = better(best, atom);
    }
    endRun();
    return best;
  }

  /** Reads a quantifier after an atom: its minimum count, or undefined when there is none. */
  function quantifier(): number | undefined {
    const c = source[at];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at));
      if (!m) throw new Error('brace');
      min = Number(m[1]);
      at += m[0].length - 1;
    }
    if (min === undefined) return undefined;
    at += 1;
    if (source[at] === '?') at += 1; // lazy
    return min;
  }

  try {
    const found = alternation();
    if (at !== source.length || !found) return null;
    // A string that contains another of the set adds nothing: "work" covers "works", "working".
    const kept = found.filter((x) => !found.some((y) => y !== x && x.includes(y)));
    if (kept.length > o.maxStrings || kept.some((x) => x.length < o.minLength)) return null;
    return kept;
  } catch {
    return null;
  }
}

/** The more selective of two requirements: the longer shortest string, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((x) => x.length));
  const minB = Math.min(...b.map((x) => x.length));
  if (minA !== minB) return minA > minB ? a : b;
  return b.length < a.length ? b : a;
}

/** Blocks without case, where a character matches only itself even under the 'i' flag: Hebrew,
 * Arabic (and its supplements), Devanagari, Thai, miscellaneous symbols (★), CJK punctuation,
 * kana, Han, Hangul syllables. */
const CASELESS: readonly (readonly [number, number])[] = [
  [0x0590, 0x05ff], [0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0x0900, 0x097f], [0x0e00, 0x0e7f],
  [0x2600, 0x26ff], [0x3000, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3],
];

function isCaseless(c: number): boolean {
  if (c < 0x0590) return false;
  // Han and kana first: Chinese and Japanese patterns are made of them.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x30ff)) return true;
  for (let i = 0; i < CASELESS.length; i++) if (c >= CASELESS[i]![0] && c <= CASELESS[i]![1]) return true;
  return false;
}

/** Bits of the trigram filter: 4,096 (512 bytes, cleared per text). */
const TRIGRAM_BITS = 12;

/** A hash of three UTF-16 code units, TRIGRAM_BITS wide. */
function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - TRIGRAM_BITS);
}

export function trigramsOf(text: string): Uint16Array {
  const out = new Uint16Array(Math.max(0, text.length - 2));
  for (let i = 2; i < text.length; i++) out[i - 2] = trigramHash(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i));
  return out;
}

/**
 * Answers "does the text contain one of these required literals?" for one text at a time.
 * `reset` lower-cases the text (see requiredLiterals) and sets a bit for the hash of each of its
 * trigrams; a literal whose trigrams are not all set cannot occur, and is ruled out without a
 * search. (Searching each literal with `includes` cost as much as a regex; most literals fail
 * the bit test.) A literal that passes is then searched for.
 */
export class LiteralSearch {
  private lower = '';
  private readonly bits = new Uint32Array((1 << TRIGRAM_BITS) / 32);

  reset(text: string): void {
    const lower = text.toLowerCase();
    this.lower = lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
    const bits = this.bits;
    bits.fill(0);
    const l = this.lower;
    let a = l.charCodeAt(0);
    let b = l.charCodeAt(1);
    for (let i = 2; i < l.length; i++) {
      const c = l.charCodeAt(i);
      const h = trigramHash(a, b, c);
      bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31));
      a = b;
      b = c;
    }
  }

  /** True when the text given to `reset` contains one of `required`. */
  containsAny(required: readonly RequiredLiteral[]): boolean {
    const bits = this.bits;
    for (const r of required) {
      let possible = true;
      for (const h of r.trigrams) {
        if (((bits[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) {
          possible = false;
          break;
        }
      }
      if (possible && this.lower.includes(r.text)) return true;
    }
    return false;
  }
}

/** requiredLiterals with each string's trigrams, ready for LiteralSearch; null when none. */
export function requiredLiteralsOf(source: string, o: RequiredOptions = DEFAULT_REQUIRED): RequiredLiteral[] | null {
  return requiredLiterals(source, o)?.map((text) => ({ text, trigrams: trigramsOf(text) })) ?? null;
}
