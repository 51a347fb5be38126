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
  /** Literals one of which "all" needs ("all ", "alle", "todo", 所有). */
  allLiterals: readonly string[];
  /** A preposition (and article) before a place, capturing the word after it: "in Germany",
   * "aus der Schweiz", "en México", "au Canada", "no Brasil". Global. */
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
    allLiterals: ['all ', 'every', 'each'],
    place: /\b(?:in|from)\s+(?:the\s+)?([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:all|every|each)\s+(?!affected\b)${WORDS}(?:is|are|was|were|has been|have been)\s+(?:${L}+\s+)?affected\b`, 'u'),
  },
  de: {
    literals: ['betroffen', 'verkauft', 'gekauft', 'versandt', 'versendet', 'geliefert'],
    about: /\b(?:betroffen\p{L}*|verkauft\p{L}*|gekauft\p{L}*|versandt\p{L}*|versendet\p{L}*|geliefert\p{L}*)/u,
    allLiterals: ['alle', 'samtlich', 'jede'],
    place: /\b(?:in|aus)\s+(?:der\s+|dem\s+|den\s+)?([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:alle|sämtliche|samtliche|jede|jedes|jeder)\s+(?!betroffen)${WORDS}(?:sind|ist|waren|war)\s+(?:${L}+\s+)?betroffen\b`, 'u'),
  },
  es: {
    literals: ['afectad', 'vendid', 'comprad', 'enviad'],
    about: /\b(?:afectad|vendid|comprad|enviad)\p{L}*/u,
    allLiterals: ['todo', 'cada'],
    place: /\b(?:en|de|desde)\s+(?:el\s+|la\s+|los\s+|las\s+)?([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:todos|todas|cada)\s+(?!(?:los|las)\s+afectad)${WORDS}(?:estan|fueron|han sido|son|esta)\s+(?:${L}+\s+)?afectad`, 'u'),
  },
  fr: {
    literals: ['concern', 'touch', 'affect', 'vendu', 'achet', 'expedi'],
    about: /\b(?:concern|touch|affect|vendu|achet|expedi)\p{L}*/u,
    allLiterals: ['tous', 'toute', 'chaque'],
    place: /\b(?:en|au|aux|dans|de)\s+(?:la\s+|le\s+|les\s+|l')?([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:tous|toutes|chaque)\s+${WORDS}(?:sont|est|ont ete|a ete)\s+(?:${L}+\s+)?(?:concern|touch|affect)`, 'u'),
  },
  it: {
    literals: ['interessat', 'coinvolt', 'vendut', 'acquistat', 'spedit'],
    about: /\b(?:interessat|coinvolt|vendut|acquistat|spedit)\p{L}*/u,
    allLiterals: ['tutt', 'ogni'],
    place: /\b(?:in|dal|dalla|dagli|da)\s+([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:tutti|tutte|ogni)\s+${WORDS}(?:sono|e|sono stati|sono state)\s+(?:${L}+\s+)?(?:interessat|coinvolt)`, 'u'),
  },
  pt: {
    literals: ['afetad', 'vendid', 'comprad', 'enviad'],
    about: /\b(?:afetad|vendid|comprad|enviad)\p{L}*/u,
    allLiterals: ['todo', 'cada'],
    place: /\b(?:em|no|na|nos|nas|do|da|dos|das)\s+([a-z\u00df-\u024f][a-z\u00df-\u024f'-]*)/gu,
    all: new RegExp(String.raw`\b(?:todos|todas|cada)\s+${WORDS}(?:estao|foram|sao|esta)\s+(?:${L}+\s+)?afetad`, 'u'),
  },
  ja: {
    literals: ['対象', '影響'],
    about: /(?:対象|影響)/u,
    allLiterals: ['全', 'すべて'],
    all: /(?:全て|すべて|全部|全)の[^。、]{0,16}(?:が|は)(?:対象|影響を受け)/u,
  },
  zh: {
    literals: ['影响'],
    about: /影响/u,
    allLiterals: ['所有', '全部'],
    all: /(?:所有|全部)(?:的)?[^。，,]{0,12}?(?:都)?(?:受到影响|受影响|受到了影响)/u,
  },
};

const CAPITAL_INSIDE = /\s[A-ZÀ-ÖØ-Þ]/u;

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
  // What could be there at all: "all" (unless the statement says it), a capital after a word.
  const wantAll = w.allLiterals.some((l) => c.s.includes(l)) && !statementSaysAll(c, w);
  const wantPlace = w.place !== undefined && CAPITAL_INSIDE.test(c.text);
  if (!wantAll && !wantPlace) return;
  for (const cl of c.clauses) {
    const clause = c.s.slice(cl.start, cl.end);
    if (!w.about.test(clause)) continue;
    const sen = sentenceAt(c, cl.start);
    // A question asks, it does not say: "Are all units affected?"
    if (/[?？]\s*$/u.test(c.s.slice(sen.start, sen.end))) continue;
    const all = wantAll && w.allLiterals.some((l) => clause.includes(l)) ? w.all.exec(clause) : null;
    // "all customers who are affected" is the statement's own scope; "all 48,000" gives a figure
    // (compared as one).
    if (all && !RELATIVE.test(all[0]) && !FIGURE.test(all[0]) && !negated(c, cl.start + all.index, cl.start + all.index + all[0].length)) {
      report(c, 'contradiction', cl.start + all.index, cl.start + all.index + all[0].length, { key: 'lint.contradiction.scope.message', params: { expected } }, CONTRADICTION_HINT);
      continue;
    }
    // A place is a capitalised word after the first: none in most clauses.
    if (!wantPlace || !w.place) continue;
    const o = originalSpan(c.folded, cl.start, cl.end);
    if (CAPITAL_INSIDE.test(c.text.slice(o.start, o.end))) place(c, w.place, cl, words, expected);
  }
}

/** A capitalised name after a preposition ("sold in Germany", "vendidas en México"), not one the
 * statement uses, not a month or weekday, not the sentence's first word. */
function place(c: LintCtx, prep: RegExp, cl: Span, words: ReadonlySet<string>, expected: string): void {
  const t = c.t!;
  prep.lastIndex = 0;
  for (const m of c.s.slice(cl.start, cl.end).matchAll(prep)) {
    const name = m[1]!;
    const x = cl.start + m.index + m[0].length - name.length;
    const y = x + name.length;
    if (words.has(name) || t.months.has(name) || t.weekdays.includes(name) || x <= sentenceAt(c, x).start + 1) continue;
    const o = originalSpan(c.folded, x, y);
    if (!/^\p{Lu}\p{Ll}/u.test(c.text.slice(o.start, o.end))) continue;
    report(c, 'contradiction', x, y, { key: 'lint.contradiction.scope.message', params: { expected } }, CONTRADICTION_HINT);
  }
}
