/** Which texts xOverLimit leaves to parseTweet: only those where twitter-text may find a link
 * (its link regex is costly to compile and run). Over the limit in every case. */
import { describe, expect, test, vi } from 'vitest';

const calls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('twitter-text/dist/parseTweet.js', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => unknown }).default;
  return {
    default: (text: string) => {
      calls.texts.push(text);
      return real(text);
    },
  };
});

const { xOverLimit } = await import('../../../lib/templates/x-length.ts');

const PAD = ' and more'.repeat(40);

describe('xOverLimit and parseTweet', () => {
  test.each([
    ['sentences', `Sorry. We are on it.${PAD}`],
    ['a link to a domain that is no top-level domain (the lists were read)', `See https://voltpro.example/notice/vp20k.${PAD}`],
    ['abbreviations and dates', `z.B. e.g. vom 1.\u201314. M\u00e4rz${PAD}`],
    ['Japanese', `\u3054\u8ff7\u60d1\u3092\u304a\u304b\u3051\u3057\u307e\u3059\u3002`.repeat(14)],
  ])('%s: counted without parsing', (_what, text) => {
    calls.texts = [];
    expect(xOverLimit(text)).toBeDefined();
    expect(calls.texts).toEqual([]);
  });

  test('an emoji: parsed with its dots as commas (no link search)', () => {
    calls.texts = [];
    expect(xOverLimit(`Thanks. \u{1F44D}${PAD}`)?.weighted).toBeGreaterThan(280);
    expect(calls.texts).toEqual([`Thanks, \u{1F44D}${PAD}`]);
  });

  test.each([
    ['a real top-level domain', `See voltpro.com/help${PAD}`],
    ['punycode', `See a.xn--p1ai${PAD}`],
  ])('%s: parsed', (_what, text) => {
    calls.texts = [];
    expect(xOverLimit(text)).toBeDefined();
    expect(calls.texts).toEqual([text]);
  });
});
