// Messages quote input with its control characters escaped (terminal escape injection).
import { describe, expect, test } from 'vitest';
import { nestedDeeperThan } from '../../../bin/analyze.ts';
import { errorText, escapeControls } from '../../../bin/escape-controls.ts';

describe('escapeControls', () => {
  test.each([
    ['ESC (clear screen)', '\u001b[2J', '\\u001b[2J'],
    ['OSC window title ended by BEL', '\u001b]0;owned\u0007', '\\u001b]0;owned\\u0007'],
    ['C1 CSI', '\u009b31m', '\\u009b31m'],
    ['carriage return hiding what came before', 'ok\rEVIL', 'ok\\rEVIL'],
    ['newline, tab', 'a\nb\tc', 'a\\nb\\tc'],
    ['NUL and DEL', 'a\u0000b\u007f', 'a\\u0000b\\u007f'],
    ['bidi override (Trojan Source)', 'abc\u202edcba', 'abc\\u202edcba'],
    ['bidi isolates and marks', '\u2066x\u2069\u200f\u061c', '\\u2066x\\u2069\\u200f\\u061c'],
    ['line separator', 'a\u2028b', 'a\\u2028b'],
    ['plain text, accents, CJK, emoji, backslashes stay', 'Lieferung kam nie an ä 返金 😡 C:\\x', 'Lieferung kam nie an ä 返金 😡 C:\\x'],
  ])('%s', (_name, input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });
});

describe('errorText', () => {
  test('a Node system error: its code and what it means, without the path', () => {
    const err = Object.assign(new Error("ENOENT: no such file or directory, open '/tmp/x'"), { code: 'ENOENT' });
    expect(errorText(err)).toBe('ENOENT (no such file or directory)');
  });

  test('a code without the usual message; a plain error; not an error', () => {
    expect(errorText(Object.assign(new Error('odd'), { code: 'EIO' }))).toBe('EIO');
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('text')).toBe('text');
  });
});

describe('nestedDeeperThan', () => {
  test.each([
    ['[[[]]]', 3, false],
    ['[[[[]]]]', 3, true],
    ['{"a":{"b":{"c":1}}}', 3, false],
    ['{"a":{"b":{"c":{}}}}', 3, true],
    // Brackets inside strings, escaped quotes and backslashes do not count.
    ['{"text":"[[[[[[ {{{{"}', 1, false],
    ['{"text":"\\"[[[[\\\\"}', 1, false],
    ['["\\\\",[[["x"]]]]', 3, true],
  ])('%s deeper than %i: %s', (text, max, expected) => {
    expect(nestedDeeperThan(text, max)).toBe(expected);
  });
});
