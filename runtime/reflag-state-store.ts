/** The re-check pass's progress in storage.local `reflagState` (ReflagStateSchema). */
import { browser } from 'wxt/browser';
import { ReflagStateSchema, type ReflagState } from '../lib/schema.ts';

export const REFLAG_STATE_KEY = 'reflagState';

export async function loadReflagState(): Promise<ReflagState | undefined> {
  const got = await browser.storage.local.get(REFLAG_STATE_KEY);
  const parsed = ReflagStateSchema.safeParse(got[REFLAG_STATE_KEY]);
  // Unreadable progress is no progress: the pass starts again from the first id.
  return parsed.success ? parsed.data : undefined;
}

export async function saveReflagState(state: ReflagState): Promise<void> {
  await browser.storage.local.set({ [REFLAG_STATE_KEY]: ReflagStateSchema.parse(state) });
}
