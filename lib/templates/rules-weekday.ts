/**
 * A weekday for the next update that is not the statement's: "the next update follows on Friday"
 * when `nextUpdate` is a Tuesday. Only a weekday in the same clause as an update word counts
 * ("orders from Monday are late" says nothing about the update), never a recurring one ("every
 * Friday", "on Fridays") or one inside a deadline (the promise rule reports those) or a date (the
 * date is compared instead). The customer may live anywhere from UTC−12 to UTC+14, so the
 * weekdays the update falls on there all agree.
 *
 * A day named relative to today ("the next update comes tomorrow", "Update morgen", "下次更新在明天")
 * is right on one day only and goes wrong as the reply or template ages: it contradicts the
 * statement's date unless it is denied ("not before tomorrow") or, when the moment the reply goes
 * out is known (insert mode, LintOptions.now), it names the update's day (relative-days.ts). The
 * fix is the same: `{{incident.nextUpdate}}`.
 */
import type { Span } from './clauses.ts';
import type { CompiledLang } from './lang/compile.ts';
import { clauseAt, CONTRADICTION_HINT, matches, negated, report, testIn, type LintCtx } from './lint-context.ts';
import { agreesWithNow, relativeOffset } from './relative-days.ts';

const HOUR = 3_600_000;
/** Before the name: a recurring day, not one day. */
const RECURRING = String.raw`(?<!\b(?:every|each|jeden|jede|chaque|cada|todos los|todas las|ogni|toda|todo) )`;
const ZH_DAYS = '一二三四五六日天';

/** A language's weekday regex, and strings of which each of its matches holds one. */
interface WeekdayRe {
  re: RegExp;
  /** Undefined when the names are not plain words (then the regex always runs). */
  words?: readonly string[];
}

const cache = new WeakMap<CompiledLang, WeekdayRe>();

/** One regex per language whose capture groups 1–7 are Monday … Sunday. */
function weekdayRe(t: CompiledLang, base: string): WeekdayRe {
  let w = cache.get(t);
  if (w) return w;
  let re: RegExp;
  if (base === 'zh') {
    // 周一 / 星期一 / 礼拜一, not 每周一次 (once a week) or 一周一 … ; 日 and 天 are both Sunday.
    const groups = [...ZH_DAYS.slice(0, 6)].map((d) => `(${d})`).join('|') + '|([日天])';
    re = new RegExp(String.raw`(?<![每一几两三四五六七八九十])(?:周|星期|礼拜)(?:${groups})(?![次个年])`, 'gu');
  } else if (base === 'ja') {
    re = new RegExp(`(?<!毎週)(?:${t.weekdays.map((d) => `(${d})`).join('|')})`, 'gu');
  } else {
    // Portuguese "segunda", "quarta"… are also ordinals ("segunda atualização"): only with -feira.
    const names = t.weekdays.map((d, i) => (base === 'pt' && i < 5 ? `(${d})[- ]feira` : `(${d})`));
    re = new RegExp(String.raw`${RECURRING}(?<![\p{L}\p{N}])(?:${names.join('|')})(?![\p{L}])`, 'gu');
  }
  // Every match holds a weekday name as written (or, in Chinese, 周, 星期 or 礼拜): a text with
  // none is not scanned. The regex starts with look-behinds, so the engine tries it at every
  // position of every text (bench/lint.ts pack, warm, profiled: 44 of 1,030 ms).
  const words = base === 'zh' ? ['周', '星期', '礼拜'] : t.weekdays;
  w = { re, words: words.every((d) => /^\p{L}+$/u.test(d)) ? words : undefined };
  cache.set(t, w);
  return w;
}

/** Monday = 0 … Sunday = 6, of `ms` in UTC. */
const weekdayOf = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

/** `nextUpdate`: the statement's ISO 8601 time, also the message's expected value. */
export function weekdayContradictions(c: LintCtx, t: CompiledLang, nextUpdate: string, skip: readonly Span[]): void {
  const { re, words } = weekdayRe(t, c.base);
  if (words && !words.some((d) => c.s.includes(d))) return;
  const at = Date.parse(nextUpdate);
  if (Number.isNaN(at)) return;
  const allowed = new Set([weekdayOf(at - 12 * HOUR), weekdayOf(at), weekdayOf(at + 14 * HOUR)]);
  re.lastIndex = 0;
  for (const m of c.s.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
    const day = m.slice(1).findIndex((g) => g !== undefined);
    if (day < 0 || allowed.has(day)) continue;
    if (!testIn(c, t.update, clauseAt(c, start))) continue;
    report(c, 'contradiction', start, end, { key: 'lint.contradiction.date.message', params: { expected: nextUpdate } }, CONTRADICTION_HINT);
  }
}

/** Literals one of which a relative day holds (folded), per language: most text has none, and
 * the relative-day regex with its word boundaries is not run on it. "In two days" forms are read
 * only with one of these in the text too ("tomorrow or in two days"): their "day" is everywhere. */
const RELATIVE_LITERALS: Readonly<Record<string, readonly string[]>> = {
  en: ['tomorrow', 'tonight', 'later today'],
  de: ['morgen', 'heute abend', 'heute noch'],
  es: ['manana', 'esta noche'],
  fr: ['demain', 'ce soir'],
  it: ['domani', 'stasera'],
  pt: ['amanha', 'noite'],
  ja: ['明日', '明後日', 'あす', 'あした', '今夜', '今晩', '本日中', '日後'],
  zh: ['明天', '后天', '明早', '今晚', '天后'],
};

/** "Next update tomorrow": a relative day in a clause about the update (see the top). */
export function relativeDayContradictions(c: LintCtx, t: CompiledLang, nextUpdate: string): void {
  const literals = RELATIVE_LITERALS[c.base];
  if (!literals || !literals.some((l) => c.s.includes(l)) || !testIn(c, t.update, { start: 0, end: c.s.length })) return;
  const update = Date.parse(nextUpdate);
  for (const [start, end] of matches(t.relativeDays, c.s)) {
    if (!testIn(c, t.update, clauseAt(c, start)) || negated(c, start, end)) continue;
    // Said at a known moment (insert mode), it may be right today.
    const offset = c.now === undefined || Number.isNaN(update) ? undefined : relativeOffset(c.s.slice(start, end));
    if (offset && agreesWithNow(offset, c.now!, update)) continue;
    report(c, 'contradiction', start, end, { key: 'lint.contradiction.date.message', params: { expected: nextUpdate } }, CONTRADICTION_HINT);
  }
}
