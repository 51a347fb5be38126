import { describe, expect, test, vi } from 'vitest';
import { E2E_MARKER, createE2eHooks } from '../../../entrypoints/background/e2e-hooks.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const REAL = Date.parse('2026-11-22T12:00:00.000Z');

function setup() {
  let real = REAL;
  const hooks = createE2eHooks(() => real);
  const tick = vi.fn(async () => undefined);
  const deps = { extensionId: ID, tick };
  return { hooks, tick, deps, advance: (ms: number) => (real += ms) };
}

describe('e2e hooks (only in the e2e build)', () => {
  test('leaves every other message to the router', () => {
    const { hooks, deps } = setup();
    expect(hooks.handle({ type: 'mentions/ingest', page: {}, mentions: [] }, PANEL, deps)).toBeUndefined();
    expect(hooks.handle('debug/set-clock', PANEL, deps)).toBeUndefined();
    expect(hooks.handle(null, PANEL, deps)).toBeUndefined();
  });

  test('the clock reads real time until set, then the set time, still flowing', async () => {
    const { hooks, deps, advance } = setup();
    expect(hooks.now().toISOString()).toBe('2026-11-22T12:00:00.000Z');
    const reply = await hooks.handle({ type: 'debug/set-clock', at: '2026-11-20T15:00:00.000Z' }, PANEL, deps);
    expect(reply).toEqual({ ok: true, marker: E2E_MARKER, now: '2026-11-20T15:00:00.000Z' });
    advance(90_000);
    expect(hooks.now().toISOString()).toBe('2026-11-20T15:01:30.000Z');
  });

  test('surge-tick runs the tick and waits for it', async () => {
    const { hooks, deps, tick } = setup();
    await expect(hooks.handle({ type: 'debug/surge-tick' }, PANEL, deps)).resolves.toMatchObject({ ok: true });
    expect(tick).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['a content script (our id, a host page URL)', { id: ID, url: 'https://x.com/home' }],
    ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' }],
    ['a sender without a URL', { id: ID }],
  ])('refuses %s and leaves the clock alone', async (_name, sender) => {
    const { hooks, deps, tick } = setup();
    await expect(hooks.handle({ type: 'debug/set-clock', at: '2020-01-01T00:00:00.000Z' }, sender, deps)).resolves.toEqual({
      ok: false,
      error: `${E2E_MARKER}: refused sender`,
    });
    await expect(hooks.handle({ type: 'debug/surge-tick' }, sender, deps)).resolves.toMatchObject({ ok: false });
    expect(hooks.now().getTime()).toBe(REAL);
    expect(tick).not.toHaveBeenCalled();
  });

  test('refuses a malformed debug message by name', async () => {
    const { hooks, deps } = setup();
    await expect(hooks.handle({ type: 'debug/set-clock', at: 'yesterday' }, PANEL, deps)).resolves.toEqual({
      ok: false,
      error: `${E2E_MARKER}: malformed debug message`,
    });
    await expect(hooks.handle({ type: 'debug/unknown' }, PANEL, deps)).resolves.toMatchObject({ ok: false });
  });
});
