import { describe, expect, test } from 'vitest';
import { LiteralSearch, requiredLiterals, requiredLiteralsOf } from '../../../lib/analysis/required-literals.ts';

// The phrase layer skips a regex when the text holds none of the strings every match must
// contain; a wrong string here would silently drop phrase hits, so the reading is checked.
describe('requiredLiterals reads what every match contains', () => {
  test.each<[source: string, expected: string[] | null]>([
    ['stopped\\s+working', ['stopped']],
    ['refund(?:ed|s)?', ['refund']],
    ['(?:broke|broken) down', ['broke']],
    ['(?:much\\s+|way\\s+)?too\\s+small', ['small']],
    ['返金', ['返金']],
    ['Waste', ['waste']],
    // Nothing required of every match, or nothing safe to read: the regex always runs.
    ['[abc]x', null],
    ['(a)\\1', null],
    ['(?:x|yes)', null],
    ['\\u0041bc', null],
  ])('%s', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });
});

describe('LiteralSearch', () => {
  test('finds a required string whatever its case, and rules out absent ones', () => {
    const search = new LiteralSearch();
    search.reset('It STOPPED working after a week');
    expect(search.containsAny(requiredLiteralsOf('stopped\\s+working') ?? [])).toBe(true);
    expect(search.containsAny(requiredLiteralsOf('refund') ?? [])).toBe(false);
    search.reset('Quiero un reembolso');
    expect(search.containsAny(requiredLiteralsOf('stopped') ?? [])).toBe(false);
    expect(search.containsAny(requiredLiteralsOf('reembolso') ?? [])).toBe(true);
  });
});
