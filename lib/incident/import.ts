/**
 * Importing an incident file: all or nothing, errors with JSON paths (json-import.ts). Warnings
 * (the file still imports) point at what will make replies harder: no notice URL (every reply
 * gets a "no link to the notice" warning), no English text (the fallback language), a next
 * update already past, no keywords (mentions cannot be linked to the incident).
 */
import { issue, parseJsonFile, type ImportIssue, type ImportResult } from '../json-import.ts';
import { IncidentFileSchema, type IncidentFile } from './schema.ts';

/** An incident file is small; 1 MB is generous. */
export const MAX_INCIDENT_FILE_BYTES = 1024 * 1024;

export function parseIncident(text: string, o: { now?: Date | number } = {}): ImportResult<IncidentFile> {
  const r = parseJsonFile(text, IncidentFileSchema, { maxBytes: MAX_INCIDENT_FILE_BYTES, what: 'incident' });
  if (!r.ok) return r;
  const inc = r.value;
  const warnings: ImportIssue[] = [];
  const st = inc.statement;
  if (!st.facts.url) warnings.push(issue(['statement', 'facts', 'url'], 'the statement has no notice URL: replies cannot link to it', 'no-notice-url'));
  if (!Object.keys(st.text).some((l) => l === 'en' || l.startsWith('en-'))) warnings.push(issue(['statement', 'text'], 'the statement has no English text: English is the fallback language for replies', 'no-english-text'));
  if (inc.keywords.length === 0) warnings.push(issue(['keywords'], 'no keywords: mentions cannot be linked to this incident', 'no-keywords'));
  if (o.now !== undefined && st.facts.nextUpdate && inc.status !== 'resolved' && Date.parse(st.facts.nextUpdate) < new Date(o.now).getTime()) {
    warnings.push(issue(['statement', 'facts', 'nextUpdate'], `the next update (${st.facts.nextUpdate}) is already past`, 'next-update-past'));
  }
  return { ok: true, value: inc, warnings };
}
