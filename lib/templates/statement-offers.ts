/**
 * A gift or perk named by its wording ("free credit monitoring for 12 months", "Bonitätsüberwachung
 * gratis", "無料で信用モニタリング", "l'échanger gratuitement") is allowed where it is what the
 * statement itself offers, in other words: its clause either also names a remedy of an allowed
 * kind ("échanger" is the allowed replacement, "gratuitement" only says it costs nothing), or
 * shares two topics (stems, or Han/Katakana pairs) with a commitment or with a statement sentence
 * that offers something. A gift the statement does not offer ("a free phone case") shares none.
 */
import type { CommitmentKind } from '../incident/schema.ts';
import { foldText } from './fold.ts';
import { findPhrases, type CompiledLang, type CompiledPromise } from './lang/compile.ts';
import { clauseAt, type LintCtx } from './lint-context.ts';
import { cjkPairs, contentWords, perStatement } from './statement-hedges.ts';
import { statementTextFor } from './variables.ts';

/** Verbs of offering, folded: a statement sentence with one offers something even where no
 * remedy word matches ("12か月間の無料信用モニタリングをご提供いたします"). */
const OFFER_VERBS: Readonly<Record<string, RegExp>> = {
  en: /\b(?:offer|offers|offered|offering|can get|receive|are entitled)\b/u,
  de: /\b(?:bieten|bietet|erhalten|erhalt|bekommen|angeboten)\b/u,
  es: /\b(?:ofrecemos|ofrece|ofrecen|reciben|recibir|recibiran|puedes recibir|pueden recibir)\b/u,
  fr: /\b(?:proposons|propose|proposent|offrons|offre|obtenir|beneficier|beneficient)\b/u,
  it: /\b(?:offriamo|offre|ricevono|ricevere|ricevera)\b/u,
  pt: /\b(?:oferecemos|oferece|recebem|receber|receberao)\b/u,
  ja: /(?:提供|ご用意|差し上げ|進呈)/u,
  zh: /(?:提供|可获得|可以获得|将获得)/u,
};

const cache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** Topics of the statement's commitments and of its sentences that offer something. */
function offerTopics(c: LintCtx, t: CompiledLang): ReadonlySet<string> {
  const st = c.incident?.statement;
  if (!st) return new Set();
  return perStatement(cache, st, c.base, () => readOfferTopics(c, t, st));
}

function readOfferTopics(c: LintCtx, t: CompiledLang, st: NonNullable<LintCtx['incident']>['statement']): ReadonlySet<string> {
  const cjk = c.base === 'ja' || c.base === 'zh';
  const out = new Set<string>();
  const units = (s: string, lang: string) => (cjk && lang === c.base ? cjkPairs(s) : contentWords(s));
  for (const x of st.commitments) for (const u of units(foldText(x, { zh: c.base === 'zh' }).text, c.base)) out.add(u);
  const own = statementTextFor(st.text, c.base);
  if (own) {
    for (const sentence of foldText(own, { zh: c.base === 'zh' }).text.split(/(?<=[.!?。！？])\s*/u)) {
      if (OFFER_VERBS[c.base]?.test(sentence) || findPhrases(t.promises, sentence).next().done === false) for (const u of units(sentence, c.base)) out.add(u);
    }
  }
  return out;
}

/** Is the generic gift at folded [a, b) one the statement offers (see the top)? `hits`: the
 * reply's promise hits; `allowed`: the kinds the statement allows. */
export function offeredGift(c: LintCtx, a: number, b: number, hits: readonly [CompiledPromise, number, number][], allowed: ReadonlySet<CommitmentKind>): boolean {
  const cl = clauseAt(c, a);
  if (hits.some(([p, x, y]) => !p.generic && allowed.has(p.kind) && x >= cl.start && y <= cl.end && (y <= a || x >= b))) return true;
  const topics = offerTopics(c, c.t!);
  if (topics.size === 0) return false;
  const clause = c.s.slice(cl.start, cl.end);
  const gift = new Set(c.base === 'ja' || c.base === 'zh' ? cjkPairs(c.s.slice(a, b)) : contentWords(c.s.slice(a, b)).slice(0, 1));
  let shared = 0;
  for (const u of new Set(c.base === 'ja' || c.base === 'zh' ? cjkPairs(clause) : contentWords(clause))) if (!gift.has(u) && topics.has(u) && ++shared >= 2) return true;
  return false;
}
