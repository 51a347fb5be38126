/**
 * Reply templates and template packs. The pack file is a contract other tools rely on: keep these
 * JSON field names; fields may be added.
 *
 *   {format: "crisis-desk.pack/1", id, version, publishedAt, publisher,
 *    templates: [{id, title, channels[], incident?, statementVersion?, status, approvedBy?,
 *                 approvedAt?, variants: {<lang>: string}}]}
 *
 * Added here: `categories` (complaint categories a template answers, for ranking suggestions).
 */
import { z } from 'zod';

import { IncidentIdSchema, LangTextMapSchema, safeText } from '../incident/schema.ts';
import { ComplaintCategorySchema, IsoDateSchema } from '../schema.ts';

export const PACK_FORMAT = 'crisis-desk.pack/1';

export const CHANNELS = ['x-reply', 'amazon-buyer-message', 'amazon-feedback-response', 'generic'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const TEMPLATE_STATUSES = ['draft', 'approved', 'retired'] as const;
export const TemplateStatusSchema = z.enum(TEMPLATE_STATUSES);
export type TemplateStatus = z.infer<typeof TemplateStatusSchema>;

export const PACK_LIMITS = {
  /** A pack file larger than this is refused before parsing (a 5,000-template pack in eight
   * languages is about 12 MB). */
  fileBytes: 16 * 1024 * 1024,
  templates: 10_000,
  /** One variant's text. Amazon's buyer-message box takes about 4,000 characters; an X reply 280
   * weighted. More is a mistake or an attack. */
  variantChars: 5_000,
  titleChars: 200,
  idChars: 100,
} as const;

export const TemplateIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { message: 'a template id is letters, digits, ".", "_", ":" or "-", starting with a letter or digit' })
  .max(PACK_LIMITS.idChars);

export const TemplateSchema = z.object({
  id: TemplateIdSchema,
  title: safeText(PACK_LIMITS.titleChars, 1),
  channels: z
    .array(ChannelSchema)
    .min(1)
    .max(CHANNELS.length)
    .refine((c) => new Set(c).size === c.length, { message: 'a channel is listed twice' }),
  /** The incident it serves; none for everyday templates. */
  incident: IncidentIdSchema.optional(),
  /** The statement version it was approved against. */
  statementVersion: z.number().int().min(1).max(1_000_000).optional(),
  status: TemplateStatusSchema,
  approvedBy: safeText(200, 1).optional(),
  approvedAt: IsoDateSchema.optional(),
  /** Text per language, with {{variables}} (variables.ts). */
  variants: LangTextMapSchema(PACK_LIMITS.variantChars),
  /** Complaint categories it answers (lib/schema.ts ComplaintCategorySchema); none = any. */
  categories: z.array(ComplaintCategorySchema).max(10).optional(),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  id: TemplateIdSchema,
  /** 1, 2, 3…: a newer pack with the same id replaces an older one, never the other way. */
  version: z.number().int().min(1).max(1_000_000_000),
  publishedAt: IsoDateSchema,
  publisher: safeText(200, 1),
  templates: z
    .array(TemplateSchema)
    .max(PACK_LIMITS.templates)
    .superRefine((templates, ctx) => {
      const seen = new Map<string, number>();
      templates.forEach((t, i) => {
        const first = seen.get(t.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate template id ${t.id} (also templates[${first}])` });
        else seen.set(t.id, i);
      });
    }),
});
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
