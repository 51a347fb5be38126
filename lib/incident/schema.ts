/**
 * The incident: its exchange file (a contract other tools rely on: keep these JSON field names)
 * and what Crisis Desk stores beyond it (statement timeline, checklist, milestones, crisis mode).
 *
 *   {id, title, type, severity, status, startedAt, keywords[],
 *    statement: {version, updatedAt, approvedBy, text: {<lang>: string}, facts: {<name>: string},
 *                commitments[], forbidden[]}}
 *
 * Unknown fields in a file are accepted and dropped (other tools may add their own); unknown fact
 * names are kept (the statement's facts are open-ended by design).
 */
import { z } from 'zod';

import { IsoDateSchema, KeywordTermSchema } from '../schema.ts';
import { unsafeTextMessage, unsafeTextReason } from '../text-safety.ts';

/** The plan's five crisis types plus three that e-commerce needs. Spelled exactly so. */
export const INCIDENT_TYPES = [
  'cybersecurity',
  'public-health',
  'natural-disaster',
  'financial',
  'reputation',
  'product-safety',
  'logistics',
  'other',
] as const;
export const IncidentTypeSchema = z.enum(INCIDENT_TYPES);
export type IncidentType = z.infer<typeof IncidentTypeSchema>;

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const IncidentSeveritySchema = z.enum(INCIDENT_SEVERITIES);
export type IncidentSeverity = z.infer<typeof IncidentSeveritySchema>;

/** Status-page vocabulary (Statuspage/Atlassian incident states). Only `resolved` ends the
 * "before the investigation is over" period in which admissions of liability are blocked. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/** The commitments with a name of their own; a statement may also list the team's own words
 * ("12 months of free credit monitoring"). */
export const COMMITMENT_KINDS = ['refund', 'replacement', 'compensation', 'voucher', 'repair'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Well-known facts, all optional. */
export const WELL_KNOWN_FACTS = ['happened', 'affected', 'doing', 'nextUpdate', 'url'] as const;

export const LIMITS = {
  idChars: 64,
  titleChars: 200,
  keywords: 50,
  statementChars: 5_000,
  factChars: 2_000,
  facts: 50,
  commitments: 20,
  commitmentChars: 200,
  forbidden: 100,
  forbiddenChars: 200,
  personChars: 200,
  history: 500,
} as const;

/** Text from a file: no control characters, bidi overrides or broken characters (text-safety.ts). */
export function safeText(max: number, min = 0) {
  return z
    .string()
    .min(min)
    .max(max)
    .superRefine((s, ctx) => {
      const reason = unsafeTextReason(s);
      if (reason) ctx.addIssue({ code: 'custom', message: unsafeTextMessage(reason), params: { reason } });
    });
}

/** Letters, digits, `.`, `_`, `-`; starts with a letter or digit. Stable: templates, keyword sets
 * and stored replies refer to it. */
export const IncidentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'an incident id is letters, digits, ".", "_" or "-", starting with a letter or digit' })
  .max(LIMITS.idChars);

/**
 * A BCP 47 language tag as used for statement texts and template variants: `en`, `de`, `pt-BR`,
 * `zh-Hans`. Lower-case primary subtag; lint rules are chosen by it (baseLang()).
 */
export const LangTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, { message: 'a language tag such as en, de, pt-BR or zh-Hans' });

/** `pt-BR` -> `pt`, `zh-Hant` -> `zh`. */
export function baseLang(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** Text per language; at least one. */
export const LangTextMapSchema = (max: number) =>
  z
    .record(LangTagSchema, safeText(max, 1))
    .refine((m) => Object.keys(m).length > 0, { message: 'text in at least one language' });

const FactNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/);

export const FactsSchema = z
  .object({
    /** What happened, in the statement's words. */
    happened: safeText(LIMITS.factChars).optional(),
    /** Who or what is affected: products, batches, orders, regions, numbers. */
    affected: safeText(LIMITS.factChars).optional(),
    /** What the company is doing. */
    doing: safeText(LIMITS.factChars).optional(),
    /** When the next update is due: ISO 8601 in UTC (`2025-03-18T16:00:00Z`). */
    nextUpdate: IsoDateSchema.optional(),
    /** The public notice. https only: it is put in front of customers. */
    url: z.url({ protocol: /^https$/ }).max(2_000).optional(),
  })
  .catchall(safeText(LIMITS.factChars))
  .superRefine((facts, ctx) => {
    const names = Object.keys(facts);
    if (names.length > LIMITS.facts) ctx.addIssue({ code: 'custom', message: `at most ${LIMITS.facts} facts` });
    for (const name of names) {
      if (!FactNameSchema.safeParse(name).success) ctx.addIssue({ code: 'custom', path: [name], message: 'a fact name is a letter then letters, digits, "_", "." or "-" (at most 40)' });
    }
  });
export type Facts = z.infer<typeof FactsSchema>;

export const StatementSchema = z.object({
  /** 1, 2, 3…: a template approved against a lower version may have drifted from this one. */
  version: z.number().int().min(1).max(1_000_000),
  updatedAt: IsoDateSchema,
  approvedBy: safeText(LIMITS.personChars, 1),
  text: LangTextMapSchema(LIMITS.statementChars),
  facts: FactsSchema.default({}),
  /** What agents may promise: COMMITMENT_KINDS or the team's own words. Empty = nothing. */
  commitments: z.array(safeText(LIMITS.commitmentChars, 1)).max(LIMITS.commitments).default([]),
  /** Extra phrases no reply may contain while this statement is current. */
  forbidden: z.array(safeText(LIMITS.forbiddenChars, 1)).max(LIMITS.forbidden).default([]),
});
export type Statement = z.infer<typeof StatementSchema>;
/** What a caller writes: defaults not yet applied. */
export type StatementInput = z.input<typeof StatementSchema>;

/** The exchange file. */
export const IncidentFileSchema = z.object({
  id: IncidentIdSchema,
  title: safeText(LIMITS.titleChars, 1),
  type: IncidentTypeSchema,
  severity: IncidentSeveritySchema,
  status: IncidentStatusSchema,
  startedAt: IsoDateSchema,
  /** Terms that link mentions to the incident (lib/alerts/keyword-match.ts semantics). */
  keywords: z.array(KeywordTermSchema).max(LIMITS.keywords).default([]),
  statement: StatementSchema,
});
export type IncidentFile = z.infer<typeof IncidentFileSchema>;
export type IncidentFileInput = z.input<typeof IncidentFileSchema>;

/** One published statement version: the recorded act of publishing. */
export const StatementRecordSchema = z.object({
  statement: StatementSchema,
  publishedAt: IsoDateSchema,
  publishedBy: safeText(LIMITS.personChars, 1),
  /** Templates that this version made stale, by id, at the time it was published. */
  staleTemplateIds: z.array(z.string().max(100)).max(20_000).default([]),
});
export type StatementRecord = z.infer<typeof StatementRecordSchema>;

export const CHECKLIST_ITEM_IDS = [
  'pause-marketing',
  'brief-team',
  'publish-holding-statement',
  'schedule-next-update',
  'answer-who',
  'answer-when',
  'answer-where',
  'answer-how',
  'answer-why',
] as const;
export const ChecklistItemIdSchema = z.enum(CHECKLIST_ITEM_IDS);
export type ChecklistItemId = z.infer<typeof ChecklistItemIdSchema>;

export const ChecklistEntrySchema = z.object({
  done: z.boolean(),
  at: IsoDateSchema,
  by: safeText(LIMITS.personChars).optional(),
  /** The answer, for the five questions; a note for the others. */
  note: safeText(LIMITS.factChars).optional(),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;

/** The crisis clock's stages (clock.ts). */
export const CLOCK_STAGES = ['identify', 'firstResponse', 'assess', 'respond'] as const;
export const ClockStageSchema = z.enum(CLOCK_STAGES);
export type ClockStage = z.infer<typeof ClockStageSchema>;

export const StatusChangeSchema = z.object({
  status: IncidentStatusSchema,
  at: IsoDateSchema,
  by: safeText(LIMITS.personChars).optional(),
});

/** What the extension stores per incident: the file's fields plus its history and working state. */
export const StoredIncidentSchema = IncidentFileSchema.extend({
  schemaVersion: z.literal(1).default(1),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  /** One incident at a time is in crisis mode (the caller enforces "one"; setCrisisMode()). */
  crisisMode: z.boolean().default(false),
  /** Every published statement version, oldest first; the last one is `statement`. */
  history: z.array(StatementRecordSchema).max(LIMITS.history).default([]),
  checklist: z.partialRecord(ChecklistItemIdSchema, ChecklistEntrySchema).default({}),
  /** When each clock stage was marked done. */
  milestones: z.partialRecord(ClockStageSchema, IsoDateSchema).default({}),
  statusHistory: z.array(StatusChangeSchema).max(LIMITS.history).default([]),
});
export type StoredIncident = z.infer<typeof StoredIncidentSchema>;
export type StoredIncidentInput = z.input<typeof StoredIncidentSchema>;

/** What lint and variable filling need of an incident: a file or a stored incident fits. */
export type IncidentLike = Pick<IncidentFile, 'id' | 'status' | 'statement'> & Partial<Pick<IncidentFile, 'keywords' | 'title'>>;

/** Commitments the statement names with a known kind. Team's own words are matched by lint. */
export function namedCommitments(statement: Pick<Statement, 'commitments'>): Set<CommitmentKind> {
  const kinds = new Set<CommitmentKind>();
  for (const c of statement.commitments) {
    const k = c.trim().toLowerCase();
    if ((COMMITMENT_KINDS as readonly string[]).includes(k)) kinds.add(k as CommitmentKind);
  }
  return kinds;
}
