/**
 * Dates and times in folded text, in the eight languages' usual spellings: "18 March 2025",
 * "March 18", "18. März", "18 de marzo", "18 mars", "18 marzo", "18 de março", "2025年3月18日",
 * "3月18日", ISO "2025-03-18", German "18.03.2025"; ranges whose first day borrows the month of
 * the second ("between 1 and 14 March", "vom 8. bis 12. Juni", "6月10日から12日"); a month alone
 * ("sold in February"); clock times with an optional zone ("16:00 UTC", "17:00 MEZ", "9 h 00",
 * "4 pm", "16時", "北京时间16点").
 */
import type { Span } from './clauses.ts';
import type { CompiledLang } from './lang/compile.ts';

export interface DateMention extends Span {
  month: number;
  /** Missing for a month alone. */
  day?: number;
  year?: number;
}

export interface TimeMention extends Span {
  hour: number;
  minute: number;
  /** Offset from UTC in minutes when the text names the zone. */
  offset?: number;
}

/** Zone abbreviations people write after a time. Ambiguous ones (CST, IST) are left out. */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, wet: 0, west: 60, bst: 60, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660,
  日本時間: 540, 東京時間: 540, 北京时间: 480, 北京時間: 480, 中国时间: 480,
};
const ZONE_AFTER = new RegExp(String.raw`^\s*\(?\s*(${Object.keys(ZONES).filter((z) => /^[a-z]+$/.test(z)).join('|')})(?![a-z\u00df-\u024f])(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?`, 'u');
const ZONE_BEFORE = /(日本時間|東京時間|北京时间|北京時間|中国时间)\s*$/u;

const CJK_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthAlt(t: CompiledLang): string {
  return [...t.months.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

interface DateRes {
  /** Any month name at all: most replies have none, and then the three scans below are skipped. */
  anyMonth: RegExp;
  rangeEnd: RegExp;
  dayMonth: RegExp;
  monthDay: RegExp;
  rangeStart: RegExp;
  monthOnly: RegExp;
  /** The names monthOnly finds, when they are plain words: each of its matches holds one, so a
   * text with none is not scanned (the regex starts with a look-behind, and a short month name
   * in another word, "may" or "dec", passes anyMonth). */
  monthOnlyWords?: readonly string[];
}
const dateRes = new WeakMap<CompiledLang, DateRes>();

function resFor(t: CompiledLang): DateRes | undefined {
  if (t.months.size === 0) return undefined;
  let r = dateRes.get(t);
  if (!r) {
    const M = monthAlt(t);
    const ORD = String.raw`(?:\.|er|º|°|st|nd|rd|th)?`;
    const day = String.raw`(?<![0-9.,:/])(\d{1,2})${ORD}`;
    r = {
      anyMonth: new RegExp(`(?:${M})`, 'u'),
      rangeEnd: new RegExp(String.raw`^\d{1,2}${ORD}\s*(?:de\s+|of\s+)?(${M})`, 'u'),
      dayMonth: new RegExp(String.raw`${day}\s*(?:de\s+|of\s+|d'\s*)?(${M})\.?(?![a-z\u00df-\u024f])(?:,?\s*(?:de\s+|del\s+)?(\d{4}))?`, 'gu'),
      monthDay: new RegExp(String.raw`(?<![a-z\u00df-\u024f])(${M})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![0-9:.,]\d)(?!\d)(?:,?\s+(\d{4}))?`, 'gu'),
      rangeStart: new RegExp(
        String.raw`${day}\s*(?:-|~|〜|to|and|until|till|through|bis|und|y|al|a|e|et|au|à|ao)\s*(?:el\s+|le\s+|il\s+|den\s+|the\s+|dem\s+|l')?(?=\d{1,2}${ORD}\s*(?:de\s+|of\s+)?(?:${M})(?![a-z\u00df-\u024f]))`,
        'gu',
      ),
      monthOnly: new RegExp(String.raw`(?<![a-z\u00df-\u024f])(${[...t.monthOnly].join('|')})(?![a-z\u00df-\u024f])`, 'gu'),
      monthOnlyWords: [...t.monthOnly].every((m) => /^\p{L}+$/u.test(m)) ? [...t.monthOnly] : undefined,
    };
    dateRes.set(t, r);
  }
  return r;
}

const overlaps = (spans: readonly Span[], a: number, b: number) => spans.some((s) => a < s.end && b > s.start);

/** Dates in `text` (folded) for a language; CJK forms and ISO dates are read in every language. */
export function findDates(text: string, t: CompiledLang): DateMention[] {
  const out: DateMention[] = [];
  const digits = /\d/.test(text);
  const push = (d: DateMention) => {
    if (d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31)) && !overlaps(out, d.start, d.end)) out.push(d);
  };
  if (digits) for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu)) push({ start: m.index, end: m.index + m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]! });
  // 2025年3月18日, 3月18日, 6月10日から12日.
  if (digits && text.includes('月')) for (const m of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/gu)) {
    const year = m[1] ? +m[1] : undefined;
    const end = m.index + m[0].length;
    push({ start: m.index, end, year, month: +m[2]!, day: +m[3]! });
    const to = /^\s*(?:から|至|到|〜|~|-|～)\s*(\d{1,2})[日号]/u.exec(text.slice(end));
    if (to) push({ start: end + to[0].length - to[1]!.length - 1, end: end + to[0].length, year, month: +m[2]!, day: +to[1]! });
  }
  if (digits && text.includes('日')) for (const m of text.matchAll(/(?<!\d)(\d{1,2})日\s*(?:から|至|到|〜|~|-|～)\s*(?=(\d{1,2})月|(\d{4})年)/gu)) {
    const next = /(?:(\d{4})年)?(\d{1,2})月/u.exec(text.slice(m.index + m[0].length));
    if (next) push({ start: m.index, end: m.index + m[0].length, month: +next[2]!, day: +m[1]! });
  }
  const r = resFor(t);
  const months = r !== undefined && r.anyMonth.test(text);
  if (r && digits && months) {
    for (const m of text.matchAll(r.dayMonth)) push({ start: m.index, end: m.index + m[0].length, day: +m[1]!, month: t.months.get(m[2]!)!, year: m[3] ? +m[3] : undefined });
    for (const m of text.matchAll(r.monthDay)) push({ start: m.index, end: m.index + m[0].length, month: t.months.get(m[1]!)!, day: +m[2]!, year: m[3] ? +m[3] : undefined });
    for (const m of text.matchAll(r.rangeStart)) {
      const rest = text.slice(m.index + m[0].length);
      const second = r.rangeEnd.exec(rest);
      if (second) push({ start: m.index, end: m.index + m[1]!.length, day: +m[1]!, month: t.months.get(second[1]!)! });
    }
  }
  // German and friends: 18.03.2025 / 18.03.
  if (t.decimal === ',' && digits) {
    for (const m of text.matchAll(/(?<![0-9.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?/gu)) push({ start: m.index, end: m.index + m[0].length, day: +m[1]!, month: +m[2]!, year: m[3] ? (m[3].length === 2 ? 2000 + +m[3] : +m[3]) : undefined });
  }
  // A month alone: "sold in February", "im Februar", "三月上旬", "3月に".
  if (r && months && (!r.monthOnlyWords || r.monthOnlyWords.some((w) => text.includes(w)))) for (const m of text.matchAll(r.monthOnly)) push({ start: m.index, end: m.index + m[0].length, month: t.months.get(m[1]!)! });
  if (text.includes('月')) for (const m of text.matchAll(/(?<![0-9一二三四五六七八九十])(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?![0-9一二三四五六七八九十]{1,2}[日号])(?!曜)/gu)) {
    const month = /^\d/.test(m[1]!) ? +m[1]! : CJK_MONTH[m[1]!];
    if (month !== undefined) push({ start: m.index, end: m.index + m[0].length, month });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Every clock time has a digit followed by ":", "h", ".", am/pm, Uhr, 時 or 点.
const TIME_HINT_RE = /\d\s?(?:[:h.]\s?\d|a\.?m|p\.?m|uhr|時|点)/u;

/** Clock times in `text` (folded). */
export function findTimes(text: string): TimeMention[] {
  const out: TimeMention[] = [];
  if (!TIME_HINT_RE.test(text)) return out;
  const add = (start: number, end: number, hour: number, minute: number) => {
    if (hour > 24 || minute > 59 || out.some((o) => start < o.end && end > o.start)) return;
    let offset: number | undefined;
    let stop = end;
    const after = ZONE_AFTER.exec(text.slice(end));
    if (after) {
      offset = ZONES[after[1]!]! + (after[2] ? (after[2] === '-' ? -1 : 1) * (+after[3]! * 60 + (after[4] ? +after[4] : 0)) : 0);
      stop = end + after[0].length;
    }
    const before = ZONE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (offset === undefined && before) offset = ZONES[before[1]!];
    out.push({ start, end: stop, hour, minute, offset });
  };
  for (const m of text.matchAll(/(?<![0-9.:])(\d{1,2})\s?(?::|h|\.)\s?(\d{2})(?!\d)(?:\s*uhr)?\s*(a\.?m\.?|p\.?m\.?)?/gu)) {
    // 18.03 is a date in German, not a time: the dot form only with "Uhr".
    if (m[0].includes('.') && !/uhr/u.test(m[0]) && !m[3]) continue;
    let h = +m[1]!;
    if (m[3]?.startsWith('p') && h < 12) h += 12;
    if (m[3]?.startsWith('a') && h === 12) h = 0;
    add(m.index, m.index + m[0].length, h, +m[2]!);
  }
  for (const m of text.matchAll(/(?<![0-9.:])(\d{1,2})\s?(a\.?m\.?|p\.?m\.?|uhr)(?![a-z\u00df-\u024f])/gu)) {
    let h = +m[1]!;
    if (m[2]!.startsWith('p') && h < 12) h += 12;
    if (m[2]!.startsWith('a') && h === 12) h = 0;
    add(m.index, m.index + m[0].length, h, 0);
  }
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})(?:時|点|時|点钟)(?:(\d{1,2})分|半)?/gu)) add(m.index, m.index + m[0].length, +m[1]!, m[2] ? +m[2] : m[0].endsWith('半') ? 30 : 0);
  return out.sort((a, b) => a.start - b.start);
}

/** Does a reply's date agree with a reference date? A month alone agrees with any date in that
 * month; years are compared only when both give one. */
export function sameDay(a: DateMention, ref: DateMention): boolean {
  if (a.month !== ref.month) return false;
  if (a.year !== undefined && ref.year !== undefined && a.year !== ref.year) return false;
  if (a.day === undefined) return true;
  return ref.day === a.day;
}
