/** The X length bound: never below what twitter-text's parseTweet counts, so a text it lets
 * through unparsed always fits. */
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { describe, expect, test } from 'vitest';
import { X_MAX_WEIGHTED, xLength, xLengthBound, xOverLimit } from '../../../lib/templates/x-length.ts';

const TEXTS: [string, string][] = [
  ['Latin', 'We are sorry: the VP-20K recall covers batches 2403 to 2411.'],
  ['accents, precomposed and combining', 'Négligé, ne\u0301glige\u0301, über, u\u0308ber'],
  ['Chinese', '非常抱歉，我们正在召回受影响的充电宝。'],
  ['Japanese with half-width kana', 'ご迷惑をおかけしております。ｶﾞｲﾄﾞ'],
  ['Korean jamo that NFC composes', '\u1100\u1161\u11a8 배송'],
  ['Devanagari QA, which NFC decomposes into two', '\u0958\u0959\u095a'],
  ['a musical symbol NFC turns into three code points', '\u{1D160}\u{1D161}'],
  ['emoji: ZWJ family, skin tone, flag, keycap', '👨‍👩‍👧 👍🏽 🇩🇪 #️⃣ 1️⃣'],
  ['copyright and registered signs', '© ® ™ VoltPro©'],
  ['punctuation in the light ranges', '\u2014 \u2019 \u2033 \u2026 \u203c'],
  ['a long link', `https://voltpro.example/${'a'.repeat(200)}`],
  ['a bare domain', 'see voltpro.com/help'],
  ['a short link', 'a.co'],
  ['short links among sentence ends', 'Sorry. See a.co. Or b.co\nand c.co.\tThanks. d.co'],
  ['dots that no TLD follows', 'Fixed. Really. Thanks.\nBye.\r\nOk.'],
  ['lone surrogates', '\ud83d x \ude00'],
];

describe('xLengthBound', () => {
  test.each(TEXTS)('%s: at least the weighted length', (_what, text) => {
    for (const t of [text, text.repeat(3), `${text} ${'x'.repeat(200)}`]) expect(xLengthBound(t)).toBeGreaterThanOrEqual(parseTweet(t).weightedLength);
  });

  test.each(TEXTS)('%s: xOverLimit says what parsing says, near the limit too', (_what, text) => {
    for (let pad = 200; pad <= 300; pad += 7) {
      const t = `${text} ${'y'.repeat(pad)}`;
      const len = xLength(t);
      expect(xOverLimit(t)).toEqual(len.weighted > X_MAX_WEIGHTED ? len : undefined);
    }
  });
});
