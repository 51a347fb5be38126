/** Types for draft-stand-in.mjs (used by a unit test as well as the e2e). */
export function installDraftStandIn(options?: { mode?: 'paste' | 'ignore'; selector?: string }): boolean;
