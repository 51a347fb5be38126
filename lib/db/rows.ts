/**
 * Every row read from IndexedDB is parsed (STYLE.md habit 5): a row written by an older build,
 * or damaged, is skipped and counted rather than crashing the list that shows it.
 */
import { StoredMentionSchema, type StoredMention } from '../schema.ts';

export function parseStoredRow(value: unknown): StoredMention | undefined {
  const parsed = StoredMentionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
