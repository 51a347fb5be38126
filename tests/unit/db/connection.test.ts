import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { createDbConnection, DbError } from '../../../lib/db/connection.ts';
import { openCrisisDb, openCrisisDbAtVersion, type CrisisDb } from '../../../lib/db/open.ts';

describe('createDbConnection', () => {
  test('opens once and shares the connection', async () => {
    const factory = new IDBFactory();
    const open = vi.fn(() => openCrisisDb(factory));
    const conn = createDbConnection({ open });
    const [a, b] = await Promise.all([conn.get(), conn.get()]);
    expect(a).toBe(b);
    expect(open).toHaveBeenCalledTimes(1);
    a.close();
  });

  test('an open that never finishes fails with db-blocked after the timeout; the next call tries again', async () => {
    const factory = new IDBFactory();
    let calls = 0;
    const conn = createDbConnection({ open: () => (++calls === 1 ? new Promise<CrisisDb>(() => undefined) : openCrisisDb(factory)), timeoutMs: 20 });
    const error = await conn.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect(error).toMatchObject({ code: 'db-blocked' });
    const db = await conn.get();
    expect(db.version).toBeGreaterThan(0);
    db.close();
  });

  test('an open that fails is named (db) and not cached', async () => {
    const factory = new IDBFactory();
    let calls = 0;
    const conn = createDbConnection({ open: () => (++calls === 1 ? Promise.reject(new DOMException('disk gone', 'UnknownError')) : openCrisisDb(factory)) });
    await expect(conn.get()).rejects.toMatchObject({ code: 'db', message: 'UnknownError: disk gone' });
    (await conn.get()).close();
    expect(calls).toBe(2);
  });

  test('an open that succeeds after the timeout is closed, not leaked (it would block upgrades)', async () => {
    const factory = new IDBFactory();
    let late: CrisisDb | undefined;
    const conn = createDbConnection({
      open: async () => {
        await new Promise((r) => setTimeout(r, 40));
        late = await openCrisisDb(factory);
        return late;
      },
      timeoutMs: 10,
    });
    await expect(conn.get()).rejects.toMatchObject({ code: 'db-blocked' });
    await new Promise((r) => setTimeout(r, 80));
    expect(() => late!.transaction('mentions')).toThrow(/InvalidStateError|closed/i);
  });

  test('after an upgrade elsewhere closes the connection, the next use reconnects', async () => {
    const factory = new IDBFactory();
    const open = vi.fn(() => openCrisisDbAtVersion(4, factory));
    const conn = createDbConnection({ open });
    const first = await conn.get();
    // A newer version opens (an extension update): ours steps aside on versionchange.
    const newer = await openCrisisDb(factory);
    newer.close();
    open.mockImplementation(() => openCrisisDb(factory));
    const count = await conn.use((db) => db.count('mentions'));
    expect(count).toBe(0);
    expect(open).toHaveBeenCalledTimes(2);
    expect(await conn.get()).not.toBe(first);
  });

  test('a read that finds its connection closed under it runs once more on a fresh one', async () => {
    const factory = new IDBFactory();
    const conn = createDbConnection({ open: () => openCrisisDb(factory) });
    const first = await conn.get();
    first.close(); // closed without an event (as a browser may do)
    const count = await conn.use((db) => db.count('mentions'));
    expect(count).toBe(0);
    expect(await conn.get()).not.toBe(first);
  });
});
