/**
 * Contradicting the statement's facts: a number, a date, a time or a scope that differs from what
 * the statement says. The reference is everything the statement states: its facts and its text in
 * the reply's language and in English. A reply figure is compared only with figures of the same
 * kind (people with people, days with days, products with products), a date with the statement's
 * dates (the next update's date when the sentence is about the next update), a time only when the
 * reply names its zone, and a product or batch code, or a place next to "warehouse", "batch",
 * "model"…, with the ones the statement names.
 *
 * Left alone on purpose: dates and figures about the customer's own order ("your order of 12
 * June"), and a deadline (the promise rule reports those).
 */
import type { IncidentLike } from '../incident/schema.ts';
import { findDates, findTimes, sameDay, type DateMention, type TimeMention } from './dates.ts';
import { englishNumberWords } from './english.ts';
import { foldText, originalSpan } from './fold.ts';
import { compiled, type CompiledLang } from './lang/compile.ts';
import { en as enTable } from './lang/en.ts';
import { clauseAt, CONTRADICTION_HINT, createCtx, matches, report, sentenceAt, testIn, type LintCtx } from './lint-context.ts';
import { agrees, mayHaveWordedNumber, quantities, sameKind, unitAfter, type Quantity } from './numbers.ts';
import { relativeDayContradictions, weekdayContradictions } from './rules-weekday.ts';
import { scopeContradictions } from './rules-scope.ts';
import { deniedFacts } from './rules-denied.ts';
import { CODE_RE } from './stale.ts';
import { statementTextFor } from './variables.ts';
import type { Span } from './clauses.ts';

interface RefQuantity extends Quantity {
  lang: string;
  label: string;
}

interface Reference {
  quantities: RefQuantity[];
  dates: DateMention[];
  months: Set<number>;
  nextUpdate?: NextUpdate;
  codes: Set<string>;
  words: Set<string>;
  /** Does the statement give a duration (hours, days, weeks)? */
  hasDuration: boolean;
}

interface NextUpdate {
  /** Its UTC date, and time of day in minutes. */
  date: DateMention;
  minutes: number;
  at: number;
  label: string;
}

/** The next update's date as a reply may give it: in UTC, or where a time in the sentence
 * names its zone, in that zone ("19 March, 1:00 JST" for 18 March 16:00 UTC). */
function updateDays(c: LintCtx, next: NextUpdate, times: readonly TimeMention[], d: DateMention): DateMention[] {
  const sen = sentenceAt(c, d.start);
  const out: DateMention[] = [next.date];
  for (const tm of times) {
    if (tm.offsets === undefined || tm.start < sen.start || tm.start >= sen.end) continue;
    for (const o of tm.offsets) {
      const local = new Date(next.at + o * 60_000);
      out.push({ start: 0, end: 0, year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() });
    }
    // The zone's date, not UTC's: "18 March, 1:00 JST" is a day early.
    out.shift();
    break;
  }
  return out;
}

const URL_RE = /(?:https?:\/\/|www\.)\S+/gu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu;

function spansOf(re: RegExp, s: string): Span[] {
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function linkSpans(s: string): Span[] {
  const out = s.includes('http') || s.includes('www.') ? spansOf(URL_RE, s) : [];
  return s.includes('@') ? out.concat(spansOf(EMAIL_RE, s)) : out;
}

// Codes have a digit: text without digits has none.
function codeSpans(s: string): Span[] {
  return /\d/.test(s) ? spansOf(CODE_RE, s) : [];
}

const refCache = new WeakMap<object, Map<string, Reference>>();

/** What one statement text says, read with one language's table. */
interface SourceFacts {
  quantities: (Quantity & { label: string })[];
  dates: DateMention[];
  codes: string[];
}

/** By table, then text: the English facts and statement text are part of every language's
 * reference, and were read again for each reply language (the first lint of a pack builds eight). */
const sourceCache = new WeakMap<CompiledLang, Map<string, SourceFacts>>();

function readSource(text: string, t: CompiledLang, zh: boolean): SourceFacts {
  let perTable = sourceCache.get(t);
  if (!perTable) sourceCache.set(t, (perTable = new Map()));
  const key = `${zh ? 1 : 0}${text}`;
  const cached = perTable.get(key);
  if (cached) return cached;
  const folded = foldText(text, { zh });
  const dates = findDates(folded.text, t);
  const times = findTimes(folded.text);
  const skip = (dates as Span[]).concat(times, linkSpans(folded.text), codeSpans(folded.text));
  const out: SourceFacts = { quantities: [], dates, codes: [] };
  for (const q of quantities(folded.text, t, skip)) {
    const o = originalSpan(folded, q.start, q.end);
    out.quantities.push({ ...q, label: text.slice(o.start, o.end) });
  }
  for (const m of folded.text.matchAll(CODE_RE)) out.codes.push(m[0]);
  perTable.set(key, out);
  return out;
}

/** The words of the statement, its facts, the incident's title and keywords: the same for every
 * language. By statement (as refCache), for the incident they were read with. */
const wordsCache = new WeakMap<object, { incident: IncidentLike; words: Set<string> }>();

function reference(incident: IncidentLike, lang: string, t: CompiledLang): Reference {
  const st = incident.statement;
  let perLang = refCache.get(st);
  if (!perLang) refCache.set(st, (perLang = new Map()));
  const cached = perLang.get(lang);
  if (cached) return cached;

  const enT = compiled(enTable);
  const factTexts = Object.entries(st.facts)
    .filter(([k, v]) => k !== 'url' && k !== 'nextUpdate' && typeof v === 'string')
    .map(([, v]) => v as string);
  // Facts are usually written in English; read them as English and as the reply's language.
  const sources: { text: string; t: CompiledLang; lang: string }[] = [];
  for (const f of factTexts) {
    sources.push({ text: f, t: enT, lang: 'en' });
    if (t !== enT) sources.push({ text: f, t, lang });
  }
  const own = statementTextFor(st.text, lang);
  if (own) sources.push({ text: own, t, lang });
  const english = statementTextFor(st.text, 'en');
  if (english && english !== own) sources.push({ text: english, t: enT, lang: 'en' });

  const ref: Reference = { quantities: [], dates: [], months: new Set(), codes: new Set(), words: new Set(), hasDuration: false };
  for (const src of sources) {
    const read = readSource(src.text, src.t, src.lang === 'zh');
    for (const q of read.quantities) {
      ref.quantities.push({ ...q, lang: src.lang });
      if (q.unit === 'hour' || q.unit === 'day' || q.unit === 'week') ref.hasDuration = true;
    }
    for (const d of read.dates) {
      ref.dates.push(d);
      ref.months.add(d.month);
    }
    for (const code of read.codes) ref.codes.add(code);
  }
  let words = wordsCache.get(st)?.incident === incident ? wordsCache.get(st)!.words : undefined;
  if (!words) {
    words = new Set();
    for (const text of [...Object.values(st.text), ...factTexts, incident.title ?? '', ...(incident.keywords ?? [])]) {
      for (const w of foldText(text).text.match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
    }
    wordsCache.set(st, { incident, words });
  }
  ref.words = words;
  const next = st.facts.nextUpdate;
  if (next) {
    const d = new Date(next);
    if (!Number.isNaN(d.getTime())) {
      const date: DateMention = { start: 0, end: 0, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      ref.nextUpdate = { date, minutes: d.getUTCHours() * 60 + d.getUTCMinutes(), at: d.getTime(), label: next };
      ref.dates.push(date);
      ref.months.add(date.month);
    }
  }
  perLang.set(lang, ref);
  return ref;
}

// Module constants, not literals in the functions: esbuild (tsx, the CLI build; target node20)
// turns a literal with \p{…} into `new RegExp(…)`, made again at every call.
const NAME_AFTER_RE = /^(?:\s+(?:de|del|di|da|du|in|im|en|em|a|à|from|at|of|d'))?\s+([\p{L}][\p{L}'-]*)/u;
const NAME_BEFORE_RE = /([\p{L}][\p{L}'-]*)\s+$/u;
const CAPITAL_RE = /^\p{Lu}/u;
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

const inside = (spans: readonly Span[], a: number, b: number) => spans.some((s) => a >= s.start && b <= s.end);

const yourOrder = (c: LintCtx, t: CompiledLang, at: number) => testIn(c, t.yourOrder, clauseAt(c, at));
const aboutUpdate = (c: LintCtx, t: CompiledLang, at: number) => testIn(c, t.update, sentenceAt(c, at));

/** Keeps a call's memory bounded whatever it lints: a pack's sentences are a few thousand. */
const MAX_SENTENCES = 20_000;

// A figure's unit is read up to 40 characters after it (numbers.ts unitAfter), across a full stop
// after an abbreviation ("480 Tsd. Kundinnen", "48k. customers"); a month name before a full stop
// and a day after it ("Mar. 5") make one date. So a text is cut after a sentence only where no
// figure ends in its last 48 characters and the next sentence does not start with one.
const FIGURE_RE = /[\d〇零一二两三四五六七八九十百千万亿億]/u;
const LEADING_FIGURE_RE = /^\s*[\d〇零一二两三四五六七八九十百千万亿億]/u;

/** Where the facts rule may cut folded `s` between `sentences` (their ends), by the rule above. */
function cuts(s: string, sentences: readonly Span[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = sentences[i]!;
    if (FIGURE_RE.test(s.slice(Math.max(a.start, a.end - 48), a.end)) || LEADING_FIGURE_RE.test(s.slice(a.end, a.end + 8))) continue;
    out.push(a.end);
  }
  return out;
}

/**
 * The facts rule reads a text a few sentences at a time: a figure, date, time or code is compared
 * within its sentence (the update's date with the times of its sentence, "your order" in its
 * clause), so a text's findings are those of its parts (cut where cuts() allows) moved to where
 * each part stands. A pack repeats its sentences across templates and channels (the bench pack,
 * bench/lint.ts: 19,818 sentences in its texts, 1,958 different), and a call (c.memo) checks each
 * part once.
 */
export function factContradictions(c: LintCtx): void {
  const t = c.t;
  const incident = c.incident;
  if (!t || !incident) return;
  const at = c.sentences.length > 1 ? cuts(c.s, c.sentences) : [];
  if (at.length === 0) {
    sentenceFacts(c, t, incident);
    return;
  }
  const memo = c.memo?.facts;
  at.push(c.s.length);
  let from = 0;
  for (const to of at) {
    const o = originalSpan(c.folded, from, to);
    from = to;
    const text = c.text.slice(o.start, o.end);
    const key = `${c.lang}\u0000${text}`;
    let found = memo?.get(key);
    if (!found) {
      const part = createCtx(text, { lang: c.lang, channel: c.channel, incident, memo: c.memo, now: c.now });
      sentenceFacts(part, t, incident);
      found = part.findings;
      if (memo) {
        if (memo.size >= MAX_SENTENCES) memo.clear();
        memo.set(key, found);
      }
    }
    for (const f of found) c.findings.push({ rule: f.rule, severity: f.severity, start: f.start + o.start, end: f.end + o.start, message: f.message, hint: f.hint });
  }
}

/** The facts rule over the whole text at once: what factContradictions' parts add up to (a test
 * checks it on every labelled reply and on random joins of their sentences). */
export function wholeTextFacts(c: LintCtx): void {
  if (c.t && c.incident) sentenceFacts(c, c.t, c.incident);
}

function sentenceFacts(c: LintCtx, t: CompiledLang, incident: IncidentLike): void {
  const ref = reference(incident, c.lang, t);
  // Only what the statement gives can be contradicted: no figures, dates or codes in it, nothing
  // to compare (and nothing to read in the reply).
  const digits = /\d/.test(c.s);
  const deadlines: Span[] = [];
  if (ref.dates.length > 0 || ref.nextUpdate) for (const [, a, b] of c.hits.deadlines) deadlines.push({ start: a, end: b });
  const dates = ref.dates.length > 0 || ref.months.size > 0 ? findDates(c.s, t) : [];
  const times = ref.nextUpdate && digits ? findTimes(c.s, ref.nextUpdate.at) : [];

  for (const d of dates) {
    if (yourOrder(c, t, d.start)) continue;
    // "The next update comes on 19 March": a deadline for the update is its date, compared here
    // (the promise rule leaves deadlines in update sentences alone).
    if (aboutUpdate(c, t, d.start) && ref.nextUpdate) {
      if (d.day !== undefined && !updateDays(c, ref.nextUpdate, times, d).some((u) => sameDay(d, u))) {
        report(c, 'contradiction', d.start, d.end, { key: 'lint.contradiction.date.message', params: { expected: ref.nextUpdate.label } }, CONTRADICTION_HINT);
      }
      continue;
    }
    if (inside(deadlines, d.start, d.end)) continue;
    const known = d.day === undefined ? ref.months.size === 0 || ref.months.has(d.month) : ref.dates.length === 0 || ref.dates.some((r) => r.day !== undefined && sameDay(d, r));
    if (!known) {
      const expected = ref.dates.filter((r) => r.day !== undefined).map((r) => `${r.day}/${r.month}`).join(', ');
      report(c, 'contradiction', d.start, d.end, { key: 'lint.contradiction.date.message', params: { expected } }, CONTRADICTION_HINT);
    }
  }

  if (ref.nextUpdate) {
    weekdayContradictions(c, t, ref.nextUpdate.label, (deadlines as Span[]).concat(dates));
    relativeDayContradictions(c, t, ref.nextUpdate.label);
  }

  if (ref.nextUpdate) {
    for (const tm of times) {
      // Without a zone the reader cannot tell which time is meant: not compared.
      if (tm.offsets === undefined || !aboutUpdate(c, t, tm.start)) continue;
      const utc = (offset: number) => (((tm.hour * 60 + tm.minute - offset) % 1440) + 1440) % 1440;
      if (!tm.offsets.some((o) => utc(o) === ref.nextUpdate!.minutes)) {
        report(c, 'contradiction', tm.start, tm.end, { key: 'lint.contradiction.time.message', params: { expected: ref.nextUpdate.label } }, CONTRADICTION_HINT);
      }
    }
  }

  const codes = codeSpans(c.s);
  const urlSpans = linkSpans(c.s);
  // concat, not spreading (mostly empty) arrays: once per text, and the spread was the costliest
  // line of this function's own time in a pack's first lint (bench/lint.ts profile).
  const skip = (dates as Span[]).concat(times, urlSpans, codes);
  // Figures need a digit, a Chinese/Japanese numeral with 十/百/千/万 (四万八千), or a duration in
  // words ("zwei Wochen", "a week", 两周).
  // Durations in words are compared only with the statement's durations: read only if it has one.
  const words = ref.hasDuration ? c.base : undefined;
  const numeric = ref.quantities.length > 0 && (digits || ((c.base === 'ja' || c.base === 'zh') && /[十百千万亿億]/u.test(c.s)) || (words !== undefined && mayHaveWordedNumber(c.s, t, words)));
  const qs = ref.quantities.length > 0 && numeric ? quantities(c.s, t, skip, words) : [];
  if (c.base === 'en' && ref.quantities.length > 0) {
    for (const sen of c.sentences) {
      for (const n of englishNumberWords(c.s.slice(sen.start, sen.end))) {
        const start = sen.start + n.start;
        const end = sen.start + n.end;
        const u = unitAfter(c.s, end, t);
        qs.push({ start, end: Math.max(end, u.end), value: n.value, max: n.value, unit: u.unit, word: u.word });
      }
    }
  }
  for (const q of qs) {
    if (q.unit === 'money' || yourOrder(c, t, q.start)) continue;
    const refs = ref.quantities.filter((r) => sameKind(q, r) && (q.unit !== 'word' || r.lang === c.base));
    // A duration in another unit than the statement's inside a deadline ("we reply within 24
    // hours") is a promise about something else (the promise rule reads deadlines).
    if (refs.length > 0 && refs.every((r) => r.unit !== q.unit) && inside(deadlines, q.start, q.end)) continue;
    if (refs.length > 0 && !refs.some((r) => agrees(q, r))) {
      report(c, 'contradiction', q.start, q.end, { key: 'lint.contradiction.number.message', params: { expected: refs.map((r) => r.label).join('; ') } }, CONTRADICTION_HINT);
    }
  }

  // Scope: a product or batch code the statement does not name…
  if (ref.codes.size > 0) {
    for (const s of codes) {
      if (inside(urlSpans, s.start, s.end)) continue;
      const code = c.s.slice(s.start, s.end);
      if (!ref.codes.has(code)) report(c, 'contradiction', s.start, s.end, { key: 'lint.contradiction.scope.message', params: { expected: [...ref.codes].join(', ').toUpperCase() } }, CONTRADICTION_HINT);
    }
  }
  // …or exposed what the statement says was not (rules-denied.ts)…
  deniedFacts(c);
  // …or a place the affected units are limited to, or all of them (rules-scope.ts)…
  scopeContradictions(c, ref.words, incident.statement.facts.affected ?? '');
  // …or a place or name next to a scope noun ("our Lyon warehouse", "entrepôt de Lyon").
  if (c.base === 'ja' || c.base === 'zh' || !t.scopeNounsLoose.test(c.s)) return;
  for (const [a, b] of matches(t.scopeNouns, c.s)) {
    const after = NAME_AFTER_RE.exec(c.s.slice(b));
    const before = c.base === 'en' ? NAME_BEFORE_RE.exec(c.s.slice(Math.max(0, a - 30), a)) : null;
    const candidates: [number, number][] = [];
    if (after) candidates.push([b + after[0].length - after[1]!.length, b + after[0].length]);
    if (before) candidates.push([a - before[0].length, a - before[0].length + before[1]!.length]);
    for (const [x, y] of candidates) {
      const o = originalSpan(c.folded, x, y);
      const word = c.text.slice(o.start, o.end);
      const sen = sentenceAt(c, x);
      // A proper name: capitalised in the original, not the first word of its sentence.
      if (!CAPITAL_RE.test(word) || x <= sen.start + 1 || ref.words.has(c.s.slice(x, y)) || t.months.has(c.s.slice(x, y)) || t.weekdays.includes(c.s.slice(x, y))) continue;
      if (c.base === 'de' && !CAPITALISED_WORD_RE.test(word)) continue;
      report(c, 'contradiction', x, y, { key: 'lint.contradiction.scope.message', params: { expected: incident.statement.facts.affected ?? '' } }, CONTRADICTION_HINT);
    }
  }
}
