import { describe, expect, test, vi } from 'vitest';
import { NGRAM_LANGUAGES, ngramScores, ngramTableBytes } from '../../../lib/analysis/ngram-table.ts';

type TableModule = typeof import('../../../lib/analysis/ngram-table.ts');

/** A fresh ngram-table.ts whose text module is the extension's empty stub: only what is
 * installed can answer. */
async function withoutText(): Promise<TableModule> {
  vi.resetModules();
  vi.doMock('../../../lib/analysis/ngrams/eld-table-text.ts', () => ({ NGRAM_TABLE_TEXT: '' }));
  const mod = await import('../../../lib/analysis/ngram-table.ts');
  vi.doUnmock('../../../lib/analysis/ngrams/eld-table-text.ts');
  return mod;
}

// Our own phrases, one row per script and language family the table covers.
const WORDS: string[][] = [
  ['das', 'paket', 'kam', 'nie', 'an'],
  ['the', 'parcel', 'never', 'arrived'],
  ["n'est", 'jamais', 'arrivé'],
  ['el', 'pedido', 'llegó', 'roto'],
  ['荷物が届きません'],
  ['快递一直没到'],
  ['الطلب', 'لم', 'يصل'],
  ['pesanan', 'saya', 'belum', 'sampai'],
  ['xyzzy', 'qqq'],
];

function scores(mod: Pick<TableModule, 'ngramScores'>, words: string[]): { found: number; scores: number[] } {
  const s = new Float64Array(NGRAM_LANGUAGES.length);
  const found = mod.ngramScores(words, s);
  return { found, scores: [...s] };
}

// The built CLI ships the table decoded (dist/ngrams.bin, scripts/build-cli.mjs) and installs
// those bytes instead of decoding the text at every start.
describe('the n-gram table in binary form', () => {
  test('installed from its bytes, it scores every text exactly as the decoded text does', async () => {
    const bytes = ngramTableBytes();
    const fresh = await withoutText();
    expect(fresh.ngramTableAvailable()).toBe(false);
    expect(() => scores(fresh, WORDS[0]!)).toThrow(/not installed/);
    // Installed from a copy at an odd offset too (the words are then copied, not viewed).
    const odd = new Uint8Array(bytes.length + 1);
    odd.set(bytes, 1);
    fresh.installNgramTableBytes(odd.subarray(1));
    expect(fresh.ngramTableAvailable()).toBe(true);
    for (const words of WORDS) expect(scores(fresh, words), words.join(' ')).toEqual(scores({ ngramScores }, words));
    expect(scores(fresh, WORDS[0]!).found).toBeGreaterThan(5);
    // Scored twice: the stamps written into the table keep "distinct n-grams" per call.
    expect(scores(fresh, WORDS[0]!)).toEqual(scores({ ngramScores }, WORDS[0]!));
  });

  test('viewed in place when aligned, and the same answers', async () => {
    const fresh = await withoutText();
    fresh.installNgramTableBytes(ngramTableBytes());
    for (const words of WORDS) expect(scores(fresh, words)).toEqual(scores({ ngramScores }, words));
  });

  test('cut short, of another version or another size, it is refused with a named error', async () => {
    const bytes = ngramTableBytes();
    const fresh = await withoutText();
    const refused = /not a version 1 binary language n-gram table/;
    expect(() => fresh.installNgramTableBytes(bytes.subarray(0, bytes.length - 1))).toThrow(refused);
    expect(() => fresh.installNgramTableBytes(bytes.subarray(0, 8))).toThrow(refused);
    const otherVersion = bytes.slice();
    otherVersion[4] = 2;
    expect(() => fresh.installNgramTableBytes(otherVersion)).toThrow(refused);
    expect(() => fresh.installNgramTableBytes(new TextEncoder().encode('de\tab\n'))).toThrow(refused);
    expect(fresh.ngramTableAvailable()).toBe(false);
  });
});
