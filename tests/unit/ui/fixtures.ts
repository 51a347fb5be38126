/** Stored mentions and a fake PanelData for the side-panel tests (no IndexedDB needed). */
import { vi } from 'vitest';
import { inScopesFocus, type ScopesFocus } from '../../../lib/inbox/alert-focus.ts';
import type { DigestSnapshot } from '../../../lib/inbox/digest.ts';
import type { FirstScreen } from '../../../lib/inbox/first-screen.ts';
import { DEFAULT_PLACE, DEFAULT_PREFS, type InboxPlace, type InboxPrefs } from '../../../lib/inbox/view-state.ts';
import {
  StoredMentionSchema,
  type AdapterHealth,
  type MentionStatus,
  type PipelineStatus,
  type Settings,
  type StatusBefore,
  type StoredMention,
} from '../../../lib/schema.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import type { FlaggedChunk, PanelData, PanelEvents, ScanCursor } from '../../../runtime/panel-data.ts';

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

/** An in-memory PanelData over `rows`, recording every call. Status changes announce
 * `mentions/changed` to every subscriber, as the background does. */
export function fakePanelData(
  initial: StoredMention[] = [],
  options: { health?: AdapterHealth[]; settings?: Settings; pipeline?: PipelineStatus; place?: InboxPlace; prefs?: InboxPrefs } = {},
) {
  const state = {
    rows: [...initial],
    health: options.health ?? [],
    settings: options.settings ?? DEFAULT_SETTINGS,
    pipeline: options.pipeline ?? ({} as PipelineStatus),
    place: options.place ?? DEFAULT_PLACE,
    prefs: options.prefs ?? DEFAULT_PREFS,
    snapshot: undefined as DigestSnapshot | undefined,
    firstScreen: undefined as FirstScreen | undefined,
    mentionFocus: undefined as string | undefined,
    subscribers: [] as PanelEvents[],
    /** Stored rows that fail their schema (the read reports them as skipped). */
    damaged: 0,
    /** Rejects the next status change with this error. */
    failNext: undefined as unknown,
    get events(): Required<PanelEvents> {
      const all = state.subscribers;
      return {
        mentionsChanged: (ids) => all.forEach((e) => e.mentionsChanged(ids)),
        healthChanged: (r) => all.forEach((e) => e.healthChanged(r)),
        settingsChanged: (s) => all.forEach((e) => e.settingsChanged(s)),
        pipelineStatusChanged: (s) => all.forEach((e) => e.pipelineStatusChanged(s)),
        mentionFocus: (id) => all.forEach((e) => e.mentionFocus?.(id)),
      };
    },
  };
  const byId = (id: string) => state.rows.find((m) => m.id === id);
  const flagged = () => state.rows.filter((m) => m.flagged === 1).sort((a, b) => (a.sortAt + a.id < b.sortAt + b.id ? -1 : 1));
  const rewrite = (targets: readonly StatusBefore[]) => {
    const before: StatusBefore[] = [];
    for (const t of targets) {
      const row = byId(t.id);
      if (!row || row.status === t.status) continue;
      before.push(row.statusChangedAt ? { id: row.id, status: row.status, statusChangedAt: row.statusChangedAt } : { id: row.id, status: row.status });
      state.rows = state.rows.map((m) => (m.id === t.id ? { ...m, status: t.status, statusChangedAt: t.statusChangedAt } : m));
    }
    // The background announces what it changed.
    setTimeout(() => state.events.mentionsChanged(before.map((b) => b.id)), 0);
    return before;
  };
  const data = {
    loadDigestSnapshot: vi.fn(async () => state.snapshot),
    saveDigestSnapshot: vi.fn(async (s: DigestSnapshot) => void (state.snapshot = s)),
    loadFirstScreen: vi.fn(async () => state.firstScreen),
    saveFirstScreen: vi.fn(async (s: FirstScreen) => void (state.firstScreen = s)),
    countFlagged: vi.fn(async () => flagged().length + state.damaged),
    readFlagged: vi.fn(async (after: ScanCursor | undefined, limit: number): Promise<FlaggedChunk> => {
      const all = flagged();
      const start = after ? all.findIndex((r) => r.sortAt + r.id > after.sortAt + after.id) : 0;
      const rows = start < 0 ? [] : all.slice(start, start + limit);
      const last = rows.at(-1);
      const more = rows.length === limit && last;
      return { rows, skipped: more ? 0 : state.damaged, ...(more ? { next: { sortAt: last.sortAt, id: last.id } } : {}) };
    }),
    getMentions: vi.fn(async (ids: readonly string[]) => ids.map(byId)),
    scopesFocusIds: vi.fn(async (focus: ScopesFocus) => state.rows.filter((r) => inScopesFocus(r, focus, state.settings)).map((r) => r.id)),
    setStatuses: vi.fn(async (ids: readonly string[], status: MentionStatus) => {
      if (state.failNext !== undefined) {
        const error = state.failNext;
        state.failNext = undefined;
        throw error;
      }
      return rewrite(ids.map((id) => ({ id, status, statusChangedAt: new Date(NOW).toISOString() })));
    }),
    restoreStatuses: vi.fn(async (before: readonly StatusBefore[]) => void rewrite(before)),
    loadPlace: vi.fn(async () => state.place),
    savePlace: vi.fn(async (p: InboxPlace) => void (state.place = p)),
    loadPrefs: vi.fn(async () => state.prefs),
    savePrefs: vi.fn(async (p: InboxPrefs) => void (state.prefs = p)),
    takeMentionFocus: vi.fn(async () => {
      const id = state.mentionFocus;
      state.mentionFocus = undefined;
      return id;
    }),
    loadHealth: vi.fn(async () => state.health),
    dismissHealth: vi.fn(async (key: string) => {
      state.health = state.health.filter((r) => `${r.platform}/${r.pageType}` !== key);
    }),
    loadSettings: vi.fn(async () => state.settings),
    loadPipelineStatus: vi.fn(async () => state.pipeline),
    openSettings: vi.fn(),
    subscribe: vi.fn((events: PanelEvents) => {
      state.subscribers.push(events);
      return () => {
        state.subscribers = state.subscribers.filter((e) => e !== events);
      };
    }),
  } satisfies PanelData;
  return { data, state };
}
