// @vitest-environment happy-dom
// The reply view in the side panel (issue 11), English and Chinese UI: suggest, fill, check,
// insert into X (clipboard when that fails), record and undo; Amazon decisions; the translator
// (a fake) only on a click, marked as machine translation; bad input says so and loses nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { parseIncident } from '../../../lib/incident/import.ts';
import type { ReplySourceData } from '../../../lib/replies/compose.ts';
import { createTranslation, type TranslatorApi } from '../../../lib/replies/translate.ts';
import type { ComposerInsertReply, RecordReplyReply, ReplyInput, StoredMention } from '../../../lib/schema.ts';
import { parsePack } from '../../../lib/templates/import.ts';
import type { ReplyData } from '../../../runtime/reply-data.ts';
import { amazonMention, fakePanelData, NOW, xMention } from './fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

const read = (name: string) => readFileSync(join(import.meta.dirname, '../../../public/examples', name), 'utf8');
const incident = parseIncident(read('incident.json'));
const pack = parsePack(read('pack.json'));
if (!incident.ok || !pack.ok) throw new Error('example files');
const SOURCES: ReplySourceData = { incident: incident.value, templates: pack.value.templates };

function fakeReplies(o: { insert?: ComposerInsertReply['outcome']; copy?: boolean; translator?: TranslatorApi; firefox?: boolean; sources?: ReplySourceData } = {}) {
  const data = {
    loadSources: vi.fn(async () => o.sources ?? SOURCES),
    record: vi.fn(async (_id: string, reply: ReplyInput, markHandled: boolean): Promise<RecordReplyReply> => ({
      ok: true,
      record: { ...reply, agent: 'me' },
      ...(markHandled ? { before: { id: _id, status: 'open' as const } } : {}),
    })),
    undo: vi.fn(async () => undefined),
    ...(o.firefox ? {} : { insertIntoX: vi.fn(async (): Promise<ComposerInsertReply> => ({ ok: true, outcome: o.insert ?? 'inserted', target: 'reply', postOnPage: true })) }),
    copy: vi.fn(async () => o.copy ?? true),
    openPage: vi.fn(),
    ...(o.translator ? { translation: createTranslation(o.translator) } : {}),
    now: () => new Date(NOW),
  } satisfies ReplyData;
  return data;
}

const german = () =>
  xMention({
    id: 'x:1890459111671656594',
    authorHandle: 'jana_k',
    authorName: 'Jana',
    text: 'Meine VP-20K Powerbank wird beim Laden extrem heiß! Was soll ich tun?',
    analysis: { lang: 'de', langConfidence: 0.95, sentiment: { score: -0.8, label: 'negative' }, complaint: { categories: ['safety'], evidence: [] }, analyzer: 't' },
  });

function renderWith(rows: StoredMention[], replies: ReplyData, locale = 'en') {
  const { data, state } = fakePanelData(rows);
  const utils = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App data={data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} replies={replies} />
    </QueryClientProvider>,
  );
  return { ...utils, data, state };
}

async function openReply(id: string) {
  const row = await waitFor(() => screen.getAllByTestId('mention-row').find((r) => r.getAttribute('data-mention-id') === id)!);
  fireEvent.click(within(row).getByTestId('reply-open'));
  return screen.findByTestId('reply-view', {}, { timeout: 5_000 });
}

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => {
  cleanup();
  restore();
});

describe('reply view (English UI)', () => {
  test('suggest in the customer’s language, fill, check, insert into X, record, undo', async () => {
    const replies = fakeReplies();
    renderWith([german()], replies);
    const view = await openReply('x:1890459111671656594');
    const suggestions = await within(view).findByTestId('reply-suggestions');
    const radios = within(suggestions).getAllByRole('radio') as HTMLInputElement[];
    expect(radios[0]!.value).toBe('vp20k-holding-x');
    expect(radios[0]!.checked).toBe(true);
    expect(suggestions.textContent).toContain('in German');
    const text = (within(view).getByTestId('reply-text') as HTMLTextAreaElement).value;
    expect(text.startsWith('Hallo Jana,')).toBe(true);
    expect(text).toContain(incident.ok && incident.value.statement.text.de);
    expect(within(view).getByTestId('reply-length').textContent).toMatch(/^\d+ of 280 characters as X counts them$/);
    expect(within(view).getByTestId('reply-findings').textContent).toContain('No problems found.');
    fireEvent.click(within(view).getByTestId('reply-insert'));
    await waitFor(() => expect(replies.record).toHaveBeenCalled());
    expect(replies.insertIntoX).toHaveBeenCalledWith('x:1890459111671656594', text);
    expect(replies.record.mock.calls[0]![1]).toMatchObject({ channel: 'x-reply', via: 'x-insert', templateId: 'vp20k-holding-x', lang: 'de', fallback: false, incidentId: 'vp20k-overheating', statementVersion: 1, edited: false, text });
    const outcome = await within(view).findByTestId('reply-outcome');
    expect(outcome.textContent).toContain('press Post yourself');
    expect(outcome.textContent).toContain('marked handled');
    fireEvent.click(within(outcome).getByTestId('reply-undo'));
    await waitFor(() => expect(replies.undo).toHaveBeenCalledWith('x:1890459111671656594', new Date(NOW).toISOString(), { id: 'x:1890459111671656594', status: 'open' }));
  });

  test('a fill-in prompt blocks until answered; an admission typed in blocks, marked in the text with its rule and fix', async () => {
    const replies = fakeReplies();
    renderWith([german()], replies);
    const view = await openReply('x:1890459111671656594');
    fireEvent.click(await within(view).findByDisplayValue('vp20k-remedy-x'));
    const insert = within(view).getByTestId('reply-insert') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    expect(within(view).getByTestId('reply-findings').textContent).toContain('Fill in “Bestellnummer” before inserting.');
    fireEvent.change(within(view).getByLabelText(/Bestellnummer/), { target: { value: '302-5550123' } });
    await waitFor(() => expect(insert.disabled).toBe(false));
    const box = within(view).getByTestId('reply-text') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: `${box.value} Das ist unsere Schuld.` } });
    await waitFor(() => expect(insert.disabled).toBe(true));
    const mark = within(view).getByTestId('reply-checked').querySelector('mark[data-rule="liability"]');
    expect(mark?.className).toContain('cd-reply__mark--block');
    expect(mark?.getAttribute('title')).toMatch(/^Blocks: Admits liability\./);
    expect(within(view).getByText(/Edited by you/)).toBeTruthy();
    // Mention and template text is data: the customer's words are never markup.
    expect(view.querySelector('script, img')).toBeNull();
  });

  test('insertion fails: the text goes to the clipboard with a Ctrl+V prompt and the reason; recorded as copied', async () => {
    const replies = fakeReplies({ insert: 'not-pasted' });
    renderWith([german()], replies);
    const view = await openReply('x:1890459111671656594');
    fireEvent.click(await within(view).findByTestId('reply-insert'));
    const outcome = await within(view).findByTestId('reply-outcome');
    await waitFor(() => expect(outcome.textContent).toContain('press Ctrl+V to paste it'));
    expect(outcome.textContent).toContain('X’s reply box did not take the text.');
    expect(replies.copy).toHaveBeenCalledWith((within(view).getByTestId('reply-text') as HTMLTextAreaElement).value);
    expect(replies.record.mock.calls[0]![1]).toMatchObject({ via: 'clipboard' });
  });

  test('Firefox (no insertion): Copy only; a clipboard that fails records nothing and says how to copy by hand', async () => {
    const replies = fakeReplies({ firefox: true, copy: false });
    renderWith([german()], replies);
    const view = await openReply('x:1890459111671656594');
    await within(view).findByTestId('reply-copy');
    expect(within(view).queryByTestId('reply-insert')).toBeNull();
    fireEvent.click(within(view).getByTestId('reply-copy'));
    const outcome = await within(view).findByTestId('reply-outcome');
    expect(outcome.textContent).toContain('select the checked text above and copy it yourself');
    expect(replies.record).not.toHaveBeenCalled();
  });

  test('Amazon review: no public reply; contact-customer opens the review page and records the decision', async () => {
    const replies = fakeReplies();
    const review = amazonMention({ text: 'Meine VP-20K Powerbank ist beim Laden überhitzt.', analysis: { lang: 'de', langConfidence: 0.9, sentiment: { score: -0.8, label: 'negative' }, complaint: { categories: ['safety'], evidence: [] }, analyzer: 't' } });
    renderWith([review], replies);
    const view = await openReply(review.id);
    expect((await within(view).findByTestId('amazon-decision')).textContent).toContain('Amazon has no public replies to reviews');
    fireEvent.click(within(view).getByTestId('amazon-record'));
    await waitFor(() => expect(replies.record).toHaveBeenCalled());
    expect(replies.openPage).toHaveBeenCalledWith('https://www.amazon.de/gp/customer-reviews/R2ABCDEF123456');
    expect(replies.record.mock.calls[0]![1]).toMatchObject({ channel: 'amazon-contact-customer', via: 'page' });
    // A buyer message: a template for that channel, copied (never "Insert into X").
    fireEvent.click(within(view).getByDisplayValue('buyer-message'));
    expect((await within(view).findByTestId('reply-suggestions')).textContent).toContain('VP-20K');
    expect(within(view).queryByTestId('reply-insert')).toBeNull();
  });

  test('a replied mention says so in its row, and the Reply facet filters on it', async () => {
    const replies = fakeReplies();
    const done = { ...german(), replies: [{ at: '2025-11-22T11:58:00.000Z', agent: 'me', channel: 'x-reply' as const, via: 'x-insert' as const, templateId: 'vp20k-holding-x' }] };
    renderWith([done, xMention({ id: 'x:2' })], replies);
    const badge = await screen.findByTestId('reply-badge');
    expect(badge.textContent).toBe('Replied 3 min after posting · vp20k-holding-x · me');
    fireEvent.click(screen.getByTestId('filters-toggle'));
    const sheet = screen.getByTestId('filter-sheet');
    expect(within(sheet).getByText('Reply')).toBeTruthy();
    fireEvent.click(within(sheet).getByTestId('facet-reply-_none'));
    await waitFor(() => expect(screen.getAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'))).toEqual(['x:2']));
  });
});

describe('reply view (Chinese UI)', () => {
  const korean = () =>
    xMention({
      id: 'x:77',
      authorName: '민지',
      text: 'VP-20K 보조배터리가 충전 중에 너무 뜨거워요',
      analysis: { lang: 'ko', langConfidence: 0.9, sentiment: { score: -0.6, label: 'negative' }, complaint: { categories: ['safety'], evidence: [] }, analyzer: 't' },
    });

  test('no Korean variant: English with a visible warning; the translator downloads only on a click, with progress, marked as machine translation', async () => {
    // The model "downloads" until the test says it is done.
    const progress: ((p: number) => void)[] = [];
    let finish: () => void = () => undefined;
    const api: TranslatorApi = {
      availability: vi.fn(async () => 'downloadable' as const),
      create: vi.fn(
        (_o: unknown, onProgress?: (p: number) => void) =>
          new Promise<{ translate(t: string): Promise<string> }>((resolve) => {
            if (onProgress) progress.push(onProgress);
            finish = () => resolve({ translate: async () => 'VP-20K 充电宝充电时太烫了' });
          }),
      ),
    };
    const replies = fakeReplies({ translator: api });
    renderWith([korean()], replies, 'zh-CN');
    const view = await openReply('x:77');
    const warning = await within(view).findByTestId('reply-fallback');
    expect(warning.textContent).toContain('此模板没有已批准的韩语文本：回复将使用英语');
    const box = within(view).getByTestId('translate-mention');
    const button = await within(box).findByRole('button');
    expect(button.textContent).toBe('下载韩语–中文语言模型并翻译');
    expect(api.create).not.toHaveBeenCalled();
    fireEvent.click(button);
    await waitFor(() => expect(progress).toHaveLength(1));
    act(() => progress[0]!(0.5));
    expect(box.textContent).toContain('正在下载语言模型：50%');
    act(() => finish());
    await waitFor(() => expect(box.textContent).toContain('VP-20K 充电宝充电时太烫了'));
    expect(box.textContent).toContain('本机机器翻译，仅供阅读');
    // The reply box still holds the approved English variant.
    expect((within(view).getByTestId('reply-text') as HTMLTextAreaElement).value.startsWith('Hi 민지,')).toBe(true);
  });

  test('no template in the mention’s language nor English: a clear message in Chinese, nothing to insert', async () => {
    const germanOnly = { ...SOURCES, templates: SOURCES.templates.filter((t) => t.id === 'delivery-check-x').map((t) => ({ ...t, variants: { de: t.variants.de! } })) };
    const replies = fakeReplies({ sources: germanOnly });
    renderWith([korean()], replies, 'zh-CN');
    const view = await openReply('x:77');
    const none = await within(view).findByTestId('reply-none');
    expect(none.textContent).toBe('没有任何已批准模板包含韩语或英语文本，因此无法推荐。请让审批人提供韩语版本。');
    expect(within(view).queryByTestId('reply-insert')).toBeNull();
  });

  test('without a translator (Firefox, Chromium without the API) there is no Translate button', async () => {
    renderWith([korean()], fakeReplies(), 'zh-CN');
    const view = await openReply('x:77');
    await within(view).findByTestId('reply-text');
    expect(within(view).queryByTestId('translate-mention')).toBeNull();
  });
});
