/**
 * Every record that is stored, imported, exported or messaged has exactly one zod schema here.
 * Parse at every boundary (content script -> background, IndexedDB reads, CLI input, imports).
 * Types are inferred from the schemas so the two can never drift apart.
 */
import { z } from 'zod';

// PlatformSchema and the CLI's AnalyzeInputSchema are kept apart, so that `analyze` does not
// build every schema here (analyze-input-schema.ts); they are re-exported here with the rest.
import { PlatformSchema } from './analyze-input-schema.ts';
import { ASIN_RE, FIELD_MAX, MAX_BATCH, MAX_TEXT_CHARS, MENTION_ID_RE } from './limits.ts';
import { hasUrlCredentials } from './redact-url.ts';

export { MAX_BATCH, MAX_TEXT_CHARS } from './limits.ts';
export { AnalyzeInputSchema, PlatformSchema, type AnalyzeInput, type Platform } from './analyze-input-schema.ts';

/** ISO 8601 in UTC as produced by `Date.prototype.toISOString()`; sorts lexicographically. */
export const IsoDateSchema = z.iso.datetime({ offset: false });

export const XPostKindSchema = z.enum(['post', 'reply', 'quote', 'repost']);
export type XPostKind = z.infer<typeof XPostKindSchema>;

/** ISO 639-1 code or 'und' (undetermined). */
export const LangCodeSchema = z.string().regex(/^([a-z]{2}|und)$/);

export const MentionSchema = z.object({
  /** `x:<status id>` or `amazon:<review id>`; status ids are 64-bit and stay strings. */
  id: z.string().regex(MENTION_ID_RE),
  platform: PlatformSchema,
  permalink: z.url(),
  authorHandle: z.string().max(FIELD_MAX.authorHandle).optional(),
  authorName: z.string().max(FIELD_MAX.authorName).optional(),
  text: z.string().max(MAX_TEXT_CHARS),
  /** True when the text was cut to MAX_TEXT_CHARS. */
  truncated: z.boolean().optional(),
  /** The platform's own hint: X's `lang` attribute, or the Amazon marketplace/review language. */
  langHint: z.string().max(FIELD_MAX.langHint).optional(),
  /** When the post/review was written (UTC). Missing when the page does not say. */
  postedAt: IsoDateSchema.optional(),
  /** Amazon: star rating 1..5 (may be fractional on some locales). */
  rating: z.number().min(0).max(5).optional(),
  /** Amazon: review title. */
  title: z.string().max(FIELD_MAX.title).optional(),
  /** Amazon: ASIN. */
  productId: z.string().regex(ASIN_RE).optional(),
  /** Amazon: marketplace host without www, e.g. `amazon.co.jp`. */
  marketplace: z.string().max(FIELD_MAX.marketplace).optional(),
  /** Amazon: verified purchase badge. */
  verified: z.boolean().optional(),
  /** X: what kind of post this is. */
  kind: XPostKindSchema.optional(),
  /** X: who reposted it, for reposts (the handle in the social context link). */
  repostedBy: z.string().max(FIELD_MAX.repostedBy).optional(),
  /** X: text of the quoted post, kept apart so it is not analysed as the author's own words. */
  quotedText: z.string().max(MAX_TEXT_CHARS).optional(),
  /** The page the mention was captured on (not the permalink). */
  pageUrl: z.url().optional(),
  pageType: z.string().max(FIELD_MAX.pageType).optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const SentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

export const SentimentSchema = z.object({
  score: z.number().min(-1).max(1),
  label: SentimentLabelSchema,
});
export type Sentiment = z.infer<typeof SentimentSchema>;

/** A span of the analysed text that made us decide something; the UI highlights these. */
export const EvidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  /** What the span is evidence of: a lexicon hit, a complaint phrase, an emoji... */
  kind: z.string().max(40),
  category: z.string().max(40).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ComplaintCategorySchema = z.enum([
  'delivery',
  'damaged',
  'safety',
  'refund',
  'account',
  'service',
  'counterfeit',
]);
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

export const AnalysisSchema = z.object({
  lang: LangCodeSchema,
  langConfidence: z.number().min(0).max(1),
  sentiment: SentimentSchema,
  complaint: z
    .object({
      categories: z.array(ComplaintCategorySchema),
      evidence: z.array(EvidenceSchema),
    })
    .optional(),
  /** Which analyser produced this, so re-analysis after an upgrade can find stale records. */
  analyzer: z.string().max(40),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const MentionStatusSchema = z.enum(['open', 'handled', 'dismissed']);
export type MentionStatus = z.infer<typeof MentionStatusSchema>;

/**
 * How a reply left Crisis Desk (issue 11, "Replying"): the template channels (lib/templates/
 * schema.ts CHANNELS, listed again here: that module imports this one), Amazon's own "Contact
 * customer" flow for a review, and `none` for a recorded decision not to reply (it is no response).
 */
export const REPLY_CHANNELS = ['x-reply', 'amazon-buyer-message', 'amazon-feedback-response', 'generic', 'amazon-contact-customer', 'none'] as const;
export const ReplyChannelSchema = z.enum(REPLY_CHANNELS);
export type ReplyChannel = z.infer<typeof ReplyChannelSchema>;

/** `x-insert`: pasted into X's reply box; `clipboard`: copied for the agent to paste; `page`:
 * an Amazon page was opened for the agent to act there; `none`: a decision only. */
export const ReplyViaSchema = z.enum(['x-insert', 'clipboard', 'page', 'none']);
export type ReplyVia = z.infer<typeof ReplyViaSchema>;

/** The longest reply text kept on a record (a template variant is at most 5,000 characters). */
export const MAX_REPLY_TEXT = 5_000;
/** Replies kept per mention: the first (it is the first response) and the latest ones. */
export const MAX_REPLIES_PER_MENTION = 20;

/** One reply (or reply decision) recorded on a mention (lib/replies/record.ts). */
export const ReplyRecordSchema = z.object({
  /** When the reply left Crisis Desk (inserted or copied), by this browser's clock. */
  at: IsoDateSchema,
  /** The team agent's name when a workspace is signed in, else the Incident tab's name, else `me`. */
  agent: z.string().min(1).max(200),
  channel: ReplyChannelSchema,
  via: ReplyViaSchema,
  templateId: z.string().max(100).optional(),
  /** The template variant's language (BCP 47). */
  lang: z.string().max(35).optional(),
  /** The variant was in the fallback language (English), not the customer's. */
  fallback: z.boolean().optional(),
  incidentId: z.string().max(64).optional(),
  statementVersion: z.number().int().min(1).max(1_000_000).optional(),
  /** The agent changed the filled template before it went out. */
  edited: z.boolean().optional(),
  /** The text as it went out (none for decisions). */
  text: z.string().max(MAX_REPLY_TEXT).optional(),
});
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;
/** Hex SHA-256 (lowercase), as the export writes it. */
const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The hash of a stored row's text, computed when the text was written (lib/export/text-hash.ts),
 * with the FNV-1a of the text it was computed from. Optional: rows stored before it, or by a
 * writer that did not hash, are hashed by the export. A damaged value is dropped rather than
 * making the whole row unreadable.
 */
export const TextHashSchema = z.object({
  sha256: Sha256HexSchema,
  fnv1a: z.number().int().min(0).max(0xffffffff),
});

/** What the `mentions` object store holds (keyPath `id`). */
export const StoredMentionSchema = MentionSchema.extend({
  analysis: AnalysisSchema,
  /** 1 when the mention needs an agent. A number, not a boolean, because booleans are not valid
   * IndexedDB keys and this field is indexed. */
  flagged: z.union([z.literal(0), z.literal(1)]),
  /** Why it was flagged (negative sentiment, complaint phrase, watched term...). */
  flagReasons: z.array(z.string().max(80)).max(20).default([]),
  /** Watch-list terms (brand, handle, product id) that this mention matched. */
  watchMatches: z.array(z.string().max(200)).max(50).default([]),
  status: MentionStatusSchema,
  statusChangedAt: IsoDateSchema.optional(),
  capturedAt: IsoDateSchema,
  /** Posted time if known, else capture time: what lists sort and surges bucket by. */
  sortAt: IsoDateSchema,
  /** Last capture that changed the row, or last status change: what retention ages by (an old
   * review captured today is new to us). Set on every write since migration 5, which filled it in. */
  activityAt: IsoDateSchema.optional(),
  /** What the team workspace knows about it (lib/team/fold.ts); absent for solo users. */
  team: z.lazy(() => MentionTeamSchema).optional(),
  /** Replies recorded on it (issue 11), oldest first, at most MAX_REPLIES_PER_MENTION; absent
   * until the first. Optional, so rows written before it need no migration. */
  replies: z.array(ReplyRecordSchema).max(MAX_REPLIES_PER_MENTION).optional(),
  /** Set by the ingest with every text it writes; the export checks it still matches `text`. */
  textHash: TextHashSchema.optional().catch(undefined),
});
export type StoredMention = z.infer<typeof StoredMentionSchema>;

/**
 * A tombstone (store `decided`, migration 5): a mention the team handled or dismissed, kept after
 * retention removed its row, so capturing the post again never re-opens it as a new complaint.
 */
export const DecidedSchema = z.object({
  id: MentionSchema.shape.id,
  status: z.enum(['handled', 'dismissed']),
  /** When the status was set. */
  at: IsoDateSchema,
});
export type Decided = z.infer<typeof DecidedSchema>;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  /** Brand names to watch for in text (case-insensitive). */
  brands: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  /** X handles (without @) of the brand's own accounts. */
  handles: z.array(z.string().trim().regex(/^[A-Za-z0-9_]{1,15}$/)).max(200).default([]),
  /** Amazon ASINs to watch. */
  productIds: z.array(z.string().trim().regex(/^[A-Z0-9]{10}$/)).max(1000).default([]),
  /** Languages the team works in (ISO 639-1); they steer language detection. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).max(60).default(['en', 'de', 'es', 'fr', 'it', 'ja', 'zh']),
  /** Unflagged mentions older than this are pruned. Flagged ones are kept until handled. */
  retentionDays: z.number().int().min(1).max(3650).default(30),
  /** When true, only mentions that match a watch term are flagged (if any terms are set). */
  watchOnly: z.boolean().default(true),
  /** The team's response target for flagged mentions: the inbox marks open ones waiting longer as
   * overdue and ranks by it (lib/inbox/priority.ts). One hour is the usual social-care target. */
  responseTargetMinutes: z.number().int().min(5).max(7 * 24 * 60).default(60),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** What a content script reports when its selectors stop matching. */
export const AdapterHealthSchema = z.object({
  platform: PlatformSchema,
  pageType: z.string().max(40),
  url: z.url(),
  /** 'ok' clears an earlier warning for this platform + page type. */
  problem: z.enum(['ok', 'no-items', 'no-text', 'extract-failed']),
  /** The selector (or field) that failed to match. */
  selector: z.string().max(300).optional(),
  detail: z.string().max(500).optional(),
  containers: z.number().int().min(0).default(0),
  extracted: z.number().int().min(0).default(0),
  at: IsoDateSchema,
});
export type AdapterHealth = z.infer<typeof AdapterHealthSchema>;

export const PageInfoSchema = z.object({
  url: z.url(),
  platform: PlatformSchema,
  pageType: z.string().max(40),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

/** The verdict the background returns for each mention in a batch, for in-page badges. */
export const VerdictSchema = z.object({
  id: MentionSchema.shape.id,
  flagged: z.boolean(),
  label: SentimentLabelSchema,
  score: z.number(),
  lang: LangCodeSchema,
  status: MentionStatusSchema,
  /** Complaint categories, so the in-page badge can say "Complaint: Delivery" rather than
   * "Negative". Optional: verdicts from before it existed lack it. */
  categories: z.array(ComplaintCategorySchema).max(10).optional(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

// ---- Messages (runtime.sendMessage). Every message has a `type`; replies are typed too. ----

/** Mentions are sent unparsed (`unknown`) so one bad item never sinks the batch: the background
 * parses each on its own and reports the rejects. */
export const IngestMessageSchema = z.object({
  type: z.literal('mentions/ingest'),
  page: PageInfoSchema,
  mentions: z.array(z.unknown()).max(MAX_BATCH),
});
export const HealthMessageSchema = z.object({
  type: z.literal('adapter/health'),
  report: AdapterHealthSchema,
});
export const SetStatusMessageSchema = z.object({
  type: z.literal('mention/set-status'),
  id: MentionSchema.shape.id,
  status: MentionStatusSchema,
});
/** Broadcast by the background after a write so open side panels refresh. */
export const ChangedMessageSchema = z.object({
  type: z.literal('mentions/changed'),
  ids: z.array(z.string()).max(MAX_BATCH),
});
/** Sent by a content script when it wants the current verdicts of ids it sees again. */
export const VerdictsQueryMessageSchema = z.object({
  type: z.literal('mentions/verdicts'),
  ids: z.array(MentionSchema.shape.id).max(MAX_BATCH),
});

/** Sent by the background to tabs after a status change, so in-page badges follow the panel. */
export const VerdictsChangedMessageSchema = z.object({
  type: z.literal('verdicts/changed'),
  verdicts: z.array(VerdictSchema).max(MAX_BATCH),
});

export const MessageSchema = z.discriminatedUnion('type', [
  IngestMessageSchema,
  HealthMessageSchema,
  SetStatusMessageSchema,
  ChangedMessageSchema,
  VerdictsQueryMessageSchema,
  VerdictsChangedMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;

export const IngestReplySchema = z.object({
  ok: z.literal(true),
  verdicts: z.array(VerdictSchema),
  stored: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), error: z.string() })),
});
export type IngestReply = z.infer<typeof IngestReplySchema>;

export const ErrorReplySchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  /** Machine-readable reason, e.g. 'quota' when storage is full. */
  code: z.string().optional(),
});
export type ErrorReply = z.infer<typeof ErrorReplySchema>;

/** The background's own status, shown by the side panel: a failing store must never be silent. */
export const PipelineStatusSchema = z.object({
  lastError: z
    .object({ code: z.string().max(40), message: z.string().max(500), at: IsoDateSchema })
    .optional(),
  /** The last re-check of stored mentions (ReflagState) failed; cleared by the next run that
   * gets through. Until then stored flags may not follow the latest settings or analyser. */
  recheckError: z.object({ message: z.string().max(500), at: IsoDateSchema }).optional(),
});
export type PipelineStatus = z.infer<typeof PipelineStatusSchema>;

/** "Open the panel on this alert" (storage.local `alertFocus`): written when a notification is
 * clicked, read and cleared by the side panel. */
export const AlertFocusSchema = z.object({ id: z.string().max(120), at: IsoDateSchema });
export type AlertFocus = z.infer<typeof AlertFocusSchema>;

// ---- CLI `analyze` input: AnalyzeInputSchema, in analyze-input-schema.ts (re-exported above). ----

// ---- Surge alerts (issue 4, "In the extension"). Appended; nothing above changes. ----

/**
 * What an alert watches. `all` = every negative mention for the brand; the others narrow it to a
 * platform, a watched product (ASIN), a complaint category or (later) an incident keyword set.
 */
export const AlertScopeSchema = z
  .string()
  .regex(/^(all|platform:(x|amazon)|product:[A-Z0-9]{10}|category:[a-z]{1,20}|keywords:[a-z0-9-]{1,40})$/);
export type AlertScope = z.infer<typeof AlertScopeSchema>;

export const SurgePresetSchema = z.enum(['sensitive', 'balanced', 'strict']);

/** "HH:MM" in the operator's local time. */
const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const AlertScopeSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  preset: SurgePresetSchema.default('balanced'),
  /** Minimum excess of negative mentions over the baseline before an alert opens; unset = the preset's. */
  minVolume: z.number().int().min(1).max(10_000).optional(),
  /** No new alert on this scope this long after one ends; unset = the preset's. */
  cooldownMinutes: z.number().int().min(0).max(7 * 24 * 60).optional(),
  /** Alerts are still recorded in quiet hours, but no notification or badge is raised. */
  quietHours: z.object({ from: ClockTimeSchema, to: ClockTimeSchema }).optional(),
});
export type AlertScopeSettings = z.infer<typeof AlertScopeSettingsSchema>;

/** A keyword set's id: the `keywords:<id>` scope, fixed at creation so a rename keeps the scope's
 * history (an incident will own a set by this id). */
export const KeywordSetIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

/**
 * One term of an incident keyword set, as the operator wrote it. Whole words for scripts written
 * with spaces, substrings for CJK/Thai; a trailing `*` means "words starting with" (see
 * lib/alerts/keyword-match.ts). A `*` anywhere else, or alone, means nothing and is refused.
 */
export const KeywordTermSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((t) => /^[^*]+\*?$/.test(t), { message: '* only at the end of a term, after at least one character' });

export const KeywordSetSchema = z.object({
  id: KeywordSetIdSchema,
  name: z.string().trim().min(1).max(80),
  terms: z.array(KeywordTermSchema).min(1).max(50),
  enabled: z.boolean().default(true),
  createdAt: IsoDateSchema.optional(),
});
export type KeywordSet = z.infer<typeof KeywordSetSchema>;

/** `params.reason` of the webhookUrl issue for a URL with `user:password@`. */
export const WEBHOOK_CREDENTIALS = 'webhook-credentials';

export const AlertSettingsSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  /** Applies to every scope without its own entry. */
  defaults: AlertScopeSettingsSchema.default(AlertScopeSettingsSchema.parse({})),
  perScope: z.record(AlertScopeSchema, AlertScopeSettingsSchema).default({}),
  notifications: z.boolean().default(true),
  /** Optional Slack-compatible incoming webhook (https only). No `user:password@`: fetch refuses
   * such URLs, so the webhook could never work, and the password would end up in error texts. The
   * issue's `params.reason` lets the settings form show it in the UI language. */
  webhookUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .refine((url) => !hasUrlCredentials(url), {
      message: 'a webhook URL must not contain a user name or password',
      params: { reason: WEBHOOK_CREDENTIALS },
    })
    .optional(),
  /** Incident keyword sets, each watched as the scope `keywords:<id>`. Absent in settings stored
   * before they existed, hence the default. */
  keywordSets: z
    .array(KeywordSetSchema)
    .max(50)
    .superRefine((sets, ctx) => {
      const seen = new Set<string>();
      sets.forEach((set, i) => {
        if (seen.has(set.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate keyword set id ${set.id}` });
        seen.add(set.id);
      });
    })
    .default([]),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;
export const DEFAULT_ALERT_SETTINGS: AlertSettings = AlertSettingsSchema.parse({});

export const AlertStatusSchema = z.enum(['open', 'acknowledged', 'snoozed', 'resolved', 'ended']);
export type AlertStatus = z.infer<typeof AlertStatusSchema>;
export const AlertSeveritySchema = z.enum(['low', 'medium', 'high']);
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;

const CountShareSchema = z.object({
  key: z.string().max(40),
  count: z.number().int().min(0),
  share: z.number().min(0).max(1),
  baselineShare: z.number().min(0).max(1),
});

/** "Why this spike": what is different about the mentions in the alert span. */
export const AlertWhySchema = z.object({
  mentions: z.number().int().min(0),
  baselineMentions: z.number().int().min(0),
  terms: z.array(z.object({ text: z.string().max(80), count: z.number().int().min(0), baseline: z.number().int().min(0) })).max(20),
  categories: z.array(CountShareSchema).max(20),
  languages: z.array(CountShareSchema).max(20),
  exampleIds: z.array(z.string().max(200)).max(10),
});
export type AlertWhy = z.infer<typeof AlertWhySchema>;

export const WebhookDeliverySchema = z.object({
  state: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  nextAttemptAt: IsoDateSchema.optional(),
  lastError: z.string().max(300).optional(),
  sentAt: IsoDateSchema.optional(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/** What the `alerts` object store holds (keyPath `id`). */
export const AlertSchema = z.object({
  /** `<scope>|<bucket start epoch ms>`: one alert per scope and onset. */
  id: z.string().max(120),
  scope: AlertScopeSchema,
  status: AlertStatusSchema,
  severity: AlertSeveritySchema,
  preset: SurgePresetSchema,
  /** Start of the bucket (posted time) that opened the alert. */
  startedAt: IsoDateSchema,
  /** When the extension raised it (wall clock). */
  detectedAt: IsoDateSchema,
  /** Start of the bucket in which the scope was back to baseline. */
  endedAt: IsoDateSchema.optional(),
  /** True while only the still-open buckets say so (raised on ingest, before the tick confirms it). */
  provisional: z.boolean(),
  /** −log10 tail probability at its highest, and the detector's threshold for comparison. */
  peakEvidence: z.number().min(0),
  threshold: z.number().min(0),
  /** Negative mentions and all mentions in the alert span so far, and the baseline's expectation. */
  negatives: z.number().int().min(0),
  total: z.number().int().min(0),
  expected: z.number().min(0),
  snoozedUntil: IsoDateSchema.optional(),
  statusChangedAt: IsoDateSchema.optional(),
  /** Why no notification was shown. */
  silenced: z.enum(['quiet-hours', 'notifications-off']).optional(),
  why: AlertWhySchema.optional(),
  webhook: WebhookDeliverySchema.optional(),
  /** The event it belongs to: the id of the event's first alert (lib/alerts/events.ts). Absent =
   * it leads its own event (every alert stored before events existed). */
  eventId: z.string().max(120).optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

/** One closed bucket of one scope, kept for the chart (store `surge-buckets`, key [scope, start]). */
export const SurgeBucketRowSchema = z.object({
  scope: AlertScopeSchema,
  /** Bucket start, epoch ms (posted time). */
  start: z.number().int(),
  negatives: z.number().int().min(0),
  total: z.number().int().min(0),
  expected: z.number().min(0),
  upper: z.number().min(0),
  evidence: z.number().min(0),
  alert: z.boolean(),
});
export type SurgeBucketRow = z.infer<typeof SurgeBucketRowSchema>;

const OpenBucketSchema = z.object({ start: z.number().int(), negatives: z.number().int().min(0), total: z.number().int().min(0) });

/**
 * Per-scope counting and detector state (store `surge-scopes`, keyPath `scope`). The detector's
 * own state is opaque here (lib/surge owns its shape); `lib/alerts/detector-state.ts` checks it
 * against a fresh state before use and resets the scope, with a note, when it does not fit.
 */
export const SurgeScopeStateSchema = z.object({
  version: z.literal(1),
  scope: AlertScopeSchema,
  /** Start of the oldest bucket not yet given to the detector; earlier buckets are closed. */
  nextClose: z.number().int(),
  /** Counts of buckets not closed yet, oldest first. */
  open: z.array(OpenBucketSchema).max(400),
  /** Mentions first stored after their posted-time bucket had closed: not counted (see buckets.ts). */
  late: z.object({ negatives: z.number().int().min(0), total: z.number().int().min(0) }),
  /** Of those, the ones captured long after they were posted: history, not a gap (issue 13).
   * Absent in states written before it existed. */
  history: z.object({ negatives: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
  detector: z.unknown(),
  /** Set when stored state was unreadable and the scope started again. */
  resetNote: z.object({ at: IsoDateSchema, reason: z.string().max(300) }).optional(),
});
export type SurgeScopeState = z.infer<typeof SurgeScopeStateSchema>;

/** Side panel -> background: change an alert's status. */
export const AlertActionMessageSchema = z.object({
  type: z.literal('alert/set-status'),
  id: z.string().max(120),
  action: z.enum(['acknowledge', 'snooze', 'resolve', 'reopen']),
  /** For `snooze`: minutes from now. */
  minutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
});
/** Side panel -> background: retry a failed webhook delivery now. */
export const AlertRetryWebhookMessageSchema = z.object({ type: z.literal('alert/retry-webhook'), id: z.string().max(120) });
/** Background -> extension pages after any alert write. */
export const AlertsChangedMessageSchema = z.object({ type: z.literal('alerts/changed'), ids: z.array(z.string().max(120)).max(500) });
export const AlertMessageSchema = z.discriminatedUnion('type', [
  AlertActionMessageSchema,
  AlertRetryWebhookMessageSchema,
  AlertsChangedMessageSchema,
]);
export type AlertMessage = z.infer<typeof AlertMessageSchema>;

/**
 * A mention stored but not yet counted into its surge scopes (store `surge-pending`, migration 4).
 * The ingest transaction writes it together with the new mention row; the surge run that counts
 * the mention deletes it in the same transaction as the counts. A worker killed in between leaves
 * the marker, and the next run counts the mention then: each mention is counted exactly once.
 */
export const SurgePendingSchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: IsoDateSchema,
});
export type SurgePending = z.infer<typeof SurgePendingSchema>;

/**
 * Progress of the background's re-check of stored mentions (storage.local `reflagState`). When
 * the analyser version or the team's languages change, every stored mention is analysed and
 * flagged again; when only the watch list changes, flags are decided again from the stored
 * analyses. Batches go by id; `after` is the last id done, so a killed worker resumes there.
 */
export const ReflagStateSchema = z.object({
  /** reflagTargets(): the pass in progress is for these settings and analyser. */
  analysisTarget: z.string().max(10_000),
  flagTarget: z.string().max(20_000),
  /** This pass analyses rows again (false: only re-decides flags from stored analyses). */
  reanalyse: z.boolean(),
  after: z.string().max(200).optional(),
  done: z.boolean(),
  examined: z.number().int().min(0),
  changed: z.number().int().min(0),
  updatedAt: IsoDateSchema,
});
export type ReflagState = z.infer<typeof ReflagStateSchema>;

// ---- Export for managers (issue 12). Appended; nothing above changes. ----

export const ExportFormatSchema = z.enum(['csv', 'jsonl']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/**
 * The export columns that later features fill: the replies issue (template id, statement version,
 * first-response time) and the team workspace (incident, agent). They reach the export through an
 * `ExportExtrasLookup` (lib/export/extras.ts); until a feature supplies one they stay empty.
 */
export const ExportExtrasSchema = z.object({
  incident: z.string().max(200).optional(),
  agent: z.string().max(200).optional(),
  templateId: z.string().max(200).optional(),
  statementVersion: z.union([z.string().max(100), z.number().int().min(0)]).optional(),
  firstResponseMinutes: z.number().min(0).optional(),
});
export type ExportExtras = z.infer<typeof ExportExtrasSchema>;

/**
 * One exported mention: a CSV row (header = these keys, in this order; lib/export/columns.ts) and
 * a JSON lines record. Every key is present; `null` where the mention has no value (empty in CSV).
 * Times are ISO 8601 in UTC (`toISOString`). `textSha256`: hex SHA-256 of `text`'s UTF-8 bytes as
 * captured, so a reader can show that a quoted text was not edited (and see through the `'` the
 * CSV puts before a formula-looking cell).
 */
export const ExportRecordSchema = z.object({
  id: MentionSchema.shape.id,
  platform: PlatformSchema,
  permalink: z.url(),
  author: z.string().nullable(),
  postedAt: IsoDateSchema.nullable(),
  capturedAt: IsoDateSchema.nullable(),
  language: LangCodeSchema.nullable(),
  sentimentScore: z.number().min(-1).max(1).nullable(),
  sentimentLabel: SentimentLabelSchema.nullable(),
  complaintCategories: z.array(ComplaintCategorySchema),
  product: z.string().nullable(),
  rating: z.number().min(0).max(5).nullable(),
  incident: z.string().nullable(),
  status: MentionStatusSchema.nullable(),
  agent: z.string().nullable(),
  templateId: z.string().nullable(),
  statementVersion: z.union([z.string(), z.number()]).nullable(),
  firstResponseMinutes: z.number().min(0).nullable(),
  text: z.string(),
  textSha256: Sha256HexSchema,
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/**
 * What an export reads of a stored row (IndexedDB `mentions`, lib/db/export-pages.ts): the fields
 * its columns and filters use, parsed with the same rules as StoredMentionSchema except the
 * permalink, which was checked as a URL when the row was written and is only copied into a text
 * cell here. An export parses every row it writes: the whole row (evidence spans, page URLs, flag
 * reasons...) cost four times as much as these fields, and zod's URL check was two thirds of what
 * was left (20,000 rows in Node: 1,146 ms whole, 285 ms these fields, 91 ms without the URL check).
 * A filter that needs another field adds it here.
 */
export const ExportRowSchema = StoredMentionSchema.pick({
  id: true,
  platform: true,
  authorHandle: true,
  authorName: true,
  text: true,
  postedAt: true,
  rating: true,
  productId: true,
  flagged: true,
  status: true,
  capturedAt: true,
  sortAt: true,
  // The replies' columns (templateId, statementVersion, firstResponseMinutes: lib/replies/inbox.ts).
  replies: true,
  textHash: true,
}).extend({
  permalink: z.string().min(1).max(2048),
  analysis: AnalysisSchema.pick({ lang: true, sentiment: true }).extend({
    complaint: z.object({ categories: z.array(ComplaintCategorySchema) }).optional(),
  }),
});
export type ExportRow = z.infer<typeof ExportRowSchema>;

/**
 * CLI `export` input: one mention per line as `crisis-desk extract` writes it, optionally with
 * what `crisis-desk analyze` adds (lang, sentiment, complaint) or stored fields (analysis, status,
 * capturedAt). Other keys are ignored.
 */
const ExportAnalysisInputSchema = z.object({
  lang: LangCodeSchema.optional(),
  sentiment: SentimentSchema.optional(),
  complaint: z.object({ categories: z.array(ComplaintCategorySchema) }).optional(),
});
export const ExportInputSchema = MentionSchema.extend({
  ...ExportAnalysisInputSchema.shape,
  analysis: ExportAnalysisInputSchema.optional(),
  status: MentionStatusSchema.optional(),
  capturedAt: IsoDateSchema.optional(),
});
export type ExportInput = z.infer<typeof ExportInputSchema>;

// ---- The inbox (issue 14): bulk status changes with undo, and "open this mention in the panel". ----

/** At most this many mentions change in one bulk action (one transaction, one undo). */
export const MAX_BULK = 10_000;

/** A mention's status before an action: what undo writes back. */
export const StatusBeforeSchema = z.object({
  id: MentionSchema.shape.id,
  status: MentionStatusSchema,
  statusChangedAt: IsoDateSchema.optional(),
});
export type StatusBefore = z.infer<typeof StatusBeforeSchema>;

/** Side panel -> background: set the status of many mentions in one transaction. The reply lists
 * what each changed mention was before (StatusBefore), for undo. */
export const BulkStatusMessageSchema = z.object({
  type: z.literal('mentions/set-status-bulk'),
  ids: z.array(MentionSchema.shape.id).min(1).max(MAX_BULK),
  status: MentionStatusSchema,
});
export const BulkStatusReplySchema = z.object({ ok: z.literal(true), before: z.array(StatusBeforeSchema).max(MAX_BULK) });

/** Side panel -> background: undo, i.e. write the statuses back as they were. */
export const RestoreStatusMessageSchema = z.object({
  type: z.literal('mentions/restore-status'),
  before: z.array(StatusBeforeSchema).min(1).max(MAX_BULK),
});

/** Content script -> background: the agent clicked a badge; open the side panel on that mention. */
export const OpenMentionMessageSchema = z.object({
  type: z.literal('panel/open-mention'),
  id: MentionSchema.shape.id,
  /** `reply`: the badge's Reply button, which opens the reply view (issue 11). */
  intent: z.literal('reply').optional(),
});

export const InboxMessageSchema = z.discriminatedUnion('type', [BulkStatusMessageSchema, RestoreStatusMessageSchema, OpenMentionMessageSchema]);
export type InboxMessage = z.infer<typeof InboxMessageSchema>;

/** "Open the panel on this mention" (storage.local `mentionFocus`), like AlertFocus. */
export const MentionFocusSchema = z.object({ id: MentionSchema.shape.id, at: IsoDateSchema, intent: z.literal('reply').optional() });
export type MentionFocus = z.infer<typeof MentionFocusSchema>;

// ---- The team workspace on CouchDB (issue 12). Appended; the documents that replicate are in
// lib/team/docs.ts. ----

/** A CouchDB user name: the agent's name everywhere in the team (claims, statuses, replies). */
export const AgentNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'no control characters in a user name' });

/**
 * What an agent can say about a mention. `replied` and `handled` both mean the customer was
 * answered (`replied`: in the post's own thread; `handled`: another way, the solo inbox's button);
 * `escalated` means someone more senior must answer, so the mention is still waiting.
 */
export const TeamStatusSchema = z.enum(['open', 'replied', 'handled', 'dismissed', 'escalated']);
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

/** The team's view of one mention, folded from every agent's claims, statuses and replies
 * (lib/team/fold.ts) and kept on the mention's row, so the inbox reads one store. */
export const MentionTeamSchema = z.object({
  /** Who has it ("I'm on it"): the first claim, by the rules in fold.ts. */
  claimedBy: AgentNameSchema.optional(),
  claimedAt: IsoDateSchema.optional(),
  /** This browser's agent claimed it too but lost to `claimedBy`: shown to them, never dropped. */
  lostClaimAt: IsoDateSchema.optional(),
  /** The latest status by the agents' clocks, who set it and when. */
  status: TeamStatusSchema.optional(),
  statusBy: AgentNameSchema.optional(),
  statusAt: IsoDateSchema.optional(),
  /** The first answer to the customer (a recorded reply, or `replied`/`handled`). */
  firstResponseAt: IsoDateSchema.optional(),
  firstResponseBy: AgentNameSchema.optional(),
  /** Who on the team captured it first; absent when this browser did. */
  capturedBy: AgentNameSchema.optional(),
});
export type MentionTeam = z.infer<typeof MentionTeamSchema>;

/** Why the workspace is not syncing, as a code the UI translates (lib/team/errors.ts). */
export const TeamErrorCodeSchema = z.enum([
  'unreachable',
  'wrong-password',
  'session-expired',
  'not-member',
  'db-missing',
  'too-large',
  'no-permission',
  'not-couchdb',
  'server',
  'local',
]);
export type TeamErrorCode = z.infer<typeof TeamErrorCodeSchema>;

/** The workspace's settings (storage.local `teamSettings`). No password: the server's session
 * cookie is the credential, and the browser keeps it. */
export const TeamSettingsSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  /** The team's CouchDB database, e.g. `https://couch.example.com/acme-care`; unset = solo. */
  dbUrl: z.string().max(2_000).optional(),
  /** The CouchDB user signed in on this browser (from `_session`); unset = signed out. */
  agent: AgentNameSchema.optional(),
});
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

/** A document this browser keeps but does not share: the server refused it, or it is over the
 * workspace's size limit (lib/team/doc-size.ts). */
export const RefusedDocSchema = z.object({
  id: z.string().max(400),
  bytes: z.number().int().min(0),
  by: z.enum(['server', 'local']),
  at: IsoDateSchema,
});
export type RefusedDoc = z.infer<typeof RefusedDocSchema>;

/** The replication's state for the options page and the panel (storage.local `teamSync`). */
export const TeamSyncStatusSchema = z.object({
  state: z.enum(['off', 'connecting', 'syncing', 'live', 'offline', 'signed-out', 'error']),
  lastError: z.object({ code: TeamErrorCodeSchema, message: z.string().max(500), at: IsoDateSchema }).optional(),
  /** The last time both directions had caught up. */
  lastSyncAt: IsoDateSchema.optional(),
  refused: z.array(RefusedDocSchema).max(50).default([]),
});
export type TeamSyncStatus = z.infer<typeof TeamSyncStatusSchema>;

export const TeamSignInMessageSchema = z.object({
  type: z.literal('team/sign-in'),
  dbUrl: z.string().max(2_000),
  name: AgentNameSchema,
  /** Sent once to the background, which sends it once to the server's `_session`; never stored. */
  password: z.string().min(1).max(1_000),
});
export const TeamSignOutMessageSchema = z.object({ type: z.literal('team/sign-out'), leave: z.boolean().default(false) });
export const TeamClaimMessageSchema = z.object({ type: z.literal('team/claim'), id: MentionSchema.shape.id });
export const TeamReleaseMessageSchema = z.object({ type: z.literal('team/release'), id: MentionSchema.shape.id });
export const TeamSetStatusMessageSchema = z.object({ type: z.literal('team/set-status'), id: MentionSchema.shape.id, status: TeamStatusSchema });
export const TeamSyncNowMessageSchema = z.object({ type: z.literal('team/sync-now') });
export const TeamMessageSchema = z.discriminatedUnion('type', [
  TeamSignInMessageSchema,
  TeamSignOutMessageSchema,
  TeamClaimMessageSchema,
  TeamReleaseMessageSchema,
  TeamSetStatusMessageSchema,
  TeamSyncNowMessageSchema,
]);
export type TeamMessage = z.infer<typeof TeamMessageSchema>;
export const TEAM_MESSAGE_TYPES = TeamMessageSchema.options.map((o) => o.shape.type.value);

export const TeamSignInReplySchema = z.object({ ok: z.literal(true), agent: AgentNameSchema });

// ---- Replying (issue 11): recording replies, and the panel -> X content script insertion. ----

/** What the panel says about a reply; the background adds the agent and writes it. */
export const ReplyInputSchema = ReplyRecordSchema.omit({ agent: true });
export type ReplyInput = z.infer<typeof ReplyInputSchema>;

/** Side panel -> background: record a reply on a mention (and mark it handled unless it was a
 * decision not to reply). The reply carries the record as written and the status before, for undo. */
export const RecordReplyMessageSchema = z.object({
  type: z.literal('mention/record-reply'),
  id: MentionSchema.shape.id,
  reply: ReplyInputSchema,
  markHandled: z.boolean(),
});
export const RecordReplyReplySchema = z.object({
  ok: z.literal(true),
  record: ReplyRecordSchema,
  /** The status before, when recording changed it. */
  before: StatusBeforeSchema.optional(),
});
export type RecordReplyReply = z.infer<typeof RecordReplyReplySchema>;

/** Side panel -> background: take a just-recorded reply back (the undo bar): the record at `at`
 * is removed and the status written back. */
export const UndoReplyMessageSchema = z.object({
  type: z.literal('mention/undo-reply'),
  id: MentionSchema.shape.id,
  at: IsoDateSchema,
  before: StatusBeforeSchema.optional(),
});
export const ReplyMessageSchema = z.discriminatedUnion('type', [RecordReplyMessageSchema, UndoReplyMessageSchema]);
export type ReplyMessage = z.infer<typeof ReplyMessageSchema>;
export const REPLY_MESSAGE_TYPES = ReplyMessageSchema.options.map((o) => o.shape.type.value);

/** Side panel -> X content script: put this text into X's reply box (runtime/x-composer.ts). The
 * content script checks it structurally (no zod in host pages: lib/limits.ts, runtime/
 * reply-guards.ts isComposerInsert); the panel parses the answer with ComposerInsertReplySchema. */
export const ComposerInsertMessageSchema = z.object({
  type: z.literal('reply/insert-x'),
  mentionId: MentionSchema.shape.id,
  text: z.string().min(1).max(MAX_REPLY_TEXT),
});
export type ComposerInsertMessage = z.infer<typeof ComposerInsertMessageSchema>;

/**
 * `inserted`: the box holds exactly the text and X's Post button is enabled. Otherwise the panel
 * copies the text to the clipboard: `no-composer` (no reply box open), `unsupported` (this
 * browser cannot put data on a synthetic paste), `not-pasted` (the box ignored the paste),
 * `mismatch` (the box holds other text), `post-disabled` (X kept Post disabled), `error`.
 */
export const COMPOSER_OUTCOMES = ['inserted', 'no-composer', 'unsupported', 'not-pasted', 'mismatch', 'post-disabled', 'error'] as const;
export const ComposerInsertReplySchema = z.object({
  ok: z.literal(true),
  outcome: z.enum(COMPOSER_OUTCOMES),
  /** `reply`: a reply box (X's dialog); `inline`: the timeline's own box, which posts a new post. */
  target: z.enum(['reply', 'inline']).optional(),
  /** The mention's post is on that page. */
  postOnPage: z.boolean().optional(),
  detail: z.string().max(300).optional(),
});
export type ComposerInsertReply = z.infer<typeof ComposerInsertReplySchema>;
