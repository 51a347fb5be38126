/**
 * What a new version of a pack does to the templates agents use: templates added, changed
 * (which fields, which languages' variants) and retired — set to `retired`, dropped from the pack,
 * or revoked. A template that is retired or revoked in both versions is not news; one that comes
 * back from retired is "changed" (its status).
 */
import canonicalize from 'canonicalize';

import type { Pack, Template } from '../templates/schema.ts';
import { PACK_SYNC_LIMITS, TEMPLATE_DIFF_FIELDS, type PackDiff, type TemplateDiffField } from './schema.ts';

export interface DiffSide {
  pack: Pack;
  revoked: readonly string[];
}

/** Templates in use: not revoked (retired ones are kept, with their status). */
function byId(side: DiffSide | undefined): Map<string, Template> {
  const revoked = new Set(side?.revoked ?? []);
  return new Map((side?.pack.templates ?? []).filter((t) => !revoked.has(t.id)).map((t) => [t.id, t]));
}

const same = (a: unknown, b: unknown) => canonicalize(a ?? null) === canonicalize(b ?? null);

function changedFields(a: Template, b: Template): TemplateDiffField[] {
  return TEMPLATE_DIFF_FIELDS.filter((f) => !same(a[f], b[f]));
}

function languages(a: Template, b: Template) {
  const before = a.variants;
  const after = b.variants;
  return {
    added: Object.keys(after).filter((l) => !(l in before)).sort(),
    changed: Object.keys(after).filter((l) => l in before && before[l] !== after[l]).sort(),
    removed: Object.keys(before).filter((l) => !(l in after)).sort(),
  };
}

export function diffPacks(previous: DiffSide | undefined, next: DiffSide): PackDiff {
  const before = byId(previous);
  const after = byId(next);
  const revokedNow = new Set(next.revoked);
  const added: PackDiff['added'] = [];
  const changed: PackDiff['changed'] = [];
  const retired: PackDiff['retired'] = [];

  for (const [id, t] of after) {
    const old = before.get(id);
    if (!old) {
      added.push({ id, title: t.title });
      continue;
    }
    if (t.status === 'retired' && old.status !== 'retired') {
      retired.push({ id, title: t.title, why: 'retired' });
      continue;
    }
    const fields = changedFields(old, t);
    if (fields.length > 0) changed.push({ id, title: t.title, fields, languages: languages(old, t) });
  }
  for (const [id, old] of before) {
    if (after.has(id) || old.status === 'retired') continue;
    retired.push({ id, title: old.title, why: revokedNow.has(id) ? 'revoked' : 'removed' });
  }
  const cap = <T>(list: T[]) => list.slice(0, PACK_SYNC_LIMITS.diffEntries);
  const byKey = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    packId: next.pack.id,
    ...(previous ? { fromVersion: previous.pack.version } : {}),
    toVersion: next.pack.version,
    added: cap(byKey(added)),
    changed: cap(byKey(changed)),
    retired: cap(byKey(retired)),
    counts: { added: added.length, changed: changed.length, retired: retired.length },
  };
}

export function isEmptyDiff(d: PackDiff): boolean {
  return d.counts.added + d.counts.changed + d.counts.retired === 0;
}
