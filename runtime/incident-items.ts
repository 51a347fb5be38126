/**
 * Issue 11's storage items (runtime/stored-item.ts): crisis mode (which incident, since when, and
 * what it changed on the incident's alert scope) and the name a solo agent records acts under.
 * The background writes `crisisMode`; the panel and the reply feature read and watch it.
 */
import { z } from 'zod';
import { CrisisStateSchema, type CrisisState } from '../lib/incident/messages.ts';
import { emptyReview, IncidentReviewSchema, reviewStorageKey, type IncidentReview } from '../lib/report/review.ts';
import { defineStoredItem } from './stored-item.ts';

/** `{}`: crisis mode is off. */
export const crisisStateItem = defineStoredItem<CrisisState>({
  key: 'local:crisisMode',
  schema: CrisisStateSchema,
  fallback: {},
});

/** Who publishes, approves and ticks, for an agent without a team workspace (the team's user
 * name wins when there is one). Empty: the panel asks before the first recorded act. */
export const agentNameItem = defineStoredItem<string>({
  key: 'local:incidentAgent',
  schema: z.string().trim().max(200),
  fallback: '',
});

/** The incident review (lib/report/review.ts says why it is its own item): the report page saves
 * it, the team workspace shares it and brings teammates' saves (team-job.ts). */
export function incidentReviewItem(incidentId: string) {
  return defineStoredItem<IncidentReview>({ key: `local:${reviewStorageKey(incidentId)}`, schema: IncidentReviewSchema, fallback: emptyReview(incidentId) });
}
