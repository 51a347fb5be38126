/**
 * The statement's own hedges, said in other words. A statement that says "names … of about
 * 48,000 customers may have been accessed" or "some VP-20K … can overheat while charging" allows
 * a reply to hedge the same thing: "your name might have been accessed", "your unit might be
 * affected", "Es posible que tu nombre … se hayan consultado". The speculation rule then asks
 * whether a hedge in the reply is about what a hedged sentence of the statement is about: the
 * content words near the hedge (after it in the spaced languages and in Chinese, before it in
 * Japanese, whose predicate precedes 可能性があります) share a stem with that sentence. A guess
 * about something the statement does not hedge ("it might have been an inside job", "可能是电池问题")
 * shares none and stays a finding.
 */
import { findPhrases, type CompiledLang } from './lang/compile.ts';
import { foldText } from './fold.ts';
import { clauseAt, type LintCtx } from './lint-context.ts';
import { statementTextFor } from './variables.ts';

/** Modal words that make a statement's sentence a hedge besides the speculation phrases ("can
 * overheat", "können überhitzen", "pueden sobrecalentarse"), folded. */
const MODALS: Readonly<Record<string, RegExp>> = {
  en: /\b(?:can|may|might|could|possibly|potentially)\b/u,
  de: /\b(?:kann|konnen|konnte|konnten|moglicherweise|eventuell)\b/u,
  es: /\b(?:puede|pueden|podria|podrian|posible|posiblemente)\b/u,
  fr: /\b(?:peut|peuvent|pourrait|pourraient|pu|possible|possiblement)\b/u,
  it: /\b(?:puo|possono|potrebbe|potrebbero|possibile|forse)\b/u,
  pt: /\b(?:pode|podem|poderia|poderiam|possivel|possivelmente)\b/u,
  ja: /(?:おそれ|恐れ|可能性|かもしれ)/u,
  zh: /(?:可能|或许|也许)/u,
};

/** Words that say nothing about the subject of a hedge (and the modals themselves), folded. */
const STOP = new Set(
  (
    'have been being were that this with from your their there they them what when will would should could might must also just some ' +
    'haben worden wurde sein sind ihre ihr deine dein eine einen einem einer dass diese dieser mehr ' +
    'haya hayan sido este esta estos estas para como pero tus sus unos unas ' +
    'avoir etre ete sont votre vos leur leurs cette ces pour dans avec ' +
    'essere stati stato sono vostro vostra tuoi tuoi suoi questo questa ' +
    'terem sido seus suas este esta para como voce ' +
    'possible posible possibile possivel pueden puede possono podem peuvent konnen konnten ' +
    // Pronouns and possessives: who speaks is no topic.
    'nous vous notre nos wir ihnen unser unsere unseren euch nosotros usted ustedes nuestro nuestra nuestros noi voi nostro nostra nostri nosso nossa nossos voce voces ours yours while after before during'
  ).split(' '),
);

const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const stem = (w: string) => w.slice(0, 5);
/** Content stems of folded spaced text (five letters, no function words or pronouns). */
export const contentWords = (s: string): string[] => (s.match(SPACED_WORD) ?? []).filter((w) => w.length >= 4 && !STOP.has(w) && !/\d/.test(w)).map(stem);

// Chinese and Japanese: pairs of Han or Katakana characters, without characters that carry no
// topic (了, 被, 已, 可, 能, 我们…).
const CJK_STOP = new Set([...'的了是在我您们你他她它这那已被可能会将与和及或等把给让请为因所以就也都很还又再有其该此']);
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]+/gu;
/** Topic-bearing character pairs of folded Chinese or Japanese text. */
export function cjkPairs(s: string): string[] {
  const out: string[] = [];
  for (const run of s.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) if (!CJK_STOP.has(run[i]!) && !CJK_STOP.has(run[i + 1]!)) out.push(run.slice(i, i + 2));
  }
  return out;
}

/**
 * A value worked out once per statement and reply language: `cache` is keyed by the statement
 * object (a new version is a new object, worked out anew), then by language. The statement's
 * hedges and offers (statement-offers.ts) are read this way, once per pack, not per variant.
 */
export function perStatement<T>(cache: WeakMap<object, Map<string, T>>, statement: object, lang: string, work: () => T): T {
  let perLang = cache.get(statement);
  if (!perLang) cache.set(statement, (perLang = new Map()));
  let value = perLang.get(lang);
  if (value === undefined) perLang.set(lang, (value = work()));
  return value;
}

const cache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** The stems (or character pairs) of the statement's hedged sentences, in the reply's language
 * and in English. */
function hedgedTopics(c: LintCtx, t: CompiledLang): ReadonlySet<string> {
  const st = c.incident?.statement;
  if (!st) return new Set();
  return perStatement(cache, st, c.base, () => readHedgedTopics(c, t, st));
}

function readHedgedTopics(c: LintCtx, t: CompiledLang, st: NonNullable<LintCtx['incident']>['statement']): ReadonlySet<string> {
  const out = new Set<string>();
  const cjk = c.base === 'ja' || c.base === 'zh';
  for (const [lang, text] of [[c.base, statementTextFor(st.text, c.base)], ['en', statementTextFor(st.text, 'en')]] as const) {
    if (!text) continue;
    const folded = foldText(text, { zh: lang === 'zh' }).text;
    for (const sentence of folded.split(/(?<=[.!?。！？])\s*/u)) {
      const hedged = MODALS[lang]?.test(sentence) || (lang === c.base && findPhrases(t.speculation, sentence).next().done === false);
      if (!hedged) continue;
      for (const w of cjk && lang === c.base ? cjkPairs(sentence) : contentWords(sentence)) out.add(w);
    }
  }
  return out;
}

/** Is the hedge at folded [a, b) about what the statement itself hedges? Its clause shares two
 * topics (stems or character pairs) with a hedged sentence of the statement: one is chance ("a
 * phishing email" against "email addresses … may have been accessed", 充电器 against 在充电时). */
export function statementHedges(c: LintCtx, a: number, _b: number): boolean {
  const t = c.t;
  if (!t || !c.incident) return false;
  const topics = hedgedTopics(c, t);
  if (topics.size === 0) return false;
  const cl = clauseAt(c, a);
  const clause = c.s.slice(cl.start, cl.end);
  // By clause, for this statement and language (topics): packs repeat their sentences.
  let verdicts = verdictCache.get(topics);
  if (!verdicts) verdictCache.set(topics, (verdicts = new Map()));
  const known = verdicts.get(clause);
  if (known !== undefined) return known;
  const units = new Set(c.base === 'ja' || c.base === 'zh' ? cjkPairs(clause) : contentWords(clause));
  let shared = 0;
  for (const u of units) if (topics.has(u)) shared++;
  if (verdicts.size >= 5_000) verdicts.clear();
  verdicts.set(clause, shared >= 2);
  return shared >= 2;
}

const verdictCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
