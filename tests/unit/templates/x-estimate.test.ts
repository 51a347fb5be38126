/** The X estimate without filling: whenever it says a template fits, the template filled fits
 * (xOverLimit of the filled text finds nothing), near the limit too. */
import { describe, expect, test } from 'vitest';
import { fitsOnceFilled, pieceBound } from '../../../lib/templates/x-estimate.ts';
import { xLengthBound, xOverLimit } from '../../../lib/templates/x-length.ts';
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
    ['text at or above U+0300 (NFC may join it with its neighbours)', 'De\u0301sole\u0301 {{author.name}} 抱歉'],
    ['an unknown variable', 'Hi {{author.nmae}}'],
    ['an unclosed variable', 'Hi {{author.name'],
  ])('%s: not told', (_what, template) => {
    expect(fitsOnceFilled(template, scanVariables(template), valueBound)).toBe(false);
  });
});
