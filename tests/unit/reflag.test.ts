import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { getMentions, putMentions } from '../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../lib/db/open.ts';
import { reflagBatch, reflagTargets, type ReflagDeps } from '../../lib/reflag.ts';
import { DEFAULT_SETTINGS, type Analysis, type Mention, type Settings } from '../../lib/schema.ts';
import { stored } from './db/fixtures.ts';

// A stand-in analyser: negative when the text says "broken", version 'v2'.
const analyze = (m: Mention): Analysis => {
  const neg = /broken/i.test(m.text);
  return { lang: 'en', langConfidence: 0.9, sentiment: { score: neg ? -0.7 : 0.3, label: neg ? 'negative' : 'positive' }, analyzer: 'v2' };
};

let db: CrisisDb;
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
});

const deps = (settings: Settings = DEFAULT_SETTINGS, reanalyse = true): ReflagDeps => ({ db, analyze, settings, reanalyse });

describe('re-flagging stored mentions', () => {
  test('a new analyser version re-analyses and re-flags; status and times are kept; unchanged rows are not written', async () => {
    const rows = [
      stored(1, { text: 'it arrived broken', status: 'handled' }), // old analysis: negative, flagged
      stored(2, { text: 'works great' }), // flagged by the old analyser, not by the new one
      stored(3, { text: 'broken again', flagged: 0 }), // missed by the old one
    ];
    await putMentions(db, rows);
    const batch = await reflagBatch(deps(), undefined, 10);
    expect(batch).toMatchObject({ examined: 3, done: true, last: rows[2]!.id });
    expect(batch.changed.map((r) => [r.id, r.flagged, r.status])).toEqual([
      [rows[0]!.id, 1, 'handled'],
      [rows[1]!.id, 0, 'open'],
      [rows[2]!.id, 1, 'open'],
    ]);
    const after = await getMentions(db, rows.map((r) => r.id));
    expect(after.map((r) => [r?.analysis.analyzer, r?.flagged, r?.status, r?.capturedAt])).toEqual([
      ['v2', 1, 'handled', rows[0]!.capturedAt],
      ['v2', 0, 'open', rows[1]!.capturedAt],
      ['v2', 1, 'open', rows[2]!.capturedAt],
    ]);
    // A second pass with the same settings finds nothing to change.
    expect((await reflagBatch(deps(), undefined, 10)).changed).toEqual([]);
  });

  test('a watch list narrows the flags of stored mentions (watchOnly)', async () => {
    await putMentions(db, [stored(1, { text: 'Acme blender arrived broken' }), stored(2, { text: 'Other brand broken' })]);
    const settings = { ...DEFAULT_SETTINGS, brands: ['Acme'], watchOnly: true };
    const { changed } = await reflagBatch(deps(settings), undefined, 10);
    const after = await getMentions(db, [stored(1).id, stored(2).id]);
    expect(after.map((r) => [r?.flagged, r?.watchMatches])).toEqual([
      [1, ['Acme']],
      [0, []],
    ]);
    expect(changed).toHaveLength(2);
  });

  test('batches walk the store by id and resume from `last`', async () => {
    await putMentions(db, Array.from({ length: 7 }, (_, i) => stored(i + 1, { text: 'broken', flagged: 0 })));
    const seen: string[] = [];
    let after: string | undefined;
    for (let round = 0; round < 10; round++) {
      const b = await reflagBatch(deps(), after, 3);
      seen.push(...b.changed.map((r) => r.id));
      after = b.last;
      if (b.done) break;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => stored(i + 1).id));
  });

  test('damaged rows are skipped and kept; a throwing analyser changes nothing', async () => {
    await db.put('mentions', { ...stored(1), analysis: { lang: 'nope' } } as never);
    await putMentions(db, [stored(2, { text: 'broken' })]);
    const b = await reflagBatch({ db, settings: DEFAULT_SETTINGS, reanalyse: true, analyze: () => { throw new Error('boom'); } }, undefined, 10);
    expect(b).toMatchObject({ examined: 2, changed: [], done: true });
    expect((await db.get('mentions', stored(1).id))?.analysis).toEqual({ lang: 'nope' });
  });

  test('a watch-list change alone keeps the stored analyses and re-decides flags only', async () => {
    // Stored analysis says negative; the stand-in analyser would say positive for this text.
    await putMentions(db, [stored(1, { text: 'Acme is fine', flagged: 0 })]);
    const { changed } = await reflagBatch(deps({ ...DEFAULT_SETTINGS, brands: ['Acme'] }, false), undefined, 10);
    expect(changed.map((r) => [r.flagged, r.analysis.analyzer, r.watchMatches])).toEqual([[1, 'test@1', ['Acme']]]);
  });

  test('targets: analysis follows the analyser and languages, flags the watch list; retention moves neither', () => {
    const base = reflagTargets(DEFAULT_SETTINGS, 'cd-3');
    expect(reflagTargets({ ...DEFAULT_SETTINGS, retentionDays: 7 }, 'cd-3')).toEqual(base);
    const newVersion = reflagTargets(DEFAULT_SETTINGS, 'cd-4');
    expect([newVersion.analysis === base.analysis, newVersion.flags === base.flags]).toEqual([false, true]);
    expect(reflagTargets({ ...DEFAULT_SETTINGS, languages: ['de'] }, 'cd-3').flags).toBe(base.flags);
    expect(reflagTargets({ ...DEFAULT_SETTINGS, languages: ['de'] }, 'cd-3').analysis).not.toBe(base.analysis);
    const newBrand = reflagTargets({ ...DEFAULT_SETTINGS, brands: ['Acme'] }, 'cd-3');
    expect([newBrand.analysis === base.analysis, newBrand.flags === base.flags]).toEqual([true, false]);
  });
});
