import { describe, expect, test } from 'vitest';
import { judgeHealth } from '../../../lib/platforms/scan.ts';
import { xAdapter } from '../../../lib/platforms/x.ts';

const now = new Date('2025-02-14T12:00:00.000Z');
const home = new URL('https://x.com/home');
const settings = new URL('https://x.com/settings/account');

describe('judgeHealth', () => {
  test.each([
    ['items extracted', home, { containers: 10, extracted: 9, noText: 1, errors: 0 }, 'ok'],
    ['containers without text', home, { containers: 6, extracted: 0, noText: 6, errors: 0 }, 'no-text'],
    ['nothing on a timeline', home, { containers: 0, extracted: 0, noText: 0, errors: 0 }, 'no-items'],
    ['nothing on a page without items', settings, { containers: 0, extracted: 0, noText: 0, errors: 0 }, 'ok'],
    ['every item skipped as an ad', home, { containers: 8, extracted: 0, noText: 0, skipped: 8, errors: 0 }, 'extract-failed'],
    ['one lone ad is not a markup change', home, { containers: 1, extracted: 0, noText: 0, skipped: 1, errors: 0 }, 'ok'],
    ['the adapter threw', home, { containers: 4, extracted: 0, noText: 0, errors: 4, lastError: 'boom' }, 'extract-failed'],
  ])('%s -> %s', (_name, url, totals, problem) => {
    const r = judgeHealth(xAdapter, url, totals, now);
    expect(r.problem).toBe(problem);
    expect(r.platform).toBe('x');
    expect(r.at).toBe('2025-02-14T12:00:00.000Z');
    if (problem !== 'ok') expect(r.selector).toContain('article[data-testid="tweet"]');
  });

  test.each([
    [1, '1 item, none with text'],
    [6, '6 items, none with text'],
  ])('%i container(s) without text: "%s" (a correct English plural in logs)', (containers, detail) => {
    expect(judgeHealth(xAdapter, home, { containers, extracted: 0, noText: containers, errors: 0 }, now).detail).toBe(detail);
  });
});
