/**
 * The templates the team's packs provide now, for any extension context (side panel, options,
 * background): the one read the replies UI needs (issue 12).
 *
 *   const current = await currentPackTemplates();
 *   approvedTemplates(current)            // what agents may be offered (lib/packs/current.ts)
 *   mergeTemplates(current.templates, localDrafts, { revoked: current.revoked,
 *                  localApproval: !current.keysPinned })   // beside local drafts (lib/packs/merge.ts)
 *   const stop = watchPackTemplates(() => refetch());
 *
 * Reads the stored packs and pinned keys (runtime/pack-items.ts) and, on a first run, the bundled
 * example pack (public/examples/pack.json). Each stored pack's text is parsed once per content
 * (memoised by its SHA-256), so calling this on every change is cheap.
 */
import { browser } from 'wxt/browser';
import { currentTemplates, type CurrentTemplates } from '../lib/packs/current.ts';
import { readPackCandidate, type PackCandidate } from '../lib/packs/read.ts';
import { readStoredPack } from '../lib/packs/accept.ts';
import type { AcceptedPack } from '../lib/packs/schema.ts';
import { acceptedPacksItem, packKeysItem } from './pack-items.ts';

export type { CurrentTemplates, PackTemplate } from '../lib/packs/current.ts';
export { approvedTemplates } from '../lib/packs/current.ts';

export const BUNDLED_PACK_PATH = '/examples/pack.json';

let bundled: Promise<PackCandidate | undefined> | undefined;
const parsed = new Map<string, PackCandidate | undefined>();

function readMemo(record: AcceptedPack): PackCandidate | undefined {
  if (!parsed.has(record.sha256)) {
    // A handful of packs at most; forget old contents so memory follows what is stored.
    if (parsed.size > 20) parsed.clear();
    parsed.set(record.sha256, readStoredPack(record));
  }
  return parsed.get(record.sha256);
}

/** The bundled example pack, read once per context; undefined if it cannot be read. */
export function bundledPack(): Promise<PackCandidate | undefined> {
  bundled ??= fetch(browser.runtime.getURL(BUNDLED_PACK_PATH))
    .then((r) => r.text())
    .then((text) => {
      const read = readPackCandidate(text);
      return read.ok ? read.candidate : undefined;
    })
    .catch(() => undefined);
  return bundled;
}

export interface PackTemplatesNow extends CurrentTemplates {
  /** Approver keys are pinned: approvals come only through signed packs. */
  keysPinned: boolean;
}

export async function currentPackTemplates(): Promise<PackTemplatesNow> {
  const [packs, keys] = await Promise.all([acceptedPacksItem.get(), packKeysItem.get()]);
  const fallback = packs.length === 0 && keys.length === 0 ? await bundledPack() : undefined;
  return { ...currentTemplates(packs, keys, { read: readMemo, ...(fallback ? { bundled: fallback } : {}) }), keysPinned: keys.length > 0 };
}

/** Calls `onChange` whenever the packs or the pinned keys change (from any context). */
export function watchPackTemplates(onChange: () => void): () => void {
  const stops = [acceptedPacksItem.watch(() => onChange()), packKeysItem.watch(() => onChange())];
  return () => stops.forEach((stop) => stop());
}
