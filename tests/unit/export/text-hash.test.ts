/** The stored text hash: FNV-1a as published, the stored SHA-256 used only for the text it was made from. */
import { describe, expect, test, vi } from 'vitest';
import { subtleSha256 } from '../../../lib/export/sha256.ts';
import { exportHashes, fnv1a32, storedSha256, textHashes } from '../../../lib/export/text-hash.ts';
import { sha256, TRICKY_TEXTS } from './records.ts';

describe('fnv1a32', () => {
  // FNV-1a 32-bit test vectors (http://www.isthe.com/chongo/tech/comp/fnv/, test_fnv.c): ASCII,
  // where a UTF-16 code unit is the byte.
  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j -> %i', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  test('an unsigned 32-bit integer for any text, different for a one-character edit', () => {
    for (const [, text] of TRICKY_TEXTS) {
      const h = fnv1a32(text);
      expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
      expect(fnv1a32(`${text}.`)).not.toBe(h);
    }
  });
});

describe('stored hashes', () => {
  test('textHashes: the SHA-256 of each text with its FNV-1a, in order', async () => {
    const texts = TRICKY_TEXTS.map(([, t]) => t);
    expect(await textHashes(texts, subtleSha256())).toEqual(texts.map((t) => ({ sha256: sha256(t), fnv1a: fnv1a32(t) })));
  });

  test('storedSha256: only for the text it was computed from', async () => {
    const [hash] = await textHashes(['I waited two weeks and…'], subtleSha256());
    expect(storedSha256('I waited two weeks and…', hash)).toBe(sha256('I waited two weeks and…'));
    // The text grew ("Show more") and a writer kept the old hash: not used.
    expect(storedSha256('I waited two weeks and it arrived broken', hash)).toBeUndefined();
    expect(storedSha256('anything', undefined)).toBeUndefined();
  });

  test('exportHashes: stored ones are used, the missing and stale ones hashed in one call, in row order', async () => {
    const [a, b] = await textHashes(['one', 'two'], subtleSha256());
    const hasher = vi.fn(subtleSha256());
    const rows = [{ text: 'one', textHash: a }, { text: 'new' }, { text: 'two', textHash: b }, { text: 'edited', textHash: a }];
    expect(await exportHashes(rows, hasher)).toEqual(['one', 'new', 'two', 'edited'].map(sha256));
    expect(hasher).toHaveBeenCalledTimes(1);
    expect(hasher).toHaveBeenCalledWith(['new', 'edited']);
  });

  test('exportHashes: no call at all when every row has its hash', async () => {
    const hashes = await textHashes(['one', 'two'], subtleSha256());
    const hasher = vi.fn(subtleSha256());
    expect(await exportHashes([{ text: 'one', textHash: hashes[0] }, { text: 'two', textHash: hashes[1] }], hasher)).toEqual([sha256('one'), sha256('two')]);
    expect(hasher).not.toHaveBeenCalled();
  });
});
