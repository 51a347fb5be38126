/**
 * SHA-256 of each text's UTF-8 bytes, as lowercase hex, through WebCrypto's `crypto.subtle.digest`
 * (extension pages, workers and Node 20 all have it). `subtle` is a parameter so tests and other
 * runtimes can pass theirs; the default is `globalThis.crypto.subtle`.
 */

export type Sha256Hex = (texts: readonly string[]) => Promise<string[]>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

export class HashUnavailableError extends Error {
  constructor() {
    super('WebCrypto (crypto.subtle) is not available here: the text hashes cannot be computed');
    this.name = 'HashUnavailableError';
  }
}

/**
 * Digests run concurrently, a page at a time: each `digest` call is a round trip to the
 * browser's (or Node's) crypto thread, so awaiting them one by one costs several times more
 * (bench/export.ts).
 */
export function subtleSha256(subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Sha256Hex {
  const encoder = new TextEncoder();
  return async (texts) => {
    if (!subtle) throw new HashUnavailableError();
    const digests = await Promise.all(texts.map((t) => subtle.digest('SHA-256', encoder.encode(t))));
    return digests.map(toHex);
  };
}
