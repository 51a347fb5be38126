/**
 * Numbered schema steps. A database at version N has run steps 1..N; opening it at a newer
 * version runs the missing ones in order inside the single `versionchange` transaction, so a
 * failed step leaves the old version intact. Never edit a shipped step: add a new one (STYLE.md
 * habit 5), and give it a test that builds the previous shape by hand and opens it with
 * `openCrisisDb`.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import {
  BASIC_INDEXES,
  MENTIONS_STORE,
  allInboxDimensionSets,
  inboxIndexKeyPath,
  inboxIndexName,
  type CrisisDeskSchema,
} from './indexes.ts';
import { createAlertStores, createPendingStore } from './alert-stores.ts';
import { createDecidedStore } from './decided.ts';
import { createInboxCacheStore } from './inbox-cache-store.ts';
import { createIncidentStores } from './incident-stores.ts';

export type UpgradeTx = IDBPTransaction<CrisisDeskSchema, StoreNames<CrisisDeskSchema>[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  up(db: IDBPDatabase<CrisisDeskSchema>, tx: UpgradeTx): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'mentions store (keyPath id) with single-field indexes',
    up(db) {
      const store = db.createObjectStore(MENTIONS_STORE, { keyPath: 'id' });
      for (const [name, keyPath] of Object.entries(BASIC_INDEXES)) {
        store.createIndex(name as keyof typeof BASIC_INDEXES, keyPath);
      }
    },
  },
  {
    version: 2,
    description: 'compound inbox indexes [flagged, …filters, sortAt, id]',
    up(_db, tx) {
      // createIndex on a store that already holds rows indexes them during the upgrade;
      // rows missing a key field (written by a broken build) are simply left out of that index.
      const store = tx.objectStore(MENTIONS_STORE);
      for (const dims of allInboxDimensionSets()) {
        store.createIndex(inboxIndexName(dims), inboxIndexKeyPath(dims));
      }
    },
  },
  {
    version: 3,
    description: 'surge alerts: alerts, surge-scopes and surge-buckets stores',
    up(db) {
      // New stores only: the mentions store and its rows are untouched.
      createAlertStores(db);
    },
  },
  {
    version: 4,
    description: 'surge-pending store: mentions stored but not yet counted into surge scopes',
    up(db) {
      // New store only. Mentions stored before this version were counted by the old code path.
      createPendingStore(db);
    },
  },
  {
    version: 5,
    description: 'retention by last activity: activityAt on every row, the retention index, the decided store',
    up(db, tx) {
      // Retention aged rows by posted time, so an old review captured today and handled was
      // deleted within the hour and came back as a new open complaint on the next visit.
      const store = tx.objectStore(MENTIONS_STORE);
      store.createIndex('retention', ['flagged', 'status', 'activityAt']);
      createDecidedStore(db);
      // Rows written before this step: their last activity is their status change or capture.
      // A raw cursor keeps the walk inside the versionchange transaction (no await on non-IDB work).
      const raw = unwrap(store);
      const walk = raw.openCursor();
      walk.onsuccess = () => {
        const cursor = walk.result;
        if (!cursor) return;
        const row = cursor.value as Record<string, unknown>;
        if (typeof row.activityAt !== 'string') {
          const at = typeof row.statusChangedAt === 'string' ? row.statusChangedAt : row.capturedAt;
          // A row without even a capture time is damaged; reads skip it and it stays unindexed.
          if (typeof at === 'string') cursor.update({ ...row, activityAt: at });
        }
        cursor.continue();
      };
    },
  },
  {
    version: 6,
    description: 'inbox-cache store: the side panel keeps its inbox digest for a fast first page',
    up(db) {
      // New store only: the panel fills it the first time it reads the mentions.
      createInboxCacheStore(db);
    },
  },
  {
    version: 7,
    description: 'incidents and templates stores: incidents with their statement versions, local reply templates',
    up(db) {
      // New stores only (issue 11): nothing existing changes.
      createIncidentStores(db);
    },
  },
];

/** The version `openCrisisDb` opens: the last step. */
export const DB_VERSION = MIGRATIONS.length;

export function runMigrations(
  db: IDBPDatabase<CrisisDeskSchema>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): void {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) step.up(db, tx);
  }
}
