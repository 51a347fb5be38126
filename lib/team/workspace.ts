/**
 * One team workspace on this browser: the replica, its live replication and the inbox kept up to
 * date from it. The background creates one when a workspace is set and an agent signed in
 * (entrypoints/background/team-job.ts); everything it needs comes in, so the same code runs in
 * Node tests and `npm run bench` over pouchdb-server.
 *
 * Order of work, so a killed worker loses nothing:
 * 1. every action is written to the replica first (PouchDB's IndexedDB: durable), then
 * 2. the mentions it concerns are folded and written to the inbox's rows at once, and
 * 3. the replica's changes are walked from a checkpoint saved after each batch reached the inbox
 *    (`_local/crisis-desk-map`): what a killed worker had not mapped is mapped on the next start.
 */
import type { SharedIncident } from '../incident/merge.ts';
import type { StoredIncident } from '../incident/schema.ts';
import type { IncidentReview } from '../report/review.ts';
import type { StoredMention, TeamStatus, TeamSyncStatus, RefusedDoc } from '../schema.ts';
import type { EventInput } from './docs.ts';
import { foldMention } from './fold.ts';
import { incidentIdsOf, readTeamIncidents, readTeamReviews, shareIncident, shareReview } from './incidents.ts';
import { mapTeamRow } from './mapping.ts';
import {
  nextChanges,
  readMapCheckpoint,
  readMentionDocs,
  readSharedMarker,
  resolveConflicts,
  saveMapCheckpoint,
  saveSharedMarker,
  shareMention,
  writeEvent,
  type WriteOutcome,
} from './replica.ts';
import type { PouchDatabase, Replicate } from './pouch.ts';
import { startSync, type SyncEvents, type TeamSync } from './sync.ts';

/** Changes mapped into the inbox per transaction. */
export const MAP_BATCH = 500;

export interface WorkspaceDeps {
  /** The agent signed in on this browser. */
  agent: string;
  local: PouchDatabase;
  remote: PouchDatabase;
  replicate: Replicate;
  /** Writes the inbox rows (lib/db/team-rows.ts applyTeamRows over this context's database). */
  applyRows(ids: readonly string[], next: (id: string, current: StoredMention | undefined) => StoredMention | undefined): Promise<StoredMention[]>;
  now(): Date;
  /** Random, unique enough for document ids (8 hex digits). */
  nonce(): string;
  status(patch: Partial<TeamSyncStatus>): void;
  refused(doc: RefusedDoc): void;
  /** Inbox rows changed (broadcast to the panel and the pages' badges). */
  rowsChanged(rows: StoredMention[]): void;
  /** The team's copy of incidents changed: merge them into this browser's (lib/incident/merge.ts).
   * Absent: incidents are not mapped (tests and benches of mentions only). */
  applyIncidents?(incidents: SharedIncident[]): Promise<void>;
  /** The team's incident reviews: keep each one that is newer than this browser's. */
  applyReviews?(reviews: IncidentReview[]): Promise<void>;
  explainUnauthorized?: SyncEvents['explainUnauthorized'];
  log(msg: string, detail?: unknown): void;
}

export interface Workspace {
  readonly agent: string;
  /** Starts the live replication unless it runs; resolves at once. */
  start(): void;
  stop(): void;
  readonly running: boolean;
  claim(mentionId: string): Promise<StoredMention | undefined>;
  release(mentionId: string): Promise<StoredMention | undefined>;
  setStatus(mentionId: string, status: TeamStatus): Promise<StoredMention | undefined>;
  /** Shares flagged mentions captured here (new ones, or ones whose capture grew). */
  share(rows: readonly StoredMention[]): Promise<void>;
  /** Shares the flagged mentions this browser held before joining, once per workspace and agent
   * (a killed worker starts again: re-sharing an unchanged mention writes nothing). */
  shareExisting(pages: AsyncIterable<readonly StoredMention[]>): Promise<void>;
  /** Shares an incident edited here (merged with the team's copy; new statement versions too). */
  shareIncident(incident: StoredIncident): Promise<void>;
  /** Shares an incident review saved here, unless the team has a newer one. */
  shareReview(review: IncidentReview): Promise<void>;
  /** Brings the inbox up to date with the replica; resolves with the rows written. */
  mapPending(): Promise<number>;
}

export function createWorkspace(deps: WorkspaceDeps): Workspace {
  const { agent, local } = deps;
  let sync: TeamSync | undefined;
  let mapping: Promise<number> = Promise.resolve(0);
  let mapAgain = false;

  const reportRefusal = (out: WriteOutcome): boolean => {
    if (out.ok) return true;
    deps.refused({ id: out.id, bytes: out.bytes, by: 'local', at: deps.now().toISOString() });
    return false;
  };

  /** Folds these mentions and writes their rows. */
  const mapMentions = async (ids: readonly string[]): Promise<StoredMention[]> => {
    if (ids.length === 0) return [];
    const docs = await readMentionDocs(local, ids);
    const now = deps.now();
    const rows = await deps.applyRows(ids, (id, current) => {
      const d = docs.get(id);
      if (!d) return undefined;
      return mapTeamRow({ current, doc: d.doc, folded: foldMention(d.events, d.replies), me: agent, now });
    });
    if (rows.length) deps.rowsChanged(rows);
    return rows;
  };

  /** Incidents and reviews among these changes, merged into this browser's. */
  const mapIncidents = async (changes: Parameters<typeof incidentIdsOf>[0]): Promise<void> => {
    const { incidents, reviews } = incidentIdsOf(changes);
    if (incidents.length && deps.applyIncidents) {
      const read = await readTeamIncidents(local, incidents);
      if (read.unreadable) deps.log('team incidents that do not read were left out', read.unreadable);
      if (read.incidents.length) await deps.applyIncidents(read.incidents);
    }
    if (reviews.length && deps.applyReviews) {
      const read = await readTeamReviews(local, reviews);
      if (read.length) await deps.applyReviews(read);
    }
  };

  const runMapping = async (): Promise<number> => {
    let written = 0;
    const checkpoint = await readMapCheckpoint(local);
    // Another agent signed in on this browser: what each row shows depends on who reads it.
    let seq = checkpoint.agent === agent ? checkpoint.seq : 0;
    for (;;) {
      const batch = await nextChanges(local, seq, MAP_BATCH);
      if (batch.changes.length === 0) break;
      await resolveConflicts(local, batch.changes, agent, deps.now());
      written += (await mapMentions(batch.mentionIds)).length;
      await mapIncidents(batch.changes);
      seq = batch.lastSeq;
      await saveMapCheckpoint(local, seq, agent);
    }
    return written;
  };

  /** One mapping pass at a time; a request during a pass runs one more pass after it. */
  const mapPending = (): Promise<number> => {
    if (mapAgain) return mapping;
    mapAgain = true;
    mapping = mapping
      .catch(() => 0)
      .then(() => {
        mapAgain = false;
        return runMapping();
      });
    return mapping;
  };

  const share = async (rows: readonly StoredMention[]): Promise<void> => {
    for (const row of rows) {
      // A teammate's mention (or one they captured first) is theirs to share.
      if (row.flagged !== 1 || row.team?.capturedBy !== undefined) continue;
      reportRefusal((await shareMention(local, row, agent, deps.now(), deps.nonce)) as WriteOutcome);
    }
  };

  const act = async (input: Omit<EventInput, 'by' | 'at'>): Promise<StoredMention | undefined> => {
    const out = await writeEvent(local, { ...input, by: agent, at: deps.now().toISOString() }, deps.nonce());
    if (!reportRefusal(out)) return undefined;
    // The inbox shows it at once; the checkpointed pass will find nothing new to do for it.
    const rows = await mapMentions([input.mentionId]);
    return rows[0];
  };

  return {
    agent,
    get running() {
      return sync !== undefined && !sync.stopped;
    },
    start() {
      if (sync && !sync.stopped) return;
      sync = startSync({
        local,
        remote: deps.remote,
        replicate: deps.replicate,
        now: deps.now,
        events: {
          state: (patch) => deps.status(patch),
          pulled: () => void mapPending().catch((err: unknown) => deps.log('team mapping failed', err)),
          refused: deps.refused,
          explainUnauthorized: deps.explainUnauthorized,
          log: deps.log,
        },
      });
    },
    stop() {
      sync?.stop();
      sync = undefined;
    },
    claim: (mentionId) => act({ mentionId, action: 'claim' }),
    release: (mentionId) => act({ mentionId, action: 'release' }),
    setStatus: (mentionId, status) => act({ mentionId, action: 'status', status }),
    share,
    async shareExisting(pages) {
      if ((await readSharedMarker(local)) === agent) return;
      for await (const rows of pages) await share(rows);
      await saveSharedMarker(local, agent);
    },
    async shareIncident(incident) {
      const out = await shareIncident(local, incident, agent);
      for (const w of out.written) reportRefusal(w);
    },
    async shareReview(review) {
      const out = await shareReview(local, review, agent);
      if (!('unchanged' in out)) reportRefusal(out);
    },
    mapPending,
  };
}
