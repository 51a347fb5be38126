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
