/**
 * The background's re-check of stored mentions (lib/reflag.ts). It runs when the worker starts,
 * when the settings change and on the hourly retention alarm; it does nothing when the stored
 * progress already matches the current targets (analyser version + languages; watch list). Work
 * goes in batches with a pause between them so ingest and the panel stay responsive; progress is
 * saved after every batch, so a killed worker resumes from the last id done.
 */
import { reflagBatch, reflagTargets } from '@/lib/reflag';
import type { CrisisDb } from '@/lib/db/open';
import type { Job } from '@/lib/jobs';
import type { Analysis, Mention, ReflagState, Settings, StoredMention } from '@/lib/schema';

/** Rows per batch: under MAX_BATCH (500), the most a mentions/changed or verdicts/changed message holds. */
export const REFLAG_BATCH = 300;
/** Batches per run before yielding for longer; the next trigger (or the timer) goes on. */
const BATCHES_PER_RUN = 40;

export interface ReflagJobDeps {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  analyze(m: Mention, s: Settings): Analysis;
  analyzerVersion: string;
  loadState(): Promise<ReflagState | undefined>;
  saveState(s: ReflagState): Promise<void>;
  now(): Date;
  /** Rows whose flag or analysis changed: panel refresh, page badges, toolbar badge. */
  onChanged(rows: StoredMention[]): void;
  /** Between batches (a macrotask in the worker; nothing in tests). */
  pause(): Promise<void>;
  log(msg: string, detail?: unknown): void;
  /** After each run: why it failed, or undefined when it got through (the panel shows a failure;
   * a silent one would leave stored flags out of date with nobody knowing). */
  reportOutcome(failure: string | undefined): Promise<void>;
}

/** `failed`: the run stopped on an error (reported); retrying at once would likely fail again. */
export interface ReflagRun {
  done: boolean;
  failed?: true;
}

export interface ReflagJob {
  /** Start (or join) a run; resolves when it stopped: done, failed, or after BATCHES_PER_RUN batches. */
  run(): Promise<ReflagRun>;
}

export function createReflagJob(deps: ReflagJobDeps): ReflagJob {
  let running: Promise<ReflagRun> | undefined;
  // A trigger during a run (the settings changed again) runs once more afterwards, with the
  // settings as they are then.
  let again = false;

  async function work(): Promise<{ done: boolean }> {
    const [db, settings, saved] = await Promise.all([deps.getDb(), deps.loadSettings(), deps.loadState()]);
    const { analysis, flags } = reflagTargets(settings, deps.analyzerVersion);
    const current = saved && saved.analysisTarget === analysis && saved.flagTarget === flags;
    let state: ReflagState = current
      ? saved
      : {
          analysisTarget: analysis,
          flagTarget: flags,
          // Re-analyse when the analyser or languages changed, or when an unfinished pass that was
          // re-analysing is replaced (its later rows still carry the old analysis).
          reanalyse: !saved || saved.analysisTarget !== analysis || (!saved.done && saved.reanalyse),
          done: false,
          examined: 0,
          changed: 0,
          updatedAt: deps.now().toISOString(),
        };
    if (state.done) return { done: true };
    for (let i = 0; i < BATCHES_PER_RUN; i++) {
      const batch = await reflagBatch({ db, settings, analyze: deps.analyze, reanalyse: state.reanalyse }, state.after, REFLAG_BATCH);
      state = {
        ...state,
        ...(batch.last === undefined ? {} : { after: batch.last }),
        done: batch.done,
        examined: state.examined + batch.examined,
        changed: state.changed + batch.changed.length,
        updatedAt: deps.now().toISOString(),
      };
      await deps.saveState(state);
      if (batch.changed.length > 0) deps.onChanged(batch.changed);
      if (state.done) {
        deps.log(`re-check of stored mentions done: ${state.examined} examined, ${state.changed} changed`);
        return { done: true };
      }
      await deps.pause();
    }
    return { done: false };
  }

  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      const loop = async (): Promise<ReflagRun> => {
        let result: ReflagRun;
        let failure: string | undefined;
        do {
          again = false;
          failure = undefined;
          result = await work().catch((err: unknown): ReflagRun => {
            deps.log('re-check of stored mentions failed', err);
            failure = err instanceof Error ? err.message : String(err);
            return { done: false, failed: true };
          });
        } while (again);
        await deps.reportOutcome(failure).catch((err: unknown) => deps.log('re-check outcome not saved', err));
        return result;
      };
      running = loop().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

/**
 * The re-check as a background job: on install/update (a new analyser version), at browser start,
 * when the settings change, and after retention. A run that stopped before the end (a long store)
 * goes on shortly through `again`; a failed one (shown in the panel) waits for the next trigger.
 */
export function reflagJobSpec(reflag: ReflagJob, again: () => void, ready: () => Promise<void> = async () => undefined): Job<ReflagRun> {
  return {
    name: 'reflag',
    onInstall: true,
    onStartup: true,
    storageKeys: ['local:settings'],
    async run() {
      // A re-analysis needs the language table (installed at start-up in the extension).
      await ready();
      const outcome = await reflag.run();
      if (!outcome.done && !outcome.failed) again();
      return outcome;
    },
  };
}
