/**
 * The decisions of putting a reply into X's reply box, apart from the DOM work
 * (runtime/x-composer.ts) so they are tested in Node: how the box's text is read back, when the
 * read-back counts as the reply, and what the outcome is. No zod here: the content script uses it
 * (lib/limits.ts).
 *
 * Why a synthetic paste: X's box is a Draft.js editor, which keeps its own model of the text and
 * only learns of changes through its event handlers. `execCommand('insertText')` drops paragraph
 * breaks and can leave X's Post button disabled (issue 11); a paste event carrying the text goes
 * through Draft's own paste handler, which splits paragraphs into blocks and updates the model.
 */
import type { ComposerInsertReply } from '../schema.ts';

export type ComposerOutcome = ComposerInsertReply['outcome'];

/** How text compares after a round trip through the editor: line endings, no-break and other
 * spaces and zero-width characters that editors insert are evened out; trailing space ignored. */
export function normalizeComposerText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** Draft.js renders one `[data-block]` per paragraph: the text is the blocks' texts joined by
 * newlines. An empty block holds only a `<br>`. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.map((b) => b.replace(/\n$/, '')).join('\n');
}

/** Does what the box holds equal the reply? Anything else (appended to an earlier draft, cut,
 * changed by an autocomplete) is a mismatch: the agent must see it before posting. */
export function readbackMatches(expected: string, actual: string): boolean {
  return normalizeComposerText(expected) === normalizeComposerText(actual);
}

export interface ReadbackState {
  /** The box's text now. */
  text: string;
  /** X's Post button is there and enabled. */
  postEnabled: boolean;
}

/** The outcome once the editor settled (or the wait ran out). */
export function insertionOutcome(expected: string, before: string, after: ReadbackState): ComposerOutcome {
  if (!readbackMatches(expected, after.text)) {
    // Nothing changed: the box ignored the paste (no editor listening, or a browser that drops
    // the event's data). Something changed but not to the reply: a mismatch.
    return normalizeComposerText(after.text) === normalizeComposerText(before) ? 'not-pasted' : 'mismatch';
  }
  return after.postEnabled ? 'inserted' : 'post-disabled';
}

/** Is the editor done: the reply is in and Post is enabled (stop waiting early). */
export function settled(expected: string, state: ReadbackState): boolean {
  return state.postEnabled && readbackMatches(expected, state.text);
}

/** Whether a disabled-looking button is disabled: the attribute, or ARIA's word for it. */
export function isButtonEnabled(b: { disabled?: boolean; ariaDisabled: string | null } | undefined): boolean {
  return b !== undefined && !b.disabled && b.ariaDisabled !== 'true';
}

/** The mention's status id (`x:123` -> `123`), for finding its post on the page. */
export function statusIdOf(mentionId: string): string | undefined {
  const m = /^x:(\d{1,25})$/.exec(mentionId);
  return m?.[1];
}
