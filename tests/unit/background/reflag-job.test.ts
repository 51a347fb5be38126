import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { createReflagJob, REFLAG_BATCH, type ReflagJobDeps } from '../../../entrypoints/background/reflag-job.ts';
import { getMentions, putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { DEFAULT_SETTINGS, type Analysis, type Mention, type ReflagState, type Settings } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

const analyze = (m: Mention): Analysis => {
  const neg = /broken/i.test(m.text);
  return { lang: 'en', langConfidence: 0.9, sentiment: { score: neg ? -0.7 : 0.3, label: neg ? 'negative' : 'positive' }, analyzer: 'v2' };
};

let db: CrisisDb;
let state: ReflagState | undefined;
let settings: Settings;
let changed: string[];
let saves: number;
let failSaveAfter: number;
let outcomes: (string | undefined)[];

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  state = undefined;
  settings = DEFAULT_SETTINGS;
  changed = [];
  saves = 0;
  failSaveAfter = Infinity;
  outcomes = [];
});

function deps(): ReflagJobDeps {
  return {
    getDb: async () => db,
    loadSettings: async () => settings,
    analyze,
    analyzerVersion: 'v2',
    loadState: async () => state,
    saveState: async (s) => {
      if (++saves > failSaveAfter) throw new Error('worker killed');
      state = s;
    },
    now: () => new Date('2025-06-02T00:00:00.000Z'),
    onChanged: (rows) => void changed.push(...rows.map((r) => r.id)),
    pause: async () => undefined,
    log: () => undefined,
    reportOutcome: async (failure) => void outcomes.push(failure),
  };
}

describe('background re-check job', () => {
  test('runs once per target; a watch-list change runs it again', async () => {
    await putMentions(db, [stored(1, { text: 'Acme broken', flagged: 0 }), stored(2, { text: 'fine' })]);
    expect(await createReflagJob(deps()).run()).toEqual({ done: true });
    expect(changed).toEqual([stored(1).id, stored(2).id]);
    expect(state).toMatchObject({ done: true, examined: 2, changed: 2 });

    changed = [];
    expect(await createReflagJob(deps()).run()).toEqual({ done: true });
    expect(changed).toEqual([]);

    settings = { ...DEFAULT_SETTINGS, brands: ['Other'], watchOnly: true };
    await createReflagJob(deps()).run();
    expect(changed).toEqual([stored(1).id]);
    expect((await getMentions(db, [stored(1).id]))[0]?.flagged).toBe(0);
    // A watch-list change re-decides flags from the stored analyses: nothing is analysed again.
    expect(state).toMatchObject({ reanalyse: false, done: true });
  });

  test('a pass that was re-analysing and is replaced by a watch-list change still re-analyses', async () => {
    await putMentions(db, Array.from({ length: REFLAG_BATCH + 5 }, (_, i) => stored(i + 1, { text: 'broken', flagged: 0 })));
    failSaveAfter = 1; // stops after the first batch of the first (re-analysing) pass
    await createReflagJob(deps()).run();
    expect(state).toMatchObject({ reanalyse: true, done: false });
    failSaveAfter = Infinity;
    settings = { ...DEFAULT_SETTINGS, handles: ['acme'] };
    await createReflagJob(deps()).run();
    expect(state).toMatchObject({ reanalyse: true, done: true });
    const last = (await getMentions(db, [stored(REFLAG_BATCH + 5).id]))[0];
    expect(last?.analysis.analyzer).toBe('v2');
  });

  test('a worker killed mid-pass resumes from the last saved id and finishes', async () => {
    const n = REFLAG_BATCH * 2 + 5;
    await putMentions(db, Array.from({ length: n }, (_, i) => stored(i + 1, { text: 'broken', flagged: 0 })));
    failSaveAfter = 1; // the second batch's save fails: the worker "dies"
    await createReflagJob(deps()).run();
    expect(state).toMatchObject({ done: false, examined: REFLAG_BATCH });
    failSaveAfter = Infinity;
    expect(await createReflagJob(deps()).run()).toEqual({ done: true });
    expect(state).toMatchObject({ done: true, examined: n });
    const rows = await getMentions(db, Array.from({ length: n }, (_, i) => stored(i + 1).id));
    expect(rows.every((r) => r?.flagged === 1)).toBe(true);
  });

  test('a failed run is reported and says so (no immediate retry); the next run that gets through clears it', async () => {
    await putMentions(db, Array.from({ length: REFLAG_BATCH + 5 }, (_, i) => stored(i + 1, { text: 'broken', flagged: 0 })));
    failSaveAfter = 1;
    expect(await createReflagJob(deps()).run()).toEqual({ done: false, failed: true });
    expect(outcomes).toEqual(['worker killed']);
    failSaveAfter = Infinity;
    expect(await createReflagJob(deps()).run()).toEqual({ done: true });
    expect(outcomes).toEqual(['worker killed', undefined]);
  });

  test('a trigger during a run runs again with the newer settings', async () => {
    await putMentions(db, [stored(1, { text: 'Acme broken', flagged: 0 })]);
    const job = createReflagJob(deps());
    const first = job.run();
    settings = { ...DEFAULT_SETTINGS, brands: ['Other'], watchOnly: true };
    void job.run();
    await first;
    expect(state?.flagTarget).toContain('Other');
    expect((await getMentions(db, [stored(1).id]))[0]?.flagged).toBe(0);
  });
});
