// What a new version adds, changes and retires; the templates in use (bundled fallback,
// duplicates); local drafts beside synced templates, never overwriting or overwritten.
import { describe, expect, test } from 'vitest';
import {
  approvedTemplates,
  currentTemplates,
  diffPacks,
  editSyncedTemplate,
  isEmptyDiff,
  mergeTemplates,
  readPackCandidate,
  type LocalTemplate,
  type PackCandidate,
  type PackTemplate,
} from '../../../lib/packs/index.ts';
import type { Template } from '../../../lib/templates/schema.ts';
import { NOW, packText, type PackObject } from './fixtures.ts';

function candidate(change?: (p: PackObject) => void): PackCandidate {
  const r = readPackCandidate(packText(change));
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.pathText}: ${i.message}`).join('; '));
  return r.candidate;
}

const tpl = (p: PackObject, id: string) => p.templates.find((t) => t.id === id) as Record<string, unknown> & { variants: Record<string, string> };

describe('diffPacks', () => {
  test('added, changed (fields and languages), retired (status), removed, revoked', () => {
    const before = candidate();
    const after = candidate((p) => {
      p.version = 2;
      const holding = tpl(p, 'vp20k-holding-x');
      holding.variants.en = 'Hi {{author.name}}. {{incident.summary}}';
      delete holding.variants.it;
      holding.variants.ko = '{{author.name}}님, {{incident.summary}}';
      holding.statementVersion = 2;
      tpl(p, 'delivery-check-x').status = 'retired';
      p.templates = p.templates.filter((t) => t.id !== 'vp20k-feedback');
      p.revoked = ['vp20k-remedy-amazon'];
      p.templates.push({ id: 'new-one', title: 'New', channels: ['generic'], status: 'approved', variants: { en: 'Thanks' } });
    });
    const d = diffPacks(before, after);
    expect(d).toEqual({
      packId: 'voltpro-service',
      fromVersion: 1,
      toVersion: 2,
      added: [{ id: 'new-one', title: 'New' }],
      changed: [
        {
          id: 'vp20k-holding-x',
          title: 'VP-20K: holding reply (X)',
          fields: ['statementVersion', 'variants'],
          languages: { added: ['ko'], changed: ['en'], removed: ['it'] },
        },
      ],
      retired: [
        { id: 'delivery-check-x', title: 'Late delivery: ask for the order number (X)', why: 'retired' },
        { id: 'vp20k-feedback', title: 'VP-20K: response to seller feedback', why: 'removed' },
        { id: 'vp20k-remedy-amazon', title: 'VP-20K: replacement or refund (Amazon buyer message)', why: 'revoked' },
      ],
      counts: { added: 1, changed: 1, retired: 3 },
    });
  });

  test('a first version lists everything as added; the same content again is an empty diff', () => {
    const first = diffPacks(undefined, candidate());
    expect(first.fromVersion).toBeUndefined();
    expect(first.counts).toEqual({ added: 7, changed: 0, retired: 0 });
    expect(isEmptyDiff(diffPacks(candidate(), candidate((p) => (p.version = 2))))).toBe(true);
  });

  test('a template that comes back from retired is a change of status; one revoked before and listed again is added', () => {
    const before = candidate((p) => {
      tpl(p, 'sorry-generic').status = 'retired';
      p.revoked = ['delivery-check-x'];
    });
    const after = candidate((p) => (p.version = 2));
    const d = diffPacks(before, after);
    expect(d.changed.map((c) => [c.id, c.fields])).toEqual([['sorry-generic', ['status']]]);
    expect(d.added.map((a) => a.id)).toEqual(['delivery-check-x']);
  });

  test('long lists are cut for storage, with the full counts kept', () => {
    const many = candidate((p) => {
      p.templates = Array.from({ length: 450 }, (_, i) => ({ id: `t${String(i).padStart(3, '0')}`, title: `T${i}`, channels: ['generic'], status: 'approved', variants: { en: 'x' } }));
    });
    const d = diffPacks(undefined, many);
    expect(d.added).toHaveLength(200);
    expect(d.counts.added).toBe(450);
  });
});

describe('currentTemplates', () => {
  test('nothing stored and no key pinned: the bundled example pack; a pinned key ends the fallback', () => {
    const bundled = candidate();
    const first = currentTemplates([], [], { bundled });
    expect(first.fallback).toBe(true);
    expect(first.templates.map((t) => t.template.id)).toEqual(bundled.pack.templates.map((t) => t.id));
    expect(approvedTemplates(first).map((t) => t.template.status)).toEqual(Array(6).fill('approved'));
    const pinned = [{ keyId: 'A'.repeat(43), jwk: { kty: 'EC' as const, crv: 'P-256' as const, x: 'A'.repeat(43), y: 'A'.repeat(43) }, addedAt: NOW.toISOString() }];
    expect(currentTemplates([], pinned, { bundled })).toMatchObject({ fallback: false, templates: [] });
  });
});

describe('mergeTemplates: local drafts and synced templates', () => {
  const synced = (change?: (p: PackObject) => void, version = 1): PackTemplate[] =>
    candidate((p) => {
      p.version = version;
      change?.(p);
    }).pack.templates.map((template) => ({ template, packId: 'voltpro-service', packVersion: version, publisher: 'VoltPro' }));
  const byId = (list: PackTemplate[], id: string) => list.find((t) => t.template.id === id)!;
  const localTemplate = (t: Partial<Template> & Pick<Template, 'id'>): LocalTemplate => ({
    template: { title: 'Mine', channels: ['generic'], status: 'approved', variants: { en: 'Mine' }, ...t },
    updatedAt: NOW.toISOString(),
  });

  test('a local edit of a synced template becomes a draft needing approval; the synced one stays what agents use', () => {
    const v1 = synced();
    const edit = editSyncedTemplate(byId(v1, 'sorry-generic'), { variants: { en: 'So sorry, {{author.name}}!' } }, NOW);
    expect(edit.template).toMatchObject({ id: 'sorry-generic', status: 'draft', variants: { en: 'So sorry, {{author.name}}!' } });
    expect(edit.template.approvedBy).toBeUndefined();
    const merged = mergeTemplates(v1, [edit]);
    const entries = merged.filter((m) => m.template.id === 'sorry-generic');
    expect(entries.map((m) => [m.origin, m.template.status, m.usable, m.flags])).toEqual([
      ['pack', 'approved', true, []],
      ['local', 'draft', false, ['edit-needs-approval']],
    ]);
    expect(entries[1]?.draftOf).toBe('sorry-generic');
  });

  test('a new pack version never overwrites the draft; the draft says the approved text changed, was published or is gone', () => {
    const edit = editSyncedTemplate(byId(synced(), 'sorry-generic'), { variants: { en: 'So sorry!' } }, NOW);
    const before = structuredClone(edit);
    const changed = mergeTemplates(synced((p) => (tpl(p, 'sorry-generic').variants.en = 'Sorry about that.'), 2), [edit]);
    expect(changed.find((m) => m.origin === 'local')).toMatchObject({ template: { variants: { en: 'So sorry!' } }, flags: ['edit-needs-approval', 'base-changed'] });
    const published = mergeTemplates(synced((p) => (tpl(p, 'sorry-generic').variants = { en: 'So sorry!' }), 3), [edit]);
    expect(published.find((m) => m.origin === 'local')?.flags).toEqual(['edit-needs-approval', 'base-changed', 'published']);
    const gone = mergeTemplates(synced((p) => (p.templates = p.templates.filter((t) => t.id !== 'sorry-generic')), 4), [edit]);
    expect(gone.find((m) => m.origin === 'local')?.flags).toEqual(['edit-needs-approval', 'base-gone']);
    const revoked = mergeTemplates(synced(), [edit], { revoked: ['sorry-generic'] });
    expect(revoked.find((m) => m.origin === 'local')?.flags).toEqual(['edit-needs-approval', 'base-gone']);
    expect(edit).toEqual(before);
  });

  test('a local template whose id a pack now uses is kept but not offered; other approved local templates are, unless local approval is off', () => {
    const merged = mergeTemplates(synced(), [localTemplate({ id: 'sorry-generic' }), localTemplate({ id: 'my-own' }), localTemplate({ id: 'my-draft', status: 'draft' })]);
    const local = merged.filter((m) => m.origin === 'local').map((m) => [m.template.id, m.usable, m.flags]);
    expect(local).toEqual([
      ['sorry-generic', false, ['id-taken']],
      ['my-own', true, []],
      ['my-draft', false, []],
    ]);
    expect(merged.find((m) => m.origin === 'pack' && m.template.id === 'sorry-generic')?.usable).toBe(true);
    const team = mergeTemplates(synced(), [localTemplate({ id: 'my-own' })], { localApproval: false });
    expect(team.find((m) => m.origin === 'local')?.usable).toBe(false);
  });
});
