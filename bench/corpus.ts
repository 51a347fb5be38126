/**
 * The benchmark corpus every clone has: real mention texts extracted from the saved pages in
 * tests/fixtures (no research-only data), cut to tweet length (at most 280 characters).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { adapterForUrl } from '../lib/platforms/registry.ts';
import { scanPage } from '../lib/platforms/scan.ts';
import { BENCH_PAGES } from './extraction.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export function fixtureMentionTexts(): string[] {
  const texts: string[] = [];
  for (const p of BENCH_PAGES) {
    const { document } = parseHTML(readFileSync(path.join(ROOT, 'tests/fixtures', p.file), 'utf8'));
    const url = new URL(p.url);
    const adapter = adapterForUrl(url);
    if (!adapter) continue;
    for (const m of scanPage(adapter, document, url).mentions) {
      const t = m.text.slice(0, 280);
      if (t.length >= 10) texts.push(t);
    }
  }
  return texts;
}
