import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { translatedAfinnNegatives } from '../../../lib/analysis/languages/afinn-translated.ts';

// Our own sentences (not from any data set) carried by a word of the translated AFINN negatives
// (languages/afinn-translated.ts): news-style and complaint negativity ("threatened",
// "bankruptcy", "toxic", "fake") of the kind the hand lists are thin on.
type Row = [lang: string, text: string, word: string];

describe('translated AFINN negatives', () => {
  test.each<Row>([
    ['fr', 'Le petit commerce du quartier est menacé', 'menacé'],
    ['fr', 'La chaîne annonce la faillite de son fournisseur', 'faillite'],
    ['de', 'Das Wasser im Fluss ist giftig', 'giftig'],
    ['es', 'Los vecinos denuncian un vertido tóxico junto al río', 'tóxico'],
    ['it', 'Il pacco è arrivato con un ritardo enorme', 'ritardo'],
    ['pt', 'O vendedor foi acusado de fraude', 'fraude'],
    ['ar', 'هذه الساعة مزيفة', 'مزيفة'],
  ])('%s: %s', (lang, text, word) => {
    expect(translatedAfinnNegatives(lang)[word]).toBeLessThan(0);
    expect(analyzeText({ text, langHint: lang }).sentiment.label).toBe('negative');
  });

  test('only negatives, only the six languages, hand lists win on overlap', () => {
    for (const lang of ['ar', 'de', 'es', 'fr', 'it', 'pt']) {
      const words = translatedAfinnNegatives(lang);
      expect(Object.keys(words).length).toBeGreaterThan(1000);
      expect(Object.values(words).every((v) => v < 0 && Number.isInteger(v))).toBe(true);
    }
    expect(translatedAfinnNegatives('id')).toEqual({});
    // Arabic function words the translation made negative are left out ("with", "about").
    expect(translatedAfinnNegatives('ar')['مع']).toBeUndefined();
    expect(translatedAfinnNegatives('ar')['حول']).toBeUndefined();
    expect(analyzeText({ text: 'ذهبت مع أصدقائي إلى السوق', langHint: 'ar' }).sentiment.label).toBe('neutral');
    expect(translatedAfinnNegatives('en')).toEqual({});
    // "pas mal" stays praise in French although "mal" is negative in the translation.
    expect(analyzeText({ text: "Ce n'est pas mal du tout", langHint: 'fr' }).sentiment.label).toBe('positive');
  });
});
