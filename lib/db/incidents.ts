/**
 * Reads and writes of the `incidents` and `templates` stores (migration 7). Every read is parsed
 * with its schema: a damaged row (a broken write, a newer version's shape) is skipped and
 * reported with its key and the first problem, never thrown into a view. Writes are parsed
 * first, so nothing invalid is stored by us; a batch is one transaction (all or nothing).
 */
import type { z } from 'zod';
import { pathText } from '../json-import.ts';
import { StoredIncidentSchema, type StoredIncident } from '../incident/schema.ts';
import { escapeForMessage } from '../text-safety.ts';
import { StoredTemplateSchema, type StoredTemplate } from '../templates/stored.ts';
import { INCIDENTS_STORE, TEMPLATES_STORE } from './incident-stores.ts';
import type { CrisisDb } from './open.ts';

export { INCIDENTS_STORE, TEMPLATES_STORE } from './incident-stores.ts';

/** A stored row that failed its schema. */
export interface SkippedRecord {
  key: string;
  /** The first problem, one line: `statement.version: Invalid input…`. */
  problem: string;
}

export interface StoreRead<T> {
  items: T[];
  skipped: SkippedRecord[];
}

function problemOf(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid record';
  const path = first.path.filter((p): p is string | number => typeof p !== 'symbol');
  return escapeForMessage(`${pathText(path)}: ${first.message}`, 200);
}

function parseAll<T>(keys: readonly IDBValidKey[], rows: readonly unknown[], schema: z.ZodType<T>): StoreRead<T> {
  const items: T[] = [];
  const skipped: SkippedRecord[] = [];
  rows.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else skipped.push({ key: escapeForMessage(String(keys[i]), 120), problem: problemOf(parsed.error) });
  });
  return { items, skipped };
}

/** Every incident that reads, newest start first. */
export async function readIncidents(db: CrisisDb): Promise<StoreRead<StoredIncident>> {
  const tx = db.transaction(INCIDENTS_STORE);
  const [keys, rows] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const read = parseAll(keys, rows, StoredIncidentSchema);
  read.items.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id));
  return read;
}

export type RecordRead<T> = { found: false } | { found: true; value: T } | { found: true; damaged: SkippedRecord };

export async function readIncident(db: CrisisDb, id: string): Promise<RecordRead<StoredIncident>> {
  const raw: unknown = await db.get(INCIDENTS_STORE, id);
  if (raw === undefined) return { found: false };
  const parsed = StoredIncidentSchema.safeParse(raw);
  return parsed.success ? { found: true, value: parsed.data } : { found: true, damaged: { key: id, problem: problemOf(parsed.error) } };
}

/** Stores incidents in one transaction (parsed first: an invalid one stores none). */
export async function putIncidents(db: CrisisDb, incidents: readonly StoredIncident[]): Promise<StoredIncident[]> {
  const parsed = incidents.map((i) => StoredIncidentSchema.parse(i));
  const tx = db.transaction(INCIDENTS_STORE, 'readwrite');
  await Promise.all([...parsed.map((i) => tx.store.put(i)), tx.done]);
  return parsed;
}

/** Every template that reads, in title order. */
export async function readTemplates(db: CrisisDb): Promise<StoreRead<StoredTemplate>> {
  const tx = db.transaction(TEMPLATES_STORE);
  const [keys, rows] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const read = parseAll(keys, rows, StoredTemplateSchema);
  read.items.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return read;
}

export async function readTemplate(db: CrisisDb, id: string): Promise<RecordRead<StoredTemplate>> {
  const raw: unknown = await db.get(TEMPLATES_STORE, id);
  if (raw === undefined) return { found: false };
  const parsed = StoredTemplateSchema.safeParse(raw);
  return parsed.success ? { found: true, value: parsed.data } : { found: true, damaged: { key: id, problem: problemOf(parsed.error) } };
}

/** Stores templates in one transaction (parsed first: an invalid one stores none). */
export async function putTemplates(db: CrisisDb, templates: readonly StoredTemplate[]): Promise<StoredTemplate[]> {
  const parsed = templates.map((t) => StoredTemplateSchema.parse(t));
  const tx = db.transaction(TEMPLATES_STORE, 'readwrite');
  await Promise.all([...parsed.map((t) => tx.store.put(t)), tx.done]);
  return parsed;
}
