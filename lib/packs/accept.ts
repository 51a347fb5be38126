/**
 * Whether a pack file replaces the copy in use (uBlock's rule for lists: never replace a good copy
 * with a worse one). A new pack is taken only if it
 *   1. reads: size, JSON, the crisis-desk.pack/1 schema, the signature and revoked fields;
 *   2. comes from where it should: a subscription keeps the pack id it first delivered;
 *   3. verifies, once any key is pinned: signed by a pinned key, and that key's signature holds;
 *   4. is newer: a higher version than the pack with the same id in use. The same version is
 *      taken only with the same content (by SHA-256 of the canonical bytes, so formatting does
 *      not matter) — that is "unchanged", or "verified" when a pinned key now vouches for it.
 *      An older version (a replay) or the same version with other content is refused.
 * Otherwise the pack in use stays, and the refusal says why (a code with its parameters).
 */
import type { ImportIssue } from '../json-import.ts';
import { defaultSubtle, sha256Hex } from './canonical.ts';
import { diffPacks } from './diff.ts';
import { readPackCandidate, type PackCandidate } from './read.ts';
import { checkSignature } from './signature.ts';
import {
  PACK_SYNC_LIMITS,
  type AcceptedPack,
  type PackOutcome,
  type PackProblem,
  type PackSource,
  type PinnedKey,
} from './schema.ts';

export type Refusal = Omit<PackProblem, 'at'> & { issues?: ImportIssue[] };

export type PackDecision =
  | { kind: 'accept'; outcome: Exclude<PackOutcome, 'not-modified'>; record: AcceptedPack; warnings: ImportIssue[] }
  | { kind: 'refuse'; refusal: Refusal };

export interface ConsiderContext {
  source: PackSource;
  /** The packs in use now. */
  packs: readonly AcceptedPack[];
  pinned: readonly PinnedKey[];
  now: Date;
  /** A subscription's pack id, once it has delivered one. */
  expectPackId?: string;
  maxBytes?: number;
  subtle?: SubtleCrypto;
}

const firstIssue = (issues: readonly ImportIssue[]) => (issues[0] ? `${issues[0].pathText}: ${issues[0].message}`.slice(0, 500) : undefined);

export async function considerPack(text: string, ctx: ConsiderContext): Promise<PackDecision> {
  const subtle = ctx.subtle ?? defaultSubtle();
  const maxBytes = ctx.maxBytes ?? PACK_SYNC_LIMITS.bodyBytes;
  const read = readPackCandidate(text, { maxBytes });
  if (!read.ok) {
    const detail = firstIssue(read.issues);
    return {
      kind: 'refuse',
      refusal: { code: read.code, ...(read.code === 'too-large' ? { limit: maxBytes } : {}), ...(detail ? { detail } : {}), issues: read.issues },
    };
  }
  return considerCandidate(read.candidate, ctx, subtle);
}

export async function considerCandidate(candidate: PackCandidate, ctx: ConsiderContext, subtle: SubtleCrypto = ctx.subtle ?? defaultSubtle()): Promise<PackDecision> {
  const { pack, canonical, signature } = candidate;
  const refuse = (refusal: Refusal): PackDecision => ({ kind: 'refuse', refusal });
  if (ctx.expectPackId !== undefined && pack.id !== ctx.expectPackId) {
    return refuse({ code: 'pack-id-changed', detail: `this address served pack ${ctx.expectPackId}, now ${pack.id}` });
  }
  const check = await checkSignature(canonical, signature, ctx.pinned, subtle);
  if (check.status === 'unsigned') return refuse({ code: 'unsigned' });
  if (check.status === 'unknown-key') return refuse({ code: 'unknown-key', keyId: check.keyId });
  if (check.status === 'bad-signature') return refuse({ code: 'bad-signature', keyId: check.keyId });
  const verifiedKeyId = check.status === 'verified' ? check.keyId : undefined;

  const sha256 = await sha256Hex(canonical, subtle);
  const current = ctx.packs.find((p) => p.packId === pack.id);
  if (current && pack.version < current.version) return refuse({ code: 'older-version', version: pack.version, current: current.version });
  if (current && pack.version === current.version) {
    if (current.sha256 !== sha256) return refuse({ code: 'same-version', version: pack.version, current: current.version });
    if (verifiedKeyId !== undefined && current.verifiedKeyId !== verifiedKeyId) {
      const { verifiedKeyId: _old, signature: _sig, ...rest } = current;
      return { kind: 'accept', outcome: 'verified', record: { ...rest, signature: signature!, verifiedKeyId }, warnings: candidate.warnings };
    }
    return { kind: 'accept', outcome: 'unchanged', record: current, warnings: candidate.warnings };
  }
  if (!current && ctx.packs.length >= PACK_SYNC_LIMITS.packs) {
    return refuse({ code: 'storage', detail: `at most ${PACK_SYNC_LIMITS.packs} packs are kept; remove one first` });
  }
  const previous = current ? readStoredPack(current) : undefined;
  const record: AcceptedPack = {
    packId: pack.id,
    version: pack.version,
    publisher: pack.publisher,
    publishedAt: pack.publishedAt,
    templateCount: pack.templates.length,
    canonical,
    sha256,
    ...(signature ? { signature } : {}),
    ...(verifiedKeyId ? { verifiedKeyId } : {}),
    source: ctx.source,
    acceptedAt: ctx.now.toISOString(),
    diff: diffPacks(previous, { pack, revoked: candidate.revoked }),
  };
  return { kind: 'accept', outcome: 'applied', record, warnings: candidate.warnings };
}

/** The pack and revoked ids of a stored record (its canonical text is a pack file). */
export function readStoredPack(record: Pick<AcceptedPack, 'canonical'>): PackCandidate | undefined {
  const read = readPackCandidate(record.canonical, { maxBytes: Number.MAX_SAFE_INTEGER });
  return read.ok ? read.candidate : undefined;
}

/** The list with `record` in place of the pack of the same id, ordered by pack id. */
export function withPack(packs: readonly AcceptedPack[], record: AcceptedPack): AcceptedPack[] {
  return [...packs.filter((p) => p.packId !== record.packId), record].sort((a, b) => (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : 0));
}

/**
 * After the pinned keys changed: each stored pack's signature checked again against them. A pack
 * whose key was unpinned loses its `verifiedKeyId` (and is no longer used while keys are pinned);
 * one signed by a key pinned since gains it. Returns undefined when nothing changed.
 */
export async function reverifyPacks(packs: readonly AcceptedPack[], pinned: readonly PinnedKey[], subtle: SubtleCrypto = defaultSubtle()): Promise<AcceptedPack[] | undefined> {
  let changed = false;
  const out: AcceptedPack[] = [];
  for (const p of packs) {
    const check = await checkSignature(p.canonical, p.signature, pinned, subtle);
    const keyId = check.status === 'verified' ? check.keyId : undefined;
    if (keyId === p.verifiedKeyId) {
      out.push(p);
      continue;
    }
    changed = true;
    const { verifiedKeyId: _old, ...rest } = p;
    out.push(keyId ? { ...rest, verifiedKeyId: keyId } : rest);
  }
  return changed ? out : undefined;
}
