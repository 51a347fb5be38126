/**
 * Template packs in `browser.storage.local` (issue 12): pinned approver keys, subscriptions and
 * the packs taken, each a versioned item with its zod schema (runtime/stored-item.ts). The
 * background's pack job (entrypoints/background/pack-job.ts) is the one writer; extension pages
 * read and watch them, and change them by messaging the job.
 *
 * A damaged list keeps its readable entries (each entry parsed alone) rather than falling back to
 * empty: an empty key list would mean "accept unsigned packs".
 */
import type { z } from 'zod';
import { describeIssues, type Salvaged } from '../lib/stored-value.ts';
import {
  AcceptedPackSchema,
  PACK_SYNC_LIMITS,
  AcceptedPacksSchema,
  PinnedKeySchema,
  PinnedKeysSchema,
  SubscriptionSchema,
  SubscriptionsSchema,
  type AcceptedPack,
  type PinnedKey,
  type Subscription,
} from '../lib/packs/schema.ts';
import { defineStoredItem } from './stored-item.ts';

/** Keeps the entries of a stored array that parse; names the others. */
export function salvageEntries<T>(entry: z.ZodType<T>, max: number) {
  return (raw: unknown): Salvaged<T[]> => {
    if (!Array.isArray(raw)) return { value: [], problems: ['(value): not a list'] };
    const value: T[] = [];
    const problems: string[] = [];
    raw.slice(0, max).forEach((item, i) => {
      const parsed = entry.safeParse(item);
      if (parsed.success) value.push(parsed.data);
      else problems.push(`[${i}] ${describeIssues(parsed.error, 1)}`);
    });
    return { value, problems };
  };
}

/** The approvers' public keys the team trusts. */
export const packKeysItem = defineStoredItem<PinnedKey[]>({
  key: 'local:packKeys',
  schema: PinnedKeysSchema,
  fallback: [],
  version: 1,
  salvage: salvageEntries(PinnedKeySchema, PACK_SYNC_LIMITS.pinnedKeys),
});

/** Subscribed pack addresses with their schedule, last success and last error. */
export const packSubscriptionsItem = defineStoredItem<Subscription[]>({
  key: 'local:packSubscriptions',
  schema: SubscriptionsSchema,
  fallback: [],
  version: 1,
  salvage: salvageEntries(SubscriptionSchema, PACK_SYNC_LIMITS.subscriptions),
});

/** The packs taken (one per pack id), as signed canonical text with what was decided about them. */
export const acceptedPacksItem = defineStoredItem<AcceptedPack[]>({
  key: 'local:packs',
  schema: AcceptedPacksSchema,
  fallback: [],
  version: 1,
  salvage: salvageEntries(AcceptedPackSchema, PACK_SYNC_LIMITS.packs),
});
