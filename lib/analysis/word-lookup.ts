/**
 * The word layer of space-delimited languages: each token looked up in the text's packs, best
 * language first - a rated word becomes a hit, a negator, booster, dampener or "but" becomes a
 * marker for vader-rules.ts and contrast.ts. Words inside a phrase hit (phrase-match.ts) are
 * not scored again. CJK runs are read by cjk-match.ts instead.
 */
import type { Hit, Markers } from './hits.ts';
import { inflectedValence } from './morphology.ts';
import type { LanguagePack } from './pack.ts';
import type { Token } from './tokenize.ts';

/** Which of the word layer's parts run: all of them outside evaluation (layers.ts). */
export interface WordLookupLayers {
  /** Unknown words read through inflections, compounds and accent-free spellings (morphology.ts). */
  morphology: boolean;
  /** "pretty", "bien", "bem" as boosters before a rated word (the intensifiers layer). Off, such a
   * word is a rated word again: dropping its marker afterwards could not give it its valence back. */
  ratedBoosters: boolean;
}

/** Adds the rated words of `tokens` to `hits` and their markers to `markers`. */
export function findWords(tokens: readonly Token[], covered: readonly boolean[], packs: readonly LanguagePack[], hits: Hit[], markers: Markers, layers: WordLookupLayers): void {
  const { morphology, ratedBoosters } = layers;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'hashtag')) continue;
    const w = t.norm;
    for (const p of packs) {
      // Negator, else contrast, else booster, else dampener: pack.ts markerOf, one lookup.
      const m =
        p.markerOf.get(w) ??
        (p.dampenerPairs.size > 0 && isPairStart(p.dampenerPairs, w, tokens[i + 1]) ? 'dampener' : undefined) ??
        (ratedBoosters && p.ratedBoosters.has(w) && nextWordRated(tokens, i, packs, morphology) ? 'booster' : undefined);
      if (m) {
        markers.set(i, m);
        break;
      }
      // A word the text's own language lists is that language's word: Portuguese "no" (in the)
      // is no Spanish or English negator.
      if (p === packs[0] && p.words.has(w)) break;
    }
    if (covered[i]) continue;
    // Intensifiers only scale the next word (VADER gives BOOSTER_DICT words no valence of their
    // own): "a fucking favicon" is not a swear at the favicon, "so" is not praise. With nothing
    // after it to scale, the word speaks for itself: "Verdammt." is a curse.
    const marker = markers.get(i);
    if ((marker === 'booster' || marker === 'dampener') && nextIsWord(tokens, i)) continue;
    // A negator with a valence of its own ("no" is -1.2 in VADER) counts only when it negates no
    // rated word or phrase: "no electricity" is negative, "no problem" and "no leaks" are the
    // negated word's business (VADER's sentiment_valence rule for "no").
    if (markers.get(i) === 'negator' && (covered[i + 1] === true || nextWordRated(tokens, i, packs, morphology))) continue;
    for (const p of packs) {
      if (p !== packs[0] && p.falseFriends.has(w)) continue;
      const v = wordValence(p, w, morphology && p === packs[0]);
      if (v === undefined) continue;
      if (v !== 0) hits.push({ start: t.start, end: t.end, token: i, valence: v, kind: 'word', category: null, negatable: true, negated: false });
      break;
    }
  }
}

function nextIsWord(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.kind === 'word' || next.kind === 'hashtag');
}

function isPairStart(pairs: ReadonlyMap<string, string>, w: string, next: Token | undefined): boolean {
  const second = pairs.get(w);
  return second !== undefined && next?.norm === second;
}

function nextWordRated(tokens: readonly Token[], i: number, packs: readonly LanguagePack[], morphology: boolean): boolean {
  const next = tokens[i + 1];
  if (!next || (next.kind !== 'word' && next.kind !== 'hashtag')) return false;
  if (packs.some((p) => p.negators.has(next.norm))) return false;
  return packs.some((p) => (wordValence(p, next.norm, morphology && p === packs[0]) ?? 0) !== 0);
}

/** `inflect`: also read `w` through the pack's morphology (morphology.ts), which is only for the
 * text's own language. */
function wordValence(p: LanguagePack, w: string, inflect: boolean): number | undefined {
  const exact = p.words.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 5) return undefined;
  // Only the stems that start with w's first character can match (pack.ts stemsByFirst).
  const stems = p.stemsByFirst ? p.stemsByFirst.get(w.charCodeAt(0)) : p.stems;
  if (stems) for (const [stem, v] of stems) if (w.startsWith(stem)) return v;
  return inflect && p.morphology ? inflectedValence(p, w) : undefined;
}
