/** The text hash: WebCrypto SHA-256 of the UTF-8 bytes, hex; the same as Node's own hash. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { HashUnavailableError, subtleSha256 } from '../../../lib/export/sha256.ts';
import { TRICKY_TEXTS } from './records.ts';

describe('subtleSha256', () => {
  const hash = subtleSha256();

  test('FIPS 180-2 test vectors', async () => {
    expect(await hash(['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'])).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ]);
  });

  test.each(TRICKY_TEXTS)('%s: equals node:crypto over the UTF-8 bytes', async (_what, text) => {
    expect(await hash([text])).toEqual([createHash('sha256').update(text, 'utf8').digest('hex')]);
  });

  test('many texts keep their order', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `text ${i} ${'あ'.repeat(i % 17)}`);
    expect(await hash(texts)).toEqual(texts.map((t) => createHash('sha256').update(t).digest('hex')));
  });

  test('takes the SubtleCrypto it is given; without one it says so', async () => {
    const calls: string[] = [];
    const fake = { digest: async (alg: string) => (calls.push(alg), new Uint8Array(32).fill(255).buffer) } as unknown as SubtleCrypto;
    expect(await subtleSha256(fake)(['x'])).toEqual(['f'.repeat(64)]);
    expect(calls).toEqual(['SHA-256']);
    await expect(subtleSha256(null as unknown as undefined)(['x'])).rejects.toBeInstanceOf(HashUnavailableError);
  });
});
