// Taking a new pack: it must read, verify against the pinned keys and be newer than the copy in
// use; otherwise the copy in use stays and the refusal names the reason.
import { describe, expect, test } from 'vitest';
import { considerPack, currentTemplates, reverifyPacks, withPack, type AcceptedPack, type PackDecision, type PinnedKey } from '../../../lib/packs/index.ts';
import { approver, NOW, packText, signed, type PackObject, type Signer } from './fixtures.ts';

const FILE = { kind: 'file', name: 'pack.json' } as const;

async function accepted(text: string, packs: AcceptedPack[] = [], pinned: PinnedKey[] = []): Promise<AcceptedPack> {
  const d = await considerPack(text, { source: FILE, packs, pinned, now: NOW });
  if (d.kind !== 'accept') throw new Error(`refused: ${d.refusal.code}`);
  return d.record;
}

const refusal = (d: PackDecision) => (d.kind === 'refuse' ? d.refusal.code : `accepted (${d.outcome})`);

/** Flip one bit of the character at `at` inside the template texts, as a corrupted copy would. */
function tamperByte(text: string): string {
  const at = text.indexOf('we can send you a free replacement');
  return text.slice(0, at) + 'W' + text.slice(at + 1);
}

describe('signatures, once a key is pinned', () => {
  let lena: Signer;
  let tom: Signer;
  const v = (version: number, change: (p: PackObject) => void = () => {}) =>
    packText((p) => {
      p.version = version;
      change(p);
    });

  test.each<[string, (s: { lena: Signer; tom: Signer }) => Promise<string>, string]>([
    ['signed by the pinned key', ({ lena }) => signed(v(2), lena), 'accepted (applied)'],
    ['a tampered byte in a template text', async ({ lena }) => tamperByte(await signed(v(2), lena)), 'bad-signature'],
    ['a tampered version number', async ({ lena }) => (await signed(v(2), lena)).replace('"version": 2', '"version": 3'), 'bad-signature'],
    ['a template added after signing', async ({ lena }) => (await signed(v(2), lena)).replace('"templates": [', '"templates": [{"id":"evil","title":"E","channels":["generic"],"status":"approved","variants":{"en":"x"}},'), 'bad-signature'],
    ['a revoked list removed after signing', async ({ lena }) => (await signed(v(2, (p) => (p.revoked = ['sorry-generic'])), lena)).replace(/"revoked": \[\s*"sorry-generic"\s*\],?/, ''), 'bad-signature'],
    ['a signature value changed in one character', async ({ lena }) => (await signed(v(2), lena)).replace(/("value":")(.)/, (_m, a: string, c: string) => a + (c === 'A' ? 'B' : 'A')), 'bad-signature'],
    ['signed by a key that is not pinned', ({ tom }) => signed(v(2), tom), 'unknown-key'],
    ["another key's signature with the pinned key's id", async ({ lena, tom }) => (await signed(v(2), tom)).replace(tom.keyId, lena.keyId), 'bad-signature'],
    ['no signature', () => Promise.resolve(v(2)), 'unsigned'],
    ['a malformed signature field', () => Promise.resolve(v(2, (p) => (p.signature = { alg: 'RS256', keyId: 'x', value: 'y' }))), 'invalid-pack'],
    ['formatting changed after signing (same content)', async ({ lena }) => JSON.stringify(JSON.parse(await signed(v(2), lena))), 'accepted (applied)'],
  ])('%s → %s', async (_name, make, expected) => {
    lena ??= await approver('Lena');
    tom ??= await approver('Tom');
    const d = await considerPack(await make({ lena, tom }), { source: FILE, packs: [], pinned: [lena.pinned], now: NOW });
    expect(refusal(d)).toBe(expected);
  });

  test('with no key pinned, signed and unsigned packs are taken, and a signature is kept for later', async () => {
    const tomKey = await approver('Tom');
    expect(refusal(await considerPack(v(2), { source: FILE, packs: [], pinned: [], now: NOW }))).toBe('accepted (applied)');
    const record = await accepted(await signed(v(2), tomKey));
    expect(record.signature?.keyId).toBe(tomKey.keyId);
    expect(record.verifiedKeyId).toBeUndefined();
  });
});

describe('versions: never replace a good copy with a worse one', () => {
  test.each([
    ['a higher version', 3, (p: PackObject) => void p, 'accepted (applied)'],
    ['the same version, same content', 2, (p: PackObject) => void p, 'accepted (unchanged)'],
    ['the same version, other content', 2, (p: PackObject) => void (p.publisher = 'Someone else'), 'same-version'],
    ['a replayed older version', 1, (p: PackObject) => void p, 'older-version'],
  ])('%s → %s', async (_name, version, change, expected) => {
    const lena = await approver();
    const current = await accepted(await signed(packText((p) => void (p.version = 2)), lena), [], [lena.pinned]);
    const next = await signed(
      packText((p) => {
        p.version = version;
        change(p);
      }),
      lena,
    );
    const d = await considerPack(next, { source: FILE, packs: [current], pinned: [lena.pinned], now: NOW });
    expect(refusal(d)).toBe(expected);
    if (d.kind === 'refuse' && d.refusal.code !== 'same-version') expect(d.refusal).toMatchObject({ version, current: 2 });
    if (d.kind === 'accept' && d.outcome === 'unchanged') expect(d.record).toBe(current);
  });

  test('a subscription keeps the pack id it first served', async () => {
    const d = await considerPack(packText((p) => (p.id = 'another-pack')), { source: FILE, packs: [], pinned: [], now: NOW, expectPackId: 'voltpro-service' });
    expect(d).toMatchObject({ kind: 'refuse', refusal: { code: 'pack-id-changed' } });
  });

  test.each([
    ['not JSON', 'not-json', '{"format": "crisis-desk.pack/1",'],
    ['empty', 'not-json', ''],
    ['JSON, not a pack', 'invalid-pack', '{"hello": "world"}'],
    ['a revoked id that is not an id', 'invalid-pack', packText((p) => (p.revoked = ['no spaces allowed']))],
    ['over the size cap', 'too-large', packText((p) => (p.publisher = 'x'.repeat(150))) + ' '.repeat(3 * 1024 * 1024)],
  ])('%s → %s, with details', async (_name, code, text) => {
    const d = await considerPack(text, { source: FILE, packs: [], pinned: [], now: NOW });
    expect(d).toMatchObject({ kind: 'refuse', refusal: { code } });
    if (d.kind === 'refuse') expect(d.refusal.detail).toBeTruthy();
  });
});

describe('keys pinned after a pack was taken', () => {
  test('a pack signed by a key pinned later is verified then; unpinning the key stops it', async () => {
    const lena = await approver();
    const record = await accepted(await signed(packText(), lena));
    const unsigned = await accepted(packText((p) => (p.id = 'unsigned-pack')));
    const packs = withPack([record], unsigned);
    // Both hold the same seven template ids: the pack whose id sorts first wins each, and says so.
    const before = currentTemplates(packs, []);
    expect(before.templates.map((t) => t.packId)).toEqual(Array(7).fill('unsigned-pack'));
    expect(before.duplicates).toHaveLength(7);
    expect(before.duplicates[0]?.packIds).toEqual(['unsigned-pack', 'voltpro-service']);

    const pinnedNow = (await reverifyPacks(packs, [lena.pinned]))!;
    expect(pinnedNow.map((p) => p.verifiedKeyId)).toEqual([undefined, lena.keyId]);
    const now = currentTemplates(pinnedNow, [lena.pinned]);
    expect(now.unused).toEqual([{ packId: 'unsigned-pack', version: 1, why: 'unsigned' }]);
    expect(now.templates.map((t) => t.packId)).toEqual(Array(7).fill('voltpro-service'));
    expect(now.duplicates).toEqual([]);
    expect(await reverifyPacks(pinnedNow, [lena.pinned])).toBeUndefined();

    const tom = await approver('Tom');
    expect(currentTemplates(pinnedNow, [tom.pinned]).unused.map((u) => u.why)).toEqual(['unsigned', 'key-not-pinned']);
    const unpinned = (await reverifyPacks(pinnedNow, [tom.pinned]))!;
    expect(unpinned.every((p) => p.verifiedKeyId === undefined)).toBe(true);
  });

  test('the same content, now signed by a pinned key: "verified", no new version needed', async () => {
    const lena = await approver();
    const unsignedRecord = await accepted(packText());
    const d = await considerPack(await signed(packText(), lena), { source: FILE, packs: [unsignedRecord], pinned: [lena.pinned], now: NOW });
    expect(d).toMatchObject({ kind: 'accept', outcome: 'verified', record: { verifiedKeyId: lena.keyId, version: 1, sha256: unsignedRecord.sha256 } });
  });
});

describe('revoked template ids', () => {
  test('are removed from every pack in use, and the diff says "revoked"', async () => {
    const v1 = await accepted(packText());
    const other = await accepted(packText((p) => ((p.id = 'other-pack'), (p.templates = p.templates.slice(4, 5)))));
    const v2 = await accepted(
      packText((p) => {
        p.version = 2;
        p.revoked = ['vp20k-remedy-x', 'sorry-generic'];
      }),
      [v1],
    );
    expect(v2.diff).toMatchObject({ fromVersion: 1, toVersion: 2, added: [], changed: [] });
    expect(v2.diff?.retired).toEqual([
      { id: 'sorry-generic', title: 'Sympathy, looking into it', why: 'revoked' },
      { id: 'vp20k-remedy-x', title: 'VP-20K: replacement or refund (X)', why: 'revoked' },
    ]);
    const current = currentTemplates(withPack([v2], other), []);
    const ids = current.templates.map((t) => t.template.id);
    expect(ids).not.toContain('vp20k-remedy-x');
    // 'sorry-generic' is other-pack's only template: revoked there too.
    expect(ids).not.toContain('sorry-generic');
    expect(current.revoked).toEqual(['sorry-generic', 'vp20k-remedy-x']);
    expect(current.templates).toHaveLength(5);
  });
});
