/**
 * Background jobs: one registration shape for every unit of background work (ingest, alerts tick,
 * re-check, webhook delivery, retention — and later pack sync, team replication, reports). A job
 * names its triggers; the background wires browser events to `dispatch` once, so adding a job is
 * one object, not another branch in a listener. Errors are caught and reported under the job's
 * name: one failing job never stops another, and never escapes into an event listener.
 *
 * Pure: the browser (alarms, listeners) stays in entrypoints/background; `now` is not needed here.
 */

/** What started a run. `request` is a direct call (another job, a message handler, a test). */
export type Trigger =
  | { kind: 'install' }
  | { kind: 'startup' }
  | { kind: 'alarm'; name: string }
  | { kind: 'storage'; key: string }
  | { kind: 'message'; type: string; message: unknown; sender: unknown }
  | { kind: 'request'; by: string };

export interface AlarmSpec {
  /** The alarm's name: a contract with installed profiles (their alarms carry it). */
  name: string;
  /** Periodic alarms are created on install and start-up; without a period the job sets it. */
  periodInMinutes?: number;
  delayInMinutes?: number;
}

export interface Job<R = unknown> {
  /** Kebab-case; errors are reported as `job <name> failed`. */
  name: string;
  /** Runs on extension install/update (`install`) and browser start (`startup`). */
  onInstall?: boolean;
  onStartup?: boolean;
  alarm?: AlarmSpec;
  /** Storage keys (`local:settings`) whose change runs the job. */
  storageKeys?: readonly string[];
  /** Key prefixes (`local:incidentReview:`) for items kept one per record: a change of any runs the job. */
  storagePrefixes?: readonly string[];
  /** Message types the job answers; its result is the reply. */
  messages?: readonly string[];
  /**
   * Runs never overlap: a trigger during a run waits for it. For jobs that read-modify-write the
   * same records (the alerts engine, retention); message-answering jobs usually are not.
   */
  exclusive?: boolean;
  run(trigger: Trigger): Promise<R>;
}

export interface JobReport {
  job: string;
  trigger: Trigger['kind'];
  error: unknown;
}

export interface Jobs {
  /** Runs every job the trigger concerns; resolves when all are done (errors reported, not thrown). */
  dispatch(trigger: Trigger): Promise<void>;
  /** The job answering this message type, if any. */
  answers(type: string): Job | undefined;
  /** Runs the job for a message and resolves with its result; rejects with its error (the
   * caller turns it into an error reply), which is reported too. */
  answer(job: Job, trigger: Extract<Trigger, { kind: 'message' }>): Promise<unknown>;
  /** Runs one job by name now (e.g. the ingest asks the alerts job to count). */
  request(name: string, by: string): Promise<void>;
  /** The periodic alarms to (re)create on install and start-up. */
  periodicAlarms(): AlarmSpec[];
}

export function createJobs(jobs: readonly Job[], report: (r: JobReport) => void): Jobs {
  const names = new Set<string>();
  const byMessage = new Map<string, Job>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
    names.add(job.name);
    for (const type of job.messages ?? []) {
      if (byMessage.has(type)) throw new Error(`message ${type} is answered by ${byMessage.get(type)!.name} and ${job.name}`);
      byMessage.set(type, job);
    }
  }
  const chains = new Map<string, Promise<unknown>>();

  const start = <R>(job: Job<R>, trigger: Trigger): Promise<R> => {
    if (!job.exclusive) return job.run(trigger);
    const next = (chains.get(job.name) ?? Promise.resolve()).then(
      () => job.run(trigger),
      () => job.run(trigger),
    );
    chains.set(job.name, next.catch(() => undefined));
    return next;
  };

  const safely = (job: Job, trigger: Trigger): Promise<void> =>
    start(job, trigger).then(
      () => undefined,
      (error: unknown) => report({ job: job.name, trigger: trigger.kind, error }),
    );

  const concerns = (job: Job, t: Trigger): boolean => {
    switch (t.kind) {
      case 'install':
        return job.onInstall === true;
      case 'startup':
        return job.onStartup === true;
      case 'alarm':
        return job.alarm?.name === t.name;
      case 'storage':
        return job.storageKeys?.includes(t.key) === true || job.storagePrefixes?.some((p) => t.key.startsWith(p)) === true;
      case 'message':
        return job.messages?.includes(t.type) === true;
      case 'request':
        return false;
    }
  };

  return {
    async dispatch(trigger) {
      await Promise.all(jobs.filter((j) => concerns(j, trigger)).map((j) => safely(j, trigger)));
    },
    answers: (type) => byMessage.get(type),
    answer(job, trigger) {
      return start(job, trigger).catch((error: unknown) => {
        report({ job: job.name, trigger: trigger.kind, error });
        throw error;
      });
    },
    async request(name, by) {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`no job named ${name}`);
      await safely(job, { kind: 'request', by });
    },
    periodicAlarms: () => jobs.flatMap((j) => (j.alarm?.periodInMinutes ? [j.alarm] : [])),
  };
}
