/**
 * The side panel's incident and template writes, as messages to the background (the one writer
 * of the `incidents` and `templates` stores, like the inbox's status changes), the replies, and
 * the crisis-mode state kept in storage.
 *
 * Kept here rather than in lib/schema.ts: these schemas are built from lib/incident/schema.ts and
 * lib/templates/schema.ts, which import lib/schema.ts themselves (a cycle). lib/messaging.ts
 * takes their type into `ToBackground` like the others.
 */
import { z } from 'zod';

import { AlertScopeSchema, AlertScopeSettingsSchema, IsoDateSchema } from '../schema.ts';
import { PackSchema, TemplateSchema } from '../templates/schema.ts';
import { TemplateSourceSchema, StoredTemplateSchema } from '../templates/stored.ts';
import {
  ChecklistItemIdSchema,
  ClockStageSchema,
  IncidentFileSchema,
  IncidentIdSchema,
  IncidentSeveritySchema,
  IncidentStatusSchema,
  LIMITS,
  StatementRecordSchema,
  StatementSchema,
  StoredIncidentSchema,
  safeText,
} from './schema.ts';
import { KeywordTermSchema } from '../schema.ts';

/** Who acts: recorded with the act (the team's user name, or the name given in the panel). */
const BySchema = safeText(LIMITS.personChars, 1);

/** A statement as the editor sends it: no version (the background numbers it) or time. */
export const StatementDraftSchema = StatementSchema.omit({ version: true, updatedAt: true }).extend({
  /** The version it was edited from: refused if another has been published since. */
  version: z.number().int().min(1).max(1_000_000).optional(),
});

export const IncidentSaveFileMessageSchema = z.object({
  type: z.literal('incident/save-file'),
  /** A new incident (created), or a newer copy of a stored one (merged: mergeIncidentFile). */
  file: IncidentFileSchema,
  /** `create` (the panel's form): refused when the id is taken. `import` (a file, the example;
   * the default): a taken id is updated when the file can be a newer copy (saveIncidentFile). */
  intent: z.enum(['create', 'import']).optional(),
  by: BySchema,
});
export const IncidentUpdateMessageSchema = z.object({
  type: z.literal('incident/update'),
  id: IncidentIdSchema,
  title: safeText(LIMITS.titleChars, 1),
  severity: IncidentSeveritySchema,
  keywords: z.array(KeywordTermSchema).max(LIMITS.keywords),
  by: BySchema,
});
export const IncidentPublishMessageSchema = z.object({
  type: z.literal('incident/publish'),
  id: IncidentIdSchema,
  draft: StatementDraftSchema,
  status: IncidentStatusSchema.optional(),
  by: BySchema,
});
export const IncidentSetStatusMessageSchema = z.object({ type: z.literal('incident/set-status'), id: IncidentIdSchema, status: IncidentStatusSchema, by: BySchema });
export const IncidentChecklistMessageSchema = z.object({
  type: z.literal('incident/checklist'),
  id: IncidentIdSchema,
  item: ChecklistItemIdSchema,
  done: z.boolean(),
  note: safeText(LIMITS.factChars).optional(),
  by: BySchema,
});
export const IncidentMilestoneMessageSchema = z.object({ type: z.literal('incident/milestone'), id: IncidentIdSchema, stage: ClockStageSchema, by: BySchema });
/** Crisis mode on for `id` (off for every other incident), or off everywhere without `id`. */
export const IncidentCrisisModeMessageSchema = z.object({ type: z.literal('incident/crisis-mode'), id: IncidentIdSchema.optional() });
/** The background -> extension pages: incidents or templates changed; read them again. */
export const IncidentsChangedMessageSchema = z.object({ type: z.literal('incidents/changed') });

export const TemplatesImportMessageSchema = z.object({
  type: z.literal('templates/import'),
  pack: PackSchema,
  source: TemplateSourceSchema.omit({ packId: true, packVersion: true }),
  by: BySchema,
});
export const TemplateSaveMessageSchema = z.object({
  type: z.literal('templates/save'),
  id: TemplateSchema.shape.id,
  edit: TemplateSchema.pick({ title: true, channels: true, variants: true, incident: true, categories: true }),
  by: BySchema,
});
/** `checked`: the words the panel's consistency check passed; refused if the stored template has
 * changed since (another panel's edit), so only checked words are ever approved. */
export const TemplateApproveMessageSchema = z.object({
  type: z.literal('templates/approve'),
  id: TemplateSchema.shape.id,
  checked: TemplateSchema.pick({ title: true, channels: true, variants: true }),
  by: BySchema,
});
export const TemplateRetireMessageSchema = z.object({ type: z.literal('templates/retire'), id: TemplateSchema.shape.id, by: BySchema });

export const IncidentMessageSchema = z.discriminatedUnion('type', [
  IncidentSaveFileMessageSchema,
  IncidentUpdateMessageSchema,
  IncidentPublishMessageSchema,
  IncidentSetStatusMessageSchema,
  IncidentChecklistMessageSchema,
  IncidentMilestoneMessageSchema,
  IncidentCrisisModeMessageSchema,
  IncidentsChangedMessageSchema,
  TemplatesImportMessageSchema,
  TemplateSaveMessageSchema,
  TemplateApproveMessageSchema,
  TemplateRetireMessageSchema,
]);
export type IncidentMessage = z.infer<typeof IncidentMessageSchema>;

export const StaleTemplateSchema = z.object({
  id: z.string().max(100),
  title: z.string().max(200),
  variants: z
    .array(
      z.object({
        lang: z.string().max(40),
        evidence: z.object({ start: z.number(), end: z.number(), phrase: z.string().max(5_000), kind: z.enum(['keyword', 'code', 'number', 'status', 'commitment']) }),
      }),
    )
    .max(50),
});

/** The reply to an incident message. */
export const IncidentReplySchema = z.object({
  ok: z.literal(true),
  incident: StoredIncidentSchema.optional(),
  /** Publish: the version just published. */
  record: StatementRecordSchema.optional(),
  /** Templates the new statement made stale. */
  stale: z.array(StaleTemplateSchema).max(20_000).optional(),
  /** The incident's keyword set could not be added (the alert settings hold 50 sets already). */
  keywordSet: z.enum(['too-many-sets']).optional(),
});
export type IncidentReply = z.infer<typeof IncidentReplySchema>;

/** The reply to a template message. */
export const TemplateReplySchema = z.object({
  ok: z.literal(true),
  template: StoredTemplateSchema.optional(),
  imported: z.number().int().min(0).optional(),
  /** Import: ids kept as edited here (the pack's copy was not imported). */
  keptLocal: z.array(z.string().max(100)).max(20_000).optional(),
});
export type TemplateReply = z.infer<typeof TemplateReplySchema>;

/**
 * Crisis mode (storage.local `crisisMode`): the incident it is on for, since when, and what it
 * changed on that incident's alert scope, to undo exactly when it is switched off. The reply
 * feature reads `incidentId` to put that incident's templates first.
 */
export const CrisisStateSchema = z.object({
  incidentId: IncidentIdSchema.optional(),
  since: IsoDateSchema.optional(),
  memo: z.object({ scope: AlertScopeSchema, before: AlertScopeSettingsSchema.nullable() }).optional(),
});
export type CrisisState = z.infer<typeof CrisisStateSchema>;
