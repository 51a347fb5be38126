/**
 * Live two-way replication between the team replica and the team's CouchDB: PouchDB's own
 * replication protocol (checkpoints on both sides, so a stopped worker resumes where it was), run
 * as two one-way replications so each direction's errors are seen (PouchDB's `sync` drops the
 * error from its `paused` event).
 *
 * What each failure does:
 * - server down or offline: PouchDB retries with our back-off (1 s doubling to 30 s); the state
 *   says `offline` until a batch goes through. Local work keeps being written to the replica.
 * - 401 (cookie expired or revoked) / 403 (not a member): PouchDB stops; `signed-out` / `error`
 *   until the agent signs in again (the caller restarts).
 * - 404 (the database was deleted or renamed): retried; when an admin creates it again, the push
 *   fills it from this replica, so nothing the team had is lost.
 * - 413 (a document the server will not take): the push would retry the same batch for ever, so
 *   the document is found (each pending document tried on its own, largest first), remembered as
 *   refused (kept here, never pushed again, shown to the agent) and the push restarts without it.
 * - a document the server's validation refuses (`forbidden`, e.g. a status signed with another
 *   agent's name): PouchDB skips it and says `denied`; it is shown as refused too.
 */
import type { RefusedDoc, TeamSyncStatus } from '../schema.ts';
import { docBytes } from './doc-size.ts';
import { classifyTeamError, type TeamProblem } from './errors.ts';
import { LONGPOLL_TIMEOUT_MS } from './fetch-timeout.ts';
import { addRefused, readRefused } from './replica.ts';
import type { PouchDatabase, PouchDoc, PouchError, PouchReplication, Replicate } from './pouch.ts';

/** Documents per replication batch: PouchDB's default. */
export const BATCH_SIZE = 100;
const MAX_BACK_OFF_MS = 30_000;
/** How many pending documents a 413 hunt looks at before giving up (then it tries again later). */
const HUNT_LIMIT = 2_000;

/** Live replication options for both directions: a long-poll the server answers within
 * LONGPOLL_TIMEOUT_MS, without heartbeats (fetch reads whole bodies, so a heartbeat would only
 * keep a dead request looking alive; fetch-timeout.ts ends any request that hangs). */
const LIVE = {
  live: true,
  retry: true,
  batch_size: BATCH_SIZE,
  back_off_function: backOff,
  heartbeat: false,
  timeout: LONGPOLL_TIMEOUT_MS,
} as const;

export function backOff(delay: number): number {
  return delay === 0 ? 1_000 : Math.min(delay * 2, MAX_BACK_OFF_MS);
}

export interface SyncEvents {
  state(patch: Pick<TeamSyncStatus, 'state'> & Partial<Pick<TeamSyncStatus, 'lastError' | 'lastSyncAt'>>): void;
  /** Documents arrived from the server: bring the inbox up to date. */
  pulled(): void;
  refused(doc: RefusedDoc): void;
  /** A 401 stopped the replication: is the session gone (`session-expired`) or is this user no
   * longer a member (`not-member`)? Undefined: cannot tell now. */
  explainUnauthorized?(): Promise<TeamProblem['code'] | undefined>;
  log(msg: string, detail?: unknown): void;
}

export interface SyncDeps {
  local: PouchDatabase;
  remote: PouchDatabase;
  replicate: Replicate;
  now(): Date;
  events: SyncEvents;
}

export interface TeamSync {
  /** Stops both directions (a new `startSync` resumes from the checkpoints). */
  stop(): void;
  readonly stopped: boolean;
}

export function startSync(deps: SyncDeps): TeamSync {
  const { local, remote, replicate, events, now } = deps;
  let stopped = false;
  let push: PouchReplication | undefined;
  let pull: PouchReplication | undefined;
  const idle = { push: false, pull: false };
  let refused: Record<string, string> = {};
  let hunting = false;

  const problem = (p: TeamProblem) => ({ code: p.code, message: p.message.slice(0, 500), at: now().toISOString() });

  const onIdle = (dir: 'push' | 'pull') => {
    idle[dir] = true;
    if (idle.push && idle.pull && !stopped) events.state({ state: 'live', lastSyncAt: now().toISOString(), lastError: undefined });
  };
  const onActive = (dir: 'push' | 'pull') => {
    idle[dir] = false;
    if (!stopped) events.state({ state: 'syncing' });
  };

  const onFailure = (dir: 'push' | 'pull', err: PouchError) => {
    if (stopped) return;
    idle[dir] = false;
    const p = classifyTeamError(err, 'sync');
    if (p.code === 'too-large' && dir === 'push') {
      void huntTooLarge();
      return;
    }
    events.state({ state: p.code === 'unreachable' ? 'offline' : 'error', lastError: problem(p) });
  };

  const onFatal = (err: PouchError) => {
    if (stopped) return;
    stop();
    const p = classifyTeamError(err, 'sync');
    const explain = p.code === 'session-expired' && events.explainUnauthorized ? events.explainUnauthorized() : Promise.resolve(p.code);
    void explain.then((code) => {
      const final = code ?? p.code;
      events.state({ state: final === 'session-expired' ? 'signed-out' : 'error', lastError: problem({ ...p, code: final }) });
    });
  };

  const startPush = () => {
    push = replicate(local, remote, {
      ...LIVE,
      // Refused documents stay here (their id and revision are remembered in the replica).
      filter: (doc: PouchDoc) => refused[doc._id] !== doc._rev && !doc._id.startsWith('_design/'),
    })
      .on('active', () => onActive('push'))
      .on('paused', (err?: PouchError) => (err ? onFailure('push', err) : onIdle('push')))
      .on('denied', (err: PouchError) => void onDenied(err))
      .on('error', onFatal);
  };

  const onDenied = async (err: PouchError) => {
    const id = String((err as { id?: unknown }).id ?? '');
    if (!id) return;
    const doc = await local.get(id).catch(() => undefined);
    const rev = doc?._rev ?? '';
    refused[id] = rev;
    await addRefused(local, id, rev);
    events.refused({ id, bytes: doc ? docBytes(doc) : 0, by: 'server', at: now().toISOString() });
  };

  /** Finds the documents the server refuses as too large among those it does not have yet. */
  const huntTooLarge = async () => {
    if (hunting || stopped) return;
    hunting = true;
    push?.cancel();
    events.state({ state: 'syncing' });
    try {
      let since: number | string = 0;
      let looked = 0;
      let found = 0;
      while (looked < HUNT_LIMIT && !stopped) {
        const page = await local.changes({ since, limit: 200, style: 'all_docs' });
        if (page.results.length === 0) break;
        since = page.last_seq;
        looked += page.results.length;
        const want: Record<string, string[]> = {};
        for (const c of page.results) {
          if (c.id.startsWith('_') || refused[c.id]) continue;
          want[c.id] = c.changes.map((ch) => ch.rev);
        }
        const missing = Object.keys(await remote.revsDiff(want));
        const docs = (await Promise.all(missing.map((id) => local.get(id, { revs: true }).catch(() => undefined)))).filter((d): d is PouchDoc => !!d);
        // Largest first: one oversized document is the usual cause; smaller ones go with the push.
        docs.sort((a, b) => docBytes(b) - docBytes(a));
        for (const doc of docs) {
          try {
            await remote.bulkDocs([doc], { new_edits: false });
            break;
          } catch (err) {
            if (classifyTeamError(err, 'sync').code !== 'too-large') throw err;
            const rev = doc._rev ?? '';
            refused[doc._id] = rev;
            await addRefused(local, doc._id, rev);
            events.refused({ id: doc._id, bytes: docBytes(doc), by: 'server', at: now().toISOString() });
            found++;
          }
        }
        if (found > 0) break;
      }
      if (found === 0) events.log('the server refused a batch as too large, but no single document was');
    } catch (err) {
      events.log('could not find the document the server refused', err);
    } finally {
      hunting = false;
      if (!stopped) startPush();
    }
  };

  const stop = () => {
    stopped = true;
    push?.cancel();
    pull?.cancel();
  };

  events.state({ state: 'connecting' });
  void readRefused(local)
    .then((ids) => {
      refused = ids;
      if (stopped) return;
      startPush();
      pull = replicate(remote, local, LIVE)
        .on('active', () => onActive('pull'))
        .on('change', () => events.pulled())
        .on('paused', (err?: PouchError) => (err ? onFailure('pull', err) : onIdle('pull')))
        .on('error', onFatal);
    })
    .catch((err: unknown) => {
      events.log('could not start the team replication', err);
      events.state({ state: 'error', lastError: problem({ code: 'local', message: String(err).slice(0, 300) }) });
    });

  return {
    stop,
    get stopped() {
      return stopped;
    },
  };
}
