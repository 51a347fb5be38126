/**
 * Incidents and templates (issue 11): the background is the one writer of their stores. Each
 * message is a read-modify-write with the pure steps of lib/incident and lib/templates; the
 * incident's keywords are kept as its alert keyword set, crisis mode moves its scope to the
 * Sensitive preset and back, and every change is announced (`incidents/changed`) to the panels.
 * Publishing re-checks every stored template at once (stale.ts: no compromise in the worker).
 */
import { putIncidents, putTemplates, readIncident, readIncidents, readTemplate, readTemplates } from '@/lib/db/incidents';
import type { CrisisState, IncidentMessage } from '@/lib/incident/messages';
import { markMilestone } from '@/lib/incident/clock';
import { setChecklistItem } from '@/lib/incident/checklist';
import { switchCrisisMode, withIncidentKeywordSet } from '@/lib/incident/keywords';
import { publishStatement, saveIncidentFile, setIncidentStatus } from '@/lib/incident/publish';
import type { StoredIncident } from '@/lib/incident/schema';
import { approveTemplate, editTemplate, planPackImport, retireTemplate, templateOf } from '@/lib/templates/stored';
import type { AlertSettings } from '@/lib/schema';
import type { BackgroundDeps, Reply, SenderLike } from './handle-message';
import { isExtensionPage } from './inbox-messages';

/** What the incident messages need beyond the router's deps (index.ts gives the storage items). */
export interface IncidentDeps {
  /** Read-modify-write of the alert settings; `change` returns undefined to leave them. */
  updateAlertSettings(change: (s: AlertSettings) => AlertSettings | undefined): Promise<AlertSettings>;
  loadCrisis(): Promise<CrisisState>;
  saveCrisis(state: CrisisState): Promise<void>;
  /** Tell extension pages that incidents or templates changed. */
  broadcast(): void;
}

const refuse = (error: string, code: string): Reply => ({ ok: false, error: error.slice(0, 500), code });

/** Keeps the incident's alert keyword set (also for incidents that arrive from the team). */
export async function keepKeywordSet(deps: Pick<BackgroundDeps, 'incidents' | 'now'>, incident: StoredIncident): Promise<'too-many-sets' | undefined> {
  let refused: 'too-many-sets' | undefined;
  await deps.incidents!.updateAlertSettings((s) => {
    const r = withIncidentKeywordSet(s, incident, deps.now());
    if (!r.ok) {
      refused = r.reason;
      return undefined;
    }
    return r.changed ? r.settings : undefined;
  });
  return refused;
}

export async function handleIncidentMessage(msg: IncidentMessage, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  if (msg.type === 'incidents/changed') return { ok: true };
  if (!isExtensionPage(sender, deps.extensionId)) {
    deps.log('refused an incident change from outside the extension pages', sender.url);
    return refuse('incident and template changes come from the side panel', 'sender');
  }
  if (!deps.incidents) return refuse('incidents are not available', 'invalid');
  const db = await deps.getDb();
  const now = deps.now();

  const loadIncident = async (id: string): Promise<StoredIncident | Reply> => {
    const r = await readIncident(db, id);
    if (!r.found) return refuse(`no incident ${id}`, 'not-found');
    if ('damaged' in r) return refuse(`incident ${id} is damaged (${r.damaged.problem})`, 'damaged');
    return r.value;
  };
  const isReply = (x: StoredIncident | Reply): x is Reply => 'ok' in x;
  const storeIncident = async (incident: StoredIncident, extra: Record<string, unknown> = {}): Promise<Reply> => {
    await putIncidents(db, [incident]);
    const keywordSet = await keepKeywordSet(deps, incident);
    deps.incidents!.broadcast();
    // The team hears of it (a no-op without a workspace); a failure there never fails the edit.
    void deps.team?.onIncidentSaved?.(incident).catch((err: unknown) => deps.log('sharing the incident with the team failed', err));
    return { ok: true, incident, ...extra, ...(keywordSet ? { keywordSet } : {}) };
  };
  const allTemplates = async () => (await readTemplates(db)).items.map(templateOf);

  switch (msg.type) {
    case 'incident/save-file': {
      const old = await readIncident(db, msg.file.id);
      if (old.found && 'damaged' in old) return refuse(`incident ${msg.file.id} is damaged (${old.damaged.problem})`, 'damaged');
      const existing = old.found ? old.value : undefined;
      const saved = saveIncidentFile(existing, msg.file, { by: msg.by, now, intent: msg.intent ?? 'import', templates: existing ? await allTemplates() : [] });
      if (!saved.ok) return { ok: false, error: saved.errors.map((e) => `${e.pathText}: ${e.message}`).join('; ').slice(0, 500), code: saved.errors[0]?.code ?? 'invalid' };
      if (!saved.changed) return { ok: true, incident: saved.incident, stale: [] };
      return storeIncident(saved.incident, { stale: saved.stale });
    }
    case 'incident/update': {
      const inc = await loadIncident(msg.id);
      if (isReply(inc)) return inc;
      return storeIncident({ ...inc, title: msg.title, severity: msg.severity, keywords: msg.keywords, updatedAt: now.toISOString() });
    }
    case 'incident/publish': {
      const inc = await loadIncident(msg.id);
      if (isReply(inc)) return inc;
      const r = publishStatement(inc, msg.draft, { by: msg.by, now, templates: await allTemplates(), status: msg.status });
      if (!r.ok) return { ok: false, error: r.errors.map((e) => `${e.pathText}: ${e.message}`).join('; ').slice(0, 500), code: r.errors[0]?.code ?? 'invalid' };
      return storeIncident(r.incident, { record: r.record, stale: r.stale });
    }
    case 'incident/set-status': {
      const inc = await loadIncident(msg.id);
      if (isReply(inc)) return inc;
      return storeIncident(setIncidentStatus(inc, msg.status, { by: msg.by, now }));
    }
    case 'incident/checklist': {
      const inc = await loadIncident(msg.id);
      if (isReply(inc)) return inc;
      return storeIncident(setChecklistItem(inc, msg.item, { done: msg.done, by: msg.by, note: msg.note }, now));
    }
    case 'incident/milestone': {
      const inc = await loadIncident(msg.id);
      if (isReply(inc)) return inc;
      return storeIncident(markMilestone(inc, msg.stage, now));
    }
    case 'incident/crisis-mode': {
      const incidents = (await readIncidents(db)).items;
      if (msg.id !== undefined && !incidents.some((i) => i.id === msg.id)) return refuse(`no incident ${msg.id}`, 'not-found');
      const crisis = await deps.incidents.loadCrisis();
      let change: ReturnType<typeof switchCrisisMode> | undefined;
      await deps.incidents.updateAlertSettings((s) => {
        change = switchCrisisMode(incidents, s, msg.id, { now, memo: crisis.memo });
        return change.settings;
      });
      if (!change) return refuse('alert settings could not be changed', 'internal');
      if (change.incidents.length > 0) await putIncidents(db, change.incidents);
      await deps.incidents.saveCrisis(msg.id === undefined ? {} : { incidentId: msg.id, since: now.toISOString(), memo: change.memo });
      deps.incidents.broadcast();
      return { ok: true };
    }
    case 'templates/import': {
      const stored = (await readTemplates(db)).items;
      const plan = planPackImport(msg.pack, msg.source, stored, { by: msg.by, now });
      if (plan.put.length > 0) await putTemplates(db, plan.put);
      deps.incidents.broadcast();
      return { ok: true, imported: plan.put.length, keptLocal: plan.keptLocal };
    }
    case 'templates/save': {
      const old = await readTemplate(db, msg.id);
      if (old.found && 'damaged' in old) return refuse(`template ${msg.id} is damaged (${old.damaged.problem})`, 'damaged');
      const r = editTemplate(old.found ? old.value : undefined, msg.id, msg.edit, { by: msg.by, now });
      if (!r.ok) return refuse(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'invalid');
      await putTemplates(db, [r.template]);
      deps.incidents.broadcast();
      return { ok: true, template: r.template };
    }
    case 'templates/approve':
    case 'templates/retire': {
      const old = await readTemplate(db, msg.id);
      if (!old.found) return refuse(`no template ${msg.id}`, 'not-found');
      if ('damaged' in old) return refuse(`template ${msg.id} is damaged (${old.damaged.problem})`, 'damaged');
      let template = old.value;
      if (msg.type === 'templates/retire') template = retireTemplate(template, { by: msg.by, now });
      else {
        const words = (t: { title: string; channels: readonly string[]; variants: Record<string, string> }) => JSON.stringify([t.title, t.channels, t.variants]);
        if (words(msg.checked) !== words(template)) return refuse(`template ${msg.id} changed since it was checked: check it again`, 'changed-since-check');
        const inc = template.incident === undefined ? undefined : await readIncident(db, template.incident);
        const statementVersion = inc?.found && 'value' in inc ? inc.value.statement.version : undefined;
        template = approveTemplate(template, { by: msg.by, now, statementVersion });
      }
      await putTemplates(db, [template]);
      deps.incidents.broadcast();
      return { ok: true, template };
    }
  }
}
