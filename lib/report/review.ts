/**
 * The incident review: the plan's four "learn and improve" questions, saved with the incident.
 *
 * Stored as its own storage.local item per incident (`incidentReview:<incident id>`,
 * reviewStorageKey) rather than as a field of the stored incident: no IndexedDB migration, no new
 * background message, and saving a review never races a statement being published on the same
 * record. With a team workspace it is shared as its own document (`review:<incident id>`,
 * lib/team/incidents.ts): the latest save stands on every agent's browser.
 */
import { z } from 'zod';

import { IncidentIdSchema, LIMITS, safeText } from '../incident/schema.ts';
import { IsoDateSchema } from '../schema.ts';

/** Long enough for a page of notes per question; short enough to keep storage.local small. */
export const REVIEW_ANSWER_CHARS = 5_000;

/** "Was the team trained and supported?": a short answer, with a note. */
export const TEAM_SUPPORT_ANSWERS = ['yes', 'partly', 'no'] as const;

export const IncidentReviewSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  incidentId: IncidentIdSchema,
  /** What worked. */
  whatWorked: safeText(REVIEW_ANSWER_CHARS).default(''),
  /** The main challenges. */
  challenges: safeText(REVIEW_ANSWER_CHARS).default(''),
  /** Whether the team was trained and supported. */
  teamSupported: z.enum(TEAM_SUPPORT_ANSWERS).optional(),
  teamSupportNote: safeText(REVIEW_ANSWER_CHARS).default(''),
  /** Which channels reached people best. */
  channels: safeText(REVIEW_ANSWER_CHARS).default(''),
  updatedAt: IsoDateSchema.optional(),
  updatedBy: safeText(LIMITS.personChars).optional(),
});
export type IncidentReview = z.infer<typeof IncidentReviewSchema>;
export type IncidentReviewInput = z.input<typeof IncidentReviewSchema>;

export const REVIEW_KEY_PREFIX = 'incidentReview:';

export function reviewStorageKey(incidentId: string): `incidentReview:${string}` {
  return `${REVIEW_KEY_PREFIX}${incidentId}`;
}

export function emptyReview(incidentId: string): IncidentReview {
  return IncidentReviewSchema.parse({ incidentId });
}

/** The review as saved: stamped with the time and who saved it. Throws on invalid input. */
export function stampReview(review: IncidentReviewInput, o: { now: number; by?: string }): IncidentReview {
  return IncidentReviewSchema.parse({ ...review, updatedAt: new Date(o.now).toISOString(), ...(o.by ? { updatedBy: o.by } : {}) });
}

/** A stored value for `incidentId`, or an empty review when missing, damaged or someone else's. */
export function readReview(raw: unknown, incidentId: string): { review: IncidentReview; problem?: string } {
  if (raw === undefined || raw === null) return { review: emptyReview(incidentId) };
  const parsed = IncidentReviewSchema.safeParse(raw);
  if (!parsed.success) return { review: emptyReview(incidentId), problem: parsed.error.issues[0]?.message ?? 'invalid review' };
  if (parsed.data.incidentId !== incidentId) return { review: emptyReview(incidentId), problem: 'the stored review names another incident' };
  return { review: parsed.data };
}
