/**
 * The stored incident's life: created from a file, statement versions published as explicit,
 * recorded acts, status changes recorded with who and when.
 *
 * Publishing returns the new incident and the approved templates the new version made stale
 * (stale.ts: approved against an older version and stating incident facts in their own words), so
 * the panel can say at once which replies need re-approval. No compromise is loaded here: this may
 * run in the background worker.
 */
import { issue, zodIssues, type ImportIssue } from '../json-import.ts';
import type { Template } from '../templates/schema.ts';
import { staleTemplates, type StaleTemplate } from '../templates/stale.ts';
import {
  LIMITS,
  StatementSchema,
  StoredIncidentSchema,
  type IncidentFile,
  type IncidentStatus,
  type Statement,
  type StatementInput,
  type StatementRecord,
  type StoredIncident,
} from './schema.ts';

export interface Actor {
  /** Who acts (an agent's name or id), recorded with the act. */
  by: string;
  now: Date | number;
}

const iso = (now: Date | number) => new Date(now).toISOString();

/** A stored incident from an imported (or newly written) incident file: its statement is the
 * first published version. */
export function createIncident(file: IncidentFile, actor: Actor): StoredIncident {
  const at = iso(actor.now);
  return StoredIncidentSchema.parse({
    ...file,
    createdAt: at,
    updatedAt: at,
    crisisMode: false,
    history: [{ statement: file.statement, publishedAt: at, publishedBy: actor.by, staleTemplateIds: [] }],
    checklist: {},
    milestones: {},
    statusHistory: [{ status: file.status, at, by: actor.by }],
  });
}

/** The statement without the version and time: what an editor fills in. */
export type StatementDraft = Omit<StatementInput, 'version' | 'updatedAt'> & {
  /** The version the draft was edited from (it is published as the next one), or a higher
   * version number to publish it as. Omitted: the next version. */
  version?: number;
  /** When the statement was approved; defaults to the time of publishing. */
  updatedAt?: string;
};

export type PublishResult =
  | { ok: true; incident: StoredIncident; record: StatementRecord; stale: StaleTemplate[] }
  | { ok: false; errors: ImportIssue[] };

/**
 * Publishes `draft` as the incident's next statement version (see StatementDraft.version). `templates`: the templates to re-check (any pack; those of other
 * incidents are ignored). A status change published together with the statement is recorded too.
 */
export function publishStatement(
  incident: StoredIncident,
  draft: StatementDraft,
  actor: Actor & { templates?: readonly Template[]; status?: IncidentStatus },
): PublishResult {
  const current = incident.statement.version;
  // A draft edited from the current statement carries its version: it becomes the next one. A
  // draft from an older version was overtaken by someone else's publication: refused, so nobody
  // publishes over facts they have not seen.
  if (draft.version !== undefined && draft.version < current) {
    return { ok: false, errors: [issue(['version'], `this draft was written against version ${draft.version}, but version ${current} has been published since: start from the current statement`, 'draft-outdated')] };
  }
  const version = draft.version === undefined || draft.version === current ? current + 1 : draft.version;
  const at = iso(actor.now);
  const parsed = StatementSchema.safeParse({ ...draft, version, updatedAt: draft.updatedAt ?? at });
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error) };
  const statement: Statement = parsed.data;
  if (incident.history.length >= LIMITS.history) return { ok: false, errors: [issue(['history'], `at most ${LIMITS.history} statement versions are kept per incident`, 'too-many-versions')] };
  const status = actor.status ?? incident.status;
  const next: StoredIncident = {
    ...incident,
    status,
    statement,
    updatedAt: at,
    statusHistory: status !== incident.status ? [...incident.statusHistory, { status, at, by: actor.by }] : incident.statusHistory,
  };
  const stale = staleTemplates(actor.templates ?? [], next);
  const record: StatementRecord = { statement, publishedAt: at, publishedBy: actor.by, staleTemplateIds: stale.map((s) => s.id) };
  next.history = [...incident.history, record];
  return { ok: true, incident: next, record, stale };
}

/** Records a status change (investigating -> identified -> monitoring -> resolved, or back). */
export function setIncidentStatus(incident: StoredIncident, status: IncidentStatus, actor: Actor): StoredIncident {
  if (status === incident.status) return incident;
  const at = iso(actor.now);
  return { ...incident, status, updatedAt: at, statusHistory: [...incident.statusHistory, { status, at, by: actor.by }] };
}

export type MergeResult =
  | { ok: true; changed: false; incident: StoredIncident }
  | { ok: true; changed: true; incident: StoredIncident; stale: StaleTemplate[] }
  | { ok: false; errors: ImportIssue[] };

/**
 * A newer copy of an incident's file arrives (the team's tool exported it again): a higher
 * statement version is published (recorded as an act by `actor`); the same version with the same
 * statement changes nothing; an older version, or the same version with different content, is
 * refused: a statement version, once published, never changes.
 */
export function mergeIncidentFile(incident: StoredIncident, file: IncidentFile, actor: Actor & { templates?: readonly Template[] }): MergeResult {
  if (file.id !== incident.id) return { ok: false, errors: [issue(['id'], `the file is for incident ${file.id}, not ${incident.id}`, 'other-incident')] };
  const cur = incident.statement.version;
  const v = file.statement.version;
  if (v < cur) return { ok: false, errors: [issue(['statement', 'version'], `statement version ${v} is older than the published version ${cur}`, 'older-version')] };
  if (v === cur) {
    if (JSON.stringify(file.statement) !== JSON.stringify(incident.statement)) {
      return { ok: false, errors: [issue(['statement'], `statement version ${v} is already published with different content: give the new statement a new version`, 'version-conflict')] };
    }
    const same = file.title === incident.title && file.status === incident.status && file.severity === incident.severity && JSON.stringify(file.keywords) === JSON.stringify(incident.keywords);
    if (same) return { ok: true, changed: false, incident };
    const at = iso(actor.now);
    const withStatus = setIncidentStatus(incident, file.status, actor);
    return { ok: true, changed: true, incident: { ...withStatus, title: file.title, severity: file.severity, keywords: file.keywords, updatedAt: at }, stale: [] };
  }
  const published = publishStatement({ ...incident, title: file.title, severity: file.severity, keywords: file.keywords }, { ...file.statement }, { ...actor, status: file.status });
  if (!published.ok) return published;
  return { ok: true, changed: true, incident: published.incident, stale: published.stale };
}

/** The statement version a template was approved against, as published (for "what changed"). */
export function statementVersion(incident: Pick<StoredIncident, 'history'>, version: number): StatementRecord | undefined {
  return incident.history.find((h) => h.statement.version === version);
}

/** Why the incident file is saved: a new incident written in the panel, or a file imported (which
 * may be a newer copy of a stored incident). */
export type SaveIntent = 'create' | 'import';

/** The stored incident as named in a refusal: its id, title and statement version. The title's
 * semicolons become commas: refusals travel as "path: message; path: message". */
function named(incident: StoredIncident): string {
  return `incident "${incident.id}" already exists: "${incident.title.replace(/;/g, ',')}", statement version ${incident.statement.version}`;
}

/**
 * Saves an incident file under its id. A free id: the incident is created. A taken id:
 *
 * - `create` is refused (`id-taken`): a new incident never replaces or merges into another;
 * - `import` updates the stored incident when the file can be a newer copy of it
 *   (mergeIncidentFile: a higher statement version, or the same statement with new details), and
 *   is refused (`id-taken-import`) when it cannot (an older statement version, or the same version
 *   with another text): most likely another incident under the same id.
 *
 * Either refusal names the stored incident and changes nothing.
 */
export function saveIncidentFile(existing: StoredIncident | undefined, file: IncidentFile, actor: Actor & { intent: SaveIntent; templates?: readonly Template[] }): MergeResult {
  if (!existing) return { ok: true, changed: true, incident: createIncident(file, actor), stale: [] };
  if (actor.intent === 'create') return { ok: false, errors: [issue(['id'], `${named(existing)} (choose another id)`, 'id-taken')] };
  const merged = mergeIncidentFile(existing, file, actor);
  if (merged.ok) return merged;
  const code = merged.errors[0]?.code;
  if (code !== 'older-version' && code !== 'version-conflict') return merged;
  const v = file.statement.version;
  const how = v < existing.statement.version ? 'is older than that' : 'has that number with another text';
  return { ok: false, errors: [issue(['id'], `${named(existing)}, and this file's statement version ${v} ${how}`, 'id-taken-import')] };
}
