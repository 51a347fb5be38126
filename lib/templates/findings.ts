/**
 * What the consistency check reports. A finding names its rule, its severity (`block`: the reply
 * cannot be inserted; `warn`: the agent should look), the span of the reply it is about (UTF-16
 * offsets into the text that was checked, end exclusive; 0..0 for a finding about the whole
 * reply), and a message and a fix hint as i18n keys with parameters, so the side panel shows them
 * in the agent's UI language (renderMessage) and the CLI in English.
 */
import type { MessageKey, Translator } from '../i18n.ts';

export const LINT_RULES = {
  liability: 'block',
  speculation: 'warn',
  absolute: 'warn',
  'non-apology': 'warn',
  promise: 'block',
  contradiction: 'block',
  stale: 'block',
  'unknown-variable': 'block',
  'unfilled-variable': 'block',
  'missing-notice-link': 'warn',
  'forbidden-phrase': 'block',
  'x-length': 'block',
  'amazon-link': 'block',
  'amazon-contact': 'block',
  'amazon-emoji': 'block',
  'amazon-review': 'block',
  'feedback-once': 'warn',
  /** The language has no wording rules (not one of the eight): only language-free rules ran. */
  'language-unchecked': 'warn',
  /** A template for another incident than the one it was checked with. */
  'other-incident': 'warn',
} as const;
export type LintRule = keyof typeof LINT_RULES;
export type Severity = 'block' | 'warn';
export const LINT_RULE_IDS = Object.keys(LINT_RULES) as LintRule[];

/** A message to show: a key of lib/i18n/en.ts and its parameters. A parameter may itself be a
 * message (a status or kind name), translated first. */
export interface MessageRef {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | MessageRef>>;
}

export interface Finding {
  rule: LintRule;
  severity: Severity;
  start: number;
  end: number;
  message: MessageRef;
  hint: MessageRef;
}

/** A message in the translator's language. */
export function renderMessage(tr: Pick<Translator, 't'>, ref: MessageRef): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.params ?? {})) params[k] = typeof v === 'object' ? renderMessage(tr, v) : v;
  // Keys and parameters are chosen at run time here; en.ts is the source of both.
  const t = tr.t as (key: MessageKey, params?: Record<string, string | number>) => string;
  return t(ref.key, params);
}

/** Does any finding stop the reply from being inserted? */
export function blocks(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

/** Quoted evidence for a message: at most 60 characters, one line. */
export function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
