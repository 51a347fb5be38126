// Pack import: all or nothing, errors with JSON paths, hostile files.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePack } from '../../../lib/templates/import.ts';
import { PACK_LIMITS, type PackInput } from '../../../lib/templates/schema.ts';

type LoosePack = Omit<PackInput, 'templates'> & { templates: Record<string, unknown>[] };

const pack = (change: (p: LoosePack) => void = () => {}) => {
  const p = {
    format: 'crisis-desk.pack/1',
    id: 'pack-a',
    version: 2,
    publishedAt: '2025-03-15T09:30:00Z',
    publisher: 'Service',
    templates: [
      { id: 't1', title: 'One', channels: ['x-reply'], incident: 'inc-1', statementVersion: 1, status: 'approved', approvedBy: 'Legal', approvedAt: '2025-03-15T09:00:00Z', variants: { en: 'Hi {{author.name}}' } },
      { id: 't2', title: 'Two', channels: ['generic'], status: 'draft', variants: { de: 'Hallo' } },
    ],
  } as LoosePack;
  change(p);
  return JSON.stringify(p);
};

const errorPaths = (text: string, o = {}) => {
  const r = parsePack(text, o);
  return r.ok ? [] : r.errors.map((e) => e.pathText);
};

describe('parsePack', () => {
  test('a valid pack', () => {
    const r = parsePack(pack());
    expect(r.ok && r.value.templates.map((t) => t.id)).toEqual(['t1', 't2']);
  });
  test('the bundled example pack', () => {
    const r = parsePack(readFileSync(new URL('../../../public/examples/pack.json', import.meta.url), 'utf8'), { incidentId: 'vp20k-overheating' });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  test.each([
    ['wrong format', (p: Record<string, unknown>) => void (p.format = 'crisis-desk.pack/2'), ['format']],
    ['a channel misspelt', (p: { templates: Record<string, unknown>[] }) => void (p.templates[1]!.channels = ['twitter']), ['templates[1].channels[0]']],
    ['a status misspelt', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.status = 'Approved'), ['templates[0].status']],
    ['no variants', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.variants = {}), ['templates[0].variants']],
    ['a bad language key', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.variants = { English: 'x' }), ['templates[0].variants.English']],
    ['duplicate template ids', (p: { templates: Record<string, unknown>[] }) => void (p.templates[1]!.id = 't1'), ['templates[1].id']],
    ['a control character', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.variants = { en: 'a\u0007b' }), ['templates[0].variants.en']],
    ['a bidi override', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.title = 'x\u202Ey'), ['templates[0].title']],
    ['huge template text', (p: { templates: Record<string, unknown>[] }) => void (p.templates[0]!.variants = { en: 'x'.repeat(PACK_LIMITS.variantChars + 1) }), ['templates[0].variants.en']],
    ['a date that is not ISO UTC', (p: Record<string, unknown>) => void (p.publishedAt = '15/03/2025'), ['publishedAt']],
  ])('%s: an error at its JSON path, nothing imported', (_name, change, paths) => {
    const r = parsePack(pack(change as (p: unknown) => void));
    expect(r.ok).toBe(false);
    expect(errorPaths(pack(change as (p: unknown) => void))).toEqual(paths);
  });
  test('a lone surrogate (from a JSON escape)', () => {
    const text = pack().replace('"Hi {{author.name}}"', '"Hi \\ud800"');
    expect(errorPaths(text)).toEqual(['templates[0].variants.en']);
  });
  test('not JSON: the line and column', () => {
    const r = parsePack('{\n  "format": "crisis-desk.pack/1",\n  oops\n}');
    expect(!r.ok && r.errors[0]!.code).toBe('json-syntax');
    expect(!r.ok && r.errors[0]!.message).toMatch(/line 3/);
  });
  test('empty, BOM, nested too deep, too large', () => {
    expect(!parsePack('').ok).toBe(true);
    expect(parsePack(`\uFEFF${pack()}`).ok).toBe(true);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const r = parsePack(deep);
    expect(r.ok).toBe(false);
    const huge = parsePack(' '.repeat(PACK_LIMITS.fileBytes + 1));
    expect(!huge.ok && huge.errors[0]!.code).toBe('too-large');
  });
  test('a pack for another incident is refused, naming each template', () => {
    const r = parsePack(pack(), { incidentId: 'inc-2' });
    expect(!r.ok && r.errors.map((e) => [e.pathText, e.code])).toEqual([['templates[0].incident', 'other-incident']]);
    expect(parsePack(pack(), { incidentId: 'inc-1' }).ok).toBe(true);
  });
  test('an older version of a stored pack is refused; the same version is a warning', () => {
    expect(errorPaths(pack(), { existing: { id: 'pack-a', version: 3 } })).toEqual(['version']);
    const same = parsePack(pack(), { existing: { id: 'pack-a', version: 2 } });
    expect(same.ok && same.warnings.map((w) => w.code)).toEqual(['same-version']);
  });
  test('warnings: unknown variables, approval not recorded', () => {
    const r = parsePack(pack((p) => {
      p.templates[0]!.variants = { en: 'Hi {{customer}}' };
      delete p.templates[0]!.approvedBy;
    }));
    expect(r.ok && r.warnings.map((w) => [w.pathText, w.code])).toEqual([
      ['templates[0].variants.en', 'unknown-variable'],
      ['templates[0]', 'approval-unrecorded'],
    ]);
  });
  test('thousands of errors are capped, the last line says how many more', () => {
    const r = parsePack(pack((p) => {
      p.templates = Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, title: '', channels: [], status: 'x', variants: {} }));
    }));
    expect(!r.ok && r.errors.length).toBe(50);
    expect(!r.ok && r.errors.at(-1)!.message).toMatch(/more problems/);
  });
  test('messages are one line, control characters escaped', () => {
    const r = parsePack(pack((p) => void (p.templates[0]!.id = 'bad\nid\u0000')));
    for (const e of r.ok ? [] : r.errors) expect([...e.message].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
  });
});
