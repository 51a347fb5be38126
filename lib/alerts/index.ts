export { BUCKET_MS, GRACE_MS, bucketStart, countMention, firstOpenBucket, newScopeState, openBucketsUpTo, takeDueBuckets } from './buckets.ts';
export { restoreDetectorState } from './detector-state.ts';
export { evaluateScope, type ScopeEvaluation, type SurgeOnset } from './evaluate.ts';
export {
  absorbBuckets,
  alertId,
  applyAction,
  badgeFor,
  compareAlerts,
  createAlert,
  endAlert,
  isLive,
  isOngoing,
  severityOf,
  wake,
  SNOOZE_CHOICES_MINUTES,
  type AlertAction,
} from './lifecycle.ts';
export {
  compareEvents,
  eventKey,
  eventOf,
  eventStatus,
  groupEvents,
  joinEvent,
  onePerEvent,
  openEventCount,
  scopeRank,
  sharesMost,
  spansOverlap,
  type AlertEvent,
} from './events.ts';
export { linkEvents } from './event-links.ts';
export { countedAt, isDatedToday, isDayDated } from './counting-time.ts';
export { mentionsCountedBetween } from './span-mentions.ts';
export { isSubTerm, populationMatcher, termsOf, type PopulationTerms } from './phrases.ts';
export { pickExamples } from './examples.ts';
export { BRAND_SCOPE, isNegative, parseScope, scopeHit, scopesOf, type ScopeHit, type ScopeRow } from './scopes.ts';
export {
  compileKeywordSets,
  foldKeywordText,
  keywordMatcher,
  type KeywordMatcher,
  type KeywordSetHit,
  type KeywordText,
  type MatchableKeywordSet,
} from './keyword-match.ts';
export {
  MAX_KEYWORD_SETS,
  MAX_KEYWORD_TERMS,
  detectorOptions,
  inQuietHours,
  keywordSetId,
  keywordSetOf,
  salvageAlertSettings,
  scopeSettings,
} from './settings.ts';
export { explainSpike, rankTerms } from './why.ts';
export { RETRY_DELAYS_MS, afterAttempt, buildWebhookPayload, isDue, nextRetryAt, pendingDelivery } from './webhook.ts';
export { scopeLabel } from './labels.ts';
export { createAlertEngine, MAX_COUNTED_PER_RUN, type AlertActionReply, type AlertEngine, type AlertEngineDeps, type AlertRunContext, type AlertRunResult } from './engine.ts';
export { alertChanges, populationOf, silencedBy, whyFor } from './alert-changes.ts';
export { applyAlertMessage } from './actions.ts';
export { WEBHOOK_TIMEOUT_MS, deliverDueWebhooks, type WebhookRun, type WebhookTransport } from './deliveries.ts';
export type { AlertList, AlertStore, AlertWrite, ScopeStates } from './store.ts';
