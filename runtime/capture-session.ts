/**
 * The content-script side of capture, independent of WXT so it can be tested under happy-dom:
 * observe the page, extract new items in idle time, send batches to the background, and mark
 * flagged items in place.
 *
 * Keyed by the post/review id, never by DOM node: X's virtualised timeline unmounts and re-mounts
 * the same post many times, and may reuse a node for another post.
 */
import type { PlatformAdapter } from '../lib/platforms/types.ts';
import { judgeHealth } from '../lib/platforms/scan.ts';
import { MAX_BATCH } from '../lib/limits.ts';
import { MessageError, request, type Send } from '../lib/messaging.ts';
import type { AdapterHealth, InboxMessage, IngestReply, Mention, Message, Verdict } from '../lib/schema.ts';
import { asIngestReply } from './reply-guards.ts';
import { applyBadge } from './badge.ts';

export interface CaptureDeps {
  adapter: PlatformAdapter;
  doc: Document;
  /** Current page URL (read on each scan: SPA navigation changes it). */
  getUrl(): URL;
  /** runtime.sendMessage; rejects when the background cannot be reached. */
  send: Send;
  /** Run `fn` when the page is idle (requestIdleCallback through WXT's ctx in production). */
  idle(fn: (deadline?: { timeRemaining(): number }) => void): void;
  /** setTimeout through WXT's ctx (cleared when the script is invalidated). */
  later(fn: () => void, ms: number): void;
  now(): Date;
  log?(msg: string, err?: unknown): void;
}

interface Totals {
  containers: number;
  extracted: number;
  noText: number;
  /** Skipped as ads, or without an id. */
  skipped: number;
  errors: number;
  lastError?: string;
}

/** How long a page may take to render its first items before an empty page counts as broken
 * markup. X's timeline streams in over a few seconds on slow connections. */
export const HEALTH_GRACE_MS = 6_000;
const SEND_DEBOUNCE_MS = 250;
const MAX_SEND_ATTEMPTS = 5;

export class CaptureSession {
  /** Ids already sent and acknowledged (or in flight). */
  private readonly sent = new Set<string>();
  /** Latest verdict per id: re-applied when a post is re-mounted. */
  private readonly verdicts = new Map<string, Verdict>();
  /** The element currently showing each id (weak: X unmounts nodes all the time). */
  private readonly elements = new Map<string, WeakRef<Element>>();
  private queue: Mention[] = [];
  private scanScheduled = false;
  private sendScheduled = false;
  private totals: Totals = { containers: 0, extracted: 0, noText: 0, skipped: 0, errors: 0 };
  private lastHealthKey = '';
  private pageKey = '';
  private pageStartedAt = 0;
  private stopped = false;
  private observer: MutationObserver | undefined;
  /** Count of mentions the background acknowledged: written to <html> for tests and the demo. */
  private acknowledged = 0;

  constructor(private readonly deps: CaptureDeps) {}

  start(): void {
    this.onNavigate();
    const MO = this.deps.doc.defaultView?.MutationObserver;
    if (MO) {
      this.observer = new MO((records) => {
        // Our own badge hosts mutate the page too; ignore records that only touch them so
        // marking a post does not trigger another scan.
        if (records.every(isOwnRecord)) return;
        this.scheduleScan();
      });
      this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
    }
    this.scheduleScan();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
  }

  /** Call on SPA navigation: health is judged per page; ids already captured stay captured. */
  onNavigate(): void {
    const url = this.deps.getUrl();
    const key = `${url.pathname}${url.search}`;
    if (key === this.pageKey) return;
    this.pageKey = key;
    this.totals = { containers: 0, extracted: 0, noText: 0, skipped: 0, errors: 0 };
    this.pageStartedAt = this.deps.now().getTime();
    this.deps.later(() => this.checkHealth(), HEALTH_GRACE_MS);
    this.scheduleScan();
  }

  private scheduleScan(): void {
    if (this.scanScheduled || this.stopped) return;
    this.scanScheduled = true;
    this.deps.idle(() => {
      this.scanScheduled = false;
      this.guard('scan', () => this.scan());
    });
  }

  /** One pass over the items currently in the DOM. Cheap for known ids (an id lookup and, if
   * a verdict is known, making sure the badge is on the current node). */
  scan(): void {
    if (this.stopped) return;
    const url = this.deps.getUrl();
    if (!this.deps.adapter.isPage(url)) return;
    const ctx = { pageUrl: url };
    const items = this.deps.adapter.findItems(this.deps.doc);
    for (const el of items) {
      let id: string | undefined;
      try {
        id = this.deps.adapter.itemId(el, ctx);
      } catch (err) {
        this.countError(err);
        continue;
      }
      if (id && this.sent.has(id)) {
        this.remember(id, el);
        continue;
      }
      this.totals.containers += 1;
      let out;
      try {
        out = this.deps.adapter.extract(el, ctx);
      } catch (err) {
        this.countError(err);
        continue;
      }
      if (!out.ok) {
        if (out.reason === 'no-text') this.totals.noText += 1;
        else this.totals.skipped += 1;
        // Ads and empty cells are counted as seen so they are not re-extracted on every mutation.
        if (out.id && out.reason !== 'no-text') this.sent.add(out.id);
        continue;
      }
      const m = out.mention;
      this.totals.extracted += 1;
      this.sent.add(m.id);
      this.remember(m.id, el);
      this.queue.push(m);
    }
    if (this.queue.length) this.scheduleSend();
    if (this.totals.extracted > 0) this.checkHealth();
  }

  private remember(id: string, el: Element): void {
    const prev = this.elements.get(id)?.deref();
    if (prev !== el) this.elements.set(id, new WeakRef(el));
    const v = this.verdicts.get(id);
    if (v) applyBadge(el, v, this.deps.adapter.platform, this.openInPanel, this.replyInPanel);
  }

  /** A click on a badge: ask the background to open the side panel on that mention. */
  private readonly openInPanel = (id: string): void => {
    this.deps.send({ type: 'panel/open-mention', id } satisfies InboxMessage).catch((err) => this.deps.log?.('could not open the side panel', err));
  };

  /** The badge's Reply button (issue 11): the same path, asking for the reply view. */
  private readonly replyInPanel = (id: string): void => {
    this.deps.send({ type: 'panel/open-mention', id, intent: 'reply' } satisfies InboxMessage).catch((err) => this.deps.log?.('could not open the side panel', err));
  };

  private countError(err: unknown): void {
    this.totals.errors += 1;
    this.totals.lastError = err instanceof Error ? err.message : String(err);
  }

  private scheduleSend(): void {
    if (this.sendScheduled) return;
    this.sendScheduled = true;
    this.deps.later(() => {
      this.sendScheduled = false;
      void this.flush(1);
    }, SEND_DEBOUNCE_MS);
  }

  private async flush(attempt: number): Promise<void> {
    if (this.stopped || !this.queue.length) return;
    const batch = this.queue.slice(0, MAX_BATCH);
    const url = this.deps.getUrl();
    const page = { url: url.href, platform: this.deps.adapter.platform, pageType: this.deps.adapter.pageType(url) };
    let ok: IngestReply | undefined;
    try {
      ok = await request(this.deps.send, { type: 'mentions/ingest', page, mentions: batch } satisfies Message, asIngestReply);
    } catch (err) {
      if (err instanceof MessageError && err.code === 'no-reply') {
        // The MV3 worker may be starting up or restarting: keep the batch and retry with back-off.
        if (attempt < MAX_SEND_ATTEMPTS) {
          this.deps.later(() => void this.flush(attempt + 1), 500 * 2 ** attempt);
        } else {
          this.deps.log?.(`could not reach the background after ${attempt} attempts; will retry on next change`, err);
          for (const m of batch) this.sent.delete(m.id);
          this.queue = this.queue.slice(batch.length);
        }
        return;
      }
      // Refused or unreadable: not stored. Forget these ids so a later scan offers them again.
      this.deps.log?.(`background refused the batch: ${err instanceof Error ? err.message.slice(0, 300) : String(err)}`);
      for (const m of batch) this.sent.delete(m.id);
      ok = undefined;
    }
    this.queue = this.queue.slice(batch.length);
    if (ok) {
      this.applyVerdicts(ok.verdicts);
      this.acknowledged += ok.verdicts.length;
      this.deps.doc.documentElement.setAttribute('data-crisis-desk-captured', String(this.acknowledged));
    }
    if (this.queue.length) this.scheduleSend();
  }

  applyVerdicts(verdicts: readonly Verdict[]): void {
    for (const v of verdicts) {
      this.verdicts.set(v.id, v);
      const el = this.elements.get(v.id)?.deref();
      if (el?.isConnected) this.guard('badge', () => applyBadge(el, v, this.deps.adapter.platform, this.openInPanel, this.replyInPanel));
    }
  }

  private checkHealth(): void {
    if (this.stopped) return;
    const url = this.deps.getUrl();
    if (!this.deps.adapter.isPage(url)) return;
    const waited = this.deps.now().getTime() - this.pageStartedAt;
    const report: AdapterHealth = judgeHealth(this.deps.adapter, url, this.totals, this.deps.now());
    // An empty page is only a problem once it had time to render.
    if (report.problem !== 'ok' && waited < HEALTH_GRACE_MS - 50) return;
    const key = `${report.pageType}|${report.problem}`;
    if (key === this.lastHealthKey) return;
    this.lastHealthKey = key;
    this.deps.send({ type: 'adapter/health', report } satisfies Message).catch((err) => this.deps.log?.('health report failed', err));
  }

  private guard(name: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      // Never throw into the host page.
      this.deps.log?.(`${name} failed`, err);
    }
  }
}

function isOwnNode(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute('data-crisis-desk-badge');
}

/** A mutation caused only by adding/removing our own badge hosts. */
function isOwnRecord(r: MutationRecord): boolean {
  if (isOwnNode(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}
