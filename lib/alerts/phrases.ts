/**
 * The terms of a mention for "why this spike": its content words and the phrases of two or three
 * adjacent content words, each counted once per mention (a term's count is then the number of
 * mentions that CONTAIN it, which a reader can check by searching the mentions).
 *
 * Words come from `Intl.Segmenter` (ICU's word break rules, with its dictionary for Chinese and
 * Japanese), so 充電器 is one word, not the character pairs 充電 / 電器 / 器が. ICU's Chinese
 * dictionary splits some compounds (充电|器, 过|热); the two-token phrases put them back together
 * (充电器, 过热), why.ts prefers a phrase to its parts when it covers most of their mentions, and of
 * two overlapping joins (充电器 / 器过) lists only the better one.
 * Single Han or kana characters are never terms on their own (they are as often parts of words).
 *
 * The population is never the reason: `PopulationTerms` (the brand's names, handles, watched
 * products, the scope's own keywords) are removed from the text and break phrases, so "Voltra
 * charger" gives "charger", and "voltra" is never a term.
 *
 * Cost: segmentation is ~0.1 ms per short post (tokenize.ts measured it on Node 20), and "why" reads
 * at most 1,800 mentions per alert change (alert-changes.ts): well under a second, every 5 minutes
 * at most, never on the ingest path.
 */
import { functionWordHits } from '../analysis/function-words.ts';

const MAX_CHARS = 2_000;
const MAX_PHRASE_TOKENS = 3;
/** Chinese/Japanese phrases join two words at most: ICU leaves many single characters in Chinese,
 * and longer joins mostly cross word boundaries (充电器过 from 充电|器|过|热). */
const MAX_CJK_PHRASE_TOKENS = 2;
const URLS = /https?:\/\/\S+|www\.\S+/gu;
const HANDLES = /@[\p{L}\p{N}_]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々]/u;
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
/** Punctuation that ends a clause: a phrase never spans it. */
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”«»…。、，；：！？（）「」『』【】|/\\—–-]/u;

/**
 * Words that carry no topic, beyond function-words.ts's lists (which are tuned for language
 * detection and leave out the most ambiguous short words): our own short lists, 2026-12.
 */
const EXTRA_STOP = new Set(
  (
    // en
    'a an to in on as its am do no all any some more than then also still even now like one im ive dont cant ' +
    "won't isn't wasn't aren't i'd i'll you're it’s i’m don’t can’t an rt amp via yet how why where who's let's " +
    'de la el en un le et à les des du au pour con por una per il lo ed è e o y ' +
    // ja: particles, auxiliaries and common endings ICU separates
    'です ます でした ました って した する して ない なかった ある いる いた から まで より けど ので のに こと もの ' +
    'これ それ あれ この その あの ここ そこ さん ちゃん 的 了 是 在 和 与 也 都 很 太 吗 呢 吧 啊 呀 就 这 那 这个 那个 ' +
    '我 你 他 她 它 我们 你们 他们 有 被 把 给 又 还 再 让 个 到 说 要 会 能 就是 但是 因为 所以 还是 已经 一个'
  ).split(' '),
);

/** What the alert's population is made of: never a reason for it. Case-insensitive. */
export interface PopulationTerms {
  /** Whole terms (brand names, handles, product ids, keyword-set terms); several words allowed. */
  terms: readonly string[];
  /** Keyword-set terms written with a trailing `*` (without it): any word starting with them. */
  prefixes?: readonly string[];
}

interface Token {
  text: string;
  /** Part of the population, or a stop word: not a term, and ends a phrase. */
  stop: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const locale = /^[a-z]{2}$/.test(lang) ? lang : 'en';
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Lower-case NFKC text without links and @handles; '#' is dropped so a hashtag reads as its word. */
export function cleanText(text: string): string {
  return text.slice(0, MAX_CHARS).normalize('NFKC').toLowerCase().replace(URLS, ' . ').replace(HANDLES, ' . ').replace(/#/g, ' ');
}

/** Words of cleaned text, `null` at clause breaks. Without Intl.Segmenter: runs of letters. */
function words(text: string, lang: string): (string | null)[] {
  const out: (string | null)[] = [];
  const seg = segmenter(lang);
  if (seg) {
    for (const s of seg.segment(text)) {
      if (s.isWordLike) out.push(s.segment.replace(/['’]s$/u, ''));
      else if (CLAUSE_BREAK.test(s.segment)) out.push(null);
    }
    return out;
  }
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*|[^\s\p{L}\p{N}]/gu)) {
    out.push(/^[\p{L}\p{N}]/u.test(m[0]) ? m[0].replace(/['’]s$/u, '') : CLAUSE_BREAK.test(m[0]) ? null : m[0]);
  }
  return out.filter((w) => w === null || /[\p{L}\p{N}]/u.test(w));
}

function isStopWord(word: string, lang: string): boolean {
  if (/^\p{N}+$/u.test(word) || EXTRA_STOP.has(word)) return true;
  if (HIRAGANA_ONLY.test(word) && [...word].length <= 2) return true; // particles: が, は, って…
  if (!CJK.test(word) && [...word].length < 2) return true;
  return functionWordHits(lang, [word]) > 0 || (lang !== 'en' && functionWordHits('en', [word]) > 0 && word.length <= 3);
}

/** The population as word sequences, segmented like the mentions are. */
export interface PopulationMatcher {
  sequences: string[][];
  prefixes: string[];
}

export function populationMatcher(p: PopulationTerms, lang = 'en'): PopulationMatcher {
  const sequences: string[][] = [];
  for (const term of p.terms) {
    const seq = words(cleanText(term.replace(/^@/, '')), lang).filter((w): w is string => w !== null);
    if (seq.length > 0) sequences.push(seq);
  }
  const prefixes = (p.prefixes ?? []).map((x) => cleanText(x).trim()).filter(Boolean);
  return { sequences, prefixes };
}

function tokens(text: string, lang: string, population: PopulationMatcher): (Token | null)[] {
  const ws = words(cleanText(text), lang);
  const out: (Token | null)[] = ws.map((w) => (w === null ? null : { text: w, stop: isStopWord(w, lang) }));
  // Mark the population's word sequences (and prefixed words) as stops.
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t) continue;
    if (population.prefixes.some((p) => t.text.startsWith(p))) t.stop = true;
    for (const seq of population.sequences) {
      if (seq.every((w, k) => out[i + k]?.text === w)) for (let k = 0; k < seq.length; k++) out[i + k]!.stop = true;
      // A CJK term inside a longer CJK word (ICU put 起火 inside 起火了): the whole word goes.
      else if (seq.length === 1 && CJK_ONLY.test(seq[0]!) && t.text.includes(seq[0]!)) t.stop = true;
    }
  }
  return out;
}

/** Adjacent words joined as written: no space between two CJK words, one otherwise. */
function join(parts: readonly string[]): string {
  let s = parts[0]!;
  for (let i = 1; i < parts.length; i++) s += CJK.test(parts[i - 1]!.slice(-1)) && CJK.test(parts[i]![0]!) ? parts[i] : ` ${parts[i]}`;
  return s;
}

/** A word that can stand alone as a term: not a single Han/kana character. */
function standalone(word: string): boolean {
  return !(CJK.test(word) && [...word].length < 2);
}

/** The distinct terms of one mention: content words and 2–3 word phrases inside a clause. */
export function termsOf(text: string, lang: string, population: PopulationMatcher): string[] {
  const out = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      if (standalone(run[i]!)) out.add(run[i]!);
      for (let n = 2; i + n <= run.length; n++) {
        const parts = run.slice(i, i + n);
        if (n > (parts.every((w) => CJK_ONLY.test(w)) ? MAX_CJK_PHRASE_TOKENS : MAX_PHRASE_TOKENS)) break;
        out.add(join(parts));
      }
    }
    run = [];
  };
  for (const t of tokens(text, lang, population)) {
    if (!t || t.stop) flush();
    else run.push(t.text);
  }
  flush();
  return [...out];
}

/**
 * Whether two terms share text in a way that would count the same words twice: one inside the
 * other, or the end of one is the start of the other ("burning plastic" / "plastic smell";
 * 充电器 / 器过, by characters for Chinese and Japanese).
 */
export function termsOverlap(a: string, b: string): boolean {
  if (isSubTerm(a, b) || isSubTerm(b, a)) return true;
  const cjk = CJK_ONLY.test(a) && CJK_ONLY.test(b);
  const pa = cjk ? [...a] : a.split(' ');
  const pb = cjk ? [...b] : b.split(' ');
  const ends = (x: string[], y: string[]) => {
    for (let k = Math.min(x.length, y.length) - 1; k >= 1; k--) if (x.slice(-k).join('\u0000') === y.slice(0, k).join('\u0000')) return true;
    return false;
  };
  return ends(pa, pb) || ends(pb, pa);
}

/** Whether `inner` is `outer` or a contiguous part of it, word by word ("charger" in "usb charger"). */
export function isSubTerm(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  if (!outer.includes(inner)) return false;
  // Spaced words must match whole words; CJK phrases are joined without spaces.
  if (CJK_ONLY.test(inner) && CJK_ONLY.test(outer)) return true;
  return ` ${outer} `.includes(` ${inner} `);
}
