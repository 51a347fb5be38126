import type { PipelineStatus } from './schema.ts';

/**
 * `prev` with `patch` merged in; a field given as undefined (`lastError: undefined`) is cleared.
 * Undefined when nothing changes: the background patches after every ingested batch, and must
 * write (and wake every open panel's storage listener) only when something did.
 */
export function patchPipelineStatus(prev: PipelineStatus, patch: Partial<PipelineStatus>): PipelineStatus | undefined {
  const next: PipelineStatus = { ...prev, ...patch };
  for (const key of Object.keys(patch) as (keyof PipelineStatus)[]) if (patch[key] === undefined) delete next[key];
  return JSON.stringify(next) === JSON.stringify(prev) ? undefined : next;
}
