/** The X length bound: never below what twitter-text's parseTweet counts, so a text it lets
 * through unparsed always fits. */
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { describe, expect, test } from 'vitest';
import { ENTITY_UNIT_RE, NOT_NFC_INERT_RE, X_MAX_WEIGHTED, xLength, xLengthBound, xOverLimit } from '../../../lib/templates/x-length.ts';

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
  ['dots before digits, brackets and quotes', 'It costs 3.50 EUR (v.2). See "a.". Ok.) 1.5.'],
  ['a dot before a non-ASCII top-level domain', '\u3054\u6848\u5185.\u307f\u3093\u306a \u8a73\u7d30.\u4e2d\u56fd'],
  ['a link to a non-ASCII top-level domain', 'See https://\u4f8b\u3048.\u307f\u3093\u306a now'],
  ['a dot before a capital letter', 'Call us.Thanks, VOLTPRO.COM'],
  ['a link whose domain has no top-level domain, and abbreviations', 'See https://voltpro.example/notice/vp20k, z.B. e.g. v1.2'],
  ['dots before a dash, digits, an at sign', 'vom 1.\u201314. M\u00e4rz; a.co1 a.com-x a.com@b a.com+1'],
  ['top-level domains in capitals', 'VOLTPRO.COM shop.Example.Org'],
  ['a Cyrillic top-level domain in capitals', 'a.\u0420\u0424'],
  ['a punycode top-level domain', 'a.xn--p1ai b.XN--P1AI'],
  ['a top-level domain of ASCII and other letters', 'x.verm\u00f6gensberatung'],
  ['invalid characters', 'a\ufeffb \ufffe'],
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

/** Every BMP code unit that is neither a surrogate, a dot nor in ENTITY_UNIT_RE, in order. */
function plainUnits(): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c < 0xd800 || c > 0xdfff) && ch !== '.' && !ENTITY_UNIT_RE.test(ch)) out.push(ch);
  }
  return out;
}

describe('xOverLimit without parsing', () => {
  // Text without a link or an emoji is counted without parseTweet: the same answer for every
  // code unit, alone and after the characters that start a keycap or text-style emoji.
  test('every BMP code unit outside ENTITY_UNIT_RE, alone and after #, *, digits, (c), (r), TM', () => {
    const units = plainUnits();
    const texts: string[] = [];
    for (let i = 0; i < units.length; i += 200) texts.push(units.slice(i, i + 200).join(''));
    for (const lead of '#*0123456789\u00a9\u00ae\u2122') for (let i = 0; i < units.length; i += 150) texts.push(units.slice(i, i + 150).map((u) => lead + u).join(''));
    for (const t of texts) {
      const len = xLength(t);
      expect(xOverLimit(t)).toEqual(len.weighted > X_MAX_WEIGHTED ? len : undefined);
    }
  });
});

describe('xOverLimit on random text near the limit', () => {
  // Pieces that make or break links and emoji, in every order: the answer is parseTweet's.
  const PIECES = ['a', 'co', 'com', 'Example', 'ORG', '.', '. ', '.\n', ' ', 'xn--p1ai', '\u0440\u0444', '\u0420\u0424', '\u4e2d\u56fd', '\u00f6', '\u2013', '@', '+', '-', '1', 'https://', 'www', '/', '\u00df', '\u00a9', '\u2019', '\u65e5\u672c\u8a9e', '\u3002', 'e\u0301', '\u1100\u1161', '\u{1f44d}', '\ufe0f', '\u20e3', '#'];
  test('2,000 texts', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 2_000; n++) {
      let t = '';
      const target = 150 + Math.floor(next() * 200);
      while (t.length < target) t += PIECES[Math.floor(next() * PIECES.length)];
      const len = xLength(t);
      expect(xOverLimit(t), t).toEqual(len.weighted > X_MAX_WEIGHTED ? len : undefined);
    }
  });
});

describe('NOT_NFC_INERT_RE', () => {
  const inert: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (!NOT_NFC_INERT_RE.test(String.fromCharCode(c))) inert.push(c);
  // Code points that combine with what precedes them, or may: every one that is not first in a
  // canonical decomposition (Hangul vowels and final consonants among them).
  const seconds = new Set<number>();
  const firsts = new Set<string>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const d = [...String.fromCodePoint(cp).normalize('NFD')];
    if (d.length > 1) firsts.add(d[0]!);
    for (const x of d.slice(1)) seconds.add(x.codePointAt(0)!);
  }
  /** Canonical combining class 0: reordering moves no mark across it (U+0334 has class 1,
   * U+0301 class 230). */
  const classZero = (ch: string) => `a${ch}\u0334`.normalize('NFD') === `a${ch}\u0334` && `a\u0301${ch}`.normalize('NFD') === `a\u0301${ch}`;

  test('each inert unit is its own NFC, of class 0, and combines with nothing before it', () => {
    expect(inert.length).toBeGreaterThan(28_000);
    for (const c of inert) {
      const ch = String.fromCharCode(c);
      const first = ch.normalize('NFD')[0]!;
      expect({ c, nfc: ch.normalize('NFC') === ch, second: seconds.has(c) || seconds.has(first.charCodeAt(0)), classZero: classZero(first) }).toEqual({ c, nfc: true, second: false, classZero: true });
    }
  });

  test('NFC of text before an inert unit and the unit is NFC of the text, then the unit', () => {
    const before = [...firsts, '\u0301', '\u3099', '\uac00', '\u1100', 'e\u0301', '\ud83d'];
    for (let i = 0; i < inert.length; i += 61) {
      const ch = String.fromCharCode(inert[i]!);
      for (const b of before) expect((b + ch).normalize('NFC')).toBe(b.normalize('NFC') + ch.normalize('NFC'));
    }
  });
});
