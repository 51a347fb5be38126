/**
 * Synced templates (from the packs in use, current.ts) beside the templates made on this device.
 * Pure: both lists come in, one list goes out, and neither input is ever changed — so a local
 * draft is never overwritten by a pack, and never takes the place of a synced template.
 *
 * - A local edit of a synced template (editSyncedTemplate) is a draft that needs approval: its
 *   status is `draft` whatever it says, and it is never offered to agents. It keeps a copy of the
 *   synced template it started from, so the merge can say when the pack's version has changed
 *   since (`base-changed`), was retired, revoked or dropped (`base-gone`), or now says exactly
 *   what the draft says (`published`: the approver took the edit; the draft can be discarded).
 * - A local template whose id a pack also uses is kept, flagged `id-taken`, and not offered: the
 *   synced template is the approved one.
 * - Other local templates are offered when approved, unless the caller turns local approval off
 *   (a team that pins approver keys accepts approvals only through signed packs).
 */
import canonicalize from 'canonicalize';

import type { Template } from '../templates/schema.ts';
import type { PackTemplate } from './current.ts';

export interface LocalTemplate {
  template: Template;
  /** The synced template this edits, as it was when the edit began. */
  basedOn?: { packId: string; packVersion: number; template: Template };
  updatedAt: string;
}

export type MergeFlag = 'edit-needs-approval' | 'base-changed' | 'base-gone' | 'published' | 'id-taken';

export interface MergedTemplate {
  template: Template;
  origin: 'pack' | 'local';
  packId?: string;
  packVersion?: number;
  /** A local edit: the id of the synced template it edits. */
  draftOf?: string;
  flags: MergeFlag[];
  /** May be offered to agents. */
  usable: boolean;
}

export interface MergeOptions {
  /** Revoked template ids (CurrentTemplates.revoked). */
  revoked?: readonly string[];
  /** Offer approved local templates (default true; pass false once approver keys are pinned). */
  localApproval?: boolean;
}

/** The template's text and settings, without its approval: what an approver signs off. */
function content(t: Template): string {
  const { status: _s, approvedBy: _b, approvedAt: _a, ...rest } = t;
  return canonicalize(rest) ?? '';
}

/** A template as a draft: approval removed. */
export function asDraft(t: Template): Template {
  const { approvedBy: _b, approvedAt: _a, ...rest } = t;
  return { ...rest, status: 'draft' };
}

/** A local edit of a synced template: a draft keeping the template's id, needing approval. */
export function editSyncedTemplate(synced: PackTemplate, changes: Partial<Omit<Template, 'id'>>, now: Date): LocalTemplate {
  return {
    template: asDraft({ ...synced.template, ...changes, id: synced.template.id }),
    basedOn: { packId: synced.packId, packVersion: synced.packVersion, template: synced.template },
    updatedAt: now.toISOString(),
  };
}

export function mergeTemplates(synced: readonly PackTemplate[], local: readonly LocalTemplate[], o: MergeOptions = {}): MergedTemplate[] {
  const revoked = new Set(o.revoked ?? []);
  const byId = new Map(synced.map((s) => [s.template.id, s]));
  const out: MergedTemplate[] = synced.map((s) => ({
    template: s.template,
    origin: 'pack',
    packId: s.packId,
    packVersion: s.packVersion,
    flags: [],
    usable: s.template.status === 'approved' && !revoked.has(s.template.id),
  }));
  for (const l of local) {
    if (l.basedOn) {
      const baseId = l.basedOn.template.id;
      const now = byId.get(baseId);
      const flags: MergeFlag[] = ['edit-needs-approval'];
      if (!now || now.template.status === 'retired' || revoked.has(baseId)) flags.push('base-gone');
      else {
        if (content(now.template) !== content(l.basedOn.template)) flags.push('base-changed');
        if (content(now.template) === content(l.template) && now.template.status === 'approved') flags.push('published');
      }
      out.push({ template: asDraft(l.template), origin: 'local', draftOf: baseId, flags, usable: false });
      continue;
    }
    const taken = byId.has(l.template.id);
    out.push({
      template: l.template,
      origin: 'local',
      flags: taken ? ['id-taken'] : [],
      usable: !taken && !revoked.has(l.template.id) && l.template.status === 'approved' && o.localApproval !== false,
    });
  }
  return out;
}
