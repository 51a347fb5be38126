import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { translatedAfinnNegatives } from '../../../lib/analysis/languages/afinn-translated.ts';
import { afinnFrNegatives, patternNegatives } from '../../../lib/analysis/languages/borrowed-negatives.ts';

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
    // Shop words the translation made negative are left out: every order message contains them.
    expect(translatedAfinnNegatives('pt')['pedido']).toBeUndefined();
    expect(translatedAfinnNegatives('ar')['الطلب']).toBeUndefined();
    expect(analyzeText({ text: 'Meu pedido chegou hoje, pagamento confirmado', langHint: 'pt' }).sentiment.label).not.toBe('negative');
    expect(analyzeText({ text: 'وصل الطلب اليوم وتم الدفع', langHint: 'ar' }).sentiment.label).not.toBe('negative');
    // "pas mal" stays praise in French although "mal" is negative in the translation.
    expect(analyzeText({ text: "Ce n'est pas mal du tout", langHint: 'fr' }).sentiment.label).toBe('positive');
  });
});

// Our own sentences carried by a word only the borrowed lists have (Pattern it/fr, AFINN-fr):
// with the borrowed layer switched off they are not flagged.
describe('borrowed negatives (Pattern, AFINN-fr)', () => {
  test.each<[lang: string, text: string, word: string, table: 'pattern' | 'afinn-fr']>([
    ['it', 'Che sfortuna, il corriere ha perso il pacco', 'sfortuna', 'pattern'],
    ['it', 'Un venditore spietato', 'spietato', 'pattern'],
    ['fr', 'Des conditions de vente vraiment abominables', 'abominables', 'pattern'],
    ['fr', 'La cupidité de ce vendeur', 'cupidité', 'afinn-fr'],
  ])('%s: %s', (lang, text, word, table) => {
    const words = table === 'pattern' ? patternNegatives(lang) : afinnFrNegatives(lang);
    expect(words[word]).toBeLessThan(0);
    expect(analyzeText({ text, langHint: lang }).sentiment.label).toBe('negative');
    expect(analyzeText({ text, langHint: lang }, { withoutLayers: ['borrowedLexicons'] }).sentiment.label).not.toBe('negative');
  });

  test('only negatives, only it/fr, and common words with a neutral meaning are left out', () => {
    for (const lang of ['it', 'fr']) {
      const words = patternNegatives(lang);
      expect(Object.keys(words).length).toBeGreaterThan(300);
      expect(Object.values(words).every((v) => v < 0)).toBe(true);
    }
    expect(Object.values(afinnFrNegatives('fr')).every((v) => v < 0)).toBe(true);
    expect(patternNegatives('de')).toEqual({});
    expect(afinnFrNegatives('it')).toEqual({});
    // "prezzi bassi" is praise; "dire" is the French verb "to say".
    expect(patternNegatives('it')['bassi']).toBeUndefined();
    expect(afinnFrNegatives('fr')['dire']).toBeUndefined();
    expect(analyzeText({ text: 'Je voulais dire merci au vendeur', langHint: 'fr' }).sentiment.label).not.toBe('negative');
    expect(analyzeText({ text: 'Spedizione veloce e prezzi bassi', langHint: 'it' }).sentiment.label).not.toBe('negative');
  });
});

// A product's colour is no complaint, in any language the borrowed lists cover.
describe('colours are never negative', () => {
  test.each<[lang: string, text: string]>([
    ['pt', 'Comprei a capa na cor negra'],
    ['es', 'Quiero la camiseta negra, talla M'],
    ['it', 'Ho ordinato la borsa nera e quella viola'],
    ['ar', 'أريد اللون الرمادي أو الأخضر أو البني'],
  ])('%s: %s', (lang, text) => {
    expect(analyzeText({ text, langHint: lang }).sentiment.label).not.toBe('negative');
  });
});

// Order messages in Arabic: everyday words the translation rated negative (yes, I want, I feel,
// the first half of "Abdullah") must not make them complaints.
describe('Arabic shop talk is not a complaint', () => {
  test.each<[text: string, label: 'neutral' | 'positive']>([
    ['نعم وصل الطلب اليوم', 'neutral'],
    ['ابي اطلب نفس المنتج مرة ثانية', 'neutral'],
    ['احس المنتج ممتاز', 'positive'],
    ['عبد الله طلب ساعة جديدة', 'neutral'],
  ])('%s', (text, label) => {
    expect(analyzeText({ text, langHint: 'ar' }).sentiment.label).toBe(label);
  });
});
