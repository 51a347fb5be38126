/**
 * Reading a word no list names through one it does (pack.ts): an inflection ("erfreulicher" ->
 * "erfreulich", "brutte" -> "brutto"), an accent-free spelling ("decepcion"), or for German a
 * closed compound by its last part ("Halsschmerzen" -> "schmerzen"). Word lists name one form;
 * posts inflect it. Only for the text's own language (word-lookup.ts): rewriting an English word
 * by Spanish endings finds Spanish words that are not there.
 */
import { ScopedMemo } from './bounded-cache.ts';
import type { LanguagePack } from './pack.ts';

const MIN_INFLECTION_BASE = 4;
const MIN_COMPOUND_HEAD = 5;
const MIN_COMPOUND_MODIFIER = 3;

/**
 * Unknown words already looked up, per pack: most tokens are unknown, and each would otherwise
 * cost a slice and a lookup per ending (a German compound, a lookup per cut). null = no
 * inflected form either. Bound: 20,000 words over all packs, then it starts over, and only words
 * of up to 64 UTF-16 units (longer ones cost little to read again, see compoundValence, and are
 * almost never real words) - at most ~4 MB, in a service worker that runs for hours on every
 * word it meets within a 60 MB budget. Its keys are copies (bounded-cache.ts ownString): as
 * slices of the posts they kept every post alive, ~190 MB for 20,000 posts of 10 KB.
 */
export const inflectedMemo = new ScopedMemo<LanguagePack, number | null>(20_000, 64);

/** The valence `w` reads as through the pack's morphology, or undefined. */
export function inflectedValence(p: LanguagePack, w: string): number | undefined {
  const known = inflectedMemo.get(p, w);
  if (known !== undefined) return known ?? undefined;
  let found = baseValence(p, w);
  if (found === null && p.compoundParticles) found = compoundValence(p, w, p.compoundParticles);
  inflectedMemo.set(p, w, found);
  return found ?? undefined;
}

/** The valence of the listed word `w` is an inflection or an accent-free spelling of, or null. */
function baseValence(p: LanguagePack, w: string): number | null {
  // Nothing longer than longestReadable can be read (pack.ts): a long "word" would otherwise
  // cost a slice and a hash of its whole length per ending.
  if (w.length > p.longestReadable) return null;
  const folded = p.folded;
  const v = folded?.get(w) ?? inflectionOf(p.words, p, w) ?? (folded ? inflectionOf(folded, p, w) : null);
  return v ?? null;
}

function inflectionOf(words: ReadonlyMap<string, number>, p: LanguagePack, w: string): number | null {
  for (const [ending, base] of p.inflections) {
    if (!w.endsWith(ending) || w.length - ending.length < MIN_INFLECTION_BASE) continue;
    const v = words.get(w.slice(0, w.length - ending.length) + base);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * A compound read by its longest known tail of MIN_COMPOUND_HEAD+ letters: "Kopfschmerzen" is
 * "schmerzen", not "merzen"; unless what comes before the tail is a verb particle ("ein|gefallen"
 * is not "fallen"). Only the last longestReadable letters can hold a readable tail, so the search
 * starts there: every longer tail was a slice and a hash of up to the whole word for nothing,
 * which made one 10,000-letter "word" cost ~80 ms (quadratic) where it now costs a few tails.
 */
function compoundValence(p: LanguagePack, w: string, particles: ReadonlySet<string>): number | null {
  for (let cut = Math.max(MIN_COMPOUND_MODIFIER, w.length - p.longestReadable); w.length - cut >= MIN_COMPOUND_HEAD; cut++) {
    const head = w.slice(cut);
    const v = p.words.get(head) ?? baseValence(p, head);
    if (v !== null && !particles.has(w.slice(0, cut))) return v;
  }
  return null;
}
