/**
 * On-device analysis of one mention: language, sentiment, complaint categories and evidence.
 * Pure and synchronous; used by the background and by the CLI. Never throws.
 *
 * Layers: prepare.ts (clean, cap, keep offsets) -> tokenize.ts -> language.ts (script, ELD n-grams,
 * hint) -> sentiment.ts (phrases, words, emoji, rules: one file per layer, listed there) with
 * per-language packs in languages/.
 */
import type { Analysis, Mention, Platform } from '../schema.ts';
import { scriptOf } from './lang-codes.ts';
import { detectLanguage, type LanguageResult } from './language.ts';
import { prepareText } from './prepare.ts';
import { ratingValence } from './rating.ts';
import { BoundedMap } from './bounded-cache.ts';
import type { CueConfig } from './category-cues.ts';
import type { SentimentLayer } from './layers.ts';
import { scoreSentiment, sentimentScorer, type SentimentScorer } from './sentiment.ts';
import { tokenize } from './tokenize.ts';

export { MAX_ANALYSED_CHARS } from './prepare.ts';
export { SENTIMENT_LAYERS, type SentimentLayer } from './layers.ts';

/** Bump when results can change, so stored analyses can be found and redone. */
export const ANALYZER_VERSION = 'cd-9';

export interface AnalyzeTextInput {
  text: string;
  /** X's `lang` attribute or an Amazon locale ('de-DE'); see lang-codes.ts normalizeHint. */
  langHint?: string;
  /** Where the text is from. Accepted for the CLI's input shape; no rule depends on it yet
   * (the Amazon star rating goes through analyzeMention). */
  platform?: Platform;
}

export interface AnalyzeOptions {
  /** The team's languages (Settings.languages): they steer language detection. */
  languages?: readonly string[];
  /** Evaluation only (`npm run eval` ablations): sentiment layers to switch off. */
  withoutLayers?: readonly SentimentLayer[];
  /** Evaluation only (`npm run eval -- categories`, scripts/category-cv.ts): other constants for
   * the category-cue layer (category-cues.ts). */
  categoryCues?: CueConfig;
}

interface InternalInput extends AnalyzeTextInput {
  /** Extra valence from outside the text (star rating). */
  prior?: number;
}

/**
 * Analyse `input.text`. Only its first MAX_ANALYSED_CHARS characters are read. Evidence offsets
 * (`complaint.evidence[].start/end`) are UTF-16 offsets into `input.text` itself.
 */
export function analyzeText(input: AnalyzeTextInput, opts: AnalyzeOptions = {}): Analysis {
  return analyze(input, opts);
}

/**
 * The string analyzeMention reads, and which its evidence offsets refer to: the review title and
 * the text joined by a line break (Amazon titles such as "Don't buy" carry the verdict), or just
 * the text. `quotedText` is never included: it is someone else's words.
 */
export function mentionAnalysisText(m: Pick<Mention, 'title' | 'text'>): string {
  const title = m.title?.trim();
  return title ? `${title}\n${m.text}` : m.text;
}

/** Analyse a captured mention: title + text, its language hint and, for Amazon, its star rating. */
export function analyzeMention(m: Mention, opts: AnalyzeOptions = {}): Analysis {
  return analyze(
    {
      text: mentionAnalysisText(m),
      langHint: m.langHint,
      platform: m.platform,
      prior: m.platform === 'amazon' ? ratingValence(m.rating) : 0,
    },
    opts,
  );
}

function analyze(input: InternalInput, opts: AnalyzeOptions): Analysis {
  try {
    const text = typeof input.text === 'string' ? input.text : '';
    const prepared = prepareText(text);
    const tokens = tokenize(prepared.text);
    const lang = detectLanguage(tokens, { hint: input.langHint, languages: opts.languages });
    const score = opts.withoutLayers?.length ? scorerWithout(opts.withoutLayers) : scoreSentiment;
    const { sentiment, complaint } = score(prepared, tokens, text, { languages: sentimentLanguages(lang), priorValence: input.prior, cueConfig: opts.categoryCues });
    return { lang: lang.lang, langConfidence: lang.confidence, sentiment, complaint, analyzer: ANALYZER_VERSION };
  } catch {
    // Defence in depth: nothing above should throw, but one odd string must never stop a batch.
    return {
      lang: 'und',
      langConfidence: 0,
      sentiment: { score: 0, label: 'neutral' },
      complaint: { categories: [], evidence: [] },
      analyzer: ANALYZER_VERSION,
    };
  }
}

/** Evaluation only: scorers with layers switched off, built once per set of switches. Bound: the
 * ablation (`npm run eval -- layers`) builds one per layer, 11, and eval-cjk one more. */
const ablationScorers = new BoundedMap<string, SentimentScorer>(32);

function scorerWithout(layers: readonly SentimentLayer[]): SentimentScorer {
  const key = [...layers].sort().join(',');
  let scorer = ablationScorers.get(key);
  if (!scorer) ablationScorers.set(key, (scorer = sentimentScorer(new Set(layers))));
  return scorer;
}

/** Below this language confidence, English words also count (after the guessed language's). */
const ENGLISH_FALLBACK_BELOW = 0.75;

/**
 * Which packs score the text: the detected (or best-guess) language, then any other language
 * present in a real share of a code-mixed text, then English when the guess is shaky and the
 * text is in Latin script: short English posts are the commonest thing franc gets wrong
 * (research/lang-baselines.md), and English shop-talk turns up in posts in every language.
 */
function sentimentLanguages(lang: LanguageResult): string[] {
  const out: string[] = [];
  for (const l of [lang.route, ...lang.secondary]) if (l !== 'und' && !out.includes(l)) out.push(l);
  const latin = lang.route === 'und' || scriptOf(lang.route) === 'Latin';
  if (latin && lang.confidence < ENGLISH_FALLBACK_BELOW && !out.includes('en')) out.push('en');
  // English loanwords (languages/intl.ts) wherever English itself is not scored.
  if (!out.includes('en')) out.push('intl');
  return out;
}
