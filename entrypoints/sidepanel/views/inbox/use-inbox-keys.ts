/**
 * The inbox's keyboard (lib/inbox/keyboard.ts), listening on the window while the inbox is the
 * active view and no dialog is open.
 */
import { useEffect, useRef } from 'react';
import { commandFor, type InboxCommand } from '../../../../lib/inbox/keyboard.ts';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** `run` returns false when it did nothing (the key then keeps its default). */
export function useInboxKeys(active: boolean, run: (command: InboxCommand, event: KeyboardEvent) => boolean): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A modal dialog (the shortcut list) owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const inField = isTypingTarget(e.target);
      const command = commandFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inField });
      if (!command) return;
      // Arrow keys, Home, End and Enter keep their meaning on controls (tabs, selects, buttons, links).
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, select, [role="tab"], input, summary');
      if (onControl && ['next', 'previous', 'first', 'last', 'expand'].includes(command) && !['j', 'k'].includes(e.key)) return;
      if (latest.current(command, e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
