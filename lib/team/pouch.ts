/**
 * The part of PouchDB's API the team workspace uses, typed here (PouchDB ships no types and
 * @types/pouchdb is not a dependency). The engine (sync.ts, replica.ts) is written against these
 * interfaces so it runs the same over pouchdb-browser in the extension and over pouchdb-core with
 * the memory and http adapters in Node tests and `npm run bench`.
 */

export interface PouchError extends Error {
  status?: number;
  /** CouchDB's `error` field: `unauthorized`, `forbidden`, `not_found`, `too_large`, `document_too_large`… */
  name: string;
  reason?: string;
  error?: string | boolean;
}

export interface PouchDocMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export type PouchDoc = PouchDocMeta & Record<string, unknown>;

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  status?: number;
  name?: string;
}

export interface ChangeRow {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface ChangesResult {
  results: ChangeRow[];
  last_seq: number | string;
}

export interface AllDocsRow {
  id: string;
  key: string;
  value: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
  error?: string;
}

export interface AllDocsResult {
  total_rows: number;
  rows: AllDocsRow[];
}

export interface PouchDatabase {
  name: string;
  get(id: string, opts?: { conflicts?: boolean; rev?: string; revs?: boolean; open_revs?: string[] | 'all' }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<BulkResult>;
  bulkDocs(docs: PouchDoc[], opts?: { new_edits?: boolean }): Promise<BulkResult[]>;
  allDocs(opts: {
    include_docs?: boolean;
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
    keys?: string[];
    limit?: number;
  }): Promise<AllDocsResult>;
  changes(opts: { since: number | string; limit?: number; include_docs?: boolean; conflicts?: boolean; style?: 'all_docs' }): Promise<ChangesResult>;
  revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
  info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
  close(): Promise<void>;
  destroy(): Promise<unknown>;
}

/** A running one-way replication (PouchDB's Replication event emitter, thenable). */
export interface PouchReplication {
  on(event: 'change', cb: (info: { docs_written: number; last_seq: number | string; docs?: PouchDoc[] }) => void): PouchReplication;
  on(event: 'paused', cb: (err?: PouchError) => void): PouchReplication;
  on(event: 'active', cb: () => void): PouchReplication;
  on(event: 'denied', cb: (err: PouchError) => void): PouchReplication;
  on(event: 'error', cb: (err: PouchError) => void): PouchReplication;
  on(event: 'complete', cb: (info: unknown) => void): PouchReplication;
  cancel(): void;
}

export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  back_off_function?: (delay: number) => number;
  checkpoint?: 'source' | 'target' | false;
  /** `_changes` long-poll: the server answers within `timeout` ms; `heartbeat: false` sends none. */
  heartbeat?: number | false;
  timeout?: number;
  filter?: (doc: PouchDoc) => boolean;
}

export type Replicate = (source: PouchDatabase, target: PouchDatabase, opts: ReplicateOptions) => PouchReplication;

export interface PouchOptions {
  adapter?: string;
  /** Never create the remote database: an agent may not, and a deleted one must stay visible as
   * deleted (PouchDB's http adapter would PUT it otherwise). */
  skip_setup?: boolean;
  /** The http adapter's fetch (tests pass one that keeps cookies). */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  /** IndexedDB adapter: no view indexes are used, none are kept. */
  auto_compaction?: boolean;
}

/** The PouchDB constructor and the static helpers used. */
export interface PouchStatic {
  new (name: string, opts?: PouchOptions): PouchDatabase;
  plugin(plugin: unknown): PouchStatic;
  replicate: Replicate;
}
