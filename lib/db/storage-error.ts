/**
 * Turning IndexedDB failures into a reply the content script and side panel can act on.
 * Browsers report a full disk as a DOMException named `QuotaExceededError`, either thrown by a
 * request or as the `error` of the aborted transaction (Chromium reports it at commit time), so
 * both places are checked.
 */
export type StorageErrorCode = 'quota' | 'storage';

function errorName(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string') return e.name;
  return undefined;
}

function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return String(e);
}

export function isQuotaError(e: unknown): boolean {
  // Old Firefox used its own name for the same condition.
  const name = errorName(e);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Classify a failure: `errors` are everything we caught (the request's error, the transaction's). */
export function describeStorageError(...errors: unknown[]): { code: StorageErrorCode; error: string } {
  const present = errors.filter((e) => e !== undefined && e !== null);
  if (present.some(isQuotaError)) {
    return { code: 'quota', error: 'storage is full (QuotaExceededError): nothing was saved; free disk space or lower the retention' };
  }
  const first = present[0];
  const name = errorName(first) ?? 'Error';
  return { code: 'storage', error: `storage failed (${name}): ${errorMessage(first).slice(0, 200)}` };
}
