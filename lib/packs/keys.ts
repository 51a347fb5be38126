/**
 * Approver keys: ECDSA P-256 through WebCrypto (no crypto of our own), named by their RFC 7638
 * JWK thumbprint. Public keys are read from a JWK (JSON) or a PEM "PUBLIC KEY" block (SPKI, as
 * `crisis-desk pack keygen` writes PREFIX.pub and `openssl ec -pubout` prints); private keys
 * from a PEM "PRIVATE KEY" block (PKCS#8, as keygen writes PREFIX.key and `openssl genpkey`
 * prints) or a JWK with `d`. A private key pasted where a public one belongs is refused, never
 * kept.
 */
import { fromBase64, toBase64, toBase64Url } from './base64url.ts';
import { defaultSubtle, utf8 } from './canonical.ts';
import { EcPublicJwkSchema, type EcPublicJwk, type KeyId } from './schema.ts';

export const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** ECDSA with SHA-256: WebCrypto hashes the data itself. */
export const ES256_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * RFC 7638 §3.2–3.3: the SHA-256 of the JSON object of the key's required members (for EC: crv,
 * kty, x, y) in lexicographic order with no whitespace, in base64url.
 */
export async function jwkThumbprint(jwk: EcPublicJwk, subtle: SubtleCrypto = defaultSubtle()): Promise<KeyId> {
  const members = `{"crv":${JSON.stringify(jwk.crv)},"kty":${JSON.stringify(jwk.kty)},"x":${JSON.stringify(jwk.x)},"y":${JSON.stringify(jwk.y)}}`;
  return toBase64Url(new Uint8Array(await subtle.digest('SHA-256', utf8(members))));
}

export async function importVerifyKey(jwk: EcPublicJwk, subtle: SubtleCrypto = defaultSubtle()): Promise<CryptoKey> {
  return subtle.importKey('jwk', { ...jwk, ext: true }, P256, true, ['verify']);
}

export type KeyReadProblem =
  /** Nothing pasted. */
  | 'empty'
  /** A private key where the public one belongs. */
  | 'private-key'
  /** A key, but not ECDSA P-256. */
  | 'not-p256'
  /** A PEM block or JWK whose content is not a valid key. */
  | 'invalid-key'
  /** Neither a JWK nor a PEM block. */
  | 'unrecognised'
  /** An encrypted or SEC1 ("EC PRIVATE KEY") private key: WebCrypto reads PKCS#8 only. */
  | 'unsupported-private-key';

export type PublicKeyRead = { ok: true; jwk: EcPublicJwk; keyId: KeyId } | { ok: false; problem: KeyReadProblem };
export type PrivateKeyRead = { ok: true; key: CryptoKey; jwk: EcPublicJwk; keyId: KeyId } | { ok: false; problem: KeyReadProblem };

interface PemBlock {
  label: string;
  der: Uint8Array<ArrayBuffer>;
}

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

function pemBlocks(text: string): PemBlock[] | undefined {
  const blocks: PemBlock[] = [];
  for (const m of text.matchAll(PEM_RE)) {
    const der = fromBase64(m[2] ?? '');
    if (!der) return undefined;
    blocks.push({ label: m[1] ?? '', der: der as Uint8Array<ArrayBuffer> });
  }
  return blocks;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JWK's public members, when it is an EC P-256 key at all. */
function ecPublic(jwk: Record<string, unknown>): EcPublicJwk | 'not-p256' | 'invalid-key' {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') return 'not-p256';
  const parsed = EcPublicJwkSchema.safeParse(jwk);
  return parsed.success ? parsed.data : 'invalid-key';
}

/** Checks the point is on the curve (importKey does) and names the key. */
async function finishPublic(jwk: EcPublicJwk, subtle: SubtleCrypto): Promise<PublicKeyRead> {
  try {
    await importVerifyKey(jwk, subtle);
  } catch {
    return { ok: false, problem: 'invalid-key' };
  }
  return { ok: true, jwk, keyId: await jwkThumbprint(jwk, subtle) };
}

/** A public key pasted or read from a file: JWK JSON or a PEM PUBLIC KEY block. */
export async function readPublicKey(text: string, subtle: SubtleCrypto = defaultSubtle()): Promise<PublicKeyRead> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (!isRecord(json)) return { ok: false, problem: 'unrecognised' };
    if ('d' in json) return { ok: false, problem: 'private-key' };
    const jwk = ecPublic(json);
    return typeof jwk === 'string' ? { ok: false, problem: jwk } : finishPublic(jwk, subtle);
  }
  const blocks = pemBlocks(trimmed);
  if (!blocks) return { ok: false, problem: 'invalid-key' };
  if (blocks.some((b) => b.label.includes('PRIVATE KEY'))) return { ok: false, problem: 'private-key' };
  const block = blocks.find((b) => b.label === 'PUBLIC KEY');
  if (!block) return { ok: false, problem: 'unrecognised' };
  let key: CryptoKey;
  try {
    key = await subtle.importKey('spki', block.der, P256, true, ['verify']);
  } catch {
    // An RSA or P-384 SPKI fails here as well as a damaged one; the curve is the likely cause.
    return { ok: false, problem: 'not-p256' };
  }
  const jwk = ecPublic((await subtle.exportKey('jwk', key)) as Record<string, unknown>);
  return typeof jwk === 'string' ? { ok: false, problem: jwk } : finishPublic(jwk, subtle);
}

/** A signing key: PEM PRIVATE KEY (PKCS#8) or a JWK with `d`. */
export async function readPrivateKey(text: string, subtle: SubtleCrypto = defaultSubtle()): Promise<PrivateKeyRead> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let key: CryptoKey;
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (!isRecord(json)) return { ok: false, problem: 'unrecognised' };
    if (!('d' in json)) return { ok: false, problem: 'unrecognised' };
    if (json.kty !== 'EC' || json.crv !== 'P-256') return { ok: false, problem: 'not-p256' };
    try {
      key = await subtle.importKey('jwk', { ...json, ext: true } as JsonWebKey, P256, true, ['sign']);
    } catch {
      return { ok: false, problem: 'invalid-key' };
    }
  } else {
    const blocks = pemBlocks(trimmed);
    if (!blocks) return { ok: false, problem: 'invalid-key' };
    const block = blocks.find((b) => b.label === 'PRIVATE KEY');
    if (!block) {
      const other = blocks.some((b) => b.label === 'EC PRIVATE KEY' || b.label === 'ENCRYPTED PRIVATE KEY');
      return { ok: false, problem: other ? 'unsupported-private-key' : 'unrecognised' };
    }
    try {
      key = await subtle.importKey('pkcs8', block.der, P256, true, ['sign']);
    } catch {
      return { ok: false, problem: 'not-p256' };
    }
  }
  // A private JWK carries the public point too.
  const jwk = ecPublic((await subtle.exportKey('jwk', key)) as Record<string, unknown>);
  if (typeof jwk === 'string') return { ok: false, problem: jwk };
  return { ok: true, key, jwk, keyId: await jwkThumbprint(jwk, subtle) };
}

/** PEM with 64-character lines (RFC 7468). */
export function toPem(label: string, der: Uint8Array): string {
  const body = toBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

export interface ApproverKeyPair {
  /** PKCS#8 PEM: keep it secret (keygen writes it with mode 0600). */
  privateKeyPem: string;
  /** SPKI PEM: what the team pins. */
  publicKeyPem: string;
  jwk: EcPublicJwk;
  keyId: KeyId;
}

export async function generateApproverKey(subtle: SubtleCrypto = defaultSubtle()): Promise<ApproverKeyPair> {
  const pair = await subtle.generateKey(P256, true, ['sign', 'verify']);
  const [pkcs8, spki, jwkRaw] = await Promise.all([
    subtle.exportKey('pkcs8', pair.privateKey),
    subtle.exportKey('spki', pair.publicKey),
    subtle.exportKey('jwk', pair.publicKey),
  ]);
  const jwk = EcPublicJwkSchema.parse(jwkRaw);
  return {
    privateKeyPem: toPem('PRIVATE KEY', new Uint8Array(pkcs8)),
    publicKeyPem: toPem('PUBLIC KEY', new Uint8Array(spki)),
    jwk,
    keyId: await jwkThumbprint(jwk, subtle),
  };
}
