/**
 * `crisis-desk extract FILE.html [--url URL] [--platform x|amazon]`: run a platform adapter over a
 * saved page, as the content script would over the live one, and print one Mention per line.
 */
import { parseHTML } from 'linkedom';
import { adapterFor, adapterForUrl } from '../lib/platforms/registry.ts';
import { scanPage, type ScanResult } from '../lib/platforms/scan.ts';
import type { PlatformAdapter } from '../lib/platforms/types.ts';
import { PlatformSchema, type Platform } from '../lib/schema.ts';
import { UsageError } from './args.ts';

/** Where a page came from when nothing says: the platform's home page, so links and the
 * marketplace resolve to something sensible. */
const DEFAULT_PAGE: Record<Platform, string> = { x: 'https://x.com/home', amazon: 'https://www.amazon.com/' };

export interface ExtractOptions {
  url?: string;
  platform?: string;
  /** For tests: adapter lookups (default: lib/platforms/registry.ts). */
  adapters?: { forPlatform(p: Platform): PlatformAdapter; forUrl(u: URL): PlatformAdapter | undefined };
}

export interface ExtractOutcome {
  result: ScanResult;
  adapter: PlatformAdapter;
  pageUrl: URL;
  /** Where the page URL came from: 'option', 'saved-from', 'canonical', 'og:url' or 'default'. */
  urlSource: string;
}

export function extractFromHtml(html: string, opts: ExtractOptions = {}): ExtractOutcome {
  const adapters = opts.adapters ?? { forPlatform: adapterFor, forUrl: adapterForUrl };
  let platform: Platform | undefined;
  if (opts.platform !== undefined) {
    const parsed = PlatformSchema.safeParse(opts.platform);
    if (!parsed.success) throw new UsageError(`--platform must be x or amazon, not "${opts.platform}"`);
    platform = parsed.data;
  }
  let optionUrl: URL | undefined;
  if (opts.url !== undefined) {
    optionUrl = parseUrl(opts.url);
    if (!optionUrl) throw new UsageError(`--url is not an absolute URL: "${opts.url}"`);
  }

  const { document } = parseHTML(html);
  const found = optionUrl ? { url: optionUrl, source: 'option' } : pageUrlOf(html, document);
  const adapter = platform ? adapters.forPlatform(platform) : found ? adapters.forUrl(found.url) : undefined;
  if (!adapter) {
    const seen = found ? ` (its URL ${found.url.href} is neither an X nor an Amazon page)` : ' (no --url, and the file names no URL)';
    throw new UsageError(`cannot tell which platform this page is from${seen}: pass --platform x|amazon or --url URL`);
  }
  const pageUrl = found?.url ?? new URL(DEFAULT_PAGE[adapter.platform]);
  const result = scanPage(adapter, document, pageUrl);
  return { result, adapter, pageUrl, urlSource: found?.source ?? 'default' };
}

/** The URL a saved page says it came from: the browser's "saved from" comment, then
 * `<link rel="canonical">`, then `og:url`. */
export function pageUrlOf(html: string, document: Document): { url: URL; source: string } | undefined {
  // Chrome/Edge "Save page as": <!-- saved from url=(0046)https://x.com/home -->
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  const candidates: [string | null | undefined, string][] = [
    [saved?.[1], 'saved-from'],
    [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical'],
    [document.querySelector('meta[property="og:url"]')?.getAttribute('content'), 'og:url'],
  ];
  for (const [value, source] of candidates) {
    const url = value ? parseUrl(value) : undefined;
    if (url) return { url, source };
  }
  return undefined;
}

function parseUrl(s: string): URL | undefined {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** One line for stderr: what was found and why things were skipped. */
export function summaryLine(o: ExtractOutcome): string {
  const r = o.result;
  const skipped = Object.entries(r.skipped)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  return (
    `extract: ${o.adapter.platform} ${o.adapter.pageType(o.pageUrl)} page (${o.pageUrl.href}, from ${o.urlSource}): ` +
    `${r.containers} items found, ${r.mentions.length} extracted, skipped: ${skipped || 'none'}, errors: ${r.errors.length}`
  );
}
