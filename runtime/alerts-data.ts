/**
 * Everything the Alerts view reads or changes, behind one interface so it is tested with fakes
 * (like PanelData). Reads go to IndexedDB directly (the store is the source of truth); status
 * changes go to the background, which owns alert writes and broadcasts `alerts/changed`.
 */
import { browser } from 'wxt/browser';
import { chartPoints, chartRange, type ChartPoint } from '../lib/alerts/chart.ts';
import type { LoadedAlertSettings } from '../lib/alerts/settings.ts';
import type { DbConnection } from '../lib/db/connection.ts';
import { bucketRows, listAlerts, loadScopeStates } from '../lib/db/alerts.ts';
import { getMentions } from '../lib/db/mentions.ts';
import { MessageError, request, type Send } from '../lib/messaging.ts';
import { AlertsChangedMessageSchema, type Alert, type AlertMessage, type AlertScope, type AlertSettings, type StoredMention } from '../lib/schema.ts';
import { onFocusRequested, takeFocus } from './alerts-focus.ts';
import { contextDb } from './db.ts';
import { sendToBackground } from './panel-data.ts';
import { alertSettingsItem } from './storage-items.ts';

export type { ChartPoint } from '../lib/alerts/chart.ts';

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
  /** Of the brand population, mentions captured as history (posted over an hour before being seen). */
  history: number;
  /** Scopes being watched (those that have counted something). */
  scopes: AlertScope[];
}

export interface AlertsData {
  overview(): Promise<AlertsOverview>;
  chart(alert: Alert, now: number): Promise<ChartPoint[]>;
  mentions(ids: readonly string[]): Promise<(StoredMention | undefined)[]>;
  /** Acts on the alert's whole event (lib/alerts/actions.ts). */
  act(id: string, action: 'acknowledge' | 'snooze' | 'resolve' | 'reopen', minutes?: number): Promise<void>;
  retryWebhook(id: string): Promise<void>;
  loadSettings(): Promise<LoadedAlertSettings>;
  /** Call straight from the click handler: a new webhook host needs the browser's permission
   * prompt, which only opens during a user gesture. Rejects when it is refused. */
  saveSettings(next: AlertSettings, previous: AlertSettings): Promise<void>;
  takeFocus(): Promise<string | undefined>;
  subscribe(events: { alertsChanged(): void; settingsChanged(): void; focus(id: string): void }): () => void;
}

export function webhookOrigin(url: string): string {
  return `${new URL(url).origin}/*`;
}

export interface AlertsDataDeps {
  /** Default: this context's shared connection. */
  db?: DbConnection;
  send?: Send;
  hash?: () => string;
}

export function createAlertsData(deps: AlertsDataDeps = {}): AlertsData {
  const db = deps.db ?? contextDb;
  const send = deps.send ?? sendToBackground;

  return {
    overview: () =>
      db.use(async (conn) => {
        const [list, states] = await Promise.all([listAlerts(conn), loadScopeStates(conn)]);
        const resets: ScopeNote[] = states.states.flatMap((s) => (s.resetNote ? [{ scope: s.scope, ...s.resetNote }] : []));
        const brand = states.states.find((s) => s.scope === 'all');
        return {
          alerts: list.alerts,
          skipped: list.skipped,
          resets,
          late: brand?.late.total ?? 0,
          history: brand?.history?.total ?? 0,
          scopes: states.states.map((s) => s.scope),
        };
      }),
    chart: (alert, now) =>
      db.use(async (conn) => {
        const { from, to } = chartRange(alert, now);
        const rows = await bucketRows(conn, alert.scope, from, to);
        const state = alert.endedAt ? undefined : (await loadScopeStates(conn)).states.find((s) => s.scope === alert.scope);
        return chartPoints(rows, state && { state, now });
      }),
    mentions: (ids) => db.use((conn) => getMentions(conn, ids)),
    act: async (id, action, minutes) => {
      await request(send, { type: 'alert/set-status', id, action, ...(minutes ? { minutes } : {}) } satisfies AlertMessage);
    },
    retryWebhook: async (id) => {
      await request(send, { type: 'alert/retry-webhook', id } satisfies AlertMessage);
    },
    loadSettings: async () => {
      const { value, problems } = await alertSettingsItem.read();
      return { settings: value, problems };
    },
    saveSettings(next, previous) {
      // No await before the permission request: it must run inside the click's user gesture.
      const url = next.webhookUrl;
      const needs = url !== undefined && url !== previous.webhookUrl;
      const granted = needs ? browser.permissions.request({ origins: [webhookOrigin(url)] }) : Promise.resolve(true);
      return granted.then(async (ok) => {
        if (!ok) throw new MessageError('rejected', `permission denied for ${new URL(url!).origin}`);
        await alertSettingsItem.set(next);
      });
    },
    takeFocus: () => takeFocus(deps.hash?.() ?? globalThis.location?.hash ?? '', Date.now()),
    subscribe(events) {
      const onMessage = (message: unknown) => {
        if (AlertsChangedMessageSchema.safeParse(message).success) events.alertsChanged();
      };
      browser.runtime.onMessage.addListener(onMessage);
      const stopSettings = alertSettingsItem.watch(() => events.settingsChanged());
      const stopFocus = onFocusRequested(events.focus);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        stopSettings();
        stopFocus();
      };
    },
  };
}
