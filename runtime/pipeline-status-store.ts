/**
 * The background's own health in `storage.local` under `pipelineStatus`: when it last stored a
 * batch, and the last storage failure (a full quota, a broken database). The side panel shows the
 * failure; a failing store must never be silent.
 */
import { browser } from 'wxt/browser';
import { PipelineStatusSchema, type PipelineStatus } from '../lib/schema.ts';

export const PIPELINE_STATUS_KEY = 'pipelineStatus';

export async function loadPipelineStatus(): Promise<PipelineStatus> {
  const got = await browser.storage.local.get(PIPELINE_STATUS_KEY);
  const parsed = PipelineStatusSchema.safeParse(got[PIPELINE_STATUS_KEY]);
  return parsed.success ? parsed.data : {};
}

/** Merge `patch` in; a field given as undefined (`lastError: undefined`) is cleared. Called after
 * every ingested batch, so it writes (and wakes storage listeners) only when something changed. */
export async function patchPipelineStatus(patch: Partial<PipelineStatus>): Promise<void> {
  const prev = await loadPipelineStatus();
  const next: PipelineStatus = { ...prev, ...patch };
  for (const key of Object.keys(patch) as (keyof PipelineStatus)[]) if (patch[key] === undefined) delete next[key];
  if (JSON.stringify(next) === JSON.stringify(prev)) return;
  await browser.storage.local.set({ [PIPELINE_STATUS_KEY]: next });
}

export function onPipelineStatusChanged(cb: (s: PipelineStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PIPELINE_STATUS_KEY in changes)) return;
    const parsed = PipelineStatusSchema.safeParse(changes[PIPELINE_STATUS_KEY]?.newValue);
    cb(parsed.success ? parsed.data : {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
