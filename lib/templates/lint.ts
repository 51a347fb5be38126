/**
 * The consistency check: does a reply (or a template variant) agree with the incident's current
 * approved statement, and does it fit its channel? Pure and synchronous; runs in the side panel
 * and the CLI (it loads compromise for English, ~365 KB: never import it from the background
 * worker; publishing a statement uses stale.ts instead).
 *
 *   lintReply(text, { lang, channel, incident?, mode? })   one reply or one variant
 *   lintTemplate(template, { incident? })                   every variant x channel of a template
 *   lintPack(pack, { incident? })                           every template of a pack
 *
 * Findings (findings.ts) carry the rule, `block` or `warn`, the span in the text as given, and
 * message + hint as i18n keys. Rules and their languages are listed in LINT_RULES and
 * lang/index.ts; the labelled replies in tests/fixtures/replies measure them (npm run eval:lint).
 */
import type { IncidentLike } from '../incident/schema.ts';
import { LINT_RULES, quote, type Finding, type LintRule } from './findings.ts';
import { createCtx, report, type CallMemo, type LintCtx } from './lint-context.ts';
import { cachedFinder } from './phrase-find.ts';
import { PhraseScanMemo } from './phrase-scan-memo.ts';
import { amazonBuyerMessage, feedbackOnce } from './rules-channel.ts';
import { factContradictions } from './rules-facts.ts';
import { absolutes, liability, nonApology, promises, speculation, statusClaims } from './rules-wording.ts';
import type { Channel, Pack, Template } from './schema.ts';
import { approvedAgainstOlder, maskVariables, statesIncidentFacts } from './stale.ts';
import { fillTemplate, scanVariables, VARIABLES, type VariableToken } from './variables.ts';
import { fitsOnceFilled, pieceBound } from './x-estimate.ts';
import { xOverLimit } from './x-length.ts';

export type { Finding, LintRule, MessageRef, Severity } from './findings.ts';
export { blocks, LINT_RULE_IDS, LINT_RULES, renderMessage } from './findings.ts';
export { LINT_LANGUAGES } from './lang/index.ts';

/**
 * `insert` (default): the final text about to be posted; every `{{…}}` still in it blocks.
 * `template`: a stored variant; known variables are fine, the X length is estimated with typical
 * values, and a template approved against an older statement is checked for staleness.
 */
export type LintMode = 'template' | 'insert';

export interface LintOptions {
  /** The text's language (BCP 47): picks the wording rules. */
  lang: string;
  channel: Channel;
  /** The incident whose current statement the text must agree with. */
  incident?: IncidentLike;
  mode?: LintMode;
  /** Template mode: the template's incident and approved statement version. */
  template?: Pick<Template, 'incident' | 'statementVersion'>;
  /** Insert mode: the moment the reply goes out (ms since 1970). A day named relative to today
   * ("the next update comes tomorrow") is then judged against the statement's next update
   * (relative-days.ts) instead of always reported; a template has no such moment. */
  now?: number;
}

/** Longer text is checked up to here (a template variant is at most 5,000 characters; this is
 * for pasted text and the CLI): findings stay bounded whatever arrives. */
export const MAX_LINT_CHARS = 20_000;

// Typical values for estimating an X template's length before it is filled: a display name and
// handle of common length, a product name, a short answer to a prompt.
const TYPICAL = {
  author: { name: 'Alexandra Meyer', handle: 'alexandra_m' },
  product: { name: 'VoltPro 20K power bank' },
};

/** The known variables, for the hint of an unknown one. */
const KNOWN_VARIABLES = VARIABLES.map((v) => `{{${v}}}`).join(', ');

function variableFindings(c: LintCtx, tokens: readonly VariableToken[], mode: LintMode): void {
  const known = KNOWN_VARIABLES;
  for (const tok of tokens) {
    if (tok.kind === 'unknown') {
      const key =
        tok.reason === 'unclosed'
          ? 'lint.unknownVariable.unclosed'
          : tok.reason === 'empty-prompt'
            ? 'lint.unknownVariable.emptyPrompt'
            : tok.reason === 'long-prompt'
              ? 'lint.unknownVariable.longPrompt'
              : tok.reason === 'single-braces'
                ? 'lint.unknownVariable.singleBraces'
                : 'lint.unknownVariable.message';
      c.findings.push({
        rule: 'unknown-variable',
        severity: 'block',
        start: tok.start,
        end: tok.end,
        message: { key, params: { variable: quote(tok.raw), example: '{{ask:order number}}', max: 60 } },
        hint: tok.suggestion ? { key: 'lint.unknownVariable.hintSuggest', params: { suggestion: `{{${tok.suggestion}}}` } } : { key: 'lint.unknownVariable.hint', params: { known, example: '{{ask:…}}' } },
      });
    } else if (mode === 'insert') {
      c.findings.push({
        rule: 'unfilled-variable',
        severity: 'block',
        start: tok.start,
        end: tok.end,
        message: tok.kind === 'ask' ? { key: 'lint.unfilled.ask', params: { prompt: tok.prompt } } : { key: 'lint.unfilled.variable', params: { variable: tok.raw } },
        hint: { key: 'lint.unfilled.hint' },
      });
    }
  }
}

function forbidden(c: LintCtx): void {
  const list = c.incident?.statement.forbidden ?? [];
  if (list.length === 0) return;
  for (const h of cachedFinder(list, true).find(c.s)) report(c, 'forbidden-phrase', h.start, h.end, { key: 'lint.forbidden.message' }, { key: 'lint.forbidden.hint' });
}

/** A link as compared with a text: lower case, without its scheme and trailing slashes. */
const bareUrl = (u: string) => u.toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');

/** bareUrl of the last notice link asked for: a pack lint asks for one link, once per variant. */
let lastUrl: { url: string; bare: string } | undefined;

function bareNotice(url: string): string {
  if (lastUrl?.url !== url) lastUrl = { url, bare: bareUrl(url) };
  return lastUrl.bare;
}

/** Reads the template's side only (the incident, the channel the link is asked on, the text as
 * written): a pack's text shared by several templates is not prepared again for it. `text`: where
 * the text's lower case is kept for its other variants. */
function noticeLink(findings: Finding[], incident: IncidentLike | undefined, channel: Channel, original: string, tokens: readonly VariableToken[], text?: { lower?: string }): void {
  if (!incident || incident.status === 'resolved' || channel === 'amazon-feedback-response') return;
  if (tokens.some((t) => t.kind === 'variable' && t.name === 'incident.url')) return;
  const url = incident.statement.facts.url;
  if (url) {
    let lower = text?.lower;
    if (lower === undefined) {
      lower = original.toLowerCase();
      if (text) text.lower = lower;
    }
    if (lower.includes(bareNotice(url))) return;
  }
  findings.push({
    rule: 'missing-notice-link',
    severity: LINT_RULES['missing-notice-link'],
    start: 0,
    end: 0,
    message: { key: 'lint.noticeLink.message' },
    hint: url ? { key: 'lint.noticeLink.hint', params: { variable: '{{incident.url}}' } } : { key: 'lint.noticeLink.hintNoUrl' },
  });
}

function stale(findings: Finding[], original: string, o: LintOptions): void {
  const incident = o.incident;
  if (!incident || !o.template || !approvedAgainstOlder(o.template, incident)) return;
  const evidence = statesIncidentFacts(original, incident, o.lang);
  if (!evidence) return;
  findings.push({
    rule: 'stale',
    severity: 'block',
    start: evidence.start,
    end: evidence.end,
    message: { key: 'lint.stale.message', params: { approved: o.template.statementVersion ?? 0, current: incident.statement.version, phrase: quote(evidence.phrase) } },
    hint: { key: 'lint.stale.hint', params: { variable: '{{incident.summary}}' } },
  });
}

/** pieceBound of each variable's typical value, by incident (or NO_INCIDENT), language and the
 * variable as written: a pack's X variants share a handful. Maps in maps, not one key joined
 * from the language and the variable: that key was built and hashed anew for each variable of
 * each X variant. */
const typicalBounds = new WeakMap<object, Map<string, Map<string, number | undefined>>>();
const NO_INCIDENT = {};

function typicalValueBound(t: VariableToken, o: LintOptions): number | undefined {
  const incidentKey = o.incident ?? NO_INCIDENT;
  let perLang = typicalBounds.get(incidentKey);
  if (!perLang) typicalBounds.set(incidentKey, (perLang = new Map()));
  let perRaw = perLang.get(o.lang);
  if (!perRaw) {
    // Language tags come from the pack: keep the maps small whatever a pack holds.
    if (perLang.size >= 100) perLang.clear();
    perLang.set(o.lang, (perRaw = new Map()));
  }
  const known = perRaw.get(t.raw);
  if (known !== undefined || perRaw.has(t.raw)) return known;
  // Filled on its own, a variable gives what it gives inside the template (fillTemplate fills
  // token by token).
  const answers: Record<string, string> = t.kind === 'ask' ? { [t.prompt]: '1234567890' } : {};
  const bound = pieceBound(fillTemplate(t.raw, { lang: o.lang, incident: o.incident, values: { ...TYPICAL, answers } }).text);
  // Prompts are the writers' own words, too.
  if (perRaw.size >= 1_000) perRaw.clear();
  perRaw.set(t.raw, bound);
  return bound;
}

function xReply(findings: Finding[], original: string, o: LintOptions, mode: LintMode, tokens: readonly VariableToken[]): void {
  let text = original;
  if (mode === 'template' && original.includes('{{')) {
    // Most variants fit whatever typical values fill them: told without filling (x-estimate.ts).
    if (fitsOnceFilled(original, tokens, (t) => typicalValueBound(t, o))) return;
    const answers: Record<string, string> = {};
    for (const t of tokens) if (t.kind === 'ask') answers[t.prompt] = '1234567890';
    text = fillTemplate(original, { lang: o.lang, incident: o.incident, values: { ...TYPICAL, answers } }, tokens).text;
  }
  const len = xOverLimit(text);
  if (!len) return;
  const start = mode === 'template' ? 0 : Math.min(len.fitsUntil, original.length);
  findings.push({
    rule: 'x-length',
    severity: 'block',
    start,
    end: original.length,
    message: { key: mode === 'template' ? 'lint.xLength.messageEstimate' : 'lint.xLength.message', params: { length: len.weighted, max: len.max } },
    hint: { key: 'lint.xLength.hint' },
  });
}

/** Keeps the first finding of a rule where several overlap (two phrases of one admission). */
function tidy(findings: Finding[]): Finding[] {
  // Most variants have no finding, or one, on each pass: nothing to sort or drop.
  if (findings.length <= 1) return findings.slice();
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const dup = kept.some((k) => k.rule === f.rule && (f.start === f.end ? k.start === f.start && k.end === f.end : f.start < k.end && f.end > k.start));
    if (!dup) kept.push(f);
  }
  return kept;
}

interface Prepared {
  original: string;
  mode: LintMode;
  tokens: VariableToken[];
  c: LintCtx;
}

function prepare(input: string, o: LintOptions, memo?: CallMemo): Prepared {
  const original = input.length > MAX_LINT_CHARS ? input.slice(0, MAX_LINT_CHARS) : input;
  const tokens = scanVariables(original);
  const mode = o.mode ?? 'insert';
  const c = createCtx(tokens.length > 0 ? maskVariables(original, tokens) : original, { lang: o.lang, channel: o.channel, incident: o.incident, memo, now: mode === 'insert' ? o.now : undefined });
  return { original, mode, tokens, c };
}

/** The text rules that read only the text, its language and the incident: in a pack, the same
 * for every template that carries the text (TextMemo). */
function coreTextRules(p: Prepared, o: LintOptions): void {
  const { c, tokens, mode } = p;
  variableFindings(c, tokens, mode);
  if (c.t) {
    liability(c);
    speculation(c);
    absolutes(c);
    nonApology(c);
    statusClaims(c);
    promises(c);
    factContradictions(c);
  } else if (/\p{L}/u.test(c.s)) {
    c.findings.push({ rule: 'language-unchecked', severity: 'warn', start: 0, end: 0, message: { key: 'lint.languageUnchecked.message', params: { lang: o.lang } }, hint: { key: 'lint.languageUnchecked.hint', params: { lang: o.lang } } });
  }
  forbidden(c);
}

/** The text rules that also read the template (its approved statement version, whether it
 * serves the incident), after the core ones (the order tidy keeps). */
function templateTextRules(findings: Finding[], original: string, tokens: readonly VariableToken[], o: LintOptions, noticeLinkRule: boolean, text?: { lower?: string }): void {
  if ((o.mode ?? 'insert') === 'template') stale(findings, original, o);
  if (noticeLinkRule) noticeLink(findings, o.incident, o.channel, original, tokens, text);
}

/**
 * The rules of `channel`, into `findings`. Only the Amazon buyer message rule reads the text's
 * context (its phrase hits), asked of `ctx`: X's length reads the text and its variables, the
 * feedback note nothing, and generic has no rule. A pack lint met a text again under a channel
 * it had not checked it for 974 times in the bench pack, 790 of them not for Amazon, and
 * prepared the text again each time (the 974 took 13-22 ms of the first lint: 4 runs of an
 * instrumented bundle of /tmp/chan/cold2.mts; prepare calls 7,782 -> 6,992).
 */
function channelRules(findings: Finding[], original: string, tokens: readonly VariableToken[], mode: LintMode, o: LintOptions, channel: Channel, ctx: () => LintCtx): void {
  if (channel === 'x-reply') xReply(findings, original, o, mode, tokens);
  else if (channel === 'amazon-buyer-message') amazonBuyerMessage(ctx(), findings);
  else if (channel === 'amazon-feedback-response') feedbackOnce(findings);
}

/** Checks one reply or one template variant. */
export function lintReply(text: string, o: LintOptions): Finding[] {
  const p = prepare(text, o);
  coreTextRules(p, o);
  templateTextRules(p.c.findings, p.original, p.tokens, o, true);
  channelRules(p.c.findings, p.original, p.tokens, p.mode, o, o.channel, () => p.c);
  return tidy(p.c.findings);
}

export interface TemplateFinding extends Finding {
  templateId: string;
  /** The variant's language. */
  lang: string;
  /** For channel rules: which of the template's channels. */
  channel?: Channel;
}

export interface TemplateLintOptions {
  /** The incident to check against. A template serving another incident is checked without a
   * statement and gets an `other-incident` warning. */
  incident?: IncidentLike;
}

/**
 * What a variant's text gives whatever template carries it, in one lintPack or lintTemplate call
 * (so one incident): the findings of the core text rules (before tidy) and of each channel
 * (after tidy), with the text's variables. Packs repeat a text under different channels, incident
 * links and statement versions (the bench pack: 6,227 distinct texts in 8,136 distinct
 * variants); the text is then prepared and checked once. Only findings are kept, not the
 * prepared contexts: keeping thousands of folded texts and offset maps alive made the lint
 * slower (garbage collection), not faster.
 */
interface TextResult {
  original: string;
  tokens: readonly VariableToken[];
  core: readonly Finding[];
  channels: Map<Channel, readonly Finding[]>;
  /** original in lower case, once a variant's notice link rule has read it. */
  lower?: string;
}

/** One finding of a variant before it names its template: `lead` for the other-incident
 * warning (its template and language come first, as it was always written). */
interface VariantPart {
  f: Finding;
  channel?: Channel;
  lead?: boolean;
}

/**
 * A variant's finding for `templateId`, written field by field: `{ ...f, templateId, lang }`
 * took V8 (Node 20) about six times as long as this literal, for each of a pack's findings
 * (bench/lint.ts). The fields come in the order spreading gave them.
 */
function templateFinding(part: VariantPart, templateId: string, lang: string): TemplateFinding {
  const f = part.f;
  if (part.lead) return { templateId, lang, rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, hint: f.hint };
  if (part.channel === undefined) return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, hint: f.hint, templateId, lang };
  return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, hint: f.hint, templateId, lang, channel: part.channel };
}

/**
 * Everything remembered about one text in a call, looked up by the text itself: the variant's
 * string is hashed once, where keys built per variant (the text in a JSON array, then the text
 * behind the language) were built, hashed and compared again at every lookup.
 */
interface TextEntry {
  /** By textKey. */
  results: Map<string, TextResult>;
  /** A variant's findings in text order by what else they depend on (variantKey); each
   * template that has the variant gets them with its own id. */
  variants: Map<string, readonly VariantPart[]>;
}
interface TextMemo {
  texts: Map<string, TextEntry>;
  /** What the call's texts share below the text: phrase scans by piece, facts by sentence. */
  call: CallMemo;
}

function textMemo(): TextMemo {
  return { texts: new Map(), call: { scans: new PhraseScanMemo(), facts: new Map() } };
}

/** What a TextResult depends on within one call besides the text: the language, and whether its
 * template serves another incident (then it is checked without one). */
function textKey(lang: string, other: boolean): string {
  return `${other ? 1 : 0}${lang}`;
}

/**
 * What a variant's findings depend on besides the incident (the same for a whole lintPack call)
 * and its text: its language, and of its template the incident, the approved statement version
 * and the channels.
 */
function variantKey(template: Template, lang: string): string {
  return JSON.stringify([lang, template.incident ?? null, template.statementVersion ?? null, template.channels]);
}

/** Checks every variant of a template, and each of its channels' rules. Everyday templates (no
 * incident) are checked against the incident too (they must not contradict it) but are not asked
 * to link to its notice. */
export function lintTemplate(template: Template, o: TemplateLintOptions = {}): TemplateFinding[] {
  return lintVariants(template, o, false, textMemo());
}

/** `memoVariants`: reuse a variant's findings for a later template with the same variantKey
 * (lintPack). */
function lintVariants(template: Template, o: TemplateLintOptions, memoVariants: boolean, memo: TextMemo): TemplateFinding[] {
  const texts = memo.texts;
  const other = template.incident !== undefined && o.incident !== undefined && template.incident !== o.incident.id;
  const incident = other ? undefined : o.incident;
  const out: TemplateFinding[] = [];
  for (const [lang, text] of Object.entries(template.variants)) {
    let entry = texts.get(text);
    if (!entry) texts.set(text, (entry = { results: new Map(), variants: new Map() }));
    const key = memoVariants ? variantKey(template, lang) : undefined;
    let parts = key === undefined ? undefined : entry.variants.get(key);
    if (!parts) {
      parts = variantParts(template, o, lang, text, incident, other, entry, memo.call);
      if (key !== undefined) entry.variants.set(key, parts);
    }
    for (const part of parts) out.push(templateFinding(part, template.id, lang));
  }
  return out;
}

/** A variant's findings in text order. */
function variantParts(template: Template, o: TemplateLintOptions, lang: string, text: string, incident: IncidentLike | undefined, other: boolean, entry: TextEntry, call: CallMemo): VariantPart[] {
  const parts: VariantPart[] = [];
  if (other) {
    parts.push({
      lead: true,
      f: {
        rule: 'other-incident',
        severity: 'warn',
        start: 0,
        end: 0,
        message: { key: 'lint.otherIncident.message', params: { incident: template.incident!, current: o.incident!.id } },
        hint: { key: 'lint.otherIncident.hint' },
      },
    });
  }
  // The notice link is asked of incident templates on a channel that can carry it.
  const linkChannel = template.channels.find((ch) => ch !== 'amazon-feedback-response') ?? template.channels[0]!;
  const opts: LintOptions = { lang, incident, mode: 'template', template, channel: linkChannel };
  // Prepared when a rule needs the text's context: once per text, not per variant.
  let p: Prepared | undefined;
  const tKey = textKey(lang, other);
  let done = entry.results.get(tKey);
  if (!done) {
    p = prepare(text, opts, call);
    coreTextRules(p, opts);
    done = { original: p.original, tokens: p.tokens, core: p.c.findings.slice(), channels: new Map(), lower: undefined };
    entry.results.set(tKey, done);
  }
  // The same findings, in the same order, as every text rule run on this variant.
  const textFindings = done.core.slice();
  templateTextRules(textFindings, done.original, done.tokens, opts, template.incident !== undefined, done);
  for (const f of tidy(textFindings)) parts.push({ f });
  for (const channel of template.channels) {
    let found = done.channels.get(channel);
    if (!found) {
      const findings: Finding[] = [];
      channelRules(findings, done.original, done.tokens, 'template', { lang, incident, mode: 'template', template, channel }, channel, () => (p ??= prepare(text, opts, call)).c);
      found = tidy(findings);
      done.channels.set(channel, found);
    }
    for (const f of found) parts.push({ f, channel });
  }
  // In text order (a stable sort: findings at one offset keep the order they were found in).
  if (parts.length > 1) parts.sort((a, b) => a.f.start - b.f.start);
  return parts;
}

/**
 * Checks every template of a pack that is not retired. A variant whose text, language and
 * template settings (variantKey) were checked before in this pack gets the same findings without
 * a second check: templates repeat their variants (the bench pack: 8,136 distinct of 9,987).
 */
export function lintPack(pack: Pick<Pack, 'templates'>, o: TemplateLintOptions = {}): TemplateFinding[] {
  const memo = textMemo();
  return pack.templates.filter((t) => t.status !== 'retired').flatMap((t) => lintVariants(t, o, true, memo));
}

/** The rules a finding list breaks, each once (for summaries). */
export function rulesOf(findings: readonly Pick<Finding, 'rule'>[]): LintRule[] {
  return [...new Set(findings.map((f) => f.rule))];
}
