import { describe, expect, test } from 'vitest';
import { analyzeText, SENTIMENT_LAYERS, type SentimentLayer } from '../../../lib/analysis/index.ts';

// The evaluation-only layer switches (`npm run eval layers`): switching one layer off removes
// exactly what that layer does; no switch (or an empty list) is the shipped analyser.
const label = (text: string, lang: string, off: SentimentLayer[] = []) =>
  analyzeText({ text, langHint: lang }, { withoutLayers: off }).sentiment.label;

describe('sentiment layer switches', () => {
  test.each<[SentimentLayer, string, string, string, string]>([
    ['negation', 'This is not good', 'en', 'negative', 'positive'],
    ['emoji', 'Lieferung heute 😡', 'de', 'negative', 'neutral'],
    ['words', 'What a terrible day', 'en', 'negative', 'neutral'],
    ['phrases', 'My package never arrived', 'en', 'negative', 'neutral'],
    ['borrowedLexicons', 'La chaîne annonce la faillite de son fournisseur', 'fr', 'negative', 'neutral'],
    ['morphology', 'Seit gestern habe ich Halsschmerzen', 'de', 'negative', 'neutral'],
    ['morphology', 'Des réponses nulles', 'fr', 'negative', 'neutral'],
  ])('%s off: "%s"', (layer, text, lang, on, off) => {
    expect(label(text, lang)).toBe(on);
    expect(label(text, lang, [layer])).toBe(off);
  });

  test('an empty list is the default analyser, for every text above and every layer name', () => {
    const text = 'NOT happy!!! The app froze -_- but support was very kind';
    expect(analyzeText({ text }, { withoutLayers: [] })).toEqual(analyzeText({ text }));
    for (const layer of SENTIMENT_LAYERS) expect(() => analyzeText({ text }, { withoutLayers: [layer] })).not.toThrow();
  });

  test('contrast off: both clauses weigh the same', () => {
    const text = 'The screen is great but the battery is awful';
    const on = analyzeText({ text, langHint: 'en' }).sentiment.score;
    const off = analyzeText({ text, langHint: 'en' }, { withoutLayers: ['contrast'] }).sentiment.score;
    expect(on).toBeLessThan(off);
  });
});
