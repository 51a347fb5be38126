// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { splitEvidence } from '../../../components/highlighted-text.tsx';
import { I18nProvider } from '../../../components/i18n-context.tsx';
import { InboxExtensionsProvider } from '../../../components/inbox-extensions.tsx';
import { CLAMP_CHARS, isSafeLink, MentionRow } from '../../../components/mention-row.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import type { StoredMention } from '../../../lib/schema.ts';
import { amazonMention, NOW, xMention } from './fixtures.ts';

afterEach(cleanup);

function renderRow(mention: StoredMention, props: Partial<Parameters<typeof MentionRow>[0]> = {}, locale = 'en') {
  const onSetStatus = vi.fn();
  const utils = render(
    <I18nProvider translator={createTranslator(locale, { timeZone: 'UTC' })}>
      <MentionRow mention={mention} now={NOW} onSetStatus={onSetStatus} {...props} />
    </I18nProvider>,
  );
  return { ...utils, onSetStatus, row: screen.getByTestId('mention-row') };
}

describe('MentionRow', () => {
  test('an X post: platform, language, score, status, author, time, text, link', () => {
    const { row } = renderRow(xMention({ id: 'x:1860000000000000001' }));
    expect(row.getAttribute('data-mention-id')).toBe('x:1860000000000000001');
    expect(row.querySelector('.cd-badge')?.textContent).toBe('X');
    expect(row.querySelector('.cd-chip')?.textContent).toBe('EN');
    expect(row.querySelector('.cd-chip')?.getAttribute('title')).toBe('English');
    expect(row.querySelector('.cd-score')?.textContent).toBe('-0.72');
    expect(row.querySelector('.cd-status')?.textContent).toBe('Open');
    expect(row.querySelector('.cd-row__name')?.textContent).toBe('Some One');
    expect(row.querySelector('.cd-row__handle')?.textContent).toBe('@someone');
    const time = row.querySelector('time')!;
    expect(time.textContent).toBe('5 min. ago');
    expect(time.getAttribute('title')).toBe('Posted Nov 22, 2025, 11:55 AM');
    expect(time.getAttribute('datetime')).toBe('2025-11-22T11:55:00.000Z');
    expect(row.querySelector('.cd-row__text')?.textContent).toBe('My order never arrived and support ignores me.');
    expect(row.querySelector('mark')?.textContent).toBe('never arrived');
    expect(within(row).getByText('Delivery')).toBeTruthy();
    const link = within(row).getByRole('link', { name: 'Open original' });
    expect(link.getAttribute('href')).toBe('https://x.com/someone/status/1860000000000000001');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('without a posting time the hover says when it was captured', () => {
    const { row } = renderRow(xMention({ postedAt: undefined, sortAt: '2025-11-22T11:56:00.000Z' }));
    expect(row.querySelector('time')?.getAttribute('title')).toBe('Captured Nov 22, 2025, 11:56 AM (posting time unknown)');
  });

  test('an Amazon review: rating, title, product, marketplace, verified', () => {
    const { row } = renderRow(amazonMention());
    expect(row.querySelector('.cd-badge')?.textContent).toBe('Amazon');
    expect(row.querySelector('.cd-chip')?.textContent).toBe('DE');
    expect(within(row).getByRole('img', { name: 'Rated 1 out of 5' })).toBeTruthy();
    expect(row.querySelector('.cd-row__title')?.textContent).toBe('Kaputt geliefert');
    expect(row.querySelector('.cd-row__product')?.textContent).toBe('Product B08N5WRWNW · amazon.de · Verified purchase');
    expect(row.querySelector('.cd-row__text')?.getAttribute('lang')).toBe('de');
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror="alert(1)">'],
    ['<b>bold</b> &amp; <a href="javascript:alert(1)">link</a>'],
  ])('markup in a post shows as text: %s', (text) => {
    const { row } = renderRow(xMention({ text, title: text, authorName: text, analysis: xMention().analysis }));
    const body = row.querySelector('.cd-row__text')!;
    expect(body.textContent).toBe(text);
    expect(row.querySelector('script, img, b, .cd-row__text a')).toBeNull();
    expect(row.querySelector('.cd-row__name')?.textContent).toBe(text);
  });

  test.each([
    ['https://x.com/a/status/1', true],
    ['http://127.0.0.1:8080/a', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('isSafeLink(%s) = %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });

  test('an open mention offers Mark handled and Dismiss', () => {
    const { onSetStatus } = renderRow(xMention({ id: 'x:42' }));
    fireEvent.click(screen.getByTestId('mark-handled'));
    fireEvent.click(screen.getByTestId('dismiss'));
    expect(onSetStatus.mock.calls).toEqual([
      [['x:42'], 'handled'],
      [['x:42'], 'dismissed'],
    ]);
    expect(screen.queryByTestId('reopen')).toBeNull();
  });

  test.each(['handled', 'dismissed'] as const)('a %s mention offers Reopen only', (status) => {
    const { onSetStatus } = renderRow(xMention({ id: 'x:43', status }));
    expect(screen.queryByTestId('mark-handled')).toBeNull();
    expect(screen.queryByTestId('dismiss')).toBeNull();
    fireEvent.click(screen.getByTestId('reopen'));
    expect(onSetStatus).toHaveBeenCalledWith(['x:43'], 'open');
  });

  test('buttons are disabled while a change is pending', () => {
    renderRow(xMention(), { pending: true });
    expect((screen.getByTestId('mark-handled') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('dismiss') as HTMLButtonElement).disabled).toBe(true);
  });

  test('long text is clamped behind Show more', () => {
    const onToggleExpanded = vi.fn();
    const { row } = renderRow(xMention({ id: 'x:44', text: 'a'.repeat(CLAMP_CHARS + 1) }), { onToggleExpanded });
    expect(row.querySelector('.cd-row__text--clamped')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(onToggleExpanded).toHaveBeenCalledWith('x:44');
  });

  test('Simplified Chinese labels', () => {
    const { row } = renderRow(amazonMention({ status: 'open' }), {}, 'zh-CN');
    expect(row.querySelector('.cd-badge')?.textContent).toBe('亚马逊');
    expect(row.querySelector('.cd-status')?.textContent).toBe('待处理');
    expect(screen.getByTestId('mark-handled').textContent).toBe('标记为已处理');
    expect(screen.getByTestId('dismiss').textContent).toBe('忽略');
    expect(within(row).getByRole('link').textContent).toBe('查看原文');
    expect(row.querySelector('.cd-row__product')?.textContent).toBe('商品 B08N5WRWNW · amazon.de · 已验证购买');
  });
});

describe('splitEvidence', () => {
  const ev = (start: number, end: number, text: string) => ({ start, end, text, kind: 'lexicon' });
  test.each([
    ['no evidence', 'abc', [], ['abc']],
    ['one span in the middle', 'a bad day', [ev(2, 5, 'bad')], ['a ', '[bad]', ' day']],
    ['spans out of order', 'bad and worse', [ev(8, 13, 'worse'), ev(0, 3, 'bad')], ['[bad]', ' and ', '[worse]']],
    ['overlap keeps the first', 'terrible', [ev(0, 8, 'terrible'), ev(2, 5, 'rri')], ['[terrible]']],
    ['stale offsets are ignored', 'good day', [ev(0, 3, 'bad')], ['good day']],
    ['out of range is ignored', 'hi', [ev(1, 9, 'i there')], ['hi']],
  ])('%s', (_name, text, evidence, expected) => {
    expect(splitEvidence(text, evidence).map((s) => (s.evidence ? `[${s.text}]` : s.text))).toEqual(expected);
  });
});

describe('MentionRow (issue 14)', () => {
  const HOUR = 3_600_000;
  test('a brigade row names its copies and acts on all of them', () => {
    const { onSetStatus } = renderRow(xMention({ id: 'x:1' }), { ids: ['x:1', 'x:2', 'x:3'] });
    expect(screen.getByTestId('brigade-toggle').textContent).toBe('3 near-identical posts');
    fireEvent.click(screen.getByRole('button', { name: 'Mark all 3 handled' }));
    expect(onSetStatus).toHaveBeenCalledWith(['x:1', 'x:2', 'x:3'], 'handled');
  });

  test.each([
    [30, 'Waiting 30 min', false],
    [120, 'Overdue · 2 hr', true],
  ])('posted %i minutes ago with a one-hour target: “%s”', (minutes, text, overdue) => {
    const m = xMention({ sortAt: new Date(NOW - minutes * 60_000).toISOString(), capturedAt: new Date(NOW - 25 * 60_000).toISOString() });
    const { row } = renderRow(m, { targetMs: HOUR });
    // Waiting counts from posting, at most a day before capture (lib/inbox/facts.ts).
    expect(screen.getByTestId('row-age').textContent).toBe(text);
    expect(row.className.includes('cd-row--overdue')).toBe(overdue);
  });

  test('a handled mention shows no waiting time', () => {
    renderRow(xMention({ status: 'handled' }), { targetMs: HOUR });
    expect(screen.queryByTestId('row-age')).toBeNull();
  });

  test('highlights explain themselves in the UI language, never with internal names', () => {
    const text = 'Terrible service, not good at all';
    const m = xMention({
      text,
      analysis: {
        ...xMention().analysis,
        complaint: {
          categories: ['service'],
          evidence: [
            { start: 0, end: 8, text: 'Terrible', kind: 'negative-word' },
            { start: 9, end: 16, text: 'service', kind: 'topic', category: 'service' },
            { start: 18, end: 26, text: 'not good', kind: 'negation' },
          ],
        },
      },
    });
    renderRow(m);
    expect([...document.querySelectorAll('mark')].map((el) => el.getAttribute('title'))).toEqual(['Negative word', 'Complaint topic: Service', 'Negated positive word']);
    cleanup();
    renderRow(m, {}, 'zh-CN');
    expect([...document.querySelectorAll('mark')].map((el) => el.getAttribute('title'))).toEqual(['负面词语', '投诉话题：客服', '被否定的正面词语']);
  });

  test('compact: two lines, symbols with full names for assistive technology', () => {
    const { row, onSetStatus } = renderRow(amazonMention(), { density: 'compact', ids: ['amazon:R2ABCDEF123456', 'amazon:R3'] });
    expect(row.querySelector('.cd-row__text--line')?.textContent).toBe('Kaputt geliefert · Das Gerät kam beschädigt an.');
    expect(screen.getByTestId('brigade-toggle').textContent).toBe('×2');
    expect(screen.getByTestId('brigade-toggle').getAttribute('aria-label')).toBe('2 near-identical posts');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all 2' }));
    expect(onSetStatus).toHaveBeenCalledWith(['amazon:R2ABCDEF123456', 'amazon:R3'], 'dismissed');
  });

  test('the priority chip says why, part by part', () => {
    renderRow(amazonMention({ sortAt: new Date(NOW - 30 * 60_000).toISOString() }), { showPriority: true, targetMs: HOUR });
    // One star 15, sentiment −0.8 → 16, half the target waited → 10.
    expect(document.querySelector('.cd-chip--priority')?.getAttribute('title')).toBe('Priority 41: negative tone +16, low rating +15, and waiting time +10');
    expect(document.querySelector('.cd-chip--priority [aria-hidden]')?.textContent).toBe('P41');
  });

  test("the priority chip counts the active incident's points, as the list's order does", () => {
    const mention = amazonMention({ sortAt: new Date(NOW - 30 * 60_000).toISOString() });
    const ext = { activeIncident: { facet: 'incident', value: 'vp20k' }, facetSources: [{ id: 'incident', valueOf: (m: StoredMention) => (m.id === mention.id ? 'vp20k' : undefined) }] };
    render(
      <InboxExtensionsProvider value={ext}>
        <I18nProvider translator={createTranslator('en', { timeZone: 'UTC' })}>
          <MentionRow mention={mention} now={NOW} onSetStatus={vi.fn()} showPriority targetMs={HOUR} />
        </I18nProvider>
      </InboxExtensionsProvider>,
    );
    expect(document.querySelector('.cd-chip--priority [aria-hidden]')?.textContent).toBe('P71');
    expect(document.querySelector('.cd-chip--priority')?.getAttribute('title')).toContain('active incident +30');
  });
});
