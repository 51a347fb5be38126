/**
 * What the reply feature suggests from (issue 11): the approved templates kept in this browser
 * and the incidents they serve. Read straight from IndexedDB (parsed; damaged rows skipped and
 * counted) and the crisis-mode item; any extension page may call it (never the background: it
 * has its own reads).
 *
 *   const { templates, incident, incidents, crisisIncidentId } = await loadReplySources();
 *   suggestTemplates(templates, { channel, lang, incidentIds: matched(incidents), crisisIncidentId })
 *
 * `incident` is the one in crisis mode, else the only unresolved one, else none: the statement a
 * reply must agree with when the mention matched no incident's keywords.
 */
import type { DbConnection } from '../lib/db/connection.ts';
import { readIncidents, readTemplates } from '../lib/db/incidents.ts';
import type { IncidentFile, StoredIncident } from '../lib/incident/schema.ts';
import type { Template } from '../lib/templates/schema.ts';
import { templateOf } from '../lib/templates/stored.ts';
import { contextDb } from './db.ts';
import { crisisStateItem } from './incident-items.ts';
import { approvedTemplates, currentPackTemplates } from './pack-templates.ts';

export interface ReplySources {
  /** The crisis-mode incident, else the only unresolved incident, else undefined. */
  incident?: StoredIncident;
  /** Every incident not resolved (to match a mention's keywords: lib/incident/keywords.ts). */
  incidents: StoredIncident[];
  /** Approved, not retired: the pack's fields (lib/templates/schema.ts Template). */
  templates: Template[];
  /** For suggestTemplates' `crisisIncidentId`: its templates come first. */
  crisisIncidentId?: string;
  /** Stored rows that could not be read. */
  skipped: number;
}

export async function loadReplySources(db: DbConnection = contextDb): Promise<ReplySources> {
  const [incidents, templates, crisis] = await Promise.all([
    db.use((conn) => readIncidents(conn)),
    db.use((conn) => readTemplates(conn)),
    crisisStateItem.get(),
  ]);
  return replySourcesOf(incidents.items, templates.items.map(templateOf), crisis.incidentId, incidents.skipped.length + templates.skipped.length);
}

/** The pure half of loadReplySources (tests, and callers that already hold the records). */
export function replySourcesOf(incidents: readonly StoredIncident[], templates: readonly Template[], crisisIncidentId: string | undefined, skipped = 0): ReplySources {
  const open = incidents.filter((i) => i.status !== 'resolved');
  const crisis = crisisIncidentId === undefined ? undefined : incidents.find((i) => i.id === crisisIncidentId);
  const incident = crisis ?? (open.length === 1 ? open[0] : undefined);
  return {
    ...(incident ? { incident } : {}),
    incidents: open,
    templates: templates.filter((t) => t.status === 'approved'),
    ...(crisis ? { crisisIncidentId: crisis.id } : {}),
    skipped,
  };
}

/**
 * The reply view's sources (runtime/reply-data.ts ReplySources): this browser's approved
 * templates and incidents, joined by the approved templates of the packs in use (template packs,
 * issue 12: runtime/pack-templates.ts) and without the packs' revoked ids. Where both hold an id,
 * the pack's wins once an approver key is pinned (only signed approvals count then), else the one
 * approved here. A new user with nothing stored and no pack taken gets the whole bundled example
 * (incident and pack), so the flow shows at once.
 */
export function storedReplySources(example: () => Promise<{ incident?: StoredIncident | IncidentFile; templates: Template[] }>): {
  load(): Promise<{ incident?: StoredIncident | IncidentFile; templates: Template[]; crisisIncidentId?: string }>;
} {
  return {
    async load() {
      const [local, packs] = await Promise.all([loadReplySources(), currentPackTemplates().catch(() => undefined)]);
      if (local.incidents.length === 0 && local.templates.length === 0 && (packs === undefined || packs.fallback)) return example();
      const revoked = new Set(packs?.revoked ?? []);
      const fromPacks = packs && !packs.fallback ? approvedTemplates(packs).map((p) => p.template) : [];
      const byId = new Map<string, Template>();
      const first = packs?.keysPinned ? fromPacks : local.templates;
      const second = packs?.keysPinned ? local.templates : fromPacks;
      for (const t of [...first, ...second]) if (!byId.has(t.id) && !revoked.has(t.id)) byId.set(t.id, t);
      // The reply feature reads crisis mode from the incident itself (lib/replies/compose.ts).
      const incident = local.incident && local.incident.id === local.crisisIncidentId ? { ...local.incident, crisisMode: true } : local.incident;
      return {
        ...(incident ? { incident } : {}),
        templates: [...byId.values()],
        ...(local.crisisIncidentId ? { crisisIncidentId: local.crisisIncidentId } : {}),
      };
    },
  };
}
