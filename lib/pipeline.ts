/**
 * The background's ingest step: a content script's batch in, verdicts out.
 *
 * parse the message -> parse each mention on its own (bad ones become `rejected`) -> keep the
 * last capture of each id -> read what is stored -> analyse only what is new or whose text
 * changed (outside any transaction, so a slow analysis never holds the database) -> hash their
 * texts for the export (export/text-hash.ts) -> in ONE readwrite transaction re-read, merge and
 * write. A storage failure aborts that transaction,
 * so the batch is stored completely or not at all and older rows are untouched.
 */
import { cutOversizedFields } from './text-limit.ts';
import type { z } from 'zod';
import { parseDecided } from './db/decided.ts';
import { parseStoredRow } from './db/rows.ts';
import type { CrisisDb } from './db/open.ts';
import { describeStorageError } from './db/storage-error.ts';
import { abortQuietly, quiet } from './db/tx.ts';
import { subtleSha256, type Sha256Hex } from './export/sha256.ts';
import { textHashes, type TextHash } from './export/text-hash.ts';
import { decideFlag } from './flagging.ts';
import { checkMentionOrigin } from './platforms/mention-origin.ts';
import {
  AnalysisSchema,
  IngestMessageSchema,
  MentionSchema,
  StoredMentionSchema,
  type Analysis,
  type Decided,
  type ErrorReply,
  type IngestReply,
  type Mention,
  type PageInfo,
  type Settings,
  type StoredMention,
  type SurgePending,
  type Verdict,
} from './schema.ts';

export interface IngestDeps {
  db: CrisisDb;
  analyze: (m: Mention, s: Settings) => Analysis;
  settings: Settings;
  now: Date;
  /**
   * Optional: called once after the write committed, with the rows this batch CREATED (ids not
   * stored before; re-captures and text updates are left out). Each created row also got a
   * `surge-pending` marker in the same transaction: surge counting reads those markers, so a
   * mention is counted once, with its first verdict, even if the worker dies before this hook.
   */
  onCreated?: (rows: StoredMention[]) => void;
  /** The URL of the page that sent the batch: each mention must come from its platform's hosts,
   * and link there (platforms/mention-origin.ts). Undefined when the browser did not say. */
  senderUrl?: string;
  /** Hashes each written text for the export (export/text-hash.ts). Default: WebCrypto. */
  sha256?: Sha256Hex;
}

const MAX_ERROR_CHARS = 300;

/** One line from a zod error: the first issue with its path, and how many more there were. */
export function summarizeZodError(error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid';
  const path = first.path.length > 0 ? first.path.join('.') : '(root)';
  const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
  return `${path}: ${first.message}${more}`.slice(0, MAX_ERROR_CHARS);
}

function errorText(e: unknown): string {
  return (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, MAX_ERROR_CHARS);
}

/** The page the batch came from fills in where the adapter did not say. */
function withPage(m: Mention, page: PageInfo): Mention {
  return { ...m, pageUrl: m.pageUrl ?? page.url, pageType: m.pageType ?? page.pageType };
}

/** Text (or an Amazon title) differs: e.g. X's "Show more" was expanded since the last capture. */
function contentChanged(stored: StoredMention, m: Mention): boolean {
  return stored.text !== m.text || (m.title !== undefined && m.title !== stored.title);
}

function dropUndefined<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

type Analysed = { ok: true; analysis: Analysis } | { ok: false; error: string };

/**
 * The text hashes of the mentions about to be written, computed before the write transaction
 * (awaiting WebCrypto inside it would let the transaction commit). If hashing fails the rows are
 * stored without one and the export hashes their texts itself.
 */
async function hashTexts(mentions: readonly Mention[], sha256: Sha256Hex): Promise<Map<string, TextHash>> {
  if (mentions.length === 0) return new Map();
  try {
    const hashes = await textHashes(mentions.map((m) => m.text), sha256);
    return new Map(mentions.map((m, i) => [m.id, hashes[i]!]));
  } catch {
    return new Map();
  }
}

function buildRecord(
  m: Mention,
  analysis: Analysis,
  textHash: TextHash | undefined,
  current: StoredMention | undefined,
  decided: Decided | undefined,
  deps: IngestDeps,
): StoredMention {
  const now = deps.now.toISOString();
  if (current) {
    // A new capture's fields win and fields it lacks are kept; `truncated` is about this text,
    // so it follows the new capture. Status and capture time stay (the agent's work is kept);
    // analysis and flag are redone for the new text.
    const merged: StoredMention = dropUndefined({ ...current, ...m, truncated: m.truncated });
    const decision = decideFlag(merged, analysis, deps.settings);
    return dropUndefined({
      ...merged,
      analysis,
      flagged: decision.flagged ? 1 : 0,
      flagReasons: decision.reasons,
      watchMatches: decision.watchMatches,
      status: current.status,
      statusChangedAt: current.statusChangedAt,
      capturedAt: current.capturedAt,
      sortAt: merged.postedAt ?? current.capturedAt,
      activityAt: now,
      // The hash of this text, never the stored one of the text it replaces.
      textHash,
    });
  }
  const decision = decideFlag(m, analysis, deps.settings);
  return {
    ...m,
    analysis,
    flagged: decision.flagged ? 1 : 0,
    flagReasons: decision.reasons,
    watchMatches: decision.watchMatches,
    // Seen before, decided, and pruned since: the team's decision stands (decided.ts).
    ...(decided ? { status: decided.status, statusChangedAt: decided.at } : { status: 'open' as const }),
    capturedAt: now,
    sortAt: m.postedAt ?? now,
    activityAt: now,
    ...(textHash ? { textHash } : {}),
  };
}

/** What a content script needs to badge a stored mention. */
export function verdictOf(row: StoredMention): Verdict {
  const categories = row.analysis.complaint?.categories ?? [];
  return {
    id: row.id,
    flagged: row.flagged === 1,
    label: row.analysis.sentiment.label,
    score: row.analysis.sentiment.score,
    lang: row.analysis.lang,
    status: row.status,
    // Only when there are some: the badge says "Complaint: …" then, "Negative" otherwise.
    ...(categories.length > 0 ? { categories } : {}),
  };
}

/** The mentions and the surge-pending markers of new ones are written together (see
 * SurgePendingSchema); tombstones are read in the same transaction. */
function openWrite(db: CrisisDb) {
  return db.transaction(['mentions', 'surge-pending', 'decided'], 'readwrite');
}

type Outcome = { ok: true; row: StoredMention; written: boolean } | { ok: false; error: string };

/**
 * Reply: one verdict per accepted item, in batch order (a repeated id gets the same verdict
 * each time); `stored` = rows written (new, or stored before with different text);
 * `duplicates` = accepted items that wrote nothing; so stored + duplicates + rejected.length is
 * the batch size. The verdict ids are a superset of the written ones, good enough for the
 * `mentions/changed` broadcast when `stored > 0`.
 */
export async function ingestBatch(msg: unknown, deps: IngestDeps): Promise<IngestReply | ErrorReply> {
  const parsedMsg = IngestMessageSchema.safeParse(msg);
  if (!parsedMsg.success) {
    return { ok: false, error: `not a valid ingest message: ${summarizeZodError(parsedMsg.error)}`, code: 'bad-message' };
  }
  const { page, mentions: rawItems } = parsedMsg.data;

  const rejected: IngestReply['rejected'] = [];
  const accepted: { index: number; id: string }[] = [];
  // Last capture of an id wins (it is the most expanded); Map keeps first-seen order.
  const latest = new Map<string, Mention>();
  rawItems.forEach((raw, index) => {
    const parsed = MentionSchema.safeParse(cutOversizedFields(raw));
    if (!parsed.success) {
      rejected.push({ index, error: summarizeZodError(parsed.error) });
      return;
    }
    const mention = withPage(parsed.data, page);
    // A mention must come from, and link to, its own platform's hosts (the batch's page included).
    const origin = checkMentionOrigin(mention, deps.senderUrl);
    if (!origin.ok) {
      rejected.push({ index, error: origin.message });
      return;
    }
    accepted.push({ index, id: mention.id });
    latest.set(mention.id, mention);
  });
  if (latest.size === 0) return { ok: true, verdicts: [], stored: 0, duplicates: 0, rejected };

  const analysed = new Map<string, Analysed>();
  const analyse = (m: Mention): Analysed => {
    let result = analysed.get(m.id);
    if (!result) {
      try {
        const out = AnalysisSchema.safeParse(deps.analyze(m, deps.settings));
        result = out.success ? { ok: true, analysis: out.data } : { ok: false, error: `analysis invalid: ${summarizeZodError(out.error)}` };
      } catch (e) {
        // One mention the analyser chokes on must not sink the batch.
        result = { ok: false, error: `analysis failed: ${errorText(e)}` };
      }
      analysed.set(m.id, result);
    }
    return result;
  };

  const ids = [...latest.keys()];
  const { db } = deps;
  try {
    const store = db.transaction('mentions', 'readonly').store;
    const before = (await Promise.all(ids.map((id) => store.get(id)))).map(parseStoredRow);
    ids.forEach((id, i) => {
      const m = latest.get(id)!;
      const stored = before[i];
      if (!stored || contentChanged(stored, m)) analyse(m);
    });
  } catch (e) {
    return { ok: false, ...describeStorageError(e) };
  }
  const toWrite = [...analysed].flatMap(([id, result]) => (result.ok ? [latest.get(id)!] : []));
  const hashes = await hashTexts(toWrite, deps.sha256 ?? subtleSha256());

  const outcomes = new Map<string, Outcome>();
  const created: StoredMention[] = [];
  let tx: ReturnType<typeof openWrite> | undefined;
  try {
    const wtx = openWrite(db);
    tx = wtx;
    const done = quiet(wtx.done);
    // Re-read inside the write transaction: another batch may have stored these ids meanwhile.
    const mentions = wtx.objectStore('mentions');
    const current = (await Promise.all(ids.map((id) => mentions.get(id)))).map(parseStoredRow);
    const missing = ids.filter((_, i) => !current[i]);
    const decidedStore = wtx.objectStore('decided');
    const stones = new Map(
      (await Promise.all(missing.map((id) => decidedStore.get(id)))).flatMap((raw) => {
        const stone = parseDecided(raw);
        return stone ? [[stone.id, stone] as const] : [];
      }),
    );
    const writes: Promise<unknown>[] = [];
    ids.forEach((id, i) => {
      const m = latest.get(id)!;
      const stored = current[i];
      if (stored && !contentChanged(stored, m)) {
        outcomes.set(id, { ok: true, row: stored, written: false });
        return;
      }
      const result = analyse(m);
      if (!result.ok) {
        outcomes.set(id, result);
        return;
      }
      const stone = stored ? undefined : stones.get(id);
      const checked = StoredMentionSchema.safeParse(buildRecord(m, result.analysis, hashes.get(id), stored, stone, deps));
      if (!checked.success) {
        outcomes.set(id, { ok: false, error: `record invalid: ${summarizeZodError(checked.error)}` });
        return;
      }
      writes.push(quiet(mentions.put(checked.data)));
      outcomes.set(id, { ok: true, row: checked.data, written: true });
      // A decided post seen again is not news: it is not counted into surges again.
      if (!stored && !stone) {
        created.push(checked.data);
        const marker: SurgePending = { id, createdAt: deps.now.toISOString() };
        writes.push(quiet(wtx.objectStore('surge-pending').put(marker)));
      }
    });
    await Promise.all([...writes, done]);
  } catch (e) {
    let txError: unknown;
    if (tx) {
      abortQuietly(tx);
      try {
        txError = tx.error;
      } catch {
        txError = undefined;
      }
    }
    return { ok: false, ...describeStorageError(e, txError) };
  }

  const verdicts: Verdict[] = [];
  let stored = 0;
  let duplicates = 0;
  const counted = new Set<string>();
  for (const { index, id } of accepted) {
    const outcome = outcomes.get(id)!;
    if (!outcome.ok) {
      rejected.push({ index, error: outcome.error });
      continue;
    }
    verdicts.push(verdictOf(outcome.row));
    // stored + duplicates + rejected = the batch size: each written id counts once as stored,
    // every other accepted item (already stored unchanged, or repeated in the batch) as a duplicate.
    if (outcome.written && !counted.has(id)) {
      counted.add(id);
      stored++;
    } else {
      duplicates++;
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  if (created.length > 0) {
    try {
      deps.onCreated?.(created);
    } catch {
      // The hook's failure is its own (surge counting); the batch is stored and the reply stands.
    }
  }
  return { ok: true, verdicts, stored, duplicates, rejected };
}
