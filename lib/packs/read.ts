/**
 * Reading a pack file for this feature: the pack itself through lib/templates' parsePack (the one
 * reader of `crisis-desk.pack/1`), plus the fields this feature adds (`signature`, `revoked`,
 * schema.ts) and the canonical text the signature covers. All or nothing, like every import.
 */
import { issue, zodIssues, type ImportIssue } from '../json-import.ts';
import { parsePack } from '../templates/import.ts';
import type { Pack } from '../templates/schema.ts';
import { canonicalPackText } from './canonical.ts';
import { PACK_SYNC_LIMITS, PackTrustFieldsSchema, type PackSignature } from './schema.ts';

export interface PackCandidate {
  pack: Pack;
  /** Template ids the pack revokes (deduplicated). */
  revoked: string[];
  signature?: PackSignature;
  /** The signed bytes' text: RFC 8785 form without the signature. */
  canonical: string;
  warnings: ImportIssue[];
}

export type CandidateRead =
  | { ok: true; candidate: PackCandidate }
  | { ok: false; code: 'too-large' | 'not-json' | 'invalid-pack'; issues: ImportIssue[] };

/** parsePack's file-level codes that mean "this is not JSON at all". */
const NOT_JSON_CODES = new Set(['json-syntax', 'empty', 'too-deep']);

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

export function readPackCandidate(text: string, o: { maxBytes?: number } = {}): CandidateRead {
  const maxBytes = o.maxBytes ?? PACK_SYNC_LIMITS.bodyBytes;
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return { ok: false, code: 'too-large', issues: [issue([], `the pack file is larger than ${maxBytes} bytes`, 'too-large')] };
  }
  const parsed = parsePack(text);
  if (!parsed.ok) {
    const notJson = parsed.errors.length === 1 && NOT_JSON_CODES.has(parsed.errors[0]!.code);
    return { ok: false, code: notJson ? 'not-json' : 'invalid-pack', issues: parsed.errors };
  }
  // parsePack has read this text as JSON already, so this parse cannot fail.
  const raw: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const trust = PackTrustFieldsSchema.safeParse(raw);
  if (!trust.success) return { ok: false, code: 'invalid-pack', issues: zodIssues(trust.error) };
  let canonical: string;
  try {
    canonical = canonicalPackText(raw);
  } catch (e) {
    return { ok: false, code: 'invalid-pack', issues: [issue([], `the pack cannot be put in canonical form: ${e instanceof Error ? e.message : String(e)}`, 'canonical')] };
  }
  const revoked = [...new Set(trust.data.revoked ?? [])];
  const warnings = [...parsed.warnings];
  const revokedSet = new Set(revoked);
  parsed.value.templates.forEach((t, i) => {
    if (revokedSet.has(t.id)) warnings.push(issue(['templates', i, 'id'], `template ${t.id} is also listed in revoked: it is not used`, 'revoked-template'));
  });
  return {
    ok: true,
    candidate: {
      pack: parsed.value,
      revoked,
      ...(trust.data.signature ? { signature: trust.data.signature } : {}),
      canonical,
      warnings,
    },
  };
}
