/**
 * E2E-ONLY hooks: a movable background clock and a way to run the surge alarm's tick now.
 *
 * Why: surge buckets are by POSTED time and close 15 minutes after they end on the background's
 * clock, mentions stored after their bucket closed are "late" and not counted (lib/alerts/buckets.ts),
 * and the Balanced detector warms up for a day (lib/surge/presets.ts). So replaying a stream in real
 * time can never fire a surge inside a test. tests/e2e/surge.mjs instead walks this clock forward
 * over two days, sending each slice of mentions through the ordinary `mentions/ingest` path.
 *
 * Only reachable in the dedicated e2e build (`npm run build:e2e` = `wxt build --mode e2e`, output
 * `.output/chrome-mv3-e2e`): index.ts creates the hooks under `import.meta.env.MODE === 'e2e'`,
 * which Vite replaces by a literal, so every other build drops this module. tests/e2e/surge.mjs
 * checks the production bundle does not contain `E2E_MARKER`.
 *
 * Messages (from our own extension pages only, never from content scripts or other extensions):
 * - `{ type: 'debug/set-clock', at: ISO }`: the background's `now()` reads `at` from here on
 *   (kept as an offset from the real clock, so time still flows);
 * - `{ type: 'debug/surge-tick' }`: run the surge alarm's job now and wait for it;
 * - `{ type: 'debug/team-put-raw', id, fill }`: write an oversized document into the team
 *   replica without the size check (tests/e2e/team.mjs: the server's 413).
 */
import { z } from 'zod';

/** A string only this module contains: the build check looks for it. */
export const E2E_MARKER = 'crisis-desk-e2e-hooks';

export interface E2eSender {
  id?: string;
  url?: string;
}

export type E2eReply = { ok: true; marker: string; now: string } | { ok: false; error: string };

export interface E2eHooks {
  /** The background's clock: real time plus the offset set by `debug/set-clock`. */
  now(): Date;
  /** Answers a `debug/*` message, or returns undefined for every other message. */
  handle(
    raw: unknown,
    sender: E2eSender,
    deps: { extensionId: string | undefined; tick(): Promise<void>; teamPutRaw?(doc: Record<string, unknown> & { _id: string }): Promise<void> },
  ): Promise<E2eReply> | undefined;
}

export function createE2eHooks(realNow: () => number = () => Date.now()): E2eHooks {
  // Built here, not at module level: a module-level zod call counts as a side effect, so the
  // bundler would keep it (and the debug strings) in builds that never call this function.
  const DebugMessageSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('debug/set-clock'), at: z.iso.datetime() }),
    z.object({ type: z.literal('debug/surge-tick') }),
    // The team e2e: a document the size check would never let in (an older build's, another
    // tool's), written straight into the replica, to see what the server's refusal does.
    z.object({ type: z.literal('debug/team-put-raw'), id: z.string().min(1).max(200), fill: z.number().int().min(0).max(100 * 1024 * 1024) }),
  ]);
  let offsetMs = 0;
  const now = () => new Date(realNow() + offsetMs);
  return {
    now,
    handle(raw, sender, deps) {
      if (typeof raw !== 'object' || raw === null || !String((raw as { type?: unknown }).type).startsWith('debug/')) return undefined;
      // Extension pages only: a content script's sender has our id too, but a host page's URL.
      const ours = deps.extensionId !== undefined && sender.id === deps.extensionId;
      if (!ours || !sender.url?.startsWith(`chrome-extension://${deps.extensionId}/`)) {
        return Promise.resolve({ ok: false, error: `${E2E_MARKER}: refused sender` });
      }
      const parsed = DebugMessageSchema.safeParse(raw);
      if (!parsed.success) return Promise.resolve({ ok: false, error: `${E2E_MARKER}: malformed debug message` });
      const msg = parsed.data;
      if (msg.type === 'debug/set-clock') {
        offsetMs = Date.parse(msg.at) - realNow();
        return Promise.resolve({ ok: true, marker: E2E_MARKER, now: now().toISOString() });
      }
      if (msg.type === 'debug/team-put-raw') {
        if (!deps.teamPutRaw) return Promise.resolve({ ok: false, error: `${E2E_MARKER}: no team runtime` });
        const doc = { _id: msg.id, type: 'incident', v: 1, by: 'e2e', updatedAt: now().toISOString(), incident: { id: msg.id, blob: 'z'.repeat(msg.fill) } };
        return deps.teamPutRaw(doc).then(
          () => ({ ok: true as const, marker: E2E_MARKER, now: now().toISOString() }),
          (err: unknown) => ({ ok: false as const, error: String(err) }),
        );
      }
      return deps.tick().then(() => ({ ok: true as const, marker: E2E_MARKER, now: now().toISOString() }));
    },
  };
}
