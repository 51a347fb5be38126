import { describe, expect, test } from 'vitest';
import { findDates, findTimes } from '../../../lib/templates/dates.ts';
import { foldText } from '../../../lib/templates/fold.ts';
import { compiled } from '../../../lib/templates/lang/compile.ts';
import { LANG_TABLES } from '../../../lib/templates/lang/index.ts';
import { agrees, parseCjkNumber, quantities, sameKind } from '../../../lib/templates/numbers.ts';

const t = (lang: string) => compiled(LANG_TABLES[lang]!);
const f = (s: string, lang = 'en') => foldText(s, { zh: lang === 'zh' }).text;

describe('quantities', () => {
  test.each([
    ['en', 'about 1,200 units', [1200, 1200, 'unit']],
    ['de', 'etwa 48.000 Kundinnen', [48000, 48000, 'person']],
    ['fr', 'environ 4 800 clients', [4800, 4800, 'person']],
    ['es', 'de 3 a 5 días', [3, 5, 'day']],
    ['en', '3 to 5 days', [3, 5, 'day']],
    ['ja', '約5万人', [50000, 50000, 'person']],
    ['zh', '4万8千名客户', [48000, 48000, 'person']],
    ['zh', '3至5天', [3, 5, 'day']],
    ['en', '1,200 VP-20K power banks', [1200, 1200, 'unit']],
    ['en', '20% off', [20, 20, 'percent']],
    ['en', '$20 voucher', [20, 20, 'money']],
  ])('%s: %s', (lang, text, [value, max, unit]) => {
    const [q] = quantities(f(text, lang), t(lang));
    expect([q!.value, q!.max, q!.unit]).toEqual([value, max, unit]);
  });
  test.each([
    ['en', 'about 48k customers', [48000, 48000, 'person']],
    ['en', 'around 4.8k customers', [4800, 4800, 'person']],
    ['de', 'rund 48 Tsd. Kunden', [48000, 48000, 'person']],
    ['de', '1,2 Mio. Kunden', [1200000, 1200000, 'person']],
    ['es', 'unos 48 mil clientes', [48000, 48000, 'person']],
    ['it', 'circa 480 mila clienti', [480000, 480000, 'person']],
    ['pt', 'cerca de 48 mil clientes', [48000, 48000, 'person']],
    ['zh', '约4,8 万名客户', [48000, 48000, 'person']],
    ['de', 'um zwei Wochen', [2, 2, 'week']],
    ['de', 'um drei bis fünf Tage', [3, 5, 'day']],
    ['es', 'de quince días', [15, 15, 'day']],
    ['pt', 'duas semanas de atraso', [2, 2, 'week']],
    ['en', 'about a week', [1, 1, 'week']],
    ['fr', 'une semaine de retard', [1, 1, 'week']],
    ['zh', '延迟两周', [2, 2, 'week']],
    ['ja', '三日から五日', [3, 5, 'day']],
  ])('other formats and words, %s: %s', (lang, text, [value, max, unit]) => {
    const [q] = quantities(f(text, lang), t(lang), [], lang);
    expect([q!.value, q!.max, q!.unit]).toEqual([value, max, unit]);
  });
  test.each([
    ['es', 'Un cliente nos escribió'],
    ['fr', 'une commande'],
    ['it', 'Sei sicuro?'],
    ['ja', '一日も早くお届けします'],
    ['zh', '每周一更新'],
  ])('a word that is no figure, %s: %s', (lang, text) => {
    expect(quantities(f(text, lang), t(lang), [], lang)).toEqual([]);
  });
  test('durations in words are read only in a language given', () => {
    expect(quantities(f('um zwei Wochen', 'de'), t('de'))).toEqual([]);
  });
  test('French "à jour" is no article and no day', () => {
    expect(quantities(f('une mise à jour', 'fr'), t('fr'), [], 'fr')).toEqual([]);
  });
  test.each([
    ['2 weeks', '3 to 5 days', false],
    ['72 hours', '3 to 5 days', true],
    ['100 hours', '3 to 5 days', true],
    ['48 hours', '3 to 5 days', false],
    ['5 days', '3 to 5 days', true],
  ])('durations compare in days: %s against %s', (reply, ref, ok) => {
    const [a] = quantities(f(reply), t('en'));
    const [b] = quantities(f(ref), t('en'));
    expect(sameKind(a!, b!)).toBe(true);
    expect(agrees(a!, b!)).toBe(ok);
  });
  test('months are not converted: 12 months and 2 days are not compared', () => {
    const [a] = quantities(f('2 days'), t('en'));
    const [b] = quantities(f('12 months'), t('en'));
    expect(sameKind(a!, b!)).toBe(false);
  });
  test('a product code and a year are not quantities', () => {
    expect(quantities(f('The VP-20K from 2025'), t('en'))).toEqual([]);
  });
  test.each([
    ['4万8千', 48000],
    ['五万', 50000],
    ['1.2万', 12000],
    ['三千五百', 3500],
    ['十二', 12],
  ])('parseCjkNumber %s', (s, n) => {
    expect(parseCjkNumber(s)).toBe(n);
  });
});

describe('dates', () => {
  test.each([
    ['en', 'on 18 March 2025', [{ day: 18, month: 3, year: 2025 }]],
    ['en', 'on March 18', [{ day: 18, month: 3 }]],
    ['en', 'between 1 and 14 March', [{ day: 1, month: 3 }, { day: 14, month: 3 }]],
    ['de', 'vom 8. bis 12. Juni', [{ day: 8, month: 6 }, { day: 12, month: 6 }]],
    ['de', 'am 18.03.2025', [{ day: 18, month: 3, year: 2025 }]],
    ['de', 'im Maerz', [{ month: 3 }]],
    ['es', 'entre el 10 y el 12 de junio', [{ day: 10, month: 6 }, { day: 12, month: 6 }]],
    ['fr', 'du 10 au 12 juin', [{ day: 10, month: 6 }, { day: 12, month: 6 }]],
    ['it', "tra l'1 e il 14 marzo", [{ day: 1, month: 3 }, { day: 14, month: 3 }]],
    ['pt', 'em 6 de maio', [{ day: 6, month: 5 }]],
    ['ja', '2025年6月10日から12日', [{ day: 10, month: 6, year: 2025 }, { day: 12, month: 6, year: 2025 }]],
    ['zh', '三月上旬', [{ month: 3 }]],
    ['en', 'sold in February', [{ month: 2 }]],
    ['en', 'you may call', []],
    ['it', 'non succede mai', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(findDates(f(text, lang), t(lang)).map(({ day, month, year }) => JSON.parse(JSON.stringify({ day, month, year })))).toEqual(expected);
  });
});

describe('times', () => {
  test.each([
    ['16:00 UTC', { hour: 16, minute: 0, offset: 0 }],
    ['17:00 MEZ', { hour: 17, minute: 0, offset: 60 }],
    ['9 h 00', { hour: 9, minute: 0 }],
    ['4 pm EDT', { hour: 16, minute: 0, offset: -240 }],
    ['北京时间16点', { hour: 16, minute: 0, offset: 480 }],
    ['16時30分', { hour: 16, minute: 30 }],
    ['12:00(UTC)', { hour: 12, minute: 0, offset: 0 }],
  ])('%s', (text, expected) => {
    const [tm] = findTimes(f(text));
    expect(JSON.parse(JSON.stringify({ hour: tm!.hour, minute: tm!.minute, offset: tm!.offset }))).toEqual(expected);
  });
  test('a German date is not a time', () => {
    expect(findTimes(f('am 18.03. um'))).toEqual([]);
  });
  const march18 = Date.parse('2025-03-18T16:00:00Z');
  const may5 = Date.parse('2025-05-05T12:00:00Z');
  test.each([
    // Places follow their summer time: CET in March, CEST in May.
    ['5 pm Paris time', march18, 'en', { hour: 17, minute: 0, offsets: [60] }],
    ['14 h, heure de Paris', may5, 'fr', { hour: 14, minute: 0, offsets: [120] }],
    ['17 Uhr deutscher Zeit', march18, 'de', { hour: 17, minute: 0, offsets: [60] }],
    ['17:00 ora italiana', march18, 'it', { hour: 17, minute: 0, offsets: [60] }],
    ['13h, horário de Brasília', march18, 'pt', { hour: 13, minute: 0, offsets: [-180] }],
    ['9 am Pacific', march18, 'en', { hour: 9, minute: 0, offsets: [-420] }],
    // An abbreviation of a winter/summer pair: as written, or the time in force at that date.
    ['14:00 CET', may5, 'en', { hour: 14, minute: 0, offsets: [60, 120] }],
    ['18:00 CET', march18, 'en', { hour: 18, minute: 0, offsets: [60] }],
    ['4 pm EDT', march18, 'en', { hour: 16, minute: 0, offsets: [-240] }],
    // Chinese and Japanese: afternoon and evening words, the zone before the date.
    ['北京时间5月5日晚上8点', may5, 'zh', { hour: 20, minute: 0, offsets: [480] }],
    ['北京时间3月19日凌晨0点', march18, 'zh', { hour: 0, minute: 0, offsets: [480] }],
    ['日本時間3月19日午前1時', march18, 'ja', { hour: 1, minute: 0, offsets: [540] }],
    ['21:00(日本時間)', may5, 'ja', { hour: 21, minute: 0, offsets: [540] }],
  ])('zones: %s', (text, at, lang, expected) => {
    const [tm] = findTimes(f(text, lang), at);
    expect({ hour: tm!.hour, minute: tm!.minute, offsets: tm!.offsets }).toEqual(expected);
  });
  test('a place without a date allows its winter and summer offsets', () => {
    expect(findTimes(f('17h heure de Paris'))[0]!.offsets).toEqual([60, 120]);
  });
});
