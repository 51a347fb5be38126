/**
 * Everything the Alerts view reads or changes, behind one interface so it is tested with fakes
 * (like PanelData). Reads go to IndexedDB directly (the store is the source of truth); status
 * changes go to the background, which owns alert writes and broadcasts `alerts/changed`.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { bucketRows, listAlerts, loadScopeStates } from '../lib/db/alerts.ts';
import { getMentions } from '../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../lib/db/open.ts';
import { openBucketsUpTo } from '../lib/alerts/buckets.ts';
import type { LoadedAlertSettings } from '../lib/alerts/settings.ts';
import { AlertsChangedMessageSchema, ErrorReplySchema, type Alert, type AlertScope, type AlertSettings, type StoredMention } from '../lib/schema.ts';
import { onFocusRequested, takeFocus } from './alerts-focus.ts';
import { loadAlertSettingsDetailed, onAlertSettingsChanged, saveAlertSettings } from './alerts-settings-store.ts';
import { PanelError, type SendMessage } from './panel-data.ts';

export interface ScopeNote {
  scope: string;
  at: string;
  reason: string;
}

export interface AlertsOverview {
  alerts: Alert[];
  /** Stored alerts that failed the schema and are not shown. */
  skipped: number;
  /** Scopes whose stored state was reset (shown as a note, never a crash). */
  resets: ScopeNote[];
  /** Mentions that arrived after their bucket closed, over all scopes' brand population. */
  late: number;
  /** Scopes being watched (those that have counted something). */
  scopes: AlertScope[];
}

export interface ChartPoint {
  start: number;
  negatives: number;
  total: number;
  /** Absent for buckets still open (the detector has not judged them yet). */
  expected?: number;
  upper?: number;
}

export interface AlertsData {
  overview(): Promise<AlertsOverview>;
  chart(alert: Alert, now: number): Promise<ChartPoint[]>;
  mentions(ids: readonly string[]): Promise<(StoredMention | undefined)[]>;
  act(id: string, action: 'acknowledge' | 'snooze' | 'resolve', minutes?: number): Promise<void>;
  retryWebhook(id: string): Promise<void>;
  loadSettings(): Promise<LoadedAlertSettings>;
  /** Call straight from the click handler: a new webhook host needs the browser's permission
   * prompt, which only opens during a user gesture. Rejects when it is refused. */
  saveSettings(next: AlertSettings, previous: AlertSettings): Promise<void>;
  takeFocus(): Promise<string | undefined>;
  subscribe(events: { alertsChanged(): void; settingsChanged(): void; focus(id: string): void }): () => void;
}

/** Hours of buckets the chart shows before an alert and after it ended. */
export const CHART_BEFORE_MS = 6 * 3_600_000;
export const CHART_AFTER_MS = 2 * 3_600_000;

const OkReplySchema = z.object({ ok: z.literal(true) }).loose();
const ReplySchema = z.union([OkReplySchema, ErrorReplySchema]);

async function sendChecked(send: SendMessage, message: unknown): Promise<void> {
  let reply: unknown;
  try {
    reply = await send(message);
  } catch (error) {
    throw new PanelError('no-reply', error instanceof Error ? error.message : String(error));
  }
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success) throw new PanelError('no-reply', 'no valid reply');
  if (!parsed.data.ok) throw new PanelError('rejected', parsed.data.error);
}

export function webhookOrigin(url: string): string {
  return `${new URL(url).origin}/*`;
}

export interface AlertsDataDeps {
  openDb?: () => Promise<CrisisDb>;
  send?: SendMessage;
  hash?: () => string;
}

export function createAlertsData(deps: AlertsDataDeps = {}): AlertsData {
  const openDb = deps.openDb ?? (() => openCrisisDb());
  const send: SendMessage = deps.send ?? ((message) => browser.runtime.sendMessage(message));
  let dbPromise: Promise<CrisisDb> | undefined;
  const db = () => {
    dbPromise ??= openDb();
    dbPromise.catch(() => (dbPromise = undefined));
    return dbPromise;
  };

  return {
    async overview() {
      const conn = await db();
      const [list, states] = await Promise.all([listAlerts(conn), loadScopeStates(conn)]);
      const resets: ScopeNote[] = states.states.flatMap((s) => (s.resetNote ? [{ scope: s.scope, ...s.resetNote }] : []));
      const brand = states.states.find((s) => s.scope === 'all');
      return { alerts: list.alerts, skipped: list.skipped, resets, late: brand?.late.total ?? 0, scopes: states.states.map((s) => s.scope) };
    },
    async chart(alert, now) {
      const conn = await db();
      const from = Date.parse(alert.startedAt) - CHART_BEFORE_MS;
      const to = alert.endedAt ? Date.parse(alert.endedAt) + CHART_AFTER_MS : now + 1;
      const rows = await bucketRows(conn, alert.scope, from, to);
      const points: ChartPoint[] = rows.map((r) => ({ start: r.start, negatives: r.negatives, total: r.total, expected: r.expected, upper: r.upper }));
      if (!alert.endedAt) {
        const state = (await loadScopeStates(conn)).states.find((s) => s.scope === alert.scope);
        if (state) for (const b of openBucketsUpTo(state, now)) points.push({ start: b.start, negatives: b.negatives, total: b.total });
      }
      return points;
    },
    mentions: async (ids) => getMentions(await db(), ids),
    act: (id, action, minutes) => sendChecked(send, { type: 'alert/set-status', id, action, ...(minutes ? { minutes } : {}) }),
    retryWebhook: (id) => sendChecked(send, { type: 'alert/retry-webhook', id }),
    loadSettings: loadAlertSettingsDetailed,
    saveSettings(next, previous) {
      // No await before the permission request: it must run inside the click's user gesture.
      const url = next.webhookUrl;
      const needs = url !== undefined && url !== previous.webhookUrl;
      const granted = needs ? browser.permissions.request({ origins: [webhookOrigin(url)] }) : Promise.resolve(true);
      return granted.then(async (ok) => {
        if (!ok) throw new PanelError('rejected', `permission denied for ${new URL(url!).origin}`);
        await saveAlertSettings(next);
      });
    },
    takeFocus: () => takeFocus(deps.hash?.() ?? globalThis.location?.hash ?? '', Date.now()),
    subscribe(events) {
      const onMessage = (message: unknown) => {
        if (AlertsChangedMessageSchema.safeParse(message).success) events.alertsChanged();
      };
      browser.runtime.onMessage.addListener(onMessage);
      const stopSettings = onAlertSettingsChanged(() => events.settingsChanged());
      const stopFocus = onFocusRequested(events.focus);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        stopSettings();
        stopFocus();
      };
    },
  };
}
