// The background as the one writer of incidents and templates: every act recorded, the incident's
// keyword set kept in the alert settings, crisis mode on the Sensitive preset and back, publishing
// re-checks the stored templates at once, nothing from a web page.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { readIncident, readTemplates } from '../../../lib/db/incidents.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { incidentScope } from '../../../lib/incident/keywords.ts';
import type { CrisisState } from '../../../lib/incident/messages.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, type AlertSettings } from '../../../lib/schema.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../public/examples/${name}`, import.meta.url), 'utf8'));
const file = read('incident.json');
const pack = read('pack.json');

let db: CrisisDb;
let deps: BackgroundDeps;
let alertSettings: AlertSettings;
let crisis: CrisisState;
let broadcasts: number;
const panel = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const page = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
let clock = Date.parse('2025-03-15T10:00:00Z');

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  alertSettings = DEFAULT_ALERT_SETTINGS;
  crisis = {};
  broadcasts = 0;
  deps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: () => {
      throw new Error('not used');
    },
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: () => undefined,
    broadcastVerdicts: () => undefined,
    refreshBadge: () => undefined,
    now: () => new Date(clock),
    extensionId: 'ext-id',
    log: () => undefined,
    incidents: {
      updateAlertSettings: async (change) => (alertSettings = change(alertSettings) ?? alertSettings),
      loadCrisis: async () => crisis,
      saveCrisis: async (s) => void (crisis = s),
      broadcast: () => void (broadcasts += 1),
    },
  };
});

const send = (msg: unknown, sender = panel) => handleMessage(msg, sender, deps) as Promise<Record<string, unknown>>;

describe('incident messages', () => {
  test('an incident file is stored with its first version recorded, and its keywords become its alert keyword set', async () => {
    const r = await send({ type: 'incident/save-file', file, by: 'Ana' });
    expect(r.ok).toBe(true);
    const stored = await readIncident(db, file.id);
    expect(stored.found && 'value' in stored && stored.value.history.map((h) => [h.statement.version, h.publishedBy])).toEqual([[1, 'Ana']]);
    expect(alertSettings.keywordSets).toEqual([expect.objectContaining({ id: 'incident-vp20k-overheating', terms: file.keywords, enabled: true })]);
    expect(broadcasts).toBe(1);
    // Resolved: the set stays, switched off.
    await send({ type: 'incident/set-status', id: file.id, status: 'resolved', by: 'Ana' });
    expect(alertSettings.keywordSets[0]!.enabled).toBe(false);
  });

  test('publishing records who, when and the version, and names the stored templates it made stale', async () => {
    await send({ type: 'incident/save-file', file, by: 'Ana' });
    expect(await send({ type: 'templates/import', pack, source: { kind: 'example' }, by: 'Ana' })).toMatchObject({ ok: true, imported: pack.templates.length, keptLocal: [] });
    clock += 3_600_000;
    const draft = { ...file.statement, version: 1, text: { en: 'A faulty batch of charging controllers was found. We replace affected units.' } };
    delete draft.updatedAt;
    const r = await send({ type: 'incident/publish', id: file.id, draft, status: 'identified', by: 'Lena' });
    expect(r).toMatchObject({ ok: true, record: { publishedBy: 'Lena', publishedAt: new Date(clock).toISOString(), statement: { version: 2 } } });
    const staleIds = (r.stale as { id: string }[]).map((s) => s.id);
    expect(staleIds.length).toBeGreaterThan(0);
    expect(staleIds).not.toContain('vp20k-holding-x');
    // A draft from version 1 again: overtaken, refused, nothing changes.
    const again = await send({ type: 'incident/publish', id: file.id, draft, by: 'Bo' });
    expect(again).toMatchObject({ ok: false, code: 'draft-outdated' });
    const stored = await readIncident(db, file.id);
    expect(stored.found && 'value' in stored && stored.value.history).toHaveLength(2);
  });

  test('checklist and clock acts are recorded with who and when', async () => {
    await send({ type: 'incident/save-file', file, by: 'Ana' });
    await send({ type: 'incident/checklist', id: file.id, item: 'brief-team', done: true, by: 'Bo' });
    await send({ type: 'incident/milestone', id: file.id, stage: 'identify', by: 'Bo' });
    const stored = await readIncident(db, file.id);
    if (!stored.found || !('value' in stored)) throw new Error('not stored');
    expect(stored.value.checklist['brief-team']).toEqual({ done: true, by: 'Bo', at: new Date(clock).toISOString() });
    expect(stored.value.milestones.identify).toBe(new Date(clock).toISOString());
  });

  test('crisis mode puts the incident scope on Sensitive and restores it exactly when switched off', async () => {
    await send({ type: 'incident/save-file', file, by: 'Ana' });
    const scope = incidentScope(file.id);
    expect(await send({ type: 'incident/crisis-mode', id: file.id })).toEqual({ ok: true });
    expect(alertSettings.perScope[scope as keyof AlertSettings['perScope']]).toMatchObject({ preset: 'sensitive' });
    expect(crisis).toMatchObject({ incidentId: file.id, memo: { scope, before: null } });
    const on = await readIncident(db, file.id);
    expect(on.found && 'value' in on && on.value.crisisMode).toBe(true);
    await send({ type: 'incident/crisis-mode' });
    expect(alertSettings.perScope[scope as keyof AlertSettings['perScope']]).toBeUndefined();
    expect(crisis).toEqual({});
    expect(await send({ type: 'incident/crisis-mode', id: 'no-such' })).toMatchObject({ ok: false, code: 'not-found' });
  });

  test('templates: a local edit of an approved one is a draft; approval takes the current statement version; retire', async () => {
    await send({ type: 'incident/save-file', file, by: 'Ana' });
    await send({ type: 'templates/import', pack, source: { kind: 'example' }, by: 'Ana' });
    const t = pack.templates[0];
    const saved = await send({ type: 'templates/save', id: t.id, edit: { title: 'Changed', channels: t.channels, variants: t.variants, incident: t.incident }, by: 'Bo' });
    expect(saved).toMatchObject({ ok: true, template: { status: 'draft', editedLocally: true } });
    // Approval names the words that were checked: older words are refused.
    expect(await send({ type: 'templates/approve', id: t.id, checked: { title: t.title, channels: t.channels, variants: t.variants }, by: 'Lena' })).toMatchObject({ ok: false, code: 'changed-since-check' });
    const approved = await send({ type: 'templates/approve', id: t.id, checked: { title: 'Changed', channels: t.channels, variants: t.variants }, by: 'Lena' });
    expect(approved).toMatchObject({ ok: true, template: { status: 'approved', approvedBy: 'Lena', statementVersion: 1 } });
    // The pack imported again keeps the local edit.
    expect(await send({ type: 'templates/import', pack, source: { kind: 'file', fileName: 'p.json' }, by: 'Ana' })).toMatchObject({ keptLocal: [t.id] });
    await send({ type: 'templates/retire', id: t.id, by: 'Lena' });
    const all = await readTemplates(db);
    expect(all.items.find((x) => x.id === t.id)).toMatchObject({ status: 'retired', retiredBy: 'Lena', title: 'Changed' });
  });

  test('an id that is taken: the form’s new incident is refused and nothing changes; an import updates only a newer copy', async () => {
    await send({ type: 'incident/save-file', file, by: 'Ana' });
    const before = await readIncident(db, file.id);
    const settingsBefore = alertSettings;
    const sent = broadcasts;
    const other = { ...file, title: 'Late parcels', type: 'logistics', keywords: ['parcel'], statement: { ...file.statement, text: { en: 'Some parcels are late.' } } };
    const created = await send({ type: 'incident/save-file', file: other, intent: 'create', by: 'Bo' });
    expect(created).toMatchObject({ ok: false, code: 'id-taken' });
    expect(created.error).toBe('id: incident "vp20k-overheating" already exists: "VP-20K power banks overheating while charging", statement version 1 (choose another id)');
    // Even the very same file is not "created" twice.
    expect(await send({ type: 'incident/save-file', file, intent: 'create', by: 'Bo' })).toMatchObject({ ok: false, code: 'id-taken' });
    const imported = await send({ type: 'incident/save-file', file: other, intent: 'import', by: 'Bo' });
    expect(imported).toMatchObject({ ok: false, code: 'id-taken-import' });
    // Lost nothing: the stored incident, its keyword set and the panels are as they were.
    expect(await readIncident(db, file.id)).toEqual(before);
    expect(alertSettings).toBe(settingsBefore);
    expect(broadcasts).toBe(sent);
    // A newer copy of the same incident still updates it.
    const newer = { ...file, statement: { ...file.statement, version: 2, text: { en: 'Update.' } } };
    expect(await send({ type: 'incident/save-file', file: newer, intent: 'import', by: 'Bo' })).toMatchObject({ ok: true, incident: { statement: { version: 2 } } });
  });

  test('from a web page: refused, nothing stored', async () => {
    expect(await send({ type: 'incident/save-file', file, by: 'Ana' }, page)).toMatchObject({ ok: false, code: 'sender' });
    expect(await readIncident(db, file.id)).toEqual({ found: false });
  });
});
