/**
 * The one cached connection to `crisis-desk` that every context uses (background, inbox, alerts
 * view). It adds what a bare `openCrisisDb()` lacks:
 * - an open timeout: an open request that stays blocked (an old connection that never closes)
 *   would leave a view spinning forever; after `timeoutMs` it fails with a named error instead;
 * - a failed open is not cached, so "Try again" really tries again;
 * - reconnection: the connection is dropped when it closes — `versionchange` (an update wants to
 *   upgrade; open.ts closes it), or `close` (the browser closed it: storage cleared, disk gone) —
 *   and a read that fails with InvalidStateError on a connection closed under it runs once more on
 *   a fresh one.
 */
import type { CrisisDb } from './open.ts';

/** Long enough for a cold profile on a slow disk; short enough that a user is not left waiting. */
export const DB_OPEN_TIMEOUT_MS = 10_000;

export type DbErrorCode = 'db-blocked' | 'db';

/** `db-blocked`: the open did not finish in time; `db`: it failed (the detail is the message). */
export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export interface DbConnection {
  /** The open connection (opening it if needed). Rejects with a DbError. */
  get(): Promise<CrisisDb>;
  /** Runs `work` on the connection; reconnects once if the connection was closed under it. */
  use<T>(work: (db: CrisisDb) => Promise<T>): Promise<T>;
}

export interface DbConnectionOptions {
  open: () => Promise<CrisisDb>;
  timeoutMs?: number;
}

const closedUnder = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'InvalidStateError';

export function createDbConnection({ open, timeoutMs = DB_OPEN_TIMEOUT_MS }: DbConnectionOptions): DbConnection {
  let current: Promise<CrisisDb> | undefined;

  const connect = (): Promise<CrisisDb> => {
    if (current) return current;
    const attempt = new Promise<CrisisDb>((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new DbError('db-blocked', `the database did not open within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      open().then(
        (db) => {
          clearTimeout(timer);
          // Opened after we gave up: nobody holds it, and an open connection blocks upgrades.
          if (timedOut) return db.close();
          const drop = () => {
            if (current === attempt) current = undefined;
          };
          db.addEventListener('versionchange', drop);
          db.addEventListener('close', drop);
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(new DbError('db', error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
        },
      );
    });
    current = attempt;
    attempt.catch(() => {
      if (current === attempt) current = undefined;
    });
    return attempt;
  };

  return {
    get: connect,
    async use(work) {
      const db = await connect();
      try {
        return await work(db);
      } catch (error) {
        if (!closedUnder(error)) throw error;
        if (current) {
          const same = await current.catch(() => undefined);
          if (same === db) current = undefined;
        }
        return work(await connect());
      }
    },
  };
}
