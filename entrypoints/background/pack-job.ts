/**
 * The pack-sync job (issue 12): refreshes subscribed template packs on an alarm (each on its own
 * schedule and back-off: lib/packs/subscriptions.ts) and at browser start, and answers the options
 * page's `packs/*` messages (subscribe, refresh now, import, pin a key…). It is the one writer of
 * the pack items, and its runs never overlap, so every change is a safe read-modify-write.
 *
 * The browser comes in here only: fetch, the optional host permission of a pack's site, storage.
 */
import { browser } from 'wxt/browser';
import type { Job } from '@/lib/jobs';
import { createPackSync, type PackReply, type PackSync } from '@/lib/packs/service';
import { PACK_MESSAGE_TYPES, PackMessageSchema, type PackAttempt } from '@/lib/packs/schema';
import { acceptedPacksItem, packKeysItem, packSubscriptionsItem } from '@/runtime/pack-items';

export const PACK_SYNC_ALARM = 'pack-sync';
/** How often the alarm looks for subscriptions whose time has come (each has its own schedule). */
export const PACK_SYNC_PERIOD_MINUTES = 15;

export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function createBrowserPackSync(deps: { now(): Date; log(msg: string, detail?: unknown): void }): PackSync {
  return createPackSync({
    store: {
      loadPacks: () => acceptedPacksItem.get(),
      savePacks: (p) => acceptedPacksItem.set(p),
      loadSubscriptions: () => packSubscriptionsItem.get(),
      saveSubscriptions: (s) => packSubscriptionsItem.set(s),
      loadKeys: () => packKeysItem.get(),
      saveKeys: (k) => packKeysItem.set(k),
    },
    fetch: (url, init) => fetch(url, init),
    hasPermission: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    now: deps.now,
    log: deps.log,
  });
}

export function packSyncJob(sync: PackSync): Job<PackReply | PackAttempt[]> {
  return {
    name: 'pack-sync',
    onStartup: true,
    alarm: { name: PACK_SYNC_ALARM, periodInMinutes: PACK_SYNC_PERIOD_MINUTES, delayInMinutes: 1 },
    messages: PACK_MESSAGE_TYPES,
    exclusive: true,
    run(trigger) {
      if (trigger.kind !== 'message') return sync.refreshDue();
      const parsed = PackMessageSchema.safeParse(trigger.message);
      if (!parsed.success) return Promise.resolve({ ok: false, error: 'malformed pack message', code: 'invalid' });
      return sync.handle(parsed.data);
    },
  };
}
