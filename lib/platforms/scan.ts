/**
 * One pass of an adapter over a page (or a subtree): the mentions it yields, what it skipped, and
 * a health verdict so a markup change is reported instead of failing silently.
 */
import type { AdapterHealth, Mention } from '../schema.ts';
import type { PlatformAdapter, SkipReason } from './types.ts';

export interface ScanResult {
  mentions: Mention[];
  containers: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Extraction errors (an adapter threw): kept per item so one odd post cannot stop the rest. */
  errors: string[];
}

export interface ScanOptions {
  /** Ids already handled on this page: skipped without full extraction (virtualised timelines
   * re-mount the same posts constantly). */
  seen?: { has(id: string): boolean };
}

export function scanItems(
  adapter: PlatformAdapter,
  items: readonly Element[],
  pageUrl: URL,
  opts: ScanOptions = {},
): ScanResult {
  const result: ScanResult = { mentions: [], containers: items.length, skipped: {}, errors: [] };
  const ctx = { pageUrl };
  for (const el of items) {
    try {
      if (opts.seen) {
        const id = adapter.itemId(el, ctx);
        if (id && opts.seen.has(id)) continue;
      }
      const out = adapter.extract(el, ctx);
      if (out.ok) result.mentions.push(out.mention);
      else result.skipped[out.reason] = (result.skipped[out.reason] ?? 0) + 1;
    } catch (err) {
      result.errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  return result;
}

export function scanPage(adapter: PlatformAdapter, root: ParentNode, pageUrl: URL, opts: ScanOptions = {}): ScanResult {
  return scanItems(adapter, adapter.findItems(root), pageUrl, opts);
}

/**
 * Judge a page's health from the cumulative scan of everything seen on it so far.
 * - containers found but none yielded text -> 'no-text' (the text selector broke)
 * - no containers at all on a page type that should have items -> 'no-items'
 * Called by the content script only after the page had time to render (it is not an error for a
 * timeline to be empty for the first second).
 */
export function judgeHealth(
  adapter: PlatformAdapter,
  pageUrl: URL,
  totals: { containers: number; extracted: number; noText: number; errors: number; skipped?: number; lastError?: string },
  now: Date,
): AdapterHealth {
  const base = {
    platform: adapter.platform,
    pageType: adapter.pageType(pageUrl),
    url: pageUrl.href,
    containers: totals.containers,
    extracted: totals.extracted,
    at: now.toISOString(),
  };
  const itemSelector = adapter.itemSelectors.map((s) => s.selector).join(', ');
  if (totals.extracted > 0) return { ...base, problem: 'ok' };
  if (totals.errors > 0) {
    return { ...base, problem: 'extract-failed', selector: itemSelector, detail: totals.lastError?.slice(0, 500) };
  }
  if (totals.containers > 0 && totals.noText >= totals.containers) {
    return { ...base, problem: 'no-text', selector: itemSelector, detail: `${itemCount(totals.containers)}, none with text` };
  }
  // Every item skipped as an ad or without an id: on a real page that means a field the adapter
  // relies on (the time link, the review id) has moved — e.g. X dropping `time` would make every
  // post look like an ad.
  const skipped = totals.skipped ?? 0;
  if (totals.containers >= 3 && skipped > 0 && totals.noText + skipped >= totals.containers) {
    return {
      ...base,
      problem: 'extract-failed',
      selector: itemSelector,
      detail: `${itemCount(totals.containers)}, none extracted (${skipped} skipped as ads or without an id)`,
    };
  }
  if (totals.containers === 0 && adapter.expectsItems(pageUrl)) {
    return { ...base, problem: 'no-items', selector: itemSelector };
  }
  return { ...base, problem: 'ok' };
}

/** "1 item", "10 items": the detail is English for logs (the panel shows translated counts). */
function itemCount(n: number): string {
  return `${n} ${n === 1 ? 'item' : 'items'}`;
}
