import { describe, expect, test } from 'vitest';
import { foldText, markFreeUnit, originalSpan } from '../../../lib/templates/fold.ts';

describe('foldText', () => {
  test.each([
    ['full-width', 'ＯＵＲ ＦＡＵＬＴ', 'our fault'],
    ['curly quotes and dashes', 'we’re “sorry” – really', `we're "sorry" - really`],
    ['accents go (Latin)', 'Négligé Übernehmen', 'neglige ubernehmen'],
    ['decomposed accents', 'ne\u0301gligé', 'neglige'],
    ['zero-width and soft hyphen', 'fa\u200Bu\u00ADlt\uFEFF', 'fault'],
    ['Japanese voiced kana stay', 'が', 'が'],
    ['half-width katakana', 'ｶﾞ', 'ガ'],
    ['kanji stay kanji', '責任', '責任'],
    ['kana and kanji around full-width and ASCII', '弊社のＭＩＳＴＡＫＥです。OK', '弊社のmistakeです。ok'],
    ['a voiced mark after kana still combines', 'か\u3099', 'が'],
  ])('%s', (_name, input, folded) => {
    expect(foldText(input).text).toBe(folded);
  });
  test('traditional to simplified only for Chinese', () => {
    expect(foldText('我們的錯', { zh: true }).text).toBe('我们的错');
    expect(foldText('這是我們的錯 OK', { zh: true }).text).toBe('这是我们的错 ok');
    expect(foldText('我們の錯').text).toBe('我們の錯');
  });
  test('spans map back to the original characters', () => {
    const input = 'Ａ\u200Bb é ﬁx';
    const f = foldText(input);
    expect(f.text).toBe('ab e fix');
    const at = f.text.indexOf('fix');
    expect(input.slice(...Object.values(originalSpan(f, at, at + 3)) as [number, number])).toBe('ﬁx');
    const b = f.text.indexOf('b');
    expect(originalSpan(f, 0, b + 1)).toEqual({ start: 0, end: 3 });
  });
  test('spans over kana and kanji next to folded characters', () => {
    const input = '弊社のＭＩＳＴＡＫＥです';
    const f = foldText(input);
    const at = f.text.indexOf('mistake');
    expect(originalSpan(f, at, at + 7)).toEqual({ start: 3, end: 10 });
    expect(originalSpan(f, at + 7, at + 9)).toEqual({ start: 10, end: 12 });
  });
  test('the variable mask U+E000 folds to itself, one unit each, with or without other non-ASCII text', () => {
    // The unit-by-unit path (é forces it) and the plain-ASCII path must agree on the mask.
    const slow = foldText('é \uE000\uE000 OK');
    expect(slow.text).toBe('e \uE000\uE000 ok');
    expect(originalSpan(slow, 2, 4)).toEqual({ start: 2, end: 4 });
    const fast = foldText('Hi \uE000\uE000 OK');
    expect(fast.text).toBe('hi \uE000\uE000 ok');
    expect(originalSpan(fast, 3, 5)).toEqual({ start: 3, end: 5 });
  });
});

test('markFreeUnit: no unit it settles is a combining mark (every unit U+0300–U+FFFF)', () => {
  const mark = /^[\p{M}\uFF9E\uFF9F]$/u;
  const wrong: string[] = [];
  for (let c = 0x300; c <= 0xffff; c++) if (markFreeUnit(c) && mark.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  expect(wrong).toEqual([]);
});
