// Contradictions the statement's facts decide, told in the reply's own words: figures in other
// formats and units, the next update's day as "tomorrow" or in another zone, status words, scope.
// The incident (fixtures.ts) is investigating; next update Tuesday 18 March 2025, 16:00 UTC;
// about 1,200 units sold 1–14 March. The delay incident: 3 to 5 days, next update 14 June, 09:00.
import { describe, expect, test } from 'vitest';
import { lintReply, type LintRule } from '../../../lib/templates/lint.ts';
import type { IncidentFile } from '../../../lib/incident/schema.ts';
import { incident } from './fixtures.ts';

const delay = () =>
  incident((i) => {
    i.statement.text = { en: 'Orders placed between 10 and 12 June 2025 are delayed by 3 to 5 days. Next update: 14 June 2025, 09:00 UTC.' };
    i.statement.facts = { affected: 'orders placed between 10 and 12 June 2025', delay: '3 to 5 days', nextUpdate: '2025-06-14T09:00:00Z' };
  });

function contradicts(text: string, lang: string, inc: IncidentFile = incident()): boolean {
  return lintReply(text, { lang, channel: 'generic', incident: inc }).some((f) => f.rule === ('contradiction' satisfies LintRule));
}

describe('figures in other formats, words and units', () => {
  test.each([
    ['en', 'About 1.2k units were affected.', false],
    ['en', 'About 12k units were affected.', true],
    ['de', 'Betroffen sind rund 1,2 Tsd. Geräte.', false],
    ['es', 'Hay unas 12 mil unidades afectadas.', true],
    ['zh', '约1.2千台受到影响。', false],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
  test.each([
    ['en', 'Orders are running about two weeks late.', true],
    ['en', 'Orders are running about a week late.', true],
    ['en', 'Orders are delayed by up to 72 hours.', false],
    ['en', 'We reply to every message within 24 hours.', false],
    ['de', 'Die Lieferungen verzögern sich um zwei Wochen.', true],
    ['de', 'Die Lieferungen verzögern sich um drei bis fünf Tage.', false],
    ['fr', 'Les commandes ont quinze jours de retard.', true],
    ['zh', '订单延迟了两周。', true],
    ['ja', '配送は三日から五日ほど遅れております。', false],
  ])('durations against 3 to 5 days, %s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang, delay())).toBe(expected);
  });
});

describe('the next update', () => {
  test.each([
    ['en', 'We will share the next update tomorrow.', true],
    ['de', 'Das nächste Update kommt morgen.', true],
    ['de', 'Guten Morgen! Das nächste Update gibt es am 18. März.', false],
    ['es', 'La próxima actualización será mañana.', true],
    ['es', 'Esta mañana hemos publicado una actualización.', false],
    ['ja', '次回の更新は明日です。', true],
    ['zh', '下次更新在明天。', true],
    ['en', 'We will ship your order tomorrow.', false],
  ])('a relative day, %s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
  test.each([
    ['en', 'Next update: 18 March, 5 pm Paris time.', false],
    ['en', 'Next update: 18 March, 6 pm Paris time.', true],
    ['en', 'Next update: 18 March, 9 am Pacific.', false],
    ['en', 'Our next update is on 19 March at 4 pm UTC.', true],
    ['ja', '次回の更新は日本時間3月19日午前1時です。', false],
    ['ja', '次回の更新は日本時間3月18日午前1時です。', true],
    ['zh', '下次更新：北京时间3月19日凌晨0点。', false],
    ['zh', '下次更新：北京时间3月19日上午8点。', true],
  ])('a time and date in another zone, %s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
});

describe('status words while investigating, with negated and future controls', () => {
  test.each([
    ['en', 'The problem has been taken care of.', true],
    ['en', "We've taken care of your refund request.", false],
    ['en', 'The outage is over and shipping is back up and running.', true],
    ['en', "It isn't over yet, sorry.", false],
    ['en', 'Shipping will be up and running again soon.', false],
    ['de', 'Das Problem ist erledigt.', true],
    ['de', 'Sobald das erledigt ist, melden wir uns.', false],
    ['de', 'Behoben ist noch nichts, wir untersuchen weiter.', false],
    ['es', 'Ya pasó todo, puede estar tranquilo.', true],
    ['es', 'Cuando vuelva a funcionar, te avisamos.', false],
    ['fr', "C'est fini, tout fonctionne à nouveau.", true],
    ['fr', "L'enquête n'est pas terminée.", false],
    ['it', 'È tutto finito, funziona di nuovo.', true],
    ['it', 'Non è ancora finita, ci dispiace.', false],
    ['pt', 'Está tudo certo agora.', true],
    ['pt', 'Ainda não está tudo certo.', false],
    ['ja', '本件は対応済みです。', true],
    ['ja', '対応完了次第ご連絡いたします。', false],
    ['ja', 'まだ解決済みではございません。', false],
    ['zh', '问题已经彻底解决了。', true],
    ['zh', '等问题彻底解决了，我们会通知您。', false],
    ['zh', '问题还没有彻底解决。', false],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
});

describe('scope in words: a place, or all of them', () => {
  test.each([
    ['en', 'Only units sold in Germany are affected.', true],
    ['en', 'Units sold in March are affected.', false],
    ['en', 'All VP-20K power banks are affected.', true],
    ['en', 'Not all units are affected.', false],
    ['en', 'Are all units affected?', false],
    ['en', 'All affected VP-20K units can be replaced or refunded.', false],
    ['en', 'We are writing to all customers who are affected.', false],
    ['de', 'Alle Powerbanks sind betroffen.', true],
    ['de', 'Nur in Österreich verkaufte Geräte sind betroffen.', true],
    ['es', 'Solo están afectadas las unidades vendidas en México.', true],
    ['fr', 'Tous les appareils sont concernés.', true],
    ['it', 'Tutti i power bank sono interessati.', true],
    ['pt', 'Só as unidades vendidas no Brasil foram afetadas.', true],
    ['ja', '全てのVP-20Kが対象です。', true],
    ['zh', '所有VP-20K充电宝都受到影响。', true],
    ['zh', '并非所有充电宝都受到影响。', false],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
});

describe('a fact the statement denies, asserted', () => {
  const delayDenies = () =>
    incident((i) => {
      i.statement.text = {
        en: 'Orders are delayed by 3 to 5 days. Your payment details were not affected.',
        de: 'Bestellungen verzögern sich um 3 bis 5 Tage. Deine Zahlungsdaten sind nicht betroffen.',
        zh: '订单将延迟3至5天。您的支付信息未受影响。',
      };
    });
  test.each([
    ['en', 'Your payment details were exposed during the outage.', true],
    ['en', 'Your payment details were not affected.', false],
    ['en', 'Some orders were affected by the outage.', false],
    ['de', 'Deine Zahlungsdaten wurden leider abgegriffen.', true],
    ['de', 'Deine Zahlungsdaten sind nicht betroffen.', false],
    ['zh', '您的支付信息已经泄露。', true],
    ['zh', '您的支付信息未受影响。', false],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang, delayDenies())).toBe(expected);
  });
});
