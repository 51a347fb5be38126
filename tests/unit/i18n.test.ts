import { describe, expect, test } from 'vitest';
import { createTranslator, MESSAGES, pickLocale, type MessageValue } from '../../lib/i18n.ts';
import { en } from '../../lib/i18n/en.ts';
import { zhCN } from '../../lib/i18n/zh-cn.ts';

function params(value: MessageValue): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(texts.flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('message tables', () => {
  test('zh-CN has exactly the English keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en) as (keyof typeof en)[])('%s: zh-CN uses the same {params} as English', (key) => {
    // Plural messages always receive {count}; a zh string may omit it only if en does too.
    expect(params(zhCN[key])).toEqual(params(en[key]));
  });

  test.each(Object.keys(en) as (keyof typeof en)[])('%s: zh-CN is translated, not empty', (key) => {
    const value = zhCN[key];
    const texts: string[] = typeof value === 'string' ? [value] : Object.values(value);
    for (const text of texts) expect(text.trim().length).toBeGreaterThan(0);
  });

  test('every English plural message has an `other` form', () => {
    for (const value of Object.values(en)) if (typeof value !== 'string') expect(typeof value.other).toBe('string');
  });

  test('MESSAGES exposes both locales', () => {
    expect(Object.keys(MESSAGES)).toEqual(['en', 'zh-CN']);
  });
});

describe('pickLocale', () => {
  test.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-HK', 'en'],
    ['zh-Hant', 'en'],
    ['zh-Hant-CN', 'en'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['not a locale!!', 'en'],
  ])('%s -> %s', (tag, expected) => {
    expect(pickLocale(tag)).toBe(expected);
    expect(createTranslator(tag).locale).toBe(expected);
  });
});

describe('translate', () => {
  const enT = createTranslator('en-US', { timeZone: 'UTC' });
  const zhT = createTranslator('zh-CN', { timeZone: 'UTC' });

  test('plain and parameterised messages', () => {
    expect(enT.t('row.markHandled')).toBe('Mark handled');
    expect(zhT.t('row.markHandled')).toBe('标记为已处理');
    expect(enT.t('validation.invalidAsin', { value: 'B0X' })).toBe(
      '“B0X” is not a valid ASIN: it must be 10 capital letters or digits.',
    );
    expect(zhT.t('validation.invalidAsin', { value: 'B0X' })).toBe('“B0X”不是有效的 ASIN：必须是 10 位大写字母或数字。');
  });

  test.each([
    [0, 'mentions', 'Watching 0 terms.', '正在关注 0 个词。'],
    [1, 'mention', 'Watching 1 term.', '正在关注 1 个词。'],
    [2, 'mentions', 'Watching 2 terms.', '正在关注 2 个词。'],
    [1234, 'mentions', 'Watching 1,234 terms.', '正在关注 1,234 个词。'],
  ])('plural count %d', (count, unit, english, chinese) => {
    expect(enT.t('inbox.countUnit', { count })).toBe(unit);
    expect(zhT.t('inbox.countUnit', { count })).toBe('条提及');
    expect(enT.t('empty.watchList', { count })).toBe(english);
    expect(zhT.t('empty.watchList', { count })).toBe(chinese);
  });

  test('numbers in params are grouped for the locale', () => {
    expect(enT.t('row.truncated', { max: 20000 })).toBe('Text was cut to the first 20,000 characters.');
    expect(zhT.t('row.truncated', { max: 20000 })).toBe('正文过长，仅保留前 20,000 个字符。');
  });

  test('a missing parameter stays visible instead of throwing', () => {
    const loose = enT.t as (key: string, params?: Record<string, unknown>) => string;
    expect(loose('row.postedAt', {})).toBe('Posted {date}');
  });

  test.each([
    ['2025-11-22T11:59:40.000Z', 'now', '现在'],
    ['2025-11-22T11:55:00.000Z', '5 min. ago', '5分钟前'],
    ['2025-11-22T09:00:00.000Z', '3 hr. ago', '3小时前'],
    ['2025-11-21T12:00:00.000Z', 'yesterday', '昨天'],
    ['2025-11-08T12:00:00.000Z', '2 wk. ago', '2周前'],
  ])('relative %s', (iso, english, chinese) => {
    const now = Date.parse('2025-11-22T12:00:00.000Z');
    expect(enT.relative(iso, now)).toBe(english);
    expect(zhT.relative(iso, now)).toBe(chinese);
  });

  test('absolute dates and language names follow the locale', () => {
    expect(enT.dateTime('2025-11-22T11:55:00.000Z')).toBe('Nov 22, 2025, 11:55 AM');
    expect(zhT.dateTime('2025-11-22T11:55:00.000Z')).toBe('2025年11月22日 11:55');
    expect(enT.languageName('de')).toBe('German');
    expect(zhT.languageName('de')).toBe('德语');
    expect(enT.languageName('und')).toBe('Unknown language');
    expect(zhT.languageName('und')).toBe('语言未知');
    expect(zhT.list(['A', 'B', 'C'])).toBe('A、B和C');
  });
});
