// The statement's own hedges in other words are not speculation (statement-hedges.ts): a reply's
// hedge whose clause shares two topics with a hedged sentence of the statement. The fixture
// statement says some VP-20K "sold between 1 and 14 March 2025 can overheat while charging"
// (German: "können beim Laden überhitzen").
import { describe, expect, test } from 'vitest';
import { lintReply } from '../../../lib/templates/lint.ts';
import { incident } from './fixtures.ts';

const breach = () =>
  incident((i) => {
    i.statement.text = {
      en: 'Names, email addresses and order histories of about 48,000 customers may have been accessed. We are investigating.',
      zh: '约48,000名客户的姓名、电子邮件地址和订单记录可能已被访问。我们正在调查。',
    };
  });

const speculates = (text: string, lang: string, inc = incident()) => lintReply(text, { lang, channel: 'generic', incident: inc }).some((f) => f.rule === 'speculation');

describe('a hedge the statement makes, in other words', () => {
  test.each([
    ['en', 'Your unit might be affected if you bought it between 1 and 14 March.', false],
    ['de', 'Ihre Powerbank könnte beim Laden überhitzen.', false],
    ['de', 'Es könnte am Ladekabel liegen.', true],
    ['en', "It's probably a faulty cable.", true],
  ])('%s: %s -> speculation %s', (lang, text, expected) => {
    expect(speculates(text, lang)).toBe(expected);
  });
  test.each([
    ['en', 'Your name and email address might have been accessed.', false],
    // One shared word is chance: a guess about the cause stays one.
    ['en', 'It might have been caused by a phishing email.', true],
    ['zh', '您的姓名可能被访问了。', false],
    ['zh', '可能是内部人员泄露的。', true],
  ])('breach, %s: %s -> speculation %s', (lang, text, expected) => {
    expect(speculates(text, lang, breach())).toBe(expected);
  });
});
