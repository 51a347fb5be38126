/** The X estimate without filling: whenever it says a template fits, the template filled fits
 * (xOverLimit of the filled text finds nothing), near the limit too. */
import { describe, expect, test } from 'vitest';
import { fitsOnceFilled, pieceBound } from '../../../lib/templates/x-estimate.ts';
import { inertSpanBound, xLengthBound, xOverLimit } from '../../../lib/templates/x-length.ts';
import { fillTemplate, scanVariables, type VariableToken } from '../../../lib/templates/variables.ts';

const VALUES = { author: { name: 'Alexandra Meyer', handle: 'alexandra_m' }, product: { name: 'VoltPro 20K power bank' } };

function valueBound(t: VariableToken): number | undefined {
  const answers = t.kind === 'ask' ? { [t.prompt]: '1234567890' } : {};
  return pieceBound(fillTemplate(t.raw, { lang: 'en', values: { ...VALUES, answers } }).text);
}

function filled(template: string): string {
  const answers: Record<string, string> = {};
  for (const t of scanVariables(template)) if (t.kind === 'ask') answers[t.prompt] = '1234567890';
  return fillTemplate(template, { lang: 'en', values: { ...VALUES, answers } }).text;
}

const TEMPLATES: [string, string][] = [
  ['variables between sentences', 'Hi {{author.name}}. Sorry about your {{product.name}}. Please send your {{ask:order number}}.'],
  ['a dot right before a value (it may start a domain there)', 'See voltpro.{{author.handle}} and a.{{author.name}}'],
  ['a value at the start and the end', '{{author.handle}} thanks {{product.name}}'],
  ['a missing value stays as written', 'Update: {{incident.summary}}'],
  ['accents, precomposed and combining', 'De\u0301sole\u0301 {{author.name}}, d\u00e9sol\u00e9 pour {{product.name}}.'],
  ['Japanese', '{{author.name}}\u69d8\u3001\u3054\u8ff7\u60d1\u3092\u304a\u304b\u3051\u3057\u3066\u304a\u308a\u307e\u3059\u3002{{product.name}}\u306e\u4ef6\u3067\u3059\u3002{{ask:\u6ce8\u6587\u756a\u53f7}}'],
  ['Chinese with full-width punctuation', '\u975e\u5e38\u62b1\u6b49\uff0c{{author.handle}}\uff01{{product.name}}\u6b63\u5728\u53ec\u56de\u3002'],
];

describe('fitsOnceFilled', () => {
  test.each(TEMPLATES)('%s: never says it fits when the filled text does not', (_what, template) => {
    let said = 0;
    for (let pad = 120; pad <= 300; pad += 3) {
      for (const t of [`${template} ${'y'.repeat(pad)}`, `${'z. '.repeat(pad / 3)}${template}`]) {
        if (!fitsOnceFilled(t, scanVariables(t), valueBound)) continue;
        said++;
        expect(xLengthBound(filled(t))).toBeLessThanOrEqual(280);
        expect(xOverLimit(filled(t))).toBeUndefined();
      }
    }
    // The estimate is of use: short enough variants are told to fit.
    expect(said).toBeGreaterThan(0);
  });

  test.each([
    ['a piece that starts with a combining mark (NFC may join it with the value before it)', 'Hi {{author.name}}\u0301 there'],
    ['a piece that starts with a Korean vowel (NFC may join it with a syllable before it)', '{{author.name}}\u1161'],
    ['an unknown variable', 'Hi {{author.nmae}}'],
    ['an unclosed variable', 'Hi {{author.name'],
  ])('%s: not told', (_what, template) => {
    expect(fitsOnceFilled(template, scanVariables(template), valueBound)).toBe(false);
  });
});

describe('inertSpanBound', () => {
  test.each([
    ['Latin with sentence ends', 'Sorry. See a.co. Or b.co\nand c.co.\tThanks.'],
    ['a dot at the end', 'Thanks.'],
    ['Japanese with full-width punctuation', '\u3054\u8ff7\u60d1\u3092\u304a\u304b\u3051\u3057\u307e\u3057\u305f\u3002\uff08\u8a73\u7d30\uff09'],
    ['copyright and general punctuation', '\u00a9 VoltPro \u2014 \u2019 \u2026'],
  ])('%s: pieceBound of each slice', (_what, text) => {
    for (let from = 0; from <= text.length; from++) for (let to = from; to <= text.length; to++) expect(inertSpanBound(text, from, to)).toBe(pieceBound(text.slice(from, to)));
  });
});
