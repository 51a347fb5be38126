/**
 * Everything the reply view reads or does outside itself (issue 11), behind one interface so the
 * view is tested with fakes: the incident and templates to suggest from, recording a reply (the
 * background writes it), inserting into X's reply box (the X content script), the clipboard,
 * opening a page, and the on-device translator where the browser has one.
 */
import { browser } from 'wxt/browser';
import { parseIncident } from '../lib/incident/import.ts';
import type { IncidentFile, StoredIncident } from '../lib/incident/schema.ts';
import { request, type Send } from '../lib/messaging.ts';
import type { ReplySourceData } from '../lib/replies/compose.ts';
import type { Translation } from '../lib/replies/translate.ts';
import {
  ComposerInsertReplySchema,
  RecordReplyReplySchema,
  type ComposerInsertMessage,
  type ComposerInsertReply,
  type RecordReplyReply,
  type ReplyInput,
  type ReplyMessage,
  type StatusBefore,
} from '../lib/schema.ts';
import { parsePack } from '../lib/templates/import.ts';
import type { Template } from '../lib/templates/schema.ts';
import { chromeTranslation } from './chrome-translator.ts';
import { storedReplySources } from './reply-sources.ts';

/** Where suggestions come from: runtime/reply-sources.ts storedReplySources (incidents and
 * templates stored here, the packs in use), the bundled example for a new user. */
export interface ReplySources {
  load(): Promise<{ incident?: StoredIncident | IncidentFile; templates: Template[] }>;
}

export interface ReplyData {
  loadSources(): Promise<ReplySourceData>;
  record(id: string, reply: ReplyInput, markHandled: boolean): Promise<RecordReplyReply>;
  undo(id: string, at: string, before?: StatusBefore): Promise<void>;
  /** Absent where a synthetic paste cannot carry text (Firefox): the clipboard path only. */
  insertIntoX?(mentionId: string, text: string): Promise<ComposerInsertReply>;
  /** True when the text is on the clipboard. */
  copy(text: string): Promise<boolean>;
  openPage(url: string): void;
  /** The on-device translator, where the browser has one (Chrome 138+). */
  translation?: Translation;
  now(): Date;
}

/** The bundled example incident and pack (what a new user sees first). */
export function exampleReplySources(fetchText: (path: string) => Promise<string>): ReplySources {
  return {
    async load() {
      const [incidentText, packText] = await Promise.all([fetchText('/examples/incident.json'), fetchText('/examples/pack.json')]);
      const incident = parseIncident(incidentText);
      const pack = parsePack(packText, incident.ok ? { incidentId: incident.value.id } : {});
      if (!pack.ok) throw new Error(`the example pack does not import: ${pack.errors[0]?.message ?? 'unknown error'}`);
      return { ...(incident.ok ? { incident: incident.value } : {}), templates: pack.value.templates };
    },
  };
}

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

/** Tabs in the order an agent most likely means: the active tab of the window last used, other
 * active tabs, then the most recently used. The panel's own tab (e2e, fallback tab) is skipped. */
async function candidateTabs(): Promise<number[]> {
  const [tabs, own, focused] = await Promise.all([
    browser.tabs.query({}),
    browser.tabs.getCurrent().catch(() => undefined),
    browser.windows.getLastFocused().catch(() => undefined),
  ]);
  const rank = (t: (typeof tabs)[number]) => (t.active && t.windowId === focused?.id ? 2 : t.active ? 1 : 0);
  return tabs
    .filter((t) => t.id !== undefined && t.id !== own?.id)
    .sort((a, b) => rank(b) - rank(a) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, 12)
    .map((t) => t.id!);
}

/** Asks the X tabs in turn; the first with a reply box answers. */
async function insertIntoX(mentionId: string, text: string): Promise<ComposerInsertReply> {
  const msg = { type: 'reply/insert-x', mentionId, text } satisfies ComposerInsertMessage;
  let best: ComposerInsertReply | undefined;
  for (const id of await candidateTabs()) {
    let raw: unknown;
    try {
      raw = await browser.tabs.sendMessage(id, msg);
    } catch {
      continue; // no X content script in that tab
    }
    const parsed = ComposerInsertReplySchema.safeParse(raw);
    if (!parsed.success) continue;
    if (parsed.data.outcome !== 'no-composer') return parsed.data;
    best ??= parsed.data;
  }
  return best ?? { ok: true, outcome: 'no-composer' };
}

/** The clipboard API, else the older copy command on a hidden text area. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function createReplyData(o: { send?: Send; sources?: ReplySources } = {}): ReplyData {
  const send = o.send ?? sendToBackground;
  const example = exampleReplySources(async (path) => {
    const res = await fetch(browser.runtime.getURL(path as '/'));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.text();
  });
  // This browser's incidents and templates with the packs' (runtime/reply-sources.ts); the
  // bundled example while nothing is stored.
  const sources = o.sources ?? storedReplySources(() => example.load());
  return {
    loadSources: () => sources.load(),
    async record(id, reply, markHandled) {
      return request(send, { type: 'mention/record-reply', id, reply, markHandled } satisfies ReplyMessage, (r) => {
        const parsed = RecordReplyReplySchema.safeParse(r);
        return parsed.success ? parsed.data : undefined;
      });
    },
    async undo(id, at, before) {
      await request(send, { type: 'mention/undo-reply', id, at, ...(before ? { before } : {}) } satisfies ReplyMessage);
    },
    // Firefox drops the data of a synthetic paste event (it cannot be constructed with
    // clipboardData), so X's box would get nothing: the clipboard path there.
    ...(import.meta.env.FIREFOX ? {} : { insertIntoX }),
    copy: (text) => copyText(text),
    openPage: (url) => void browser.tabs.create({ url }),
    translation: chromeTranslation(),
    now: () => new Date(),
  };
}
