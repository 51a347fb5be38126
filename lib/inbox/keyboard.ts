/**
 * The inbox's keyboard shortcuts, as in Gmail, Zendesk and Gorgias: letters act on the focused
 * row, `/` goes to search, `?` lists them all. Typing in a field never triggers a letter
 * shortcut; Escape leaves the field. Modifier combinations belong to the browser (Ctrl/⌘+Z is
 * the one exception: it undoes, as everywhere else).
 */
export type InboxCommand =
  | 'next'
  | 'previous'
  | 'handled'
  | 'dismiss'
  | 'open-original'
  | 'reply'
  | 'select'
  | 'search'
  | 'help'
  | 'undo'
  | 'expand'
  | 'escape'
  | 'first'
  | 'last';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The event comes from a text field, select or editable element. */
  inField?: boolean;
}

/** The shortcuts the help dialog lists, in its order (`r` only when replies exist). */
export type ListedCommand = Exclude<InboxCommand, 'first' | 'last'>;

export const SHORTCUTS: readonly { keys: string[]; command: ListedCommand }[] = [
  { keys: ['j', '↓'], command: 'next' },
  { keys: ['k', '↑'], command: 'previous' },
  { keys: ['e'], command: 'handled' },
  { keys: ['d'], command: 'dismiss' },
  { keys: ['o'], command: 'open-original' },
  { keys: ['r'], command: 'reply' },
  { keys: ['x'], command: 'select' },
  { keys: ['Enter'], command: 'expand' },
  { keys: ['z'], command: 'undo' },
  { keys: ['/'], command: 'search' },
  { keys: ['?'], command: 'help' },
  { keys: ['Esc'], command: 'escape' },
];

const LETTERS: Record<string, InboxCommand> = {
  j: 'next',
  k: 'previous',
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  e: 'handled',
  d: 'dismiss',
  o: 'open-original',
  r: 'reply',
  x: 'select',
  z: 'undo',
  '/': 'search',
  '?': 'help',
  Enter: 'expand',
};

export function commandFor(input: KeyInput): InboxCommand | undefined {
  if (input.key === 'Escape') return 'escape';
  if ((input.ctrlKey || input.metaKey) && !input.altKey && input.key.toLowerCase() === 'z') return input.inField ? undefined : 'undo';
  if (input.ctrlKey || input.metaKey || input.altKey || input.inField) return undefined;
  return LETTERS[input.key];
}
