/**
 * English negation, tense and number words, read with compromise.
 *
 * Why compromise here and regexes elsewhere: English replies carry most of the traffic and the
 * most varied grammar (contractions "weren't", "can't"; "will"/"'ll"/"going to" futures; number
 * words "two thousand three hundred"). compromise's tagger marks `#Negative`, `#Modal`,
 * `#Auxiliary` and reads number words into values, which hand lists do worse.
 *
 * Cost: compromise/two is ~301 KB minified (compromise/three, 365 KB, adds `.numbers()`; the
 * tagger of two already marks number words #Value/#Cardinal/#Multiple, and the arithmetic below
 * reads their values, so three is not needed: measured 2026-12-07 with esbuild), and a parse costs
 * ~0.5 ms per sentence on this machine. So it never sees a whole pack: the phrase
 * rules find candidates with regexes first, and only the clause around a candidate is parsed,
 * with results remembered by clause text (packs repeat sentences across templates). This module
 * is imported by lint.ts only, which runs in the side panel and the CLI, never in the background
 * worker (stale.ts, which publishing a statement uses, does not import it).
 */
import nlp from 'compromise/two';

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface ParsedClause {
  terms: Term[];
}

const MAX_CACHE = 5_000;
const cache = new Map<string, ParsedClause>();

function parse(clause: string): ParsedClause {
  let p = cache.get(clause);
  if (!p) {
    const json = nlp(clause).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
    p = { terms: json.flatMap((s) => s.terms) };
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(clause, p);
  }
  return p;
}

// compromise does not tag these as #Negative.
const NEGATIVE_WORDS = new Set(['unable', 'nobody', 'none', 'neither', 'nor', 'without', 'nothing', 'no one', 'no-one']);

/*
 * Answers told without parsing. compromise's first parse in a process builds its tagger (a
 * pack's first lint took 30–50 ms less with the parse stubbed out: bench/lint.ts pack, 6
 * alternated runs, 2026-12-07; it now parses none of its clauses), and most clauses are plain: a
 * clause that names none of the words compromise could tag as a modal or a condition states a
 * fact, and one that says "unable" or "isn't" is negated, whatever the tagger would say.
 *
 * compromise reads terms within whitespace-separated chunks; a term is looked at when it starts
 * before the offset, so every chunk that starts before it is read whole. Words are split finer
 * than compromise splits them (at every character but a letter or an apostrophe), so each word
 * of a term is one of them or made of them: a list of words compromise could tag is a superset.
 * Words whose tag compromise's lexicon fixes ("should", "would"… are modals; "not" and "never"
 * negate) are read as it tags them (checked on every occurrence in 4,592 English tweets and
 * reviews, ../shared sentiment sets, 2026-12-07). A test compares these answers with the parse
 * on every English reply of the labelled tables, clause by clause, at every word.
 */

/** A chunk's lower-case words, split at anything but a-z and apostrophes. */
function fineWords(chunk: string): string[] {
  return chunk.toLowerCase().split(/[^a-z'\u2019\u2018`]+/u).filter((w) => w !== '');
}

const APOSTROPHE_RE = /['\u2019\u2018`]/u;

// A chunk that is one plain word with punctuation around it: compromise's term for it has that
// word as its text.
const PLAIN_WORD_RE = /^[^a-z'\u2019\u2018`-]*([a-z']+)[^a-z'\u2019\u2018`-]*$/u;

// The words englishStatesFact reads from the text itself: a term that is one of them makes the
// clause not a statement, whatever its tags.
const NOT_YET_WORDS = new Set(['until', 'till', 'once', 'unless', 'if', 'whether', 'when', 'whenever', 'before', 'after', 'hope', 'hoping', 'expect', 'expected', 'aim', 'aiming', 'plan', 'planning', 'going', 'want', 'wants', 'need', 'needs', 'working', 'trying', 'get', 'getting']);

// Modal in compromise's lexicon (may, can, could, lets, might, must, ought, oughta, shall, shant,
// should, will, would), by its post-tagger ("will" + verb, "better" + verb) and as conditions
// ("unless", "lest", "had"/"were" in "had he known", "were we to"); its contractions without an
// apostrophe that expand to one (cannot, gonna, imma, shoulda…); NOT_YET_WORDS. Any other
// contraction with an apostrophe is parsed ("we'll", "I'd").
const HEDGE_WORDS = new Set([
  'may', 'can', 'could', 'lets', 'might', 'must', 'ought', 'oughta', 'shall', 'shant', 'should', 'will', 'would', 'better',
  'unless', 'lest', 'had', 'were',
  'cannot', 'cant', 'wont', 'shouldnt', 'couldnt', 'wouldnt', 'gonna', 'gotta', 'wanna', 'tryna', 'imma', 'shoulda', 'coulda', 'woulda', 'musta',
  ...NOT_YET_WORDS,
]);

// Modals by compromise's lexicon alone (no other sense it knows, no rule that changes them): a
// chunk that is one of them hedges the clause. "will", "may", "can" are also a noun, a month, a
// noun: parsed.
const SURE_MODALS = new Set(['should', 'would', 'could', 'might', 'must', 'shall', "can't", "won't", "shouldn't", "wouldn't", "couldn't"]);

// Contractions that add no modal and no condition: "it's", "we're", "I'm", "we've" (is/has,
// are, am, have); their first word is read as it stands.
const PLAIN_SUFFIX_RE = /^([a-z]+)['\u2019](s|re|m|ve)$/u;

/** englishStatesFact without a parse, or undefined when only the parse can tell. A word that
 * compromise could tag as a modal or a condition needs the parse; so does "have read" ("ive
 * read", "we've read": compromise tags "have" there as a modal, verbs.js "read-read") and an
 * unknown word in "-ould" (its suffix guess). */
function statementWithoutParse(clause: string, at: number): boolean | undefined {
  const words: string[] = [];
  // The words of the chunks that start before `at` are words[0, before).
  let before = 0;
  for (const m of clause.matchAll(/\S+/gu)) {
    if (m.index < at) {
      const plain = PLAIN_WORD_RE.exec(m[0].toLowerCase())?.[1];
      if (plain !== undefined && (NOT_YET_WORDS.has(plain) || SURE_MODALS.has(plain))) return false;
    }
    words.push(...fineWords(m[0]));
    if (m.index < at) before = words.length;
  }
  for (let i = 0; i < before; i++) {
    let w = words[i]!;
    let have = w === 'have' || w === 'had' || w === 'ive';
    const contracted = PLAIN_SUFFIX_RE.exec(w);
    if (contracted && contracted[1] !== 'let') {
      w = contracted[1]!;
      have ||= contracted[2] === 've';
    }
    if (HEDGE_WORDS.has(w) || APOSTROPHE_RE.test(w) || w.endsWith('ould') || (have && words[i + 1] === 'read')) return undefined;
  }
  return true;
}

// Negators compromise's tags could give: its lexicon's (never, non, not), and its contractions
// that expand to "not" (cannot, isnt, dont…). "no" it tags only after "is" or "was" (and an
// adverb): compromise 14 post-tagger, auxiliary.js "is-no".
const MAYBE_NEGATIVE = new Set(['not', 'never', 'non', 'cannot', 'arent', 'dun', 'dunno', 'shouldnt', 'couldnt', 'wouldnt', 'hasnt', 'wasnt', 'isnt', 'cant', 'dont', 'wont']);

/** englishNegated without a parse, or undefined when only the parse can tell. "not" is
 * compromise's #Negative but in its lexicon's "not only", "not withstanding" and "or not". */
function negationWithoutParse(clause: string, end: number): boolean | undefined {
  let unsure = false;
  const before: string[] = [];
  const chunks = [...clause.matchAll(/\S+/gu)];
  for (let k = 0; k < chunks.length && chunks[k]!.index < end; k++) {
    const ch = chunks[k]![0];
    const plain = PLAIN_WORD_RE.exec(ch.toLowerCase())?.[1];
    if (plain !== undefined && (NEGATIVE_WORDS.has(plain) || plain.endsWith("n't") || plain === 'never')) return true;
    if (plain === 'not' && before.at(-1) !== 'or') {
      const next = fineWords(chunks[k + 1]?.[0] ?? '')[0] ?? '';
      if (!next.startsWith('only') && next !== 'withstanding') return true;
    }
    for (const w of fineWords(ch)) {
      if (MAYBE_NEGATIVE.has(w) || NEGATIVE_WORDS.has(w) || w.endsWith("n't") || APOSTROPHE_RE.test(w)) unsure = true;
      // "no" after is/was, or in "no-one" (a word of NEGATIVE_WORDS as compromise keeps it).
      else if (w === 'no' && (ch.includes('-') || before.slice(-2).some((b) => b === 'is' || b === 'was'))) unsure = true;
      before.push(w);
    }
  }
  return unsure ? undefined : false;
}

/**
 * Is the phrase at `at` (offset in `clause`) negated? A negator anywhere before it in its clause
 * (or inside it: "we are not at fault"), as compromise tags it: "not", "never", "no", and the
 * contracted forms "isn't", "weren't", "can't", "didn't".
 */
export function englishNegated(clause: string, end: number): boolean {
  return negationWithoutParse(clause, end) ?? parsedNegated(clause, end);
}

/** englishNegated by compromise's parse alone (exported for the test that the answers told
 * without it agree). */
export function parsedNegated(clause: string, end: number): boolean {
  const terms = parse(clause).terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.offset.start >= end) break;
    const word = t.text.toLowerCase().replace(/[^a-z'-]/g, '');
    // "not only … but" adds, it does not deny.
    if (word === 'not' && terms[i + 1]?.text.toLowerCase().startsWith('only')) continue;
    if (t.tags.includes('Negative') || NEGATIVE_WORDS.has(word) || /n't$/.test(word)) return true;
  }
  return false;
}

/**
 * Does the clause state something as a fact now or in the past ("is fixed", "has been resolved",
 * "we fixed"), rather than as future, possible or conditional ("will be fixed", "should be
 * fixed", "once it is fixed", "if resolved")? Looks at the words before `at`.
 */
export function englishStatesFact(clause: string, at: number): boolean {
  return statementWithoutParse(clause, at) ?? parsedStatesFact(clause, at);
}

/** englishStatesFact by compromise's parse alone (exported for the same test). */
export function parsedStatesFact(clause: string, at: number): boolean {
  for (const t of parse(clause).terms) {
    if (t.offset.start >= at) break;
    const word = t.text.toLowerCase();
    if (t.tags.includes('Modal') || t.tags.includes('Condition')) return false;
    if (NOT_YET_WORDS.has(word)) return false;
    if (t.tags.includes('FutureTense')) return false;
  }
  return true;
}

const NUMBER_WORD_RE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens)\b/i;

/** Number words in an English sentence: "two thousand three hundred" -> 2300, with offsets. */
const numberCache = new Map<string, { value: number; start: number; end: number }[]>();

export function englishNumberWords(sentence: string): { value: number; start: number; end: number }[] {
  if (!NUMBER_WORD_RE.test(sentence)) return [];
  let found = numberCache.get(sentence);
  if (!found) {
    found = readNumberWords(sentence);
    if (numberCache.size >= MAX_CACHE) numberCache.clear();
    numberCache.set(sentence, found);
  }
  return found;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** "two thousand three hundred" -> 2300, "a dozen" -> 12, "twenty-five" -> 25. */
function valueOf(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    for (const w of raw.split('-')) {
      if (w === 'and' || w === 'a' || w === '') continue;
      if (w in UNITS) {
        current += UNITS[w]!;
        seen = true;
      } else if (w in MULTIPLIERS) {
        const m = MULTIPLIERS[w]!;
        if (m === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * m;
          current = 0;
        }
        seen = true;
      } else return undefined;
    }
  }
  return seen ? total + current : undefined;
}

function readNumberWords(sentence: string): { value: number; start: number; end: number }[] {
  // Runs of terms compromise tags as number words (#Value but not written in digits), with "and"
  // and "a" inside a run ("one hundred and five", "a dozen").
  const terms = parse(sentence).terms;
  const out: { value: number; start: number; end: number }[] = [];
  for (let i = 0; i < terms.length; i++) {
    const isNumberWord = (t: Term) => (t.tags.includes('Value') || t.tags.includes('Multiple') || /^dozens?$/i.test(t.text)) && !/\d/.test(t.text);
    if (!isNumberWord(terms[i]!)) continue;
    let j = i;
    while (j + 1 < terms.length && (isNumberWord(terms[j + 1]!) || (/^(?:and|a)$/i.test(terms[j + 1]!.text) && terms[j + 2] !== undefined && isNumberWord(terms[j + 2]!)))) j++;
    const words = terms.slice(i, j + 1).map((t) => t.text.toLowerCase().replace(/[^a-z-]/g, ''));
    const value = valueOf(words);
    if (value !== undefined) {
      const first = terms[i]!;
      const last = terms[j]!;
      out.push({ value, start: first.offset.start, end: last.offset.start + last.text.replace(/[^\p{L}\p{N}-]+$/u, '').length });
    }
    i = j;
  }
  return out;
}
