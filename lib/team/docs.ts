/**
 * The documents that replicate through the team's CouchDB database: the contract between every
 * agent's browser (and any tool a team points at the database). Field names are JSON, `v` is the
 * shape's version; a reader skips (and counts) a document it cannot parse, never crashes on it.
 *
 *   mention:<mention id>                  the team's flagged mention (shared, mutable; merge.ts)
 *   event:<mention id>:<ms>:<nonce>       a claim, a release or a status, by one agent (immutable)
 *   reply:<mention id>:<ms>:<nonce>       a reply an agent sent, recorded by the replies feature (immutable)
 *   incident:<incident id>                an incident (shared, mutable; merge.ts)
 *   statement:<incident id>:<version>     a published statement version (immutable once written)
 *   review:<incident id>                  the incident's review, the report's four questions (shared, mutable)
 *   kept:<doc id>:<rev>                   a revision that lost a conflict, kept so nothing is dropped
 *
 * Why claims and statuses are separate immutable events rather than fields of the mention
 * document: two agents never write the same document for them, so CouchDB never has to pick a
 * winner; every browser folds the same events with the same rules (fold.ts) and gets the same
 * answer, including who lost a claim. The `<ms>` part (the agent's clock, zero-padded) sorts a
 * mention's events by time in the database's id order; `<nonce>` makes ids unique.
 */
import { z } from 'zod';

import { AgentNameSchema, IsoDateSchema, MentionSchema, StoredMentionSchema, TeamStatusSchema } from '../schema.ts';

export const DOC_VERSION = 1;

const DocIdSchema = z.string().min(1).max(400);
/** CouchDB's own fields, as PouchDB returns them; never written by us except `_id`/`_rev`/`_deleted`. */
const meta = {
  _id: DocIdSchema,
  _rev: z.string().max(200).optional(),
  _conflicts: z.array(z.string().max(200)).optional(),
};

/** A mention as the team shares it: the stored row without this browser's own bookkeeping. */
// Replies (issue 11) are this browser's records: the team hears of them as reply documents.
export const TeamMentionRowSchema = StoredMentionSchema.omit({ status: true, statusChangedAt: true, activityAt: true, team: true, replies: true });
export type TeamMentionRow = z.infer<typeof TeamMentionRowSchema>;

export const MentionDocSchema = z.object({
  ...meta,
  type: z.literal('mention'),
  v: z.literal(DOC_VERSION),
  /** Who captured it first; `row.capturedAt` is when. */
  capturedBy: AgentNameSchema,
  /** Who wrote this revision, and when they last captured the post (its text may have grown:
   * X's "Show more"). */
  by: AgentNameSchema,
  seenAt: IsoDateSchema,
  row: TeamMentionRowSchema,
});
export type MentionDoc = z.infer<typeof MentionDocSchema>;

export const EVENT_ACTIONS = ['claim', 'release', 'status'] as const;

export const EventDocSchema = z
  .object({
    ...meta,
    type: z.literal('event'),
    v: z.literal(DOC_VERSION),
    mentionId: MentionSchema.shape.id,
    by: AgentNameSchema,
    /** The agent's clock when they acted. */
    at: IsoDateSchema,
    action: z.enum(EVENT_ACTIONS),
    status: TeamStatusSchema.optional(),
  })
  .refine((e) => (e.action === 'status') === (e.status !== undefined), { message: 'a status event has a status, other events none' });
export type EventDoc = z.infer<typeof EventDocSchema>;

/** How a reply went out (the replies issue's channels; free text up to 40 for channels added later). */
export const ReplyDocSchema = z.object({
  ...meta,
  type: z.literal('reply'),
  v: z.literal(DOC_VERSION),
  mentionId: MentionSchema.shape.id,
  by: AgentNameSchema,
  /** When it was sent (the agent's clock): the first one is the mention's first response. */
  at: IsoDateSchema,
  channel: z.string().min(1).max(40),
  templateId: z.string().max(100).optional(),
  incidentId: z.string().max(64).optional(),
  statementVersion: z.number().int().min(1).max(1_000_000).optional(),
  /** BCP 47 tag of the reply's language. */
  lang: z.string().max(35).optional(),
  /** The text as sent, for the incident report and audits. */
  text: z.string().max(5_000).optional(),
});
export type ReplyDoc = z.infer<typeof ReplyDocSchema>;

/** An incident as the replies feature stores it (lib/incident/schema.ts StoredIncident, which
 * parses `incident` where it is used); here only what the merge reads is checked. */
export const IncidentDocSchema = z.object({
  ...meta,
  type: z.literal('incident'),
  v: z.literal(DOC_VERSION),
  by: AgentNameSchema,
  updatedAt: IsoDateSchema,
  incident: z.looseObject({ id: z.string().min(1).max(64) }),
});
export type IncidentDoc = z.infer<typeof IncidentDocSchema>;

/** One published statement version (lib/incident/schema.ts StatementRecord in `record`). */
export const StatementDocSchema = z.object({
  ...meta,
  type: z.literal('statement'),
  v: z.literal(DOC_VERSION),
  incidentId: z.string().min(1).max(64),
  version: z.number().int().min(1).max(1_000_000),
  /** Who published it, and when (their clock). */
  by: AgentNameSchema,
  at: IsoDateSchema,
  record: z.looseObject({}),
});
export type StatementDoc = z.infer<typeof StatementDocSchema>;

/** The incident review (lib/report/review.ts IncidentReview in `review`): the latest save stands. */
export const ReviewDocSchema = z.object({
  ...meta,
  type: z.literal('review'),
  v: z.literal(DOC_VERSION),
  incidentId: z.string().min(1).max(64),
  /** Who saved it, and when (their clock). */
  by: AgentNameSchema,
  updatedAt: IsoDateSchema,
  review: z.looseObject({ incidentId: z.string().min(1).max(64) }),
});
export type ReviewDoc = z.infer<typeof ReviewDocSchema>;

/** A revision that lost a conflict (merge.ts), kept whole. */
export const KeptDocSchema = z.object({
  ...meta,
  type: z.literal('kept'),
  v: z.literal(DOC_VERSION),
  of: DocIdSchema,
  rev: z.string().max(200),
  /** Who resolved the conflict, and when. */
  by: AgentNameSchema,
  at: IsoDateSchema,
  doc: z.looseObject({}),
});
export type KeptDoc = z.infer<typeof KeptDocSchema>;

export const TeamDocSchema = z.discriminatedUnion('type', [
  MentionDocSchema,
  EventDocSchema,
  ReplyDocSchema,
  IncidentDocSchema,
  StatementDocSchema,
  ReviewDocSchema,
  KeptDocSchema,
]);
export type TeamDoc = z.infer<typeof TeamDocSchema>;

// ---- Ids ----

/** 13 digits hold every millisecond time up to the year 2286; padded so ids sort by time. */
function ms(iso: string): string {
  return String(Date.parse(iso)).padStart(13, '0');
}

export const mentionDocId = (mentionId: string) => `mention:${mentionId}`;
export const eventDocId = (mentionId: string, at: string, nonce: string) => `event:${mentionId}:${ms(at)}:${nonce}`;
export const replyDocId = (mentionId: string, at: string, nonce: string) => `reply:${mentionId}:${ms(at)}:${nonce}`;
export const incidentDocId = (incidentId: string) => `incident:${incidentId}`;
export const statementDocId = (incidentId: string, version: number) => `statement:${incidentId}:${String(version).padStart(7, '0')}`;
export const reviewDocId = (incidentId: string) => `review:${incidentId}`;
export const keptDocId = (id: string, rev: string) => `kept:${id}:${rev}`;

/** The id range holding every event (or reply) of one mention: `startkey`/`endkey` for allDocs.
 * The trailing `:` keeps `x:12` from matching `x:123`. */
export function mentionRange(prefix: 'event' | 'reply', mentionId: string): { startkey: string; endkey: string } {
  const start = `${prefix}:${mentionId}:`;
  return { startkey: start, endkey: `${start}\uffff` };
}

const MENTION_PREFIXES = ['mention:', 'event:', 'reply:'] as const;

/** The incident an incident, statement or review document is about, read from its id. */
export function incidentIdOfDocId(id: string): string | undefined {
  const m = /^(?:incident|review):([^:]+)$/.exec(id) ?? /^statement:([^:]+):\d{7}$/.exec(id);
  return m?.[1];
}

/** The mention a document is about, read from its id (so deletions, which carry no body, are
 * mapped too). Undefined for incidents, statements and kept revisions. */
export function mentionIdOfDocId(id: string): string | undefined {
  for (const prefix of MENTION_PREFIXES) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (prefix === 'mention:') return MentionSchema.shape.id.safeParse(rest).success ? rest : undefined;
    // <mention id>:<13 digits>:<nonce>; mention ids contain one `:` themselves.
    const m = /^((?:x|amazon):[^:]+):\d{13}:[^:]+$/.exec(rest);
    return m && MentionSchema.shape.id.safeParse(m[1]).success ? m[1] : undefined;
  }
  return undefined;
}

// ---- Builders: what the background and the replies feature write ----

export interface EventInput {
  mentionId: string;
  by: string;
  at: string;
  action: (typeof EVENT_ACTIONS)[number];
  status?: z.infer<typeof TeamStatusSchema>;
}

/** A claim, release or status event; `nonce` is random (the caller's), e.g. 8 hex digits. */
export function eventDoc(input: EventInput, nonce: string): EventDoc {
  return EventDocSchema.parse({
    _id: eventDocId(input.mentionId, input.at, nonce),
    type: 'event',
    v: DOC_VERSION,
    ...input,
  });
}

export type ReplyInput = Omit<ReplyDoc, '_id' | '_rev' | '_conflicts' | 'type' | 'v'>;

/** The record of a sent reply (for the replies feature): write it with the team replica's
 * `put`; it replicates like everything else and counts as the mention's first response. */
export function replyDoc(input: ReplyInput, nonce: string): ReplyDoc {
  return ReplyDocSchema.parse({ _id: replyDocId(input.mentionId, input.at, nonce), type: 'reply', v: DOC_VERSION, ...input });
}

/** The shared document of a flagged mention, written by the agent who captured it. */
export function mentionDoc(row: TeamMentionRow, by: string, seenAt: string): MentionDoc {
  return MentionDocSchema.parse({
    _id: mentionDocId(row.id),
    type: 'mention',
    v: DOC_VERSION,
    capturedBy: by,
    by,
    seenAt,
    row: TeamMentionRowSchema.parse(row),
  });
}
