// The options page's backup over WXT's fake browser storage and fake-indexeddb: a secret kept in
// storage never reaches the file, every storage item is either carried or left out on purpose, and
// an import stores the file's records, settings (when taken) and reviews, then tells the panels.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_SETTINGS, STORAGE_KEYS_LEFT_OUT } from '../../../lib/backup/settings.ts';
import { createDbConnection } from '../../../lib/db/connection.ts';
import { putIncidents } from '../../../lib/db/incidents.ts';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb } from '../../../lib/db/open.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import { REVIEW_KEY_PREFIX } from '../../../lib/report/review.ts';
import { createBackupData, type BackupData } from '../../../runtime/backup-data.ts';
import { BACKUP_SETTING_ITEMS } from '../../../runtime/backup-settings.ts';
import { at, incidentRow, reviewRow, row } from '../backup/fixtures.ts';

const SECRETS = {
  webhook: 'https://hooks.slack.com/services/T0001/B0001/webhookSecretValue',
  couch: 'https://couch.example.com/acme-care',
  subscription: 'https://packs.example.com/p.json?token=subscriptionToken',
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

async function backupData(o: { rows?: number } = {}) {
  const factory = new IDBFactory();
  const db = await openCrisisDb(factory);
  await putMentions(db, Array.from({ length: o.rows ?? 3 }, (_, i) => row(i)));
  await putIncidents(db, [incidentRow(0)]);
  db.close();
  const sent: unknown[] = [];
  const data = createBackupData({ db: createDbConnection({ open: () => openCrisisDb(factory) }), now: () => new Date(at(600)), appVersion: () => '9.9.9', broadcast: (m) => sent.push(m) });
  return { data, sent, factory };
}

async function fileText(data: BackupData) {
  return (await data.exportFile()).blob.text();
}

describe('export', () => {
  test('a secret kept in storage never reaches the file', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, brands: ['VoltPro'] },
      alertSettings: { ...DEFAULT_ALERT_SETTINGS, webhookUrl: SECRETS.webhook },
      teamSettings: { schemaVersion: 1, dbUrl: SECRETS.couch, agent: 'ana.agent' },
      packSubscriptions: [{ url: SECRETS.subscription, addedAt: at(0), failures: 0 }],
      incidentAgent: 'Ana Private',
      crisisMode: { incidentId: 'vp20k-overheating', since: at(0) },
    });
    const { data } = await backupData();
    const file = await data.exportFile();
    expect(file.name).toMatch(/^crisis-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await file.blob.text();
    expect(text).toContain('VoltPro');
    for (const secret of [...Object.values(SECRETS), 'webhookSecretValue', 'subscriptionToken', 'ana.agent', 'Ana Private', 'couch.example.com']) expect(text).not.toContain(secret);
    expect(Object.keys(JSON.parse(text).settings).sort()).toEqual(['local:alertSettings', 'local:inboxPrefs', 'local:settings']);
    expect(JSON.parse(text).app).toEqual({ name: 'crisis-desk', version: '9.9.9' });
  });

  test('every storage item the extension defines is carried or left out on purpose', () => {
    const KEY_FUNCTIONS: Record<string, string> = { reviewStorageKey: REVIEW_KEY_PREFIX };
    const dir = path.join(process.cwd(), 'runtime');
    const keys = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      // A key built by a function (one item per incident) is its prefix: the function names it.
      for (const m of source.matchAll(/(?:key:|_KEY =)\s*['"`]((?:local|session|sync|managed):[^'"`$]*)(?:\$\{(\w+)\()?/g)) {
        keys.add(m[2] ? `${m[1]}${KEY_FUNCTIONS[m[2]] ?? `${m[2]}(…)`}*` : m[1]!);
      }
    }
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) {
      const known = Object.hasOwn(BACKUP_SETTINGS, key) || Object.hasOwn(STORAGE_KEYS_LEFT_OUT, key);
      expect(known, `${key}: add it to BACKUP_SETTINGS or STORAGE_KEYS_LEFT_OUT (lib/backup/settings.ts)`).toBe(true);
    }
    for (const [key, item] of Object.entries(BACKUP_SETTING_ITEMS)) expect(item.key).toBe(key);
  });
});

describe('import', () => {
  test('preview, then import: records, the file’s settings when taken (our webhook stays), reviews; the panels are told', async () => {
    const source = await backupData({ rows: 3 });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, brands: ['VoltPro'] }, 'incidentReview:vp20k-overheating': reviewRow('vp20k-overheating', 30, 'Calm and fast.') });
    const text = await fileText(source.data);

    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ alertSettings: { ...DEFAULT_ALERT_SETTINGS, webhookUrl: SECRETS.webhook } });
    const target = await backupData({ rows: 0 });
    const read = target.data.read('crisis-desk-backup-2025-06-01.json', text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const preview = await target.data.preview(read, true);
    expect(preview.counts.mentions).toMatchObject({ added: 3 });
    expect(preview.settingsDiffer).toContain('local:settings');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});

    const done = await target.data.apply(read, true);
    expect(done.counts.mentions).toMatchObject({ added: 3 });
    expect(done.counts.reviews).toMatchObject({ added: 1 });
    const stored = await fakeBrowser.storage.local.get(['settings', 'alertSettings', 'incidentReview:vp20k-overheating']);
    expect(stored.settings).toMatchObject({ brands: ['VoltPro'] });
    expect(stored.alertSettings).toMatchObject({ webhookUrl: SECRETS.webhook, keywordSets: [expect.objectContaining({ id: 'incident-vp20k-overheating' })] });
    expect(stored['incidentReview:vp20k-overheating']).toMatchObject({ whatWorked: 'Calm and fast.' });
    expect(target.sent).toEqual([{ type: 'mentions/changed', ids: [row(0).id, row(1).id, row(2).id] }, { type: 'incidents/changed' }]);

    // The same file again: nothing to write, nobody told.
    target.sent.length = 0;
    const again = await target.data.apply(read, true);
    expect(again.counts.mentions).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(target.sent).toEqual([]);
  });

  test('a refused file says why', async () => {
    const { data } = await backupData();
    const read = data.read('notes.json', '{"format":"crisis-desk.backup/3"}');
    expect(read).toMatchObject({ ok: false, name: 'notes.json', errors: [{ code: 'newer-format' }] });
  });
});
