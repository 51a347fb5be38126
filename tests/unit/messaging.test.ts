import { describe, expect, test } from 'vitest';
import { MessageError, request, type Send } from '../../lib/messaging.ts';
import type { Message } from '../../lib/schema.ts';

const msg = { type: 'mention/set-status', id: 'x:1', status: 'handled' } satisfies Message;
const replying =
  (reply: unknown): Send =>
  async () =>
    reply;

describe('request: the one reply checker', () => {
  test('{ ok: true } resolves', async () => {
    await expect(request(replying({ ok: true, extra: 1 }), msg)).resolves.toEqual({ ok: true });
  });

  test('a custom reader returns its own view of the reply', async () => {
    const read = (r: unknown) => ((r as { n?: unknown }).n === 2 ? 2 : undefined);
    await expect(request(replying({ ok: true, n: 2 }), msg, read)).resolves.toBe(2);
  });

  test.each<[string, Send, string, string, string | undefined]>([
    ['the worker is unreachable', () => Promise.reject(new Error('Receiving end does not exist.')), 'no-reply', 'Receiving end does not exist.', undefined],
    ['a refusal with a code', replying({ ok: false, error: 'storage is full', code: 'quota' }), 'rejected', 'storage is full', 'quota'],
    ['a refusal without a code', replying({ ok: false, error: 'no mention x:1' }), 'rejected', 'no mention x:1', undefined],
    ['nothing at all', replying(undefined), 'bad-reply', 'no valid reply', undefined],
    ['a foreign shape', replying({ status: 200 }), 'bad-reply', 'no valid reply', undefined],
  ])('%s becomes MessageError %s', async (_name, send, code, message, reason) => {
    const error = await request(send, msg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code, message, reason });
  });

  test('a reply the reader refuses is a bad reply, even if ok', async () => {
    await expect(request(replying({ ok: true }), msg, () => undefined)).rejects.toMatchObject({ code: 'bad-reply' });
  });

  test('a huge error text is cut', async () => {
    const error = (await request(replying({ ok: false, error: 'x'.repeat(10_000) }), msg).catch((e: unknown) => e)) as MessageError;
    expect(error.message.length).toBe(500);
  });
});
