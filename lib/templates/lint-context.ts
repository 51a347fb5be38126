/**
 * What every lint rule reads about one reply: the folded text and its clauses, the language's
 * compiled phrases, the incident, and how to report a finding at a folded span.
 */
import type { IncidentLike } from '../incident/schema.ts';
import { baseLang } from '../incident/schema.ts';
import { segment, spanAt, type Span } from './clauses.ts';
import { englishNegated } from './english.ts';
import { LINT_RULES, quote, type Finding, type LintRule, type MessageRef } from './findings.ts';
import { foldText, originalSpan, type FoldedText } from './fold.ts';
import { compiled, NO_HITS, scanPhrases, type CompiledLang, type PhraseHits } from './lang/compile.ts';
import { LANG_TABLES } from './lang/index.ts';
import type { PhraseScanMemo } from './phrase-scan-memo.ts';
import type { Channel } from './schema.ts';
import { statementTextFor } from './variables.ts';

export interface LintCtx {
  /** The text as checked: the reply, with `{{…}}` masked (same offsets). */
  readonly text: string;
  readonly folded: FoldedText;
  /** folded.text */
  readonly s: string;
  readonly lang: string;
  readonly base: string;
  readonly t?: CompiledLang;
  readonly clauses: readonly Span[];
  readonly sentences: readonly Span[];
  readonly channel: Channel;
  readonly incident?: IncidentLike;
  /** The statement's text in the reply's language and in English, folded: what it itself says
   * is never a finding (its hedges, its offers, its claims). */
  readonly statementFolded: string;
  readonly findings: Finding[];
  /** The language's phrase matches, found once per reply (scanPhrases) and shared by the rules. */
  readonly hits: PhraseHits;
  /** What the texts of one call (a pack lint) share, when there is such a call. */
  readonly memo?: CallMemo;
  /** The moment the reply goes out (ms), when known: insert mode only (LintOptions.now). */
  readonly now?: number;
}

/**
 * What one call (lintPack, lintTemplate) remembers across its texts, which repeat their sentences:
 * the phrase scans by piece (phrase-scan-memo.ts), and the facts rule's findings by language and
 * sentence (rules-facts.ts). One incident per call, so neither is keyed by it.
 */
export interface CallMemo {
  readonly scans: PhraseScanMemo;
  readonly facts: Map<string, readonly Finding[]>;
}

const statementCache = new WeakMap<object, Map<string, string>>();

function foldedStatement(incident: IncidentLike | undefined, lang: string): string {
  if (!incident) return '';
  const st = incident.statement;
  let perLang = statementCache.get(st);
  if (!perLang) statementCache.set(st, (perLang = new Map()));
  let s = perLang.get(lang);
  if (s === undefined) {
    const texts = [statementTextFor(st.text, lang), statementTextFor(st.text, 'en'), ...st.commitments];
    s = foldText([...new Set(texts.filter((x): x is string => x !== undefined))].join('\n'), { zh: baseLang(lang) === 'zh' }).text;
    perLang.set(lang, s);
  }
  return s;
}

/** What createCtx needs besides the text. */
export interface CtxOptions {
  lang: string;
  channel: Channel;
  incident?: IncidentLike;
  /** What the texts of one call (a pack lint) share; the findings are the same without. */
  memo?: CallMemo;
  /** The moment the reply goes out, when known (never in a pack lint: the memo does not depend
   * on it). */
  now?: number;
}

export function createCtx(text: string, o: CtxOptions): LintCtx {
  const { lang, channel, incident, memo, now } = o;
  const base = baseLang(lang);
  const folded = foldText(text, { zh: base === 'zh' });
  const table = LANG_TABLES[base];
  const t = table ? compiled(table) : undefined;
  const seg = segment(folded.text, t && t.contrastLoose.test(folded.text) ? t.contrast : undefined);
  return {
    text,
    folded,
    s: folded.text,
    lang,
    base,
    t,
    clauses: seg.clauses,
    sentences: seg.sentences,
    channel,
    incident,
    statementFolded: foldedStatement(incident, lang),
    findings: [],
    hits: t ? (memo ? memo.scans.scan(t, folded.text) : scanPhrases(t, folded.text)) : NO_HITS,
    memo,
    now,
  };
}

/** Report `rule` at folded [from, to): the span is mapped back to the original text, and the
 * original characters are quoted as `{phrase}` unless the message sets it. */
export function report(c: LintCtx, rule: LintRule, from: number, to: number, message: MessageRef, hint: MessageRef): void {
  const span = to > from ? originalSpan(c.folded, from, to) : { start: Math.min(from, c.text.length), end: Math.min(from, c.text.length) };
  const withPhrase: MessageRef = { key: message.key, params: { phrase: quote(c.text.slice(span.start, span.end)), ...message.params } };
  c.findings.push({ rule, severity: LINT_RULES[rule], start: span.start, end: span.end, message: withPhrase, hint });
}

/** The hint of every contradiction: say it through the statement's own words. Frozen: one
 * object is shared by every such finding. */
export const CONTRADICTION_HINT: MessageRef = Object.freeze({ key: 'lint.contradiction.hint', params: Object.freeze({ variable: '{{incident.summary}}' }) });

/** Does the global `re` match inside folded `span` (a clause or sentence)? lastIndex is reset
 * around the test, as the rules share the compiled regexes. */
export function testIn(c: LintCtx, re: RegExp, span: Span): boolean {
  re.lastIndex = 0;
  const hit = re.test(c.s.slice(span.start, span.end));
  re.lastIndex = 0;
  return hit;
}

export function clauseAt(c: LintCtx, at: number): Span {
  return spanAt(c.clauses, at);
}

export function sentenceAt(c: LintCtx, at: number): Span {
  return spanAt(c.sentences, at);
}

/**
 * Is the phrase at folded [a, b) denied in its clause? A negator from the clause start to the
 * phrase's end ("we are not at fault", "nicht unsere Schuld", "不是我们的错"), or one after it
 * where the language puts it there ("wir haften nicht", "責任ではございません"). English: the
 * regex only decides whether compromise needs to look (english.ts).
 */
export function negated(c: LintCtx, a: number, b: number): boolean {
  const t = c.t;
  if (!t) return false;
  const cl = clauseAt(c, a);
  const before = c.s.slice(cl.start, b);
  t.negBefore.lastIndex = 0;
  const hit = t.negBefore.test(before);
  t.negBefore.lastIndex = 0;
  if (hit) return c.base === 'en' ? englishNegated(before, before.length) : true;
  if (t.negAfter) return t.negAfter.test(c.s.slice(b, cl.end));
  return false;
}

/** Does the statement itself say the words at folded [a, b) (plus the next word, or the next two
 * characters in Chinese and Japanese)? Then the reply only repeats it. */
export function statementSays(c: LintCtx, a: number, b: number): boolean {
  if (!c.statementFolded) return false;
  const after = c.s.slice(b);
  const next = c.base === 'ja' || c.base === 'zh' ? after.slice(0, 2) : (/^\s*[\p{L}\p{N}'-]+/u.exec(after)?.[0] ?? '');
  return c.statementFolded.includes(c.s.slice(a, b) + next);
}

/** Runs `re` (global) over the text and yields folded [start, end). */
export function* matches(re: RegExp, s: string): Generator<[number, number]> {
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) if (m[0].length > 0) yield [m.index, m.index + m[0].length];
}
