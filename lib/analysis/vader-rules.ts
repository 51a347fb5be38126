/**
 * VADER's rules (Hutto & Gilbert, ICWSM 2014; the constants are vaderSentiment's): negation
 * (3 tokens back, x-0.74), boosters and dampeners (+-0.293, less further back), ALL CAPS in a
 * mixed-case text (+0.733), "!" (+0.292 each, up to 4), and the normalisation of the sum to
 * [-1, 1] with alpha 15. research/sentiment-baselines.md: these rules are worth ~8 F1 over a
 * plain word sum on tweets. The "but" rule is contrast.ts.
 */
import type { Sentiment, SentimentLabel } from '../schema.ts';
import { isLaughter } from './emoji.ts';
import type { Hit, Marker } from './hits.ts';
import type { Token } from './tokenize.ts';

export const NEGATION_SCALAR = -0.74;
export const BOOSTER = 0.293;
const CAPS_BOOST = 0.733;
const EXCLAMATION_BOOST = 0.292;
const ALPHA = 15;
/** VADER's standard cut-off for its compound score. */
export const LABEL_THRESHOLD = 0.05;

/** A sum of valences as a score in [-1, 1] (VADER's normalisation) and its label at ±0.05. */
export function sentimentOfSum(sum: number): Sentiment {
  const score = clampScore(sum / Math.sqrt(sum * sum + ALPHA));
  const label: SentimentLabel = score <= -LABEL_THRESHOLD ? 'negative' : score >= LABEL_THRESHOLD ? 'positive' : 'neutral';
  return { score, label };
}

/** "!" and "！" add to the sum's magnitude, at most four of them (VADER's amplify_ep). */
export function withExclamations(sum: number, text: string): number {
  return sum === 0 ? sum : sum + Math.sign(sum) * EXCLAMATION_BOOST * Math.min(4, countExclamations(text));
}

/** Negation, boosters, dampeners and caps for one hit of a space-delimited text. (CJK word hits
 * are negated and boosted while they are matched, cjk-match.ts.) */
export function applyModifiers(
  h: Hit,
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  markers: ReadonlyMap<number, Marker>,
  mostlyCaps: boolean,
): void {
  const sentence = sentenceOf[h.token];
  // A negator counted as a word is not negated by the one before it: "no no no!" is three
  // refusals, not a double negative. Nor is a laugh (emoji.ts isLaughter), checked only when a
  // negator is found.
  const selfNegator = h.kind === 'word' && markers.get(h.token) === 'negator';
  let back = 0;
  for (let j = h.token - 1; j >= 0 && back < 3; j--) {
    const t = tokens[j];
    if (!t || sentenceOf[j] !== sentence || t.kind === 'punct') break;
    if (t.kind !== 'word' && t.kind !== 'hashtag' && t.kind !== 'number') continue;
    const m = markers.get(j);
    if (m === 'contrast') break;
    const scale = back === 0 ? 1 : back === 1 ? 0.95 : 0.9;
    if (m === 'negator' && !h.negated && !selfNegator && !(h.kind === 'word' && isLaughter(tokens[h.token]?.norm ?? ''))) {
      h.negated = true;
      h.negatorStart = t.start;
    } else if (m === 'booster' && h.valence !== 0) {
      h.valence += Math.sign(h.valence) * BOOSTER * scale;
    } else if (m === 'dampener' && h.valence !== 0) {
      h.valence -= Math.sign(h.valence) * BOOSTER * scale;
    }
    back += 1;
  }
  const t = tokens[h.token];
  if (h.kind === 'word' && t && !mostlyCaps && /^\p{Lu}{3,}$/u.test(t.text)) h.valence += Math.sign(h.valence) * CAPS_BOOST;
  if (h.negated) {
    if (h.kind === 'word') h.valence *= NEGATION_SCALAR;
    else {
      // A negated complaint word ("not damaged", "no es falso") is no complaint, and no praise.
      h.valence = 0;
      h.category = null;
    }
  }
}

/** More than 60% of the words in capitals: then capitals are the writer's habit, not emphasis, and
 * no word gets the caps boost (VADER's allcap_differential). */
export function isMostlyCaps(tokens: readonly Token[]): boolean {
  let caps = 0;
  let words = 0;
  for (const t of tokens) {
    // All capitals: upper-casing changes nothing and lower-casing does (so it has a cased
    // letter). Cheaper than /^\p{Lu}+$/ per token.
    if (t.kind !== 'word') continue;
    words += 1;
    if (t.text !== t.norm && t.text === t.text.toUpperCase()) caps += 1;
  }
  return words > 0 && caps / words > 0.6;
}

function countExclamations(text: string): number {
  let n = 0;
  for (let at = text.indexOf('!'); at >= 0; at = text.indexOf('!', at + 1)) n += 1;
  for (let at = text.indexOf('！'); at >= 0; at = text.indexOf('！', at + 1)) n += 1;
  return n;
}

function clampScore(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.round(Math.max(-1, Math.min(1, x)) * 1000) / 1000;
}
