/**
 * Which templates a new statement version makes stale. A template approved against an older
 * version may still be right, but only if it says nothing about the incident in its own words:
 * text that reaches the incident only through `{{incident.*}}` variables follows every new
 * version by construction. Anything else that states incident facts (the incident's keywords,
 * a product or batch code, a number or a date, the investigation's status, a remedy the company
 * offers) was checked against facts that may have changed, and must be approved again.
 *
 * No compromise here (only regexes and the keyword finder): publishing a statement may run in the
 * background worker.
 */
import type { IncidentLike } from '../incident/schema.ts';
import { baseLang } from '../incident/schema.ts';
import { foldText, originalSpan } from './fold.ts';
import { compiled, findPhrases } from './lang/compile.ts';
import { LANG_TABLES } from './lang/index.ts';
import { cachedFinder } from './phrase-find.ts';
import type { Template } from './schema.ts';
import { scanVariables } from './variables.ts';
import type { Span } from './clauses.ts';

export interface FactEvidence {
  start: number;
  end: number;
  phrase: string;
  kind: 'keyword' | 'code' | 'number' | 'status' | 'commitment';
}

/** Words for "we are investigating / checking" per language: the status is a fact too. */
const INVESTIGATING: Record<string, RegExp> = {
  en: /\b(?:investigat\w*|looking into|examining|inquiry|probe)\b/u,
  de: /(?<![\p{L}])(?:untersuch\p{L}*|prüf\p{L}*|überprüf\p{L}*|ermittl\p{L}*)/u,
  es: /(?<![\p{L}])(?:investig\p{L}*|revisando|analizando|examinando)/u,
  fr: /(?<![\p{L}])(?:enquet\p{L}*|examin\p{L}*|analys\p{L}*)/u,
  it: /(?<![\p{L}])(?:indag\p{L}*|verifican\p{L}*|stiamo verificando|analizz\p{L}*|accertament\p{L}*)/u,
  pt: /(?<![\p{L}])(?:investig\p{L}*|analisando|verificando|apurando)/u,
  ja: /(?:調査|確認中|原因究明)/u,
  zh: /(?:调查|核实|排查|核查)/u,
};

// A product, model or batch code: letters and digits together (VP-20K, PB200, A1-3).
// Starts with a Latin letter and has a digit: model names and batch codes, not ordinals (1st,
// 5-star). Next to Chinese or Japanese text it needs no space (部分VP-20K可能).
// Runs on folded text (lower case, accents gone), hence the small classes.
export const CODE_RE = /(?<![a-z\u00df-\u024f0-9])(?=[a-z\u00df-\u024f][a-z\u00df-\u024f-]*\d)[a-z\u00df-\u024f0-9]{1,8}(?:-[a-z\u00df-\u024f0-9]{1,8}){0,3}(?![a-z\u00df-\u024f0-9])/gu;
const DIGITS_RE = /\d/u;
const URL_RE = /(?:https?:\/\/|www\.)\S+/gu;

/** `text` with every `{{…}}` replaced by U+E000 of the same length: the offsets stay those of
 * the original, and no rule reads a variable's name as words. */
export function maskVariables(text: string, tokens: readonly Span[] = scanVariables(text)): string {
  let out = '';
  let at = 0;
  for (const t of tokens) {
    out += text.slice(at, t.start) + '\uE000'.repeat(t.end - t.start);
    at = t.end;
  }
  return out + text.slice(at);
}

/** The first place where `text` states incident facts in its own words, or undefined. */
export function statesIncidentFacts(text: string, incident: Pick<IncidentLike, 'keywords'>, lang: string): FactEvidence | undefined {
  const folded = foldText(maskVariables(text), { zh: baseLang(lang) === 'zh' });
  const s = folded.text.replace(URL_RE, (u) => ' '.repeat(u.length));
  const found: FactEvidence[] = [];
  const add = (start: number, end: number, kind: FactEvidence['kind']) => {
    const o = originalSpan(folded, start, end);
    found.push({ ...o, phrase: text.slice(o.start, o.end), kind });
  };
  const keywords = incident.keywords ?? [];
  if (keywords.length > 0) for (const h of cachedFinder(keywords, false).find(s)) add(h.start, h.end, 'keyword');
  for (const m of s.matchAll(CODE_RE)) add(m.index, m.index + m[0].length, 'code');
  const digit = DIGITS_RE.exec(s);
  if (digit) {
    const m = /[\p{N}][\p{N}.,:/ -]*/u.exec(s.slice(digit.index));
    add(digit.index, digit.index + (m?.[0].trimEnd().length ?? 1), 'number');
  }
  const base = baseLang(lang);
  const inv = INVESTIGATING[base]?.exec(s);
  if (inv) add(inv.index, inv.index + inv[0].length, 'status');
  const table = LANG_TABLES[base];
  if (table) {
    const t = compiled(table);
    for (const [, a, b] of findPhrases(t.claims, s)) {
      add(a, b, 'status');
      break;
    }
    // What the company offers is part of the statement too ("a free replacement or a refund").
    for (const [p, a, b] of findPhrases(t.promises, s)) {
      if (p.generic) continue;
      add(a, b, 'commitment');
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start)[0];
}

/** Is `template` approved against an older version of `incident`'s statement? (Templates for
 * other incidents, and templates serving no incident, are not.) */
export function approvedAgainstOlder(template: Pick<Template, 'incident' | 'statementVersion'>, incident: Pick<IncidentLike, 'id' | 'statement'>): boolean {
  return template.incident === incident.id && (template.statementVersion ?? 0) < incident.statement.version;
}

export interface StaleTemplate {
  id: string;
  title: string;
  /** The variants that state facts in their own words, with the evidence. */
  variants: { lang: string; evidence: FactEvidence }[];
}

/** The approved templates a statement makes stale: approved against an older version and stating
 * incident facts in their own words in at least one variant. Drafts and retired ones are left out. */
export function staleTemplates(templates: readonly Template[], incident: Pick<IncidentLike, 'id' | 'statement' | 'keywords'>): StaleTemplate[] {
  const out: StaleTemplate[] = [];
  for (const t of templates) {
    if (t.status !== 'approved' || !approvedAgainstOlder(t, incident)) continue;
    const variants: StaleTemplate['variants'] = [];
    for (const [lang, text] of Object.entries(t.variants)) {
      const evidence = statesIncidentFacts(text, incident, lang);
      if (evidence) variants.push({ lang, evidence });
    }
    if (variants.length > 0) out.push({ id: t.id, title: t.title, variants });
  }
  return out;
}
