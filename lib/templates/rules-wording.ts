/**
 * The wording rules: admissions of liability, speculation, absolutes, non-apologies, claims that
 * the incident is over, and promises (of a remedy or of a date) beyond the statement.
 *
 * The statement itself is the yardstick everywhere: a hedge, offer or claim the approved
 * statement makes in the reply's language (or in English, or in a commitment) is not a finding
 * when the reply repeats it ("may have been accessed", "free replacement or a full refund").
 */
import { namedCommitments, type CommitmentKind } from '../incident/schema.ts';
import { englishStatesFact } from './english.ts';
import type { MessageRef } from './findings.ts';
import { findPhrases, hasPhrase, type CompiledLang } from './lang/compile.ts';
import { clauseAt, CONTRADICTION_HINT, negated, report, sentenceAt, statementSays, testIn, type LintCtx } from './lint-context.ts';
import { foldText } from './fold.ts';
import { offeredGift } from './statement-offers.ts';
import { statementHedges } from './statement-hedges.ts';

const statusRef = (c: LintCtx): MessageRef => ({ key: `incident.status.${c.incident?.status ?? 'investigating'}` });

export function liability(c: LintCtx): void {
  if (c.incident?.status === 'resolved') return;
  for (const [p, a, b] of c.hits.liability) {
    if (!p.polar && negated(c, a, b)) continue;
    report(c, 'liability', a, b, { key: 'lint.liability.message', params: { status: statusRef(c) } }, { key: 'lint.liability.hint' });
  }
}

export function speculation(c: LintCtx): void {
  for (const [, a, b] of c.hits.speculation) {
    if (statementSays(c, a, b) || statementHedges(c, a, b)) continue;
    report(c, 'speculation', a, b, { key: 'lint.speculation.message' }, { key: 'lint.speculation.hint' });
  }
}

export function absolutes(c: LintCtx): void {
  for (const [, a, b] of c.hits.absolute) {
    if (statementSays(c, a, b)) continue;
    report(c, 'absolute', a, b, { key: 'lint.absolute.message' }, { key: 'lint.absolute.hint' });
  }
}

export function nonApology(c: LintCtx): void {
  for (const [, a, b] of c.hits.nonApology) report(c, 'non-apology', a, b, { key: 'lint.nonApology.message' }, { key: 'lint.nonApology.hint' });
}

/** Japanese frames a claim after it: 対応完了次第 ("as soon as it is done"), 解決後に, 修正予定. */
const JA_FRAME_AFTER = /^(?:し|され|いたし)?(?:次第|後に|後、|予定|見込み|まで|たら|れば|でき次第)/u;

/** Is the claim at folded [a, b) stated as a fact, not as a future, hope or condition? */
function statedAsFact(c: LintCtx, a: number, b: number): boolean {
  const cl = clauseAt(c, a);
  const before = c.s.slice(cl.start, a);
  if (c.base === 'en') return englishStatesFact(c.s.slice(cl.start, cl.end), a - cl.start);
  if (c.base === 'ja' && JA_FRAME_AFTER.test(c.s.slice(b, Math.min(cl.end, b + 8)))) return false;
  const t = c.t!;
  t.notClaim.lastIndex = 0;
  const framed = t.notClaim.test(before);
  t.notClaim.lastIndex = 0;
  return !framed;
}

/** "Resolved", "fixed", "safe" while the statement says otherwise. In `monitoring` a fix is
 * deployed, so only "resolved" contradicts it; after `resolved` nothing does. */
export function statusClaims(c: LintCtx): void {
  const status = c.incident?.status;
  if (!status || status === 'resolved') return;
  for (const [p, a, b] of c.hits.claims) {
    if (status === 'monitoring' && p.level !== 'resolved') continue;
    if ((!p.polar && negated(c, a, b)) || statementSays(c, a, b) || !statedAsFact(c, a, b)) continue;
    report(c, 'contradiction', a, b, { key: 'lint.contradiction.status.message', params: { status: statusRef(c) } }, CONTRADICTION_HINT);
  }
}

const allowedCache = new WeakMap<object, Map<CompiledLang, Set<CommitmentKind>>>();

/** Kinds the statement offers: named commitments, kinds its own commitment words name ("full
 * refund for affected orders"), and kinds its text offers in this language or English. */
function allowedKinds(c: LintCtx, t: CompiledLang): Set<CommitmentKind> {
  const st = c.incident?.statement;
  if (!st) return new Set();
  let perLang = allowedCache.get(st);
  if (!perLang) allowedCache.set(st, (perLang = new Map()));
  let kinds = perLang.get(t);
  if (!kinds) {
    kinds = namedCommitments(st);
    const texts = [c.statementFolded, ...st.commitments.map((x) => foldText(x).text)];
    for (const text of texts) for (const [p] of findPhrases(t.promises, text)) if (!p.generic) kinds.add(p.kind);
    perLang.set(t, kinds);
  }
  return kinds;
}

function allowedRef(c: LintCtx): string | MessageRef {
  const list = c.incident?.statement.commitments ?? [];
  return list.length > 0 ? list.join(', ') : { key: 'incident.commitment.none' };
}

export function promises(c: LintCtx): void {
  const t = c.t!;
  let allowed: Set<CommitmentKind> | undefined;
  for (const [p, a, b] of c.hits.promises) {
    if (negated(c, a, b)) continue;
    allowed ??= allowedKinds(c, t);
    if (p.generic ? c.statementFolded.includes(c.s.slice(a, b).trim()) || offeredGift(c, a, b, c.hits.promises, allowed) : allowed.has(p.kind)) continue;
    report(
      c,
      'promise',
      a,
      b,
      { key: 'lint.promise.kind.message', params: { kind: { key: `incident.commitment.${p.kind}` } } },
      { key: 'lint.promise.kind.hint', params: { allowed: allowedRef(c) } },
    );
  }
  for (const [, a, b] of c.hits.deadlines) {
    const sen = sentenceAt(c, a);
    const cl = clauseAt(c, a);
    // The next update's date is checked against the statement (rules-facts.ts); a hedged date
    // is speculation; "not before Monday" promises nothing.
    if (testIn(c, t.update, sen) || hasPhrase(t.speculation, c.s.slice(cl.start, cl.end)) || negated(c, a, b) || statementSays(c, a, b)) continue;
    report(c, 'promise', a, b, { key: 'lint.promise.date.message' }, { key: 'lint.promise.date.hint', params: { variable: '{{incident.nextUpdate}}' } });
  }
}
