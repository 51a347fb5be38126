/**
 * Everything the options page's "Template packs" section reads or changes, behind one interface
 * so the view is tested with fakes (like AlertsData). Reads come straight from the pack items;
 * every change is a message to the background's pack job, the items' one writer.
 */
import { browser } from 'wxt/browser';
import { MessageError, request, type Send } from '../lib/messaging.ts';
import { readPublicKey, type PublicKeyRead } from '../lib/packs/keys.ts';
import { PackAttemptSchema, type EcPublicJwk, type PackAttempt, type PackMessage } from '../lib/packs/schema.ts';
import { normaliseUrl } from '../lib/packs/subscriptions.ts';
import { packsView, type PacksView, type PinOutcome, type SubscribeOutcome } from '../lib/packs/view.ts';
import { acceptedPacksItem, packKeysItem, packSubscriptionsItem } from './pack-items.ts';

type SubscribeResult = SubscribeOutcome;
type PinResult = PinOutcome;

export interface PackData {
  load(): Promise<PacksView>;
  /** Calls `onChange` when keys, subscriptions or packs change; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  readKey(text: string): Promise<PublicKeyRead>;
  pinKey(jwk: EcPublicJwk, label?: string): Promise<PinResult>;
  unpinKey(keyId: string): Promise<void>;
  /** Call straight from the click handler: a new site needs the browser's permission prompt,
   * which only opens during a user gesture. Then the job stores it and fetches it once. */
  subscribe(url: string): Promise<SubscribeResult>;
  unsubscribe(url: string): Promise<void>;
  refresh(url?: string): Promise<PackAttempt[]>;
  importFile(name: string, text: string): Promise<PackAttempt>;
  removePack(packId: string): Promise<void>;
}

export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function readAttempt(reply: unknown): PackAttempt | undefined {
  if (!isRecord(reply) || reply.ok !== true) return undefined;
  const parsed = PackAttemptSchema.safeParse(reply.attempt);
  return parsed.success ? parsed.data : undefined;
}

function readAttempts(reply: unknown): PackAttempt[] | undefined {
  if (!isRecord(reply) || reply.ok !== true || !Array.isArray(reply.attempts)) return undefined;
  const out = reply.attempts.map((a) => PackAttemptSchema.safeParse(a));
  return out.every((r) => r.success) ? out.map((r) => r.data!) : undefined;
}

export interface PackDataDeps {
  send?: Send;
  /** browser.permissions.request, for tests. */
  requestPermission?(origins: string[]): Promise<boolean>;
}

export function createPackData(deps: PackDataDeps = {}): PackData {
  const send = deps.send ?? ((message) => browser.runtime.sendMessage(message));
  const requestPermission = deps.requestPermission ?? ((origins: string[]) => browser.permissions.request({ origins }));
  const ask = <T>(message: PackMessage, read?: (reply: unknown) => T | undefined) => request<T>(send, message, read);

  return {
    async load() {
      const [packs, keys, subs] = await Promise.all([acceptedPacksItem.get(), packKeysItem.get(), packSubscriptionsItem.get()]);
      return packsView(packs, keys, subs);
    },
    watch(onChange) {
      const stops = [acceptedPacksItem.watch(onChange), packKeysItem.watch(onChange), packSubscriptionsItem.watch(onChange)];
      return () => stops.forEach((stop) => stop());
    },
    readKey: (text) => readPublicKey(text),
    async pinKey(jwk, label) {
      try {
        const reply = await ask({ type: 'packs/pin-key', jwk, ...(label ? { label } : {}) }, (r) => (isRecord(r) && r.ok === true && typeof r.keyId === 'string' ? r.keyId : undefined));
        return { ok: true, keyId: reply };
      } catch (e) {
        if (e instanceof MessageError && (e.reason === 'too-many' || e.reason === 'invalid-key')) return { ok: false, code: e.reason };
        return { ok: false, code: 'failed', error: e instanceof Error ? e.message : String(e) };
      }
    },
    async unpinKey(keyId) {
      await ask({ type: 'packs/unpin-key', keyId });
    },
    subscribe(text) {
      const url = normaliseUrl(text);
      if (!url) return Promise.resolve({ ok: false, code: 'invalid-url' });
      const origin = new URL(url).origin;
      // No await before this call: it must run inside the click's user gesture.
      return requestPermission([originPattern(url)]).then(
        async (granted): Promise<SubscribeResult> => {
          if (!granted) return { ok: false, code: 'permission-denied', origin };
          try {
            const attempt = await ask({ type: 'packs/subscribe', url }, (r) => (isRecord(r) && r.ok === true ? (readAttempt(r) ?? null) : undefined));
            return { ok: true, ...(attempt ? { attempt } : {}) };
          } catch (e) {
            if (e instanceof MessageError && (e.reason === 'already-subscribed' || e.reason === 'too-many' || e.reason === 'invalid-url')) return { ok: false, code: e.reason };
            return { ok: false, code: 'failed', error: e instanceof Error ? e.message : String(e) };
          }
        },
        (e: unknown) => ({ ok: false, code: 'permission-denied', origin, error: e instanceof Error ? e.message : String(e) }),
      );
    },
    async unsubscribe(url) {
      await ask({ type: 'packs/unsubscribe', url });
    },
    refresh: (url) => ask({ type: 'packs/refresh', ...(url ? { url } : {}) }, readAttempts),
    importFile: (name, text) => ask({ type: 'packs/import', name, text }, readAttempt),
    async removePack(packId) {
      await ask({ type: 'packs/remove', packId });
    },
  };
}
