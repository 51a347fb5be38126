// A day named relative to today, judged when the moment the reply goes out is known (insert mode).
// The fixture incident's next update: Tuesday 18 March 2025, 16:00 UTC.
import { describe, expect, test } from 'vitest';
import { lintReply } from '../../../lib/templates/lint.ts';
import { agreesWithNow, relativeOffset } from '../../../lib/templates/relative-days.ts';
import { incident } from './fixtures.ts';

const at = (iso: string) => Date.parse(iso);

describe('relativeOffset reads the forms of the eight tables (folded)', () => {
  test.each([
    ['tomorrow', { days: 1 }],
    ['the day after tomorrow', { days: 2 }],
    ['later today', { days: 0 }],
    ['in a couple of days', { days: 2 }],
    ['in 3 hours', { hours: 3 }],
    ['morgen', { days: 1 }],
    ['ubermorgen', { days: 2 }],
    ['in zwei tagen', { days: 2 }],
    ['manana', { days: 1 }],
    ['esta noche', { days: 0 }],
    ['apres-demain', { days: 2 }],
    ['dans deux jours', { days: 2 }],
    ['domani', { days: 1 }],
    ['tra tre giorni', { days: 3 }],
    ['amanha', { days: 1 }],
    ['daqui a duas horas', { hours: 2 }],
    ['明日', { days: 1 }],
    ['明後日', { days: 2 }],
    ['本日中', { days: 0 }],
    ['3日後', { days: 3 }],
    ['明天', { days: 1 }],
    ['两天后', { days: 2 }],
  ])('%s', (form, expected) => {
    expect(relativeOffset(form)).toEqual(expected);
  });
  test('a form it does not know is left to the rule as before', () => {
    expect(relativeOffset('in many days')).toBeUndefined();
    expect(relativeOffset('someday')).toBeUndefined();
  });
});

describe('agreesWithNow: some zone where the days agree', () => {
  const update = at('2025-03-18T16:00:00Z');
  test.each([
    [{ days: 1 }, '2025-03-17T10:00:00Z', true],
    // 17 March 20:00 UTC is already 18 March east of UTC+4: "tomorrow" is wrong there, right in UTC.
    [{ days: 1 }, '2025-03-17T20:00:00Z', true],
    [{ days: 1 }, '2025-03-15T10:00:00Z', false],
    [{ days: 0 }, '2025-03-18T09:00:00Z', true],
    [{ days: 0 }, '2025-03-17T09:00:00Z', false],
    [{ days: 2 }, '2025-03-16T12:00:00Z', true],
    [{ hours: 3 }, '2025-03-18T13:10:00Z', true],
    [{ hours: 3 }, '2025-03-18T10:00:00Z', false],
    // The update is past.
    [{ days: 1 }, '2025-03-19T10:00:00Z', false],
  ])('%j at %s -> %s', (offset, now, expected) => {
    expect(agreesWithNow(offset, at(now), update)).toBe(expected);
  });
});

describe('lintReply with the moment the reply goes out', () => {
  const contradicts = (text: string, lang: string, now?: string, mode: 'insert' | 'template' = 'insert') =>
    lintReply(text, { lang, channel: 'generic', incident: incident(), mode, now: now === undefined ? undefined : at(now) }).some((f) => f.rule === 'contradiction');
  test.each([
    ['en', 'We will share the next update tomorrow.'],
    ['de', 'Das nächste Update gibt es morgen.'],
    ['es', 'Compartiremos la próxima actualización mañana.'],
    ['fr', 'Nous publierons la prochaine mise à jour demain.'],
    ['ja', '次回の更新は明日お知らせいたします。'],
    ['zh', '下次更新在明天。'],
    // In a later sentence: the facts rule reads the text part by part, each part knowing the moment.
    ['en', 'Thanks for your patience. We will share the next update tomorrow.'],
  ])('%s: %s — right on 17 March, wrong on 15 March, wrong without a moment or in a template', (lang, text) => {
    expect(contradicts(text, lang)).toBe(true);
    expect(contradicts(text, lang, '2025-03-17T10:00:00Z')).toBe(false);
    expect(contradicts(text, lang, '2025-03-15T10:00:00Z')).toBe(true);
    expect(contradicts(text, lang, '2025-03-17T10:00:00Z', 'template')).toBe(true);
  });
});
