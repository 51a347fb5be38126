/**
 * A stand-in for X's reply dialog, opened on a saved X page. None of the saved pages has the
 * dialog open (tests/fixtures/x/SOURCE.md; shared fixtures README "What could not be found"), so
 * its markup here is OURS, built from what public sources report (shared
 * research/dom-selectors.md 2.2): a modal `div[role="dialog"]` in `#layers` holding the post being
 * answered (a link to its status) and its own `tweetTextarea_0` with a `tweetButton` (not
 * `tweetButtonInline`), while the timeline's box stays on the page behind it.
 *
 * The box itself is a deep copy of the saved page's real composer (Draft.js markup, toolbar,
 * button), emptied, with its button renamed `tweetButton` and disabled as X shows it while the
 * box is empty. Give it a paste handler with installDraftStandIn({ selector: DIALOG_BOX }).
 *
 * The post shown is a plain link, not an `article[data-testid="tweet"]`, so the content script
 * does not capture it as a post. Self-contained (page.evaluate serialises it); also used by
 * tests/unit/runtime/x-composer.test.ts. Returns false when the page has no composer to copy.
 */
export function openReplyDialogStandIn({ permalink, text = '' }) {
  // The page's own box (X keeps it behind the dialog), not another dialog's.
  const editor = [...document.querySelectorAll('[data-testid="tweetTextarea_0"]')].find((el) => !el.closest('[role="dialog"]'));
  if (!editor) return false;
  let block = editor.parentElement;
  while (block && !block.querySelector('[data-testid="tweetButtonInline"]')) block = block.parentElement;
  if (!block) return false;
  const box = block.cloneNode(true);
  for (const el of box.querySelectorAll('[id]')) el.id = `stand-in-${el.id}`;
  const contents = box.querySelector('[data-testid="tweetTextarea_0"] [data-contents="true"]');
  if (contents) {
    for (const [i, b] of [...contents.querySelectorAll('[data-block="true"]')].entries()) {
      if (i > 0) b.remove();
      else b.querySelector('span').replaceChildren(document.createElement('br'));
    }
  }
  const button = box.querySelector('[data-testid="tweetButtonInline"]');
  button.setAttribute('data-testid', 'tweetButton');
  button.disabled = true;
  button.setAttribute('disabled', '');
  button.setAttribute('aria-disabled', 'true');

  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'stand-in-modal-header');
  dialog.setAttribute('data-stand-in', 'x-reply-dialog');
  // Only for screenshots (the saved page has no stylesheet): a centred modal over a dimmed page.
  dialog.style.cssText =
    'position:fixed;top:48px;left:50%;transform:translateX(-50%);width:600px;max-width:92vw;z-index:10;' +
    'background:#000;color:#e7e9ea;border-radius:16px;padding:12px 16px;font:15px system-ui,sans-serif;' +
    'box-shadow:0 0 0 100vmax rgb(91 112 131 / 0.4)';
  const header = document.createElement('h2');
  header.id = 'stand-in-modal-header';
  header.textContent = 'Reply';
  const post = document.createElement('div');
  const link = document.createElement('a');
  link.href = permalink;
  link.textContent = text || permalink;
  link.style.cssText = 'color:#e7e9ea;text-decoration:none';
  post.style.cssText = 'padding:8px 0 12px;border-bottom:1px solid #2f3336;margin-bottom:8px';
  header.style.cssText = 'font-size:17px;margin:0 0 8px';
  post.append(link);
  dialog.append(header, post, box);
  (document.getElementById('layers') ?? document.body).append(dialog);
  return true;
}

/** The dialog's box, for installDraftStandIn and read-backs. */
export const DIALOG_BOX = '[role="dialog"] [data-testid="tweetTextarea_0"]';
