/**
 * Signed template packs (issue 12): the pack file's signature and revocations (schema.ts,
 * canonical.ts, signature.ts), approver keys (keys.ts), the rule for taking a new version
 * (accept.ts), what changed (diff.ts), subscriptions (fetch-pack.ts, subscriptions.ts), the one
 * writer of pack state (service.ts), the templates in use (current.ts) and local drafts beside
 * them (merge.ts). Pure: fetch, storage, WebCrypto's `subtle` and `now` come in.
 */
export * from './schema.ts';
export { canonicalPackText, sha256Hex, defaultSubtle, WebCryptoUnavailableError } from './canonical.ts';
export { readPublicKey, readPrivateKey, generateApproverKey, jwkThumbprint, toPem, type KeyReadProblem, type PublicKeyRead, type PrivateKeyRead, type ApproverKeyPair } from './keys.ts';
export { signCanonical, verifyCanonical, checkSignature, signPackText, type SignatureCheck, type SignFileResult } from './signature.ts';
export { readPackCandidate, type PackCandidate, type CandidateRead } from './read.ts';
export { considerPack, readStoredPack, reverifyPacks, withPack, type PackDecision, type Refusal, type ConsiderContext } from './accept.ts';
export { diffPacks, isEmptyDiff, type DiffSide } from './diff.ts';
export { currentTemplates, approvedTemplates, unusedReason, type CurrentTemplates, type PackTemplate, type UnusedReason } from './current.ts';
export { mergeTemplates, editSyncedTemplate, asDraft, type LocalTemplate, type MergedTemplate, type MergeFlag, type MergeOptions } from './merge.ts';
export { fetchPackText, type FetchLike, type FetchResult } from './fetch-pack.ts';
export { backoffMinutes, isDue, normaliseUrl, subscriptionState, REFRESH_MINUTES, type SubscriptionState } from './subscriptions.ts';
export { createPackSync, type PackStore, type PackSync, type PackSyncDeps, type PackReply } from './service.ts';
