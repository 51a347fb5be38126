/**
 * Quantities in folded text: a number (digits in the language's grouping, Chinese/Japanese
 * numerals with 万/千, a range "3 to 5") and what it counts ("1,200 units", "48.000 Kunden",
 * "約5万人", "3 bis 5 Tage"). The contradiction rule compares a reply's quantities with the
 * statement's by the class of what they count: people with people, days with days, products with
 * products, whatever each language calls them.
 */
import type { Span } from './clauses.ts';
import type { CompiledLang } from './lang/compile.ts';

export type UnitClass = 'person' | 'day' | 'hour' | 'week' | 'month' | 'unit' | 'percent' | 'money' | 'word';

export interface Quantity {
  start: number;
  end: number;
  /** The value, or the low end of a range. */
  value: number;
  /** The high end of a range ("3 to 5 days"). */
  max: number;
  unit: UnitClass;
  /** The counted word (folded) when `unit` is `word`. */
  word?: string;
}

// Stems of what a quantity counts, in every language the lint reads (folded: no accents).
const CLASSES: readonly [UnitClass, RegExp][] = [
  ['person', /^(?:customer|client|kunde|kundin|cliente|utent|user|nutzer|people|person|persone|pessoa|personne|usuari|consumer|verbraucher|consumidor|consommat|buyer|kaufer|comprador|acheteur|acquirent|名|人|位|客户|顧客|お客|用户|ユーザー)/u],
  ['day', /^(?:days?$|tag$|tage$|tagen$|werktag|dias?$|jours?$|giorn|日$|天$|営業日|工作日|business day|working day)/u],
  ['hour', /^(?:hours?$|hrs?$|stunde|horas?$|heures?$|ore$|ora$|時間|小时|个小时)/u],
  ['week', /^(?:weeks?$|woche|semana|semaine|settiman|週間|周$|星期)/u],
  ['month', /^(?:months?$|monat|meses$|mes$|mois$|mesi$|mese$|か月|ヶ月|カ月|个月)/u],
];

const CURRENCY_BEFORE = /(?:[$€£¥₩]|r\$|us\$|eur|usd|gbp|jpy|cny|rmb|chf)\s?$/u;
const CURRENCY_AFTER = /^\s?(?:[$€£¥₩]|euro|euros|eur|usd|dollars?|dolares|dollari|pounds?|円|元|块|chf|reais|real)/u;

const CJK_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** 4万8千 -> 48000, 五万 -> 50000, 1.2万 -> 12000, 三千五百 -> 3500. */
export function parseCjkNumber(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < s.length; ) {
    const digits = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (digits) {
      current = Number(digits[0]);
      i += digits[0].length;
      seen = true;
      continue;
    }
    const ch = s[i]!;
    if (ch in CJK_DIGITS) {
      current = CJK_DIGITS[ch]!;
      seen = true;
    } else if (ch in CJK_UNITS) {
      const u = CJK_UNITS[ch]!;
      if (u >= 10_000) {
        total += (section + current) * u;
        section = 0;
      } else section += (current || 1) * u;
      current = 0;
      seen = true;
    } else return undefined;
    i++;
  }
  return seen ? total + section + current : undefined;
}

const numberReCache = new Map<string, RegExp>();

/** Compiled once per grouping style: the Unicode script classes make compiling cost milliseconds. */
function numberRe(t: CompiledLang, spaced: boolean): RegExp {
  const key = `${t.decimal}${spaced}`;
  let r = numberReCache.get(key);
  if (!r) numberReCache.set(key, (r = buildNumberRe(t, spaced)));
  r.lastIndex = 0;
  return r;
}

/**
 * Words and abbreviations that multiply the number before them: "48k", "48 Tsd.", "48 mil"
 * (es/pt), "48 mila" (it), "480 mille" (fr), "1,2 Mio.", "two million". Folded (no accents).
 */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, tsd: 1e3, 'tsd.': 1e3, tausend: 1e3, thousand: 1e3, mil: 1e3, mila: 1e3, mille: 1e3,
  million: 1e6, millions: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, millones: 1e6, millon: 1e6, milioni: 1e6, milione: 1e6, milhoes: 1e6, milhao: 1e6,
};
const MULTIPLIER_SRC = String.raw`(?:(?<=\d)\s?(?:k|tsd\.?|tausend|thousand|mille|mila|mil|millions?|millionen|mio\.?|millones|millon|milioni|milione|milhoes|milhao)(?![a-z\u00df-\u024f]))?`;
const MULTIPLIER_TAIL = /\s?([a-z.]+)$/u;

function buildNumberRe(t: CompiledLang, spaced: boolean): RegExp {
  const group = t.decimal === '.' ? ',' : '.';
  const groups = spaced && t.decimal === ',' ? `[${group} ]` : `[${group}]`;
  const escapedDecimal = t.decimal === '.' ? '\\.' : ',';
  // CJK numerals first (4万8千, 約5万, 4,8 万), then grouped digits (1,200 / 48.000 / 4 800), then
  // plain; any of the digit forms may carry a multiplier (48k, 48 mil, 1,2 Mio.).
  return new RegExp(
    // Folded text: Latin letters are a-z and the few NFD keeps (ß…ɏ); small classes keep this fast.
    String.raw`(?<![a-z\u00df-\u024f0-9/.,:])(?<![a-z\u00df-\u024f]-)(?:(?:\d+(?:[.,]\d{1,2}(?!\d))?\s?|[〇零一二两三四五六七八九])(?:[十百千万亿億](?:\d+|[〇零一二两三四五六七八九])?)+[十百千]?|(?:\d{1,3}(?:${groups}\d{3})+(?:${escapedDecimal}\d+)?|\d+(?:${escapedDecimal}\d+)?)${MULTIPLIER_SRC})(?![0-9a-z\u00df-\u024f/]|-[a-z\u00df-\u024f])`,
    'gu',
  );
}

function toNumber(raw: string, t: CompiledLang): number | undefined {
  if (/[十百千万亿億〇零一二两三四五六七八九]/u.test(raw)) return parseCjkNumber(raw.replace(/\s/gu, '').replace(',', '.'));
  let factor = 1;
  const tail = /[a-z]/u.test(raw) ? MULTIPLIER_TAIL.exec(raw) : null;
  if (tail && MULTIPLIERS[tail[1]!] !== undefined) {
    factor = MULTIPLIERS[tail[1]!]!;
    raw = raw.slice(0, tail.index);
  }
  const group = t.decimal === '.' ? /,/g : /[. ]/g;
  // Rounded: 4.8 x 1000 is 4799.999… in binary floating point.
  const n = Math.round(Number(raw.replace(group, '').replace(',', '.')) * factor * 1000) / 1000;
  return Number.isFinite(n) ? n : undefined;
}

// The first number may carry its counter: 三日から五日, 3天到5天.
const RANGE_JOIN = /^\s*(?:日|天|名|人|時間|小时|週間|周|か月|个月)?\s*(?:-|~|〜|～|至|到|から|to|bis|and|und|y|e|et|a|à|al|ao|au)\s*$/u;
const RANGE_LEAD = /(?:between|zwischen|entre|tra|fra|de|da|von|from)\s+$/u;

// Module constants, not literals in the functions: esbuild (tsx, the CLI build; target node20)
// turns a literal with \p{…} into `new RegExp(…)`, made again at every call.
const WORD_RE = /[\p{L}][\p{L}\p{N}'-]*/gu;
const SKIP_WORD_RE = /^(?:[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*|more|mehr|mas|plus|piu|mais|affected|betroffene|betroffenen|afectad\p{L}*|concern\p{L}*|coinvolt\p{L}*|afetad\p{L}*|other|weitere|otros|autres|altri|outros|de|di|of)$/u;

export function unitAfter(text: string, from: number, t: CompiledLang): { unit: UnitClass; word?: string; end: number } {
  const rest = text.slice(from, from + 40);
  if (/^\s?(?:%|percent|per cent|prozent|por ciento|pour cent|per cento|por cento|パーセント|％)/u.test(rest)) return { unit: 'percent', end: from };
  if (CURRENCY_AFTER.test(rest)) return { unit: 'money', end: from };
  // CJK counters sit right after the number.
  const counter = /^(?:名|人|位|台|个|個|件|只|块|部|点|本|天|日|小时|時間|个小时|週間|周|か月|ヶ月|カ月|个月)/u.exec(rest);
  if (counter) {
    const c = counter[0];
    for (const [cls, re] of CLASSES) if (re.test(c)) return { unit: cls, end: from + c.length };
    return { unit: 'unit', end: from + c.length };
  }
  // Spaced scripts: the next one or two words, skipping product codes (1,200 VP-20K power banks)
  // and a few adjectives that sit between a number and its noun.
  const words = [...rest.matchAll(WORD_RE)].slice(0, 4);
  const skip = SKIP_WORD_RE;
  let i = 0;
  while (i < words.length - 1 && skip.test(words[i]![0])) i++;
  const first = words[i];
  if (!first || first.index === undefined || first.index > 12 + (i > 0 ? 30 : 0)) return { unit: 'word', end: from };
  const w1 = first[0];
  const w2 = words[i + 1]?.[0];
  const end = from + first.index + w1.length;
  for (const [cls, re] of CLASSES) if (re.test(w1)) return { unit: cls, end };
  if (t.genericUnit.test(w1) || (w2 !== undefined && t.genericUnit.test(`${w1} ${w2}`))) return { unit: 'unit', end };
  return { unit: 'word', word: w1, end };
}

/** The time classes, in days: durations compare across them ("two weeks" against "3 to 5 days",
 * "72 hours" against "3 days"). Months are left out: a month is 28–31 days, and a statement's
 * months ("12 months of credit monitoring") are not the delay a reply's days speak of. */
const DAYS: Partial<Record<UnitClass, number>> = { hour: 1 / 24, day: 1, week: 7 };

/**
 * Stems of the durations a language writes in words ("two weeks", "quince días", 两周): figures
 * in words are looked for only right before one of these (folded), so text without one pays one
 * `includes` per stem. Counts of people or products in words are left to digits (and to
 * english.ts).
 */
export const DURATION_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: ['day', 'week', 'hour', 'fortnight'],
  de: ['tag', 'woche', 'stunde'],
  es: ['dia', 'semana', 'hora'],
  fr: ['jour', 'semaine', 'heure'],
  it: ['giorn', 'settiman', 'ore'],
  pt: ['dia', 'semana', 'hora'],
  ja: ['日', '週', '時間', 'か月', 'ヶ月'],
  zh: ['天', '周', '星期', '小时', '个月', '日'],
};

/** "a week", "eine Woche", "una semana", "une semaine", "una settimana", "uma semana": an
 * article counts one before a duration (and only there: "un cliente" is no figure). Per language:
 * folded French "à jour" is not "a day". */
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['a', 'an']),
  de: new Set(['ein', 'eine', 'einen', 'einem', 'einer']),
  es: new Set(['un', 'una', 'uno']),
  fr: new Set(['un', 'une']),
  it: new Set(['un', 'una', 'uno']),
  pt: new Set(['um', 'uma']),
};

const hasStem = (text: string, stems: readonly string[] | undefined) => stems !== undefined && stems.some((w) => text.includes(w));

// The word (or two, joined as a range: "drei bis fünf") right before a duration stem.
const WORD_BEFORE = /(?:([a-z\u00df-\u024f]+)\s+(?:-|to|bis|a|al|ao|au|e|y|et|und|and)\s+)?([a-z\u00df-\u024f]+)\s+$/du;
// Chinese/Japanese numerals right before a counter (两周, 三日, 一个月), not after 第/每/周/星期/拜.
const CJK_BEFORE = /(?<![第每周期拜])([〇零一二两三四五六七八九十百千]+)个?$/u;

/** Durations written in words in `text` (folded) of language `base`, found from their stems. */
function durationWords(text: string, t: CompiledLang, base: string): { start: number; end: number; value: number; worded: 'word' | 'article' }[] {
  const stems = DURATION_STEMS[base];
  const out: { start: number; end: number; value: number; worded: 'word' | 'article' }[] = [];
  if (!stems) return out;
  const cjk = base === 'ja' || base === 'zh';
  const articles = ARTICLES[base];
  for (const stem of stems) {
    for (let idx = text.indexOf(stem); idx >= 0; idx = text.indexOf(stem, idx + stem.length)) {
      if (cjk) {
        const m = CJK_BEFORE.exec(text.slice(Math.max(0, idx - 8), idx));
        if (!m) continue;
        const start = idx - m[0].length;
        const value = parseCjkNumber(m[1]!);
        if (value !== undefined) out.push({ start, end: start + m[1]!.length, value, worded: 'word' });
        continue;
      }
      // A stem starts a word: "days", not "today".
      if (idx > 0 && /[a-z\u00df-\u024f]/u.test(text[idx - 1]!)) continue;
      const from = Math.max(0, idx - 40);
      const m = WORD_BEFORE.exec(text.slice(from, idx));
      if (!m) continue;
      for (const g of [1, 2]) {
        const w = m[g];
        if (w === undefined) continue;
        const at = from + m.indices![g]![0];
        const value = t.numberWords.get(w);
        if (value !== undefined) out.push({ start: at, end: at + w.length, value, worded: 'word' });
        else if (g === 2 && articles?.has(w)) out.push({ start: at, end: at + w.length, value: 1, worded: 'article' });
      }
    }
  }
  return out;
}

/** Could `text` hold a duration written without digits (a number word, "a week", 两周)? A cheap
 * test before quantities() for text without digits; `base`: the text's language. */
export function mayHaveWordedNumber(text: string, t: CompiledLang, base: string): boolean {
  return hasStem(text, DURATION_STEMS[base]) && durationWords(text, t, base).length > 0;
}

/** Quantities in `text` (folded), leaving out the `skip` spans (dates and times found earlier). */
export function quantities(text: string, t: CompiledLang, skip: readonly Span[] = [], base?: string): Quantity[] {
  const out: Quantity[] = [];
  const inSkip = (a: number, b: number) => skip.some((s) => a < s.end && b > s.start);
  // `worded`: a number word or article, kept only when it counts a known class (below).
  const found: { start: number; end: number; value: number; worded?: 'word' | 'article' }[] = [];
  for (const m of text.matchAll(numberRe(t, t.spacedThousands))) {
    const start = m.index;
    const end = start + m[0].length;
    if (inSkip(start, end)) continue;
    const value = toNumber(m[0], t);
    if (value === undefined) continue;
    found.push({ start, end, value });
  }
  const add = (start: number, end: number, value: number | undefined, worded: 'word' | 'article') => {
    if (value === undefined || inSkip(start, end) || found.some((f) => start < f.end && end > f.start)) return;
    found.push({ start, end, value, worded });
  };
  // Durations in words, in `base`'s words (without it, none are read).
  if (base !== undefined && hasStem(text, DURATION_STEMS[base])) for (const w of durationWords(text, t, base)) add(w.start, w.end, w.value, w.worded);
  found.sort((a, b) => a.start - b.start);
  for (let k = 0; k < found.length; k++) {
    const n = found[k]!;
    const next = found[k + 1];
    let max = n.value;
    let end = n.end;
    // A range: "3 to 5", "3-5", "10万至12万", "between 10 and 12".
    if (next && RANGE_JOIN.test(text.slice(n.end, next.start)) && (text.slice(n.end, next.start).trim() !== 'and' || RANGE_LEAD.test(text.slice(Math.max(0, n.start - 10), n.start))) && next.value > n.value) {
      max = next.value;
      end = next.end;
      k++;
    }
    // A bare year (2025) is not a quantity.
    if (max === n.value && /^(?:19|20)\d\d$/.test(text.slice(n.start, n.end))) continue;
    const before = text.slice(Math.max(0, n.start - 4), n.start);
    const u = CURRENCY_BEFORE.test(before) ? { unit: 'money' as const, end } : unitAfter(text, end, t);
    // A word ("un", "sei", "一") counts only a duration it stands before; one only a week or a
    // month (一日も早く is "as soon as possible").
    if (n.worded && (DAYS[u.unit] === undefined || (n.worded === 'word' && max === 1 && u.unit !== 'week'))) continue;
    out.push({ start: n.start, end: Math.max(end, u.end), value: n.value, max, unit: u.unit, word: u.unit === 'word' ? u.word : undefined });
  }
  return out;
}

/** Do two quantities count the same kind of thing? Durations in hours, days and weeks are one
 * kind (compared in days). */
export function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return DAYS[a.unit] !== undefined && DAYS[b.unit] !== undefined;
  if (a.unit !== 'word') return a.unit !== 'money' && a.unit !== 'percent' ? true : a.unit === 'percent';
  if (!a.word || !b.word) return false;
  const stem = (w: string) => w.slice(0, Math.max(3, Math.min(w.length, 5)));
  return a.word === b.word || stem(a.word) === stem(b.word);
}

/** Is `reply` consistent with `ref` (same value, or inside its range)? Durations in other units
 * are converted to days first. */
export function agrees(reply: Quantity, ref: Quantity): boolean {
  if (reply.unit !== ref.unit && DAYS[reply.unit] !== undefined && DAYS[ref.unit] !== undefined) {
    const f = DAYS[reply.unit]! / DAYS[ref.unit]!;
    // A hair of tolerance for the conversion (100 hours is 4.17 days).
    return reply.value * f >= ref.value - 1e-9 && reply.max * f <= ref.max + 1e-9;
  }
  return reply.value >= ref.value && reply.max <= ref.max;
}
