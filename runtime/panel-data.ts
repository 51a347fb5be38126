/**
 * Everything the side panel reads or changes, behind one interface so views can be tested with
 * injected fakes. The real implementation reads IndexedDB directly (the extension origin shares
 * the background's database; the store is the source of truth) and sends every write to the
 * background, which owns them and broadcasts `mentions/changed` afterwards.
 */
import { browser } from 'wxt/browser';
import { dismissFromMap, healthList } from '../lib/adapter-health.ts';
import { keywordMatcher } from '../lib/alerts/keyword-match.ts';
import type { DbConnection } from '../lib/db/connection.ts';
import { loadDigestSnapshot, loadFirstScreen, saveDigestSnapshot, saveFirstScreen } from '../lib/db/inbox-cache.ts';
import { countInbox, flaggedInSpan, getMentions, readFlaggedChunk, type FlaggedChunk, type ScanCursor } from '../lib/db/mentions.ts';
import { inScopesFocus, type ScopesFocus } from '../lib/inbox/alert-focus.ts';
import type { DigestSnapshot } from '../lib/inbox/digest.ts';
import type { FirstScreen } from '../lib/inbox/first-screen.ts';
import type { InboxPlace, InboxPrefs } from '../lib/inbox/view-state.ts';
import { request, type Send } from '../lib/messaging.ts';
import {
  BulkStatusReplySchema,
  ChangedMessageSchema,
  type AdapterHealth,
  type InboxMessage,
  type MentionStatus,
  type PipelineStatus,
  type Settings,
  type StatusBefore,
  type StoredMention,
} from '../lib/schema.ts';
import { contextDb } from './db.ts';
import { inboxPlaceItem, inboxPrefsItem } from './inbox-state.ts';
import { onMentionFocus, takeMentionFocus, type MentionFocusRequest } from './mention-focus.ts';
import { adapterHealthItem, alertSettingsItem, pipelineStatusItem, settingsItem } from './storage-items.ts';

export type { FlaggedChunk, ScanCursor } from '../lib/db/mentions.ts';

export interface PanelEvents {
  mentionsChanged(ids: string[]): void;
  healthChanged(reports: AdapterHealth[]): void;
  settingsChanged(settings: Settings): void;
  pipelineStatusChanged(status: PipelineStatus): void;
  /** An in-page badge asked to show this mention. */
  mentionFocus?(id: string, intent?: 'reply'): void;
}

export interface PanelData {
  // ---- The inbox's store (lib/inbox/engine.ts reads through these) ----
  loadDigestSnapshot(): Promise<DigestSnapshot | undefined>;
  saveDigestSnapshot(snapshot: DigestSnapshot): Promise<void>;
  loadFirstScreen(): Promise<FirstScreen | undefined>;
  saveFirstScreen(screen: FirstScreen): Promise<void>;
  countFlagged(): Promise<number>;
  readFlagged(after: ScanCursor | undefined, limit: number): Promise<FlaggedChunk>;
  getMentions(ids: readonly string[]): Promise<(StoredMention | undefined)[]>;
  /** Ids of the flagged mentions behind an alert (its scopes and span). */
  scopesFocusIds(focus: ScopesFocus): Promise<string[]>;
  /** One transaction in the background; resolves with what each changed mention was before. */
  setStatuses(ids: readonly string[], status: MentionStatus): Promise<StatusBefore[]>;
  /** Undo: write those statuses back. */
  restoreStatuses(before: readonly StatusBefore[]): Promise<void>;
  // ---- The inbox's remembered state ----
  loadPlace(): Promise<InboxPlace>;
  savePlace(place: InboxPlace): Promise<void>;
  loadPrefs(): Promise<InboxPrefs>;
  savePrefs(prefs: InboxPrefs): Promise<void>;
  /** A mention a badge asked the panel to show at start (or `#mention=`); a request from the
   * badge's Reply button (or `#reply=`) carries `intent: 'reply'` (issue 11). */
  takeMentionFocus(): Promise<string | MentionFocusRequest | undefined>;
  // ---- Everything else ----
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
    loadDigestSnapshot: () => db.use((conn) => loadDigestSnapshot(conn)),
    saveDigestSnapshot: (snapshot) => db.use((conn) => saveDigestSnapshot(conn, snapshot)),
    loadFirstScreen: () => db.use((conn) => loadFirstScreen(conn)),
    saveFirstScreen: (screen) => db.use((conn) => saveFirstScreen(conn, screen)),
    countFlagged: () => db.use((conn) => countInbox(conn, {})),
    readFlagged: (after, limit) => db.use((conn) => readFlaggedChunk(conn, after, limit)),
    getMentions: (ids) => db.use((conn) => getMentions(conn, ids)),
    scopesFocusIds: async (focus) => {
      const [rows, settings, alertSettings] = await Promise.all([
        db.use((conn) => flaggedInSpan(conn, focus.from, focus.to)),
        settingsItem.get(),
        alertSettingsItem.get(),
      ]);
      const keywords = keywordMatcher(alertSettings.keywordSets);
      return rows.filter((row) => inScopesFocus(row, focus, settings, keywords)).map((row) => row.id);
    },
    setStatuses: async (ids, status) => {
      const reply = await request(send, { type: 'mentions/set-status-bulk', ids: [...ids], status } satisfies InboxMessage, (r) => {
        const parsed = BulkStatusReplySchema.safeParse(r);
        return parsed.success ? parsed.data : undefined;
      });
      return reply.before;
    },
    restoreStatuses: async (before) => {
      await request(send, { type: 'mentions/restore-status', before: [...before] } satisfies InboxMessage);
    },
    loadPlace: () => inboxPlaceItem.get(),
    savePlace: async (place) => void (await inboxPlaceItem.set(place)),
    loadPrefs: () => inboxPrefsItem.get(),
    savePrefs: async (prefs) => void (await inboxPrefsItem.set(prefs)),
    takeMentionFocus: () => takeMentionFocus(location.hash, Date.now()),
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
        onMentionFocus((id, intent) => events.mentionFocus?.(id, intent)),
      ];
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        for (const stop of unwatch) stop();
      };
    },
  };
}
