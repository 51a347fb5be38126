/**
 * Text from the input (a bad line, a file name, an option value) quoted in a message on the
 * terminal. Control characters in it are escaped the way JSON writes them (`\u001b`, `\n`), so a
 * crafted line or file name cannot clear the screen, move the cursor, rewrite the title or hide
 * text behind a carriage return (terminal escape injection), and bidirectional overrides cannot
 * reorder what is shown ("Trojan Source", CVE-2021-42574).
 *
 * Escaped: C0 controls and DEL, C1 controls (U+0080–U+009F: U+009B is a one-character CSI on
 * some terminals), the line and paragraph separators, and the bidi marks, embeddings, overrides
 * and isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One message line for stderr: the text with its controls escaped, then a newline. */
export function messageLine(text: string): string {
  return escapeControls(text) + '\n';
}

/** `ENOENT (no such file or directory)` from a Node system error; the message otherwise. The
 * path Node puts at the end of its own message is left out: the caller names the file. */
export function errorText(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const message = err instanceof Error ? err.message : '';
    const prefix = `${err.code}: `;
    const why = message.startsWith(prefix) ? message.slice(prefix.length).split(',')[0]?.trim() : undefined;
    return why ? `${err.code} (${why})` : err.code;
  }
  return err instanceof Error ? err.message : String(err);
}
