/**
 * Adapter-health warnings, kept as a map keyed `${platform}/${pageType}` holding the latest non-ok
 * report for that page type. Content scripts report; the background records; the side panel shows
 * and dismisses. These are the pure steps; runtime/storage-items.ts stores the map.
 */
import { AdapterHealthSchema, type AdapterHealth } from './schema.ts';
import type { Salvaged } from './stored-value.ts';

export type HealthMap = Record<string, AdapterHealth>;

export function healthKey(report: Pick<AdapterHealth, 'platform' | 'pageType'>): string {
  return `${report.platform}/${report.pageType}`;
}

/** Keeps the valid, non-ok entries of a stored map (an invalid one is dropped alone). */
export function salvageHealthMap(raw: unknown): Salvaged<HealthMap> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: {}, problems: raw == null ? [] : ['adapter health: not a map'] };
  const value: HealthMap = {};
  let dropped = 0;
  for (const entry of Object.values(raw)) {
    const parsed = AdapterHealthSchema.safeParse(entry);
    if (!parsed.success) dropped += 1;
    else if (parsed.data.problem !== 'ok') value[healthKey(parsed.data)] = parsed.data;
  }
  return { value, problems: dropped ? [`adapter health: ${dropped} unreadable report(s) dropped`] : [] };
}

/** The reports of a map, newest first. */
export function healthList(map: HealthMap): AdapterHealth[] {
  // ISO 8601 UTC strings sort lexicographically (lib/schema.ts IsoDateSchema).
  return Object.values(map).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/**
 * The map after `report`, or undefined when nothing changes: 'ok' reports arrive on every healthy
 * page run and must not cause a storage write (and an onChanged event in every open panel) each time.
 */
export function applyHealthReport(map: HealthMap, report: AdapterHealth): HealthMap | undefined {
  const key = healthKey(report);
  if (report.problem !== 'ok') return { ...map, [key]: report };
  return dismissFromMap(map, key);
}

export function dismissFromMap(map: HealthMap, key: string): HealthMap | undefined {
  if (!(key in map)) return undefined;
  const next = { ...map };
  delete next[key];
  return next;
}
