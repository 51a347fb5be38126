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
  /** Offset from UTC in minutes when the text names the zone (the first of `offsets`). */
  offset?: number;
  /** Every offset the named zone can mean at that date: a place in summer or winter time when
   * no date is given, both of a pair people mix up (CET for CEST, EST for EDT). */
  offsets?: number[];
}

/** A zone's offset in minutes, or a place's rule that depends on the date; an abbreviation of a
 * winter/summer pair (`lit`) also means the time in force at that date (many write CET all
 * year round). */
type Zone = number | { std: number; dst: 'eu' | 'us'; lit?: number };

/**
 * Zone names people write after (or, in Chinese and Japanese, before) a time, folded. Ambiguous
 * abbreviations (CST, IST) are left out. Places follow their summer time rule (EU: last Sunday of
 * March to last Sunday of October, 01:00 UTC; US: second Sunday of March to first Sunday of
 * November), so "17 h, heure de Paris" is 16:00 UTC in March and 15:00 UTC in May.
 */
const CE = { std: 60, dst: 'eu' } as const;
const WE = { std: 0, dst: 'eu' } as const;
const ZONES: Record<string, Zone> = {
  utc: 0, gmt: 0, z: 0, bst: 60,
  wet: { lit: 0, std: 0, dst: 'eu' }, west: { lit: 60, std: 0, dst: 'eu' }, cet: { lit: 60, std: 60, dst: 'eu' }, mez: { lit: 60, std: 60, dst: 'eu' },
  cest: { lit: 120, std: 60, dst: 'eu' }, mesz: { lit: 120, std: 60, dst: 'eu' }, eet: { lit: 120, std: 120, dst: 'eu' }, eest: { lit: 180, std: 120, dst: 'eu' },
  est: { lit: -300, std: -300, dst: 'us' }, edt: { lit: -240, std: -300, dst: 'us' }, cdt: { lit: -300, std: -360, dst: 'us' },
  mst: { lit: -420, std: -420, dst: 'us' }, mdt: { lit: -360, std: -420, dst: 'us' }, pst: { lit: -480, std: -480, dst: 'us' }, pdt: { lit: -420, std: -480, dst: 'us' },
  jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660,
  日本時間: 540, 東京時間: 540, 北京时间: 480, 北京時間: 480, 中国时间: 480,
  'paris time': CE, 'berlin time': CE, 'central european time': CE, 'central european summer time': CE, 'german time': CE, 'french time': CE, 'spanish time': CE, 'italian time': CE,
  'heure de paris': CE, 'heure francaise': CE, 'heure de france': CE, 'heure locale francaise': CE,
  'deutscher zeit': CE, 'deutsche zeit': CE, 'berliner zeit': CE, 'mitteleuropaischer zeit': CE, 'mitteleuropaische zeit': CE, 'mitteleuropaischer sommerzeit': CE,
  'hora de madrid': CE, 'hora peninsular': CE, 'hora espanola': CE, 'hora de espana': CE, 'hora central europea': CE,
  'ora italiana': CE, 'ora di roma': CE, 'ora locale italiana': CE,
  'hora de lisboa': WE, 'hora de portugal': WE, 'horario de lisboa': WE, 'hora portuguesa': WE, 'london time': WE, 'uk time': WE, 'british time': WE,
  'horario de brasilia': -180, 'hora de brasilia': -180, 'brasilia time': -180,
  'eastern time': { std: -300, dst: 'us' }, eastern: { std: -300, dst: 'us' }, 'pacific time': { std: -480, dst: 'us' }, pacific: { std: -480, dst: 'us' },
  'central time': { std: -360, dst: 'us' }, 'mountain time': { std: -420, dst: 'us' },
  'japan time': 540, 'tokyo time': 540, 'beijing time': 480, 'china time': 480,
};
const ZONE_NAMES = Object.keys(ZONES).sort((a, b) => b.length - a.length);
const ZONE_AFTER = new RegExp(String.raw`^\s*[,(（]?\s*(?:[(（]\s*)?(${ZONE_NAMES.join('|')})(?![a-z\u00df-\u024f])(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*[)）]?`, 'u');
// Before the date and time it qualifies: 日本時間3月19日午前1時, 北京时间5月5日晚上8点.
const ZONE_BEFORE = /(日本時間|東京時間|北京时间|北京時間|中国时间)[^。！？!?\n]{0,14}$/u;

const DAY = 86_400_000;
/** The Sunday on or before `ms` (UTC). */
const sundayOnOrBefore = (ms: number) => ms - new Date(ms).getUTCDay() * DAY;

/** Is `at` (ms) inside summer time by the EU or US rule? */
function inSummer(at: number, rule: 'eu' | 'us'): boolean {
  const y = new Date(at).getUTCFullYear();
  if (rule === 'eu') {
    const start = sundayOnOrBefore(Date.UTC(y, 2, 31)) + 3_600_000;
    const end = sundayOnOrBefore(Date.UTC(y, 9, 31)) + 3_600_000;
    return at >= start && at < end;
  }
  // Second Sunday of March and first Sunday of November, 02:00 local (about 07:00 UTC).
  const start = sundayOnOrBefore(Date.UTC(y, 2, 14)) + 7 * 3_600_000;
  const end = sundayOnOrBefore(Date.UTC(y, 10, 7)) + 6 * 3_600_000;
  return at >= start && at < end;
}

/** The offsets a zone can mean at `at` (ms), or at any date when `at` is not given. */
function zoneOffsets(z: Zone, at: number | undefined): number[] {
  if (typeof z === 'number') return [z];
  const inForce = at === undefined ? [z.std, z.std + 60] : [inSummer(at, z.dst) ? z.std + 60 : z.std];
  return z.lit === undefined ? inForce : [...new Set([z.lit, ...inForce])];
}

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
const TIME_HINT_RE = /\d\s?(?:[:.]\s?\d|h(?![a-z])|a\.?m|p\.?m|uhr|時|点)/u;

/** Before a Chinese or Japanese hour: afternoon and evening add 12 (下午4点, 午後9時, 晚上8点). */
const CJK_PM = new Set(['下午', '傍晚', '晚上', '夜间', '夜里', '午後', '夜']);
const CJK_NOON = '中午';

/** Clock times in `text` (folded). `at` (ms): the moment the times are about, for zones with
 * summer time (without it, both of a place's offsets are allowed). */
export function findTimes(text: string, at?: number): TimeMention[] {
  const out: TimeMention[] = [];
  if (!TIME_HINT_RE.test(text)) return out;
  const add = (start: number, end: number, hour: number, minute: number) => {
    if (hour > 24 || minute > 59 || out.some((o) => start < o.end && end > o.start)) return;
    let offsets: number[] | undefined;
    let stop = end;
    const after = ZONE_AFTER.exec(text.slice(end, end + 60));
    if (after) {
      const shift = after[2] ? (after[2] === '-' ? -1 : 1) * (+after[3]! * 60 + (after[4] ? +after[4] : 0)) : 0;
      offsets = zoneOffsets(ZONES[after[1]!]!, at).map((o) => o + shift);
      stop = end + after[0].length;
    }
    const before = ZONE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (offsets === undefined && before) offsets = zoneOffsets(ZONES[before[1]!]!, at);
    out.push({ start, end: stop, hour, minute, offset: offsets?.[0], offsets });
  };
  for (const m of text.matchAll(/(?<![0-9.:])(\d{1,2})\s?(?::|h|\.)\s?(\d{2})(?!\d)(?:\s*uhr)?\s*(a\.?m\.?|p\.?m\.?)?/gu)) {
    // 18.03 is a date in German, not a time: the dot form only with "Uhr".
    if (m[0].includes('.') && !/uhr/u.test(m[0]) && !m[3]) continue;
    let h = +m[1]!;
    if (m[3]?.startsWith('p') && h < 12) h += 12;
    if (m[3]?.startsWith('a') && h === 12) h = 0;
    add(m.index, m.index + m[0].length, h, +m[2]!);
  }
  // "4 pm", "17 Uhr", and the French and Portuguese "17h", "14 h".
  for (const m of text.matchAll(/(?<![0-9.:])(\d{1,2})\s?(a\.?m\.?|p\.?m\.?|uhr|h)(?![a-z\u00df-\u024f0-9])/gu)) {
    let h = +m[1]!;
    if (m[2]!.startsWith('p') && h < 12) h += 12;
    if (m[2]!.startsWith('a') && h === 12) h = 0;
    add(m.index, m.index + m[0].length, h, 0);
  }
  for (const m of text.matchAll(/(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜间|夜里|午前|午後|夜|朝)?\s*(?<!\d)(\d{1,2})(?:時|点|時|点钟)(?:(\d{1,2})分|半)?/gu)) {
    let h = +m[2]!;
    const part = m[1];
    if (part && CJK_PM.has(part) && h < 12) h += 12;
    else if (part === CJK_NOON && h < 11) h += 12;
    else if ((part === '午前' || part === '凌晨') && h === 12) h = 0;
    add(m.index, m.index + m[0].length, h, m[3] ? +m[3] : m[0].endsWith('半') ? 30 : 0);
  }
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
