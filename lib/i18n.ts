/**
 * UI strings in English and Simplified Chinese, plus locale-aware formatting (numbers, dates,
 * relative times, language names) built on `Intl`, so no date or plural library is needed.
 * Pure: the caller passes the locale (`browser.i18n.getUILanguage()` / `navigator.language`) and
 * the current time.
 */
import { en } from './i18n/en.ts';
import type { MessageTable, MessageValue, PluralForms, Translate } from './i18n/types.ts';
import { zhCN } from './i18n/zh-cn.ts';

export type { MessageKey, MessageTable, MessageValue, PlainMessageKey, PluralForms, Translate, ParamsOf } from './i18n/types.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const MESSAGES: Record<Locale, MessageTable> = { en, 'zh-CN': zhCN };

/**
 * Simplified Chinese for every tag whose likely script is Han Simplified: 'zh', 'zh-CN',
 * 'zh-Hans-*', 'zh-SG' (and 'zh-MY'), per CLDR likely subtags (`Intl.Locale#maximize`).
 * Traditional Chinese (zh-TW, zh-HK, zh-Hant) and everything else fall back to English until
 * those tables exist.
 */
export function pickLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
    return locale.language === 'zh' && locale.script === 'Hans' ? 'zh-CN' : 'en';
  } catch {
    // RangeError: not a well-formed BCP 47 tag.
    return 'en';
  }
}

export interface Translator {
  locale: Locale;
  t: Translate;
  /** Locale-grouped number: 12,345 / 12,345. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Absolute date and time, e.g. "22 Nov 2025, 19:58" / "2025年11月22日 19:58". */
  dateTime(iso: string): string;
  /** "5 min. ago" / "5分钟前"; `now` is a parameter because lib/ never reads the clock. */
  relative(iso: string, now: Date | number): string;
  /** "German" / "德语" for 'de'; the code itself when Intl does not know it. */
  languageName(code: string): string;
  /** "a, b and c" / "a、b和c". */
  list(items: readonly string[]): string;
  /** A span of time in its largest whole unit: "45 min", "3 hr", "2 days" / "45分钟", "3小时", "2天". */
  duration(ms: number): string;
}

export interface TranslatorOptions {
  /** IANA time zone for absolute dates; the system zone when omitted (tests pin it). */
  timeZone?: string;
}

const PARAM = /\{(\w+)\}/g;

// Largest first; `Intl.RelativeTimeFormat` chooses the words, we only choose the unit.
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function createTranslator(localeTag: string | undefined | null, options: TranslatorOptions = {}): Translator {
  // English needs no Intl.Locale parsing (pickLocale costs ~10 ms the first time in a worker).
  const locale = localeTag === 'en' ? 'en' : pickLocale(localeTag);
  const table = MESSAGES[locale];
  // Formatters are built on first use: a translator made at start-up (the background's webhook
  // texts) must not cost the worker's cold start ~20 ms of Intl data loading.
  const lazy = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const numberFormatter = lazy(() => new Intl.NumberFormat(locale));
  const pluralRules = lazy(() => new Intl.PluralRules(locale));
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: options.timeZone }));
  const relativeFormat = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  const listFormat = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }));
  let displayNames: Intl.DisplayNames | undefined;
  const durationFormats = new Map<string, Intl.NumberFormat>();

  const format = (value: unknown): string =>
    typeof value === 'number' ? numberFormatter().format(value) : String(value);

  const pick = (value: MessageValue, count: unknown): string => {
    if (typeof value === 'string') return value;
    const category = typeof count === 'number' ? pluralRules().select(count) : 'other';
    return value[category as keyof PluralForms] ?? value.other;
  };

  const t: Translate = (key, ...args) => {
    const params: Record<string, unknown> = args[0] ?? {};
    // A table built with a cast could still miss a key at runtime: fall back to English.
    const value: MessageValue = table[key] ?? en[key];
    return pick(value, params.count).replace(PARAM, (whole, name: string) =>
      name in params ? format(params[name]) : whole,
    );
  };

  return {
    locale,
    t,
    number: (n, opts) => (opts ? new Intl.NumberFormat(locale, opts).format(n) : numberFormatter().format(n)),
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateFormat().format(date);
    },
    relative: (iso, now) => {
      const then = new Date(iso).getTime();
      if (Number.isNaN(then)) return iso;
      const seconds = Math.round((then - new Date(now).getTime()) / 1000);
      const abs = Math.abs(seconds);
      // Under 45 s reads as "now" (Intl with numeric: 'auto' turns 0 seconds into "now").
      if (abs < 45) return relativeFormat().format(0, 'second');
      for (const [unit, size] of UNITS) {
        if (abs >= size || unit === 'second') return relativeFormat().format(Math.round(seconds / size), unit);
      }
      return relativeFormat().format(0, 'second');
    },
    languageName: (code) => {
      if (code === 'und') return t('lang.und');
      try {
        displayNames ??= new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
        return displayNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (items) => listFormat().format(items),
    duration: (ms) => {
      const minutes = Math.max(0, Math.floor(ms / 60_000));
      const [unit, value]: [string, number] =
        minutes < 60 ? ['minute', minutes] : minutes < 48 * 60 ? ['hour', Math.floor(minutes / 60)] : ['day', Math.floor(minutes / 1440)];
      let f = durationFormats.get(unit);
      if (!f) {
        f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
        durationFormats.set(unit, f);
      }
      return f.format(value);
    },
  };
}
