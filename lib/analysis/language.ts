/**
 * Language identification for short social and review text: script first, then ELD's n-gram
 * scores (ngram-table.ts) limited to the team's languages plus the e-commerce list, a function-word
 * vote, then the platform's own hint.
 *
 * Why this shape (research/lang-baselines.md): franc with its 187 languages gets 79.6% of tweets
 * right, franc limited to the 20 e-commerce languages 91.9%, ELD limited the same way 99.8%;
 * script alone settles ja/zh/ko/th/he with ~100%. Measured here with scripts/eval-analysis.ts on
 * the shared halves (2026-11): v1 (franc limited + function words) 95.4% of tweets and 98.0% of
 * the T20 sentences; this version 99.7% / 99.9% (see the eval output for the current figures).
 * franc is no longer used at run time: on every set it lost to the n-grams and it was 60% of the
 * analyser's time. ELD has no Indonesian and calls it Malay (499 of 500 lines), so 'ms' stands in
 * for 'id' unless the team reads Malay itself, and function words split the two when both count.
 * Short text leans on X's `lang` attribute or the Amazon marketplace when there is one.
 */
import { BoundedMap } from './bounded-cache.ts';
import { indonesianOverMalay } from './function-words.ts';
import { ECOMMERCE_LANGUAGES, normalizeHint, scriptOf, type Script } from './lang-codes.ts';
import { NGRAM_LANGUAGES, ngramScores } from './ngram-table.ts';
import { countScripts, emptyCounts, languageOfScript, SCRIPT_ORDER, type ScriptCounts } from './scripts.ts';
import type { Token } from './tokenize.ts';

export interface LanguageResult {
  /** ISO 639-1 or 'und'. */
  lang: string;
  /** 0..1; roughly the share of such calls that are right (see confidenceFrom). */
  confidence: number;
  /** The best guess even when `lang` is 'und' (too short to say): sentiment still needs to pick
   * a lexicon. 'und' only when there are no letters at all. */
  route: string;
  /** Other languages present in a meaningful share (code-mixed text), best first. */
  secondary: string[];
}

export interface LanguageOptions {
  hint?: string;
  /** The team's languages (ISO 639-1); the e-commerce list is always added. */
  languages?: readonly string[];
}

/** Below this many letters n-grams are no better than chance among a dozen Latin languages. */
const MIN_LATIN_LETTERS = 10;
/** Up to this many letters a platform hint in the same script beats the n-grams outright. */
const HINT_TRUSTED_BELOW = 25;
/** When scripts mix, a CJK character carries about as much as a short Latin word, and any other
 * script's letter twice a Latin one: Latin inside Thai, Hebrew or Hindi text is names, brands and
 * URLs far more often than the reverse (the T20 sentences' Thai, Hebrew and Hindi lines that v1
 * called English were all of that kind). */
const CJK_WEIGHT = 1.5;
const LATIN_WEIGHT = 0.5;
/** v1 added a function-word vote and an English prior to franc's scores; over the n-grams neither
 * changed a single answer on the shared halves (function-word weight 0 / 0.05 / 0.2 / 0.4:
 * 99.62 / 99.60 / 99.60 / 99.62% of tweets, 99.83% of T20 sentences throughout), so both are gone.
 * Function words still split Indonesian from Malay, which share ELD's Malay n-grams. */
const ID_MS_SPLIT = 0.01;

const UND: LanguageResult = { lang: 'und', confidence: 0, route: 'und', secondary: [] };

/** Per-call scratch space: the n-gram scores of every table language. */
const scores = new Float64Array(NGRAM_LANGUAGES.length);
const TABLE_INDEX = new Map(NGRAM_LANGUAGES.map((l, i) => [l, i]));

export function detectLanguage(tokens: readonly Token[], opts: LanguageOptions = {}): LanguageResult {
  const words: string[] = [];
  const counts: ScriptCounts = emptyCounts();
  for (const t of tokens) {
    if (t.kind === 'word' || t.kind === 'cjk') {
      countScripts(t.text, counts);
      if (t.kind === 'word') words.push(t.norm);
    }
  }
  const hint = normalizeHint(opts.hint);

  let total = 0;
  let top: Script = 'Other';
  let topWeight = 0;
  for (const s of SCRIPT_ORDER) {
    const w = weightOf(s, counts);
    total += w;
    if (w > topWeight) {
      top = s;
      topWeight = w;
    }
  }
  if (total === 0) return { ...UND, secondary: [] };

  // Han and kana are one writing system (Japanese mixes them); decide them together.
  const cjk = (counts.Han + counts.Kana) * CJK_WEIGHT;
  const dominant: Script = cjk > 0 && cjk >= topWeight ? 'Han' : top;
  const dominantWeight = dominant === 'Han' ? cjk : topWeight;
  const share = dominantWeight / total;

  let result: LanguageResult;
  switch (dominant) {
    case 'Han':
      result = decideHanKana(counts, hint);
      break;
    case 'Hangul':
      result = byLength('ko', counts.Hangul, 2);
      break;
    case 'Thai':
      result = byLength('th', counts.Thai, 4);
      break;
    case 'Hebrew':
      result = byLength(hint === 'yi' ? 'yi' : 'he', counts.Hebrew, 4);
      break;
    case 'Greek':
      result = byLength('el', counts.Greek, 4);
      break;
    case 'Other':
      result = decideOther(tokens, hint);
      break;
    default:
      result = decideByNgrams(words, dominant, allowedLanguages(opts.languages, hint), hint, counts[dominant]);
  }

  // Code-mixed text: the dominant script's language is less certain, and the other script's
  // language is worth scoring too.
  if (share < 0.85) result.confidence = round(result.confidence * share);
  if (share < 0.85) {
    for (const s of SCRIPT_ORDER) {
      const n = weightOf(s, counts);
      if (n === 0 || s === dominant || (dominant === 'Han' && s === 'Kana') || n / total < 0.15) continue;
      const other =
        s === 'Han' || s === 'Kana'
          ? counts.Kana > 0 ? 'ja' : 'zh'
          : s === 'Latin'
            ? (hint && scriptOf(hint) === 'Latin' ? hint : 'en')
            : singleLanguageOf(s, allowedLanguages(opts.languages, hint));
      if (other && other !== result.route && !result.secondary.includes(other)) result.secondary.push(other);
    }
  }
  return result;
}

function weightOf(s: Script, counts: ScriptCounts): number {
  const n = counts[s];
  return s === 'Han' || s === 'Kana' || s === 'Hangul' ? n * CJK_WEIGHT : s === 'Latin' ? n * LATIN_WEIGHT : n;
}

function decideHanKana(counts: ScriptCounts, hint: string | undefined): LanguageResult {
  const chars = counts.Han + counts.Kana;
  // Any kana at all means Japanese: Chinese never uses it. One stray kana in a long Han text
  // (a quoted brand name) should not, so ask for 10% of the characters.
  if (counts.Kana > 0 && counts.Kana >= chars * 0.1) return byLength('ja', chars, 2);
  // Han only: Chinese, unless the platform says Japanese (short Japanese like "最悪" or "返品不可"
  // has no kana), in which case trust it; without a hint, short Han-only text stays uncertain.
  if (hint === 'ja') return { ...byLength('ja', chars, 2), confidence: chars >= 4 ? 0.8 : 0.6 };
  const r = byLength('zh', chars, 4);
  if (chars < 4) r.confidence = round(r.confidence * 0.7);
  return r;
}

/** A script that names its language: confidence grows with the number of letters seen. */
function byLength(lang: string, letters: number, sure: number): LanguageResult {
  const confidence = letters >= sure ? 0.97 : round(0.5 + (0.47 * letters) / sure);
  return { lang, confidence, route: lang, secondary: [] };
}

/** Scripts outside our table that belong to one language each (Bengali, Tamil, Georgian...). */
function decideOther(tokens: readonly Token[], hint: string | undefined): LanguageResult {
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const lang = languageOfScript(t.text);
    if (lang) return { lang, confidence: hint === undefined || hint === lang ? 0.9 : 0.6, route: lang, secondary: [] };
  }
  return { ...UND, secondary: [] };
}

function singleLanguageOf(script: Script, allowed: readonly string[]): string | undefined {
  if (script === 'Hangul') return 'ko';
  if (script === 'Thai') return 'th';
  if (script === 'Hebrew') return 'he';
  if (script === 'Greek') return 'el';
  return allowed.find((l) => scriptOf(l) === script);
}

function decideByNgrams(
  words: readonly string[],
  script: Script,
  allowed: readonly string[],
  hint: string | undefined,
  letters: number,
): LanguageResult {
  let candidates = allowed.filter((l) => scriptOf(l) === script);
  // Ukrainian is always a candidate for Cyrillic: calling it Russian is a worse mistake than
  // the rare reverse. Letters only one of the two uses settle it outright.
  if (script === 'Cyrillic') {
    if (!candidates.includes('uk')) candidates.push('uk');
    candidates = cyrillicOrthography(words, candidates);
  }
  const hintFits = hint !== undefined && scriptOf(hint) === script;
  if (hintFits && !candidates.includes(hint)) candidates.push(hint);
  const ranked = rankCandidates(words, candidates);
  const best = ranked[0];
  if (!best) {
    // None of our languages has n-grams for this script: the hint, or one language of the script.
    const only = hintFits ? hint : candidates[0];
    return only ? { lang: only, confidence: 0.5, route: only, secondary: [] } : { ...UND, secondary: [] };
  }
  const second = ranked[1]?.[1] ?? 0;
  const margin = best[1] - second;
  const confidence = confidenceFrom(margin, letters);

  if (hintFits) {
    const hintScore = ranked.find(([l]) => l === hint)?.[1] ?? 0;
    // Short text: the n-grams have too little to go on, the platform knows the author's settings.
    if (letters < HINT_TRUSTED_BELOW) return { lang: hint, confidence: letters < MIN_LATIN_LETTERS ? 0.6 : 0.75, route: hint, secondary: [] };
    // Longer text: keep the hint unless the text clearly says otherwise.
    if (best[0] === hint || best[1] - hintScore < 0.03) {
      return { lang: hint, confidence: round(Math.max(0.8, confidence)), route: hint, secondary: [] };
    }
    return { lang: best[0], confidence: round(confidence * 0.9), route: best[0], secondary: [] };
  }
  if (ranked.length === 1 && script !== 'Latin') return { lang: best[0], confidence: byLength(best[0], letters, 8).confidence, route: best[0], secondary: [] };
  if (ranked.length === 1) return { lang: best[0], confidence: round(Math.min(0.97, 0.5 + letters / 20)), route: best[0], secondary: [] };
  if (letters < MIN_LATIN_LETTERS) return { lang: 'und', confidence: round(confidence * 0.3), route: best[0], secondary: [] };
  return { lang: best[0], confidence, route: best[0], secondary: [] };
}

/**
 * Russian writes ы э ё ъ, Ukrainian і ї є ґ; neither uses the other's, so either set settles it.
 * With neither ("Доставка була дуже швидкою"), the n-grams decide, but Ukrainian must lead by
 * UK_MARGIN: ELD's n-grams call 1 in 50 short Russian sentences Ukrainian (T20 sentences, shared
 * half, 2026-11), and "і", among the commonest Ukrainian letters, is missing only from short text.
 * Margin 0.02 -> 99.72% of the T20 sentences, 0.05 -> 99.76% (no Russian called Ukrainian).
 */
function cyrillicOrthography(words: readonly string[], candidates: string[]): string[] {
  let ru = false;
  let uk = false;
  for (const w of words) {
    if (/[ыэёъ]/.test(w)) ru = true;
    if (/[іїєґ]/.test(w)) uk = true;
  }
  if (ru && !uk) return candidates.filter((l) => l !== 'uk');
  if (uk && !ru) return candidates.filter((l) => l !== 'ru');
  return candidates;
}

const UK_MARGIN = 0.05;

/**
 * Candidates with an n-gram score relative to the best (1 for the best, lower for the rest) plus
 * a function-word bonus, best first. Candidates without n-grams are left out. Exported for the
 * eval script.
 */
export function rankCandidates(words: readonly string[], candidates: readonly string[]): [string, number][] {
  scores.fill(0);
  ngramScores(words, scores);
  let top = 0;
  const raw: [string, number][] = [];
  for (const lang of candidates) {
    // Indonesian is scored with ELD's Malay n-grams (see the header comment); when Malay is a
    // candidate too, both get the same score and the function words split them.
    const i = TABLE_INDEX.get(lang === 'id' ? 'ms' : lang);
    if (i === undefined) continue;
    const s = scores[i] ?? 0;
    if (s <= 0) continue;
    raw.push([lang, s]);
    if (s > top) top = s;
  }
  if (top === 0) return [];
  const both = candidates.includes('id') && candidates.includes('ms');
  const ukPenalty = candidates.includes('ru') && candidates.includes('uk') ? UK_MARGIN : 0;
  const idLead = both ? indonesianOverMalay(words) : 0;
  for (const r of raw) {
    r[1] = r[1] / top;
    if (r[0] === 'uk') r[1] -= ukPenalty;
    if (both && r[0] === (idLead >= 0 ? 'id' : 'ms')) r[1] += ID_MS_SPLIT;
  }
  return raw.sort((a, b) => b[1] - a[1]);
}

/**
 * Confidence from the lead of the best candidate and the amount of text: more lead and more
 * letters, more confidence. Checked with scripts/eval-analysis.ts (accuracy per confidence bucket).
 */
function confidenceFrom(margin: number, letters: number): number {
  const byMargin = 0.45 + Math.min(0.52, margin * 6);
  const byLength = Math.min(1, 0.55 + letters / 100);
  return round(Math.max(0.05, Math.min(0.97, byMargin * byLength)));
}

/** The languages allowed per team list and hint. Bound: 64 combinations, then it starts over; a
 * worker sees one team list and a few dozen hints. */
const allowedCache = new BoundedMap<string, string[]>(64);

function allowedLanguages(team: readonly string[] | undefined, hint: string | undefined): string[] {
  const key = `${team?.join(',') ?? ''}|${hint ?? ''}`;
  let out = allowedCache.get(key);
  if (!out) {
    const set = new Set<string>([...(team ?? []), ...ECOMMERCE_LANGUAGES]);
    if (hint) set.add(hint);
    out = [...set].filter((l) => scriptOf(l) !== undefined);
    allowedCache.set(key, out);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
