/**
 * Reading a value someone else wrote (an older version of the extension, another context, a
 * damaged profile): parse it with its schema, and when that fails keep what can be kept and say
 * what was lost. Never throws: a bad stored value must not break the view that reads it.
 *
 * The storage-item helper (runtime/stored-item.ts) runs every read and every change event through
 * `readStored`; items with a better salvage than "fall back to the default" (settings keep their
 * valid fields) pass their own.
 */
import type { z } from 'zod';

export interface Salvaged<T> {
  value: T;
  /** What could not be read and was reset, for the UI and the log; empty when the value was fine. */
  problems: string[];
}

export interface StoredValueSpec<T> {
  schema: z.ZodType<T>;
  /** What a missing value reads as, and what a damaged one falls back to. */
  fallback: T;
  /** A better salvage than the fallback for a value the schema refused (e.g. field by field). */
  salvage?: (raw: unknown) => Salvaged<T>;
}

/** First issues of a failed parse as `path: message`, short enough for a log line. */
export function describeIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.length ? i.path.join('.') : '(value)'}: ${i.message}`)
    .join('; ');
}

export function readStored<T>(raw: unknown, spec: StoredValueSpec<T>): Salvaged<T> {
  // `null` is what chrome.storage and @wxt-dev/storage report for "no value".
  if (raw === undefined || raw === null) return { value: spec.fallback, problems: [] };
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  if (spec.salvage) return spec.salvage(raw);
  return { value: spec.fallback, problems: [describeIssues(parsed.error)] };
}
