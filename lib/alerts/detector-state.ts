/**
 * Checking a stored detector state before resuming from it. lib/surge owns the state's shape and
 * may change it; rather than duplicating its schema here, a stored state is accepted when it has
 * exactly the shape of a fresh one (same keys, same kinds of values, same array lengths). Anything
 * else — an older detector version, a damaged record — resets the scope with a visible note.
 */
import { initialSurgeState, type SurgeState } from '../surge/index.ts';

function sameShape(fresh: unknown, stored: unknown, path: string): string | undefined {
  if (Array.isArray(fresh)) {
    if (!Array.isArray(stored)) return `${path} is not a list`;
    if (stored.length !== fresh.length) return `${path} has ${stored.length} entries, expected ${fresh.length}`;
    for (let i = 0; i < stored.length; i++) {
      if (typeof stored[i] !== 'number' || Number.isNaN(stored[i])) return `${path}[${i}] is not a number`;
    }
    return undefined;
  }
  if (typeof fresh === 'number' || fresh === null) {
    // `null` and numbers are interchangeable (e.g. "no bucket yet" vs a bucket start); NaN is not.
    if (stored === null || (typeof stored === 'number' && !Number.isNaN(stored))) return undefined;
    return `${path} is not a number`;
  }
  if (typeof fresh === 'object' && fresh !== null) {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return `${path} is not an object`;
    const want = Object.keys(fresh).sort();
    const got = Object.keys(stored).sort();
    if (want.join() !== got.join()) return `${path || 'state'} has fields ${got.join(', ')}; expected ${want.join(', ')}`;
    for (const key of want) {
      const f = (fresh as Record<string, unknown>)[key];
      const v = (stored as Record<string, unknown>)[key];
      // A state written by another detector version never resumes, whatever its shape.
      if (key === 'version' && v !== f) return `detector state version ${JSON.stringify(v)}, expected ${JSON.stringify(f)}`;
      const problem = sameShape((fresh as Record<string, unknown>)[key], (stored as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
    return undefined;
  }
  return stored === fresh ? undefined : `${path} is ${JSON.stringify(stored)}, expected ${JSON.stringify(fresh)}`;
}

export type RestoredState = { ok: true; state: SurgeState } | { ok: false; problem: string };

export function restoreDetectorState(stored: unknown): RestoredState {
  const problem = sameShape(initialSurgeState(), stored, '');
  return problem ? { ok: false, problem: problem.slice(0, 300) } : { ok: true, state: stored as SurgeState };
}
