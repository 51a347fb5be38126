/**
 * What the options page shows about packs, computed from the stored records: the packs kept
 * (without their canonical text), whether each is in use and why not, the subscriptions with
 * their state, and every reason rendered in the UI language.
 */
import type { Translator } from '../i18n.ts';
import { unusedReason, type UnusedReason } from './current.ts';
import { PACK_SYNC_LIMITS, type AcceptedPack, type PackAttempt, type PackDiff, type PackOutcome, type PackProblem, type PackSource, type PinnedKey, type Subscription } from './schema.ts';

/** What adding a subscription came to, as the options page shows it. */
export type SubscribeOutcome =
  | { ok: true; attempt?: PackAttempt }
  | { ok: false; code: 'invalid-url' | 'already-subscribed' | 'too-many' | 'permission-denied' | 'failed'; origin?: string; error?: string };

/** What pinning a key came to. */
export type PinOutcome = { ok: true; keyId?: string } | { ok: false; code: 'too-many' | 'invalid-key' | 'failed'; error?: string };

export interface PackSummary {
  packId: string;
  version: number;
  publisher: string;
  publishedAt: string;
  templateCount: number;
  source: PackSource;
  acceptedAt: string;
  /** The key id the signature names, verified or not. */
  signedBy?: string;
  /** The pinned key that verified it. */
  verifiedKeyId?: string;
  inUse: boolean;
  unused?: Exclude<UnusedReason, 'unreadable'>;
  diff?: PackDiff;
}

export interface PacksView {
  keys: PinnedKey[];
  subscriptions: Subscription[];
  packs: PackSummary[];
  /** The bundled example pack is what agents get (nothing kept, no key pinned). */
  fallback: boolean;
}

export function packsView(packs: readonly AcceptedPack[], keys: readonly PinnedKey[], subscriptions: readonly Subscription[]): PacksView {
  return {
    keys: [...keys],
    subscriptions: [...subscriptions],
    packs: packs.map((p) => {
      const why = unusedReason(p, keys);
      return {
        packId: p.packId,
        version: p.version,
        publisher: p.publisher,
        publishedAt: p.publishedAt,
        templateCount: p.templateCount,
        source: p.source,
        acceptedAt: p.acceptedAt,
        ...(p.signature ? { signedBy: p.signature.keyId } : {}),
        ...(p.verifiedKeyId ? { verifiedKeyId: p.verifiedKeyId } : {}),
        inUse: why === undefined,
        ...(why ? { unused: why } : {}),
        ...(p.diff ? { diff: p.diff } : {}),
      };
    }),
    fallback: packs.length === 0 && keys.length === 0,
  };
}

/** "2 MiB" for a byte count (the caps are whole MiB or KiB). */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/** A key id shortened for lists; the whole id is in the title. */
export function shortKeyId(keyId: string): string {
  return keyId.length > 16 ? `${keyId.slice(0, 8)}…${keyId.slice(-6)}` : keyId;
}

/** Why a pack was refused or a download failed, in the UI language. */
export function problemMessage({ t }: Pick<Translator, 't'>, p: Pick<PackProblem, 'code' | 'status' | 'limit' | 'version' | 'current' | 'keyId'>): string {
  switch (p.code) {
    case 'network':
      return t('packs.reason.network');
    case 'timeout':
      return t('packs.reason.timeout', { seconds: PACK_SYNC_LIMITS.timeoutMs / 1000 });
    case 'http-status':
      return t('packs.reason.http-status', { status: String(p.status ?? '?') });
    case 'html':
      return t('packs.reason.html');
    case 'too-large':
      return t('packs.reason.too-large', { size: sizeText(p.limit ?? PACK_SYNC_LIMITS.bodyBytes) });
    case 'insecure-redirect':
      return t('packs.reason.insecure-redirect');
    case 'no-permission':
      return t('packs.reason.no-permission');
    case 'not-json':
      return t('packs.reason.not-json');
    case 'invalid-pack':
      return t('packs.reason.invalid-pack');
    case 'unsigned':
      return t('packs.reason.unsigned');
    case 'unknown-key':
      return t('packs.reason.unknown-key', { keyId: p.keyId ? shortKeyId(p.keyId) : '?' });
    case 'bad-signature':
      return t('packs.reason.bad-signature');
    case 'older-version':
      return t('packs.reason.older-version', { version: String(p.version ?? '?'), current: String(p.current ?? '?') });
    case 'same-version':
      return t('packs.reason.same-version', { version: String(p.version ?? '?') });
    case 'pack-id-changed':
      return t('packs.reason.pack-id-changed');
    case 'storage':
      return t('packs.reason.storage');
  }
}

export function outcomeMessage({ t }: Pick<Translator, 't'>, outcome: PackOutcome, version?: number): string {
  switch (outcome) {
    case 'applied':
      return t('packs.outcome.applied', { version: String(version ?? '?') });
    case 'unchanged':
      return t('packs.outcome.unchanged');
    case 'not-modified':
      return t('packs.outcome.not-modified');
    case 'verified':
      return t('packs.outcome.verified');
  }
}
