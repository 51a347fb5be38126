/**
 * Reading JSON lines input, shared by the commands that take it (analyze, export): text chunks
 * split into lines as readline splits them, and one line parsed with a depth limit.
 */

/**
 * Deeper input is rejected before it is parsed: JSON.stringify recurses, and an extra field of
 * 100,000 nested arrays overflowed the stack on the way out, killing the run (found 2026-12).
 * 128 is serde_json's default recursion limit; a mention is 2 or 3 levels deep.
 */
export const MAX_JSON_DEPTH = 128;

/** Text chunks in, lines out, split as readline splits them: at \n, \r\n or a lone \r. A \r at
 * the end of a chunk waits for the next one, which may start with its \n. */
export class LineSplitter {
  private rest = '';

  push(chunk: string, onLine: (line: string) => void): void {
    const text = this.rest + chunk;
    // A final \r may be the first half of \r\n: leave it for the next chunk.
    const limit = text.endsWith('\r') ? text.length - 1 : text.length;
    let start = 0;
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      if (nl !== -1 && nl < start) nl = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const end = cr === -1 || cr >= limit ? nl : nl === -1 ? cr : Math.min(nl, cr);
      if (end === -1 || end >= limit) break;
      onLine(text.slice(start, end));
      start = end + (end === cr && nl === cr + 1 ? 2 : 1);
    }
    this.rest = text.slice(start);
  }

  /** The last line, if the input did not end with a line break. */
  end(onLine: (line: string) => void): void {
    const last = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    const had = this.rest.length > 0;
    this.rest = '';
    if (had) onLine(last);
  }
}

/** One line's JSON value, or why it is not one. Never throws. */
export function readJsonLine(line: string): { json: unknown } | { error: string } {
  // Valid JSON nested n levels deep is at least 2n characters long: short lines skip the scan.
  if (line.length > 2 * MAX_JSON_DEPTH && nestedDeeperThan(line, MAX_JSON_DEPTH)) {
    return { error: `invalid input: nested deeper than ${MAX_JSON_DEPTH} levels` };
  }
  try {
    return { json: JSON.parse(line) as unknown };
  } catch (err) {
    return { error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Whether the JSON text opens more than `max` arrays or objects inside each other. Brackets
 * inside strings do not count. Linear, no recursion. */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * The text chunks of a stream, in order. A read error ends them: it is kept in `into.readError`
 * (the caller reports it after what was read), never thrown into the line loop.
 */
export async function* textChunks(input: NodeJS.ReadableStream, into: { readError?: unknown }): AsyncGenerator<string> {
  input.setEncoding('utf8');
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string>;
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await chunks.next();
    } catch (err) {
      into.readError = err;
      return;
    }
    if (next.done) return;
    yield next.value;
  }
}
