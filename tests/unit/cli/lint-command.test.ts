// `crisis-desk lint`, called directly (bin/cli.ts wires it into the dispatcher).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runLint } from '../../../bin/lint-command.ts';

const EXAMPLES = new URL('../../../public/examples/', import.meta.url);
const files: Record<string, string> = {
  'incident.json': readFileSync(new URL('incident.json', EXAMPLES), 'utf8'),
  'pack.json': readFileSync(new URL('pack.json', EXAMPLES), 'utf8'),
  'bad.json': '{"format": "crisis-desk.pack/1", "templates": [}',
  'invalid-pack.json': JSON.stringify({ format: 'crisis-desk.pack/1', id: 'p', version: 1, publishedAt: '2025-01-01T00:00:00Z', publisher: 'x', templates: [{ id: 't', title: 'T', channels: ['twitter'], status: 'approved', variants: { en: 'x' } }] }),
  'risky-pack.json': JSON.stringify({
    format: 'crisis-desk.pack/1',
    id: 'p',
    version: 1,
    publishedAt: '2025-01-01T00:00:00Z',
    publisher: 'x',
    templates: [{ id: 'risky', title: 'T', channels: ['x-reply'], status: 'approved', variants: { en: 'This is our fault, line\u2028two.', de: 'Alles gut.' } }],
  }),
};

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: (path: string) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return files[path]!;
    },
  });
  const lines = stdout.split('\n').filter(Boolean);
  return { code, stdout, stderr, findings: lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('lint --incident --pack', () => {
  test('the example pack: one JSON finding per line with exactly the contract keys, exit 0 (nothing blocks)', async () => {
    const r = await run('--incident', 'incident.json', '--pack', 'pack.json');
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([
      { templateId: 'vp20k-feedback', lang: 'en', rule: 'feedback-once', severity: 'warn', message: 'A response to seller feedback can be posted once and never edited.', start: 0, end: 0 },
    ]);
    expect(r.stderr).toMatch(/^lint: 7 template\(s\), 1 finding\(s\), 0 blocking\n$/);
  });
  test('a blocking finding: exit 1; messages are English sentences', async () => {
    const r = await run('--pack', 'risky-pack.json');
    expect(r.code).toBe(1);
    const f = r.findings.find((x) => x.rule === 'liability')!;
    expect(f).toMatchObject({ templateId: 'risky', lang: 'en', severity: 'block' });
    expect(f.message).toMatch(/^Admits fault or liability \(“our fault”\) while the incident is Investigating\.$/);
  });
  test('one finding per line even when the text holds a line separator (U+2028)', async () => {
    const r = await run('--pack', 'risky-pack.json');
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.stdout.split(/\n|\u2028|\u2029/).filter(Boolean)).toHaveLength(r.findings.length);
  });
  test('--lang keeps one language', async () => {
    const r = await run('--pack', 'risky-pack.json', '--lang', 'de');
    expect(r.findings.every((x) => x.lang === 'de')).toBe(true);
  });
  test('a malformed or invalid pack: errors with JSON paths on stderr, nothing on stdout, exit 1', async () => {
    const bad = await run('--pack', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/bad\.json: error: \(file\): the pack file is not valid JSON/);
    const invalid = await run('--pack', 'invalid-pack.json');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('invalid-pack.json: error: templates[0].channels[0]: ');
    expect(invalid.stderr).toContain('nothing was linted');
  });
  test('an unreadable file: one line, exit 1', async () => {
    const r = await run('--incident', 'missing.json', '--pack', 'pack.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lint: cannot read missing.json: ENOENT\n');
  });
});

describe('lint --reply', () => {
  test('one reply: findings, exit by severity', async () => {
    const r = await run('--reply', 'Das ist unsere Schuld.', '--lang', 'de', '--channel', 'x-reply', '--incident', 'incident.json');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.templateId, f.lang, f.rule])).toEqual([
      [null, 'de', 'missing-notice-link'],
      [null, 'de', 'liability'],
    ]);
    const ok = await run('--reply', 'Es tut uns leid. https://voltpro.example/notice/vp20k', '--lang', 'de', '--channel', 'x-reply', '--incident', 'incident.json');
    expect(ok.code).toBe(0);
    expect(ok.findings).toEqual([]);
  });
  test('an unfilled variable blocks a reply; --mode template accepts it', async () => {
    expect((await run('--reply', 'Hi {{author.name}}', '--lang', 'en')).code).toBe(1);
    expect((await run('--reply', 'Hi {{author.name}}', '--lang', 'en', '--mode', 'template')).code).toBe(0);
  });
  test('--now: "tomorrow" for the next update is judged at that moment, and reported without one', async () => {
    const reply = ['--reply', 'We will share the next update tomorrow. https://voltpro.example/notice/vp20k', '--lang', 'en', '--incident', 'incident.json'];
    const rules = async (...more: string[]) => (await run(...reply, ...more)).findings.map((f) => f.rule);
    expect(await rules()).toEqual(['contradiction']);
    expect(await rules('--now', '2025-03-17T10:00:00Z')).toEqual([]);
    expect(await rules('--now', '2025-03-10T10:00:00Z')).toEqual(['contradiction']);
  });
  test('--flag=value works too', async () => {
    const r = await run('--reply=This is our fault', '--lang=en');
    expect(r.findings.map((f) => f.rule)).toEqual(['liability']);
  });
});

describe('usage errors: exit 2, one line and the usage on stderr', () => {
  test.each([
    [[], 'give either --pack PACK.json or --reply TEXT'],
    [['--pack', 'p.json', '--reply', 'x'], 'give either --pack PACK.json or --reply TEXT'],
    [['--reply', 'x'], '--reply needs --lang'],
    [['--reply', 'x', '--lang', 'English'], '--lang takes a language tag'],
    [['--reply', 'x', '--lang', 'en', '--channel', 'twitter'], '--channel is one of'],
    [['--reply', 'x', '--lang', 'en', '--mode', 'draft'], '--mode is insert or template'],
    [['--pack', 'p.json', '--channel', 'x-reply'], '--channel and --mode go with --reply'],
    [['--bogus'], 'unknown option --bogus'],
    [['stray'], 'unexpected argument "stray"'],
    [['--pack'], '--pack needs a value'],
    [['--lang', 'en', '--lang', 'de'], '--lang given twice'],
    [['--pack', 'p.json', '--now', '2025-03-17T10:00:00Z'], '--now goes with --reply in insert mode'],
    [['--reply', 'x', '--lang', 'en', '--mode', 'template', '--now', '2025-03-17T10:00:00Z'], '--now goes with --reply in insert mode'],
    [['--reply', 'x', '--lang', 'en', '--now', 'tomorrow'], '--now takes an ISO 8601 time'],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toContain('usage: crisis-desk lint');
  });
  test('control characters in arguments are escaped in messages', async () => {
    const r = await run('--bo\u0007gus');
    expect(r.stderr.split('\n')[0]).toBe('lint: unknown option --bo\\u0007gus');
  });
  test('--help prints the usage to stdout, exit 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: crisis-desk lint');
  });
});
