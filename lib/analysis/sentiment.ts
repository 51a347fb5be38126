/**
 * Rule-based sentiment in the manner of VADER (Hutto & Gilbert, ICWSM 2014), over per-language
 * packs (languages/*.ts), an emoji layer (emoji.ts) and an e-commerce phrase layer whose hits also
 * name complaint categories. research/sentiment-baselines.md: VADER's rules (negation, boosters,
 * "but", caps, "!") are worth ~8 F1 over a plain word sum on tweets, and phrases are the largest
 * missing piece on reviews.
 *
 * Layers, in order, one file each; this file runs them:
 *   1. phrases (phrase-match.ts): regexes over the prepared text; on overlap the longer match wins;
 *   2. words: per token in space-delimited languages (word-lookup.ts, unknown words through
 *      morphology.ts), or longest match inside Han/kana runs for ja/zh (cjk-match.ts), skipping
 *      anything a phrase already covers;
 *   3. emoji and emoticons (emoji.ts);
 *   3b. laughter (laughter.ts): a laugh after a mild complaint word takes the word back;
 *   4. modifiers (vader-rules.ts): negation (3 tokens back, x-0.74), boosters/dampeners
 *      (+-0.293), ALL CAPS (+0.733), "!" (+0.292 each, up to 4) - all VADER's constants; and
 *      contrast (contrast.ts: before x0.5, after x1.5);
 *   5. normalise (vader-rules.ts): score = sum / sqrt(sum^2 + 15) (VADER's alpha), label at +-0.05;
 *   6. complaint categories and evidence from the hits (complaint.ts), and from topics and
 *      complaint frames that need no rated word (category-cues.ts; categories only).
 * Nothing here flips a label on a question mark or a sarcasm marker alone. (An earlier layer
 * halved words inside questions; the ablation in `npm run eval layers` showed it cost 0.3 F1 on
 * the VADER tweets and gained nowhere, so it went: "who names this crap?" is a complaint.)
 * Each layer's measured contribution: `npx tsx scripts/eval-analysis.ts layers`.
 *
 * Not a layer: compromise (English grammar). Measured 2026-11-23 on the shared halves, negation
 * bounded by compromise's clauses instead of punctuation alone changed negative F1 by +0.2 on the
 * Amazon snippets and 0 on the VADER tweets and UMSAB en (window 3; wider windows within the clause
 * lost up to 0.5), while `nlp(text).clauses()` ran at 330-590 texts/s on the bench corpus, 40-60x
 * slower than this whole analyser. Damping words inside quotation marks ("quoted speech") moved
 * F1 by -0.5..+0.3 depending on the set and factor. Neither earns its place; compromise stays
 * where speed does not matter ("why this spike" phrases, lib/alerts/phrases.ts).
 */
import type { Sentiment } from '../schema.ts';
import { categoryCues, type CueConfig } from './category-cues.ts';
import { complaintOf, type Complaint, type HitPlace } from './complaint.ts';
import { contrastPoints, type ContrastPoints } from './contrast.ts';
import { findCjk } from './cjk-match.ts';
import { emojiValence, emoticonValence } from './emoji.ts';
import { coveredTokens, sentenceIds, splitElisions, stretchIds, type Hit, type Marker, type Markers } from './hits.ts';
import type { SentimentLayer } from './layers.ts';
import { packFor } from './languages/index.ts';
import type { LanguagePack } from './pack.ts';
import { findPhrases } from './phrase-match.ts';
import type { PreparedText } from './prepare.ts';
import type { Token } from './tokenize.ts';
import { laughterReach, softenBeforeLaughter } from './laughter.ts';
import { applyModifiers, isMostlyCaps, sentimentOfSum, withExclamations } from './vader-rules.ts';
import { findWords, type WordLookupLayers } from './word-lookup.ts';

// scripts/eval-cjk.ts compares other methods on VADER's scale and rules.
export { LABEL_THRESHOLD, NEGATION_SCALAR, sentimentOfSum } from './vader-rules.ts';

export interface SentimentOptions {
  /** Languages whose word lists to use, best first (the detected language leads). */
  languages: readonly string[];
  /** Extra valence on VADER's scale from outside the text (an Amazon star rating). */
  priorValence?: number;
  /** Evaluation only (scripts/category-cv.ts): other constants for the category-cue layer. */
  cueConfig?: CueConfig;
}

export interface SentimentResult {
  sentiment: Sentiment;
  complaint: Complaint;
}

export type SentimentScorer = (prepared: PreparedText, rawTokens: readonly Token[], original: string, opts: SentimentOptions) => SentimentResult;

/**
 * A scorer with the given layers (layers.ts) switched off. Which layer functions run is settled
 * here, once, not asked of the switches per text or per word: the shipped scorer (scoreSentiment)
 * is built with none off, and only `npm run eval -- layers` builds others.
 */
export function sentimentScorer(off: ReadonlySet<SentimentLayer> = new Set()): SentimentScorer {
  const on = (layer: SentimentLayer): boolean => !off.has(layer);
  const borrowed = on('borrowedLexicons');
  const englishParts = { afinn: on('englishAfinn'), overrides: on('englishOverrides'), additions: on('englishAdditions'), noNegates: on('englishNoNegator') };
  const englishEverywhere = on('englishPhrasesEverywhere');
  const phrases = on('phrases') ? findPhrases : (): Hit[] => [];
  const wordLayers: WordLookupLayers = { morphology: on('morphology'), ratedBoosters: on('intensifiers') };
  const dropSwitchedOff = switchedOff(off);
  const emoji = on('emoji') ? findEmoji : (): void => {};
  // With the caps layer off, treat every text as mostly caps: no word then gets the caps boost.
  const mostlyCaps = on('caps') ? isMostlyCaps : (): boolean => true;
  const cjkContrast = on('contrast');
  const exclamations = on('exclamation') ? withExclamations : (sum: number): number => sum;
  const laughter = on('laughter');

  return (prepared, rawTokens, original, opts) => {
    const packs = opts.languages.map((l) => packFor(l, borrowed, englishParts)).filter((p): p is LanguagePack => p !== undefined);
    const wordPacks = packs.filter((p) => !p.cjk);
    const cjkPacks = packs.filter((p) => p.cjk);
    const phrasePacks = [...packs];
    // The English phrase layer runs on every text: "refund", "fake" and "doesn't work" turn up in
    // code-mixed posts in every language, and the phrases are specific enough not to misfire.
    const enPack = packFor('en', borrowed, englishParts);
    if (enPack && !phrasePacks.includes(enPack) && englishEverywhere) phrasePacks.push(enPack);

    const tokens = wordPacks[0]?.elision ? splitElisions(rawTokens) : rawTokens;
    const text = prepared.text;
    const sentenceOf = sentenceIds(tokens);

    const hits = phrases(text, tokens, phrasePacks);
    const covered = coveredTokens(tokens, hits);
    const markers: Markers = new Map();
    findWords(tokens, covered, wordPacks, hits, markers, wordLayers);
    if (cjkPacks.length > 0) findCjk(text, tokens, hits, cjkPacks);
    dropSwitchedOff?.(hits, markers);
    emoji(tokens, covered, hits);

    const caps = mostlyCaps(tokens);
    const contrasts = contrastPoints(text, tokens, sentenceOf, markers, cjkPacks, cjkContrast);
    // Before negation and boosters, so "so tired lol" is as mild as "tired lol".
    const laughs = laughter ? laughterReach(tokens, sentenceOf) : null;
    if (laughs) softenBeforeLaughter(hits, laughs);
    let sum = 0;
    for (const h of hits) {
      // CJK word hits were negated and boosted during matching (negatable: false).
      if (h.negatable) applyModifiers(h, tokens, sentenceOf, markers, caps);
      if (h.kind !== 'topic' && !contrasts.empty) h.valence *= contrasts.factor(h.start, sentenceOf[h.token] ?? -1);
      sum += h.valence;
    }
    sum += opts.priorValence ?? 0;
    sum = exclamations(sum, text);

    const sentiment = sentimentOfSum(sum);
    const cues = categoryCues(text, opts.languages, hits, opts.cueConfig);
    return { sentiment, complaint: complaintOf(hits, sentiment.label, prepared, original, hitPlace(tokens, sentenceOf, contrasts, wordPacks), cues) };
  };
}

/** complaint.ts's clauses and stretches: sentences, punctuation and conjunctions by token,
 * contrast words by offset (a CJK run is one token and holds its けど or 但是). Both counts only grow along the text,
 * so their sums are equal for two hits exactly when nothing separates them. */
function hitPlace(tokens: readonly Token[], sentenceOf: readonly number[], contrasts: ContrastPoints, packs: readonly LanguagePack[]): HitPlace {
  let stretchOf: number[] | undefined;
  return {
    clause: (h) => (sentenceOf[h.token] ?? -1) + contrasts.before(h.start),
    stretch: (h) => ((stretchOf ??= stretchIds(tokens, packs))[h.token] ?? -1) + contrasts.before(h.start),
  };
}

/** The shipped scorer: every layer on. */
export const scoreSentiment: SentimentScorer = sentimentScorer();

/** Emoji and emoticons not inside a phrase, by their valence (emoji.ts). */
function findEmoji(tokens: readonly Token[], covered: readonly boolean[], hits: Hit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i]) continue;
    const v = t.kind === 'emoji' ? emojiValence(t.text) : t.kind === 'emoticon' ? emoticonValence(t.text) : 0;
    if (v !== 0) hits.push({ start: t.start, end: t.end, token: i, valence: v, kind: t.kind === 'emoji' ? 'emoji' : 'emoticon', category: null, negatable: false, negated: false });
  }
}

/**
 * Evaluation only: what drops the word hits and markers of the switched-off layers once words and
 * CJK runs are read, or null when none of those layers is off. (CJK negation and boosting happen
 * inside dictionary matching and are not switched off.)
 */
function switchedOff(off: ReadonlySet<SentimentLayer>): ((hits: Hit[], markers: Markers) => void) | null {
  const words = off.has('words');
  const dropped = new Set<Marker>();
  if (off.has('negation')) dropped.add('negator');
  if (off.has('intensifiers')) {
    dropped.add('booster');
    dropped.add('dampener');
  }
  if (off.has('contrast')) dropped.add('contrast');
  if (!words && dropped.size === 0) return null;
  return (hits, markers) => {
    if (words) {
      let k = 0;
      for (const h of hits) if (h.kind !== 'word') hits[k++] = h;
      hits.length = k;
    }
    for (const [i, m] of markers) if (dropped.has(m)) markers.delete(i);
  };
}
