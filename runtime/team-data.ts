/**
 * What the options page and the side panel read and do about the team workspace, behind one
 * interface so views are tested with fakes. Reads come from storage (the background writes the
 * replication's state there); every action is a `team/*` message to the background, which owns
 * the replica. PouchDB is never loaded here.
 */
import { browser } from 'wxt/browser';
import { queryInbox } from '../lib/db/mentions.ts';
import { MessageError, request, type Send } from '../lib/messaging.ts';
import { TeamSignInReplySchema, type StoredMention, type TeamMessage, type TeamSettings, type TeamStatus, type TeamSyncStatus } from '../lib/schema.ts';
import { responseSummary, responseTargetMs, type TeamResponseSummary } from '../lib/team/response-times.ts';
import { checkTeamDbUrl } from '../lib/team/url.ts';
import { contextDb } from './db.ts';
import { settingsItem } from './storage-items.ts';
import { teamSettingsItem, teamSyncItem } from './team-items.ts';

/** The team's response figures are over the latest this many flagged mentions (a few days of a
 * busy crisis; a bounded read however large the store). */
export const SUMMARY_ROWS = 2_000;

export interface TeamView {
  settings: TeamSettings;
  sync: TeamSyncStatus;
}

export interface TeamData {
  load(): Promise<TeamView>;
  /** Call straight from the click handler: a new server needs the browser's permission, and the
   * prompt needs the click's user gesture. Rejects with a MessageError whose `reason` is a
   * TeamErrorCode (or `bad-url`, `no-permission`). */
  signIn(dbUrl: string, name: string, password: string): Promise<string>;
  signOut(leave: boolean): Promise<void>;
  syncNow(): Promise<void>;
  claim(id: string): Promise<void>;
  release(id: string): Promise<void>;
  setStatus(id: string, status: TeamStatus): Promise<void>;
  /** First-response figures and the unanswered/overdue counts (lib/team/response-times.ts). */
  loadSummary(): Promise<TeamResponseSummary>;
  /** Settings or replication state changed; returns the unsubscribe. */
  subscribe(changed: () => void): () => void;
}

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

export function createTeamData(send: Send = sendToBackground): TeamData {
  const ask = (msg: TeamMessage) => request(send, msg);
  return {
    load: async () => ({ settings: await teamSettingsItem.get(), sync: await teamSyncItem.get() }),
    signIn(dbUrl, name, password) {
      const checked = checkTeamDbUrl(dbUrl);
      if (!checked.ok) return Promise.reject(new MessageError('rejected', checked.problem, 'bad-url'));
      // No await before the request: it must run inside the click's user gesture.
      const granted = browser.permissions.request({ origins: [checked.url.originPattern] }).catch(() => false);
      return granted.then(async (ok) => {
        if (!ok) throw new MessageError('rejected', `permission denied for ${checked.url.origin}`, 'no-permission');
        const reply = await request(send, { type: 'team/sign-in', dbUrl: checked.url.dbUrl, name, password } satisfies TeamMessage, (r) => {
          const parsed = TeamSignInReplySchema.safeParse(r);
          return parsed.success ? parsed.data : undefined;
        });
        return reply.agent;
      });
    },
    signOut: async (leave) => void (await ask({ type: 'team/sign-out', leave })),
    syncNow: async () => void (await ask({ type: 'team/sync-now' })),
    claim: async (id) => void (await ask({ type: 'team/claim', id })),
    release: async (id) => void (await ask({ type: 'team/release', id })),
    setStatus: async (id, status) => void (await ask({ type: 'team/set-status', id, status })),
    loadSummary: () =>
      contextDb.use(async (db) => {
        const rows: StoredMention[] = [];
        let cursor: string | undefined;
        do {
          const page = await queryInbox(db, { flaggedOnly: true }, { limit: 500, cursor });
          rows.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor && rows.length < SUMMARY_ROWS);
        return responseSummary(rows, { now: Date.now(), targetMs: responseTargetMs(await settingsItem.get()) });
      }),
    subscribe(changed) {
      const stops = [teamSettingsItem.watch(changed), teamSyncItem.watch(changed)];
      return () => stops.forEach((stop) => stop());
    },
  };
}
