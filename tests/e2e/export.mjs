/**
 * Export e2e (issue 12): in the BUILT extension, capture saved real X and Amazon pages, then press
 * Export in the side panel and read the file Chromium downloads: CSV (BOM, header, the flagged open
 * mentions of the inbox, texts and hashes as stored) and JSON lines. Checks what only the real
 * extension shows: the export chunk loads under the extension's script policy, WebCrypto and
 * IndexedDB work in the panel, and the download link saves a file.
 *
 * Ends with `e2e-export: N passed, M failed` (the line scripts/test-all.mjs reads). Exit 1 on failure.
 *
 *   npx wxt build && node tests/e2e/export.mjs
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AMAZON_COM, AMAZON_JP, X_HOME } from './expectations.mjs';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';

/** Saved pages with flagged complaints (the Japanese 1-star review, the US reviews) and an X timeline. */
const PAGES = [X_HOME, AMAZON_COM, AMAZON_JP];

const suite = createSuite('e2e-export', { testTimeoutMs: 60_000, suiteTimeoutMs: 180_000 });
const { test } = suite;
const ctx = { browser: undefined, extensionId: '', router: new h.FixtureRouter(), downloads: '' };

/** The open flagged mentions, as the inbox's default filter shows them. */
async function flaggedOpen() {
  const reader = await h.openSidePanel(ctx.browser, ctx.extensionId);
  try {
    return (await h.readMentions(reader)).filter((m) => m.flagged === 1 && m.status === 'open');
  } finally {
    await reader.close();
  }
}

/** Press Export in a fresh side panel with `format` chosen; the downloaded file's bytes. */
async function exportFile(format) {
  const panel = await h.openSidePanel(ctx.browser, ctx.extensionId);
  try {
    const cdp = await panel.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: ctx.downloads, eventsEnabled: true });
    const done = new Promise((resolve, reject) => {
      cdp.on('Browser.downloadProgress', (e) => {
        if (e.state === 'completed') resolve(e);
        if (e.state === 'canceled') reject(new Error('download canceled'));
      });
    });
    const started = new Promise((resolve) => cdp.on('Browser.downloadWillBegin', resolve));
    await panel.waitForSelector('[data-testid="export-start"]', { timeout: 10_000 });
    await panel.select('[data-testid="export-format"]', format);
    await panel.click('[data-testid="export-start"]');
    const begin = await started;
    await done;
    const outcome = await panel.waitForSelector('[data-testid="export-outcome"]', { timeout: 10_000 });
    const message = await outcome.evaluate((el) => el.textContent ?? '');
    const file = path.join(ctx.downloads, begin.suggestedFilename);
    await h.until(async () => readdirSync(ctx.downloads).includes(begin.suggestedFilename) || undefined, { what: 'the downloaded file' });
    return { name: begin.suggestedFilename, bytes: readFileSync(file), message };
  } finally {
    await panel.close();
  }
}

test('captured X and Amazon pages give flagged open mentions to export', async () => {
  for (const spec of PAGES) {
    const page = await h.newHostPage(ctx.browser, ctx.router);
    try {
      await h.openHostPage(page, spec.url, { expected: spec.ids.length });
    } finally {
      await page.close();
    }
  }
  assert.ok((await flaggedOpen()).length > 0, 'no flagged open mention to export');
});

test('Export (CSV) downloads the inbox: BOM, header, one row per flagged open mention, texts and hashes as stored', async () => {
  const expected = await flaggedOpen();
  const { name, bytes, message } = await exportFile('csv');
  assert.match(name, /^crisis-desk-export-\d{8}-\d{6}Z\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const [header, ...rows] = parse(bytes.toString('utf8'), { bom: true });
  assert.deepEqual(header.slice(0, 4), ['id', 'platform', 'permalink', 'author']);
  assert.equal(header.at(-1), 'textSha256');
  assert.deepEqual(rows.map((r) => r[0]).sort(), expected.map((m) => m.id).sort(), 'exported ids vs flagged open records');
  const byId = new Map(expected.map((m) => [m.id, m]));
  const textAt = header.indexOf('text');
  const hashAt = header.indexOf('textSha256');
  for (const row of rows) {
    const stored = byId.get(row[0]).text;
    assert.equal(row[hashAt], createHash('sha256').update(stored, 'utf8').digest('hex'), `${row[0]}: hash of the stored text`);
    assert.ok(row[textAt] === stored || row[textAt] === `'${stored}`, `${row[0]}: text as stored (or neutralised)`);
  }
  assert.match(message, new RegExp(`Exported ${rows.length} mentions? to ${name.replace(/\./g, '\\.')}`));
});

test('Export (JSON lines) downloads the same mentions, one record per line', async () => {
  const expected = await flaggedOpen();
  const { name, bytes } = await exportFile('jsonl');
  assert.match(name, /\.jsonl$/);
  const records = bytes.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => r.id).sort(), expected.map((m) => m.id).sort());
  for (const r of records) assert.ok(['negative', 'neutral', 'positive'].includes(r.sentimentLabel), `${r.id}: sentimentLabel`);
});

await suite.run({
  async setup() {
    ctx.router.addPages(PAGES);
    ctx.downloads = mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-e2e-downloads-'));
    const session = await h.launchWithExtension();
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    return {
      close: async () => {
        await session.close();
        rmSync(ctx.downloads, { recursive: true, force: true });
      },
    };
  },
});
