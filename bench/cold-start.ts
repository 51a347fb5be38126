/**
 * The background's cold start in Chromium: the time from waking a stopped MV3 service worker to
 * its first handled message, as an extension page sees it (sendMessage -> reply), median of
 * several restarts — beside an empty worker (a manifest and a one-line onMessage listener) in the
 * same run, so the machine's own speed and load cancel out in the ratio.
 *
 * Each round stops the worker the way Chrome does when it is idle (the worker target is closed),
 * waits until it is gone, then sends `mentions/verdicts` with no ids: the cheapest message our
 * router answers, so the figure is start-up (script evaluation, listeners, first DB open), not work.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: the e2e harness is plain .mjs
import { launchWithExtension } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ColdStart {
  name: string;
  /** Milliseconds, one per restart. */
  rounds: number[];
  median: number;
  /** Median ms from the worker's time origin to `crisis-desk:main` (evaluating the bundle's
   * modules) and to `crisis-desk:listening` (listeners registered), where the worker marks them. */
  evaluated?: number;
  listening?: number;
}

interface Target {
  type(): string;
  url(): string;
  worker(): Promise<{ close(): Promise<void>; evaluate<T>(fn: () => T): Promise<T> } | null>;
}
interface Browser {
  targets(): Target[];
  waitForTarget(pred: (t: Target) => boolean, o: { timeout: number }): Promise<Target>;
  newPage(): Promise<{ goto(url: string): Promise<unknown>; evaluate<T>(fn: (msg: unknown) => Promise<T>, arg: unknown): Promise<T> }>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(name: string, extensionPath: string, pagePath: string, message: unknown, rounds: number): Promise<ColdStart> {
  const { browser, extensionId, close } = (await launchWithExtension({ extensionPath })) as { browser: Browser; extensionId: string; close(): Promise<void> };
  try {
    const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
    const send = () =>
      page.evaluate(async (msg) => {
        const t0 = performance.now();
        await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg);
        return performance.now() - t0;
      }, message);
    // The first start (install, set-up jobs) is not a cold start of an installed extension.
    await send();
    await new Promise((r) => setTimeout(r, 1_000));
    const times: number[] = [];
    const marks: { main: number; listening: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const target = await browser.waitForTarget(isWorker, { timeout: 10_000 });
      await (await target.worker())?.close();
      const deadline = Date.now() + 10_000;
      while (browser.targets().some(isWorker) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      times.push(await send());
      const woken = await (await browser.waitForTarget(isWorker, { timeout: 10_000 })).worker();
      const m = await woken?.evaluate(() => ({
        main: performance.getEntriesByName('crisis-desk:main')[0]?.startTime ?? -1,
        listening: performance.getEntriesByName('crisis-desk:listening')[0]?.startTime ?? -1,
      }));
      if (m && m.main >= 0) marks.push(m);
    }
    const out: ColdStart = { name, rounds: times, median: median(times) };
    if (marks.length) {
      out.evaluated = median(marks.map((m) => m.main));
      out.listening = median(marks.map((m) => m.listening));
    }
    return out;
  } finally {
    await close();
  }
}

export function formatColdStart(c: ColdStart): string {
  const marks = c.evaluated === undefined ? '' : `; modules evaluated at ${c.evaluated.toFixed(0)} ms, listening at ${c.listening?.toFixed(0)} ms`;
  return `${c.name}: first reply after waking, median ${c.median.toFixed(1)} ms (${c.rounds.map((r) => r.toFixed(0)).join(', ')})${marks}`;
}

/** A do-nothing MV3 extension: the floor any worker pays to wake and answer. */
function emptyExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-empty-ext-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'background.js' } }),
  );
  writeFileSync(path.join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });\n');
  writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>empty</title>\n');
  return dir;
}

export async function benchColdStart(rounds = 7, build = path.join(ROOT, '.output/chrome-mv3')): Promise<ColdStart[]> {
  const empty = emptyExtension();
  try {
    const message = { type: 'mentions/verdicts', ids: [] };
    return [
      await measure('empty worker', empty, 'page.html', message, rounds),
      await measure('crisis-desk background', build, 'options.html', message, rounds),
    ];
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Optional argument: another build to measure (e.g. an older commit's .output/chrome-mv3).
  for (const c of await benchColdStart(7, process.argv[2] ? path.resolve(process.argv[2]) : undefined)) console.log(formatColdStart(c));
}
