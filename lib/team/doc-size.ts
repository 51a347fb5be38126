/**
 * The largest document this browser shares. 1,000,000 bytes of JSON: IBM Cloudant's document
 * limit (1 MB; its request limit is 11 MB), the strictest of the servers a team may run, and an
 * eighth of Apache CouchDB 3's default `max_document_size` (8,000,000 bytes). Everything Crisis
 * Desk itself writes is far smaller (a mention with 20,000 characters of text and as much quoted
 * text is under 200 KB), so a document over it is a bug or hostile input: it stays on this
 * device, and the options page and panel say so (it is never silently dropped).
 */
export const TEAM_DOC_MAX_BYTES = 1_000_000;

const encoder = new TextEncoder();

/** Bytes of the document as JSON on the wire (UTF-8). */
export function docBytes(doc: unknown): number {
  return encoder.encode(JSON.stringify(doc)).length;
}

export function fitsTeamDoc(doc: unknown, max = TEAM_DOC_MAX_BYTES): { ok: true; bytes: number } | { ok: false; bytes: number } {
  const bytes = docBytes(doc);
  return bytes <= max ? { ok: true, bytes } : { ok: false, bytes };
}
