/**
 * The one way to keep a setting or a small piece of state in `browser.storage`: WXT's storage
 * items (@wxt-dev/storage: key, version, migrations, watch) with a zod schema on top. Every read
 * and every change event is parsed; a damaged value is salvaged (lib/stored-value.ts) and the
 * problem reported in the console and to the caller — never thrown into a view. Writes are parsed
 * first and refused when invalid, so nothing invalid is ever stored by us.
 *
 * Items are created on first use, not at import: WXT imports entrypoints at build time, where
 * there is no `browser.storage`, and defining a WXT item reads storage straight away.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';
import { readStored, type Salvaged } from '../lib/stored-value.ts';

export type { Salvaged } from '../lib/stored-value.ts';

export interface StoredItemSpec<T> {
  /** `local:settings`: the area and the key. Keys are a contract with installed profiles. */
  key: StorageItemKey;
  schema: z.ZodType<T>;
  fallback: T;
  /** Bumped when the stored shape changes; each step has a migration (and a test of it). */
  version?: number;
  /** `migrations[n]` turns a version n-1 value into version n. Input is unparsed: check it. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Keep more of a damaged value than the fallback (e.g. settings field by field). */
  salvage?: (raw: unknown) => Salvaged<T>;
}

export interface StoredItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  /** The value and what had to be reset to read it. Never rejects: unreadable storage is the fallback. */
  read(): Promise<Salvaged<T>>;
  get(): Promise<T>;
  /** Parses, then stores; rejects with the ZodError for an invalid value and stores nothing. */
  set(value: T): Promise<T>;
  /**
   * Read-modify-write, serialised with this context's other updates of the same item. `change`
   * returns the new value, or `undefined` to leave storage untouched (no write, no change event).
   */
  update(change: (current: T) => T | undefined): Promise<T>;
  remove(): Promise<void>;
  /** Parsed change events (from any context); returns the unsubscribe. */
  watch(cb: (value: T, problems: string[]) => void): () => void;
}

export function defineStoredItem<T>(spec: StoredItemSpec<T>): StoredItem<T> {
  let item: WxtStorageItem<unknown, Record<string, never>> | undefined;
  const wxt = () =>
    (item ??= storage.defineItem<unknown>(spec.key, {
      version: spec.version ?? 1,
      ...(spec.migrations ? { migrations: spec.migrations } : {}),
    }));
  const parse = (raw: unknown): Salvaged<T> => {
    const out = readStored(raw, spec);
    if (out.problems.length) console.warn(`[crisis-desk] stored ${spec.key} was damaged and partly reset:`, out.problems.join('; '));
    return out;
  };
  let writes: Promise<unknown> = Promise.resolve();
  const set = async (value: T): Promise<T> => {
    const parsed = spec.schema.parse(value);
    await wxt().setValue(parsed);
    return parsed;
  };
  const read = async (): Promise<Salvaged<T>> => {
    try {
      return parse(await wxt().getValue());
    } catch (error) {
      console.warn(`[crisis-desk] could not read ${spec.key}; using the default`, error);
      return { value: spec.fallback, problems: [`${spec.key}: storage could not be read`] };
    }
  };

  return {
    key: spec.key,
    fallback: spec.fallback,
    read,
    get: async () => (await read()).value,
    set,
    update(change) {
      const next = writes.then(async () => {
        const current = (await read()).value;
        const changed = change(current);
        return changed === undefined ? current : set(changed);
      });
      writes = next.catch(() => undefined);
      return next;
    },
    remove: () => wxt().removeValue(),
    watch(cb) {
      return wxt().watch((raw) => {
        const { value, problems } = parse(raw);
        cb(value, problems);
      });
    },
  };
}
