/**
 * Reading the mentions an export takes, in pages, oldest first. Never one `getAll` of the store:
 * each page is one `getAll(range, pageSize)` on the compound inbox index that serves the filter's
 * fixed fields (`[flagged, …filters, sortAt, id]`, indexes.ts), its range narrowed to the time
 * range, and the next page starts just after the last key read; the read after it is asked for
 * as soon as one arrives. Each read is its own short transaction: the export hashes and encodes
 * between pages (not IndexedDB work, which would let a transaction commit under us), and the
 * background's writes slot in between.
 *
 * With flagged and unflagged rows both asked for, the two ranges of the same index are read side
 * by side and merged, so the export is still in time order. A row changed while the export runs
 * may or may not be in it; none is read twice from one range.
 */
import type { ExportFilter } from '../export/filter.ts';
import type { ExportPage } from '../export/run.ts';
import { ExportRowSchema, type ExportRow } from '../schema.ts';
import type { KeyPrefix } from './key-ranges.ts';
import { planInbox } from './mentions.ts';
import type { CrisisDb } from './open.ts';

/** Rows per IndexedDB read, ~2 MB of rows a read; each range holds the batch being merged and the
 * one read ahead (two ranges when flagged and unflagged rows are merged). In Chromium an index
 * `getAll` of 500 rows cost more per row than one of 2,000 (bench/export.ts, 20,000 rows: 5.2 s
 * against 3.1 s for the reads, on this shared machine), and a page is also one progress step: 50
 * steps for 100,000 rows. */
export const EXPORT_PAGE_SIZE = 2000;

type Prefix = KeyPrefix;

/** The range of `prefix` within [from, to) by sortAt, starting after `after` (a full key, read
 * from inside this range, so always below its upper end). Undefined when the range is empty. */
function pageRange(prefix: Prefix, filter: ExportFilter, after: IDBValidKey[] | undefined): IDBKeyRange | undefined {
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) return undefined;
  // [...prefix, x] sorts before every [...prefix, x, id]; [...prefix, []] after every key of the prefix.
  const upper: IDBValidKey = filter.to !== undefined ? [...prefix, filter.to] : [...prefix, []];
  const lower: IDBValidKey = after ?? (filter.from !== undefined ? [...prefix, filter.from] : [...prefix]);
  return IDBKeyRange.bound(lower, upper, after !== undefined, true);
}

/** How many rows the export will scan (the progress bar's maximum): index entries in its ranges. */
export async function countExportRows(db: CrisisDb, filter: ExportFilter): Promise<number> {
  const plan = planInbox(filter);
  const index = db.transaction('mentions', 'readonly').store.index(plan.index);
  let total = 0;
  for (const prefix of plan.prefixes) {
    const range = pageRange(prefix, filter, undefined);
    if (range) total += await index.count(range);
  }
  return total;
}

/** A row as the index holds it: its key fields are valid keys even if the row is damaged. */
type RawRow = { sortAt: IDBValidKey; id: IDBValidKey };

/**
 * One range of the index, read a batch at a time. The next batch is asked for as soon as one
 * arrives, so IndexedDB (another process in a browser) reads it while this one is parsed and
 * encoded: at most two batches per range are held.
 */
interface RangeReader {
  prefix: Prefix;
  batch: unknown[];
  /** The next row of `batch` to merge. */
  pos: number;
  /** The next batch; undefined once the range is read to its end. */
  pending: Promise<unknown[]> | undefined;
}

function readBatch(db: CrisisDb, plan: ReturnType<typeof planInbox>, prefix: Prefix, filter: ExportFilter, pageSize: number, after: IDBValidKey[] | undefined): Promise<unknown[]> | undefined {
  const range = pageRange(prefix, filter, after);
  if (!range) return undefined;
  const request = db.transaction('mentions', 'readonly').store.index(plan.index).getAll(range, pageSize);
  // Awaited later; a failure surfaces there, not as an unhandled rejection if the export stops first.
  request.catch(() => undefined);
  return request;
}

/** IndexedDB's order for the key parts we meet (W3C IndexedDB 3.0, "compare two keys"): numbers
 * before strings, strings by UTF-16 code units like `<`. A sortAt that is not a string only comes
 * from a damaged row, which is skipped anyway; it just has to sort consistently. */
function comparePart(a: IDBValidKey | undefined, b: IDBValidKey | undefined): number {
  const ta = typeof a === 'number' ? 0 : typeof a === 'string' ? 1 : 2;
  const tb = typeof b === 'number' ? 0 : typeof b === 'string' ? 1 : 2;
  if (ta !== tb) return ta - tb;
  if (ta === 2) return 0;
  return (a as number | string) < (b as number | string) ? -1 : (a as number | string) > (b as number | string) ? 1 : 0;
}

/** Oldest first: negative when row `a` sorts before row `b` by (sortAt, id), as in the index. */
function compareRows(a: RawRow, b: RawRow): number {
  return comparePart(a.sortAt, b.sortAt) || comparePart(a.id, b.id);
}

export interface ExportPagesOptions {
  pageSize?: number;
}

/**
 * The filter's rows in pages of at most `pageSize`, oldest first (by sortAt, then id), parsed with
 * ExportRowSchema (the fields an export reads). Rows that do not parse are left out and counted in
 * `skipped`. Only the index part of the filter is
 * applied here; the caller checks each row with `matchesExportFilter`.
 */
export async function* readExportPages(db: CrisisDb, filter: ExportFilter, opts: ExportPagesOptions = {}): AsyncGenerator<ExportPage<ExportRow>> {
  const pageSize = opts.pageSize ?? EXPORT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`bad pageSize ${pageSize}`);
  const plan = planInbox(filter);
  const readers: RangeReader[] = plan.prefixes.map((prefix) => ({ prefix, batch: [], pos: 0, pending: readBatch(db, plan, prefix, filter, pageSize, undefined) }));
  /** Moves to the reader's next batch (and asks for the one after). False at the end of its range. */
  const advance = async (r: RangeReader): Promise<boolean> => {
    while (r.pos >= r.batch.length) {
      if (!r.pending) return false;
      r.batch = await r.pending;
      r.pos = 0;
      const last = r.batch[r.batch.length - 1] as RawRow | undefined;
      r.pending = last && r.batch.length === pageSize ? readBatch(db, plan, r.prefix, filter, pageSize, [...r.prefix, last.sortAt, last.id]) : undefined;
    }
    return true;
  };
  for (;;) {
    const rows: ExportRow[] = [];
    let skipped = 0;
    while (rows.length + skipped < pageSize) {
      let best: RangeReader | undefined;
      for (const r of readers) {
        // Awaits only when a batch is used up.
        if (r.pos >= r.batch.length && !(await advance(r))) continue;
        if (!best || compareRows(r.batch[r.pos] as RawRow, best.batch[best.pos] as RawRow) < 0) best = r;
      }
      if (!best) break;
      const parsed = ExportRowSchema.safeParse(best.batch[best.pos++]);
      if (parsed.success) rows.push(parsed.data);
      else skipped++;
    }
    if (rows.length + skipped === 0) return;
    yield { rows, skipped };
  }
}
