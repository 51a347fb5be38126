import { describe, expect, test } from 'vitest';
import { MentionSearch } from '../../../lib/inbox/search.ts';
import { bigrams, foldTerm, indexTokens, queryTerms } from '../../../lib/inbox/tokenize.ts';
import { row } from './fixtures.ts';

function searchOver(texts: Record<number, Parameters<typeof row>[1]>) {
  const s = new MentionSearch();
  for (const [n, fields] of Object.entries(texts)) s.put(row(Number(n), fields));
  return s;
}
const ids = (set: Set<string> | undefined) => [...(set ?? [])].sort();

describe('tokenize', () => {
  test.each([
    ['Latin words, punctuation and case', 'Refund?! My ORDER never-arrived.', ['Refund', 'My', 'ORDER', 'never', 'arrived']],
    ['accents are kept in tokens (folded later)', 'Gerät kaputt', ['Gerät', 'kaputt']],
    ['full-width Latin becomes ASCII', 'ＲＥＦＵＮＤ now', ['REFUND', 'now']],
  ])('%s', (_what, text, tokens) => {
    expect(indexTokens(text)).toEqual(tokens);
  });

  test('Chinese: Segmenter words plus character pairs; Latin around it stays whole', () => {
    const tokens = indexTokens('Acme充电器起火了 help');
    expect(tokens[0]).toBe('Acme');
    expect(tokens.at(-1)).toBe('help');
    expect(tokens).toEqual(expect.arrayContaining(['充电', '电器', '器起', '起火', '火了']));
    // ICU's dictionary finds words too (the exact cut depends on the ICU version).
    expect(tokens.some((t) => [...t].length >= 2 && !bigrams('充电器起火了').includes(t)) || tokens.includes('充电器')).toBe(true);
  });

  test('Japanese kana and kanji are segmented the same way', () => {
    expect(indexTokens('返金してください')).toEqual(expect.arrayContaining(['返金', '金し', 'して', 'くだ', 'さい']));
  });

  test('folding: NFKC, lower case, accents off Latin only', () => {
    expect(foldTerm('Gerät')).toBe('gerat');
    expect(foldTerm('ÉCHEC')).toBe('echec');
    expect(foldTerm('退款')).toBe('退款');
    expect(foldTerm('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  test('query terms: words are prefixes, a CJK run is its pairs, a single CJK character a prefix', () => {
    expect(queryTerms('refu Acme')).toEqual([
      { term: 'refu', prefix: true },
      { term: 'acme', prefix: true },
    ]);
    expect(queryTerms('退款慢')).toEqual([
      { term: '退款', prefix: false },
      { term: '款慢', prefix: false },
    ]);
    expect(queryTerms('火')).toEqual([{ term: '火', prefix: true }]);
    expect(queryTerms('  ,.  ')).toEqual([]);
  });
});

describe('MentionSearch', () => {
  const s = searchOver({
    1: { text: 'My parcel never arrived, I want a refund' },
    2: { text: 'Das Gerät kam beschädigt an', authorName: 'Kundin Müller' },
    3: { text: '充电器起火了，太危险了！要求退款' },
    4: { text: '申请退款一个月了还没到账' },
    5: { text: '返金してください。商品が壊れていました' },
    6: { text: '届いた箱が潰れていた', title: 'ひどい' },
    7: { text: 'Battery smoking after one charge', productId: 'B08N5WRWNW', authorHandle: 'acme_fan' },
  });

  test.each([
    ['a word', 'refund', [1]],
    ['a prefix while typing', 'refu', [1]],
    ['every term must match', 'parcel refund', [1]],
    ['terms that never meet match nothing', 'parcel battery', []],
    ['accents are ignored', 'gerat beschadigt', [2]],
    ['the author name', 'müller', [2]],
    ['the handle', 'acme_fan', [7]],
    ['the product id', 'b08n5wrwnw', [7]],
    ['zh: a word the segmenter keeps whole', '退款', [3, 4]],
    ['zh: across a segment boundary', '起火了', [3]],
    ['zh: a substring that is no word of its own', '电器起', [3]],
    ['zh: words that do not occur together', '退款起火慢', []],
    ['zh: a single character', '火', [3]],
    ['ja: kanji word', '返金', [5]],
    ['ja: kana inside a verb', '潰れて', [6]],
    ['ja: the review title', 'ひどい', [6]],
    ['ja and Latin mixed with a miss', '返金 battery', []],
  ])('%s: %s', (_what, query, expected) => {
    expect(ids(s.match(query))).toEqual(expected.map((n) => row(n).id).sort());
  });

  test('an empty query is no filter; put replaces, remove forgets', () => {
    expect(s.match('   ')).toBeUndefined();
    const t = searchOver({ 1: { text: 'broken screen' } });
    t.put(row(1, { text: 'late parcel' }));
    expect(ids(t.match('broken'))).toEqual([]);
    expect(ids(t.match('parcel'))).toEqual([row(1).id]);
    const before = t.version;
    t.remove(row(1).id);
    expect(t.version).toBeGreaterThan(before);
    expect(ids(t.match('parcel'))).toEqual([]);
  });
});
