/**
 * The one way to ask the background something. The sender is typed as well as the receiver:
 * `Send` only takes messages of the schema (call sites add `satisfies Message` to their literals),
 * and `request` is the one reply checker — any answer that is not `{ ok: true, … }` of the
 * expected shape becomes a `MessageError` whose code the UI can translate.
 *
 * No zod here: content scripts use this too and must not load it (lib/limits.ts). The checks are
 * structural; the background builds its replies from parsed records and parses every message it
 * receives (entrypoints/background/handle-message.ts), so they guard against a garbled or foreign
 * reply, never trust one.
 */
import type { IncidentMessage } from './incident/messages.ts';
import type { PackMessage } from './packs/schema.ts';
import type { AlertMessage, InboxMessage, Message, ReplyMessage, TeamMessage } from './schema.ts';

/** Every message the background accepts. */
export type ToBackground = Message | AlertMessage | InboxMessage | TeamMessage | PackMessage | ReplyMessage | IncidentMessage;

/** `runtime.sendMessage`, typed. Rejects while the background cannot be reached. */
export type Send = (message: ToBackground) => Promise<unknown>;

export type MessageErrorCode = 'no-reply' | 'bad-reply' | 'rejected';

/** `no-reply`: the background could not be reached (worth a retry); `bad-reply`: what came back
 * was not the expected reply; `rejected`: the background said no. */
export class MessageError extends Error {
  constructor(
    readonly code: MessageErrorCode,
    message: string,
    /** The background's machine-readable reason (`quota`, `not-found`…), when it gave one. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export interface OkReply {
  ok: true;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** `{ ok: true, … }`, or undefined. */
export function readOk(reply: unknown): OkReply | undefined {
  return isObject(reply) && reply.ok === true ? { ok: true } : undefined;
}

/** The error text and code of `{ ok: false, error, code? }`, or undefined. */
export function readRefusal(reply: unknown): { error: string; code?: string } | undefined {
  if (!isObject(reply) || reply.ok !== false || typeof reply.error !== 'string') return undefined;
  return { error: reply.error.slice(0, 500), ...(typeof reply.code === 'string' ? { code: reply.code.slice(0, 40) } : {}) };
}

/**
 * Send `message` and read the reply with `read` (default: any `{ ok: true }`). Throws MessageError
 * for a failed send, a refusal, or a reply `read` does not accept.
 */
export async function request<T = OkReply>(send: Send, message: ToBackground, read?: (reply: unknown) => T | undefined): Promise<T> {
  let reply: unknown;
  try {
    reply = await send(message);
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist." while the worker restarts.
    throw new MessageError('no-reply', error instanceof Error ? error.message : String(error));
  }
  const refusal = readRefusal(reply);
  if (refusal) throw new MessageError('rejected', refusal.error, refusal.code);
  const value = (read ?? (readOk as (r: unknown) => T | undefined))(reply);
  if (value === undefined) throw new MessageError('bad-reply', 'no valid reply');
  return value;
}
