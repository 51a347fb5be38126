import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { normalizeHint } from '../../../lib/analysis/lang-codes.ts';

function detect(text: string, langHint?: string, languages?: string[]) {
  const a = analyzeText({ text, langHint }, { languages });
  return { lang: a.lang, confidence: a.langConfidence };
}

describe('script decides directly', () => {
  test.each([
    ['この商品はとても使いやすいです', 'ja'],
    ['カメラ', 'ja'], // katakana only
    ['这个产品质量非常好，物流也很快', 'zh'],
    ['這個產品質量非常好', 'zh'], // traditional
    ['배송이 너무 늦어요', 'ko'],
    ['สินค้าดีมาก ส่งเร็ว', 'th'],
    ['המשלוח הגיע מהר מאוד', 'he'],
    ['Το προϊόν είναι εξαιρετικό', 'el'],
    ['التوصيل كان سريعا جدا والمنتج ممتاز', 'ar'],
    ['डिलीवरी बहुत जल्दी हुई, धन्यवाद', 'hi'],
  ])('%s -> %s', (text, lang) => {
    const r = detect(text);
    expect(r.lang).toBe(lang);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  // Cyrillic is shared: franc (limited) and function words choose, Ukrainian always a candidate.
  test.each([
    ['Доставка была очень быстрой, спасибо', 'ru'],
    ['Доставка була дуже швидкою, дякую за якісний товар', 'uk'],
  ])('%s -> %s', (text, lang) => {
    const r = detect(text);
    expect(r.lang).toBe(lang);
    expect(r.confidence).toBeGreaterThanOrEqual(0.75);
  });
});

describe('Latin script: franc limited to our languages, plus function words', () => {
  test.each([
    ['The delivery was quick and the product works as described', 'en'],
    ['Die Lieferung war schnell und das Produkt funktioniert wie beschrieben', 'de'],
    ['La entrega fue rápida y el producto funciona como se describe', 'es'],
    ['La livraison a été rapide et le produit fonctionne comme décrit', 'fr'],
    ['La consegna è stata veloce e il prodotto funziona come descritto', 'it'],
    ['A entrega foi rápida e o produto funciona como descrito', 'pt'],
    ['De levering was snel en het product werkt zoals beschreven', 'nl'],
    ['Dostawa była szybka, a produkt działa zgodnie z opisem', 'pl'],
    ['Pengiriman cepat dan produknya berfungsi sesuai deskripsi', 'id'],
  ])('%s -> %s', (text, lang) => {
    const r = detect(text);
    expect(r.lang).toBe(lang);
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('short, empty or code-mixed text is never confident nonsense', () => {
  test.each([
    ['', 'und', 0],
    ['   \n\t ', 'und', 0],
    ['😡😡👎', 'und', 0],
    ['https://example.com/a/b?c=d @someone #tag', 'und', 0],
    ['12345 !!! ???', 'und', 0],
    ['ok', 'und', 0.3],
    ['lol', 'und', 0.3],
    ['Not good', 'und', 0.3],
  ])('%j -> %s (confidence <= %d)', (text, lang, maxConfidence) => {
    const r = detect(text);
    expect(r.lang).toBe(lang);
    expect(r.confidence).toBeLessThanOrEqual(maxConfidence);
  });

  test('code-mixed English and Japanese: the larger part wins, with less confidence, and both are scored', () => {
    const a = analyzeText({ text: 'この商品 is really bad quality' });
    expect(a.lang).toBe('en');
    expect(a.langConfidence).toBeLessThan(0.85);
    expect(a.sentiment.label).toBe('negative');
    const b = analyzeText({ text: 'この商品は最悪でした、まったく使えない。 so bad' });
    expect(b.lang).toBe('ja');
    expect(b.sentiment.label).toBe('negative');
  });

  test('a single Han character without a hint stays uncertain', () => {
    const r = detect('好');
    expect(r.lang).toBe('zh');
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('platform hints', () => {
  test.each([
    // Short text: trust the hint (X knows the author's language better than three words do).
    ['nicht gut', 'de', 'de'],
    ['Top!', 'en', 'en'],
    ['muy bien', 'es', 'es'],
    // Han-only Japanese has no kana: the hint decides between ja and zh.
    ['最悪', 'ja', 'ja'],
    ['返品不可', 'ja', 'ja'],
    ['最悪', undefined, 'zh'],
    // Amazon locales and legacy codes.
    ['Produto muito bom, recomendo a todos', 'pt-BR', 'pt'],
    ['Barangnya bagus sekali', 'in', 'id'],
    // The text clearly disagrees: a long German review under an English marketplace hint.
    ['Die Lieferung hat drei Wochen gedauert und das Gerät war bei der Ankunft schon kaputt', 'en', 'de'],
    // Script wins over a hint in another script.
    ['この商品はとても使いやすいです', 'en', 'ja'],
    // A meaningless hint (X marks media-only posts 'zxx', undetermined 'und').
    ['The delivery was quick and the product works as described', 'und', 'en'],
    ['The delivery was quick and the product works as described', 'zxx', 'en'],
  ])('%s with hint %s -> %s', (text, hint, lang) => {
    expect(detect(text, hint).lang).toBe(lang);
  });

  test.each([
    ['de-DE', 'de'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['zh-Hant', 'zh'],
    ['iw', 'he'],
    ['in', 'id'],
    ['und', undefined],
    ['qme', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('normalizeHint(%j) -> %j', (hint, expected) => {
    expect(normalizeHint(hint)).toBe(expected);
  });
});

describe('team languages widen the candidate list', () => {
  test('Danish is only a candidate when the team works in it', () => {
    const text = 'Leveringen var hurtig, og produktet virker som beskrevet';
    expect(detect(text).lang).not.toBe('da');
    expect(detect(text, undefined, ['da']).lang).toBe('da');
  });
});
