/**
 * Reading a word no list names through one it does (pack.ts): an inflection ("erfreulicher" ->
 * "erfreulich", "brutte" -> "brutto"), an accent-free spelling ("decepcion"), or for German a
 * closed compound by its last part ("Halsschmerzen" -> "schmerzen"). Word lists name one form;
 * posts inflect it. Only for the text's own language (word-lookup.ts): rewriting an English word
 * by Spanish endings finds Spanish words that are not there.
 */
import type { LanguagePack } from './pack.ts';

/** Unknown words already looked up per pack: most tokens are unknown, and each would otherwise
 * cost a slice and a lookup per ending (a German compound, a lookup per cut). null = no
 * inflected form either. All packs' memos together hold at most MEMO_LIMIT words, then start
 * over: the service worker runs for hours on every word it meets, within a 60 MB budget. */
const inflectedMemo = new Map<LanguagePack, Map<string, number | null>>();
const MEMO_LIMIT = 20_000;
let memoSize = 0;
const MIN_INFLECTION_BASE = 4;
const MIN_COMPOUND_HEAD = 5;
const MIN_COMPOUND_MODIFIER = 3;

/** The valence of the listed word `w` is an inflection or an accent-free spelling of, or null. */
function baseValence(p: LanguagePack, w: string): number | null {
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

/** The valence `w` reads as through the pack's morphology, or undefined. */
export function inflectedValence(p: LanguagePack, w: string): number | undefined {
  let memo = inflectedMemo.get(p);
  if (!memo) inflectedMemo.set(p, (memo = new Map()));
  const known = memo.get(w);
  if (known !== undefined) return known ?? undefined;
  let found = baseValence(p, w);
  // The longest known tail first: "Kopfschmerzen" is "schmerzen", not "merzen".
  const particles = p.compoundParticles;
  if (found === null && particles) {
    for (let cut = MIN_COMPOUND_MODIFIER; found === null && w.length - cut >= MIN_COMPOUND_HEAD; cut++) {
      const head = w.slice(cut);
      const v = p.words.get(head) ?? baseValence(p, head);
      if (v !== null && !particles.has(w.slice(0, cut))) found = v;
    }
  }
  if (memoSize >= MEMO_LIMIT) {
    for (const m of inflectedMemo.values()) m.clear();
    memoSize = 0;
  }
  memo.set(w, found);
  memoSize += 1;
  return found ?? undefined;
}
