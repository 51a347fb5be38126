/**
 * Scope the statement does not give, in words rather than codes: a place the reply limits the
 * affected products or customers to ("only units sold in Germany", "vendidas en México") when the
 * statement names no such place, and "all" of them affected when the statement says some or
 * about N ("All VP-20K power banks are affected", "Alle Powerbanks sind betroffen", 所有充电宝都受到影响).
 *
 * Both look only at clauses about what is affected, sold or shipped (a per-language table of
 * those words), and each starts with a literal test: most replies have none of the words.
 */
import type { Span } from './clauses.ts';
import { originalSpan } from './fold.ts';
import { CONTRADICTION_HINT, negated, report, sentenceAt, type LintCtx } from './lint-context.ts';

interface ScopeWords {
  /** Literal stems, one of which a scope clause holds (folded). */
  literals: readonly string[];
  /** The clause is about what is affected, sold or shipped. */
  about: RegExp;
  /** A preposition (and article) before a place: "in", "aus der", "en", "au", "no". */
  place?: RegExp;
  /** "All … are affected", not "all affected units" (that is the statement's own scope). */
  all: RegExp;
}

const L = String.raw`[a-z\u00df-\u024f]`;
const WORDS = String.raw`(?:${L}[a-z\u00df-\u024f0-9'-]*\s+){0,4}`;

const TABLE: Readonly<Record<string, ScopeWords>> = {
  en: {
    literals: ['affected', 'sold', 'bought', 'purchased', 'shipped', 'delivered'],
    about: /\b(?:affected|sold|bought|purchased|shipped|delivered)\b/u,
    place: /\b(?:in|from)\s+(?:the\s+)?$/u,
    all: new RegExp(String.raw`\b(?:all|every|each)\s+(?!affected\b)${WORDS}(?:is|are|was|were|has been|have been)\s+(?:${L}+\s+)?affected\b`, 'u'),
  },
  de: {
    literals: ['betroffen', 'verkauft', 'gekauft', 'versandt', 'versendet', 'geliefert'],
    about: /\b(?:betroffen\p{L}*|verkauft\p{L}*|gekauft\p{L}*|versandt\p{L}*|versendet\p{L}*|geliefert\p{L}*)/u,
    place: /\b(?:in|aus)\s+(?:der\s+|dem\s+|den\s+)?$/u,
    all: new RegExp(String.raw`\b(?:alle|sämtliche|samtliche|jede|jedes|jeder)\s+(?!betroffen)${WORDS}(?:sind|ist|waren|war)\s+(?:${L}+\s+)?betroffen\b`, 'u'),
  },
  es: {
    literals: ['afectad', 'vendid', 'comprad', 'enviad'],
    about: /\b(?:afectad|vendid|comprad|enviad)\p{L}*/u,
    place: /\b(?:en|de|desde)\s+(?:el\s+|la\s+|los\s+|las\s+)?$/u,
    all: new RegExp(String.raw`\b(?:todos|todas|cada)\s+(?!(?:los|las)\s+afectad)${WORDS}(?:estan|fueron|han sido|son|esta)\s+(?:${L}+\s+)?afectad`, 'u'),
  },
  fr: {
    literals: ['concern', 'touch', 'affect', 'vendu', 'achet', 'expedi'],
    about: /\b(?:concern|touch|affect|vendu|achet|expedi)\p{L}*/u,
    place: /\b(?:en|au|aux|dans|de)\s+(?:la\s+|le\s+|les\s+|l')?$/u,
    all: new RegExp(String.raw`\b(?:tous|toutes|chaque)\s+${WORDS}(?:sont|est|ont ete|a ete)\s+(?:${L}+\s+)?(?:concern|touch|affect)`, 'u'),
  },
  it: {
    literals: ['interessat', 'coinvolt', 'vendut', 'acquistat', 'spedit'],
    about: /\b(?:interessat|coinvolt|vendut|acquistat|spedit)\p{L}*/u,
    place: /\b(?:in|dal|dalla|dagli|da)\s+$/u,
    all: new RegExp(String.raw`\b(?:tutti|tutte|ogni)\s+${WORDS}(?:sono|e|sono stati|sono state)\s+(?:${L}+\s+)?(?:interessat|coinvolt)`, 'u'),
  },
  pt: {
    literals: ['afetad', 'vendid', 'comprad', 'enviad'],
    about: /\b(?:afetad|vendid|comprad|enviad)\p{L}*/u,
    place: /\b(?:em|no|na|nos|nas|do|da|dos|das)\s+$/u,
    all: new RegExp(String.raw`\b(?:todos|todas|cada)\s+${WORDS}(?:estao|foram|sao|esta)\s+(?:${L}+\s+)?afetad`, 'u'),
  },
  ja: {
    literals: ['対象', '影響'],
    about: /(?:対象|影響)/u,
    all: /(?:全て|すべて|全部|全)の[^。、]{0,16}(?:が|は)(?:対象|影響を受け)/u,
  },
  zh: {
    literals: ['影响'],
    about: /影响/u,
    all: /(?:所有|全部)(?:的)?[^。，,]{0,12}?(?:都)?(?:受到影响|受影响|受到了影响)/u,
  },
};

// A figure, not a code's digits (VP-20K).
const FIGURE = /(?<![\p{L}\p{N}-])\d[\d.,]*(?![\p{L}\p{N}-])/u;
const RELATIVE = /\b(?:who|that|which|whose|die|welche|que|qui|che|cui|quais)\b/u;

const cache = new WeakMap<object, Map<string, boolean>>();

/** Does the statement itself say "all" (its own scope: "Every affected customer …")? */
function statementSaysAll(c: LintCtx, w: ScopeWords): boolean {
  const st = c.incident?.statement;
  if (!st) return false;
  let perLang = cache.get(st);
  if (!perLang) cache.set(st, (perLang = new Map()));
  let says = perLang.get(c.base);
  if (says === undefined) {
    says = w.all.test(c.statementFolded) || (c.base !== 'en' && TABLE.en!.all.test(c.statementFolded));
    perLang.set(c.base, says);
  }
  return says;
}

/** `words`: the statement's words (rules-facts.ts), so its own places and names are in scope. */
export function scopeContradictions(c: LintCtx, words: ReadonlySet<string>, expected: string): void {
  const w = TABLE[c.base];
  if (!w || !c.incident || !w.literals.some((l) => c.s.includes(l))) return;
  for (const cl of c.clauses) {
    const clause = c.s.slice(cl.start, cl.end);
    if (!w.about.test(clause)) continue;
    const sen = sentenceAt(c, cl.start);
    // A question asks, it does not say: "Are all units affected?"
    if (/[?？]\s*$/u.test(c.s.slice(sen.start, sen.end))) continue;
    const all = w.all.exec(clause);
    // "all customers who are affected" is the statement's own scope; "all 48,000" gives a figure
    // (compared as one).
    if (all && !RELATIVE.test(all[0]) && !FIGURE.test(all[0]) && !negated(c, cl.start + all.index, cl.start + all.index + all[0].length) && !statementSaysAll(c, w)) {
      report(c, 'contradiction', cl.start + all.index, cl.start + all.index + all[0].length, { key: 'lint.contradiction.scope.message', params: { expected } }, CONTRADICTION_HINT);
      continue;
    }
    if (w.place) place(c, w.place, cl, words, expected);
  }
}

/** A capitalised name after a preposition ("sold in Germany", "vendidas en México"), not one the
 * statement uses, not a month or weekday, not the sentence's first word. */
function place(c: LintCtx, prep: RegExp, cl: Span, words: ReadonlySet<string>, expected: string): void {
  const t = c.t!;
  for (const m of c.s.slice(cl.start, cl.end).matchAll(/[\p{L}][\p{L}'-]*/gu)) {
    const x = cl.start + m.index;
    const y = x + m[0].length;
    if (x <= sentenceAt(c, x).start + 1 || !prep.test(c.s.slice(Math.max(cl.start, x - 12), x))) continue;
    const o = originalSpan(c.folded, x, y);
    if (!/^\p{Lu}\p{Ll}/u.test(c.text.slice(o.start, o.end))) continue;
    if (words.has(m[0]) || t.months.has(m[0]) || t.weekdays.includes(m[0])) continue;
    report(c, 'contradiction', x, y, { key: 'lint.contradiction.scope.message', params: { expected } }, CONTRADICTION_HINT);
  }
}
