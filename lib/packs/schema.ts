/**
 * Signed template packs: what a pack file adds to the `crisis-desk.pack/1` format (lib/templates/
 * schema.ts, parsed by parsePack, never forked), and every record the pack feature stores or
 * messages.
 *
 * Two top-level fields are added to the pack file (the format allows added fields):
 *
 *   "signature": {"alg": "ES256", "keyId": "<RFC 7638 JWK thumbprint>", "value": "<base64url r‖s>"}
 *   "revoked":   ["template-id", …]
 *
 * The signature is ECDSA P-256 with SHA-256 over the UTF-8 bytes of the RFC 8785 canonical form of
 * the whole file WITHOUT its `signature` member (canonical.ts), so `revoked` and any added field
 * are signed too. `value` is the raw 64-byte r‖s (IEEE P1363: what WebCrypto produces; Node reads
 * it with `dsaEncoding: 'ieee-p1363'`). `revoked` names template ids that must not be used any
 * more, whichever pack holds them; a template listed both in `templates` and in `revoked` is
 * revoked.
 */
import { z } from 'zod';

import { IsoDateSchema } from '../schema.ts';
import { PACK_LIMITS, TemplateIdSchema } from '../templates/schema.ts';

export const PACK_SIGNATURE_ALG = 'ES256';

export const PACK_SYNC_LIMITS = {
  /** A pack file (download or import) larger than this is refused. Accepted packs are kept in
   * `browser.storage.local`, whose quota is 10 MB without the unlimitedStorage permission
   * (developer.chrome.com/docs/extensions/reference/api/storage#property-local-QUOTA_BYTES);
   * 2 MiB leaves room for a few packs, and is about 800 templates in eight languages. */
  bodyBytes: 2 * 1024 * 1024,
  /** A download taking longer than this (headers and body) is abandoned. Below the 30 s an idle
   * MV3 service worker is given (developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle):
   * a fetch is not an extension event, so a slower one could outlive the worker. */
  timeoutMs: 20_000,
  subscriptions: 20,
  pinnedKeys: 20,
  /** Accepted packs kept at once (one per pack id). */
  packs: 20,
  /** Entries listed per part of a stored diff; the rest is counted. */
  diffEntries: 200,
  urlChars: 2_000,
} as const;

/** A base64url string of exactly `chars` characters (no padding). */
const base64url = (chars: number, what: string) =>
  z
    .string()
    .length(chars, { message: `${what} is ${chars} base64url characters` })
    .regex(/^[A-Za-z0-9_-]+$/, { message: `${what} is base64url (A-Z, a-z, 0-9, "-", "_")` });

/** RFC 7638 thumbprint of the public key: SHA-256 (32 bytes) in base64url. */
export const KeyIdSchema = base64url(43, 'a key id');
export type KeyId = z.infer<typeof KeyIdSchema>;

export const PackSignatureSchema = z
  .object({
    alg: z.literal(PACK_SIGNATURE_ALG),
    keyId: KeyIdSchema,
    /** r‖s, 32 bytes each. */
    value: base64url(86, 'a P-256 signature'),
  })
  .strict();
export type PackSignature = z.infer<typeof PackSignatureSchema>;

export const RevokedIdsSchema = z.array(TemplateIdSchema).max(PACK_LIMITS.templates);

/** The fields this feature reads from the raw pack file, beside parsePack's. */
export const PackTrustFieldsSchema = z.object({
  signature: PackSignatureSchema.optional(),
  revoked: RevokedIdsSchema.optional(),
});

/** A P-256 public key as a JWK; other members (kid, use, alg, key_ops, ext) are dropped. */
export const EcPublicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43, 'x'),
  y: base64url(43, 'y'),
});
export type EcPublicJwk = z.infer<typeof EcPublicJwkSchema>;

/** An approver's public key the team trusts. Once any is pinned, only packs signed by one of
 * them are used. */
export const PinnedKeySchema = z.object({
  keyId: KeyIdSchema,
  jwk: EcPublicJwkSchema,
  /** Who it belongs to, as the team calls them. */
  label: z.string().max(100).optional(),
  addedAt: IsoDateSchema,
});
export type PinnedKey = z.infer<typeof PinnedKeySchema>;
export const PinnedKeysSchema = z.array(PinnedKeySchema).max(PACK_SYNC_LIMITS.pinnedKeys);

/** Why a pack was not taken, or a download failed. Each has a message in both UI languages
 * (`packs.reason.<code>`). */
export const PACK_REFUSAL_CODES = [
  'network',
  'timeout',
  'http-status',
  'html',
  'too-large',
  'insecure-redirect',
  'no-permission',
  'not-json',
  'invalid-pack',
  'unsigned',
  'unknown-key',
  'bad-signature',
  'older-version',
  'same-version',
  'pack-id-changed',
  'storage',
] as const;
export const PackRefusalCodeSchema = z.enum(PACK_REFUSAL_CODES);
export type PackRefusalCode = z.infer<typeof PackRefusalCodeSchema>;

/** A refusal as stored and shown: the code, its parameters, and a short English detail (a JSON
 * path and zod message, an HTTP reason) for the curious. */
export const PackProblemSchema = z.object({
  code: PackRefusalCodeSchema,
  at: IsoDateSchema,
  /** HTTP status (http-status). */
  status: z.number().int().min(0).max(999).optional(),
  /** Bytes (too-large). */
  limit: z.number().int().min(0).optional(),
  /** The refused pack's version and the version in use (older-version, same-version). */
  version: z.number().int().optional(),
  current: z.number().int().optional(),
  keyId: KeyIdSchema.optional(),
  detail: z.string().max(500).optional(),
});
export type PackProblem = z.infer<typeof PackProblemSchema>;

/** What a successful attempt did: a new version taken (`applied`), the same content again
 * (`unchanged`), the server's 304 (`not-modified`), or the same content now verified by a key
 * pinned since it was taken (`verified`). */
export const PACK_OUTCOMES = ['applied', 'unchanged', 'not-modified', 'verified'] as const;
export const PackOutcomeSchema = z.enum(PACK_OUTCOMES);
export type PackOutcome = z.infer<typeof PackOutcomeSchema>;

/** https only, no credentials in the URL (they would be stored and shown). */
export const PackUrlSchema = z
  .string()
  .max(PACK_SYNC_LIMITS.urlChars)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'an https:// address without a user name or password' },
  );

export const SubscriptionSchema = z.object({
  url: PackUrlSchema,
  addedAt: IsoDateSchema,
  /** The pack id this URL serves, fixed by the first pack taken from it. */
  packId: TemplateIdSchema.optional(),
  /** The ETag of the last body taken (sent as If-None-Match). */
  etag: z.string().max(500).optional(),
  lastAttemptAt: IsoDateSchema.optional(),
  /** The last time the server answered with a usable pack (or 304). */
  lastSuccessAt: IsoDateSchema.optional(),
  lastOutcome: PackOutcomeSchema.optional(),
  /** The last failure; kept after a success (the view compares the times). */
  lastError: PackProblemSchema.optional(),
  /** Failures since the last success: the back-off step. */
  failures: z.number().int().min(0).max(10_000).default(0),
  nextAttemptAt: IsoDateSchema.optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
export const SubscriptionsSchema = z.array(SubscriptionSchema).max(PACK_SYNC_LIMITS.subscriptions);

export const PackSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subscription'), url: PackUrlSchema }),
  z.object({ kind: z.literal('file'), name: z.string().max(200) }),
]);
export type PackSource = z.infer<typeof PackSourceSchema>;

const DiffIdSchema = z.object({ id: TemplateIdSchema, title: z.string().max(PACK_LIMITS.titleChars) });
export const TEMPLATE_DIFF_FIELDS = ['title', 'channels', 'incident', 'statementVersion', 'status', 'approvedBy', 'approvedAt', 'categories', 'variants'] as const;
export const TemplateDiffFieldSchema = z.enum(TEMPLATE_DIFF_FIELDS);
export type TemplateDiffField = z.infer<typeof TemplateDiffFieldSchema>;

export const PackDiffSchema = z.object({
  packId: TemplateIdSchema,
  /** Absent for a pack seen for the first time. */
  fromVersion: z.number().int().optional(),
  toVersion: z.number().int(),
  added: z.array(DiffIdSchema),
  changed: z.array(
    DiffIdSchema.extend({
      fields: z.array(TemplateDiffFieldSchema),
      /** Variants by language tag. */
      languages: z.object({ added: z.array(z.string().max(40)), changed: z.array(z.string().max(40)), removed: z.array(z.string().max(40)) }),
    }),
  ),
  /** No longer usable: status set to retired, dropped from the pack, or listed in `revoked`. */
  retired: z.array(DiffIdSchema.extend({ why: z.enum(['retired', 'removed', 'revoked']) })),
  /** How many entries each list had before it was cut to PACK_SYNC_LIMITS.diffEntries. */
  counts: z.object({ added: z.number().int(), changed: z.number().int(), retired: z.number().int() }),
});
export type PackDiff = z.infer<typeof PackDiffSchema>;

export const AcceptedPackSchema = z.object({
  packId: TemplateIdSchema,
  version: z.number().int(),
  publisher: z.string().max(200),
  publishedAt: IsoDateSchema,
  templateCount: z.number().int().min(0),
  /** The signed bytes: the RFC 8785 form without the signature. The pack is read from here, so
   * a key pinned later can verify what is in use. */
  canonical: z.string().max(PACK_SYNC_LIMITS.bodyBytes),
  /** SHA-256 of `canonical` (hex): the same content, whatever the file's formatting. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: PackSignatureSchema.optional(),
  /** The pinned key that verified `signature` (when it was taken, or since). */
  verifiedKeyId: KeyIdSchema.optional(),
  source: PackSourceSchema,
  acceptedAt: IsoDateSchema,
  /** What this version changed from the one it replaced. */
  diff: PackDiffSchema.optional(),
});
export type AcceptedPack = z.infer<typeof AcceptedPackSchema>;
export const AcceptedPacksSchema = z.array(AcceptedPackSchema).max(PACK_SYNC_LIMITS.packs);

// ---- Messages from the options page to the background's pack job (one writer of pack state) ----

export const PackMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('packs/subscribe'), url: PackUrlSchema }),
  z.object({ type: z.literal('packs/unsubscribe'), url: z.string().max(PACK_SYNC_LIMITS.urlChars) }),
  /** One subscription now (ignoring its back-off), or every one. */
  z.object({ type: z.literal('packs/refresh'), url: z.string().max(PACK_SYNC_LIMITS.urlChars).optional() }),
  /** A pack file the user picked; its size is checked again by the job. */
  z.object({ type: z.literal('packs/import'), name: z.string().max(200), text: z.string().max(PACK_SYNC_LIMITS.bodyBytes * 2) }),
  z.object({ type: z.literal('packs/remove'), packId: TemplateIdSchema }),
  z.object({ type: z.literal('packs/pin-key'), jwk: EcPublicJwkSchema, label: z.string().max(100).optional() }),
  z.object({ type: z.literal('packs/unpin-key'), keyId: KeyIdSchema }),
]);
export type PackMessage = z.infer<typeof PackMessageSchema>;
export const PACK_MESSAGE_TYPES = PackMessageSchema.options.map((o) => o.shape.type.value);

/** The reply to a pack message: what the attempt did (a refusal is an answer, not an error). */
export const PackAttemptSchema = z.object({
  accepted: z.boolean(),
  outcome: PackOutcomeSchema.optional(),
  problem: PackProblemSchema.optional(),
  packId: z.string().max(PACK_LIMITS.idChars).optional(),
  version: z.number().int().optional(),
  /** English lines (JSON path: message) for an invalid pack, or import warnings. */
  issues: z.array(z.string().max(400)).max(20).default([]),
});
export type PackAttempt = z.infer<typeof PackAttemptSchema>;
