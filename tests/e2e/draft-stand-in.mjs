/**
 * A stand-in for X's Draft.js reply box, for the saved X pages (their scripts were emptied when
 * they were saved: tests/fixtures/x/SOURCE.md). It does what Draft.js and X do with a paste, as
 * far as our insertion can tell: cancel the browser's default, read `text/plain` from the event's
 * DataTransfer, replace the SELECTION with it (so text pasted without selecting all first is
 * appended to the earlier draft, as in the real editor), render one `[data-block]` per paragraph,
 * and enable the Post button next to the box once it holds text.
 *
 * `mode: 'ignore'` makes insertion fail: the box takes no paste (an X release that changed its
 * editor), so Crisis Desk must fall back to the clipboard.
 *
 * Self-contained (page.evaluate serialises it); also used by tests/unit/runtime/x-composer.test.ts.
 */
export function installDraftStandIn({ mode = 'paste', selector = '[data-testid="tweetTextarea_0"]' } = {}) {
  const editor = document.querySelector(selector);
  if (!editor) return false;
  const contents = editor.querySelector('[data-contents="true"]') ?? editor;
  const readText = () => [...contents.querySelectorAll('[data-block="true"]')].map((b) => b.textContent ?? '').join('\n');
  const postButton = () => {
    for (let el = editor.parentElement; el; el = el.parentElement) {
      const b = el.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
      if (b) return b;
    }
    return null;
  };
  const render = (text) => {
    contents.replaceChildren(
      ...text.split('\n').map((line, i) => {
        const block = document.createElement('div');
        block.setAttribute('data-block', 'true');
        block.setAttribute('data-offset-key', `stand-in-${i}`);
        const inner = document.createElement('div');
        const span = document.createElement('span');
        if (line === '') span.append(document.createElement('br'));
        else span.textContent = line;
        inner.append(span);
        block.append(inner);
        return block;
      }),
    );
    const b = postButton();
    if (b) {
      const empty = text.trim() === '';
      b.disabled = empty;
      if (empty) b.setAttribute('disabled', '');
      else b.removeAttribute('disabled');
      b.setAttribute('aria-disabled', String(empty));
    }
  };
  editor.addEventListener('paste', (e) => {
    if (mode === 'ignore') return;
    e.preventDefault();
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const sel = document.getSelection();
    const current = readText();
    const all = sel && sel.rangeCount > 0 && sel.toString().replace(/\s+/g, '') === current.replace(/\s+/g, '') && editor.contains(sel.anchorNode);
    // Like Draft.js after a short delay (React's next render).
    setTimeout(() => render(all ? pasted : current + pasted), 20);
  });
  return true;
}
