/** Types for reply-dialog-stand-in.mjs (used by a unit test as well as the e2e). */
export function openReplyDialogStandIn(options: { permalink: string; text?: string }): boolean;
export const DIALOG_BOX: string;
