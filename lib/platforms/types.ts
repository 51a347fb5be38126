/**
 * The shape every platform adapter has: data (selectors) plus small pure functions.
 * Adapters receive a Document/Element and read nothing else (no globals), so the same code
 * runs in the content script, in Node tests (happy-dom/jsdom) and in the CLI (linkedom).
 */
import type { Mention, Platform } from '../schema.ts';

/** One alternative selector, with the reason it exists (which markup, since when). */
export interface SelectorAlt {
  selector: string;
  note: string;
}

export type SkipReason =
  | 'ad' // promoted post: never a mention
  | 'no-id' // container without a recognisable post/review id (spacer, module, placeholder)
  | 'no-text' // a post without text (media-only) or a review with an empty body and title
  | 'invalid'; // the extracted record failed schema validation

export type ExtractOutcome =
  | { ok: true; mention: Mention }
  | { ok: false; reason: SkipReason; id?: string; detail?: string };

export interface ExtractContext {
  /** The URL of the page the element is on (used for marketplace, absolute links, page type). */
  pageUrl: URL;
}

/** `P` narrows `platform` to one id, so the registry can check each adapter sits under its own key. */
export interface PlatformAdapter<P extends Platform = Platform> {
  platform: P;
  /** Hosts/paths this adapter reads. */
  isPage(url: URL): boolean;
  /** A short name for the page type ('home', 'profile', 'search', 'status', 'product-reviews',
   * 'product-page', 'other'), used in adapter-health reports. */
  pageType(url: URL): string;
  /** Whether a page of this type should contain items once loaded (health check). */
  expectsItems(url: URL): boolean;
  /** Item containers, in document order, de-duplicated. */
  itemSelectors: readonly SelectorAlt[];
  findItems(root: ParentNode): Element[];
  /** The platform id of an item without full extraction (cheap; for re-seen nodes). */
  itemId(el: Element, ctx: ExtractContext): string | undefined;
  extract(el: Element, ctx: ExtractContext): ExtractOutcome;
}
