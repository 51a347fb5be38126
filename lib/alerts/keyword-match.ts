/**
 * Incident keyword sets against mention text: which sets a mention matches, and by which terms.
 *
 * Text and terms are folded the same way: NFKC (full-width ＡＣＭＥ and ligatures become plain
 * letters, as in flagging.ts), lower case, and without the marks people leave out when they type
 * a term (Arabic harakat and tatweel, emoji variation selectors).
 *
 * How a term matches depends on its script:
 * - Scripts written with spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari…) match whole
 *   words: "fire" matches "fire!" and "#fire" but not "firewall" or "fires". A trailing `*`
 *   matches words that start with the term ("burn*" matches "burn", "burns", "burnt"). A term of
 *   several words matches them in sequence; punctuation in a term separates words like a space,
 *   so "wi-fi" matches "wi-fi" and "wi fi" and "don't" matches "don’t". Arabic clitics written
 *   onto the word (و, ال) make another word: such forms need their own term.
 * - Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan) and Hangul,
 *   whose particles attach to the noun (배터리가 = battery + subject particle), match as
 *   substrings; a Latin edge of such a term still needs a word boundary ("iphone電池").
 * - A term of symbols only (an emoji such as 🔥) matches as a substring.
 *
 * Compiled once per list of sets (the background calls this for every stored mention): word terms
 * are indexed by their first word, so a mention costs one tokenisation plus a map lookup per word,
 * whatever the number of sets.
 */
import type { KeywordSet, StoredMention } from '../schema.ts';

/** What a set needs to be matched (a stored KeywordSet fits). */
export type MatchableKeywordSet = Pick<KeywordSet, 'id' | 'terms'> & { enabled?: boolean };

/** The fields of a mention that are searched: the author's text, an Amazon review's title, and
 * the text of a quoted post (a quote of "my charger caught fire" is about the incident too). */
export type KeywordText = Partial<Pick<StoredMention, 'text' | 'title' | 'quotedText'>>;

export interface KeywordSetHit {
  id: string;
  /** The terms that matched, as the set spells them, in the set's order: the evidence. */
  terms: string[];
}

export interface KeywordMatcher {
  /** Enabled sets, in settings order: each is a scope, matched or not. */
  readonly ids: readonly string[];
  /** Enabled sets the mention matches, in settings order; empty when none. */
  match(m: KeywordText): KeywordSetHit[];
}

// Scripts (by Script_Extensions, so the kana prolonged sound mark ー and CJK punctuation count)
// whose words are not separated by spaces, plus Hangul (see above).
const UNSPACED = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}`;
const WORD_CHAR = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{M}\p{N}])`;
const WORD_RE = new RegExp(`${WORD_CHAR}+`, 'gu');
const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}$`, 'u');
const UNSPACED_RE = new RegExp(`[${UNSPACED}]`, 'u');
// Harakat U+064B–U+065F and superscript alef U+0670 (optional vowel marks), tatweel U+0640
// (a stretching stroke), variation selectors U+FE0E/U+FE0F (text vs emoji presentation).
const DROPPED_RE = /\u0640|[\u064B-\u065F\u0670]|[\uFE0E\uFE0F]/g;

export function foldKeywordText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(DROPPED_RE, '');
}

function words(folded: string): string[] {
  return folded.match(WORD_RE) ?? [];
}

/** Where a matched term is recorded: set index and term index within the set. */
interface Ref {
  set: number;
  term: number;
}

interface WordTerm {
  words: string[];
  /** The last word is a prefix. */
  prefix: boolean;
  refs: Ref[];
}

interface SubstringTerm {
  test(folded: string): boolean;
  refs: Ref[];
}

function charBefore(s: string, i: number): string {
  const low = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.charAt(i - 1);
}

function charFrom(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** `includes`, plus a word boundary at an edge that is a spaced-script letter. No RegExp per
 * term: compiling the Unicode property classes costs milliseconds each, times thousands of terms. */
function substringTest(folded: string, prefix: boolean): (text: string) => boolean {
  const before = WORD_CHAR_RE.test(charFrom(folded, 0));
  const after = !prefix && WORD_CHAR_RE.test(charBefore(folded, folded.length));
  if (!before && !after) return (text) => text.includes(folded);
  return (text) => {
    for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1)) {
      if (before && at > 0 && WORD_CHAR_RE.test(charBefore(text, at))) continue;
      if (after && WORD_CHAR_RE.test(charFrom(text, at + folded.length))) continue;
      return true;
    }
    return false;
  };
}

const NO_MATCHES: KeywordMatcher = { ids: [], match: () => [] };

export function compileKeywordSets(sets: readonly MatchableKeywordSet[]): KeywordMatcher {
  const enabled = sets.filter((s) => s.enabled !== false && s.terms.length > 0);
  if (enabled.length === 0) return NO_MATCHES;

  const wordTerms = new Map<string, WordTerm>();
  const substringTerms = new Map<string, SubstringTerm>();
  enabled.forEach((set, si) => {
    set.terms.forEach((raw, ti) => {
      const prefix = raw.trimEnd().endsWith('*');
      const folded = foldKeywordText(raw.trim().replace(/\*$/, '')).trim();
      if (!folded) return;
      const ref = { set: si, term: ti };
      const ws = words(folded);
      if (ws.length > 0 && !UNSPACED_RE.test(folded)) {
        const key = `${prefix ? '*' : ''}${ws.join(' ')}`;
        const t = wordTerms.get(key) ?? { words: ws, prefix, refs: [] };
        t.refs.push(ref);
        wordTerms.set(key, t);
      } else {
        const key = `${prefix ? '*' : ''}${folded}`;
        const t = substringTerms.get(key) ?? { test: substringTest(folded, prefix), refs: [] };
        t.refs.push(ref);
        substringTerms.set(key, t);
      }
    });
  });

  // Exact first word -> terms; single-word prefixes by their first character.
  const byFirst = new Map<string, WordTerm[]>();
  const prefixByChar = new Map<string, WordTerm[]>();
  for (const t of wordTerms.values()) {
    const first = t.words[0]!;
    if (t.prefix && t.words.length === 1) {
      const c = String.fromCodePoint(first.codePointAt(0)!);
      prefixByChar.set(c, [...(prefixByChar.get(c) ?? []), t]);
    } else byFirst.set(first, [...(byFirst.get(first) ?? []), t]);
  }
  const substrings = [...substringTerms.values()];

  const matchesAt = (tokens: readonly string[], i: number, t: WordTerm): boolean => {
    if (i + t.words.length > tokens.length) return false;
    const last = t.words.length - 1;
    for (let k = 1; k <= last; k++) {
      const word = tokens[i + k]!;
      if (k === last && t.prefix ? !word.startsWith(t.words[k]!) : word !== t.words[k]) return false;
    }
    return true;
  };

  const ids = enabled.map((s) => s.id);
  return {
    ids,
    match(m) {
      const found = new Map<number, Set<number>>();
      const record = (refs: readonly Ref[]) => {
        for (const r of refs) {
          let terms = found.get(r.set);
          if (!terms) found.set(r.set, (terms = new Set()));
          terms.add(r.term);
        }
      };
      // Field by field, so a phrase cannot run from the end of a title into the text.
      for (const field of [m.text, m.title, m.quotedText]) {
        if (!field) continue;
        const folded = foldKeywordText(field);
        const tokens = words(folded);
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i]!;
          for (const t of byFirst.get(token) ?? []) if (matchesAt(tokens, i, t)) record(t.refs);
          for (const t of prefixByChar.get(String.fromCodePoint(token.codePointAt(0)!)) ?? []) if (token.startsWith(t.words[0]!)) record(t.refs);
        }
        for (const t of substrings) if (t.test(folded)) record(t.refs);
      }
      const hits: KeywordSetHit[] = [];
      enabled.forEach((set, si) => {
        const terms = found.get(si);
        if (terms) hits.push({ id: set.id, terms: [...terms].sort((a, b) => a - b).map((ti) => set.terms[ti]!) });
      });
      return hits;
    },
  };
}

// The background loads alert settings afresh for every surge run (a new array each time) and asks
// for a matcher per run and per alert: remember the last compiled list by its content. Compiling
// the largest allowed list (50 sets x 50 terms) takes ~20-25 ms; the key costs a JSON.stringify.
let last: { key: string; matcher: KeywordMatcher } | undefined;

/** `compileKeywordSets`, remembered for the last list of sets seen (by content). */
export function keywordMatcher(sets: readonly MatchableKeywordSet[]): KeywordMatcher {
  const key = JSON.stringify(sets.map((s) => [s.id, s.enabled !== false, s.terms]));
  if (last?.key !== key) last = { key, matcher: compileKeywordSets(sets) };
  return last.matcher;
}
