// Approver keys: RFC 7638 thumbprints, public keys pasted as JWK or PEM, private keys refused
// where a public one belongs, keys of other kinds named as such.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { generateApproverKey, jwkThumbprint, readPrivateKey, readPublicKey } from '../../../lib/packs/index.ts';

describe('jwkThumbprint (RFC 7638)', () => {
  test('is the base64url SHA-256 of {"crv","kty","x","y"} in that order with no whitespace, other members ignored', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' }) as { kty: 'EC'; crv: 'P-256'; x: string; y: string };
    // Built by hand from RFC 7638 §3.2 and hashed with node:crypto, not with the code under test.
    const expected = createHash('sha256').update(`{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`, 'utf8').digest('base64url');
    expect(await jwkThumbprint(jwk)).toBe(expected);
    const read = await readPublicKey(JSON.stringify({ kid: 'lena', use: 'sig', alg: 'ES256', ...jwk }));
    expect(read).toEqual({ ok: true, jwk, keyId: expected });
  });
});

describe('readPublicKey', () => {
  test('keygen output: the PEM PUBLIC KEY and the JWK name the same key', async () => {
    const pair = await generateApproverKey();
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END PUBLIC KEY-----\n$/);
    expect(await readPublicKey(pair.publicKeyPem)).toEqual({ ok: true, jwk: pair.jwk, keyId: pair.keyId });
    expect(await readPublicKey(`\n  ${JSON.stringify(pair.jwk)}  \n`)).toEqual({ ok: true, jwk: pair.jwk, keyId: pair.keyId });
    // What openssl prints is the same format (node:crypto's SPKI PEM stands in for it here).
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const fromOpenSslStyle = await readPublicKey(publicKey.export({ type: 'spki', format: 'pem' }) as string);
    expect(fromOpenSslStyle).toMatchObject({ ok: true, jwk: publicKey.export({ format: 'jwk' }) });
  });

  test.each([
    ['nothing', '   ', 'empty'],
    ['a private PEM', 'PRIVATE', 'private-key'],
    ['a private JWK (has d)', 'PRIVATE-JWK', 'private-key'],
    ['an RSA PEM key', 'RSA', 'not-p256'],
    ['a P-384 JWK', 'P384', 'not-p256'],
    ['a JWK whose point is not on the curve', 'OFFCURVE', 'invalid-key'],
    ['a PEM block with broken base64', '-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----', 'invalid-key'],
    ['a certificate', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', 'unrecognised'],
    ['prose', 'ssh-ed25519 AAAAC3Nza… lena@laptop', 'unrecognised'],
    ['JSON that is not an object', '{"kty": ', 'unrecognised'],
  ])('%s: refused as %s', async (_name, input, problem) => {
    const pair = await generateApproverKey();
    const text =
      input === 'PRIVATE'
        ? pair.privateKeyPem
        : input === 'PRIVATE-JWK'
          ? JSON.stringify({ ...pair.jwk, d: 'AAAA' })
          : input === 'RSA'
            ? (generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }) as string)
            : input === 'P384'
              ? JSON.stringify(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }))
              : input === 'OFFCURVE'
                ? JSON.stringify({ ...pair.jwk, y: pair.jwk.x })
                : input;
    expect(await readPublicKey(text)).toEqual({ ok: false, problem });
  });
});

describe('readPrivateKey', () => {
  test('reads keygen PKCS#8 PEM and a private JWK; names the key by its public thumbprint', async () => {
    const pair = await generateApproverKey();
    const pem = await readPrivateKey(pair.privateKeyPem);
    expect(pem).toMatchObject({ ok: true, keyId: pair.keyId, jwk: pair.jwk });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = privateKey.export({ format: 'jwk' });
    expect(await readPrivateKey(JSON.stringify(jwk))).toMatchObject({ ok: true, jwk: { x: jwk.x, y: jwk.y } });
  });

  test.each([
    ['a public key', 'PUBLIC', 'unrecognised'],
    ['a SEC1 "EC PRIVATE KEY"', 'SEC1', 'unsupported-private-key'],
    ['an RSA PKCS#8 key', 'RSA', 'not-p256'],
    ['nothing', '', 'empty'],
  ])('%s: refused as %s', async (_name, kind, problem) => {
    const pair = await generateApproverKey();
    const text =
      kind === 'PUBLIC'
        ? pair.publicKeyPem
        : kind === 'SEC1'
          ? (generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string)
          : kind === 'RSA'
            ? (generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
            : kind;
    expect(await readPrivateKey(text)).toEqual({ ok: false, problem });
  });
});
