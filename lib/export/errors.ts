/** Why an export failed, for a message in the UI language (the export.error.* messages). */
export type ExportErrorCode =
  /** The database did not open in time (another context holds an old version open). */
  | 'db-blocked'
  /** The database did not open. */
  | 'db'
  /** Storage is full. */
  | 'quota'
  /** Reading the stored mentions failed. */
  | 'storage'
  /** No WebCrypto: the text hashes cannot be computed. */
  | 'crypto'
  /** Anything else. */
  | 'failed';
