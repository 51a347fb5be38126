/**
 * Importing a template pack (`crisis-desk.pack/1`): all or nothing. Errors carry JSON paths
 * (json-import.ts). Beyond the schema:
 * - a pack whose templates serve another incident than the one it is imported into is refused
 *   (each such template is named), so an incident never ends up with another incident's replies;
 * - an older version of a pack already imported is refused (the same version is a warning): a
 *   good copy is never replaced with a worse one;
 * - warnings (the pack still imports): unknown variables (the lint blocks those templates until
 *   fixed), approved templates without approver or time.
 */
import { capIssues, issue, parseJsonFile, type ImportIssue, type ImportResult } from '../json-import.ts';
import { PACK_LIMITS, PackSchema, type Pack } from './schema.ts';
import { scanVariables } from './variables.ts';

export interface PackImportOptions {
  /** The incident the pack is imported into: templates for any other incident are refused. */
  incidentId?: string;
  /** The copy of this pack already stored, if any. */
  existing?: Pick<Pack, 'id' | 'version'>;
}

export function parsePack(text: string, o: PackImportOptions = {}): ImportResult<Pack> {
  const r = parseJsonFile(text, PackSchema, { maxBytes: PACK_LIMITS.fileBytes, what: 'pack' });
  if (!r.ok) return r;
  const pack = r.value;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (o.incidentId !== undefined) {
    pack.templates.forEach((t, i) => {
      if (t.incident !== undefined && t.incident !== o.incidentId) {
        errors.push(issue(['templates', i, 'incident'], `template ${t.id} serves incident ${t.incident}, not ${o.incidentId}: import the pack into its own incident`, 'other-incident'));
      }
    });
  }
  if (o.existing && o.existing.id === pack.id) {
    if (pack.version < o.existing.version) errors.push(issue(['version'], `version ${pack.version} is older than the stored version ${o.existing.version} of pack ${pack.id}`, 'older-version'));
    else if (pack.version === o.existing.version) warnings.push(issue(['version'], `version ${pack.version} of pack ${pack.id} is already stored; importing replaces it`, 'same-version'));
  }
  pack.templates.forEach((t, i) => {
    for (const [lang, text] of Object.entries(t.variants)) {
      for (const v of scanVariables(text)) {
        if (v.kind === 'unknown') warnings.push(issue(['templates', i, 'variants', lang], `template ${t.id}: unknown variable ${v.raw.slice(0, 60)} (it cannot be inserted until fixed)`, 'unknown-variable'));
      }
    }
    if (t.status === 'approved' && (t.approvedBy === undefined || t.approvedAt === undefined)) {
      warnings.push(issue(['templates', i], `template ${t.id} is approved but does not say by whom and when`, 'approval-unrecorded'));
    }
  });
  if (errors.length > 0) return { ok: false, errors: capIssues(errors), warnings: capIssues(warnings) };
  return { ok: true, value: pack, warnings: capIssues(warnings) };
}
