/**
 * The team workspace in the background: one job (lib/jobs.ts) that keeps the live replication
 * running and answers the `team/*` messages, plus the hooks the inbox's own paths call (a status
 * set in the panel, mentions stored by the ingest).
 *
 * Surviving the MV3 worker: nothing lives only in memory. The replica and its checkpoints are in
 * IndexedDB; the `crisis-desk-team-sync` alarm (every 30 s, Chrome's floor for alarms) wakes a
 * stopped worker, and the job then starts the replication again from its checkpoints and brings
 * the inbox up to date from the map checkpoint (lib/team/workspace.ts). Browser start, install and
 * a change of the team settings do the same. Solo users (no workspace set) only pay for reading
 * one storage item per run; PouchDB is never loaded for them.
 */
import { browser } from 'wxt/browser';
import { readIncidents } from '@/lib/db/incidents';
import { getMentions, queryInbox } from '@/lib/db/mentions';
import { applyTeamIncidents } from '@/lib/db/team-incidents';
import { applyTeamRows } from '@/lib/db/team-rows';
import type { StoredIncident } from '@/lib/incident/schema';
import { REVIEW_KEY_PREFIX } from '@/lib/report/review';
import type { Job, Trigger } from '@/lib/jobs';
import { verdictOf } from '@/lib/pipeline';
import {
  TEAM_MESSAGE_TYPES,
  TeamMessageSchema,
  type MentionStatus,
  type ReplyRecord,
  type StoredMention,
  type TeamMessage,
} from '@/lib/schema';
import { isResponse } from '@/lib/replies/record';
import { replyDoc } from '@/lib/team/docs';
import { classifyTeamError } from '@/lib/team/errors';
import { takesReview } from '@/lib/team/incidents';
import type { PouchDatabase, PouchDoc } from '@/lib/team/pouch';
import { sessionUser, signIn, signOut, type Fetch } from '@/lib/team/session';
import { OFF, addRefusedDoc, patchSyncStatus, type SyncPatch } from '@/lib/team/status';
import { checkTeamDbUrl } from '@/lib/team/url';
import { createWorkspace, type Workspace } from '@/lib/team/workspace';
import { incidentReviewItem } from '@/runtime/incident-items';
import { openTeamDbs } from '@/runtime/team-pouch';
import { TEAM_SETTINGS_KEY, teamSettingsItem, teamSyncItem } from '@/runtime/team-items';
import type { BackgroundDeps, Reply } from './handle-message';
import { keepKeywordSet } from './incident-messages';

export const TEAM_ALARM = 'crisis-desk-team-sync';
/** Chrome's shortest alarm period (Chrome 120+): 30 s. */
export const TEAM_ALARM_MINUTES = 0.5;

/** Flagged rows read per page when sharing what this browser had before joining. */
const SHARE_PAGE = 200;

type Deps = Pick<BackgroundDeps, 'getDb' | 'now' | 'log' | 'broadcastChanged' | 'broadcastVerdicts' | 'refreshBadge' | 'incidents'>;

/** Storage keys of the incident reviews (one item each: runtime/incident-items.ts). */
const REVIEW_PREFIX = `local:${REVIEW_KEY_PREFIX}`;

export interface TeamRuntime {
  job: Job<Reply | undefined>;
  /** The inbox's own status change (mention/set-status): the team hears of it. */
  onStatusSet(id: string, status: MentionStatus): Promise<void>;
  /** Mentions were stored by the ingest: share the flagged ones. */
  onStored(ids: readonly string[]): Promise<void>;
  /** Replying (issue 11): a reply recorded here becomes the team's reply document. */
  onReplied(id: string, record: ReplyRecord): Promise<void>;
  /** An incident was saved here (issue 12): the team's incident and statement documents. */
  onIncidentSaved(incident: StoredIncident): Promise<void>;
  /** E2E builds only: write a document into the replica without the size check. */
  putRaw(doc: Record<string, unknown> & { _id: string }): Promise<void>;
}

const browserFetch: Fetch = (url, init) => fetch(url, init);

function nonce(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createTeamRuntime(deps: Deps): TeamRuntime {
  let ws: Workspace | undefined;
  /** The replica under `ws` (e2e builds write into it directly: putRaw). */
  let replica: PouchDatabase | undefined;
  let wsKey: string | undefined;
  let opening: Promise<Workspace | undefined> | undefined;

  const setStatus = (patch: SyncPatch) => void teamSyncItem.update((prev) => patchSyncStatus(prev, patch)).catch((err: unknown) => deps.log('team status not saved', err));

  const rowsChanged = (rows: StoredMention[]) => {
    deps.broadcastChanged(rows.map((r) => r.id));
    deps.broadcastVerdicts(rows.map(verdictOf));
    deps.refreshBadge();
  };

  const stop = () => {
    ws?.stop();
    ws = undefined;
    replica = undefined;
    wsKey = undefined;
  };

  /** The workspace for the current settings, opened once per worker; undefined when none is set. */
  const open = async (): Promise<Workspace | undefined> => {
    const settings = await teamSettingsItem.get();
    const checked = settings.dbUrl ? checkTeamDbUrl(settings.dbUrl) : undefined;
    if (!checked?.ok || !settings.agent) {
      stop();
      if (!settings.dbUrl) await teamSyncItem.update((prev) => (prev.state === 'off' ? undefined : OFF));
      else if (!settings.agent) setStatus({ state: 'signed-out' });
      return undefined;
    }
    const url = checked.url;
    const key = `${url.dbUrl}|${settings.agent}`;
    if (ws && wsKey === key) return ws;
    stop();
    if (!(await browser.permissions.contains({ origins: [url.originPattern] }).catch(() => false))) {
      setStatus({ state: 'error', lastError: { code: 'no-permission', message: url.originPattern, at: deps.now().toISOString() } });
      return undefined;
    }
    const { local, remote, PouchDB } = await openTeamDbs(url);
    const agent = settings.agent;
    ws = createWorkspace({
      agent,
      local,
      remote,
      replicate: PouchDB.replicate.bind(PouchDB),
      applyRows: async (ids, next) => applyTeamRows(await deps.getDb(), ids, next),
      now: deps.now,
      nonce,
      status: setStatus,
      refused: (doc) => void teamSyncItem.update((prev) => addRefusedDoc(prev, doc)),
      rowsChanged,
      // Teammates' incidents merged into this browser's (lib/incident/merge.ts), each with its
      // alert keyword set, and the panels told.
      applyIncidents: async (incidents) => {
        const applied = await applyTeamIncidents(await deps.getDb(), incidents);
        if (applied.damaged.length) deps.log('team incidents not applied over damaged local rows', applied.damaged);
        for (const incident of applied.changed) await keepKeywordSet(deps, incident);
        if (applied.changed.length) deps.incidents?.broadcast();
      },
      applyReviews: async (reviews) => {
        for (const review of reviews) {
          const item = incidentReviewItem(review.incidentId);
          await item.update((local) => (takesReview(local, review) ? review : undefined));
        }
      },
      explainUnauthorized: async () => {
        const s = await sessionUser(browserFetch, url);
        return s.ok ? (s.name ? 'not-member' : 'session-expired') : undefined;
      },
      log: deps.log,
    });
    wsKey = key;
    replica = local;
    void shareExisting(ws);
    void shareIncidents(ws);
    return ws;
  };

  /** One open at a time: triggers arriving together share it. */
  const current = (): Promise<Workspace | undefined> => {
    opening ??= open().finally(() => (opening = undefined));
    return opening;
  };

  async function* flaggedPages(): AsyncIterable<StoredMention[]> {
    let cursor: string | undefined;
    do {
      const page = await queryInbox(await deps.getDb(), { flaggedOnly: true }, { limit: SHARE_PAGE, cursor });
      yield page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  /** Every incident here, once per opening (an unchanged one writes nothing): incidents made
   * before joining, or while the worker was stopped. */
  const shareIncidents = async (w: Workspace) => {
    try {
      for (const incident of (await readIncidents(await deps.getDb())).items) await w.shareIncident(incident);
    } catch (err) {
      deps.log('sharing incidents failed', err);
    }
  };

  const shareExisting = (w: Workspace) => w.shareExisting(flaggedPages()).catch((err: unknown) => deps.log('sharing earlier mentions failed', err));

  /** Keeps the replication running and the inbox mapped (every trigger but messages). */
  const keepRunning = async (): Promise<undefined> => {
    const w = await current();
    if (!w) return undefined;
    w.start();
    await w.mapPending();
    return undefined;
  };

  const withWorkspace = async (fn: (w: Workspace) => Promise<StoredMention | undefined>): Promise<Reply> => {
    const w = await current();
    if (!w) return { ok: false, error: 'no team workspace is set up and signed in', code: 'no-workspace' };
    w.start();
    await fn(w);
    return { ok: true };
  };

  const answer = async (msg: TeamMessage): Promise<Reply> => {
    switch (msg.type) {
      case 'team/sign-in': {
        const checked = checkTeamDbUrl(msg.dbUrl);
        if (!checked.ok) return { ok: false, error: `not a usable database URL (${checked.problem})`, code: 'bad-url' };
        const url = checked.url;
        if (!(await browser.permissions.contains({ origins: [url.originPattern] }).catch(() => false))) {
          return { ok: false, error: `no permission for ${url.origin}`, code: 'no-permission' };
        }
        // The password goes to the server once, here, and is dropped with this message.
        const res = await signIn(browserFetch, url, msg.name, msg.password);
        if (!res.ok) return { ok: false, error: res.problem.message, code: res.problem.code };
        await teamSettingsItem.set({ schemaVersion: 1, dbUrl: url.dbUrl, agent: res.agent });
        await teamSyncItem.update((prev) => patchSyncStatus(prev, { state: 'connecting', lastError: undefined }));
        return { ok: true, agent: res.agent };
      }
      case 'team/sign-out': {
        const settings = await teamSettingsItem.get();
        const checked = settings.dbUrl ? checkTeamDbUrl(settings.dbUrl) : undefined;
        stop();
        if (checked?.ok) await signOut(browserFetch, checked.url);
        await teamSettingsItem.set(msg.leave ? { schemaVersion: 1 } : { schemaVersion: 1, dbUrl: settings.dbUrl });
        await teamSyncItem.set(msg.leave ? OFF : { ...(await teamSyncItem.get()), state: 'signed-out', lastError: undefined });
        return { ok: true };
      }
      case 'team/claim':
        return withWorkspace((w) => w.claim(msg.id));
      case 'team/release':
        return withWorkspace((w) => w.release(msg.id));
      case 'team/set-status':
        return withWorkspace((w) => w.setStatus(msg.id, msg.status));
      case 'team/sync-now': {
        const w = await current();
        if (!w) return { ok: false, error: 'no team workspace is set up and signed in', code: 'no-workspace' };
        w.stop();
        w.start();
        await w.mapPending();
        return { ok: true };
      }
    }
  };

  /** A review saved here (or brought from the team: then sharing it writes nothing). */
  const shareReview = async (incidentId: string): Promise<undefined> => {
    const w = await current();
    if (!w) return undefined;
    const { value, problems } = await incidentReviewItem(incidentId).read();
    if (problems.length === 0 && value.updatedAt) await w.shareReview(value);
    return undefined;
  };

  const job: Job<Reply | undefined> = {
    name: 'team-sync',
    onInstall: true,
    onStartup: true,
    alarm: { name: TEAM_ALARM, periodInMinutes: TEAM_ALARM_MINUTES },
    storageKeys: [TEAM_SETTINGS_KEY],
    storagePrefixes: [REVIEW_PREFIX],
    messages: TEAM_MESSAGE_TYPES,
    async run(trigger: Trigger) {
      if (trigger.kind === 'storage' && trigger.key.startsWith(REVIEW_PREFIX)) return shareReview(trigger.key.slice(REVIEW_PREFIX.length));
      if (trigger.kind !== 'message') return keepRunning();
      const parsed = TeamMessageSchema.safeParse(trigger.message);
      // Never log the message: a sign-in carries a password.
      if (!parsed.success) return { ok: false, error: 'malformed team message', code: 'invalid' };
      try {
        return await answer(parsed.data);
      } catch (err) {
        const p = classifyTeamError(err, 'sync');
        return { ok: false, error: p.message, code: p.code };
      }
    },
  };

  return {
    job,
    async onStatusSet(id, status) {
      const w = await current();
      await w?.setStatus(id, status);
    },
    async onStored(ids) {
      const w = await current();
      if (!w || ids.length === 0) return;
      const rows = (await getMentions(await deps.getDb(), ids)).filter((r): r is StoredMention => r?.flagged === 1);
      await w.share(rows);
    },
    // Replying (issue 11): the reply's document (lib/team/docs.ts replyDoc), then the row is
    // mapped again (the team's first response and status follow it: lib/team/fold.ts).
    async onReplied(id, record) {
      const w = await current();
      if (!w || !replica || !isResponse(record)) return;
      const doc = replyDoc(
        {
          mentionId: id,
          by: w.agent,
          at: record.at,
          channel: record.channel,
          ...(record.templateId ? { templateId: record.templateId } : {}),
          ...(record.incidentId ? { incidentId: record.incidentId } : {}),
          ...(record.statementVersion !== undefined ? { statementVersion: record.statementVersion } : {}),
          ...(record.lang ? { lang: record.lang } : {}),
          ...(record.text ? { text: record.text } : {}),
        },
        nonce(),
      );
      await replica.put(doc as unknown as PouchDoc);
      w.start();
      await w.mapPending();
    },
    async onIncidentSaved(incident) {
      const w = await current();
      await w?.shareIncident(incident);
    },
    async putRaw(doc) {
      const w = await current();
      if (!w || !replica) throw new Error('no team workspace');
      await replica.put(doc);
      w.start();
    },
  };
}
