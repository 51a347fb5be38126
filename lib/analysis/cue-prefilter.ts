/**
 * A prefilter for the category-cue layer's regexes (category-cues.ts): where in a text each of a
 * language's cue lists (topics per category, frames, negators, failures...) can start a match,
 * found in one walk over the text. The layer then runs a list's regex only at those offsets (a
 * sticky regex, one attempt each), and not at all where there are none. Each list's regex is a
 * long alternation behind a lookbehind, tried at every offset when scanned: over 30,000 tweets the
 * layer cost about a third of all analysis time (2026-12, analyses with the layer on and off).
 *
 * Derived from the patterns, never listed by hand: each pattern is parsed and the strings every
 * match of it must start with are read off it (`leadingStrings`: "orders?" gives "order" and
 * "orders", each a whole word; "bestell\p{L}*" gives "bestell", a word start), and the strings of
 * a language's lists go into one trie. A text is walked from every offset where the regex may
 * start a match (after a character that is no letter or digit; anywhere in Han/kana text); a list
 * may match where one of its strings is found. Why no match is ever missed:
 * - a part of a pattern this parser cannot read (a \p{...} class, a back-reference, a syntax it
 *   does not know) ends the string there, and a pattern with no string at all makes its list
 *   "always": scanned whole, as before;
 * - assertions inside a pattern are ignored (a looser requirement than the regex's);
 * - case: the regexes have the 'iu' flags. A literal is read only when it is one of FOLD_SAFE's
 *   characters, for which "matches under /iu" means "equal after foldText" (checked over every
 *   code point by tests/unit/analysis/cue-prefilter.test.ts); text and strings are both folded;
 * - runs: \s and \d are symbols (WS, DIGITS) that the walk reads as a whole run of whitespace or
 *   digits. Two runs in a row are one; a run followed by a literal of its own class ends the
 *   string (the walk, having read the whole run, could not find that literal after it).
 */

import { requiredLiterals } from './required-literals.ts';

/** The symbol for a run of whitespace (\s, \s+) in leading strings: a space. */
const WS = 0x20;
/** The symbol for a run of digits (\d, \d+): a noncharacter (a text holding it only makes the
 * walk try more, never less). */
const DIGITS = 0xffff;
const WS_S = ' ';
const DIGITS_S = '\uffff';

/** Leading strings stop growing at this length: longer ones rule out few more texts, and
 * "(?:for|since|over) (?:\d+|a|one|two) (?:days?|weeks?)" would otherwise multiply out. */
const MAX_LENGTH = 8;
/** Above this many leading strings a pattern's strings are cut shorter. */
const MAX_STRINGS = 256;
/** A class of more characters than this is not expanded into strings. */
const MAX_CLASS = 64;

/**
 * The characters whose case-insensitive matches are exactly the characters with the same
 * foldText: ASCII, Latin-1 and Latin Extended-A letters and signs (but µ, whose match μ lowers to
 * itself), general punctuation, currency signs, and blocks without case (as required-literals.ts
 * CASELESS). Anything else ends a leading string.
 */
const FOLD_SAFE: readonly (readonly [number, number])[] = [
  [0x21, 0x7e], [0xa1, 0xb4], [0xb6, 0xff], [0x100, 0x17f], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0],
  [0x0590, 0x05ff], [0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0x0900, 0x097f], [0x0e00, 0x0e7f],
  [0x2600, 0x26ff], [0x3001, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3],
];

export function isFoldSafe(c: number): boolean {
  for (const [lo, hi] of FOLD_SAFE) if (c >= lo && c <= hi) return true;
  return false;
}

/** The ranges of FOLD_SAFE (for the test that checks them over every code point). */
export const FOLD_SAFE_RANGES = FOLD_SAFE;

/**
 * A text lower-cased for the walk, one UTF-16 unit for one, so offsets stay the text's: the long
 * s (ſ, which /s/iu matches and toLowerCase keeps) becomes s, and a text that lower-casing makes
 * longer (İ becomes i + a combining dot) is folded character by character, İ kept as it is (no
 * FOLD_SAFE character matches it under /iu).
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

// What the walk needs to know of a UTF-16 code unit, looked up once: a letter or digit (\p{L},
// \p{N} under /iu, as the regexes' word boundaries read them), \s, a digit 0-9. Surrogates count
// as no letter, which only adds offsets to walk from and word ends to accept.
const WORD = 1;
const SPACE = 2;
const DIGIT = 4;
const KNOWN = 8;
const charKinds = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;
const SPACE_CHAR = /^\s$/u;
function kindOf(c: number): number {
  let k = charKinds[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (c < 0xd800 || c > 0xdfff) {
      if (WORD_CHAR.test(ch)) k |= WORD;
      if (SPACE_CHAR.test(ch)) k |= SPACE;
      if (c >= 0x30 && c <= 0x39) k |= DIGIT;
    }
    charKinds[c] = k;
  }
  return k;
}
for (let c = 0; c < 0x80; c++) kindOf(c);

/** A leading string of a pattern: every match starts with `text` (folded; WS and DIGITS stand
 * for runs), and `whole` when the match can be exactly that. */
export interface Leading {
  text: string;
  whole: boolean;
}

// The pattern as a tree: sequences of atoms, each with a quantifier.
type Atom =
  | { kind: 'chars'; chars: string[] } // one of these strings (folded characters, WS, DIGITS)
  | { kind: 'unknown' } // some characters this parser does not read
  | { kind: 'empty' } // an assertion: matches no characters (its condition is ignored)
  | { kind: 'group'; alternatives: Piece[][] };
interface Piece {
  atom: Atom;
  min: number;
  max: number;
}

/** Parses a pattern (the source as compiled, flags 'iu'); throws on anything it does not know. */
function parse(source: string): Piece[][] {
  let at = 0;
  const literal = (ch: string): Atom => {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x10000 && kindOf(c) & SPACE) return { kind: 'chars', chars: [WS_S] };
    if (c < 0x80) return { kind: 'chars', chars: [c >= 0x41 && c <= 0x5a ? String.fromCharCode(c | 0x20) : ch] };
    return isFoldSafe(c) ? { kind: 'chars', chars: [foldText(ch)] } : { kind: 'unknown' };
  };
  const next = (): string => {
    const c = source.codePointAt(at);
    if (c === undefined) throw new Error('end of pattern');
    const ch = String.fromCodePoint(c);
    at += ch.length;
    return ch;
  };

  function alternation(): Piece[][] {
    const alternatives = [sequence()];
    while (source[at] === '|') {
      at += 1;
      alternatives.push(sequence());
    }
    return alternatives;
  }

  function sequence(): Piece[] {
    const out: Piece[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = atomAt();
      const [min, max] = quantifier();
      // A run of plain characters is one string ("order" + "s?", not o, r, d, e, r).
      const last = out[out.length - 1];
      const joined = last && plain(last) && plain({ atom, min, max }) ? join((last.atom as { chars: string[] }).chars[0] ?? '', (atom as { chars: string[] }).chars[0] ?? '') : null;
      if (last && joined !== null) (last.atom as { chars: string[] }).chars[0] = joined;
      else out.push({ atom, min, max });
    }
    return out;
  }

  function atomAt(): Atom {
    const ch = next();
    if (ch === '(') {
      let assertion = false;
      if (source.startsWith('?:', at)) at += 2;
      else if (source.startsWith('?=', at) || source.startsWith('?!', at)) {
        assertion = true;
        at += 2;
      } else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) {
        assertion = true;
        at += 3;
      } else if (source.startsWith('?<', at)) {
        const close = source.indexOf('>', at);
        if (close < 0) throw new Error('group name');
        at = close + 1;
      } else if (source[at] === '?') throw new Error('group modifier');
      const alternatives = alternation();
      if (source[at] !== ')') throw new Error('unclosed group');
      at += 1;
      return assertion ? { kind: 'empty' } : { kind: 'group', alternatives };
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escape(false) ?? { kind: 'unknown' };
    if (ch === '^' || ch === '$') return { kind: 'empty' };
    if (ch === '.') return { kind: 'unknown' };
    if ('*+?{)]}'.includes(ch)) throw new Error('syntax');
    return literal(ch);
  }

  /** After a backslash: the atom, or undefined for one that matches characters this parser does
   * not list. In a class, \b is a backspace, not an assertion. */
  function escape(inClass: boolean): Atom | undefined {
    const e = next();
    if (e === 'd') return { kind: 'chars', chars: [DIGITS_S] };
    if (e === 's' || e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') return { kind: 'chars', chars: [WS_S] };
    if ((e === 'b' || e === 'B') && !inClass) return { kind: 'empty' };
    if (e === 'p' || e === 'P') {
      const close = source.indexOf('}', at);
      if (source[at] !== '{' || close < 0) throw new Error('property');
      at = close + 1;
      return undefined;
    }
    if (/^[\p{L}\p{N}]$/u.test(e)) {
      // \w \W \D \S, \uXXXX, \xXX, \cX, \k<name>, \1...: skipped, nothing read.
      if (e === 'u' && source[at] === '{') at = source.indexOf('}', at) + 1;
      else if (e === 'u') at += 4;
      else if (e === 'x') at += 2;
      else if (e === 'c') at += 1;
      else if (e === 'k') at = source.indexOf('>', at) + 1;
      else if (/[1-9]/.test(e)) while (/[0-9]/.test(source[at] ?? '')) at += 1;
      if (at <= 0) throw new Error('escape');
      return undefined;
    }
    return literal(e); // an escaped sign: \$ \. \- \'
  }

  function charClass(): Atom {
    const negated = source[at] === '^';
    if (negated) at += 1;
    const chars = new Set<string>();
    let readable = !negated;
    while (at < source.length && source[at] !== ']') {
      const ch = next();
      const item = ch === '\\' ? escape(true) : literal(ch);
      if (source[at] === '-' && source[at + 1] !== ']') {
        // A range: a-z (one from or to an escape is not read).
        if (ch === '\\') throw new Error('range from an escape');
        at += 1;
        const to = next();
        if (to === '\\') throw new Error('range to an escape');
        const lo = ch.codePointAt(0) ?? 0;
        const hi = to.codePointAt(0) ?? 0;
        if (hi < lo) throw new Error('range');
        if (hi - lo >= MAX_CLASS) readable = false;
        else {
          for (let c = lo; c <= hi; c++) {
            const one = literal(String.fromCodePoint(c));
            if (one.kind === 'chars') for (const x of one.chars) chars.add(x);
            else readable = false;
          }
        }
      } else if (item?.kind === 'chars') for (const x of item.chars) chars.add(x);
      else readable = false;
    }
    if (source[at] !== ']') throw new Error('unclosed class');
    at += 1;
    return readable && chars.size <= MAX_CLASS ? { kind: 'chars', chars: [...chars] } : { kind: 'unknown' };
  }

  function quantifier(): [number, number] {
    const c = source[at];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(at));
      if (!m) throw new Error('brace');
      const min = Number(m[1]);
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
      at += m[0].length - 1;
    } else return q;
    at += 1;
    if (source[at] === '?') at += 1; // lazy
    return q;
  }

  const tree = alternation();
  if (at !== source.length) throw new Error('unbalanced');
  return tree;
}

const plain = (p: Piece): boolean => p.atom.kind === 'chars' && p.atom.chars.length === 1 && p.min === 1 && p.max === 1;

const isRun = (s: string): boolean => s === WS_S || s === DIGITS_S;

/** `b` after `a`: a run next to a run of its kind is one run (one or more, then one or more, is
 * one or more); null when `b` starts with a literal the run before it would have taken (the walk
 * reads whole runs). */
function join(a: string, b: string): string | null {
  const last = a[a.length - 1];
  const head = b[0];
  if (last === undefined || head === undefined) return a + b;
  if ((last === WS_S || last === DIGITS_S) && head === last) return a + b.slice(1);
  if (last === DIGITS_S && head >= '0' && head <= '9') return null;
  return a + b;
}

/** Adds a leading string; a string that may run on covers the same string taken whole. */
function add(set: Map<string, boolean>, text: string, whole: boolean): void {
  const had = set.get(text);
  set.set(text, had === undefined ? whole : had && whole);
}

/** Keeps a set of leading strings under MAX_STRINGS by cutting the longest ones shorter. */
function capped(set: Map<string, boolean>): Map<string, boolean> {
  let out = set;
  while (out.size > MAX_STRINGS) {
    let longest = 0;
    for (const text of out.keys()) longest = Math.max(longest, text.length);
    const cut = new Map<string, boolean>();
    for (const [text, whole] of out) {
      if (text.length < longest) add(cut, text, whole);
      else add(cut, text.slice(0, longest - 1), false);
    }
    out = cut;
  }
  return out;
}

function ofSequence(seq: readonly Piece[]): Map<string, boolean> {
  let out = new Map<string, boolean>([['', true]]);
  for (const piece of seq) {
    if (![...out.values()].some((whole) => whole)) break;
    const once = ofAtom(piece.atom);
    // x{0,m}: nothing, or x and then anything; x{n,m}, n >= 1: x, then (unless m = 1) anything.
    // A run symbol repeated is the same run.
    const step = new Map<string, boolean>();
    if (piece.min === 0) add(step, '', true);
    if (piece.max >= 1) {
      const runs = [...once.keys()].every(isRun);
      for (const [text, whole] of once) add(step, text, whole && (piece.max === 1 || runs));
    }
    const joined = new Map<string, boolean>();
    for (const [text, whole] of out) {
      if (!whole || text.length >= MAX_LENGTH) {
        add(joined, text, false);
        continue;
      }
      for (const [t, w] of step) {
        const both = join(text, t);
        if (both === null) add(joined, text, false);
        else add(joined, both, w);
      }
    }
    out = capped(joined);
  }
  return out;
}

function ofAtom(atom: Atom): Map<string, boolean> {
  switch (atom.kind) {
    case 'chars':
      return new Map(atom.chars.map((c) => [c, true]));
    case 'unknown':
      return new Map([['', false]]);
    case 'empty':
      return new Map([['', true]]);
    case 'group': {
      const out = new Map<string, boolean>();
      for (const alt of atom.alternatives) for (const [text, whole] of ofSequence(alt)) add(out, text, whole);
      return capped(out);
    }
  }
}

/**
 * The strings every match of `source` (a regex source, flags 'iu') starts with, folded (see
 * foldText; WS and DIGITS for runs); empty when none can be read off it, which means the pattern
 * may match anywhere. A string is `whole` when the match can be exactly it, unless it ends in
 * whitespace (\s+ may leave a space to what follows).
 */
export function leadingStrings(source: string): Leading[] {
  let tree: Piece[][];
  try {
    tree = parse(source);
  } catch {
    return [];
  }
  const set = ofAtom({ kind: 'group', alternatives: tree });
  if (set.size === 0 || set.has('')) return [];
  return [...set].map(([text, whole]) => ({ text, whole: whole && !text.endsWith(WS_S) }));
}

/** A cue pattern's regex source, as category-cues.ts writes it into its list's regex. */
export const cueSource = (pattern: string): string => pattern.replace(/ /g, '\\s+');

/** What the prefilter reads off one pattern source: its leading strings, and when it has none
 * the strings every match contains (null: none either, the list is scanned whole). */
export interface PatternFilter {
  strings: Leading[];
  required: string[] | null;
}

export function readPatternFilter(source: string): PatternFilter {
  const strings = leadingStrings(source);
  return { strings, required: strings.length > 0 ? null : requiredLiterals(source) };
}

/**
 * What readPatternFilter reads off every cue pattern, worked out ahead of time: reading them is
 * most of the cost of a language's first analysis (about 80 ms of the CLI's 0.4 s to its first
 * answer, profile 2026-12-07), so the built CLI ships them as dist/cue-prefilter.json
 * (cuePrefilterTable, scripts/build-cli.mjs) and installs them before the first line. Entries are
 * keyed by the pattern's exact source and are the function's own output, so the table never
 * changes what is found; a pattern missing from it is read as before. Run from source (tsx, the
 * tests, the extension) nothing is installed and every pattern is read as it is compiled.
 */
let table: Map<string, PatternFilter> | undefined;

/** Installs cuePrefilterTable's JSON (checked for shape, row by row). Installing again is a no-op. */
export function installCuePrefilterTable(json: string): void {
  if (table) return;
  const rows: unknown = JSON.parse(json);
  if (!Array.isArray(rows)) throw new Error('not a cue prefilter table');
  const out = new Map<string, PatternFilter>();
  for (const row of rows as unknown[]) {
    if (!isTableRow(row)) throw new Error(`the cue prefilter table has a damaged row after ${out.size} rows`);
    const [source, strings, required] = row;
    out.set(source, { strings: strings.map(([text, whole]) => ({ text, whole: whole === 1 })), required });
  }
  table = out;
}

function isTableRow(row: unknown): row is TableRow {
  if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || !Array.isArray(row[1])) return false;
  const strings = row[1] as unknown[];
  const required = row[2] as unknown;
  return (
    strings.every((s) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'string' && (s[1] === 0 || s[1] === 1)) &&
    (required === null || (Array.isArray(required) && required.every((r) => typeof r === 'string')))
  );
}

function patternFilter(source: string): PatternFilter {
  return table?.get(source) ?? readPatternFilter(source);
}

/** A row of the table's JSON: the source, its leading strings as [text, 1 if whole else 0], and
 * its required strings. */
type TableRow = [string, [string, 0 | 1][], string[] | null];

/** The table's JSON for every pattern of `words` (scripts/build-cli.mjs, with CUE_WORDS), in
 * the order of the sources. */
export function cuePrefilterTable(words: unknown): string {
  const sources = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') sources.add(cueSource(v));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(words);
  const rows: TableRow[] = [...sources].sort().map((s) => {
    const { strings, required } = readPatternFilter(s);
    return [s, strings.map(({ text, whole }) => [text, whole ? 1 : 0]), required];
  });
  return JSON.stringify(rows);
}

/** Where each list (by the index it was given to buildCuePrefilter) may match a text. */
export interface CueCandidates {
  /** Lists that must be scanned whole: one of their patterns has no leading string. */
  always: Uint8Array;
  /** For the other lists, the offsets where a match may start, ascending; undefined: nowhere. */
  starts: (number[] | undefined)[];
}

export interface CuePrefilter {
  candidates(text: string): CueCandidates;
}

// A node's map and lists are made only when it needs them: most nodes have one child and no
// list, and a language's trie has thousands of nodes, built at its first text (allocating three
// objects per node was a tenth of the CLI's first line, profile 2026-12-07).
interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Lists one of whose strings ends here and may be followed by anything. */
  open: number[] | null;
  /** Lists one of whose patterns matches exactly this string: a candidate when a word ends here. */
  whole: number[] | null;
}

/** A language's leading strings, and tables of their first one, two and three symbols that
 * rule out most offsets of a text before the trie is walked from them. */
interface Trie {
  root: TrieNode;
  /** The strings (text, whole, list) not yet in the trie, by their first symbol: a first symbol's
   * branch is built the first time a walk starts with it (materialize), so a language's first
   * short text builds a few branches, not thousands of nodes (most of the cost of its first
   * answer's cue layer, profile 2026-12-07). Same order within a branch as built eagerly. */
  pending: Map<number, [string, boolean, number][]>;
  /** By a first symbol: SOME when a string of two or more symbols starts with it, WALK when a
   * string is that symbol alone or starts with a run of digits (the tables read single digits). */
  first: Uint8Array;
  /** By gramHash of the first two symbols: SOME for strings of three or more, WALK for strings of
   * two or with a run of digits second. */
  pairs: Uint8Array;
  /** By gramHash of the first three symbols: SOME. */
  triples: Uint8Array;
  /** Lists one of whose patterns has no leading string: scanned whole... */
  always: Uint8Array;
  /** ...unless, per such list, each of those patterns has strings every match contains
   * (required-literals.ts) and none of them is in the text: null when one has none. */
  unless: (string[] | null)[];
  lists: number;
  cjk: boolean;
}

const SOME = 1;
const WALK = 2;
const GRAM_SLOTS = 1 << 16;
const gramHash = (a: number, b: number, c = 0): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) & (GRAM_SLOTS - 1);

const newNode = (): TrieNode => ({ next: null, open: null, whole: null });

/** The code units a symbol of a leading string stands for in a text's first three units. */
const DIGIT_UNITS: readonly number[] = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
const unitsOf = (c: number): readonly number[] => (c === DIGITS ? DIGIT_UNITS : [c]);

/** Adds a string to the first-symbol tables now and to the trie when its branch is needed. */
function insert(trie: Trie, text: string, whole: boolean, id: number): void {
  const first = text.charCodeAt(0);
  const waiting = trie.pending.get(first);
  if (waiting) waiting.push([text, whole, id]);
  else trie.pending.set(first, [[text, whole, id]]);
  markGrams(trie, text);
}

/** Builds the branch of the trie under a first symbol, if it is still pending. */
function materialize(trie: Trie, symbol: number): void {
  const waiting = trie.pending.get(symbol);
  if (!waiting) return;
  trie.pending.delete(symbol);
  for (const [text, whole, id] of waiting) insertNodes(trie.root, text, whole, id);
}

function insertNodes(root: TrieNode, text: string, whole: boolean, id: number): void {
  let node = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  const ids = whole ? (node.whole ??= []) : (node.open ??= []);
  if (!ids.includes(id)) ids.push(id);
}

function markGrams(trie: Trie, text: string): void {
  const s0 = text.charCodeAt(0);
  const s1 = text.charCodeAt(1);
  const s2 = text.charCodeAt(2);
  const walkAt = text.length === 1 || s0 === DIGITS ? 0 : text.length === 2 || s1 === DIGITS ? 1 : 2;
  for (const u of unitsOf(s0)) {
    trie.first[u] = (trie.first[u] ?? 0) | (walkAt === 0 ? WALK : SOME);
    if (walkAt === 0) continue;
    for (const v of unitsOf(s1)) {
      const h = gramHash(u, v);
      trie.pairs[h] = (trie.pairs[h] ?? 0) | (walkAt === 1 ? WALK : SOME);
      if (walkAt === 1) continue;
      for (const w of unitsOf(s2)) trie.triples[gramHash(u, v, w)] = 1;
    }
  }
}

/**
 * A prefilter for lists of cue patterns as category-cues.ts compiles them: each list is one
 * regex, the patterns (spaces turned into \s+) as alternatives, wrapped in word boundaries unless
 * `cjk` (a match starts after no letter or digit, and ends before none or after an apostrophe).
 */
export function buildCuePrefilter(lists: readonly (readonly string[])[], cjk: boolean): CuePrefilter {
  const trie: Trie = {
    root: newNode(),
    pending: new Map(),
    first: new Uint8Array(0x10000),
    pairs: new Uint8Array(GRAM_SLOTS),
    triples: new Uint8Array(GRAM_SLOTS),
    always: new Uint8Array(lists.length),
    unless: lists.map(() => null),
    lists: lists.length,
    cjk,
  };
  lists.forEach((list, id) => {
    let unless: string[] | null = [];
    for (const pattern of list) {
      const filter = patternFilter(cueSource(pattern));
      if (filter.strings.length > 0) {
        for (const { text, whole } of filter.strings) insert(trie, text, whole && !cjk, id);
        continue;
      }
      trie.always[id] = 1;
      unless = unless && filter.required ? [...unless, ...filter.required] : null;
    }
    if (trie.always[id]) trie.unless[id] = unless;
  });
  return { candidates: (text) => walk(text, trie) };
}

/** The code unit's kind (charKinds), looked up the first time. */
const kind = (c: number): number => charKinds[c] || kindOf(c);

function walk(text: string, trie: Trie): CueCandidates {
  const { first, pairs, triples, cjk } = trie;
  const starts: (number[] | undefined)[] = new Array<number[] | undefined>(trie.lists).fill(undefined);
  const lower = foldText(text);
  const n = lower.length;
  let always = trie.always;
  if (trie.unless.some((u) => u !== null)) {
    always = always.slice();
    trie.unless.forEach((u, id) => {
      if (u && !u.some((literal) => lower.includes(literal))) always[id] = 0;
    });
  }
  // Word boundaries are read off the folded text: folding keeps letters and digits letters and
  // digits (checked over every code unit by the test).
  let prevWord = false;
  for (let start = 0; start < n; start++) {
    const c = lower.charCodeAt(start);
    let k = charKinds[c] ?? 0;
    if (k === 0) k = kindOf(c);
    const startsHere = cjk || !prevWord;
    prevWord = (k & WORD) !== 0;
    if (!startsHere) continue;
    // Most offsets start no string: ruled out by their first one, two or three symbols (a run
    // of whitespace is one symbol).
    let at = start + 1;
    let c0 = c;
    if (k & SPACE) {
      c0 = WS;
      // Nothing starts with whitespace: do not read the run from each of its offsets.
      if (!first[WS]) continue;
      while (at < n && kind(lower.charCodeAt(at)) & SPACE) at += 1;
    }
    const f = first[c0] ?? 0;
    if (f === 0) continue;
    if ((c & 0xfc00) === 0xdc00 && start > 0 && (lower.charCodeAt(start - 1) & 0xfc00) === 0xd800) continue; // inside a surrogate pair
    if (!(f & WALK)) {
      if (at >= n) continue;
      let c1 = lower.charCodeAt(at++);
      if (kind(c1) & SPACE) {
        c1 = WS;
        while (at < n && kind(lower.charCodeAt(at)) & SPACE) at += 1;
      }
      const p = pairs[gramHash(c0, c1)] ?? 0;
      if (p === 0) continue;
      if (!(p & WALK)) {
        if (at >= n) continue;
        let c2 = lower.charCodeAt(at);
        if (kind(c2) & SPACE) c2 = WS;
        if (!triples[gramHash(c0, c1, c2)]) continue;
      }
    }
    // The branches the walk from the root can take here: the symbol, and for a digit the run.
    materialize(trie, c0);
    if (k & DIGIT) materialize(trie, DIGITS);
    walkFrom(text, lower, start, start, trie.root, starts);
  }
  return { always, starts };
}

/** Walks the trie from `from` (a node) at `at`, noting `start` for the lists whose strings end on
 * the way. */
function walkFrom(text: string, lower: string, start: number, at0: number, from: TrieNode, starts: (number[] | undefined)[]): void {
  const n = lower.length;
  let node: TrieNode | undefined = from;
  let at = at0;
  while (node) {
    if (node.open) for (const id of node.open) note(starts, id, start);
    // The word ends here: (?:(?<=['’])|(?![\p{L}\p{N}])).
    if (node.whole && (at >= n || !(kindOf(text.charCodeAt(at)) & WORD) || text[at - 1] === "'" || text[at - 1] === '’')) {
      for (const id of node.whole) note(starts, id, start);
    }
    if (at >= n) break;
    const c = lower.charCodeAt(at);
    const kind = kindOf(c);
    if (kind & SPACE) {
      node = node.next?.get(WS);
      if (!node) break;
      while (at < n && kindOf(lower.charCodeAt(at)) & SPACE) at += 1;
      continue;
    }
    if (kind & DIGIT) {
      // A digit is itself, or the start of a DIGITS run: both ways are walked.
      const run = node.next?.get(DIGITS);
      if (run) {
        let end = at + 1;
        while (end < n && kindOf(lower.charCodeAt(end)) & DIGIT) end += 1;
        walkFrom(text, lower, start, end, run, starts);
      }
    }
    node = node.next?.get(c);
    at += 1;
  }
}

function note(starts: (number[] | undefined)[], id: number, start: number): void {
  const list = starts[id];
  if (!list) starts[id] = [start];
  else if (list[list.length - 1] !== start) list.push(start);
}
