import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { NGRAM_LANGUAGES, ngramScores } from '../../../lib/analysis/ngram-table.ts';
import { phraseKeys } from '../../../lib/analysis/pack.ts';
import { prepareText } from '../../../lib/analysis/prepare.ts';
import { tokenize, tokenizeWithRegex } from '../../../lib/analysis/tokenize.ts';

describe('the tokenizer scanner gives exactly what the reference regex gives', () => {
  test.each([
    ['plain English', "It's not bad, but it doesn't work!!! 10:30 x3"],
    ['emoticons', ':) :-( xD XP x( T_T ^^ </3 <3 ;_; ): (: a:) 5:)'],
    ['annoyed, baffled, aghast faces and their look-alikes', '-_- -.- a-_- o_O o.O O_o o.k. so D: Plan D:x well-known x-ray - ok -- ---'],
    ['URLs, handles, hashtags', 'see https://t.co/abc?x=1 and www.example.com @user_name #refund #日本 #über'],
    ['accents and typographic apostrophes', "l'été café’s naïve don’t o'clock"],
    ['words touching emoji', 'great👍 bad😡 👍🏽 🇯🇵 ok❤️'],
    ['CJK, Thai, Hangul, RTL', '最悪です。届かない！ สินค้าดีมาก 배송이 늦어요 التوصيل متأخر'],
    ['punctuation runs', '...!!! ¿qué? ¡no! 。！？ ,,; :: --'],
    ['odd apostrophes', "ab''cd it's' o'' 'quoted' rock'n'roll"],
    ['lone surrogates (after prepare)', prepareText('\ud83d x \ude00 y').text],
    ['Arabic comma, semicolon and question mark', 'والدعم ما يرد، خدمة زفت؛ هل البطارية سيئة؟ لا'],
    ['kaomoji and brackets that are not faces', '届かない(´；ω；`) 嬉しい(*^▽^*) ugh (>_<) (see below) (笑) (^^) (10:30) ( ; ) (T_T)'],
    ['empty', ''],
  ])('%s', (_, text) => {
    expect(tokenize(text)).toEqual(tokenizeWithRegex(text));
  });
});

describe('phrase index keys (pack.ts phraseKeys)', () => {
  test.each([
    ['broken', ['bro']],
    ['(?:stopped|stops|quit) working', ['sto', 'qui']],
    ["doesn't work", ['doe']],
    ['no (?:funciona|sirve)', ['no']],
    ['malfunction(?:ed|s)?', ['mal']],
    ['colou?r', ['col']],
    ['(?:1|one) stars?', ['1', 'one']],
    ['rip-?off', ['rip']],
    ["n'achetez pas", null],
    ['(?:ne )?fonctionne', null],
    ['[a-z]+ broken', null],
  ])('%s -> %j', (pattern, keys) => {
    const got = phraseKeys(pattern);
    expect(got === null ? null : [...got].sort()).toEqual(keys === null ? null : [...keys].sort());
  });

  test('CJK patterns are keyed by their first character', () => {
    expect([...(phraseKeys('(?:壊れ|故障)', true) ?? [])].sort()).toEqual(['壊', '故']);
    expect(phraseKeys('(?:全然)?届かない', true)).toBeNull();
  });
});

describe('ELD n-gram table', () => {
  test('scores the right language highest for a plain sentence', () => {
    const scores = new Float64Array(NGRAM_LANGUAGES.length);
    ngramScores(['die', 'lieferung', 'war', 'schnell', 'und', 'gut'], scores);
    const best = NGRAM_LANGUAGES[scores.indexOf(Math.max(...scores))];
    expect(best).toBe('de');
  });

  test('no words, no n-grams', () => {
    const scores = new Float64Array(NGRAM_LANGUAGES.length);
    expect(ngramScores([], scores)).toBe(0);
    expect(Math.max(...scores)).toBe(0);
  });
});

describe('language: Indonesian, Malay, Russian/Ukrainian, mixed scripts', () => {
  test.each([
    // ELD has no Indonesian: its Malay n-grams stand in, and the result is called id.
    ['Pesanan saya belum sampai sudah dua minggu', undefined, 'id'],
    ['Saya tidak bisa datang karena hujan', ['en', 'id', 'ms'], 'id'],
    // With Malay on the team, Malay-only words (boleh, tak, awak) make it Malay.
    ['boleh tak awak hantar barang ni esok', ['en', 'id', 'ms'], 'ms'],
    // Ukrainian-only letters settle Cyrillic; without any, Ukrainian must clearly lead.
    ['Доставка була дуже швидкою, дякую за якісний товар', undefined, 'uk'],
    ['Доставка была очень быстрой, спасибо', undefined, 'ru'],
    ['Нас не нашли.', undefined, 'ru'],
    // Latin names inside Thai or Hebrew text do not make it English.
    ['วันพุธ 18 พฤษภาคม Last modified on วันพุธ', undefined, 'th'],
    ['המשלוח הגיע מהר מאוד, תודה ל-Amazon Prime', undefined, 'he'],
    // Scripts used by one language outside the n-gram table.
    ['ডেলিভারি খুব দ্রুত ছিল', undefined, 'bn'],
  ])('%s (team %j) -> %s', (text, languages, lang) => {
    expect(analyzeText({ text }, { languages }).lang).toBe(lang);
  });
});

type Row = [phenomenon: string, text: string, label: 'negative' | 'neutral' | 'positive', categories: string[]];

describe('Indonesian sentiment and complaints', () => {
  test.each<Row>([
    ['praise', 'Barangnya bagus, pengiriman cepat', 'positive', []],
    ['negation', 'Barangnya tidak bagus', 'negative', []],
    ['negated negative (VADER: "not bad" leans positive)', 'Tidak jelek kok', 'positive', []],
    ['contrast: the clause after "tapi" wins', 'Bagus tapi pengiriman lama', 'negative', ['delivery']],
    ['booster + damaged', 'Kecewa banget, barang rusak', 'negative', ['damaged']],
    ['delivery complaint without a sentiment word', 'Pesanan saya belum sampai sudah 2 minggu', 'negative', ['delivery']],
    ['do-not-buy phrase', 'kualitas jelek, jangan beli', 'negative', ['damaged']],
    // "Not as pictured" is a complaint, but no counterfeit (tests/fixtures/analysis/categories/README.md).
    ['listing mismatch', 'Barang tidak sesuai gambar', 'negative', []],
    ['a question does not flip a label', 'Apakah barangnya bagus?', 'positive', []],
  ])('%s: %s', (_, text, label, categories) => {
    const a = analyzeText({ text, langHint: 'id' });
    expect(a.sentiment.label).toBe(label);
    expect(a.complaint?.categories).toEqual(categories);
  });
});

describe('Arabic sentiment and complaints (RTL)', () => {
  test.each<Row>([
    ['negative word + booster', 'المنتج سيء جدا', 'negative', []],
    ['negation', 'المنتج ليس سيء', 'positive', []],
    ['delivery complaint', 'الطلب لم يصل حتى الآن', 'negative', ['delivery']],
    ['contrast', 'المنتج رائع لكن التوصيل متأخر', 'negative', ['delivery']],
    ['praise', 'شكرا على الخدمة الممتازة', 'positive', []],
    ['counterfeit', 'منتج مغشوش', 'negative', ['counterfeit']],
    ['neutral statement', 'وصلت الطلبية اليوم', 'neutral', []],
  ])('%s: %s', (_, text, label, categories) => {
    const a = analyzeText({ text });
    expect(a.lang).toBe('ar');
    expect(a.sentiment.label).toBe(label);
    expect(a.complaint?.categories).toEqual(categories);
  });
});

describe('kaomoji', () => {
  test.each<[text: string, label: 'negative' | 'neutral' | 'positive']>([
    ['まだ届かない(´；ω；`)', 'negative'],
    ['(´・ω・`)', 'negative'],
    ['ugh (>_<)', 'negative'],
    ['ありがとう(*^▽^*)', 'positive'],
    ['(≧▽≦)', 'positive'],
    // Brackets around words or numbers are no faces.
    ['(see below)', 'neutral'],
    ['発送は(午前10時)です', 'neutral'],
  ])('%s', (text, label) => {
    expect(analyzeText({ text }).sentiment.label).toBe(label);
  });

  test('a kaomoji is one emoticon token, whatever NFKC did to its accent', () => {
    const kinds = tokenize(prepareText('x (´・ω・`) y').text).map((t) => t.kind);
    expect(kinds).toEqual(['word', 'emoticon', 'word']);
  });
});

describe('Arabic punctuation', () => {
  test('the Arabic comma ends a negation window, the Arabic question mark a sentence', () => {
    // "Support doesn't reply, rubbish service": ما negates يرد, not زفت across the comma.
    expect(analyzeText({ text: 'والدعم ما يرد، خدمة زفت', langHint: 'ar' }).sentiment.label).toBe('negative');
    const kinds = tokenize('يرد، خدمة؟').map((t) => t.kind);
    expect(kinds).toEqual(['word', 'punct', 'word', 'punct']);
  });
});
