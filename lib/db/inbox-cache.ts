/**
 * The `inbox-cache` store (migration 6): one record, the side panel's digest of every flagged
 * mention (lib/inbox/digest.ts), so a panel that opens over 50,000 mentions shows its first page
 * at once instead of after reading every row. It is a cache: the panel reads the store again
 * after showing the first page and replaces whatever changed while it was closed. A record that
 * fails its schema (damaged, or written by another digest format) reads as none.
 */
import { DigestSnapshotSchema, SNAPSHOT_KEY, type DigestSnapshot } from '../inbox/digest.ts';
import { FIRST_SCREEN_KEY, FirstScreenSchema, type FirstScreen } from '../inbox/first-screen.ts';
import { INBOX_CACHE_STORE } from './inbox-cache-store.ts';
import type { CrisisDb } from './open.ts';

export { INBOX_CACHE_STORE } from './inbox-cache-store.ts';

export async function loadDigestSnapshot(db: CrisisDb): Promise<DigestSnapshot | undefined> {
  const raw: unknown = await db.get(INBOX_CACHE_STORE, SNAPSHOT_KEY);
  const parsed = DigestSnapshotSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function saveDigestSnapshot(db: CrisisDb, snapshot: DigestSnapshot): Promise<void> {
  await db.put(INBOX_CACHE_STORE, DigestSnapshotSchema.parse(snapshot));
}

export async function clearDigestSnapshot(db: CrisisDb): Promise<void> {
  await db.delete(INBOX_CACHE_STORE, SNAPSHOT_KEY);
}

export async function loadFirstScreen(db: CrisisDb): Promise<FirstScreen | undefined> {
  const parsed = FirstScreenSchema.safeParse(await db.get(INBOX_CACHE_STORE, FIRST_SCREEN_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function saveFirstScreen(db: CrisisDb, screen: FirstScreen): Promise<void> {
  await db.put(INBOX_CACHE_STORE, FirstScreenSchema.parse(screen));
}
