/**
 * English negation, tense and number words, read with compromise.
 *
 * Why compromise here and regexes elsewhere: English replies carry most of the traffic and the
 * most varied grammar (contractions "weren't", "can't"; "will"/"'ll"/"going to" futures; number
 * words "two thousand three hundred"). compromise's tagger marks `#Negative`, `#Modal`,
 * `#Auxiliary` and reads number words into values, which hand lists do worse.
 *
 * Cost: compromise/three is ~365 KB minified (compromise/two, 301 KB, has no `.numbers()`), and a
 * parse costs ~0.5 ms per sentence on this machine. So it never sees a whole pack: the phrase
 * rules find candidates with regexes first, and only the clause around a candidate is parsed,
 * with results remembered by clause text (packs repeat sentences across templates). This module
 * is imported by lint.ts only, which runs in the side panel and the CLI, never in the background
 * worker (stale.ts, which publishing a statement uses, does not import it).
 */
import nlp from 'compromise/three';

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

/**
 * Is the phrase at `at` (offset in `clause`) negated? A negator anywhere before it in its clause
 * (or inside it: "we are not at fault"), as compromise tags it: "not", "never", "no", and the
 * contracted forms "isn't", "weren't", "can't", "didn't".
 */
export function englishNegated(clause: string, end: number): boolean {
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
  for (const t of parse(clause).terms) {
    if (t.offset.start >= at) break;
    const word = t.text.toLowerCase();
    if (t.tags.includes('Modal') || t.tags.includes('Condition')) return false;
    if (/^(?:until|till|once|unless|if|whether|when|whenever|before|after|hope|hoping|expect|expected|aim|aiming|plan|planning|going|want|wants|needs?|working|trying|get|getting)$/.test(word)) return false;
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

function readNumberWords(sentence: string): { value: number; start: number; end: number }[] {
  const found = nlp(sentence).numbers().json({ offset: true }) as { number?: { num?: number }; offset?: { start: number; length: number }; text: string }[];
  const out: { value: number; start: number; end: number }[] = [];
  for (const n of found) {
    const value = n.number?.num;
    // Digits are read by numbers.ts in every language; only spelled-out numbers come from here.
    if (value === undefined || !n.offset || /\d/.test(n.text) || !NUMBER_WORD_RE.test(n.text)) continue;
    out.push({ value, start: n.offset.start, end: n.offset.start + n.offset.length });
  }
  return out;
}
