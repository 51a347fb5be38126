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

function buildNumberRe(t: CompiledLang, spaced: boolean): RegExp {
  const group = t.decimal === '.' ? ',' : '.';
  const groups = spaced && t.decimal === ',' ? `[${group} ]` : `[${group}]`;
  const escapedDecimal = t.decimal === '.' ? '\\.' : ',';
  // CJK numerals first (4万8千, 約5万), then grouped digits (1,200 / 48.000 / 4 800), then plain.
  return new RegExp(
    // Folded text: Latin letters are a-z and the few NFD keeps (ß…ɏ); small classes keep this fast.
    String.raw`(?<![a-z\u00df-\u024f0-9/.,:])(?<![a-z\u00df-\u024f]-)(?:(?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九])(?:[十百千万亿億](?:\d+|[〇零一二两三四五六七八九])?)+[十百千]?|\d{1,3}(?:${groups}\d{3})+(?:${escapedDecimal}\d+)?|\d+(?:${escapedDecimal}\d+)?)(?![0-9a-z\u00df-\u024f/]|-[a-z\u00df-\u024f])`,
    'gu',
  );
}

function toNumber(raw: string, t: CompiledLang): number | undefined {
  if (/[十百千万亿億〇零一二两三四五六七八九]/u.test(raw)) return parseCjkNumber(raw);
  const group = t.decimal === '.' ? /,/g : /[. ]/g;
  const n = Number(raw.replace(group, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const RANGE_JOIN = /^\s*(?:-|~|〜|～|至|到|から|to|bis|and|und|y|e|et|a|à|al|ao|au)\s*$/u;
const RANGE_LEAD = /(?:between|zwischen|entre|tra|fra|de|da|von|from)\s+$/u;

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
  const words = [...rest.matchAll(/[\p{L}][\p{L}\p{N}'-]*/gu)].slice(0, 4);
  const skip = /^(?:[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*|more|mehr|mas|plus|piu|mais|affected|betroffene|betroffenen|afectad\p{L}*|concern\p{L}*|coinvolt\p{L}*|afetad\p{L}*|other|weitere|otros|autres|altri|outros|de|di|of)$/u;
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

/** Quantities in `text` (folded), leaving out the `skip` spans (dates and times found earlier). */
export function quantities(text: string, t: CompiledLang, skip: readonly Span[] = []): Quantity[] {
  const out: Quantity[] = [];
  const inSkip = (a: number, b: number) => skip.some((s) => a < s.end && b > s.start);
  const found: { start: number; end: number; value: number }[] = [];
  for (const m of text.matchAll(numberRe(t, t.spacedThousands))) {
    const start = m.index;
    const end = start + m[0].length;
    if (inSkip(start, end)) continue;
    const value = toNumber(m[0], t);
    if (value === undefined) continue;
    found.push({ start, end, value });
  }
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
    out.push({ start: n.start, end: Math.max(end, u.end), value: n.value, max, unit: u.unit, word: u.unit === 'word' ? u.word : undefined });
  }
  return out;
}

/** Do two quantities count the same kind of thing? */
export function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  if (a.unit !== 'word') return a.unit !== 'money' && a.unit !== 'percent' ? true : a.unit === 'percent';
  if (!a.word || !b.word) return false;
  const stem = (w: string) => w.slice(0, Math.max(3, Math.min(w.length, 5)));
  return a.word === b.word || stem(a.word) === stem(b.word);
}

/** Is `reply` consistent with `ref` (same value, or inside its range)? */
export function agrees(reply: Quantity, ref: Quantity): boolean {
  return reply.value >= ref.value && reply.max <= ref.max;
}
