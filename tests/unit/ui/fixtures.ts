/** Stored mentions and a fake PanelData for the side-panel tests (no IndexedDB needed). */
import { vi } from 'vitest';
import { StoredMentionSchema, type AdapterHealth, type MentionStatus, type PipelineStatus, type Settings, type StoredMention } from '../../../lib/schema.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import type { InboxFacets, InboxFilter, InboxPage, PanelData, PanelEvents } from '../../../runtime/panel-data.ts';

export const NOW = Date.parse('2025-11-22T12:00:00.000Z');

let seq = 0;
export function xMention(overrides: Partial<StoredMention> = {}): StoredMention {
  seq += 1;
  const id = overrides.id ?? `x:${1_000_000 + seq}`;
  return StoredMentionSchema.parse({
    id,
    platform: 'x',
    permalink: `https://x.com/someone/status/${id.slice(2)}`,
    authorHandle: 'someone',
    authorName: 'Some One',
    text: 'My order never arrived and support ignores me.',
    langHint: 'en',
    postedAt: '2025-11-22T11:55:00.000Z',
    kind: 'post',
    analysis: {
      lang: 'en',
      langConfidence: 0.9,
      sentiment: { score: -0.72, label: 'negative' },
      complaint: { categories: ['delivery'], evidence: [{ start: 9, end: 22, text: 'never arrived', kind: 'complaint', category: 'delivery' }] },
      analyzer: 'test@1',
    },
    flagged: 1,
    flagReasons: ['negative'],
    watchMatches: [],
    status: 'open',
    capturedAt: '2025-11-22T11:56:00.000Z',
    sortAt: '2025-11-22T11:55:00.000Z',
    ...overrides,
  });
}

export function amazonMention(overrides: Partial<StoredMention> = {}): StoredMention {
  return xMention({
    id: 'amazon:R2ABCDEF123456',
    platform: 'amazon',
    permalink: 'https://www.amazon.de/gp/customer-reviews/R2ABCDEF123456',
    authorHandle: undefined,
    authorName: 'Kundin',
    kind: undefined,
    text: 'Das Gerät kam beschädigt an.',
    rating: 1,
    title: 'Kaputt geliefert',
    productId: 'B08N5WRWNW',
    marketplace: 'amazon.de',
    verified: true,
    analysis: { lang: 'de', langConfidence: 0.95, sentiment: { score: -0.8, label: 'negative' }, analyzer: 'test@1' },
    ...overrides,
  });
}

export function healthReport(overrides: Partial<AdapterHealth> = {}): AdapterHealth {
  return {
    platform: 'x',
    pageType: 'home',
    url: 'https://x.com/home',
    problem: 'no-items',
    selector: 'article[data-testid="tweet"]',
    containers: 0,
    extracted: 0,
    at: '2025-11-22T11:00:00.000Z',
    ...overrides,
  };
}

function matches(m: StoredMention, f: InboxFilter): boolean {
  return (
    (f.flaggedOnly === false || m.flagged === 1) &&
    (!f.platform || m.platform === f.platform) &&
    (!f.lang || m.analysis.lang === f.lang) &&
    (!f.status || f.status === 'all' || m.status === f.status)
  );
}

/** An in-memory PanelData over `rows` (kept newest first), recording every call. */
export function fakePanelData(initial: StoredMention[] = [], options: { health?: AdapterHealth[]; settings?: Settings; pipeline?: PipelineStatus } = {}) {
  const state = {
    rows: [...initial].sort((a, b) => (a.sortAt < b.sortAt ? 1 : a.sortAt > b.sortAt ? -1 : a.id < b.id ? 1 : -1)),
    health: options.health ?? [],
    settings: options.settings ?? DEFAULT_SETTINGS,
    pipeline: options.pipeline ?? ({} as PipelineStatus),
    events: undefined as PanelEvents | undefined,
  };
  const data = {
    inboxPage: vi.fn(async (filter: InboxFilter, opts: { limit: number; cursor?: string }): Promise<InboxPage> => {
      const all = state.rows.filter((m) => matches(m, filter));
      const start = opts.cursor ? Number(opts.cursor) : 0;
      const items = all.slice(start, start + opts.limit);
      const next = start + opts.limit;
      return next < all.length ? { items, skipped: 0, nextCursor: String(next) } : { items, skipped: 0 };
    }),
    inboxCount: vi.fn(async (filter: InboxFilter) => state.rows.filter((m) => matches(m, filter)).length),
    inboxFacets: vi.fn(async (): Promise<InboxFacets> => {
      const flagged = state.rows.filter((m) => m.flagged === 1);
      const facets: InboxFacets = { platforms: {}, langs: {}, statuses: { open: 0, handled: 0, dismissed: 0 }, total: flagged.length };
      for (const m of flagged) {
        facets.platforms[m.platform] = (facets.platforms[m.platform] ?? 0) + 1;
        facets.langs[m.analysis.lang] = (facets.langs[m.analysis.lang] ?? 0) + 1;
        facets.statuses[m.status] += 1;
      }
      return facets;
    }),
    setStatus: vi.fn(async (id: string, status: MentionStatus) => {
      state.rows = state.rows.map((m) => (m.id === id ? { ...m, status } : m));
    }),
    loadHealth: vi.fn(async () => state.health),
    dismissHealth: vi.fn(async (key: string) => {
      state.health = state.health.filter((r) => `${r.platform}/${r.pageType}` !== key);
    }),
    loadSettings: vi.fn(async () => state.settings),
    loadPipelineStatus: vi.fn(async () => state.pipeline),
    openSettings: vi.fn(),
    subscribe: vi.fn((events: PanelEvents) => {
      state.events = events;
      return () => {
        state.events = undefined;
      };
    }),
  } satisfies PanelData;
  return { data, state };
}
