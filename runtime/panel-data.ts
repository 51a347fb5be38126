/**
 * Everything the side panel reads or changes, behind one interface so views can be tested with
 * injected fakes. The real implementation reads IndexedDB directly (the extension origin shares
 * the background's database; the store is the source of truth) and sends every write to the
 * background, which owns them and broadcasts `mentions/changed` afterwards.
 */
import { browser } from 'wxt/browser';
import { dismissFromMap, healthList } from '../lib/adapter-health.ts';
import type { DbConnection } from '../lib/db/connection.ts';
import { countInbox, inboxFacets, queryInbox, type InboxFacets, type InboxFilter, type InboxPage } from '../lib/db/mentions.ts';
import { request, type Send } from '../lib/messaging.ts';
import { ChangedMessageSchema, type AdapterHealth, type Message, type MentionStatus, type PipelineStatus, type Settings } from '../lib/schema.ts';
import { contextDb } from './db.ts';
import { adapterHealthItem, pipelineStatusItem, settingsItem } from './storage-items.ts';

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
  /** Resolves when the background stored the change; rejects with a MessageError otherwise. */
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

/** The extension's real `runtime.sendMessage`, typed (lib/messaging.ts). */
export const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

export interface PanelDataDeps {
  /** Default: this context's shared connection (tests pass one over fake-indexeddb). */
  db?: DbConnection;
  send?: Send;
}

export function createPanelData(deps: PanelDataDeps = {}): PanelData {
  const db = deps.db ?? contextDb;
  const send = deps.send ?? sendToBackground;

  return {
    inboxPage: (filter, opts) => db.use((conn) => queryInbox(conn, filter, opts)),
    inboxCount: (filter) => db.use((conn) => countInbox(conn, filter)),
    inboxFacets: () => db.use((conn) => inboxFacets(conn, { flaggedOnly: true })),
    setStatus: async (id, status) => {
      await request(send, { type: 'mention/set-status', id, status } satisfies Message);
    },
    loadHealth: async () => healthList(await adapterHealthItem.get()),
    loadPipelineStatus: () => pipelineStatusItem.get(),
    dismissHealth: async (key) => {
      await adapterHealthItem.update((map) => dismissFromMap(map, key));
    },
    loadSettings: () => settingsItem.get(),
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
      const unwatch = [
        adapterHealthItem.watch((map) => events.healthChanged(healthList(map))),
        settingsItem.watch((settings) => events.settingsChanged(settings)),
        pipelineStatusItem.watch((status) => events.pipelineStatusChanged(status)),
      ];
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        for (const stop of unwatch) stop();
      };
    },
  };
}
