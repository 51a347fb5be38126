// Pack signatures: ES256 over the RFC 8785 form without the signature; raw r‖s that Node's own
// crypto verifies with dsaEncoding 'ieee-p1363'; `pack sign` keeps the file's formatting.
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import canonicalize from 'canonicalize';
import { canonicalPackText, checkSignature, signPackText, verifyCanonical } from '../../../lib/packs/index.ts';
import { approver, EXAMPLE_PACK_TEXT, packObject, packText, signed } from './fixtures.ts';

describe('the canonical form', () => {
  test('is RFC 8785 of the file without its signature: formatting, key order and escapes do not matter', () => {
    const p = packObject();
    const a = canonicalPackText(p);
    const reordered = Object.fromEntries(Object.entries(p).reverse());
    const escaped = JSON.stringify(p).replace(/VoltPro/g, '\\u0056oltPro');
    expect(canonicalPackText(reordered)).toBe(a);
    expect(canonicalPackText(JSON.parse(escaped))).toBe(a);
    expect(canonicalPackText({ ...p, signature: { alg: 'ES256', keyId: 'x', value: 'y' } })).toBe(a);
    expect(a).toBe(canonicalize(p));
    expect(a.startsWith('{"format":"crisis-desk.pack/1","id":"voltpro-service"')).toBe(true);
  });

  test('added fields, `revoked` and a member named __proto__ are signed content', () => {
    const p = packObject();
    const base = canonicalPackText(p);
    expect(canonicalPackText({ ...p, revoked: ['sorry-generic'] })).not.toBe(base);
    expect(canonicalPackText({ ...p, note: 'x' })).not.toBe(base);
    expect(canonicalPackText(JSON.parse(JSON.stringify(p).replace(/^\{/, '{"__proto__":{"a":1},')))).toContain('"__proto__":{"a":1}');
  });
});

describe('signPackText', () => {
  test('adds {alg, keyId, value} as the last member, keeps the rest of the file byte for byte, and Node verifies it (ieee-p1363)', async () => {
    const lena = await approver();
    const r = await signPackText(EXAMPLE_PACK_TEXT, lena);
    if (!r.ok) throw new Error('not signed');
    expect(r.signature).toEqual({ alg: 'ES256', keyId: lena.keyId, value: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/) });
    const original = EXAMPLE_PACK_TEXT.trimEnd();
    expect(r.text.startsWith(original.slice(0, original.lastIndexOf('}')).trimEnd() + ',\n  "signature": {"alg":"ES256"')).toBe(true);
    expect(r.text.endsWith('}\n}\n')).toBe(true);

    const bytes = Buffer.from(canonicalPackText(JSON.parse(r.text)), 'utf8');
    const sig = Buffer.from(r.signature.value, 'base64url');
    expect(sig).toHaveLength(64);
    const key = createPublicKey(lena.publicPem);
    expect(verify('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    const tampered = Buffer.from(bytes);
    tampered[100] = tampered[100]! ^ 1;
    expect(verify('sha256', tampered, { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(false);
  });

  test('signing again replaces the signature: one changed line in git', async () => {
    const lena = await approver();
    const tom = await approver('Tom');
    const once = await signed(EXAMPLE_PACK_TEXT, lena);
    const twice = await signed(once, tom);
    const diff = twice.split('\n').filter((line, i) => line !== once.split('\n')[i]);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toContain(tom.keyId);
    expect(await checkSignature(canonicalPackText(JSON.parse(twice)), JSON.parse(twice).signature, [tom.pinned])).toEqual({ status: 'verified', keyId: tom.keyId });
  });

  test('a signature in the middle of the file, tabs and CRLF: rewritten with the same indentation and line ends, still valid', async () => {
    const lena = await approver();
    const p = packObject();
    const withSigFirst = { signature: { alg: 'ES256', keyId: lena.keyId, value: 'A'.repeat(86) }, ...p };
    const text = JSON.stringify(withSigFirst, null, '\t').replace(/\n/g, '\r\n');
    const out = await signed(text, lena);
    expect(out).toMatch(/^\{\r\n\t"format"/);
    expect(out.match(/"signature"/g)).toHaveLength(1);
    expect(out.split('\r\n').at(-2)).toBe('}');
    const back = JSON.parse(out);
    expect(await verifyCanonical(canonicalPackText(back), back.signature, lena.pinned)).toBe(true);
  });

  test('refuses what is not a valid pack, with JSON paths', async () => {
    const lena = await approver();
    const r = await signPackText(packText((p) => (p.version = 0)), lena);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.read.issues.map((i) => i.pathText)).toEqual(['version']);
  });
});
