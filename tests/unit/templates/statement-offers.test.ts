// A gift named by its wording is allowed where the statement offers it in other words
// (statement-offers.ts): the breach statement offers "12 months of free credit monitoring".
import { describe, expect, test } from 'vitest';
import { lintReply } from '../../../lib/templates/lint.ts';
import { incident } from './fixtures.ts';

const breach = () =>
  incident((i) => {
    i.statement.text = {
      en: 'We detected unauthorised access to a customer database. Affected customers are offered 12 months of free credit monitoring.',
      de: 'Wir haben einen unbefugten Zugriff festgestellt. Betroffenen bieten wir 12 Monate kostenlose Bonitätsüberwachung an.',
      ja: '不正アクセスを検知いたしました。対象のお客様には12か月間の無料信用モニタリングをご提供いたします。',
    };
    i.statement.commitments = ['12 months of free credit monitoring'];
  });

const promises = (text: string, lang: string, inc = breach()) => lintReply(text, { lang, channel: 'generic', incident: inc }).some((f) => f.rule === 'promise');

describe('a gift the statement offers, in other words', () => {
  test.each([
    ['en', "You'll get free credit monitoring for 12 months.", false],
    ['en', "We'll send you a free phone case as an apology.", true],
    ['de', 'Betroffene bekommen 12 Monate Bonitätsüberwachung gratis.', false],
    ['de', 'Als Entschuldigung gibt es ein Geschenk.', true],
    ['ja', '12か月間、無料で信用モニタリングをご利用いただけます。', false],
    ['ja', 'お詫びにプレゼントをお送りします。', true],
  ])('%s: %s -> promise %s', (lang, text, expected) => {
    expect(promises(text, lang)).toBe(expected);
  });
  test('"free" that qualifies an allowed remedy in its clause is that remedy (French: échanger gratuitement)', () => {
    expect(promises("Vous pouvez l'échanger gratuitement ou être remboursé.", 'fr', incident())).toBe(false);
  });
});
