/**
 * Undo for the inbox's actions: every status change (one row, a brigade, a bulk selection) is one
 * entry holding what each mention was before, undoable for UNDO_MS (Gmail and Gorgias give about
 * ten seconds; long enough to notice a slip, short enough that the toast does not linger). Time
 * is passed in.
 */
import type { MentionStatus, StatusBefore } from '../schema.ts';

export const UNDO_MS = 10_000;

export interface UndoEntry {
  /** Increasing; names the entry in the toast. */
  seq: number;
  /** The status the action set. */
  status: MentionStatus;
  /** How many mentions it changed. */
  count: number;
  before: StatusBefore[];
  at: number;
}

export class UndoLog {
  private entries: UndoEntry[] = [];
  private seq = 0;

  push(status: MentionStatus, before: StatusBefore[], at: number): UndoEntry {
    const entry: UndoEntry = { seq: ++this.seq, status, count: before.length, before, at };
    this.entries.push(entry);
    return entry;
  }

  /** The newest entry still undoable at `now`. */
  latest(now: number): UndoEntry | undefined {
    this.expire(now);
    return this.entries.at(-1);
  }

  /** Remove and return an entry (the newest by default) if still undoable. */
  take(now: number, seq?: number): UndoEntry | undefined {
    this.expire(now);
    const i = seq === undefined ? this.entries.length - 1 : this.entries.findIndex((e) => e.seq === seq);
    if (i < 0) return undefined;
    return this.entries.splice(i, 1)[0];
  }

  private expire(now: number): void {
    this.entries = this.entries.filter((e) => now - e.at < UNDO_MS);
  }
}
