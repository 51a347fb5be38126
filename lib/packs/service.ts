/**
 * The pack feature's one writer: subscriptions refreshed on schedule or on demand, imported
 * files, pinned keys — each change read, decided (accept.ts) and stored through a PackStore. The
 * background's pack job (entrypoints/background/pack-job.ts) runs it with the browser's fetch,
 * permissions and storage items; its runs never overlap (the job is exclusive), so each
 * operation's read-modify-write is safe. Everything else is passed in; nothing here touches the
 * browser.
 */
import type { ImportIssue } from '../json-import.ts';
import { considerPack, reverifyPacks, withPack, type PackDecision, type Refusal } from './accept.ts';
import { defaultSubtle } from './canonical.ts';
import { fetchPackText, type FetchLike } from './fetch-pack.ts';
import { importVerifyKey, jwkThumbprint } from './keys.ts';
import {
  PACK_SYNC_LIMITS,
  type AcceptedPack,
  type EcPublicJwk,
  type KeyId,
  type PackAttempt,
  type PackMessage,
  type PackOutcome,
  type PinnedKey,
  type Subscription,
} from './schema.ts';
import { isDue, newSubscription, normaliseUrl, recordFailure, recordSuccess } from './subscriptions.ts';

export interface PackStore {
  loadPacks(): Promise<AcceptedPack[]>;
  savePacks(packs: AcceptedPack[]): Promise<unknown>;
  loadSubscriptions(): Promise<Subscription[]>;
  saveSubscriptions(subs: Subscription[]): Promise<unknown>;
  loadKeys(): Promise<PinnedKey[]>;
  saveKeys(keys: PinnedKey[]): Promise<unknown>;
}

export interface PackSyncDeps {
  store: PackStore;
  fetch: FetchLike;
  /** Whether the extension may read `url` (its optional host permission was granted). */
  hasPermission(url: string): Promise<boolean>;
  now(): Date;
  subtle?: SubtleCrypto;
  timeoutMs?: number;
  maxBytes?: number;
  log?(message: string, detail?: unknown): void;
}

export type PackReply =
  | { ok: true; attempt?: PackAttempt; attempts?: PackAttempt[]; keyId?: KeyId }
  | { ok: false; error: string; code: string };

export interface PackSync {
  /** The alarm's run: every subscription whose time has come. */
  refreshDue(): Promise<PackAttempt[]>;
  /** "Refresh now": one subscription, or all, whatever their schedule. */
  refresh(url?: string): Promise<PackAttempt[]>;
  subscribe(url: string): Promise<PackReply>;
  unsubscribe(url: string): Promise<void>;
  importFile(name: string, text: string): Promise<PackAttempt>;
  removePack(packId: string): Promise<void>;
  pinKey(jwk: EcPublicJwk, label?: string): Promise<PackReply>;
  unpinKey(keyId: string): Promise<void>;
  handle(message: PackMessage): Promise<PackReply>;
}

const issueLines = (issues: readonly ImportIssue[] | undefined) => (issues ?? []).slice(0, 20).map((i) => `${i.pathText}: ${i.message}`.slice(0, 400));

function refusedAttempt(refusal: Refusal, now: Date, packId?: string): PackAttempt {
  const { issues, ...problem } = refusal;
  return { accepted: false, problem: { ...problem, at: now.toISOString() }, ...(packId ? { packId } : {}), issues: issueLines(issues) };
}

function acceptedAttempt(outcome: PackOutcome, record?: Pick<AcceptedPack, 'packId' | 'version'>, warnings?: readonly ImportIssue[]): PackAttempt {
  return { accepted: true, outcome, ...(record ? { packId: record.packId, version: record.version } : {}), issues: issueLines(warnings) };
}

export function createPackSync(deps: PackSyncDeps): PackSync {
  const subtle = () => deps.subtle ?? defaultSubtle();
  const log = deps.log ?? (() => undefined);

  /** Stores an accepted record; a storage failure (quota) is a refusal like any other. */
  async function store(decision: Extract<PackDecision, { kind: 'accept' }>, packs: AcceptedPack[]): Promise<Refusal | undefined> {
    if (decision.outcome === 'unchanged') return undefined;
    try {
      await deps.store.savePacks(withPack(packs, decision.record));
      return undefined;
    } catch (e) {
      log('pack could not be stored', e);
      return { code: 'storage', detail: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
    }
  }

  async function refreshOne(sub: Subscription): Promise<{ sub: Subscription; attempt: PackAttempt }> {
    const now = deps.now();
    const fail = (refusal: Refusal) => ({ sub: recordFailure(sub, { now, refusal }), attempt: refusedAttempt(refusal, now, sub.packId) });
    const allowed = await deps.hasPermission(sub.url).catch(() => false);
    if (!allowed) return fail({ code: 'no-permission', detail: new URL(sub.url).origin });
    const [packs, pinned] = await Promise.all([deps.store.loadPacks(), deps.store.loadKeys()]);
    // A 304 only means something while the pack it confirms is still kept.
    const held = sub.packId !== undefined && packs.some((p) => p.packId === sub.packId);
    const got = await fetchPackText(sub.url, {
      fetch: deps.fetch,
      ...(held && sub.etag ? { etag: sub.etag } : {}),
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
    });
    if (got.kind === 'failed') return fail(got.refusal);
    if (got.kind === 'not-modified') {
      const current = packs.find((p) => p.packId === sub.packId);
      return { sub: recordSuccess(sub, { now, outcome: 'not-modified' }), attempt: acceptedAttempt('not-modified', current) };
    }
    const decision = await considerPack(got.text, {
      source: { kind: 'subscription', url: sub.url },
      packs,
      pinned,
      now,
      ...(sub.packId !== undefined ? { expectPackId: sub.packId } : {}),
      ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
      subtle: subtle(),
    });
    if (decision.kind === 'refuse') return fail(decision.refusal);
    const storeFailure = await store(decision, packs);
    if (storeFailure) return fail(storeFailure);
    return {
      sub: recordSuccess(sub, { now, outcome: decision.outcome, packId: decision.record.packId, ...(got.etag !== undefined ? { etag: got.etag } : {}) }),
      attempt: acceptedAttempt(decision.outcome, decision.record, decision.warnings),
    };
  }

  /** Refreshes the chosen subscriptions one after another, saving each record as it goes. */
  async function refreshWhere(pick: (s: Subscription) => boolean): Promise<PackAttempt[]> {
    const attempts: PackAttempt[] = [];
    const urls = (await deps.store.loadSubscriptions()).filter(pick).map((s) => s.url);
    for (const url of urls) {
      const sub = (await deps.store.loadSubscriptions()).find((s) => s.url === url);
      if (!sub) continue;
      const { sub: next, attempt } = await refreshOne(sub);
      attempts.push(attempt);
      const subs = await deps.store.loadSubscriptions();
      if (subs.some((s) => s.url === url)) await deps.store.saveSubscriptions(subs.map((s) => (s.url === url ? next : s)));
    }
    return attempts;
  }

  const sync: PackSync = {
    refreshDue() {
      const now = deps.now();
      return refreshWhere((s) => isDue(s, now));
    },
    refresh(url) {
      return refreshWhere((s) => url === undefined || s.url === url);
    },
    async subscribe(text) {
      const url = normaliseUrl(text);
      if (!url) return { ok: false, error: 'an https:// address without a user name or password', code: 'invalid-url' };
      const subs = await deps.store.loadSubscriptions();
      if (subs.some((s) => s.url === url)) return { ok: false, error: 'already subscribed to this address', code: 'already-subscribed' };
      if (subs.length >= PACK_SYNC_LIMITS.subscriptions) return { ok: false, error: `at most ${PACK_SYNC_LIMITS.subscriptions} subscriptions`, code: 'too-many' };
      await deps.store.saveSubscriptions([...subs, newSubscription(url, deps.now())]);
      const [attempt] = await refreshWhere((s) => s.url === url);
      return { ok: true, ...(attempt ? { attempt } : {}) };
    },
    async unsubscribe(url) {
      const subs = await deps.store.loadSubscriptions();
      await deps.store.saveSubscriptions(subs.filter((s) => s.url !== url));
      const packs = await deps.store.loadPacks();
      const kept = packs.filter((p) => !(p.source.kind === 'subscription' && p.source.url === url));
      if (kept.length !== packs.length) await deps.store.savePacks(kept);
    },
    async importFile(name, text) {
      const now = deps.now();
      const [packs, pinned] = await Promise.all([deps.store.loadPacks(), deps.store.loadKeys()]);
      const decision = await considerPack(text, {
        source: { kind: 'file', name: name.slice(0, 200) },
        packs,
        pinned,
        now,
        ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
        subtle: subtle(),
      });
      if (decision.kind === 'refuse') return refusedAttempt(decision.refusal, now);
      const failure = await store(decision, packs);
      if (failure) return refusedAttempt(failure, now, decision.record.packId);
      return acceptedAttempt(decision.outcome, decision.record, decision.warnings);
    },
    async removePack(packId) {
      const packs = await deps.store.loadPacks();
      if (packs.some((p) => p.packId === packId)) await deps.store.savePacks(packs.filter((p) => p.packId !== packId));
    },
    async pinKey(jwk, label) {
      try {
        await importVerifyKey(jwk, subtle());
      } catch {
        return { ok: false, error: 'not a valid P-256 public key', code: 'invalid-key' };
      }
      const keyId = await jwkThumbprint(jwk, subtle());
      const keys = await deps.store.loadKeys();
      const existing = keys.find((k) => k.keyId === keyId);
      if (!existing && keys.length >= PACK_SYNC_LIMITS.pinnedKeys) return { ok: false, error: `at most ${PACK_SYNC_LIMITS.pinnedKeys} keys`, code: 'too-many' };
      const entry: PinnedKey = { keyId, jwk, ...(label?.trim() ? { label: label.trim().slice(0, 100) } : {}), addedAt: existing?.addedAt ?? deps.now().toISOString() };
      const next = existing ? keys.map((k) => (k.keyId === keyId ? entry : k)) : [...keys, entry];
      await deps.store.saveKeys(next);
      await reverify(next);
      return { ok: true, keyId };
    },
    async unpinKey(keyId) {
      const keys = await deps.store.loadKeys();
      const next = keys.filter((k) => k.keyId !== keyId);
      if (next.length === keys.length) return;
      await deps.store.saveKeys(next);
      await reverify(next);
    },
    async handle(message) {
      switch (message.type) {
        case 'packs/subscribe':
          return sync.subscribe(message.url);
        case 'packs/unsubscribe':
          await sync.unsubscribe(message.url);
          return { ok: true };
        case 'packs/refresh':
          return { ok: true, attempts: await sync.refresh(message.url) };
        case 'packs/import':
          return { ok: true, attempt: await sync.importFile(message.name, message.text) };
        case 'packs/remove':
          await sync.removePack(message.packId);
          return { ok: true };
        case 'packs/pin-key':
          return sync.pinKey(message.jwk, message.label);
        case 'packs/unpin-key':
          await sync.unpinKey(message.keyId);
          return { ok: true };
      }
    },
  };

  async function reverify(keys: PinnedKey[]): Promise<void> {
    const packs = await deps.store.loadPacks();
    const next = await reverifyPacks(packs, keys, subtle());
    if (next) await deps.store.savePacks(next);
  }

  return sync;
}
