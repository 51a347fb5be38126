import { describe, expect, test } from 'vitest';
import { commandFor } from '../../../lib/inbox/keyboard.ts';
import { UNDO_MS, UndoLog } from '../../../lib/inbox/undo.ts';

describe('UndoLog', () => {
  test('the newest action is undone first, each for ten seconds', () => {
    const log = new UndoLog();
    const first = log.push('handled', [{ id: 'x:1', status: 'open' }], 0);
    const second = log.push('dismissed', [{ id: 'x:2', status: 'open' }, { id: 'x:3', status: 'handled', statusChangedAt: '2025-06-01T00:00:00.000Z' }], 1_000);
    expect(second.count).toBe(2);
    expect(log.latest(5_000)).toBe(second);
    expect(log.take(5_000)).toBe(second);
    expect(log.take(5_000)).toBe(first);
    expect(log.take(5_000)).toBeUndefined();
  });

  test('after ten seconds an action can no longer be undone', () => {
    const log = new UndoLog();
    const e = log.push('handled', [{ id: 'x:1', status: 'open' }], 0);
    expect(log.latest(UNDO_MS - 1)).toBe(e);
    expect(log.take(UNDO_MS, e.seq)).toBeUndefined();
  });
});

describe('keyboard', () => {
  test.each([
    [{ key: 'j' }, 'next'],
    [{ key: 'ArrowDown' }, 'next'],
    [{ key: 'k' }, 'previous'],
    [{ key: 'e' }, 'handled'],
    [{ key: 'd' }, 'dismiss'],
    [{ key: 'o' }, 'open-original'],
    [{ key: 'r' }, 'reply'],
    [{ key: 'x' }, 'select'],
    [{ key: '/' }, 'search'],
    [{ key: '?' }, 'help'],
    [{ key: 'z' }, 'undo'],
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'Z', metaKey: true }, 'undo'],
    [{ key: 'Escape', inField: true }, 'escape'],
    [{ key: 'e', inField: true }, undefined],
    [{ key: 'z', ctrlKey: true, inField: true }, undefined],
    [{ key: 'e', ctrlKey: true }, undefined],
    [{ key: 'q' }, undefined],
  ])('%o -> %s', (input, command) => {
    expect(commandFor(input)).toBe(command);
  });
});
