/**
 * From one scope's evaluation to Alert changes: open a new alert on an onset (committed or
 * provisional), add closed buckets to the live one, end it when the scope is back to baseline (or
 * when the closed buckets did not confirm a provisional onset), and decide who hears about it.
 * "Why this spike" is computed when an alert opens and refreshed while it lasts.
 */
import type { Alert, AlertScope, AlertScopeSettings, AlertSettings, Settings, StoredMention } from '../schema.ts';
import type { SurgeOptions } from '../surge/index.ts';
import type { ScopeEvaluation } from './evaluate.ts';
import { keywordMatcher, type KeywordMatcher } from './keyword-match.ts';
import { absorbBuckets, alertId, createAlert, endAlert, isOngoing } from './lifecycle.ts';
import type { PopulationTerms } from './phrases.ts';
import { parseScope, scopeHit } from './scopes.ts';
import { mentionsCountedBetween } from './span-mentions.ts';
import { inQuietHours, keywordSetOf, scopeSettings } from './settings.ts';
import type { AlertStore } from './store.ts';
import { pendingDelivery } from './webhook.ts';
import { explainSpike } from './why.ts';

/** Rows read for "why": the span and a baseline day before it, each capped so a big crisis
 * cannot make one evaluation slow (phrases.ts segments ~1,000 short posts in well under a second). */
const WHY_SPAN_LIMIT = 600;
const WHY_BASELINE_LIMIT = 1_200;
const WHY_BASELINE_MS = 24 * 3_600_000;
/** The baseline day ends this long before the onset: a surge builds for a few buckets before its
 * evidence is enough, and those mentions must not become the baseline it is compared with. */
const WHY_BASELINE_GAP_MS = 3_600_000;

export interface ChangesInput {
  store: AlertStore;
  scope: AlertScope;
  evaluation: ScopeEvaluation;
  options: SurgeOptions;
  scopeSettings: AlertScopeSettings;
  alertSettings: AlertSettings;
  settings: Settings;
  /** Every stored alert by id (updated by the caller with our changes). */
  byId: ReadonlyMap<string, Alert>;
  now: number;
  /** Minutes east of UTC, for quiet hours. */
  offset: number;
  log(msg: string, detail?: unknown): void;
}

/** Why no notification is shown for `a` now, or undefined when one should be. */
export function silencedBy(a: Pick<Alert, 'scope'>, s: AlertSettings, offset: number, now: number): Alert['silenced'] {
  if (!s.notifications) return 'notifications-off';
  if (inQuietHours(scopeSettings(s, a.scope).quietHours, now, offset)) return 'quiet-hours';
  return undefined;
}

/**
 * What an alert's scope is made of, so "why" never reports it: the watch list (brand names,
 * handles, products), a keyword set's own terms, and for a complaint category the words that put
 * the span's mentions in it (their evidence, e.g. "refund" for refund complaints).
 */
export function populationOf(scope: AlertScope, settings: Settings, alertSettings: Pick<AlertSettings, 'keywordSets'>, span: readonly StoredMention[]): PopulationTerms {
  const terms = [...settings.brands, ...settings.handles, ...settings.productIds];
  const prefixes: string[] = [];
  const { kind, value } = parseScope(scope);
  if (kind === 'product' && value) terms.push(value);
  if (kind === 'keywords') {
    for (const t of keywordSetOf(alertSettings, scope)?.terms ?? []) {
      if (t.endsWith('*')) prefixes.push(t.slice(0, -1));
      else terms.push(t);
    }
  }
  if (kind === 'category') {
    const seen = new Set<string>();
    for (const row of span) {
      for (const e of row.analysis.complaint?.evidence ?? []) {
        const text = e.text.trim().toLowerCase();
        if (e.category === value && text && !seen.has(text) && seen.size < 200) {
          seen.add(text);
          terms.push(text);
        }
      }
    }
  }
  return { terms, prefixes };
}

export async function whyFor(
  store: AlertStore,
  a: Alert,
  settings: Settings,
  now: number,
  alertSettings: Pick<AlertSettings, 'keywordSets'>,
  keywords?: KeywordMatcher,
): Promise<Alert['why']> {
  const start = Date.parse(a.startedAt);
  const end = a.endedAt ? Date.parse(a.endedAt) : now + 1;
  const pick = (rows: Awaited<ReturnType<AlertStore['mentionsPostedBetween']>>) => rows.filter((r) => scopeHit(r, a.scope, settings, keywords)?.negative);
  const [spanRows, baselineRows] = await Promise.all([
    mentionsCountedBetween(store, start, end, WHY_SPAN_LIMIT),
    mentionsCountedBetween(store, start - WHY_BASELINE_GAP_MS - WHY_BASELINE_MS, start - WHY_BASELINE_GAP_MS, WHY_BASELINE_LIMIT),
  ]);
  const span = pick(spanRows);
  return explainSpike({ span, baseline: pick(baselineRows), population: populationOf(a.scope, settings, alertSettings, span) });
}

/** The alerts one scope's evaluation changes, and which of them to notify about. Writes nothing. */
export async function alertChanges(i: ChangesInput): Promise<{ changed: Alert[]; notify: Alert[] }> {
  const e = i.evaluation;
  const changed: Alert[] = [];
  const notify: Alert[] = [];
  let ongoing = [...i.byId.values()].find((a) => a.scope === i.scope && isOngoing(a));
  const put = (a: Alert) => {
    const at = changed.findIndex((c) => c.id === a.id);
    if (at >= 0) changed[at] = a;
    else changed.push(a);
  };

  const needsWhy = new Set<string>();
  if (ongoing) {
    const before = ongoing;
    ongoing = absorbBuckets(ongoing, e.rows, e.openEvidence);
    if (JSON.stringify(before) !== JSON.stringify(ongoing)) put(ongoing);
    // Refreshed when buckets close (at most once per 5 minutes), not on every ingest batch.
    if (e.rows.length > 0) needsWhy.add(ongoing.id);
  }
  // An end reported before a new onset in the same run belongs to the alert we had.
  if (ongoing && e.endedAt !== undefined && (!e.started || e.endedAt < e.started.start)) {
    ongoing = endAlert(ongoing, e.endedAt);
    put(ongoing);
    needsWhy.add(ongoing.id);
  } else if (ongoing && isOngoing(ongoing) && e.inAlert === false && !e.started && Date.parse(ongoing.startedAt) < e.state.nextClose) {
    // The closed buckets did not confirm a provisional onset (or the detector was reset).
    ongoing = endAlert(ongoing, e.state.nextClose);
    put(ongoing);
  }

  const onset = e.started ?? e.provisional;
  const live = ongoing && isOngoing(ongoing);
  if (onset && !live && !i.byId.has(alertId(i.scope, onset.start))) {
    let a = createAlert({
      scope: i.scope,
      onset,
      preset: i.scopeSettings.preset,
      threshold: i.options.threshold,
      // Committed onsets are confirmed by absorbing their rows (which replaces the onset's counts).
      provisional: true,
      now: i.now,
    });
    if (e.started) a = absorbBuckets(a, e.rows, e.openEvidence);
    if (e.started && e.endedAt !== undefined && e.endedAt > e.started.start) a = endAlert(a, e.endedAt);
    const silenced = silencedBy(a, i.alertSettings, i.offset, i.now);
    if (silenced) a = { ...a, silenced };
    if (i.alertSettings.webhookUrl) a = { ...a, webhook: pendingDelivery(i.now) };
    put(a);
    needsWhy.add(a.id);
    if (!silenced && a.status === 'open') notify.push(a);
  }

  for (let k = 0; k < changed.length; k++) {
    const a = changed[k]!;
    if (needsWhy.has(a.id)) {
      try {
        changed[k] = { ...a, why: await whyFor(i.store, a, i.settings, i.now, i.alertSettings, keywordMatcher(i.alertSettings.keywordSets)) };
      } catch (err) {
        // The alert is worth more than its explanation: it is saved without one.
        i.log(`why-this-spike failed for ${a.id}`, err);
      }
    }
  }
  const byIdNow = new Map(changed.map((a) => [a.id, a]));
  return { changed, notify: notify.map((a) => byIdNow.get(a.id) ?? a) };
}
