// Local templates: where they came from, edits that turn an approval back into a draft, approval
// and retirement recorded, imports that never overwrite a local edit, the pack export.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePack } from '../../../lib/templates/import.ts';
import { PackSchema } from '../../../lib/templates/schema.ts';
import { approveTemplate, editTemplate, exportPack, planPackImport, retireTemplate, templateOf } from '../../../lib/templates/stored.ts';

const pack = PackSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/pack.json', import.meta.url), 'utf8')));
const T = Date.parse('2025-03-15T10:00:00Z');
const actor = { by: 'Ana', now: T };

describe('stored templates', () => {
  test('an approved template edited here becomes a draft without its approval; the same words change nothing', () => {
    const [first] = planPackImport(pack, { kind: 'example' }, [], actor).put;
    expect(first!.status).toBe('approved');
    const same = editTemplate(first, first!.id, { title: first!.title, channels: first!.channels, variants: first!.variants, incident: first!.incident, categories: first!.categories }, actor);
    expect(same.ok && same.template).toBe(first);
    const edited = editTemplate(first, first!.id, { title: first!.title, channels: first!.channels, variants: { ...first!.variants, en: 'Hi {{author.name}}, {{incident.summary}}' }, incident: first!.incident }, { by: 'Bo', now: T + 60_000 });
    if (!edited.ok) throw edited.error;
    expect(edited.template).toMatchObject({ status: 'draft', editedLocally: true, updatedBy: 'Bo', source: { kind: 'example' } });
    expect(edited.template.approvedBy).toBeUndefined();
    expect(edited.template.statementVersion).toBeUndefined();
  });

  test('hostile or huge text is refused with a path, nothing stored', () => {
    const r = editTemplate(undefined, 'new-1', { title: 'x', channels: ['x-reply'], variants: { en: 'a\u202Eb' } }, actor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.path).toEqual(['variants', 'en']);
    const huge = editTemplate(undefined, 'new-1', { title: 'x', channels: ['x-reply'], variants: { en: 'a'.repeat(5_001) } }, actor);
    expect(huge.ok).toBe(false);
  });

  test('approval records who, when and the statement version for an incident template; retire records who and when', () => {
    const draft = editTemplate(undefined, 'local-1', { title: 'Hello', channels: ['generic'], variants: { en: 'Hello {{author.name}}' }, incident: 'vp20k-overheating' }, actor);
    if (!draft.ok) throw draft.error;
    const approved = approveTemplate(draft.template, { by: 'Lena', now: T + 1000, statementVersion: 3 });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Lena', approvedAt: new Date(T + 1000).toISOString(), statementVersion: 3 });
    const everyday = approveTemplate({ ...draft.template, incident: undefined }, { by: 'Lena', now: T, statementVersion: 3 });
    expect(everyday.statementVersion).toBeUndefined();
    const retired = retireTemplate(approved, { by: 'Lena', now: T + 2000 });
    expect(retired).toMatchObject({ status: 'retired', retiredBy: 'Lena', approvedBy: 'Lena' });
  });

  test('an import keeps the templates edited here and says which', () => {
    const first = planPackImport(pack, { kind: 'example' }, [], actor).put;
    const edited = editTemplate(first[0], first[0]!.id, { title: 'Mine', channels: first[0]!.channels, variants: first[0]!.variants, incident: first[0]!.incident }, actor);
    if (!edited.ok) throw edited.error;
    const again = planPackImport(pack, { kind: 'file', fileName: 'pack.json' }, [edited.template, ...first.slice(1)], { by: 'Bo', now: T + 5000 });
    expect(again.keptLocal).toEqual([first[0]!.id]);
    expect(again.put).toHaveLength(pack.templates.length - 1);
    expect(again.put[0]!.createdAt).toBe(first[1]!.createdAt);
    expect(again.put[0]!.source).toEqual({ kind: 'file', fileName: 'pack.json', packId: pack.id, packVersion: pack.version });
  });

  test('the export is a pack file with the contract fields only, and it imports again', () => {
    const put = planPackImport(pack, { kind: 'example' }, [], actor).put;
    const out = exportPack(put, { id: 'local', version: 3, publisher: 'Ana', now: T });
    const json = JSON.stringify(out);
    expect(json).not.toContain('editedLocally');
    expect(json).not.toContain('"source"');
    expect(Object.keys(out)).toEqual(['format', 'id', 'version', 'publishedAt', 'publisher', 'templates']);
    const back = parsePack(json);
    expect(back.ok && back.value.templates).toEqual(put.map(templateOf));
  });
});
