/**
 * The `decided` store (migration 5, keyPath `id`, index `at`): tombstones of mentions the team
 * handled or dismissed whose rows retention has removed. Capturing such a post again stores it
 * with the team's decision, never as a new open complaint ("never re-open what an agent closed").
 * A tombstone is ~80 bytes; the newest MAX_DECIDED are kept.
 */
import type { IDBPDatabase } from 'idb';
import { DecidedSchema, type Decided, type StoredMention } from '../schema.ts';
import type { CrisisDeskSchema } from './indexes.ts';

export const DECIDED_STORE = 'decided';
/** 200,000 tombstones is ~16 MB at most: years of a busy team's decisions. */
export const MAX_DECIDED = 200_000;

export function createDecidedStore(db: IDBPDatabase<CrisisDeskSchema>): void {
  const store = db.createObjectStore(DECIDED_STORE, { keyPath: 'id' });
  store.createIndex('at', 'at');
}

/** The tombstone a removed row leaves, or undefined for a row nobody acted on. */
export function tombstoneOf(row: Pick<StoredMention, 'id' | 'status' | 'statusChangedAt' | 'capturedAt'>): Decided | undefined {
  if (row.status === 'open') return undefined;
  return { id: row.id, status: row.status, at: row.statusChangedAt ?? row.capturedAt };
}

export function parseDecided(raw: unknown): Decided | undefined {
  const parsed = DecidedSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
