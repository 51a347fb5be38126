/**
 * Writing the team's view of mentions into the `mentions` store (lib/team/mapping.ts decides,
 * this writes). One readwrite transaction per batch, with only IndexedDB work inside it: the
 * replica is read before (PouchDB's awaits would let the transaction commit early).
 */
import type { StoredMention } from '../schema.ts';
import type { CrisisDb } from './open.ts';
import { parseDecided } from './decided.ts';
import { parseStoredRow } from './rows.ts';
import { abortQuietly, quiet } from './tx.ts';

/**
 * For each id, `next(current)` returns the row to store or undefined to leave it. A mention the
 * team decided and retention removed here (its tombstone, decided.ts) is not brought back.
 * Returns the rows written.
 */
export async function applyTeamRows(
  db: CrisisDb,
  ids: readonly string[],
  next: (id: string, current: StoredMention | undefined) => StoredMention | undefined,
): Promise<StoredMention[]> {
  if (ids.length === 0) return [];
  const tx = db.transaction(['mentions', 'decided'], 'readwrite');
  const done = quiet(tx.done);
  const mentions = tx.objectStore('mentions');
  const decided = tx.objectStore('decided');
  try {
    const [rows, stones] = await Promise.all([
      Promise.all(ids.map((id) => quiet(mentions.get(id)))),
      Promise.all(ids.map((id) => quiet(decided.get(id)))),
    ]);
    const written: StoredMention[] = [];
    const puts: Promise<unknown>[] = [];
    ids.forEach((id, i) => {
      const current = parseStoredRow(rows[i]);
      // A damaged row is left for the inbox to report; a new row never replaces it.
      if (!current && rows[i] !== undefined) return;
      if (!current && parseDecided(stones[i])) return;
      const row = next(id, current);
      if (!row) return;
      written.push(row);
      puts.push(quiet(mentions.put(row)));
    });
    await Promise.all([...puts, done]);
    return written;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}
