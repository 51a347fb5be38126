/**
 * Finding a list of plain phrases (an incident's keywords or forbidden phrases) in folded text,
 * with their spans. The phrases are the operator's own words, so they follow the keyword-set
 * conventions (lib/alerts/keyword-match.ts): whole words in spaced scripts, substrings in Chinese
 * and Japanese, a trailing `*` for "words starting with". One difference for forbidden phrases:
 * the last word also matches with a short inflection ending ("hacker" finds "hackers", "Streik"
 * finds "Streiks"), because a legal team that forbids a word forbids its plural too.
 */
import { foldText, toSimplified } from './fold.ts';

const UNSPACED_RE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}]/u;
// Word characters of folded text (lower case, accents gone): small classes keep the scan fast.
const WORD = String.raw`[a-z0-9\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]`;
// Endings of plurals and common inflections in the Latin-script languages linted here.
const INFLECTION = String.raw`(?:s|es|e|en|n|er|ern|ed|d|ing|a|as|os|i|o)?`;

export interface PhraseHit {
  phrase: string;
  start: number;
  end: number;
}

export interface PhraseFinder {
  find(folded: string): PhraseHit[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `inflect`: let the last word take an inflection ending (forbidden phrases); otherwise whole
 * words only unless the phrase ends in `*` (keywords).
 */
export function phraseFinder(phrases: readonly string[], inflect: boolean): PhraseFinder {
  const substrings: { phrase: string; text: string }[] = [];
  const words: { phrase: string; source: string }[] = [];
  for (const phrase of phrases) {
    const prefix = phrase.trimEnd().endsWith('*');
    const folded = foldText(phrase.trim().replace(/\*$/, '')).text.trim();
    if (!folded) continue;
    if (UNSPACED_RE.test(folded)) {
      substrings.push({ phrase, text: folded });
      // Chinese text is read with traditional characters as simplified ones: look for both.
      const simplified = toSimplified(folded);
      if (simplified !== folded) substrings.push({ phrase, text: simplified });
      continue;
    }
    // Words in sequence; punctuation inside a phrase ("wi-fi", "VP-20K") matches any separator.
    const parts = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length === 0) continue;
    // A last word ending in -e drops it before an ending: "explode" finds "exploding", "exploded".
    const last = parts[parts.length - 1]!;
    const dropE = inflect && !prefix && last.length > 3 && last.endsWith('e');
    if (dropE) parts[parts.length - 1] = last.slice(0, -1);
    const body = parts.map(escape).join(String.raw`[^\p{L}\p{N}]{1,3}`);
    const tail = prefix ? String.raw`${WORD}*` : dropE ? String.raw`(?:e|es|ed|er|ers|ing|en)` : inflect && /\p{L}$/u.test(folded) ? INFLECTION : '';
    words.push({ phrase, source: body + tail });
  }
  // One regex for all word phrases, each in its own group (which one matched is the group that
  // took part): a list of 100 forbidden phrases costs one scan, not 100.
  const combined = words.length > 0 ? new RegExp(String.raw`(?<!${WORD})(?:${words.map((w) => `(${w.source})`).join('|')})(?!${WORD})`, 'gu') : undefined;
  return {
    find(text) {
      const hits: PhraseHit[] = [];
      for (const sub of substrings) for (let at = text.indexOf(sub.text); at >= 0; at = text.indexOf(sub.text, at + 1)) hits.push({ phrase: sub.phrase, start: at, end: at + sub.text.length });
      if (combined) {
        for (const m of text.matchAll(combined)) {
          const g = m.findIndex((x, i) => i > 0 && x !== undefined);
          hits.push({ phrase: words[g - 1]!.phrase, start: m.index, end: m.index + m[0].length });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

const finders = { plain: new WeakMap<readonly string[], PhraseFinder>(), inflected: new WeakMap<readonly string[], PhraseFinder>() };

/** `phraseFinder`, remembered per list (a statement's lists do not change once published). */
export function cachedFinder(phrases: readonly string[], inflect: boolean): PhraseFinder {
  const cache = inflect ? finders.inflected : finders.plain;
  let f = cache.get(phrases);
  if (!f) cache.set(phrases, (f = phraseFinder(phrases, inflect)));
  return f;
}
