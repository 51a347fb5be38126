/**
 * A fact the statement denies, asserted: "Your payment card data may have been stolen" where the
 * statement says "Payment card data is not stored in this system"; "Deine Zahlungsdaten wurden
 * abgegriffen" where it says "Deine Zahlungsdaten sind nicht betroffen". A reply clause that says
 * something was exposed (a per-language table of exposure words), is not itself denied, and
 * shares two topics (stems, or Han/Katakana pairs; one where the denial has only one) with a
 * sentence of the statement that denies something, contradicts it.
 */
import { foldText } from './fold.ts';
import type { CompiledLang } from './lang/compile.ts';
import { CONTRADICTION_HINT, matches, negated, report, type LintCtx } from './lint-context.ts';
import { cjkPairs, contentWords } from './statement-hedges.ts';
import { statementTextFor } from './variables.ts';

/** Exposure words, folded; a literal test first (`literals`), then the regex. */
const EXPOSED: Readonly<Record<string, { literals: readonly string[]; re: RegExp }>> = {
  en: { literals: ['access', 'stole', 'leak', 'expos', 'compromis', 'affect', 'view', 'hack', 'breach'], re: /\b(?:accessed|stolen|leaked|exposed|compromised|affected|viewed|hacked|breached)\b/gu },
  de: { literals: ['betroffen', 'gestohlen', 'abgeflossen', 'abgegriffen', 'eingesehen', 'kompromittiert', 'gehackt', 'geleakt', 'offengelegt'], re: /\b(?:betroffen|gestohlen|abgeflossen|abgegriffen|eingesehen|kompromittiert|gehackt|geleakt|offengelegt)\b/gu },
  es: { literals: ['afectad', 'robad', 'filtrad', 'expuest', 'comprometid', 'consultad', 'hackead'], re: /\b(?:afectad|robad|filtrad|expuest|comprometid|consultad|hackead)[oa]s?\b/gu },
  fr: { literals: ['concern', 'vol', 'fuit', 'expos', 'compromis', 'consult', 'touch', 'pirat'], re: /\b(?:concernee?s?|volee?s?|fuitee?s?|exposee?s?|compromise?s?|consultee?s?|touchee?s?|piratee?s?)\b/gu },
  it: { literals: ['coinvolt', 'rubat', 'trapelat', 'espost', 'compromess', 'consultat', 'violat'], re: /\b(?:coinvolt|rubat|trapelat|espost|compromess|consultat|violat)[oaie]\b/gu },
  pt: { literals: ['afetad', 'roubad', 'vazad', 'expost', 'comprometid', 'acessad', 'hackead'], re: /\b(?:afetad|roubad|vazad|expost|comprometid|acessad|hackead)[oa]s?\b/gu },
  ja: { literals: ['流出', '漏洩', '閲覧', '影響', '盗', '不正利用'], re: /(?:流出|漏洩|閲覧され|影響を受け|盗まれ|不正利用され)/gu },
  zh: { literals: ['泄露', '被盗', '访问', '影响', '窃取', '外泄'], re: /(?:泄露|被盗|被访问|受到影响|受影响|被窃取|外泄)/gu },
};

interface Denial {
  /** The statement's sentence, as written (the message's expected value). */
  sentence: string;
  units: ReadonlySet<string>;
  /** Units needed in common: two, or one where the denial has only one. */
  need: number;
}

const cache = new WeakMap<object, Map<string, readonly Denial[]>>();

function denials(c: LintCtx, t: CompiledLang): readonly Denial[] {
  const st = c.incident?.statement;
  if (!st) return [];
  let perLang = cache.get(st);
  if (!perLang) cache.set(st, (perLang = new Map()));
  let out = perLang.get(c.base);
  if (out) return out;
  const list: Denial[] = [];
  const cjk = c.base === 'ja' || c.base === 'zh';
  const own = statementTextFor(st.text, c.base);
  const exposed = EXPOSED[c.base]!;
  if (own) {
    for (const original of own.split(/(?<=[.!?。！？])\s*/u)) {
      const sentence = foldText(original, { zh: c.base === 'zh' }).text;
      t.negBefore.lastIndex = 0;
      const denies = t.negBefore.test(sentence) || (t.negAfter !== undefined && cjk && /(?:ございません|ありません|おりません|未|不|没有)/u.test(sentence));
      t.negBefore.lastIndex = 0;
      if (!denies) continue;
      exposed.re.lastIndex = 0;
      // Neither the exposure word nor the negator is a topic.
      const topic = sentence.replace(exposed.re, ' ').replace(t.negBefore, ' ');
      t.negBefore.lastIndex = 0;
      const units = new Set(cjk ? cjkPairs(topic) : contentWords(topic));
      if (units.size > 0) list.push({ sentence: original.trim(), units, need: Math.min(2, units.size) });
    }
  }
  perLang.set(c.base, (out = list));
  return out;
}

export function deniedFacts(c: LintCtx): void {
  const t = c.t;
  const exposed = EXPOSED[c.base];
  if (!t || !c.incident || !exposed) return;
  // A statement that denies nothing (remembered per statement) cannot be contradicted so.
  const list = denials(c, t);
  if (list.length === 0 || !exposed.literals.some((l) => c.s.includes(l))) return;
  for (const [a, b] of matches(exposed.re, c.s)) {
    if (negated(c, a, b)) continue;
    const cl = c.clauses.find((x) => a >= x.start && a < x.end) ?? { start: 0, end: c.s.length };
    const clause = c.s.slice(cl.start, cl.end);
    exposed.re.lastIndex = 0;
    const units = new Set(c.base === 'ja' || c.base === 'zh' ? cjkPairs(clause.replace(exposed.re, ' ')) : contentWords(clause.replace(exposed.re, ' ')));
    exposed.re.lastIndex = 0;
    const hit = list.find((d) => {
      let n = 0;
      for (const u of units) if (d.units.has(u) && ++n >= d.need) return true;
      return false;
    });
    if (!hit) continue;
    // The clause, trimmed: what it says was exposed and that it was.
    const lead = /^\s*/u.exec(clause)![0].length;
    const tail = /[\s.!?。！？,，]*$/u.exec(clause)![0].length;
    report(c, 'contradiction', cl.start + lead, cl.end - tail, { key: 'lint.contradiction.number.message', params: { expected: hit.sentence } }, CONTRADICTION_HINT);
  }
}
