/**
 * Template variables and fill-in prompts, and filling a template for one reply.
 *
 *   {{author.name}} {{author.handle}} {{product.name}}
 *   {{incident.summary}} {{incident.url}} {{incident.nextUpdate}}
 *   {{ask:order number}}   a prompt the agent answers before inserting
 *
 * Spaces inside the braces are allowed ({{ author.name }}). Anything else in double braces is an
 * unknown variable, and so are a `{{` that is never closed and a known name in single braces
 * ({author.name}), the usual typos. Filling never guesses: a value that is missing leaves its
 * variable in the text and is reported, so the lint blocks the reply until it is filled.
 */
import { baseLang, type IncidentLike } from '../incident/schema.ts';

export const VARIABLES = [
  'author.name',
  'author.handle',
  'product.name',
  'incident.summary',
  'incident.url',
  'incident.nextUpdate',
] as const;
export type VariableName = (typeof VARIABLES)[number];

const KNOWN = new Set<string>(VARIABLES);
/** The longest fill-in prompt: a label, not a paragraph. */
export const MAX_PROMPT_CHARS = 60;

export type VariableToken =
  | { kind: 'variable'; name: VariableName; start: number; end: number; raw: string }
  | { kind: 'ask'; prompt: string; start: number; end: number; raw: string }
  | { kind: 'unknown'; name: string; start: number; end: number; raw: string; reason: UnknownReason; suggestion?: VariableName };

export type UnknownReason = 'unknown-name' | 'empty-prompt' | 'long-prompt' | 'unclosed' | 'single-braces';

const TOKEN_RE = /\{\{([^{}]*)\}\}|\{\{|\{\s*((?:author|product|incident)\.[A-Za-z]+)\s*\}/g;
const ASK_RE = /^ask\s*:(.*)$/is;

function suggest(name: string): VariableName | undefined {
  const n = name.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return VARIABLES.find((v) => v.toLowerCase() === n || v.toLowerCase().replace('.', '') === n.replace('.', ''));
}

/** Every `{{…}}` in `text`, in order, with its span. */
export function scanVariables(text: string): VariableToken[] {
  const out: VariableToken[] = [];
  if (!text.includes('{')) return out;
  // exec on the one global regex, not matchAll (which copies the regex for each text): a pack
  // lint scans every variant's text.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    if (m[2] !== undefined) {
      const name = m[2];
      out.push({ kind: 'unknown', name, start, end: start + raw.length, raw, reason: 'single-braces', suggestion: KNOWN.has(name) ? (name as VariableName) : suggest(name) });
      continue;
    }
    if (m[1] === undefined) {
      // `{{` with no `}}` before the next `{{` or the end: report up to the end of the line.
      const lineEnd = text.indexOf('\n', start);
      const end = Math.min(lineEnd < 0 ? text.length : lineEnd, start + 40);
      out.push({ kind: 'unknown', name: text.slice(start + 2, end), start, end, raw: text.slice(start, end), reason: 'unclosed' });
      continue;
    }
    const inner = m[1].trim();
    const end = start + raw.length;
    // Known names first (most tokens; none of them is a prompt).
    if (KNOWN.has(inner)) {
      out.push({ kind: 'variable', name: inner as VariableName, start, end, raw });
      continue;
    }
    const ask = ASK_RE.exec(inner);
    if (ask) {
      const prompt = ask[1]!.trim();
      if (prompt === '') out.push({ kind: 'unknown', name: inner, start, end, raw, reason: 'empty-prompt' });
      else if (prompt.length > MAX_PROMPT_CHARS) out.push({ kind: 'unknown', name: inner, start, end, raw, reason: 'long-prompt' });
      else out.push({ kind: 'ask', prompt, start, end, raw });
    } else out.push({ kind: 'unknown', name: inner, start, end, raw, reason: 'unknown-name', suggestion: suggest(inner) });
  }
  return out;
}

/** What the agent and the mention provide. */
export interface FillValues {
  author?: { name?: string; handle?: string };
  product?: { name?: string };
  /** Answers to `{{ask:…}}` prompts, by prompt text as written in the template. */
  answers?: Readonly<Record<string, string>>;
}

export interface FillOptions {
  /** The reply's language (BCP 47): picks the statement text and formats the date. */
  lang: string;
  incident?: IncidentLike;
  /** The customer's IANA time zone where known (else UTC, said so in the text). */
  timeZone?: string;
  values?: FillValues;
}

export type MissingReason =
  | 'no-value'
  | 'no-answer'
  | 'no-incident'
  | 'no-statement-text'
  | 'no-fact'
  | 'unknown-variable';

export interface MissingValue {
  /** The variable as written, e.g. `{{author.name}}` or `{{ask:order number}}`. */
  raw: string;
  /** Variable name, or the prompt for `ask`. */
  name: string;
  kind: VariableToken['kind'];
  reason: MissingReason;
  /** Where it still stands in the filled text. */
  start: number;
  end: number;
}

export interface FillResult {
  text: string;
  /** Empty when every variable and prompt was filled. */
  missing: MissingValue[];
  /** Where each inserted value stands in `text` (for highlighting). */
  filled: { name: string; start: number; end: number }[];
}

// Control characters (C0, DEL, C1) and bidi overrides/isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_RE = new RegExp('[\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]+', 'g');

/** A value from a mention or an agent: one line, no control characters, no braces (a display
 * name "{{incident.url}}" must not become a variable), at most 500 characters. */
export function cleanValue(v: string): string {
  return v
    .replace(CONTROLS_RE, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** The statement text for a language: exact tag, then same primary language (pt-BR for pt). */
export function statementTextFor(text: Readonly<Record<string, string>>, lang: string): string | undefined {
  if (text[lang] !== undefined) return text[lang];
  const base = baseLang(lang);
  if (text[base] !== undefined) return text[base];
  const key = Object.keys(text).find((k) => baseLang(k) === base);
  return key === undefined ? undefined : text[key];
}

// Building an Intl.DateTimeFormat costs far more than formatting with it: one pair per language
// and zone (a pack lint formats the next update once per X variant).
const formatterCache = new Map<string, { main: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

function formatters(lang: string, timeZone: string) {
  const key = `${lang}|${timeZone}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = {
      main: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }),
      zone: new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' }),
    };
    if (formatterCache.size > 200) formatterCache.clear();
    formatterCache.set(key, f);
  }
  return f;
}

/**
 * `nextUpdate` for a customer: in the reply's language, in the customer's time zone where known,
 * else in UTC; the zone is always named ("18 March 2025 at 17:00 CET" / "2025年3月18日 16:00 UTC").
 */
const formattedCache = new Map<string, string>();

export function formatNextUpdate(iso: string, lang: string, timeZone?: string): string {
  const key = `${iso}|${lang}|${timeZone ?? ''}`;
  let out = formattedCache.get(key);
  if (out === undefined) {
    out = formatUncached(iso, lang, timeZone);
    if (formattedCache.size > 1_000) formattedCache.clear();
    formattedCache.set(key, out);
  }
  return out;
}

function formatUncached(iso: string, lang: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = (tz: string) => {
    const f = formatters(lang, tz);
    // dateStyle/timeStyle cannot be combined with timeZoneName: add the zone's short name.
    const zone = f.zone.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
    const main = f.main.format(date);
    return zone ? `${main} ${zone}` : main;
  };
  try {
    return format(timeZone ?? 'UTC');
  } catch {
    // An unknown zone or language tag: UTC in English is still true.
    try {
      return format('UTC');
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
    }
  }
}

function valueFor(t: Extract<VariableToken, { kind: 'variable' }>, o: FillOptions): { value?: string; reason?: MissingReason } {
  const v = o.values;
  const some = (s: string | undefined) => (s !== undefined && cleanValue(s) !== '' ? { value: cleanValue(s) } : { reason: 'no-value' as const });
  switch (t.name) {
    case 'author.name':
      return some(v?.author?.name);
    case 'author.handle': {
      const r = some(v?.author?.handle);
      return r.value ? { value: r.value.startsWith('@') ? r.value : `@${r.value}` } : r;
    }
    case 'product.name':
      return some(v?.product?.name);
    case 'incident.summary': {
      if (!o.incident) return { reason: 'no-incident' };
      const text = statementTextFor(o.incident.statement.text, o.lang);
      return text === undefined ? { reason: 'no-statement-text' } : { value: text.trim() };
    }
    case 'incident.url': {
      if (!o.incident) return { reason: 'no-incident' };
      const url = o.incident.statement.facts.url;
      return url ? { value: url } : { reason: 'no-fact' };
    }
    case 'incident.nextUpdate': {
      if (!o.incident) return { reason: 'no-incident' };
      const at = o.incident.statement.facts.nextUpdate;
      return at ? { value: formatNextUpdate(at, o.lang, o.timeZone) } : { reason: 'no-fact' };
    }
  }
}

/** Fills `template`; what cannot be filled stays as written and is listed in `missing`.
 * `tokens`: scanVariables(template) where the caller has it already (the lint does). */
export function fillTemplate(template: string, o: FillOptions, tokens: readonly VariableToken[] = scanVariables(template)): FillResult {
  let text = '';
  let at = 0;
  const missing: MissingValue[] = [];
  const filled: FillResult['filled'] = [];
  for (const t of tokens) {
    text += template.slice(at, t.start);
    at = t.end;
    let value: string | undefined;
    let reason: MissingReason | undefined;
    if (t.kind === 'variable') ({ value, reason } = valueFor(t, o));
    else if (t.kind === 'ask') {
      const answer = o.values?.answers?.[t.prompt];
      value = answer === undefined ? undefined : cleanValue(answer) || undefined;
      reason = value === undefined ? 'no-answer' : undefined;
    } else reason = 'unknown-variable';
    if (value !== undefined) {
      filled.push({ name: t.kind === 'ask' ? `ask:${t.prompt}` : t.kind === 'variable' ? t.name : t.name, start: text.length, end: text.length + value.length });
      text += value;
    } else {
      missing.push({ raw: t.raw, name: t.kind === 'ask' ? t.prompt : t.name, kind: t.kind, reason: reason ?? 'no-value', start: text.length, end: text.length + t.raw.length });
      text += t.raw;
    }
  }
  text += template.slice(at);
  return { text, missing, filled };
}

/** The fill-in prompts of a template, in order, each once: what the agent must answer. */
export function askPrompts(template: string): string[] {
  return [...new Set(scanVariables(template).flatMap((t) => (t.kind === 'ask' ? [t.prompt] : [])))];
}
