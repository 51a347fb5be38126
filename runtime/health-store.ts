/**
 * Adapter-health warnings in `storage.local` under `adapterHealth`: a map keyed
 * `${platform}/${pageType}` holding the latest non-ok report for that page type. The background
 * records what content scripts report; the side panel reads, listens and dismisses.
 * Every read is parsed and invalid entries are dropped (STYLE.md habit 5).
 */
import { browser } from 'wxt/browser';
import { AdapterHealthSchema, type AdapterHealth } from '../lib/schema.ts';

export const HEALTH_KEY = 'adapterHealth';

export function healthKey(report: Pick<AdapterHealth, 'platform' | 'pageType'>): string {
  return `${report.platform}/${report.pageType}`;
}

/** Pure: the valid, non-ok reports of a stored map, newest first. */
export function parseHealthMap(raw: unknown): AdapterHealth[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const reports: AdapterHealth[] = [];
  for (const value of Object.values(raw)) {
    const parsed = AdapterHealthSchema.safeParse(value);
    if (parsed.success && parsed.data.problem !== 'ok') reports.push(parsed.data);
  }
  // ISO 8601 UTC strings sort lexicographically (lib/schema.ts IsoDateSchema).
  return reports.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

async function readMap(): Promise<Record<string, AdapterHealth>> {
  const stored = await browser.storage.local.get(HEALTH_KEY);
  return Object.fromEntries(parseHealthMap(stored[HEALTH_KEY]).map((r) => [healthKey(r), r]));
}

// Read-modify-write of one storage key: serialise the writers of this context so two reports
// arriving together cannot overwrite each other.
let writes: Promise<unknown> = Promise.resolve();
// `change` returns false when nothing changed: 'ok' reports arrive on every healthy page run and
// must not cause a storage write (and an onChanged event in every open panel) each time.
function update(change: (map: Record<string, AdapterHealth>) => boolean): Promise<void> {
  const next = writes.then(async () => {
    const map = await readMap();
    if (change(map)) await browser.storage.local.set({ [HEALTH_KEY]: map });
  });
  writes = next.catch(() => undefined);
  return next;
}

export async function loadHealth(): Promise<AdapterHealth[]> {
  try {
    const stored = await browser.storage.local.get(HEALTH_KEY);
    return parseHealthMap(stored[HEALTH_KEY]);
  } catch (error) {
    console.warn('[crisis-desk] could not read adapter health', error);
    return [];
  }
}

/** Stores a report; a problem of 'ok' clears the warning for that platform + page type. */
export async function recordHealth(report: AdapterHealth): Promise<void> {
  const parsed = AdapterHealthSchema.parse(report);
  const key = healthKey(parsed);
  return update((map) => {
    if (parsed.problem !== 'ok') {
      map[key] = parsed;
      return true;
    }
    if (!(key in map)) return false;
    delete map[key];
    return true;
  });
}

export function dismissHealth(key: string): Promise<void> {
  return update((map) => {
    if (!(key in map)) return false;
    delete map[key];
    return true;
  });
}

export function onHealthChanged(cb: (reports: AdapterHealth[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(HEALTH_KEY in changes)) return;
    cb(parseHealthMap(changes[HEALTH_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
