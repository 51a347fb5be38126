/**
 * `\b` of a pattern source as a Unicode word boundary over folded text, written as cheaply as its
 * neighbours allow (compile.ts).
 *
 * A boundary in general is `(?:(?<!W)(?=W)|(?<=W)(?!W))`, four look-arounds over the word class
 * W. Before an atom that always starts with a word character ("\b(?:our|my) fault") the first
 * branch is the only one that can hold and its look-ahead always does: `(?<!W)` says the same.
 * After an atom that always ends with one ("…(?:fault|mistake)\b"), `(?!W)`. The phrase tables'
 * boundaries are nearly all of these two kinds, and the full form made each phrase's regex four
 * times as long: compiling them was the largest one-off cost of a pack's first lint
 * (bench/lint.ts profile, 2026-12). Optional atoms before the one that must be there count when
 * each starts (or ends) with a word character ("\b(?:the )?blame", "mistakes?\b"), and boundaries
 * inside look-arounds are written the same way: the eight tables' phrases went from 201 full
 * boundaries to 13 and from 147 to 109 KB of regex source (2026-12-08). Anything this reader
 * does not know keeps the full form.
 */

/** The word class's ranges (compile.ts WORD), as code point pairs. */
const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x61, 0x7a],
  [0x30, 0x39],
  [0xdf, 0xf6],
  [0xf8, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
];

const inWord = (lo: number, hi: number) => WORD_RANGES.some(([a, b]) => lo >= a && hi <= b);

interface Atom {
  kind: 'char' | 'class' | 'group' | 'boundary' | 'other';
  /** The quantifier's minimum (1 without one). */
  min: number;
  /** Source offset (boundary atoms: where `\b` is). */
  at: number;
  /** char: its code; class: whether every character it matches is a word character. */
  code?: number;
  wordClass?: boolean;
  /** group or look-around: its alternatives. */
  alts?: Atom[][];
}

class Reader {
  at = 0;
  constructor(readonly s: string) {}

  alternatives(): Atom[][] {
    const alts = [this.sequence()];
    while (this.s[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Atom[] {
    const out: Atom[] = [];
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') out.push(this.atom());
    return out;
  }

  atom(): Atom {
    const s = this.s;
    const at = this.at;
    const c = s[at]!;
    let a: Atom;
    if (c === '(') {
      const look = /^\(\?<?[=!]/.exec(s.slice(at, at + 4))?.[0];
      if (look) this.at += look.length;
      else if (s.startsWith('(?:', at)) this.at += 3;
      else if (s.startsWith('(?', at)) throw new Error('named group');
      else this.at += 1;
      const alts = this.alternatives();
      if (s[this.at] !== ')') throw new Error('unclosed group');
      this.at++;
      // A look-around matches nothing itself (an `other` neighbour), but its boundaries are
      // written like any other: `(?<!W)` asserts the same inside it.
      a = look ? { kind: 'other', min: 1, at, alts } : { kind: 'group', min: 1, at, alts };
    } else if (c === '[') {
      a = { kind: 'class', min: 1, at, wordClass: this.classBody() };
    } else if (c === '\\') {
      const e = s[at + 1] ?? '';
      this.at += 2;
      if (e === 'b') a = { kind: 'boundary', min: 1, at };
      // A digit is a word character.
      else if (e === 'd') a = { kind: 'class', min: 1, at, wordClass: true };
      else if ('pPuxck'.includes(e) || /[0-9]/.test(e)) throw new Error('escape');
      else a = { kind: 'other', min: 1, at };
    } else if ('*+?{'.includes(c)) {
      throw new Error('quantifier without an atom');
    } else {
      this.at++;
      a = '.^$'.includes(c) ? { kind: 'other', min: 1, at } : { kind: 'char', min: 1, at, code: c.charCodeAt(0) };
    }
    a.min = this.quantifier();
    return a;
  }

  /** Reads `[…]`; true when it is not negated and holds only word characters (single ones or
   * ranges, written plainly or as \uXXXX). */
  classBody(): boolean {
    const s = this.s;
    this.at++;
    let words = s[this.at] !== '^';
    const item = (): number | undefined => {
      if (s[this.at] === '\\') {
        const m = /^\\u([0-9a-fA-F]{4})/.exec(s.slice(this.at, this.at + 6));
        if (!m) {
          if (this.at + 1 >= s.length) throw new Error('unclosed class');
          this.at += 2;
          return undefined;
        }
        this.at += 6;
        return parseInt(m[1]!, 16);
      }
      return s.charCodeAt(this.at++);
    };
    while (this.at < s.length && s[this.at] !== ']') {
      const lo = item();
      let hi = lo;
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        hi = item();
      }
      if (lo === undefined || hi === undefined || !inWord(lo, hi)) words = false;
    }
    if (s[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    return words;
  }

  quantifier(): number {
    const s = this.s;
    const c = s[this.at];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (!m) throw new Error('brace');
      this.at += m[0].length - 1;
      min = Number(m[1]);
    } else return 1;
    this.at++;
    // A lazy quantifier has the same minimum.
    if (s[this.at] === '?') this.at++;
    return min;
  }
}

/** Does every match of `a` (taken at least once) start with a word character? */
function startsWithWord(a: Atom): boolean {
  if (a.min < 1) return false;
  if (a.kind === 'char') return inWord(a.code!, a.code!);
  if (a.kind === 'class') return a.wordClass === true;
  if (a.kind === 'group') return a.alts!.every((alt) => nextIsWord(alt, -1));
  return false;
}

/** Does every match of `a` (taken at least once) end with a word character? */
function endsWithWord(a: Atom): boolean {
  if (a.min < 1) return false;
  if (a.kind === 'char') return inWord(a.code!, a.code!);
  if (a.kind === 'class') return a.wordClass === true;
  if (a.kind === 'group') return a.alts!.every((alt) => previousIsWord(alt, alt.length));
  return false;
}

/** Does whatever follows `seq[i]` start with a word character? Optional atoms before the first
 * one that must be there ("\b(?:the )?blame") count when each starts with one too. */
function nextIsWord(seq: readonly Atom[], i: number): boolean {
  for (let j = i + 1; j < seq.length; j++) {
    const a = seq[j]!;
    if (a.min >= 1) return startsWithWord(a);
    if (a.min !== 0 || !startsWithWord({ ...a, min: 1 })) return false;
  }
  return false;
}

/** Does whatever precedes `seq[i]` end with a word character? (As nextIsWord, backwards.) */
function previousIsWord(seq: readonly Atom[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const a = seq[j]!;
    if (a.min >= 1) return endsWithWord(a);
    if (a.min !== 0 || !endsWithWord({ ...a, min: 1 })) return false;
  }
  return false;
}

/**
 * `source` with each `\b` outside a character class written for the word class `word` (a
 * character class source of WORD_RANGES): `(?<!W)`, `(?!W)` or the full boundary `full`. A
 * source this reader cannot follow gets the full form everywhere, as compile.ts always wrote it.
 */
export function wordBoundaries(source: string, word: string, full: string): string {
  const blind = () => source.replace(/\\b/g, full);
  if (!source.includes('\\b')) return source;
  const reader = new Reader(source);
  let top: Atom[][];
  try {
    top = reader.alternatives();
    if (reader.at !== source.length) return blind();
  } catch {
    return blind();
  }
  const replace = new Map<number, string>();
  const visit = (seq: readonly Atom[]) => {
    for (let i = 0; i < seq.length; i++) {
      const a = seq[i]!;
      if (a.alts) for (const alt of a.alts) visit(alt);
      if (a.kind !== 'boundary') continue;
      if (a.min !== 1) replace.set(a.at, full);
      else if (nextIsWord(seq, i)) replace.set(a.at, `(?<!${word})`);
      else if (previousIsWord(seq, i)) replace.set(a.at, `(?!${word})`);
      else replace.set(a.at, full);
    }
  };
  for (const alt of top) visit(alt);
  // Every `\b` the old blind replacement would touch must be one read here (none inside a class
  // or after an escaped backslash); else write them all the old way.
  let out = '';
  let from = 0;
  for (const m of source.matchAll(/\\b/g)) {
    const r = replace.get(m.index);
    if (r === undefined) return blind();
    out += source.slice(from, m.index) + r;
    from = m.index + 2;
  }
  return out + source.slice(from);
}
