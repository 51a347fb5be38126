// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { PlatformAdapter } from '../../../lib/platforms/types.ts';
import type { Mention } from '../../../lib/schema.ts';
import { CaptureSession, HEALTH_GRACE_MS, type CaptureDeps } from '../../../runtime/capture-session.ts';

/** A tiny adapter over `<div class="post" data-id="N">text</div>` so these tests exercise the
 * session's own logic (dedupe by id, batching, retries, health, badges), not a platform's markup. */
const fakeAdapter: PlatformAdapter = {
  platform: 'x',
  isPage: (u) => u.hostname === 'x.com',
  pageType: () => 'home',
  expectsItems: () => true,
  itemSelectors: [{ selector: 'div.post', note: 'test markup' }],
  findItems: (root) => [...root.querySelectorAll('div.post')],
  itemId: (el) => (el.getAttribute('data-id') ? `x:${el.getAttribute('data-id')}` : undefined),
  extract: (el) => {
    const id = el.getAttribute('data-id');
    if (!id) return { ok: false, reason: 'no-id' };
    const text = el.querySelector('.text')?.textContent ?? '';
    if (!text) return { ok: false, reason: 'no-text', id: `x:${id}` };
    const m: Mention = { id: `x:${id}`, platform: 'x', permalink: `https://x.com/a/status/${id}`, text };
    return { ok: true, mention: m };
  },
};

interface Harness {
  session: CaptureSession;
  sent: unknown[];
  timers: { fn: () => void; at: number }[];
  clock: { t: number };
  runIdle(): void;
  advance(ms: number): Promise<void>;
  reply: (msg: { type: string; mentions?: Mention[] }) => unknown;
}

function setup(reply?: Harness['reply']): Harness {
  const sent: unknown[] = [];
  const idles: (() => void)[] = [];
  const timers: { fn: () => void; at: number }[] = [];
  const clock = { t: 1_000_000 };
  const h: Harness = {
    session: undefined as unknown as CaptureSession,
    sent,
    timers,
    clock,
    runIdle: () => idles.splice(0).forEach((f) => f()),
    advance: async (ms) => {
      clock.t += ms;
      for (;;) {
        const due = timers.filter((x) => x.at <= clock.t);
        if (!due.length) break;
        for (const d of due) timers.splice(timers.indexOf(d), 1);
        for (const d of due) d.fn();
        await Promise.resolve();
        await Promise.resolve();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
    reply:
      reply ??
      ((msg) =>
        msg.type === 'mentions/ingest'
          ? {
              ok: true,
              stored: msg.mentions!.length,
              duplicates: 0,
              rejected: [],
              verdicts: msg.mentions!.map((m) => ({
                id: m.id,
                flagged: m.text.includes('broken'),
                label: m.text.includes('broken') ? 'negative' : 'neutral',
                score: m.text.includes('broken') ? -0.8 : 0,
                lang: 'en',
                status: 'open',
                ...(m.text.includes('late') ? { categories: ['delivery'] } : {}),
              })),
            }
          : { ok: true }),
  };
  const deps: CaptureDeps = {
    adapter: fakeAdapter,
    doc: document,
    getUrl: () => new URL('https://x.com/home'),
    send: async (m) => {
      sent.push(m);
      return h.reply(m as { type: string });
    },
    idle: (fn) => idles.push(() => fn()),
    later: (fn, ms) => timers.push({ fn, at: clock.t + ms }),
    now: () => new Date(clock.t),
  };
  h.session = new CaptureSession(deps);
  return h;
}

const ingests = (h: Harness) => h.sent.filter((m) => (m as { type: string }).type === 'mentions/ingest') as { mentions: Mention[] }[];
const healths = (h: Harness) => h.sent.filter((m) => (m as { type: string }).type === 'adapter/health') as { report: { problem: string } }[];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('CaptureSession', () => {
  test('sends each post once, keyed by id, and badges flagged ones', async () => {
    document.body.innerHTML = `<div class="post" data-id="1"><span class="text">it is broken</span></div>
      <div class="post" data-id="2"><span class="text">lovely</span></div>`;
    const h = setup();
    h.session.start();
    h.runIdle();
    await h.advance(300);
    expect(ingests(h)).toHaveLength(1);
    expect(ingests(h)[0]!.mentions.map((m) => m.id)).toEqual(['x:1', 'x:2']);
    expect(document.querySelector('[data-crisis-desk-badge="x:1"]')).not.toBeNull();
    expect(document.querySelector('[data-crisis-desk-badge="x:2"]')).toBeNull();
    expect(document.documentElement.getAttribute('data-crisis-desk-captured')).toBe('2');

    // Virtualised timeline: the same post is unmounted and mounted again as a new node.
    document.body.innerHTML = `<div class="post" data-id="1"><span class="text">it is broken</span></div>`;
    h.session.scan();
    await h.advance(300);
    expect(ingests(h)).toHaveLength(1); // not sent again
    expect(document.querySelectorAll('[data-crisis-desk-badge="x:1"]')).toHaveLength(1); // badge re-applied once
    h.session.scan();
    expect(document.querySelectorAll('[data-crisis-desk-badge]')).toHaveLength(1); // idempotent
  });

  test('badge text is text, never markup', async () => {
    document.body.innerHTML = `<div class="post" data-id="7"><span class="text">broken &lt;img src=x onerror=alert(1)&gt;</span></div>`;
    const h = setup();
    h.session.start();
    h.runIdle();
    await h.advance(300);
    const host = document.querySelector('[data-crisis-desk-badge="x:7"]')!;
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
  });

  test('the badge says why (tone or complaint category); a click opens the mention in the side panel, not the post', async () => {
    document.body.innerHTML = `<div class="post" data-id="11"><span class="text">broken</span></div>
      <div class="post" data-id="12"><span class="text">broken and late</span></div>`;
    let postOpened = 0;
    document.body.addEventListener('click', () => postOpened++);
    const h = setup();
    h.session.start();
    h.runIdle();
    await h.advance(300);
    const button = (id: string) => document.querySelector(`[data-crisis-desk-badge="${id}"]`)!.shadowRoot!.querySelector('button')!;
    expect(button('x:11').textContent).toBe('⚠ Negative');
    expect(button('x:12').textContent).toBe('⚠ Complaint: Delivery');
    expect(button('x:12').title).toContain('Click to open it in Crisis Desk');
    button('x:12').click();
    await h.advance(0);
    expect(h.sent).toContainEqual({ type: 'panel/open-mention', id: 'x:12' });
    expect(postOpened).toBe(0);
  });

  test('keeps the batch and retries when the background cannot be reached', async () => {
    document.body.innerHTML = `<div class="post" data-id="3"><span class="text">broken again</span></div>`;
    let failures = 2;
    const h = setup();
    const ok = h.reply;
    h.reply = (m) => {
      if (m.type === 'mentions/ingest' && failures-- > 0) throw new Error('Could not establish connection');
      return ok(m);
    };
    h.session.start();
    h.runIdle();
    await h.advance(300);
    await h.advance(2_000);
    await h.advance(4_000);
    const batches = ingests(h);
    expect(batches).toHaveLength(3);
    expect(batches.every((b) => b.mentions[0]!.id === 'x:3')).toBe(true);
    expect(document.querySelector('[data-crisis-desk-badge="x:3"]')).not.toBeNull();
  });

  test('a refused batch is offered again on the next scan', async () => {
    document.body.innerHTML = `<div class="post" data-id="4"><span class="text">broken</span></div>`;
    const h = setup(() => ({ ok: false, error: 'storage full', code: 'quota' }));
    h.session.start();
    h.runIdle();
    await h.advance(300);
    h.session.scan();
    await h.advance(300);
    expect(ingests(h)).toHaveLength(2);
  });

  test('reports no-text when containers appear but the text selector finds nothing', async () => {
    document.body.innerHTML = `<div class="post" data-id="5"><span class="renamed">hi</span></div>`;
    const h = setup();
    h.session.start();
    h.runIdle();
    expect(healths(h)).toHaveLength(0); // too early to judge
    await h.advance(HEALTH_GRACE_MS);
    expect(healths(h).map((x) => x.report.problem)).toEqual(['no-text']);
  });

  test('reports no-items on a page that should have items, and ok once items arrive', async () => {
    const h = setup();
    h.session.start();
    h.runIdle();
    await h.advance(HEALTH_GRACE_MS);
    expect(healths(h).map((x) => x.report.problem)).toEqual(['no-items']);
    document.body.innerHTML = `<div class="post" data-id="6"><span class="text">fine</span></div>`;
    h.session.scan();
    expect(healths(h).map((x) => x.report.problem)).toEqual(['no-items', 'ok']);
  });

  test('an adapter that throws on one item does not stop the others or the page', async () => {
    document.body.innerHTML = `<div class="post" data-id="8"><span class="text">a</span></div><div class="post" data-id="9"><span class="text">b</span></div>`;
    const h = setup();
    const orig = fakeAdapter.extract;
    const throwing: PlatformAdapter = {
      ...fakeAdapter,
      extract: (el, ctx) => {
        if (el.getAttribute('data-id') === '8') throw new Error('boom');
        return orig(el, ctx);
      },
    };
    (h.session as unknown as { deps: CaptureDeps }).deps.adapter = throwing;
    h.session.start();
    expect(() => h.runIdle()).not.toThrow();
    await h.advance(300);
    expect(ingests(h)[0]!.mentions.map((m) => m.id)).toEqual(['x:9']);
  });
});
