/**
 * What the side panel reads and does about incidents and templates (issue 11), behind one
 * interface so views are tested with fakes. Reads come straight from IndexedDB (parsed: damaged
 * rows are skipped and counted) and storage; every change is a message to the background, the
 * one writer, which answers with the changed record and announces `incidents/changed`.
 */
import { browser } from 'wxt/browser';
import type { DbConnection } from '../lib/db/connection.ts';
import { readIncidents, readTemplates, type SkippedRecord } from '../lib/db/incidents.ts';
import {
  IncidentReplySchema,
  IncidentsChangedMessageSchema,
  TemplateReplySchema,
  type CrisisState,
  type IncidentMessage,
  type IncidentReply,
  type TemplateReply,
} from '../lib/incident/messages.ts';
import type { IncidentFile, StoredIncident } from '../lib/incident/schema.ts';
import { request, type Send } from '../lib/messaging.ts';
import type { StoredTemplate } from '../lib/templates/stored.ts';
import { contextDb } from './db.ts';
import { agentNameItem, crisisStateItem } from './incident-items.ts';
import { teamSettingsItem } from './team-items.ts';

export interface IncidentSnapshot {
  incidents: StoredIncident[];
  templates: StoredTemplate[];
  /** Stored rows that failed their schema: shown as a count, kept in the store. */
  skipped: SkippedRecord[];
  crisis: CrisisState;
  /** Who the acts are recorded as: the team's user name, else the name given here ('' = ask). */
  agent: string;
  /** The agent is the team's signed-in user (the name cannot be changed here). */
  agentFromTeam: boolean;
}

export type IncidentWrite = Exclude<IncidentMessage, { type: 'incidents/changed' | 'templates/import' | 'templates/save' | 'templates/approve' | 'templates/retire' }>;
export type TemplateWrite = Extract<IncidentMessage, { type: 'templates/import' | 'templates/save' | 'templates/approve' | 'templates/retire' }>;

export interface IncidentData {
  load(): Promise<IncidentSnapshot>;
  /** The bundled example incident and pack, as file texts (public/examples/). */
  loadExample(): Promise<{ incident: string; pack: string }>;
  saveAgent(name: string): Promise<void>;
  /** Rejects with a MessageError (its `reason` is the background's code). */
  incident(msg: IncidentWrite): Promise<IncidentReply>;
  template(msg: TemplateWrite): Promise<TemplateReply>;
  /** Offers `text` as a file download. */
  download(name: string, text: string): void;
  /** Opens the incident's printable report in a tab (entrypoints/report/). Optional: views
   * tested with fakes need not have it; the Report button shows only when it is there. */
  openReport?(incidentId: string): void;
  /** Incidents, templates, crisis mode or the agent changed; returns the unsubscribe. */
  subscribe(changed: () => void): () => void;
}

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

async function readExample(name: string): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`/examples/${name}` as '/examples/incident.json'));
  if (!res.ok) throw new Error(`examples/${name}: HTTP ${res.status}`);
  return res.text();
}

export function createIncidentData(deps: { db?: DbConnection; send?: Send } = {}): IncidentData {
  const db = deps.db ?? contextDb;
  const send = deps.send ?? sendToBackground;
  return {
    async load() {
      const [incidents, templates, crisis, team, own] = await Promise.all([
        db.use((conn) => readIncidents(conn)),
        db.use((conn) => readTemplates(conn)),
        crisisStateItem.get(),
        teamSettingsItem.get(),
        agentNameItem.get(),
      ]);
      return {
        incidents: incidents.items,
        templates: templates.items,
        skipped: [...incidents.skipped, ...templates.skipped],
        crisis,
        agent: team.agent ?? own,
        agentFromTeam: team.agent !== undefined,
      };
    },
    loadExample: async () => ({ incident: await readExample('incident.json'), pack: await readExample('pack.json') }),
    saveAgent: async (name) => void (await agentNameItem.set(name.trim().slice(0, 200))),
    incident: (msg) =>
      request(send, msg, (r) => {
        const parsed = IncidentReplySchema.safeParse(r);
        return parsed.success ? parsed.data : undefined;
      }),
    template: (msg) =>
      request(send, msg, (r) => {
        const parsed = TemplateReplySchema.safeParse(r);
        return parsed.success ? parsed.data : undefined;
      }),
    openReport(incidentId) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?incident=${encodeURIComponent(incidentId)}`) });
    },
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    subscribe(changed) {
      const onMessage = (message: unknown) => {
        if (IncidentsChangedMessageSchema.safeParse(message).success) changed();
      };
      browser.runtime.onMessage.addListener(onMessage);
      const stops = [crisisStateItem.watch(changed), agentNameItem.watch(changed), teamSettingsItem.watch(changed)];
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        for (const stop of stops) stop();
      };
    },
  };
}

/** An incident file as the agent picked it, for the import. */
export type PickedFile = { name: string; text: string };
export type { IncidentFile };
