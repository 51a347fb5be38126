/**
 * Candidate "terms" of a mention for "why this spike": English noun phrases from compromise
 * ("customer service line", "replacement order" — not "the", "my"), and for every other language a
 * simple n-gram fallback: word bigrams plus longer single words in spaced scripts, character
 * bigrams in Han / kana / Hangul runs (no spaces to split on, and two characters are the usual
 * length of a Chinese or Japanese word).
 *
 * compromise itself is passed in (`loadNlp()`, nlp.ts), never imported here: it is loaded only
 * when an alert needs its "why", not when the background worker starts.
 */
import { functionWordHits } from '../analysis/function-words.ts';
import type { Nlp } from './nlp.ts';

const MAX_CHARS = 2_000;
const MAX_PHRASE_WORDS = 4;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const URLS = /https?:\/\/\S+|www\.\S+/g;
const HANDLES = /[@#][\p{L}\p{N}_]+/gu;

function clean(text: string): string {
  return text.slice(0, MAX_CHARS).replace(URLS, ' ').replace(HANDLES, ' ');
}

function isFunctionWord(lang: string, word: string): boolean {
  return functionWordHits(lang, [word]) > 0;
}

interface NlpTerm {
  normal?: string;
  text?: string;
  post?: string;
  tags?: string[];
}

const LEADING_WORDS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'all']);

export function englishPhrases(text: string, nlp: Nlp): string[] {
  const out = new Set<string>();
  const add = (words: string[]) => {
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return;
    const phrase = words.join(' ').replace(/['’]s$/, '');
    if (words.length === 1 && (phrase.length < 3 || isFunctionWord('en', phrase) || /^\d+$/.test(phrase))) return;
    out.add(phrase);
  };
  const matches = nlp(clean(text)).match('#Noun+').json() as { terms?: NlpTerm[] }[];
  for (const match of matches) {
    let words: string[] = [];
    for (const term of match.terms ?? []) {
      const word = (term.normal ?? term.text ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '');
      // compromise tags "my" as a possessive noun and keeps punctuation inside a match
      // ("notice: my blender jar"): both end the phrase.
      if (!word || LEADING_WORDS.has(word) || term.tags?.includes('Pronoun')) {
        add(words);
        words = [];
        continue;
      }
      words.push(word);
      if (/[.,:;!?()[\]"“”…]/.test(term.post ?? '')) {
        add(words);
        words = [];
      }
    }
    add(words);
  }
  return [...out];
}

export function ngramTerms(text: string, lang: string): string[] {
  const t = clean(text).toLowerCase();
  const out = new Set<string>();
  for (const run of t.match(CJK_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i]! + chars[i + 1]!;
      // All-hiragana pairs are mostly inflection and particles (すぎ, ない, が…).
      if (!HIRAGANA_ONLY.test(gram)) out.add(gram);
    }
  }
  const words = (t.replace(CJK_RUN, ' ').match(WORD) ?? []).filter((w) => !isFunctionWord(lang, w) && !/^\d+$/.test(w));
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.length >= 4) out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** Distinct terms of one mention (each counts once per mention). */
export function termsOf(text: string, lang: string, nlp: Nlp): string[] {
  return lang === 'en' ? englishPhrases(text, nlp) : ngramTerms(text, lang);
}
