import { describe, expect, test } from 'vitest';
import { createJobs, type Job, type JobReport, type Trigger } from '../../lib/jobs.ts';

function recorder() {
  const runs: string[] = [];
  const reports: JobReport[] = [];
  const job = (name: string, spec: Partial<Job> = {}): Job => ({
    name,
    run: async (t: Trigger) => void runs.push(`${name}:${t.kind}`),
    ...spec,
  });
  return { runs, reports, job, report: (r: JobReport) => void reports.push(r) };
}

describe('createJobs', () => {
  test.each<[string, Trigger, string[]]>([
    ['install', { kind: 'install' }, ['setup:install', 'recheck:install']],
    ['startup', { kind: 'startup' }, ['setup:startup']],
    ['its alarm', { kind: 'alarm', name: 'crisis-desk-retention' }, ['retention:alarm']],
    ['an alarm nobody owns', { kind: 'alarm', name: 'other' }, []],
    ['a watched storage key', { kind: 'storage', key: 'local:settings' }, ['recheck:storage']],
    ['another key', { kind: 'storage', key: 'local:alertFocus' }, []],
    ['a key under a watched prefix', { kind: 'storage', key: 'local:incidentReview:vp20k' }, ['review:storage']],
    ['the prefix in another area', { kind: 'storage', key: 'session:incidentReview:vp20k' }, []],
    ['a message type', { kind: 'message', type: 'mentions/ingest', message: {}, sender: {} }, ['ingest:message']],
  ])('%s runs exactly the jobs that name it', async (_name, trigger, expected) => {
    const r = recorder();
    const jobs = createJobs(
      [
        r.job('setup', { onInstall: true, onStartup: true }),
        r.job('ingest', { messages: ['mentions/ingest'] }),
        r.job('retention', { alarm: { name: 'crisis-desk-retention', periodInMinutes: 60 } }),
        r.job('recheck', { onInstall: true, storageKeys: ['local:settings'] }),
        r.job('review', { storagePrefixes: ['local:incidentReview:'] }),
      ],
      r.report,
    );
    await jobs.dispatch(trigger);
    expect(r.runs.sort()).toEqual(expected.sort());
  });

  test("a failing job is reported under its name and does not stop the others", async () => {
    const r = recorder();
    const boom = new Error('boom');
    const jobs = createJobs(
      [
        r.job('broken', { onStartup: true, run: () => Promise.reject(boom) }),
        r.job('fine', { onStartup: true }),
      ],
      r.report,
    );
    await expect(jobs.dispatch({ kind: 'startup' })).resolves.toBeUndefined();
    expect(r.runs).toEqual(['fine:startup']);
    expect(r.reports).toEqual([{ job: 'broken', trigger: 'startup', error: boom }]);
  });

  test('answer resolves with the job result, and a failure is reported and rethrown for the error reply', async () => {
    const r = recorder();
    const jobs = createJobs([{ name: 'ingest', messages: ['mentions/ingest'], run: async () => ({ ok: true }) }, { name: 'bad', messages: ['x'], run: () => Promise.reject(new Error('no')) }], r.report);
    const trigger = { kind: 'message', type: 'mentions/ingest', message: {}, sender: {} } as const;
    await expect(jobs.answer(jobs.answers('mentions/ingest')!, trigger)).resolves.toEqual({ ok: true });
    await expect(jobs.answer(jobs.answers('x')!, { ...trigger, type: 'x' })).rejects.toThrow('no');
    expect(r.reports.map((x) => x.job)).toEqual(['bad']);
    expect(jobs.answers('nobody')).toBeUndefined();
  });

  test('exclusive runs never overlap; a trigger during a run waits for it', async () => {
    let active = 0;
    let most = 0;
    const order: number[] = [];
    let k = 0;
    const jobs = createJobs(
      [
        {
          name: 'alerts',
          exclusive: true,
          alarm: { name: 'tick' },
          async run() {
            const me = ++k;
            active++;
            most = Math.max(most, active);
            await new Promise((r) => setTimeout(r, 5));
            order.push(me);
            active--;
          },
        },
      ],
      () => undefined,
    );
    await Promise.all([1, 2, 3].map(() => jobs.dispatch({ kind: 'alarm', name: 'tick' })));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3]);
  });

  test('an exclusive run after a failed one still runs', async () => {
    const r = recorder();
    let first = true;
    const jobs = createJobs(
      [{ name: 'flaky', exclusive: true, onStartup: true, run: async () => { if (first) { first = false; throw new Error('once'); } r.runs.push('ok'); } }],
      r.report,
    );
    await Promise.all([jobs.dispatch({ kind: 'startup' }), jobs.dispatch({ kind: 'startup' })]);
    expect(r.runs).toEqual(['ok']);
    expect(r.reports).toHaveLength(1);
  });

  test('request runs one job by name; an unknown name is a programming error', async () => {
    const r = recorder();
    const jobs = createJobs([r.job('reflag')], r.report);
    await jobs.request('reflag', 'retention');
    expect(r.runs).toEqual(['reflag:request']);
    await expect(jobs.request('nope', 'test')).rejects.toThrow(/no job named nope/);
  });

  test('names and message types are unique; periodic alarms are listed for set-up', () => {
    const r = recorder();
    expect(() => createJobs([r.job('a'), r.job('a')], r.report)).toThrow(/two jobs are named a/);
    expect(() => createJobs([r.job('a', { messages: ['m'] }), r.job('b', { messages: ['m'] })], r.report)).toThrow(/answered by a and b/);
    const jobs = createJobs(
      [r.job('tick', { alarm: { name: 't', periodInMinutes: 5, delayInMinutes: 1 } }), r.job('retry', { alarm: { name: 'one-shot' } })],
      r.report,
    );
    expect(jobs.periodicAlarms()).toEqual([{ name: 't', periodInMinutes: 5, delayInMinutes: 1 }]);
  });
});
