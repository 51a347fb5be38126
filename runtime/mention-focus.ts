/**
 * "Open the panel on this mention": the background stores `{ id, at }` when an in-page badge is
 * clicked (entrypoints/background/open-mention.ts); the panel reads it at start and watches it,
 * like alert focus (alerts-focus.ts). Kept apart from inbox-state.ts so the background bundles
 * only this.
 */
import { MentionFocusSchema, type MentionFocus } from '../lib/schema.ts';
import { defineStoredItem } from './stored-item.ts';

/** Which mention a clicked badge asked the panel to show. */
export const mentionFocusItem = defineStoredItem<MentionFocus | null>({
  key: 'local:mentionFocus',
  schema: MentionFocusSchema.nullable(),
  fallback: null,
});

/** Like alert focus (alerts-focus.ts): a request older than this is ignored. */
export const MENTION_FOCUS_MAX_AGE_MS = 2 * 60_000;

export function mentionFocusId(focus: MentionFocus | null, now: number): string | undefined {
  return focus && now - Date.parse(focus.at) <= MENTION_FOCUS_MAX_AGE_MS ? focus.id : undefined;
}

/** `intent: 'reply'`: the badge's Reply button (issue 11) asks for the reply view. */
export function requestMentionFocus(id: string, now: Date, intent?: 'reply'): Promise<unknown> {
  return mentionFocusItem.set({ id, at: now.toISOString(), ...(intent ? { intent } : {}) });
}

/** A mention to show, and whether the reply view was asked for (issue 11). */
export interface MentionFocusRequest {
  id: string;
  intent?: 'reply';
}

/** A recent request (or `#mention=<id>` / `#reply=<id>`, the fallback tab), cleared once read. */
export async function takeMentionFocus(hash: string, now: number): Promise<MentionFocusRequest | undefined> {
  const m = /^#(mention|reply)=(.+)$/.exec(hash);
  if (m) return { id: decodeURIComponent(m[2]!), ...(m[1] === 'reply' ? { intent: 'reply' as const } : {}) };
  const stored = await mentionFocusItem.get();
  if (stored) await mentionFocusItem.remove();
  const id = mentionFocusId(stored, now);
  return id ? { id, ...(stored?.intent ? { intent: stored.intent } : {}) } : undefined;
}

export function onMentionFocus(cb: (id: string, intent?: 'reply') => void): () => void {
  return mentionFocusItem.watch((focus) => {
    const id = mentionFocusId(focus, Date.now());
    if (!id) return;
    cb(id, focus?.intent);
    void mentionFocusItem.remove();
  });
}
