/**
 * Linking the alerts a run opened to the events already under way (events.ts): a new alert joins
 * an event when its span overlaps one of the event's alerts and the two scopes' negative mentions,
 * over the same window, are mostly the same mentions. Reads the mentions once per run, and only
 * when the run opened an alert.
 */
import type { Alert, Settings } from '../schema.ts';
import { eventKey, joinEvent, scopeRank, sharesMost, spansOverlap } from './events.ts';
import type { KeywordMatcher } from './keyword-match.ts';
import { scopeHit } from './scopes.ts';
import { mentionsCountedBetween } from './span-mentions.ts';
import type { AlertStore } from './store.ts';

/** Mentions read to compare scopes: a burst's first hours hold far fewer in any real crisis. */
const LINK_READ_LIMIT = 3_000;

export interface LinkInput {
  store: Pick<AlertStore, 'mentionsPostedBetween'>;
  /** Alerts this run opened (not yet in an event). */
  fresh: readonly Alert[];
  /** Every alert, with this run's changes. */
  byId: ReadonlyMap<string, Alert>;
  settings: Settings;
  keywords?: KeywordMatcher;
  now: number;
}

/** The fresh alerts that joined an event, as they must be stored. */
export async function linkEvents(i: LinkInput): Promise<Alert[]> {
  const all = new Map(i.byId);
  const order = [...i.fresh].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || scopeRank(a.scope) - scopeRank(b.scope) || a.id.localeCompare(b.id));
  // Alerts opened in this run lead in that order: the earliest, broadest one is not taken in by a
  // narrower one opened in the same run.
  const waiting = new Set(order.map((f) => f.id));
  const candidatesOf = (f: Alert) =>
    [...all.values()].filter((o) => o.id !== f.id && !waiting.has(o.id) && o.scope !== f.scope && eventKey(o) !== f.id && spansOverlap(f, o, i.now));
  const anyCandidates = order.some((f) => [...all.values()].some((o) => o.id !== f.id && o.scope !== f.scope && spansOverlap(f, o, i.now)));
  if (!anyCandidates) return [];

  const from = Math.min(
    ...order.map((f) => Date.parse(f.startedAt)),
    ...[...all.values()].filter((o) => order.some((f) => spansOverlap(f, o, i.now))).map((o) => Date.parse(o.startedAt)),
  );
  const rows = await mentionsCountedBetween(i.store, from, i.now + 1, LINK_READ_LIMIT);
  const sets = new Map<string, Set<string>>();
  const negativesOf = (scope: Alert['scope']): Set<string> => {
    let set = sets.get(scope);
    if (!set) {
      set = new Set(rows.filter((r) => scopeHit(r, scope, i.settings, i.keywords)?.negative).map((r) => r.id));
      sets.set(scope, set);
    }
    return set;
  };

  const joined: Alert[] = [];
  for (const f of order) {
    waiting.delete(f.id);
    const mine = negativesOf(f.scope);
    // Events in the order they began; the first whose member shares most mentions takes it.
    const match = candidatesOf(f)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || scopeRank(a.scope) - scopeRank(b.scope))
      .find((o) => sharesMost(mine, negativesOf(o.scope)));
    if (!match) continue;
    const lead = all.get(eventKey(match)) ?? match;
    const member = joinEvent(f, lead);
    all.set(member.id, member);
    joined.push(member);
  }
  return joined;
}
