// analyze's streaming in-process: lines split as readline splits them, whatever the chunking;
// one output write per input chunk; a bad line's message after the answers before it.
import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { analyzeStream, LineSplitter } from '../../../bin/analyze.ts';

async function readlineLines(text: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from([text]), crlfDelay: Infinity })) out.push(line);
  return out;
}

function split(chunks: readonly string[]): string[] {
  const out: string[] = [];
  const s = new LineSplitter();
  for (const c of chunks) s.push(c, (l) => out.push(l));
  s.end((l) => out.push(l));
  return out;
}

describe('LineSplitter', () => {
  test.each([
    ['a\nb\nc', 'no final newline'],
    ['a\nb\n', 'final newline'],
    ['a\r\nb\r\n\r\nc', 'CRLF and an empty CRLF line'],
    ['a\rb\r\rc\r', 'lone CRs (old Mac), one at the very end'],
    ['\n\n', 'only newlines'],
    ['', 'nothing'],
    ['x\r\n', 'CRLF at the end'],
    ['{"text":"α β"}\r\n{"text":"日本"}\n\r\n', 'mixed, non-ASCII'],
  ])('%j (%s): the same lines as readline, however the text is cut into chunks', async (text) => {
    const expected = await readlineLines(text);
    expect(split([text])).toEqual(expected);
    for (let i = 0; i <= text.length; i++) expect(split([text.slice(0, i), text.slice(i)])).toEqual(expected);
    expect(split([...text])).toEqual(expected);
  });
});

describe('analyzeStream', () => {
  function sink(log: string[], name: string): Writable {
    return new Writable({
      write(chunk: Buffer, _enc, cb) {
        log.push(`${name}:${chunk.toString()}`);
        cb();
      },
    });
  }

  test('one output write per input chunk, lines numbered across chunks', async () => {
    const log: string[] = [];
    const chunks = ['{"text":"Great"}\n{"text":"Bad"}\n{"te', 'xt":"Fine"}\n', '{"text":"Awful"}'];
    const stats = await analyzeStream(Readable.from(chunks), sink(log, 'out'), sink(log, 'err'));
    expect(stats).toEqual({ lines: 4, analysed: 4, failed: 0 });
    expect(log.map((l) => l.split('\n').filter(Boolean).length)).toEqual([2, 1, 1]);
  });

  test("a bad line: the answers before it, then its message, then the rest; onFailed called", async () => {
    const log: string[] = [];
    let failures = 0;
    const chunks = ['{"text":"Great"}\nnot json\n{"text":"Bad"}\n'];
    const stats = await analyzeStream(Readable.from(chunks), sink(log, 'out'), sink(log, 'err'), { onFailed: () => failures++ });
    expect(stats).toEqual({ lines: 3, analysed: 2, failed: 1 });
    expect(failures).toBe(1);
    expect(log.map((l) => l.slice(0, 4))).toEqual(['out:', 'err:', 'out:']);
    expect(log[1]).toMatch(/^err:line 2: invalid JSON/);
  });

  test('a read error ends the run with it recorded, not thrown', async () => {
    const input = new Readable({
      read() {
        this.push('{"text":"Great"}\n');
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    const log: string[] = [];
    const stats = await analyzeStream(input, sink(log, 'out'), sink(log, 'err'));
    expect((stats.readError as { code?: string }).code).toBe('EIO');
  });
});
