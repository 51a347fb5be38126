/**
 * Everything the side panel reads or changes, behind one interface so views can be tested with
 * injected fakes. The real implementation reads IndexedDB directly (the extension origin shares
 * the background's database; the store is the source of truth) and sends every write to the
 * background, which owns them and broadcasts `mentions/changed` afterwards.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { countInbox, inboxFacets, queryInbox, type InboxFacets, type InboxFilter, type InboxPage } from '../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../lib/db/open.ts';
import {
  ChangedMessageSchema,
  ErrorReplySchema,
  type AdapterHealth,
  type MentionStatus,
  type PipelineStatus,
  type Settings,
} from '../lib/schema.ts';
import { dismissHealth, loadHealth, onHealthChanged } from './health-store.ts';
import { loadPipelineStatus, onPipelineStatusChanged } from './pipeline-status-store.ts';
import { loadSettings, onSettingsChanged } from './settings-store.ts';

export type { InboxFacets, InboxFilter, InboxPage } from '../lib/db/mentions.ts';

export interface PanelEvents {
  mentionsChanged(ids: string[]): void;
  healthChanged(reports: AdapterHealth[]): void;
  settingsChanged(settings: Settings): void;
  pipelineStatusChanged(status: PipelineStatus): void;
}

export interface PanelData {
  inboxPage(filter: InboxFilter, opts: { limit: number; cursor?: string }): Promise<InboxPage>;
  inboxCount(filter: InboxFilter): Promise<number>;
  inboxFacets(): Promise<InboxFacets>;
  /** Resolves when the background stored the change; rejects with a PanelError otherwise. */
  setStatus(id: string, status: MentionStatus): Promise<void>;
  loadHealth(): Promise<AdapterHealth[]>;
  /** The background's last storage failure, if any. */
  loadPipelineStatus(): Promise<PipelineStatus>;
  dismissHealth(key: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  openSettings(): void;
  /** Live updates; returns the unsubscribe. */
  subscribe(events: PanelEvents): () => void;
}

/** A failure the UI can name: `code` picks a translated message, `message` is the raw detail. */
export class PanelError extends Error {
  constructor(
    readonly code: 'no-reply' | 'rejected' | 'db-blocked' | 'db',
    message: string,
  ) {
    super(message);
    this.name = 'PanelError';
  }
}

const OkReplySchema = z.object({ ok: z.literal(true) }).loose();
const StatusReplySchema = z.union([OkReplySchema, ErrorReplySchema]);

export type SendMessage = (message: unknown) => Promise<unknown>;

/** Sends `mention/set-status` and turns anything but `{ ok: true }` into a PanelError. */
export async function sendSetStatus(send: SendMessage, id: string, status: MentionStatus): Promise<void> {
  let reply: unknown;
  try {
    reply = await send({ type: 'mention/set-status', id, status });
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist." while the worker restarts.
    throw new PanelError('no-reply', error instanceof Error ? error.message : String(error));
  }
  const parsed = StatusReplySchema.safeParse(reply);
  if (!parsed.success) throw new PanelError('no-reply', 'no valid reply');
  if (!parsed.data.ok) throw new PanelError('rejected', parsed.data.error);
}

/** An open request that stays blocked (an old connection that never closes) would leave the
 * panel spinning forever; after this long it is reported instead. */
export const DB_OPEN_TIMEOUT_MS = 10_000;

export interface PanelDataDeps {
  openDb?: () => Promise<CrisisDb>;
  send?: SendMessage;
  timeoutMs?: number;
}

export function createPanelData(deps: PanelDataDeps = {}): PanelData {
  const openDb = deps.openDb ?? (() => openCrisisDb());
  const send: SendMessage = deps.send ?? ((message) => browser.runtime.sendMessage(message));
  const timeoutMs = deps.timeoutMs ?? DB_OPEN_TIMEOUT_MS;
  let dbPromise: Promise<CrisisDb> | undefined;

  const connect = (): Promise<CrisisDb> => {
    dbPromise ??= new Promise<CrisisDb>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new PanelError('db-blocked', `the database did not open within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      openDb().then(
        (db) => {
          clearTimeout(timer);
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(new PanelError('db', error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
        },
      );
    });
    // A failed open is not cached: "Try again" must really try again.
    dbPromise.catch(() => (dbPromise = undefined));
    return dbPromise;
  };

  /** Runs `read`; when the cached connection was closed under us (open.ts closes it on
   * `versionchange` so an upgrade can proceed), reconnects once. */
  const withDb = async <T>(read: (db: CrisisDb) => Promise<T>): Promise<T> => {
    const db = await connect();
    try {
      return await read(db);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      dbPromise = undefined;
      return read(await connect());
    }
  };

  return {
    inboxPage: (filter, opts) => withDb((db) => queryInbox(db, filter, opts)),
    inboxCount: (filter) => withDb((db) => countInbox(db, filter)),
    inboxFacets: () => withDb((db) => inboxFacets(db, { flaggedOnly: true })),
    setStatus: (id, status) => sendSetStatus(send, id, status),
    loadHealth,
    loadPipelineStatus,
    dismissHealth,
    loadSettings,
    openSettings: () => {
      browser.runtime.openOptionsPage().catch((error: unknown) => console.warn('[crisis-desk] cannot open settings', error));
    },
    subscribe(events) {
      const onMessage = (message: unknown) => {
        const changed = ChangedMessageSchema.safeParse(message);
        if (changed.success) events.mentionsChanged(changed.data.ids);
        // Return nothing: this listener never answers, so other listeners' replies still count.
      };
      browser.runtime.onMessage.addListener(onMessage);
      const stopHealth = onHealthChanged(events.healthChanged);
      const stopSettings = onSettingsChanged(events.settingsChanged);
      const stopPipeline = onPipelineStatusChanged(events.pipelineStatusChanged);
      return () => {
        stopPipeline();
        browser.runtime.onMessage.removeListener(onMessage);
        stopHealth();
        stopSettings();
      };
    },
  };
}
