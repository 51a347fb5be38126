/**
 * What the report page reads and saves, behind one interface so the page is tested with fakes:
 * the incident and alerts straight from IndexedDB (parsed), the mentions posted in the report's
 * windows (the `sortAt` index), and the review as its own storage item per incident
 * (lib/report/review.ts says why).
 */
import { listAlerts, mentionsPostedBetween } from '../lib/db/alerts.ts';
import { readIncident } from '../lib/db/incidents.ts';
import type { StoredIncident } from '../lib/incident/schema.ts';
import { readReview, type IncidentReview } from '../lib/report/review.ts';
import type { ReportMention } from '../lib/report/membership.ts';
import type { Alert } from '../lib/schema.ts';
import { contextDb } from './db.ts';
import { agentNameItem, incidentReviewItem as reviewItem } from './incident-items.ts';
import { teamSettingsItem } from './team-items.ts';

/** Mentions read for one report at most: a report over more is cut and says so. Rows are about
 * 2 KB parsed, so this keeps the page under ~200 MB even then. */
export const REPORT_MENTION_LIMIT = 100_000;

export interface ReportData {
  incident(id: string): Promise<StoredIncident | undefined>;
  /** Mentions with sortAt in [from, to) (ISO), at most `limit`. */
  mentions(from: string, to: string, limit: number): Promise<ReportMention[]>;
  alerts(): Promise<Alert[]>;
  review(id: string): Promise<IncidentReview>;
  saveReview(review: IncidentReview): Promise<void>;
  /** Who saves: the team's user, else the incident agent's name ('' = nobody named). */
  agent(): Promise<string>;
}

export function createReportData(): ReportData {
  return {
    async incident(id) {
      const read = await contextDb.use((db) => readIncident(db, id));
      return read.found && 'value' in read ? read.value : undefined;
    },
    async mentions(from, to, limit) {
      return contextDb.use((db) => mentionsPostedBetween(db, from, to, limit));
    },
    async alerts() {
      return (await contextDb.use((db) => listAlerts(db))).alerts;
    },
    async review(id) {
      const { value } = await reviewItem(id).read();
      return readReview(value, id).review;
    },
    async saveReview(review) {
      await reviewItem(review.incidentId).set(review);
    },
    async agent() {
      const team = await teamSettingsItem.get();
      return team.agent ?? (await agentNameItem.get());
    },
  };
}
