/**
 * Rule-based sentiment in the manner of VADER (Hutto & Gilbert, ICWSM 2014), over per-language
 * packs (languages/*.ts), an emoji layer (emoji.ts) and an e-commerce phrase layer whose hits also
 * name complaint categories. research/sentiment-baselines.md: VADER's rules (negation, boosters,
 * "but", caps, "!") are worth ~8 F1 over a plain word sum on tweets, and phrases are the largest
 * missing piece on reviews.
 *
 * Layers, in order:
 *   1. phrases: regexes over the prepared text; on overlap the longer match wins;
 *   2. words: per token (space-delimited languages) or longest match inside Han/kana runs (ja/zh),
 *      skipping anything a phrase already covers;
 *   3. emoji and emoticons;
 *   4. modifiers: negation (3 tokens back, x-0.74), boosters/dampeners (+-0.293), ALL CAPS
 *      (+0.733), contrast (before x0.5, after x1.5), "!" (+0.292 each, up to 4) - all VADER's
 *      constants;
 *   5. normalise: score = sum / sqrt(sum^2 + 15) (VADER's alpha), label at +-0.05.
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
import type { ComplaintCategory, Evidence, Sentiment, SentimentLabel } from '../schema.ts';
import { emojiValence, emoticonValence, isLaughter } from './emoji.ts';
import type { SentimentLayer } from './layers.ts';
import { packFor } from './languages/index.ts';
import { firstUnits, startsWord, wordKey, type LanguagePack } from './pack.ts';
import { originalSpan, type PreparedText } from './prepare.ts';
import { LiteralSearch } from './required-literals.ts';
import { normalizeWord, type Token } from './tokenize.ts';

export const NEGATION_SCALAR = -0.74;
const BOOSTER = 0.293;
const CAPS_BOOST = 0.733;
const EXCLAMATION_BOOST = 0.292;
const ALPHA = 15;
/** VADER's standard cut-off for its compound score. */
export const LABEL_THRESHOLD = 0.05;
const MAX_EVIDENCE = 24;
/** Phrase valence at or below which a complaint category stands on its own. */
const STRONG_COMPLAINT = -2;

type HitKind = 'word' | 'phrase' | 'complaint' | 'topic' | 'emoji' | 'emoticon';

interface Hit {
  start: number;
  end: number;
  /** Index of the first token the hit covers: negation windows and contrast use it. */
  token: number;
  valence: number;
  kind: HitKind;
  category: ComplaintCategory | null;
  negatable: boolean;
  negated: boolean;
  /** Where a negation span starts (the negator), for evidence. */
  negatorStart?: number;
}

export interface SentimentOptions {
  /** Languages whose word lists to use, best first (the detected language leads). */
  languages: readonly string[];
  /** Extra valence on VADER's scale from outside the text (an Amazon star rating). */
  priorValence?: number;
  /** Layers switched off (evaluation only, see layers.ts); absent = every layer runs. */
  off?: ReadonlySet<SentimentLayer>;
}

export interface SentimentResult {
  sentiment: Sentiment;
  complaint: { categories: ComplaintCategory[]; evidence: Evidence[] };
}

export function scoreSentiment(prepared: PreparedText, rawTokens: readonly Token[], original: string, opts: SentimentOptions): SentimentResult {
  const off = opts.off;
  const borrowed = !off?.has('borrowedLexicons');
  const packs = opts.languages.map((l) => packFor(l, borrowed)).filter((p): p is LanguagePack => p !== undefined);
  const wordPacks = packs.filter((p) => !p.cjk);
  const cjkPacks = packs.filter((p) => p.cjk);
  const phrasePacks = [...packs];
  // The English phrase layer runs on every text: "refund", "fake" and "doesn't work" turn up in
  // code-mixed posts in every language, and the phrases are specific enough not to misfire.
  const enPack = packFor('en', borrowed);
  if (enPack && !phrasePacks.includes(enPack) && !off?.has('englishPhrasesEverywhere')) phrasePacks.push(enPack);

  const tokens = wordPacks[0]?.elision ? splitElisions(rawTokens) : rawTokens;
  const text = prepared.text;
  const sentenceOf = sentenceIds(tokens);

  const hits: Hit[] = off?.has('phrases') ? [] : findPhrases(text, tokens, phrasePacks);
  const covered = coveredTokens(tokens, hits);
  const markers = new Map<number, 'negator' | 'booster' | 'dampener' | 'contrast'>();
  findWords(tokens, covered, wordPacks, hits, markers, off);
  if (cjkPacks.length > 0) findCjk(text, tokens, hits, cjkPacks);
  if (off) switchOff(off, hits, markers);
  for (let i = 0; i < tokens.length && !off?.has('emoji'); i++) {
    const t = tokens[i];
    if (!t || covered[i]) continue;
    const v = t.kind === 'emoji' ? emojiValence(t.text) : t.kind === 'emoticon' ? emoticonValence(t.text) : 0;
    if (v !== 0) hits.push({ start: t.start, end: t.end, token: i, valence: v, kind: t.kind === 'emoji' ? 'emoji' : 'emoticon', category: null, negatable: false, negated: false });
  }

  // With the caps layer off, treat every text as mostly caps: no word then gets the caps boost.
  const mostlyCaps = off?.has('caps') || isMostlyCaps(tokens);
  // Contrast words as [offset, sentence]: offsets, because a CJK run is one token and its
  // contrast word (けど, 但是) sits inside it.
  const contrasts: [number, number][] = [];
  for (const [i, m] of markers) if (m === 'contrast') contrasts.push([tokens[i]?.start ?? 0, sentenceOf[i] ?? -1]);
  if (!off?.has('contrast')) for (const at of cjkContrastOffsets(text, cjkPacks)) contrasts.push([at, sentenceOf[tokenAt(tokens, at)] ?? -1]);

  let sum = 0;
  for (const h of hits) {
    // CJK word hits were negated and boosted during matching (negatable: false).
    if (h.negatable) applyModifiers(h, tokens, sentenceOf, markers, mostlyCaps);
    if (h.kind !== 'topic' && contrasts.length > 0) h.valence *= contrastFactor(h.start, sentenceOf[h.token] ?? -1, contrasts);
    sum += h.valence;
  }
  sum += opts.priorValence ?? 0;
  if (sum !== 0 && !off?.has('exclamation')) sum += Math.sign(sum) * EXCLAMATION_BOOST * Math.min(4, countExclamations(text));

  const sentiment = sentimentOfSum(sum);
  return { sentiment, complaint: complaintOf(hits, sentiment.label, prepared, original, (h) => sentenceOf[h.token] ?? -1) };
}

/** A sum of valences as a score in [-1, 1] (VADER's normalisation) and its label at ±0.05. */
export function sentimentOfSum(sum: number): Sentiment {
  const score = clampScore(sum / Math.sqrt(sum * sum + ALPHA));
  const label: SentimentLabel = score <= -LABEL_THRESHOLD ? 'negative' : score >= LABEL_THRESHOLD ? 'positive' : 'neutral';
  return { score, label };
}

/** Evaluation only: drop what the switched-off layers found (word hits, modifier markers). CJK
 * negation and boosting happen inside dictionary matching and are not switched off. */
function switchOff(off: ReadonlySet<SentimentLayer>, hits: Hit[], markers: Map<number, string>): void {
  if (off.has('words')) {
    let k = 0;
    for (const h of hits) if (h.kind !== 'word') hits[k++] = h;
    hits.length = k;
  }
  for (const [i, m] of markers) {
    if ((m === 'negator' && off.has('negation')) || ((m === 'booster' || m === 'dampener') && off.has('intensifiers')) || (m === 'contrast' && off.has('contrast'))) markers.delete(i);
  }
}

/** French/Italian elision: "n'est" -> "n'" + "est", "l'articolo" -> "l'" + "articolo". */
function splitElisions(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.kind === 'word' ? /^(\p{L}{1,4}['’])(\p{L}.*)$/u.exec(t.text) : null;
    if (!m || !m[1] || !m[2]) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ kind: 'word', text: m[1], norm: normalizeWord(m[1]), start: t.start, end: cut });
    out.push({ kind: 'word', text: m[2], norm: normalizeWord(m[2]), start: cut, end: t.end });
  }
  return out;
}

const SENTENCE_END = /[.!?。！？…؟]/;

function sentenceIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const t of tokens) {
    ids.push(id);
    if (t.kind === 'break' || (t.kind === 'punct' && SENTENCE_END.test(t.text))) id += 1;
  }
  return ids;
}

/** Scratch space reused by every call (analysis is synchronous): the text's word keys, and a
 * mark per phrase number of the pack being read. A Set of keys and a sorted Set of phrase numbers
 * per call and per pack were ~5% of the analyser's time. */
const keysScratch: string[] = [];
const literalSearch = new LiteralSearch();
let triedMarks = new Uint8Array(256);

/** The wordKey of every word in the text and of the part after an apostrophe ("l'article"),
 * repeats possible. (The characters of CJK runs are keys too: phrasesToTry reads them.) */
function textKeys(tokens: readonly Token[]): readonly string[] {
  const keys = keysScratch;
  keys.length = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'hashtag' && t.kind !== 'number') continue;
    keys.push(wordKey(t.norm));
    const apostrophe = t.norm.indexOf("'");
    if (apostrophe >= 0) keys.push(wordKey(t.norm.slice(apostrophe + 1)));
  }
  return keys;
}

/** The lowest code point a 'cjk' token can hold (Thai; Han and kana are higher): a pack whose
 * one-character keys all lie below it cannot be started by a character of a CJK run. */
const FIRST_CJK_TOKEN_CHAR = 0x0e00;

/**
 * The phrases of `pack` worth trying on the text, marked 1 by phrase number: phraseAlways and
 * those indexed (pack.ts phraseIndex) under one of `keys` or under a character of a CJK run.
 * Read it before the next call.
 */
function phrasesToTry(pack: LanguagePack, keys: readonly string[], tokens: readonly Token[]): Uint8Array {
  if (triedMarks.length < pack.phrases.length) triedMarks = new Uint8Array(pack.phrases.length);
  const tried = triedMarks;
  tried.fill(0, 0, pack.phrases.length);
  for (const i of pack.phraseAlways) tried[i] = 1;
  for (const k of keys) {
    const phrases = pack.phraseIndex.get(k);
    if (phrases) for (const i of phrases) tried[i] = 1;
  }
  if (pack.phraseCharKeyMax >= FIRST_CJK_TOKEN_CHAR) {
    for (const t of tokens) {
      if (t.kind !== 'cjk') continue;
      const s = t.text;
      const units = pack.phraseCharUnits;
      for (let k = 0; k < s.length; k++) {
        if (units && units[s.charCodeAt(k)] === 0) continue; // a pair's low half is never a first unit
        const cp = s.codePointAt(k) ?? 0;
        const phrases = pack.phraseCharKeys.get(cp);
        if (phrases) for (const i of phrases) tried[i] = 1;
        if (cp > 0xffff) k += 1;
      }
    }
  }
  return tried;
}

function findPhrases(text: string, tokens: readonly Token[], packs: readonly LanguagePack[]): Hit[] {
  const found: Hit[] = [];
  const keys = textKeys(tokens);
  let searchReady = false;
  for (const pack of packs) {
    if (pack.phrases.length === 0) continue;
    // Ascending, so a tie between two equally long matches goes as it would without the index.
    const tried = phrasesToTry(pack, keys, tokens);
    for (let i = 0; i < pack.phrases.length; i++) {
      if (tried[i] !== 1) continue;
      const p = pack.phrases[i];
      if (!p) continue;
      // A text without any of the strings every match contains cannot match (pack.ts
      // required-literals.ts): a substring search is much cheaper than the regex.
      if (p.required) {
        if (!searchReady) literalSearch.reset(text);
        searchReady = true;
        if (!literalSearch.containsAny(p.required)) continue;
      }
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        const start = m.index;
        if (m[0].length === 0 || (!pack.cjk && !startsWord(text, start))) {
          p.re.lastIndex = start + 1;
          continue;
        }
        found.push({
          start,
          end: start + m[0].length,
          token: tokenAt(tokens, start),
          valence: p.valence,
          kind: p.valence === 0 ? 'topic' : p.category ? 'complaint' : 'phrase',
          category: p.category,
          negatable: p.negatable,
          negated: false,
        });
      }
    }
  }
  // Longest first, then leftmost: "no lo recomiendo" beats "lo recomiendo".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Hit[] = [];
  for (const h of found) if (!accepted.some((a) => a.start < h.end && h.start < a.end)) accepted.push(h);
  return accepted.sort((a, b) => a.start - b.start);
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function coveredTokens(tokens: readonly Token[], hits: readonly Hit[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    for (let i = h.token; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.start >= h.end) break;
      if (t.end > h.start) covered[i] = true;
    }
  }
  return covered;
}

function findWords(
  tokens: readonly Token[],
  covered: readonly boolean[],
  packs: readonly LanguagePack[],
  hits: Hit[],
  markers: Map<number, 'negator' | 'booster' | 'dampener' | 'contrast'>,
  off: ReadonlySet<SentimentLayer> | undefined,
): void {
  const morphology = !off?.has('morphology');
  // With the intensifiers switched off, "pretty" before a rated word is a word again (switchOff
  // only drops markers; it cannot give a skipped word its valence back).
  const ratedBoosters = !off?.has('intensifiers');
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

/** `inflect`: also try the pack's ending rewrites. Only for the text's own language: rewriting an
 * English word by Spanish endings finds Spanish words that are not there. */
function wordValence(p: LanguagePack, w: string, inflect: boolean): number | undefined {
  const exact = p.words.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 5) return undefined;
  // Only the stems that start with w's first character can match (pack.ts stemsByFirst).
  const stems = p.stemsByFirst ? p.stemsByFirst.get(w.charCodeAt(0)) : p.stems;
  if (stems) for (const [stem, v] of stems) if (w.startsWith(stem)) return v;
  return inflect && p.morphology ? inflectedValence(p, w) : undefined;
}

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

function inflectedValence(p: LanguagePack, w: string): number | undefined {
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

type CjkEntry = { valence: number } | { marker: 'negator' | 'booster' | 'contrast' };

interface CjkDict {
  dict: Map<string, CjkEntry>;
  /** First character (UTF-16 code unit) of some entry -> the lengths of the entries starting with
   * it, longest first: longest match skips every other position at once and tries only lengths
   * that exist instead of every length from the longest entry down. */
  lengthsByFirst: Map<number, number[]>;
  /** The keys of lengthsByFirst as a table (1 = present), read before the Map. */
  firsts: Uint8Array;
  postNegators: string[];
  /** The packs' boundPostNegators merged. */
  boundPostNegators: Map<string, string>;
  /** The packs' postNegationGap words as one sticky alternation, longest first; null when none. */
  postNegationGap: RegExp | null;
}

const cjkDictCache = new Map<string, CjkDict>();

/** The union of the CJK packs' words and markers; the first pack wins a conflict. */
function cjkDict(packs: readonly LanguagePack[]): CjkDict {
  const key = packs.map((p) => p.lang).join(',');
  const cached = cjkDictCache.get(key);
  if (cached) return cached;
  const dict = new Map<string, CjkEntry>();
  const postNegators: string[] = [];
  const boundPostNegators = new Map<string, string>();
  const gapWords = new Set<string>();
  for (const p of packs) {
    for (const [n, before] of p.boundPostNegators) if (!boundPostNegators.has(n)) boundPostNegators.set(n, before);
    for (const w of p.postNegationGap) gapWords.add(w);
    for (const [w, v] of p.words) if (!dict.has(w)) dict.set(w, { valence: v });
    for (const w of p.negators) if (!dict.has(w)) dict.set(w, { marker: 'negator' });
    for (const w of p.boosters) if (!dict.has(w)) dict.set(w, { marker: 'booster' });
    for (const w of p.contrast) if (!dict.has(w)) dict.set(w, { marker: 'contrast' });
    postNegators.push(...p.postNegators);
  }
  const lengthsByFirst = new Map<number, number[]>();
  for (const k of dict.keys()) {
    if (k === '') continue;
    const lengths = lengthsByFirst.get(k.charCodeAt(0)) ?? [];
    if (!lengths.includes(k.length)) lengths.push(k.length);
    lengthsByFirst.set(k.charCodeAt(0), lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  const gap = [...gapWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const postNegationGap = gap.length > 0 ? new RegExp(`(?:${gap.join('|')})+`, 'y') : null;
  const built = { dict, lengthsByFirst, firsts: firstUnits(dict.keys()), postNegators, boundPostNegators, postNegationGap };
  cjkDictCache.set(key, built);
  return built;
}

/**
 * Longest-match over each run of CJK tokens. ICU's word segmenter splits inflected Japanese
 * verbs ("壊|れ") and merges Chinese words across a negator ("我还没|收到"), so matching on its
 * segments would miss entries; forward maximum matching over the run is the classic dictionary
 * method for Chinese and keeps segment boundaries irrelevant.
 */
function findCjk(text: string, tokens: readonly Token[], hits: Hit[], packs: readonly LanguagePack[]): void {
  const { dict, lengthsByFirst, firsts, postNegators, boundPostNegators, postNegationGap } = cjkDict(packs);
  const taken = hits.map((h) => [h.start, h.end] as const);
  const isTaken = (a: number, b: number): boolean => taken.some(([s, e]) => s < b && a < e);
  for (const [runStart, runEnd] of cjkRuns(tokens)) {
    let pos = runStart;
    let prev: { end: number; marker?: 'negator' | 'booster' | 'contrast'; start: number } | undefined;
    const runHits: Hit[] = [];
    while (pos < runEnd) {
      const lengths = firsts[text.charCodeAt(pos)] === 1 ? lengthsByFirst.get(text.charCodeAt(pos)) : undefined;
      if (!lengths) {
        pos += 1;
        continue;
      }
      let matched = false;
      for (const len of lengths) {
        if (len > runEnd - pos) continue;
        const entry = dict.get(text.slice(pos, pos + len));
        if (!entry || isTaken(pos, pos + len)) continue;
        if ('marker' in entry) {
          prev = { start: pos, end: pos + len, marker: entry.marker };
        } else if (entry.valence !== 0) {
          const h: Hit = { start: pos, end: pos + len, token: tokenAt(tokens, pos), valence: entry.valence, kind: 'word', category: null, negatable: false, negated: false };
          // A negator or booster directly before (at most one character between): 不喜欢, 很失望.
          if (prev?.marker && pos - prev.end <= 1) {
            if (prev.marker === 'negator') {
              h.valence *= NEGATION_SCALAR;
              h.negated = true;
              h.negatorStart = prev.start;
            } else if (prev.marker === 'booster') {
              h.valence += Math.sign(h.valence) * BOOSTER;
            }
          }
          runHits.push(h);
          prev = { start: pos, end: pos + len };
        } else {
          prev = { start: pos, end: pos + len };
        }
        pos += len;
        matched = true;
        break;
      }
      if (!matched) pos += 1;
    }
    // Japanese negates after the word: 満足できない, 良くなかった. Look at the text up to the next hit.
    runHits.forEach((h, k) => {
      // Particles and adverbs between the word and its negation (pack.ts postNegationGap) do not
      // use up the window.
      let gap = 0;
      if (postNegationGap) {
        postNegationGap.lastIndex = h.end;
        gap = postNegationGap.exec(text)?.[0].length ?? 0;
      }
      const limit = Math.min(runEnd, runHits[k + 1]?.start ?? runEnd, h.end + gap + 6);
      if (!h.negated && postNegators.some((n) => hasPostNegator(text, h.end, limit, runEnd, n, boundPostNegators.get(n)))) {
        h.valence *= NEGATION_SCALAR;
        h.negated = true;
      }
    });
    hits.push(...runHits);
  }
}

/**
 * True when the post-negator `n` starts in text[from, limit). A bound one (pack.ts
 * boundPostNegators) counts only at the end of the run or right before one of `before`.
 */
function hasPostNegator(text: string, from: number, limit: number, runEnd: number, n: string, before: string | undefined): boolean {
  for (let at = text.indexOf(n, from); at >= 0 && at + n.length <= limit; at = text.indexOf(n, at + 1)) {
    if (before === undefined) return true;
    const after = at + n.length;
    if (after >= runEnd || before.includes(text.charAt(after))) return true;
  }
  return false;
}

function cjkRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const t of tokens) {
    if (t.kind !== 'cjk') continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === t.start) last[1] = t.end;
    else runs.push([t.start, t.end]);
  }
  return runs;
}

function cjkContrastOffsets(text: string, packs: readonly LanguagePack[]): number[] {
  const out: number[] = [];
  for (const p of packs) {
    for (const c of p.contrast) {
      for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + c.length)) out.push(at);
    }
  }
  return out;
}

/**
 * VADER's "but" rule, kept local: words after a contrast word in its sentence weigh 1.5, words
 * before it in that sentence or the one before ("Great price. But it broke.") weigh 0.5. VADER
 * applies it to the whole text, which is right for a tweet but lets one late "but" halve a long
 * review.
 */
function contrastFactor(at: number, sentence: number, contrasts: readonly (readonly [number, number])[]): number {
  if (contrasts.some(([c, s]) => c < at && s === sentence)) return 1.5;
  if (contrasts.some(([c, s]) => c > at && (s === sentence || s === sentence + 1))) return 0.5;
  return 1;
}

function applyModifiers(
  h: Hit,
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  markers: ReadonlyMap<number, string>,
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

function isMostlyCaps(tokens: readonly Token[]): boolean {
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

/**
 * Complaint categories and the evidence behind a verdict. Offsets are into `original`, the text
 * the caller analysed (analysis/index.ts says which string that is for a mention).
 */
function complaintOf(
  hits: readonly Hit[],
  label: SentimentLabel,
  prepared: PreparedText,
  original: string,
  sentenceOfHit: (h: Hit) => number,
): SentimentResult['complaint'] {
  const categories: ComplaintCategory[] = [];
  const evidence: Evidence[] = [];
  // Sentences holding something negative other than a topic: a topic ("account", "customer
  // service") names its category only next to the complaint, so "Love the new account page. The
  // app is awful though" is no account complaint.
  const negativeSentences = new Set<number>();
  for (const h of hits) if (h.kind !== 'topic' && h.valence < 0) negativeSentences.add(sentenceOfHit(h));
  for (const h of hits) {
    // Strong complaint phrases name their category whatever the overall tone; weak ones ("refund")
    // only when the text as a whole is negative; topics only when their own sentence is, too.
    const categorised =
      h.category !== null &&
      (h.valence <= STRONG_COMPLAINT || (label === 'negative' && h.valence <= 0 && (h.kind !== 'topic' || negativeSentences.has(sentenceOfHit(h)))));
    if (categorised && h.category && !categories.includes(h.category)) categories.push(h.category);
    let kind: string | undefined;
    if (categorised) kind = h.kind === 'topic' ? 'topic' : 'complaint';
    else if (label === 'negative' && h.valence < 0) kind = h.negated ? 'negation' : h.kind === 'word' ? 'negative-word' : h.kind;
    if (!kind) continue;
    const from = h.negated && h.negatorStart !== undefined ? Math.min(h.negatorStart, h.start) : h.start;
    const [start, end] = originalSpan(prepared, from, h.end);
    const item: Evidence = { start, end, text: original.slice(start, end), kind };
    if (categorised && h.category) item.category = h.category;
    evidence.push(item);
  }
  evidence.sort((a, b) => a.start - b.start);
  return { categories, evidence: evidence.slice(0, MAX_EVIDENCE) };
}
