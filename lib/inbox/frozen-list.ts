/**
 * A list that holds still. The inbox shows a frozen copy of the query's result: mentions that
 * arrive (or start to match) while the agent works are counted in the "N new" bar instead of
 * being inserted above the row being read; they come in when the agent asks (Twitter's and
 * Gmail's "show N new" pattern). Rows already shown stay where they are: their content follows
 * the store, a brigade's count grows, a deleted mention goes.
 */
import type { ListItem } from './query.ts';

export interface Reconciled {
  items: ListItem[];
  /** Mentions the fresh result has that the frozen list does not show (the "N new"). */
  newIds: string[];
}

/**
 * `frozen`: what is on screen; `fresh`: the query's result now; `alive(id)`: the mention is still
 * stored. Brigade members that joined a shown row's group are shown in it, not counted as new.
 */
export function reconcile(frozen: readonly ListItem[], fresh: readonly ListItem[], alive: (id: string) => boolean): Reconciled {
  const freshItemOf = new Map<string, ListItem>();
  for (const item of fresh) for (const id of item.ids) freshItemOf.set(id, item);
  const shown = new Set<string>();
  const items: ListItem[] = [];
  for (const item of frozen) {
    const members: string[] = [];
    const add = (id: string) => {
      if (!shown.has(id) && alive(id)) {
        shown.add(id);
        members.push(id);
      }
    };
    for (const id of item.ids) {
      const grown = freshItemOf.get(id);
      if (grown && grown.ids.length > 1) grown.ids.forEach(add);
      add(id);
    }
    if (members.length === 0) continue;
    items.push(members.length === item.ids.length && members.every((id, i) => id === item.ids[i]) ? item : { key: item.key, ids: members });
  }
  const newIds: string[] = [];
  for (const item of fresh) for (const id of item.ids) if (!shown.has(id)) newIds.push(id);
  return { items, newIds };
}

/** Take rows out (the agent acted on them and they no longer match); returns where each was, so
 * undo can put them back. */
export function withoutIds(items: readonly ListItem[], ids: ReadonlySet<string>): { items: ListItem[]; removed: { index: number; item: ListItem }[] } {
  const out: ListItem[] = [];
  const removed: { index: number; item: ListItem }[] = [];
  items.forEach((item, index) => {
    const kept = item.ids.filter((id) => !ids.has(id));
    if (kept.length === item.ids.length) out.push(item);
    else {
      removed.push({ index, item });
      if (kept.length > 0) out.push({ key: kept.includes(item.key) ? item.key : kept[0]!, ids: kept });
    }
  });
  return { items: out, removed };
}

/** Put removed rows back where they were (undo). Rows that came back some other way are not doubled. */
export function restoreItems(items: readonly ListItem[], removed: readonly { index: number; item: ListItem }[]): ListItem[] {
  const out = [...items];
  for (const { index, item } of [...removed].sort((a, b) => a.index - b.index)) {
    const present = new Set(out.flatMap((i) => i.ids));
    const partial = out.findIndex((i) => i.key === item.key || i.ids.some((id) => item.ids.includes(id)));
    if (partial >= 0) {
      out[partial] = { key: item.key, ids: [...item.ids, ...out[partial]!.ids.filter((id) => !item.ids.includes(id))] };
      continue;
    }
    if (item.ids.every((id) => present.has(id))) continue;
    out.splice(Math.min(index, out.length), 0, item);
  }
  return out;
}
