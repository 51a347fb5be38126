// Packs, keys and signed files for the pack tests, built in code from the bundled example pack so
// each test reads what it depends on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateApproverKey, readPrivateKey, signPackText, type PrivateKeyRead } from '../../../lib/packs/index.ts';
import type { PinnedKey } from '../../../lib/packs/schema.ts';

export const EXAMPLE_PACK_TEXT = readFileSync(fileURLToPath(new URL('../../../public/examples/pack.json', import.meta.url)), 'utf8');

export type PackObject = Record<string, unknown> & { id: string; version: number; templates: Record<string, unknown>[]; revoked?: string[] };

/** The example pack as an object, changed by `change`. */
export function packObject(change: (p: PackObject) => void = () => {}): PackObject {
  const p = JSON.parse(EXAMPLE_PACK_TEXT) as PackObject;
  change(p);
  return p;
}

export const packText = (change?: (p: PackObject) => void) => JSON.stringify(packObject(change), null, 2);

export type Signer = Extract<PrivateKeyRead, { ok: true }> & { pem: string; publicPem: string; pinned: PinnedKey };

/** A fresh approver key, as keygen makes it and as the options page pins it. */
export async function approver(label = 'Lena Wu'): Promise<Signer> {
  const pair = await generateApproverKey();
  const read = await readPrivateKey(pair.privateKeyPem);
  if (!read.ok) throw new Error(`key not readable: ${read.problem}`);
  return { ...read, pem: pair.privateKeyPem, publicPem: pair.publicKeyPem, pinned: { keyId: pair.keyId, jwk: pair.jwk, label, addedAt: '2025-03-01T00:00:00.000Z' } };
}

export async function signed(text: string, signer: Signer): Promise<string> {
  const r = await signPackText(text, signer);
  if (!r.ok) throw new Error(`not signable: ${r.read.issues.map((i) => i.message).join('; ')}`);
  return r.text;
}

export const NOW = new Date('2025-03-20T12:00:00.000Z');
