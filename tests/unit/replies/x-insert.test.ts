// The decisions of inserting into X's reply box: read-back comparison and outcomes.
import { describe, expect, test } from 'vitest';
import { insertionOutcome, isButtonEnabled, joinBlocks, normalizeComposerText, readbackMatches, statusIdOf } from '../../../lib/replies/x-insert.ts';

const reply = 'Hi Jana, we are sorry for the worry.\n\nUpdates: https://voltpro.example/notice/vp20k';

describe('read-back', () => {
  test.each([
    { name: 'identical', actual: reply, same: true },
    { name: 'Draft.js blocks joined (empty paragraph as an empty block)', actual: joinBlocks(['Hi Jana, we are sorry for the worry.', '', 'Updates: https://voltpro.example/notice/vp20k']), same: true },
    { name: 'no-break spaces and a zero-width joiner from the editor', actual: reply.replace('Hi Jana', 'Hi\u00a0Jana\u200b'), same: true },
    { name: 'CRLF and trailing spaces', actual: reply.replace(/\n/g, ' \r\n'), same: true },
    { name: 'appended to an earlier draft', actual: `Old draft${reply}`, same: false },
    { name: 'paragraph break dropped (what execCommand does)', actual: reply.replace(/\n+/g, ''), same: false },
    { name: 'cut short', actual: reply.slice(0, 40), same: false },
  ])('$name', ({ actual, same }) => {
    expect(readbackMatches(reply, actual)).toBe(same);
  });

  test('normalisation keeps what the customer reads', () => {
    expect(normalizeComposerText('  a\u00a0b \n c  ')).toBe('a b\n c');
  });
});

describe('outcomes', () => {
  test.each([
    { name: 'the reply is in and Post enabled', before: '', after: { text: reply, postEnabled: true }, outcome: 'inserted' },
    { name: 'the reply is in but X keeps Post disabled', before: '', after: { text: reply, postEnabled: false }, outcome: 'post-disabled' },
    { name: 'nothing happened (no editor took the paste)', before: 'draft', after: { text: 'draft', postEnabled: true }, outcome: 'not-pasted' },
    { name: 'other text in the box', before: 'draft', after: { text: `draft${reply}`, postEnabled: true }, outcome: 'mismatch' },
  ])('$name', ({ before, after, outcome }) => {
    expect(insertionOutcome(reply, before, after)).toBe(outcome);
  });

  test('a button is enabled unless disabled or aria-disabled', () => {
    expect(isButtonEnabled(undefined)).toBe(false);
    expect(isButtonEnabled({ disabled: true, ariaDisabled: null })).toBe(false);
    expect(isButtonEnabled({ disabled: false, ariaDisabled: 'true' })).toBe(false);
    expect(isButtonEnabled({ disabled: false, ariaDisabled: 'false' })).toBe(true);
  });

  test('status ids', () => {
    expect(statusIdOf('x:1890459111671656594')).toBe('1890459111671656594');
    expect(statusIdOf('amazon:R2ABCDEF123456')).toBeUndefined();
  });
});
