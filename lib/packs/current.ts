/**
 * The templates the team's packs provide right now — what the replies UI offers agents.
 *
 * - A stored pack is used when no key is pinned, or when a pinned key verified it
 *   (`verifiedKeyId`, kept current by reverifyPacks). Unpinning a key stops its packs at once.
 * - Revoked ids (every used pack's `revoked`) are removed from every pack.
 * - A template id in two packs: the pack whose id sorts first wins; the clash is reported.
 * - Nothing stored at all and no key pinned: the bundled example pack (public/examples/pack.json)
 *   is used, so a first run shows the whole flow. A team that pins a key or takes its own pack
 *   never sees the example again.
 * Every status is returned (drafts and retired templates included, as the pack says): agents are
 * offered `status === 'approved'` only (approvedTemplates).
 */
import type { Template } from '../templates/schema.ts';
import { readStoredPack } from './accept.ts';
import type { PackCandidate } from './read.ts';
import type { AcceptedPack, PinnedKey } from './schema.ts';

export interface PackTemplate {
  template: Template;
  packId: string;
  packVersion: number;
  publisher: string;
}

export type UnusedReason = 'unsigned' | 'key-not-pinned' | 'unreadable';

export interface CurrentTemplates {
  /** Templates of the packs in use, revoked ids removed, in pack order then file order. */
  templates: PackTemplate[];
  /** Every revoked id of the packs in use. */
  revoked: string[];
  /** The bundled example pack is what is in use. */
  fallback: boolean;
  /** Packs kept but not used, and why. */
  unused: { packId: string; version: number; why: UnusedReason }[];
  /** Template ids in more than one pack in use (the first pack listed wins). */
  duplicates: { templateId: string; packIds: string[] }[];
}

/** Why a stored pack is not used with these pinned keys, or undefined when it is used. */
export function unusedReason(record: Pick<AcceptedPack, 'signature' | 'verifiedKeyId'>, pinned: readonly PinnedKey[]): Exclude<UnusedReason, 'unreadable'> | undefined {
  if (pinned.length === 0) return undefined;
  if (record.verifiedKeyId !== undefined && pinned.some((k) => k.keyId === record.verifiedKeyId)) return undefined;
  return record.signature ? 'key-not-pinned' : 'unsigned';
}

export interface CurrentOptions {
  /** The bundled example pack, read (readPackCandidate); used only as described above. */
  bundled?: PackCandidate;
  /** Reads a stored record (default readStoredPack); the runtime passes a memoised one. */
  read?: (record: AcceptedPack) => PackCandidate | undefined;
}

export function currentTemplates(packs: readonly AcceptedPack[], pinned: readonly PinnedKey[], o: CurrentOptions = {}): CurrentTemplates {
  const read = o.read ?? readStoredPack;
  const unused: CurrentTemplates['unused'] = [];
  const used: PackCandidate[] = [];
  for (const record of [...packs].sort((a, b) => (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : 0))) {
    const why = unusedReason(record, pinned);
    const candidate = why ? undefined : read(record);
    if (why) unused.push({ packId: record.packId, version: record.version, why });
    else if (!candidate) unused.push({ packId: record.packId, version: record.version, why: 'unreadable' });
    else used.push(candidate);
  }
  const fallback = packs.length === 0 && pinned.length === 0 && o.bundled !== undefined;
  if (fallback) used.push(o.bundled!);

  const revoked = new Set(used.flatMap((c) => c.revoked));
  const owner = new Map<string, string[]>();
  const templates: PackTemplate[] = [];
  for (const { pack } of used) {
    for (const template of pack.templates) {
      if (revoked.has(template.id)) continue;
      const seen = owner.get(template.id);
      if (seen) {
        seen.push(pack.id);
        continue;
      }
      owner.set(template.id, [pack.id]);
      templates.push({ template, packId: pack.id, packVersion: pack.version, publisher: pack.publisher });
    }
  }
  const duplicates = [...owner].filter(([, ids]) => ids.length > 1).map(([templateId, packIds]) => ({ templateId, packIds }));
  return { templates, revoked: [...revoked].sort(), fallback, unused, duplicates };
}

/** What an agent may be offered: approved templates only. */
export function approvedTemplates(current: Pick<CurrentTemplates, 'templates'>): PackTemplate[] {
  return current.templates.filter((t) => t.template.status === 'approved');
}
