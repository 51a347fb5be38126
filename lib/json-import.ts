/**
 * Reading an imported JSON file (an incident, a template pack) against its schema: all or
 * nothing. Either the whole file parses and the value is returned, or a list of errors comes
 * back, each with the JSON path it is about (`templates[3].variants.de`), and nothing may be
 * imported. Huge files are refused before parsing; messages are one line, with control
 * characters escaped, whatever the file contains.
 */
import type { z } from 'zod';

import { escapeForMessage } from './text-safety.ts';

export interface ImportIssue {
  /** JSON path: keys and array indexes from the root. */
  path: (string | number)[];
  /** `templates[3].variants.de`, or `(file)` for the whole file. */
  pathText: string;
  /** One line of English. */
  message: string;
  /** zod's issue code, or ours: `too-large`, `json-syntax`, `too-deep`, `other-incident`… */
  code: string;
}

export type ImportResult<T> = { ok: true; value: T; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/** At most this many errors are listed (a file with a wrong field in 5,000 templates would
 * otherwise produce 5,000 lines); the last one says how many more there were. */
export const MAX_LISTED_ISSUES = 50;

export function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const key = String(p);
      out += /^[A-Za-z_$][\w$-]*$/.test(key) ? `${out ? '.' : ''}${key}` : `[${JSON.stringify(escapeForMessage(key, 60))}]`;
    }
  }
  return out;
}

export function issue(path: (string | number)[], message: string, code: string): ImportIssue {
  return { path, pathText: pathText(path), message: escapeForMessage(message, 300), code };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineCol(text: string, at: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

export function capIssues(list: ImportIssue[]): ImportIssue[] {
  if (list.length <= MAX_LISTED_ISSUES) return list;
  const more = list.length - (MAX_LISTED_ISSUES - 1);
  return [...list.slice(0, MAX_LISTED_ISSUES - 1), issue([], `…and ${more} more problems`, 'more')];
}

export function zodIssues(error: z.ZodError): ImportIssue[] {
  return capIssues(error.issues.map((i) => issue(i.path.filter((p): p is string | number => typeof p !== 'symbol'), i.message, i.code)));
}

/** Parses `text` as JSON, then against `schema`. `what` names the file in messages ("pack"). */
export function parseJsonFile<S extends z.ZodType>(text: string, schema: S, o: { maxBytes: number; what: string }): ImportResult<z.infer<S>> {
  const fail = (message: string, code: string): ImportResult<z.infer<S>> => ({ ok: false, errors: [issue([], message, code)], warnings: [] });
  if (text.length > o.maxBytes || utf8Bytes(text) > o.maxBytes) {
    return fail(`the ${o.what} file is larger than ${Math.round(o.maxBytes / 1024 / 1024)} MB; nothing was imported`, 'too-large');
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(`the ${o.what} file is empty`, 'empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    if (e instanceof RangeError) return fail(`the ${o.what} file is nested too deeply to read`, 'too-deep');
    const msg = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(msg);
    return fail(`the ${o.what} file is not valid JSON${at ? ` (${lineCol(body, Number(at[1]))})` : ''}: ${msg}`, 'json-syntax');
  }
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(raw) as ReturnType<S['safeParse']>;
  } catch (e) {
    if (e instanceof RangeError) return fail(`the ${o.what} file is nested too deeply to read`, 'too-deep');
    throw e;
  }
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error as z.ZodError), warnings: [] };
  return { ok: true, value: parsed.data as z.infer<S>, warnings: [] };
}
