/**
 * Reading a backup file. Three levels of trouble, each handled where it belongs:
 * - the file as a whole (too large, not JSON, not a backup, a newer format, a wrong envelope):
 *   refused, nothing imported, each error with its JSON path (lib/json-import.ts);
 * - one record (a mention whose `analysis.lang` is wrong, a duplicate id): skipped and listed
 *   with its path and reason, the others still import;
 * - the file's own counts disagree with what it holds (a hand-edited or cut file): a warning.
 */
import { z } from 'zod';

import { issue, parseJsonFile, pathText, type ImportIssue } from '../json-import.ts';
import { StoredIncidentSchema, type StoredIncident } from '../incident/schema.ts';
import { IncidentReviewSchema, type IncidentReview } from '../report/review.ts';
import { DecidedSchema, StoredMentionSchema, type Decided, type StoredMention } from '../schema.ts';
import { StoredTemplateSchema, type StoredTemplate } from '../templates/stored.ts';
import { escapeForMessage } from '../text-safety.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_KINDS,
  BACKUP_LIMITS,
  BackupEnvelopeSchema,
  type BackupApp,
  type BackupCounts,
  type BackupKind,
  type SummaryKind,
} from './format.ts';
import { BACKUP_SETTINGS, isBackupSettingKey, type BackupSettings } from './settings.ts';

/** The records of a file (or of this browser: the same shape), parsed. */
export interface BackupRecords {
  mentions: StoredMention[];
  decided: Decided[];
  incidents: StoredIncident[];
  templates: StoredTemplate[];
  reviews: IncidentReview[];
  settings: Partial<BackupSettings>;
}

export interface BackupContent extends BackupRecords {
  createdAt: string;
  app: BackupApp;
  dbVersion: number;
}

/** A record that was not taken, and why. */
export interface RejectedRecord {
  kind: SummaryKind;
  /** `mentions[12].analysis.lang`. */
  path: string;
  /** The record's id when it has a readable one. */
  id?: string;
  /** One line of English. */
  reason: string;
  /** `invalid` (failed its schema), `duplicate`, `unknown-setting`, `damaged-local`. */
  code: 'invalid' | 'duplicate' | 'unknown-setting' | 'damaged-local';
}

export type BackupParse =
  | { ok: true; backup: BackupContent; rejected: RejectedRecord[]; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

const RECORD_SCHEMAS: { [K in BackupKind]: z.ZodType<BackupRecords[K][number]> } = {
  mentions: StoredMentionSchema,
  decided: DecidedSchema,
  incidents: StoredIncidentSchema,
  templates: StoredTemplateSchema,
  reviews: IncidentReviewSchema,
};

/** The id a record is merged by. */
export function recordId(kind: BackupKind, record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = kind === 'reviews' ? (record as { incidentId?: unknown }).incidentId : (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function firstProblem(error: z.ZodError): { path: (string | number)[]; message: string } {
  const first = error.issues[0];
  return { path: (first?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol'), message: first?.message ?? 'invalid record' };
}

const FORMAT_RE = /^crisis-desk\.([a-z-]+)\/(\d+)$/;

/** A clear refusal for a file that is some other format, or a newer backup format. */
function checkFormat(raw: unknown): ImportIssue | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return issue([], 'this is not a Crisis Desk backup file (the file is not a JSON object)', 'not-backup');
  const format = (raw as { format?: unknown }).format;
  if (format === undefined) return issue(['format'], `this is not a Crisis Desk backup file: it has no "format" (a backup says "${BACKUP_FORMAT}")`, 'not-backup');
  const m = typeof format === 'string' ? FORMAT_RE.exec(format) : null;
  if (!m) return issue(['format'], `this is not a Crisis Desk backup file: its format is ${escapeForMessage(JSON.stringify(format), 80)}, not "${BACKUP_FORMAT}"`, 'not-backup');
  if (`crisis-desk.${m[1]}` !== BACKUP_FORMAT_NAME) {
    return issue(['format'], `this is a ${escapeForMessage(format as string, 60)} file, not a backup: import it where that kind of file belongs`, 'not-backup');
  }
  const version = Number(m[2]);
  if (version > BACKUP_FORMAT_VERSION) {
    return issue(['format'], `this backup was written in format ${escapeForMessage(format as string, 60)}, newer than this version of Crisis Desk reads (${BACKUP_FORMAT}): update Crisis Desk, then import it`, 'newer-format');
  }
  if (version !== BACKUP_FORMAT_VERSION) return issue(['format'], `unknown backup format ${escapeForMessage(format as string, 60)}`, 'not-backup');
  return undefined;
}

/** Parses the file `text`. Never throws. `maxBytes` is for tests (BACKUP_LIMITS.fileBytes). */
export function parseBackup(text: string, o: { maxBytes?: number } = {}): BackupParse {
  // JSON first (size, syntax, depth), with the format checked before the envelope: a newer
  // format's envelope may differ, and its errors would hide the one that matters.
  const json = parseJsonFile(text, z.unknown(), { maxBytes: o.maxBytes ?? BACKUP_LIMITS.fileBytes, what: 'backup' });
  if (!json.ok) return { ok: false, errors: json.errors };
  const formatProblem = checkFormat(json.value);
  if (formatProblem) return { ok: false, errors: [formatProblem] };
  const envelope = BackupEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    return {
      ok: false,
      errors: envelope.error.issues.slice(0, 20).map((i) => issue(i.path.filter((p): p is string | number => typeof p !== 'symbol'), i.message, i.code)),
    };
  }
  const env = envelope.data;
  const rejected: RejectedRecord[] = [];
  const records = {} as Omit<BackupRecords, 'settings'>;
  for (const kind of BACKUP_KINDS) {
    const schema = RECORD_SCHEMAS[kind];
    const seen = new Map<string, number>();
    const out: unknown[] = [];
    env[kind].forEach((raw, i) => {
      const id = recordId(kind, raw);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const p = firstProblem(parsed.error);
        rejected.push({ kind, path: pathText([kind, i, ...p.path]), ...(id !== undefined ? { id: escapeForMessage(id, 120) } : {}), reason: escapeForMessage(p.message, 200), code: 'invalid' });
        return;
      }
      const goodId = recordId(kind, parsed.data)!;
      const first = seen.get(goodId);
      if (first !== undefined) {
        rejected.push({ kind, path: pathText([kind, i]), id: goodId, reason: `the same id as ${kind}[${first}]; the first is taken`, code: 'duplicate' });
        return;
      }
      seen.set(goodId, i);
      out.push(parsed.data);
    });
    (records as Record<BackupKind, unknown[]>)[kind] = out;
  }
  const settings: Partial<BackupSettings> = {};
  for (const [key, raw] of Object.entries(env.settings)) {
    if (!isBackupSettingKey(key)) {
      rejected.push({ kind: 'settings', path: pathText(['settings', key]), id: escapeForMessage(key, 120), reason: 'not a setting this version of Crisis Desk takes from a backup', code: 'unknown-setting' });
      continue;
    }
    const parsed = (BACKUP_SETTINGS[key].schema as z.ZodType<unknown>).safeParse(raw);
    if (!parsed.success) {
      const p = firstProblem(parsed.error);
      rejected.push({ kind: 'settings', path: pathText(['settings', key, ...p.path]), id: key, reason: escapeForMessage(p.message, 200), code: 'invalid' });
      continue;
    }
    (settings as Record<string, unknown>)[key] = parsed.data;
  }
  const warnings: ImportIssue[] = [];
  if (env.counts) {
    const held: BackupCounts = {
      mentions: env.mentions.length,
      decided: env.decided.length,
      incidents: env.incidents.length,
      templates: env.templates.length,
      reviews: env.reviews.length,
      settings: Object.keys(env.settings).length,
    };
    for (const kind of Object.keys(held) as (keyof BackupCounts)[]) {
      if (held[kind] !== env.counts[kind]) {
        warnings.push(issue(['counts', kind], `the file says it holds ${env.counts[kind]} ${kind} but holds ${held[kind]}: it may have been edited or cut`, 'count-mismatch'));
      }
    }
  } else warnings.push(issue(['counts'], 'the file has no counts: it cannot be checked for missing records', 'no-counts'));
  return {
    ok: true,
    backup: { createdAt: env.createdAt, app: env.app, dbVersion: env.dbVersion, ...records, settings },
    rejected,
    warnings,
  };
}
