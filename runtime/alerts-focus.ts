/**
 * "Open the panel on this alert": the background stores `{ id, at }` (alertFocusItem) when a
 * notification is clicked; the panel reads it at start and watches it. A request older than
 * FOCUS_MAX_AGE_MS is ignored (the panel was opened some other way later).
 */
import type { AlertFocus } from '../lib/schema.ts';
import { alertFocusItem } from './storage-items.ts';

export const FOCUS_MAX_AGE_MS = 2 * 60_000;

export function focusId(focus: AlertFocus | null, now: number): string | undefined {
  return focus && now - Date.parse(focus.at) <= FOCUS_MAX_AGE_MS ? focus.id : undefined;
}

export function requestFocus(id: string, now: Date): Promise<unknown> {
  return alertFocusItem.set({ id, at: now.toISOString() });
}

/** The alert id from `#alert=<id>` (the fallback tab) or a recent focus request; clears it. */
export async function takeFocus(hash: string, now: number): Promise<string | undefined> {
  const m = /^#alert=(.+)$/.exec(hash);
  if (m) return decodeURIComponent(m[1]!);
  const stored = await alertFocusItem.get();
  if (stored) await alertFocusItem.remove();
  return focusId(stored, now);
}

export function onFocusRequested(cb: (id: string) => void): () => void {
  return alertFocusItem.watch((focus) => {
    const id = focusId(focus, Date.now());
    if (!id) return;
    cb(id);
    void alertFocusItem.remove();
  });
}
