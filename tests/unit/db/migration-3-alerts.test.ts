import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { newScopeState } from '../../../lib/alerts/buckets.ts';
import { bucketRows, getAlert, listAlerts, loadScopeStates, pruneAlertData, writeAlertData } from '../../../lib/db/alerts.ts';
import { getMentions } from '../../../lib/db/mentions.ts';
import { DB_NAME, openCrisisDb, openCrisisDbAtVersion } from '../../../lib/db/open.ts';
import { stored } from './fixtures.ts';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

const T = Date.parse('2025-06-02T00:00:00.000Z');
const alert = createAlert({
  scope: 'all',
  onset: { start: T, evidence: 5, expected: 1, negatives: 20, total: 30 },
  preset: 'balanced',
  threshold: 3,
  provisional: false,
  now: T + 60_000,
});
const row = (start: number) => ({ scope: 'all' as const, start, negatives: 1, total: 3, expected: 0.5, upper: 3, evidence: 0.2, alert: false });

describe('migration 3: surge alert stores', () => {
  test('a v2 database keeps its mentions and gains the three stores with their keys and indexes', async () => {
    const v2 = await openCrisisDbAtVersion(2, factory);
    const m = stored(1, { sortAt: '2025-06-01T10:00:00.000Z' });
    await v2.put('mentions', m);
    v2.close();

    const db = await openCrisisDbAtVersion(3, factory);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['alerts', 'mentions', 'surge-buckets', 'surge-scopes']);
    const raw = db as unknown as IDBDatabase & { transaction: IDBDatabase['transaction'] };
    const tx = raw.transaction(['alerts', 'surge-scopes', 'surge-buckets']);
    expect(tx.objectStore('alerts').keyPath).toBe('id');
    expect([...tx.objectStore('alerts').indexNames].sort()).toEqual(['scope', 'startedAt']);
    expect(tx.objectStore('surge-scopes').keyPath).toBe('scope');
    expect(tx.objectStore('surge-buckets').keyPath).toEqual(['scope', 'start']);
    expect([...tx.objectStore('surge-buckets').indexNames]).toEqual(['start']);
    expect(await getMentions(db, [m.id])).toEqual([m]);
    db.close();
  });

  test('state, rows and alerts are written together and read back parsed', async () => {
    const db = await openCrisisDb(factory);
    const state = newScopeState('all', T, { any: 'detector state' });
    await writeAlertData(db, { states: [state], rows: [row(T), row(T + 300_000)], alerts: [alert] });
    expect(await loadScopeStates(db)).toEqual({ states: [state], damaged: [] });
    expect(await getAlert(db, alert.id)).toEqual(alert);
    expect((await bucketRows(db, 'all', T, T + 300_000)).map((r) => r.start)).toEqual([T]);
    expect(await bucketRows(db, 'platform:x', T, T + 600_000)).toEqual([]);
    db.close();
  });

  test('an invalid write stores nothing at all', async () => {
    const db = await openCrisisDb(factory);
    const state = newScopeState('all', T, null);
    await expect(writeAlertData(db, { states: [state], alerts: [{ ...alert, severity: 'huge' as 'high' }] })).rejects.toThrow();
    expect((await loadScopeStates(db)).states).toEqual([]);
    db.close();
  });

  test('damaged records are reported or skipped, never thrown', async () => {
    const db = await openCrisisDb(factory);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['surge-scopes', 'alerts'], 'readwrite');
      tx.objectStore('surge-scopes').put({ scope: 'platform:x', version: 1, nextClose: 'soon' });
      tx.objectStore('alerts').put({ id: 'broken' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const states = await loadScopeStates(db);
    expect(states.states).toEqual([]);
    expect(states.damaged).toEqual([{ key: 'platform:x', problem: 'nextClose: Invalid input: expected number, received string' }]);
    expect(await listAlerts(db)).toEqual({ alerts: [], skipped: 1 });
    db.close();
  });

  test('pruning drops chart rows older than 14 days', async () => {
    const db = await openCrisisDb(factory);
    const day = 86_400_000;
    await writeAlertData(db, { rows: [row(T), row(T + 10 * day), row(T + 20 * day)] });
    expect(await pruneAlertData(db, T + 20 * day)).toEqual({ rows: 1, alerts: 0 });
    expect((await bucketRows(db, 'all', T, T + 30 * day)).map((r) => (r.start - T) / day)).toEqual([10, 20]);
    db.close();
  });
});
