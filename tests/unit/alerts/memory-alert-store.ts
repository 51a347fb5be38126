/**
 * An AlertStore over plain maps, for engine tests without IndexedDB. It keeps the IndexedDB
 * store's promises: every read is parsed (a damaged scope state is reported, not thrown), and a
 * write is validated whole and then applied whole, or not at all.
 */
import { BUCKET_ROWS_KEEP_MS, MAX_ALERTS, type AlertStore, type AlertWrite, type ScopeStates } from '../../../lib/alerts/store.ts';
import { AlertSchema, SurgeBucketRowSchema, SurgeScopeStateSchema, type Alert, type StoredMention, type SurgeBucketRow } from '../../../lib/schema.ts';

export interface MemoryAlertStore extends AlertStore {
  mentions: Map<string, StoredMention>;
  /** Mention ids waiting to be counted (the `surge-pending` markers). */
  pending: Set<string>;
  alerts: Map<string, Alert>;
  /** Scope states as stored: anything, so a test can plant a damaged one. */
  states: Map<string, unknown>;
  rows: Map<string, SurgeBucketRow>;
  /** Every write rejects while set (a worker killed mid-write, a full disk). */
  failWrites: boolean;
  writes: number;
  /** Stores mentions with their pending markers, as the ingest pipeline does. */
  storeNew(rows: readonly StoredMention[]): void;
  /** Everything stored, as one comparable value. */
  snapshot(): unknown;
}

export function memoryAlertStore(): MemoryAlertStore {
  const store: MemoryAlertStore = {
    mentions: new Map(),
    pending: new Set(),
    alerts: new Map(),
    states: new Map(),
    rows: new Map(),
    failWrites: false,
    writes: 0,

    storeNew(rows) {
      for (const r of rows) {
        if (store.mentions.has(r.id)) continue;
        store.mentions.set(r.id, r);
        store.pending.add(r.id);
      }
    },
    snapshot: () =>
      structuredClone({
        pending: [...store.pending].sort(),
        alerts: [...store.alerts.entries()].sort(),
        states: [...store.states.entries()].sort(),
        rows: [...store.rows.keys()].sort(),
      }),

    async loadScopeStates() {
      const out: ScopeStates = { states: [], damaged: [] };
      for (const [key, value] of store.states) {
        const parsed = SurgeScopeStateSchema.safeParse(value);
        if (parsed.success) out.states.push(structuredClone(parsed.data));
        else out.damaged.push({ key, problem: parsed.error.issues[0]?.message ?? 'invalid' });
      }
      return out;
    },
    async pendingMentionIds(limit) {
      return [...store.pending].sort().slice(0, limit);
    },
    async getMentions(ids) {
      return ids.map((id) => store.mentions.get(id));
    },
    async listAlerts() {
      return { alerts: [...store.alerts.values()].map((a) => structuredClone(a)), skipped: 0 };
    },
    async getAlert(id) {
      const a = store.alerts.get(id);
      return a && structuredClone(a);
    },
    async mentionsPostedBetween(from, to, limit) {
      return [...store.mentions.values()]
        .filter((m) => m.sortAt >= from && m.sortAt < to)
        .sort((a, b) => a.sortAt.localeCompare(b.sortAt))
        .slice(0, limit);
    },
    async writeAlertData(w: AlertWrite) {
      if (store.failWrites) throw new Error('write failed');
      // Parsed before anything is applied, as the IndexedDB store does before it opens the transaction.
      const states = (w.states ?? []).map((s) => SurgeScopeStateSchema.parse(s));
      const rows = (w.rows ?? []).map((r) => SurgeBucketRowSchema.parse(r));
      const alerts = (w.alerts ?? []).map((a) => AlertSchema.parse(a));
      for (const key of w.deleteStates ?? []) store.states.delete(key);
      for (const s of states) store.states.set(s.scope, structuredClone(s));
      for (const r of rows) store.rows.set(`${r.scope}|${r.start}`, r);
      for (const a of alerts) store.alerts.set(a.id, structuredClone(a));
      for (const id of w.countedPending ?? []) store.pending.delete(id);
      store.writes++;
    },
    async pruneAlertData(now) {
      let rows = 0;
      for (const [key, r] of store.rows) {
        if (r.start < now - BUCKET_ROWS_KEEP_MS) {
          store.rows.delete(key);
          rows++;
        }
      }
      const oldest = [...store.alerts.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
      const drop = oldest.slice(0, Math.max(0, oldest.length - MAX_ALERTS));
      for (const a of drop) store.alerts.delete(a.id);
      return { rows, alerts: drop.length };
    },
  };
  return store;
}
