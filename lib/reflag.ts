/**
 * Re-checking stored mentions when what decided their flag has changed: a new analyser version,
 * the team's languages (they steer language detection) or the watch list. Stored rows are walked
 * by id in bounded batches; each is analysed and flagged again exactly as a new capture would be,
 * and written only if something changed. The agent's work is kept: status, status time, capture
 * time. Surge counts are not touched (each mention was counted once, when first stored).
 */
import { decideFlag } from './flagging.ts';
import { parseStoredRow } from './db/rows.ts';
import type { CrisisDb } from './db/open.ts';
import { abortQuietly, quiet } from './db/tx.ts';
import { AnalysisSchema, StoredMentionSchema, type Analysis, type Mention, type Settings, type StoredMention } from './schema.ts';

/** What stored analyses depend on (the analyser and the languages that steer it), and what
 * stored flags depend on besides (the watch list). A change of `analysis` means every row is
 * analysed again; a change of `flags` alone only re-decides flags from the stored analyses. */
export function reflagTargets(settings: Settings, analyzerVersion: string): { analysis: string; flags: string } {
  return {
    analysis: JSON.stringify({ analyzer: analyzerVersion, languages: settings.languages }),
    flags: JSON.stringify({ brands: settings.brands, handles: settings.handles, productIds: settings.productIds, watchOnly: settings.watchOnly }),
  };
}

export interface ReflagDeps {
  db: CrisisDb;
  analyze: (m: Mention, s: Settings) => Analysis;
  settings: Settings;
  /** Analyse again (analyser or languages changed), or keep each row's stored analysis. */
  reanalyse: boolean;
}

export interface ReflagBatch {
  /** The last id read; pass it back as `after`. */
  last?: string;
  examined: number;
  /** Rows rewritten (analysis or flag changed), in id order. */
  changed: StoredMention[];
  /** Fewer rows than `limit` were left: the pass is complete. */
  done: boolean;
}

function sameRow(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One batch: up to `limit` rows with id > `after`, re-analysed and re-flagged. */
export async function reflagBatch(deps: ReflagDeps, after: string | undefined, limit: number): Promise<ReflagBatch> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
  const values: unknown[] = await deps.db.getAll('mentions', range, limit);
  const updates: { before: unknown; row: StoredMention }[] = [];
  values.forEach((raw) => {
    // Damaged rows are left for the inbox to report; the pass goes on.
    const row = parseStoredRow(raw);
    if (!row) return;
    let analysis = row.analysis;
    if (deps.reanalyse) {
      try {
        const out = AnalysisSchema.safeParse(deps.analyze(row, deps.settings));
        if (!out.success) return;
        analysis = out.data;
      } catch {
        return;
      }
    }
    const decision = decideFlag(row, analysis, deps.settings);
    const next: StoredMention = {
      ...row,
      analysis,
      flagged: decision.flagged ? 1 : 0,
      flagReasons: decision.reasons,
      watchMatches: decision.watchMatches,
    };
    if (sameRow(next, row)) return;
    const checked = StoredMentionSchema.safeParse(next);
    if (checked.success) updates.push({ before: raw, row: checked.data });
  });

  const written: StoredMention[] = [];
  if (updates.length > 0) {
    const tx = deps.db.transaction('mentions', 'readwrite');
    const done = quiet(tx.done);
    try {
      // Re-read inside the write: a row an ingest or an agent changed meanwhile is left alone
      // (it was just analysed and flagged with the current settings, or its status matters more).
      const current = await Promise.all(updates.map((u) => tx.store.get(u.row.id)));
      const puts: Promise<unknown>[] = [];
      updates.forEach((u, i) => {
        if (!sameRow(current[i], u.before)) return;
        puts.push(quiet(tx.store.put(u.row)));
        written.push(u.row);
      });
      await Promise.all([...puts, done]);
    } catch (e) {
      abortQuietly(tx);
      throw e;
    }
  }
  // The store's keyPath is `id`, so every stored value (damaged or not) carries its key.
  const lastValue = values.at(-1) as { id?: unknown } | undefined;
  const last = lastValue === undefined ? after : String(lastValue.id);
  return {
    ...(last === undefined ? {} : { last }),
    examined: values.length,
    changed: written,
    done: values.length < limit,
  };
}
