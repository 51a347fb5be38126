/**
 * "Open the panel on this alert": the background writes `{ id, at }` under ALERT_FOCUS_KEY in
 * storage.local when a notification is clicked; the panel reads it at start and listens for it.
 * A request older than FOCUS_MAX_AGE_MS is ignored (the panel was opened some other way later).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

export const ALERT_FOCUS_KEY = 'alertFocus';
export const FOCUS_MAX_AGE_MS = 2 * 60_000;

const FocusSchema = z.object({ id: z.string().max(120), at: z.iso.datetime() });

export function parseFocus(raw: unknown, now: number): string | undefined {
  const parsed = FocusSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return now - Date.parse(parsed.data.at) <= FOCUS_MAX_AGE_MS ? parsed.data.id : undefined;
}

/** The alert id from `#alert=<id>` (the fallback tab) or a recent focus request; clears it. */
export async function takeFocus(hash: string, now: number): Promise<string | undefined> {
  const m = /^#alert=(.+)$/.exec(hash);
  if (m) return decodeURIComponent(m[1]!);
  const stored = await browser.storage.local.get(ALERT_FOCUS_KEY);
  const id = parseFocus(stored[ALERT_FOCUS_KEY], now);
  if (stored[ALERT_FOCUS_KEY] !== undefined) await browser.storage.local.remove(ALERT_FOCUS_KEY);
  return id;
}

export function onFocusRequested(cb: (id: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ALERT_FOCUS_KEY in changes)) return;
    const id = parseFocus(changes[ALERT_FOCUS_KEY]?.newValue, Date.now());
    if (id) {
      cb(id);
      void browser.storage.local.remove(ALERT_FOCUS_KEY);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
