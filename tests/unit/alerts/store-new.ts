/** Stores rows the way the ingest pipeline stores NEW mentions: each row with its surge-pending
 * marker, in one transaction, so the surge engine's next run counts them. */
import type { CrisisDb } from '../../../lib/db/open.ts';
import type { StoredMention } from '../../../lib/schema.ts';

export async function storeNew(db: CrisisDb, rows: readonly StoredMention[], now: number): Promise<void> {
  const tx = db.transaction(['mentions', 'surge-pending'], 'readwrite');
  for (const r of rows) {
    void tx.objectStore('mentions').put(r);
    void tx.objectStore('surge-pending').put({ id: r.id, createdAt: new Date(now).toISOString() });
  }
  await tx.done;
}
