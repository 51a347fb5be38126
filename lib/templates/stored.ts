/**
 * Templates as this browser keeps them (the `templates` store, migration 7): the pack's template
 * plus where it came from (written here, an imported pack file, the bundled example) and its
 * local life — edited, approved, retired. Pure: the caller passes the time and the agent, and
 * stores what comes back.
 *
 * Rules:
 * - a local edit makes a template a draft again (an approval or retirement was of other words);
 * - approving records who, when and the statement version it was checked against (only a
 *   template that serves an incident has a version to be stale against);
 * - importing a pack never overwrites a template edited or written here: that one is kept, and
 *   the pack's copy is reported as not imported ("nothing lost").
 */
import { z } from 'zod';

import { safeText } from '../incident/schema.ts';
import { IsoDateSchema } from '../schema.ts';
import { PACK_FORMAT, PackSchema, TemplateIdSchema, TemplateSchema, type Pack, type Template, type TemplateInput } from './schema.ts';

export const TEMPLATE_ORIGINS = ['local', 'file', 'example'] as const;
export const TemplateOriginSchema = z.enum(TEMPLATE_ORIGINS);
export type TemplateOrigin = z.infer<typeof TemplateOriginSchema>;

export const TemplateSourceSchema = z.object({
  /** `local`: written in this panel; `file`: an imported pack file; `example`: the bundled pack. */
  kind: TemplateOriginSchema,
  packId: TemplateIdSchema.optional(),
  packVersion: z.number().int().min(1).max(1_000_000_000).optional(),
  /** The file's name as the agent picked it (shown, never opened again). */
  fileName: safeText(200).optional(),
});
export type TemplateSource = z.infer<typeof TemplateSourceSchema>;

export const StoredTemplateSchema = TemplateSchema.extend({
  schemaVersion: z.literal(1).default(1),
  source: TemplateSourceSchema,
  /** Changed in this browser since it was imported (or written here): an import keeps it. */
  editedLocally: z.boolean().default(false),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  updatedBy: safeText(200).optional(),
  retiredAt: IsoDateSchema.optional(),
  retiredBy: safeText(200).optional(),
});
export type StoredTemplate = z.infer<typeof StoredTemplateSchema>;
export type StoredTemplateInput = z.input<typeof StoredTemplateSchema>;

export interface TemplateActor {
  by: string;
  now: Date | number;
}

const iso = (now: Date | number) => new Date(now).toISOString();

/** The pack's fields of a stored template (what an export or the lint gets). */
export function templateOf(t: StoredTemplate): Template {
  const out: Template = { id: t.id, title: t.title, channels: [...t.channels], status: t.status, variants: { ...t.variants } };
  if (t.incident !== undefined) out.incident = t.incident;
  if (t.statementVersion !== undefined) out.statementVersion = t.statementVersion;
  if (t.approvedBy !== undefined) out.approvedBy = t.approvedBy;
  if (t.approvedAt !== undefined) out.approvedAt = t.approvedAt;
  if (t.categories !== undefined) out.categories = [...t.categories];
  return out;
}

export interface PackImportPlan {
  /** The records to store. */
  put: StoredTemplate[];
  /** Ids the pack had but that were kept as they are here (edited or written locally). */
  keptLocal: string[];
}

/** What importing `pack` stores, given what is stored. */
export function planPackImport(pack: Pack, source: Omit<TemplateSource, 'packId' | 'packVersion'>, stored: readonly StoredTemplate[], actor: TemplateActor): PackImportPlan {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const at = iso(actor.now);
  const put: StoredTemplate[] = [];
  const keptLocal: string[] = [];
  for (const t of pack.templates) {
    const old = byId.get(t.id);
    if (old && (old.editedLocally || old.source.kind === 'local')) {
      keptLocal.push(t.id);
      continue;
    }
    put.push(
      StoredTemplateSchema.parse({
        ...t,
        source: { ...source, packId: pack.id, packVersion: pack.version },
        editedLocally: false,
        createdAt: old?.createdAt ?? at,
        updatedAt: at,
        updatedBy: actor.by,
      }),
    );
  }
  return { put, keptLocal };
}

/** What the editor changes. */
export type TemplateEdit = Pick<TemplateInput, 'title' | 'channels' | 'variants'> & Partial<Pick<TemplateInput, 'incident' | 'categories'>>;

export type TemplateWriteResult = { ok: true; template: StoredTemplate } | { ok: false; error: z.ZodError };

/** A new local draft, or an edit of `old`: an approved template edited here is a draft again. */
export function editTemplate(old: StoredTemplate | undefined, id: string, edit: TemplateEdit, actor: TemplateActor): TemplateWriteResult {
  const at = iso(actor.now);
  const base = old ?? { id, status: 'draft' as const, source: { kind: 'local' as const }, createdAt: at };
  const sameWords =
    old !== undefined &&
    old.title === edit.title &&
    JSON.stringify(old.channels) === JSON.stringify(edit.channels) &&
    JSON.stringify(old.variants) === JSON.stringify(edit.variants) &&
    old.incident === edit.incident &&
    JSON.stringify(old.categories ?? []) === JSON.stringify(edit.categories ?? []);
  if (old && sameWords) return { ok: true, template: old };
  // Any edit is a draft: an approval (or a retirement) was of other words.
  const draft: Record<string, unknown> = {
    ...base,
    ...(old ?? {}),
    title: edit.title,
    channels: edit.channels,
    variants: edit.variants,
    incident: edit.incident,
    categories: edit.categories,
    status: 'draft',
    editedLocally: true,
    updatedAt: at,
    updatedBy: actor.by,
  };
  for (const k of ['approvedBy', 'approvedAt', 'statementVersion', 'retiredAt', 'retiredBy']) delete draft[k];
  if (draft.incident === undefined) delete draft.incident;
  if (draft.categories === undefined) delete draft.categories;
  const parsed = StoredTemplateSchema.safeParse(draft);
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, error: parsed.error };
}

/** Approved by `actor.by` now, against `statementVersion` (the current version of the incident the
 * template serves; omitted for a template that serves none). The caller has checked it: no
 * finding of the consistency check blocks any variant. */
export function approveTemplate(t: StoredTemplate, actor: TemplateActor & { statementVersion?: number }): StoredTemplate {
  const at = iso(actor.now);
  const next: StoredTemplate = { ...t, status: 'approved', approvedBy: actor.by.slice(0, 200), approvedAt: at, updatedAt: at, updatedBy: actor.by.slice(0, 200) };
  delete next.retiredAt;
  delete next.retiredBy;
  if (t.incident !== undefined && actor.statementVersion !== undefined) next.statementVersion = actor.statementVersion;
  else delete next.statementVersion;
  return next;
}

/** Retired: never suggested again, kept for the record (and for an export). */
export function retireTemplate(t: StoredTemplate, actor: TemplateActor): StoredTemplate {
  const at = iso(actor.now);
  return { ...t, status: 'retired', retiredAt: at, retiredBy: actor.by.slice(0, 200), updatedAt: at, updatedBy: actor.by.slice(0, 200) };
}

/** The local templates as a pack file (`crisis-desk.pack/1`, the contract's field names). */
export function exportPack(templates: readonly StoredTemplate[], o: { id: string; version: number; publisher: string; now: Date | number }): Pack {
  return PackSchema.parse({
    format: PACK_FORMAT,
    id: o.id,
    version: o.version,
    publishedAt: iso(o.now),
    publisher: o.publisher,
    templates: templates.map(templateOf),
  });
}
