/**
 * Migration 6's store, on its own so the background (which runs migrations but never reads the
 * inbox digest) does not bundle the digest code (inbox-cache.ts).
 */
import type { IDBPDatabase } from 'idb';
import type { CrisisDeskSchema } from './indexes.ts';

export const INBOX_CACHE_STORE = 'inbox-cache';

export function createInboxCacheStore(db: IDBPDatabase<CrisisDeskSchema>): void {
  db.createObjectStore(INBOX_CACHE_STORE, { keyPath: 'key' });
}
