/**
 * The bytes an approver signs: the RFC 8785 (JSON Canonicalization Scheme) form of the pack file
 * without its top-level `signature` member, as UTF-8. JCS sorts object members by their UTF-16
 * code units and writes numbers and strings as ECMAScript does, so the same content gives the
 * same bytes whatever the file's formatting, key order or escapes — an approver can reformat the
 * file in git without re-signing. The `canonicalize` package (by the RFC's authors' circle,
 * erdtman/canonicalize) does the work; we only drop the signature.
 */
import canonicalize from 'canonicalize';

export const SIGNATURE_MEMBER = 'signature';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The canonical text of a parsed pack file (the value of JSON.parse), signature left out.
 * Throws for what JCS cannot represent (a lone surrogate in a string, NaN): such a file is
 * not a pack anyway.
 */
export function canonicalPackText(raw: unknown): string {
  if (!isRecord(raw)) throw new TypeError('a pack file is a JSON object');
  // fromEntries defines own properties: a member named "__proto__" stays a member (an assignment
  // would set the prototype and drop it from the signed bytes).
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== SIGNATURE_MEMBER));
  const text = canonicalize(rest);
  if (text === undefined) throw new TypeError('the pack cannot be canonicalised');
  return text;
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

/** SHA-256 of the text's UTF-8 bytes, lowercase hex. */
export async function sha256Hex(text: string, subtle: SubtleCrypto = defaultSubtle()): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', utf8(text)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export class WebCryptoUnavailableError extends Error {
  constructor() {
    super('WebCrypto (crypto.subtle) is not available here: pack signatures cannot be checked');
    this.name = 'WebCryptoUnavailableError';
  }
}

/** globalThis.crypto.subtle: extension pages, workers and Node 20 all have it. */
export function defaultSubtle(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new WebCryptoUnavailableError();
  return subtle;
}
