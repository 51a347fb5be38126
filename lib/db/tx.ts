/** Small helpers for idb transactions that must commit all-or-nothing. */

/** Attach a no-op handler so a request that fails after we stopped waiting (because the
 * transaction was aborted) is not reported as an unhandled rejection. Returns the same promise. */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Abort so nothing of a half-done write is committed; a finished transaction is left alone. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (InvalidStateError): nothing to undo.
  }
}
