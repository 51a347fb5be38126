/**
 * An incident's keywords as an alert keyword set it owns (AlertSettings.keywordSets, watched as
 * the scope `keywords:<id>`), crisis mode's Sensitive preset on that scope, and which incidents a
 * mention belongs to. Pure: the caller stores the settings it gets back.
 */
import { compileKeywordSets, type KeywordText } from '../alerts/keyword-match.ts';
import type { AlertScopeSettings, AlertSettings, KeywordSet } from '../schema.ts';
import type { IncidentFile, StoredIncident } from './schema.ts';

const PREFIX = 'incident-';
const MAX_SET_ID = 40;

/** FNV-1a, 32 bits: a short, stable fingerprint of an id that does not fit the slug. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * `incident-<id>`: stable for the incident's life (the scope's alert history hangs on it). An id
 * that is already lower-case letters, digits and `-` and short enough is used as is; any other
 * (upper case, `.`/`_`, too long) gets a slug plus a fingerprint of the exact id, so two ids never
 * share a set.
 */
export function incidentKeywordSetId(incidentId: string): string {
  const room = MAX_SET_ID - PREFIX.length;
  if (/^[a-z0-9-]+$/.test(incidentId) && incidentId.length <= room) return PREFIX + incidentId;
  const hash = fnv1a(incidentId);
  const slug = incidentId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, room - hash.length - 1)
    .replace(/-+$/, '');
  return `${PREFIX}${slug ? `${slug}-` : ''}${hash}`;
}

export function incidentScope(incidentId: string): `keywords:${string}` {
  return `keywords:${incidentKeywordSetId(incidentId)}`;
}

/** The keyword set an incident owns, or undefined when it has no keywords. Off once resolved. */
export function incidentKeywordSet(incident: Pick<IncidentFile, 'id' | 'title' | 'keywords' | 'status'>, now: Date | number): KeywordSet | undefined {
  if (incident.keywords.length === 0) return undefined;
  return {
    id: incidentKeywordSetId(incident.id),
    name: incident.title.slice(0, 80),
    terms: [...incident.keywords],
    enabled: incident.status !== 'resolved',
    createdAt: new Date(now).toISOString(),
  };
}

export type KeywordSetUpdate = { ok: true; settings: AlertSettings; changed: boolean } | { ok: false; reason: 'too-many-sets' };

/**
 * Puts the incident's keyword set into the alert settings: added, or updated in place (same id,
 * original creation time kept), or removed when the incident has no keywords left. Other sets are
 * untouched. Fails when the settings already hold the maximum of 50 sets.
 */
export function withIncidentKeywordSet(settings: AlertSettings, incident: Pick<IncidentFile, 'id' | 'title' | 'keywords' | 'status'>, now: Date | number): KeywordSetUpdate {
  const id = incidentKeywordSetId(incident.id);
  const set = incidentKeywordSet(incident, now);
  const at = settings.keywordSets.findIndex((s) => s.id === id);
  if (!set) {
    if (at < 0) return { ok: true, settings, changed: false };
    return { ok: true, settings: { ...settings, keywordSets: settings.keywordSets.filter((s) => s.id !== id) }, changed: true };
  }
  if (at < 0) {
    if (settings.keywordSets.length >= 50) return { ok: false, reason: 'too-many-sets' };
    return { ok: true, settings: { ...settings, keywordSets: [...settings.keywordSets, set] }, changed: true };
  }
  const old = settings.keywordSets[at]!;
  const merged: KeywordSet = { ...set, createdAt: old.createdAt ?? set.createdAt };
  if (JSON.stringify(old) === JSON.stringify(merged)) return { ok: true, settings, changed: false };
  const keywordSets = [...settings.keywordSets];
  keywordSets[at] = merged;
  return { ok: true, settings: { ...settings, keywordSets }, changed: true };
}

/** What crisis mode changed on the incident's scope, to undo it exactly when switched off. */
export interface CrisisScopeMemo {
  scope: string;
  /** The scope's own settings before, or null when it had none (it used the defaults). */
  before: AlertScopeSettings | null;
}

export interface CrisisModeChange {
  /** The incidents whose `crisisMode` changed (at most two: the one switched on and the one off). */
  incidents: StoredIncident[];
  settings: AlertSettings;
  memo: CrisisScopeMemo | undefined;
}

/**
 * Crisis mode for one incident at a time: turning it on for `targetId` turns it off for any other,
 * and puts the target's keyword scope on the Sensitive preset (the previous per-scope settings are
 * returned in `memo`, to be kept by the caller and passed back when switching off). `targetId`
 * undefined switches crisis mode off everywhere.
 */
export function switchCrisisMode(
  incidents: readonly StoredIncident[],
  settings: AlertSettings,
  targetId: string | undefined,
  o: { now: Date | number; memo?: CrisisScopeMemo },
): CrisisModeChange {
  const at = new Date(o.now).toISOString();
  const changed: StoredIncident[] = [];
  const perScope: Record<string, AlertScopeSettings> = { ...settings.perScope };
  // Undo the previous crisis scope first.
  if (o.memo) {
    if (o.memo.before) perScope[o.memo.scope] = o.memo.before;
    else delete perScope[o.memo.scope];
  }
  for (const inc of incidents) {
    const on = inc.id === targetId;
    if (inc.crisisMode !== on) changed.push({ ...inc, crisisMode: on, updatedAt: at });
  }
  let memo: CrisisScopeMemo | undefined;
  if (targetId !== undefined) {
    const scope = incidentScope(targetId);
    memo = { scope, before: perScope[scope] ?? null };
    perScope[scope] = { ...(perScope[scope] ?? settings.defaults), enabled: true, preset: 'sensitive' };
  }
  return { incidents: changed, settings: { ...settings, perScope: perScope as AlertSettings['perScope'] }, memo };
}

export interface IncidentMatch {
  incidentId: string;
  /** The incident keywords found in the mention, as the incident spells them. */
  terms: string[];
}

/** Compiles the incidents' keywords once; the result answers which incidents (not resolved) a
 * mention belongs to, in the order given. Compile again when the incidents change. */
export function incidentMatcher(incidents: readonly Pick<IncidentFile, 'id' | 'keywords' | 'status'>[]): (mention: KeywordText) => IncidentMatch[] {
  const live = incidents.filter((i) => i.status !== 'resolved' && i.keywords.length > 0);
  if (live.length === 0) return () => [];
  const byId = new Map(live.map((i) => [incidentKeywordSetId(i.id), i.id]));
  const matcher = compileKeywordSets(live.map((i) => ({ id: incidentKeywordSetId(i.id), terms: i.keywords })));
  return (mention) => matcher.match(mention).map((h) => ({ incidentId: byId.get(h.id)!, terms: h.terms }));
}

/** `incidentMatcher(incidents)(mention)`, for one mention. */
export function matchIncidents(mention: KeywordText, incidents: readonly Pick<IncidentFile, 'id' | 'keywords' | 'status'>[]): IncidentMatch[] {
  return incidentMatcher(incidents)(mention);
}
