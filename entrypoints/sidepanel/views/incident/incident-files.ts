/**
 * Files in and out of the Incident view: a picked file is refused by its size before it is read
 * (a 2 GB "pack" never reaches memory), then parsed all or nothing (lib/incident/import.ts,
 * lib/templates/import.ts); exports use the contract's field names (incident file, pack file).
 */
import { issue, type ImportIssue, type ImportResult } from '../../../../lib/json-import.ts';
import { incidentFileOf } from '../../../../lib/incident/file.ts';
import { MAX_INCIDENT_FILE_BYTES, parseIncident } from '../../../../lib/incident/import.ts';
import type { IncidentFile, StoredIncident } from '../../../../lib/incident/schema.ts';
import { parsePack } from '../../../../lib/templates/import.ts';
import { PACK_LIMITS, type Pack } from '../../../../lib/templates/schema.ts';
import { exportPack, type StoredTemplate } from '../../../../lib/templates/stored.ts';

export type Picked = { ok: true; name: string; text: string } | { ok: false; issues: ImportIssue[] };

export async function readPicked(file: File, maxBytes: number, what: string): Promise<Picked> {
  if (file.size > maxBytes) return { ok: false, issues: [issue([], `the ${what} file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; nothing was imported`, 'too-large')] };
  return { ok: true, name: file.name.slice(0, 200), text: await file.text() };
}

export const readIncidentFile = (file: File) => readPicked(file, MAX_INCIDENT_FILE_BYTES, 'incident');
export const readPackFile = (file: File) => readPicked(file, PACK_LIMITS.fileBytes, 'pack');

export function parseIncidentText(text: string, now: number): ImportResult<IncidentFile> {
  return parseIncident(text, { now });
}

/** A pack for `incidentId` (templates for another incident are refused), newer than the copy of
 * the same pack already imported. */
export function parsePackText(text: string, incidentId: string | undefined, stored: readonly StoredTemplate[]): ImportResult<Pack> {
  const first = parsePack(text, { incidentId });
  if (!first.ok) return first;
  const versions = stored.filter((t) => t.source.packId === first.value.id && t.source.packVersion !== undefined).map((t) => t.source.packVersion!);
  if (versions.length === 0) return first;
  return parsePack(text, { incidentId, existing: { id: first.value.id, version: Math.max(...versions) } });
}

export function incidentFileName(incident: StoredIncident): string {
  return `${incident.id}.incident.json`;
}

export function incidentFileText(incident: StoredIncident): string {
  return `${JSON.stringify(incidentFileOf(incident), null, 2)}\n`;
}

/** The local templates as `crisis-desk.pack/1`. Its version counts minutes since 2024 so a later
 * export of the same pack id always has a higher version (a newer pack replaces an older one). */
export function packFileText(templates: readonly StoredTemplate[], publisher: string, now: number): string {
  const version = Math.max(1, Math.floor((now - Date.UTC(2024, 0, 1)) / 60_000));
  return `${JSON.stringify(exportPack(templates, { id: 'crisis-desk-local', version, publisher: publisher || 'Crisis Desk', now }), null, 2)}\n`;
}
