/**
 * Reading visible text out of platform markup without `innerText` (which Node DOMs lack and which
 * forces layout in the browser). Emoji rendered as `<img alt="😀">` are kept as characters.
 */

const ELEMENT = 1;
const TEXT = 3;
const BLOCK_TAGS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface ReadTextOptions {
  /** Subtrees to leave out ("Read more" prompts, translation chrome, nested quotes). */
  skip?: string;
}

/** Visible text of `el`: img alt text included, `skip` subtrees and script/style left out,
 * whitespace runs folded to one space, block boundaries kept as newlines. */
export function readText(el: Element, opts: ReadTextOptions = {}): string {
  const parts: string[] = [];
  walk(el, opts.skip, parts);
  return normalizeText(parts.join(''));
}

function walk(node: Node, skip: string | undefined, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      // Browsers render source line breaks as spaces (outside white-space: pre); block
      // boundaries below are what become newlines.
      out.push((child.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' '));
    } else if (child.nodeType === ELEMENT) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      if (skip && el.matches(skip)) continue;
      if (tag === 'IMG') {
        out.push(el.getAttribute('alt') ?? '');
        continue;
      }
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) out.push('\n');
      walk(el, skip, out);
      if (block) out.push('\n');
    }
  }
}

/** Fold runs of spaces/tabs (and the formatter's indentation in prettified saves) to one space,
 * keep at most one blank line between paragraphs, and trim. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text on one line (titles, names, dates). */
export function readLine(el: Element | null | undefined, opts: ReadTextOptions = {}): string {
  if (!el) return '';
  return readText(el, opts).replace(/\s+/g, ' ').trim();
}
