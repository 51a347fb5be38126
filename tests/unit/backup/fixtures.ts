/** Builders for the backup tests: stored records as the extension writes them, and an in-memory
 * "browser" that a merge's writes are applied to. */
import { approveTemplate, editTemplate, type StoredTemplate } from '../../../lib/templates/stored.ts';
import { createIncident, publishStatement } from '../../../lib/incident/publish.ts';
import type { StoredIncident } from '../../../lib/incident/schema.ts';
import { stampReview, type IncidentReview } from '../../../lib/report/review.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, type Decided, type ReplyRecord, type StoredMention } from '../../../lib/schema.ts';
import type { LocalState, MergeWrites } from '../../../lib/backup/merge.ts';
import type { BackupRecords } from '../../../lib/backup/parse.ts';
import { DEFAULT_PREFS } from '../../../lib/inbox/view-state.ts';
import { at, stored, type StoredOpts } from '../db/fixtures.ts';
import { incident as incidentFile } from '../templates/fixtures.ts';

export { at } from '../db/fixtures.ts';

export function row(n: number, o: StoredOpts & { statusChangedAt?: string; replies?: ReplyRecord[] } = {}): StoredMention {
  const { statusChangedAt, replies, ...opts } = o;
  const r = stored(n, opts);
  if (statusChangedAt) r.statusChangedAt = statusChangedAt;
  if (replies) r.replies = replies;
  return r;
}

export function reply(minutes: number, agent = 'me', over: Partial<ReplyRecord> = {}): ReplyRecord {
  return { at: at(minutes), agent, channel: 'x-reply', via: 'clipboard', text: `reply at ${minutes}`, ...over };
}

export function stone(n: number, status: Decided['status'], minutes: number): Decided {
  return { id: stored(n).id, status, at: at(minutes) };
}

/** The test incident, created at `minutes`. */
export function incidentRow(minutes = 0, id = 'vp20k-overheating'): StoredIncident {
  return createIncident(incidentFile((i) => void (i.id = id)), { by: 'Ana', now: Date.parse(at(minutes)) });
}

/** The incident with one more statement version published at `minutes`. */
export function published(inc: StoredIncident, minutes: number, en = `Update at ${minutes}.`): StoredIncident {
  const r = publishStatement(inc, { ...inc.statement, text: { en }, version: inc.statement.version }, { by: 'Ben', now: Date.parse(at(minutes)) });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.incident;
}

export function templateRow(id: string, minutes: number, o: { approved?: number; words?: string } = {}): StoredTemplate {
  const r = editTemplate(undefined, id, { title: `Template ${id}`, channels: ['x-reply'], variants: { en: o.words ?? `Thanks for telling us (${id}).` } }, { by: 'Ana', now: Date.parse(at(minutes)) });
  if (!r.ok) throw r.error;
  return o.approved === undefined ? r.template : approveTemplate(r.template, { by: 'Lead', now: Date.parse(at(o.approved)) });
}

export function reviewRow(incidentId: string, minutes: number, whatWorked: string): IncidentReview {
  return stampReview({ incidentId, whatWorked }, { now: Date.parse(at(minutes)), by: 'Ana' });
}

export function emptyLocal(): LocalState {
  return { mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {} };
}

export function defaultSettings(): BackupRecords['settings'] {
  return { 'local:settings': DEFAULT_SETTINGS, 'local:alertSettings': DEFAULT_ALERT_SETTINGS, 'local:inboxPrefs': DEFAULT_PREFS };
}

/** A browser's state with a merge's writes applied (records replaced by id). */
export function applied(local: LocalState, writes: MergeWrites): LocalState {
  const put = <T>(list: readonly T[], add: readonly T[], id: (t: T) => string) => {
    const m = new Map(list.map((t) => [id(t), t]));
    for (const t of add) m.set(id(t), t);
    return [...m.values()].sort((a, b) => id(a).localeCompare(id(b)));
  };
  return {
    mentions: put(local.mentions, writes.mentions, (m) => m.id),
    decided: put(local.decided, writes.decided, (d) => d.id),
    incidents: put(local.incidents, writes.incidents, (i) => i.id),
    templates: put(local.templates, writes.templates, (t) => t.id),
    reviews: put(local.reviews, writes.reviews, (r) => r.incidentId),
    settings: { ...local.settings, ...writes.settings },
  };
}
