import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseIncident } from '../../../lib/incident/import.ts';
import { IncidentFileSchema, INCIDENT_STATUSES, INCIDENT_TYPES, StoredIncidentSchema, baseLang } from '../../../lib/incident/schema.ts';

const example = () => JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')) as Record<string, unknown> & { statement: Record<string, unknown> & { facts: Record<string, unknown> } };

describe('the incident exchange file (a contract)', () => {
  test('types and statuses are spelled exactly so', () => {
    expect(INCIDENT_TYPES).toEqual(['cybersecurity', 'public-health', 'natural-disaster', 'financial', 'reputation', 'product-safety', 'logistics', 'other']);
    expect(INCIDENT_STATUSES).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
  });
  test('the example parses with the contract field names', () => {
    const inc = IncidentFileSchema.parse(example());
    expect(Object.keys(inc).sort()).toEqual(['id', 'keywords', 'severity', 'startedAt', 'statement', 'status', 'title', 'type'].sort());
    expect(Object.keys(inc.statement).sort()).toEqual(['approvedBy', 'commitments', 'facts', 'forbidden', 'text', 'updatedAt', 'version'].sort());
  });
  test('unknown fact names are kept; unknown top-level fields are dropped', () => {
    const raw = example();
    raw.statement.facts.batch = 'B-2025-03';
    raw.extra = 'from another tool';
    const inc = IncidentFileSchema.parse(raw);
    expect(inc.statement.facts.batch).toBe('B-2025-03');
    expect('extra' in inc).toBe(false);
  });
  test.each([
    ['type', (r: ReturnType<typeof example>) => void (r.type = 'Product Safety'), 'type'],
    ['severity', (r: ReturnType<typeof example>) => void (r.severity = 'urgent'), 'severity'],
    ['nextUpdate not ISO UTC', (r: ReturnType<typeof example>) => void (r.statement.facts.nextUpdate = '2025-03-18 16:00'), 'statement.facts.nextUpdate'],
    ['nextUpdate with an offset', (r: ReturnType<typeof example>) => void (r.statement.facts.nextUpdate = '2025-03-18T17:00:00+01:00'), 'statement.facts.nextUpdate'],
    ['http notice URL', (r: ReturnType<typeof example>) => void (r.statement.facts.url = 'http://voltpro.example/x'), 'statement.facts.url'],
    ['a fact name with a space', (r: ReturnType<typeof example>) => void (r.statement.facts['bad name'] = 'x'), 'statement.facts["bad name"]'],
    ['no statement text', (r: ReturnType<typeof example>) => void (r.statement.text = {}), 'statement.text'],
    ['version 0', (r: ReturnType<typeof example>) => void (r.statement.version = 0), 'statement.version'],
    ['a keyword with * inside', (r: ReturnType<typeof example>) => void (r.keywords = ['a*b']), 'keywords[0]'],
  ])('%s: an error at its JSON path', (_name, change, path) => {
    const raw = example();
    change(raw);
    const r = parseIncident(JSON.stringify(raw));
    expect(!r.ok && r.errors.map((e) => e.pathText)).toEqual([path]);
  });
  test('warnings: no notice URL, no English, no keywords, next update past', () => {
    const raw = example();
    delete raw.statement.facts.url;
    raw.statement.text = { de: 'Hallo' };
    raw.keywords = [];
    const r = parseIncident(JSON.stringify(raw), { now: Date.parse('2025-04-01T00:00:00Z') });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['no-notice-url', 'no-english-text', 'no-keywords', 'next-update-past']);
  });
  test('a stored incident adds history, checklist, milestones, crisis mode with defaults', () => {
    const stored = StoredIncidentSchema.parse({ ...example(), createdAt: '2025-03-15T09:00:00Z', updatedAt: '2025-03-15T09:00:00Z' });
    expect(stored).toMatchObject({ crisisMode: false, history: [], checklist: {}, milestones: {}, statusHistory: [], schemaVersion: 1 });
  });
  test('baseLang', () => {
    expect(['pt-BR', 'zh-Hant', 'en'].map(baseLang)).toEqual(['pt', 'zh', 'en']);
  });
});
