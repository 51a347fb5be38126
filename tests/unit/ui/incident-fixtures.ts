/**
 * A fake IncidentData for the panel tests: the real background handler (incident-messages.ts)
 * over fake-indexeddb, with crisis mode, alert settings and the agent's name in memory. Reads are
 * the real lib/db reads, so the view sees exactly what the extension would store.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { readIncidents, readTemplates } from '../../../lib/db/incidents.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { IncidentReplySchema, TemplateReplySchema, type CrisisState } from '../../../lib/incident/messages.ts';
import { request } from '../../../lib/messaging.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, type AlertSettings } from '../../../lib/schema.ts';
import type { IncidentData } from '../../../runtime/incident-data.ts';

// happy-dom gives import.meta.url an http origin: resolve from the project root instead.
export const readExample = (name: string) => readFileSync(path.join(process.cwd(), 'public/examples', name), 'utf8');

const panel = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };

export async function fakeIncidentData(o: { agent?: string; now: number }) {
  const db: CrisisDb = await openCrisisDb(new IDBFactory());
  const state = { alertSettings: DEFAULT_ALERT_SETTINGS as AlertSettings, crisis: {} as CrisisState, agent: o.agent ?? 'Ana', listeners: new Set<() => void>(), downloads: [] as { name: string; text: string }[] };
  const changed = () => setTimeout(() => state.listeners.forEach((l) => l()), 0);
  const deps: BackgroundDeps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: () => {
      throw new Error('not used');
    },
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: () => undefined,
    broadcastVerdicts: () => undefined,
    refreshBadge: () => undefined,
    now: () => new Date(o.now),
    extensionId: 'ext-id',
    log: () => undefined,
    incidents: {
      updateAlertSettings: async (change) => (state.alertSettings = change(state.alertSettings) ?? state.alertSettings),
      loadCrisis: async () => state.crisis,
      saveCrisis: async (s) => void (state.crisis = s),
      broadcast: changed,
    },
  };
  const send = (msg: unknown) => handleMessage(msg, panel, deps);
  const data = {
    load: vi.fn(async () => {
      const [incidents, templates] = await Promise.all([readIncidents(db), readTemplates(db)]);
      return { incidents: incidents.items, templates: templates.items, skipped: [...incidents.skipped, ...templates.skipped], crisis: state.crisis, agent: state.agent, agentFromTeam: false };
    }),
    loadExample: vi.fn(async () => ({ incident: readExample('incident.json'), pack: readExample('pack.json') })),
    saveAgent: vi.fn(async (name: string) => {
      state.agent = name;
      changed();
    }),
    incident: vi.fn((msg) => request(send, msg, (r) => IncidentReplySchema.safeParse(r).data)),
    template: vi.fn((msg) => request(send, msg, (r) => TemplateReplySchema.safeParse(r).data)),
    download: vi.fn((name: string, text: string) => void state.downloads.push({ name, text })),
    subscribe: vi.fn((cb: () => void) => {
      state.listeners.add(cb);
      return () => void state.listeners.delete(cb);
    }),
  } satisfies IncidentData;
  return { data, state, db };
}
