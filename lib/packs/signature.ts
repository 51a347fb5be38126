/**
 * Pack signatures: ES256 (ECDSA P-256, SHA-256) through WebCrypto over the canonical bytes
 * (canonical.ts). The signature value is WebCrypto's raw r‖s (IEEE P1363), base64url; Node's
 * `crypto.verify('sha256', bytes, {key, dsaEncoding: 'ieee-p1363'}, sig)` checks the same bytes
 * (tests/unit/packs/signature.test.ts does).
 *
 * Trust: with no key pinned there is nothing to check a signature against, and every parsable
 * pack is taken (status `unpinned`). Once any key is pinned, a pack must carry a signature by a
 * pinned key that verifies; unsigned, unknown-key and bad signatures are refused.
 */
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { canonicalPackText, defaultSubtle, utf8 } from './canonical.ts';
import { ES256_PARAMS, importVerifyKey, type PrivateKeyRead } from './keys.ts';
import { readPackCandidate, type CandidateRead } from './read.ts';
import { PACK_SIGNATURE_ALG, type KeyId, type PackSignature, type PinnedKey } from './schema.ts';

export async function signCanonical(canonical: string, key: CryptoKey, keyId: KeyId, subtle: SubtleCrypto = defaultSubtle()): Promise<PackSignature> {
  const raw = new Uint8Array(await subtle.sign(ES256_PARAMS, key, utf8(canonical)));
  return { alg: PACK_SIGNATURE_ALG, keyId, value: toBase64Url(raw) };
}

/** True when `signature` is a valid signature of `canonical` by `key`'s holder. */
export async function verifyCanonical(canonical: string, signature: PackSignature, key: PinnedKey, subtle: SubtleCrypto = defaultSubtle()): Promise<boolean> {
  const sig = fromBase64Url(signature.value);
  if (!sig || sig.length !== 64) return false;
  const publicKey = await importVerifyKey(key.jwk, subtle);
  return subtle.verify(ES256_PARAMS, publicKey, sig as Uint8Array<ArrayBuffer>, utf8(canonical));
}

export type SignatureCheck =
  | { status: 'verified'; keyId: KeyId }
  /** No key pinned: nothing to check against (the pack may still carry a signature). */
  | { status: 'unpinned' }
  | { status: 'unsigned' }
  | { status: 'unknown-key'; keyId: KeyId }
  | { status: 'bad-signature'; keyId: KeyId };

export async function checkSignature(
  canonical: string,
  signature: PackSignature | undefined,
  pinned: readonly PinnedKey[],
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<SignatureCheck> {
  if (pinned.length === 0) return { status: 'unpinned' };
  if (!signature) return { status: 'unsigned' };
  // The key id only picks the key: what decides is that key's verification.
  const key = pinned.find((k) => k.keyId === signature.keyId);
  if (!key) return { status: 'unknown-key', keyId: signature.keyId };
  return (await verifyCanonical(canonical, signature, key, subtle))
    ? { status: 'verified', keyId: key.keyId }
    : { status: 'bad-signature', keyId: signature.keyId };
}

export type SignFileResult = { ok: true; text: string; signature: PackSignature } | { ok: false; read: Extract<CandidateRead, { ok: false }> };

/**
 * `crisis-desk pack sign`: the pack file's text with a signature by `signer`, replacing any
 * earlier one. The file's own formatting is kept when it can be (the signature becomes its last
 * member, on one line), so a re-sign is a one-line change in git; otherwise the file is written
 * again with JSON.stringify and the file's indentation. Either way the result is checked: it
 * reads back to the same canonical bytes and signature.
 */
export async function signPackText(
  text: string,
  signer: Extract<PrivateKeyRead, { ok: true }>,
  subtle: SubtleCrypto = defaultSubtle(),
  maxBytes?: number,
): Promise<SignFileResult> {
  const read = readPackCandidate(text, maxBytes === undefined ? {} : { maxBytes });
  if (!read.ok) return { ok: false, read };
  const { canonical } = read.candidate;
  const signature = await signCanonical(canonical, signer.key, signer.keyId, subtle);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = withSignatureMember(body, canonical, signature);
  const back = JSON.parse(out) as Record<string, unknown>;
  if (canonicalPackText(back) !== canonical || JSON.stringify(back.signature) !== JSON.stringify(signature)) {
    throw new Error('the signed file does not read back to the signed content');
  }
  return { ok: true, text: out, signature };
}

function indentOf(body: string): string {
  return /^\{[ \t]*\r?\n([ \t]+)"/.exec(body)?.[1] ?? '  ';
}

const EOL_RE = /\r\n/;

function withSignatureMember(body: string, canonical: string, signature: PackSignature): string {
  const indent = indentOf(body);
  const eol = EOL_RE.test(body) ? '\r\n' : '\n';
  const member = `"signature": ${JSON.stringify(signature)}`;
  // A signature this tool wrote: the last member, one object without nested braces.
  const stripped = body.replace(/,\s*"signature"\s*:\s*\{[^{}]*\}(\s*\}\s*)$/, '$1');
  const sameContent = (candidate: string) => {
    try {
      const raw = JSON.parse(candidate) as unknown;
      return typeof raw === 'object' && raw !== null && !('signature' in raw) && canonicalPackText(raw) === canonical;
    } catch {
      return false;
    }
  };
  if (sameContent(stripped)) {
    const close = stripped.lastIndexOf('}');
    const before = stripped.slice(0, close).replace(/\s+$/, '');
    return `${before},${eol}${indent}${member}${eol}}${eol}`;
  }
  // A signature elsewhere in the file, or a hand-edited one: write the file again.
  const raw = JSON.parse(body) as Record<string, unknown>;
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'signature'));
  const json = JSON.stringify({ ...rest, signature }, null, indent);
  return (eol === '\r\n' ? json.replace(/\n/g, '\r\n') : json) + eol;
}
