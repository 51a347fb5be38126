// `crisis-desk pack …` as an approver runs it, through the built CLI (dist/cli.cjs) in a child
// process: files written, modes, exit codes, and signatures that Node's own crypto accepts.
import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readPublicKey } from '../../../lib/packs/index.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/crisis-desk.js');
const EXAMPLE_PACK = join(ROOT, 'public/examples/pack.json');
const EXAMPLE_INCIDENT = join(ROOT, 'public/examples/incident.json');
const TMP = mkdtempSync(join(tmpdir(), 'crisis-desk-pack-'));

beforeAll(() => {
  // As cli.test.ts: always build, so these tests never run a stale dist/cli.cjs.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 180_000);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: TMP, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let n = 0;
/** A fresh directory with a copy of the example pack and a key pair. */
function workspace() {
  const dir = mkdtempSync(join(TMP, `ws-${++n}-`));
  const pack = join(dir, 'pack.json');
  copyFileSync(EXAMPLE_PACK, pack);
  const prefix = join(dir, 'lena');
  const keygen = run(['pack', 'keygen', '--out', prefix]);
  expect(keygen.status).toBe(0);
  return { dir, pack, key: `${prefix}.key`, pub: `${prefix}.pub`, keyId: keygen.stdout.trim() };
}

describe('pack keygen', () => {
  test('writes PREFIX.key (mode 0600, PKCS#8) and PREFIX.pub (SPKI), prints the key id the options page will show', async () => {
    const w = workspace();
    expect(statSync(w.key).mode & 0o777).toBe(0o600);
    expect(readFileSync(w.key, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(readFileSync(w.pub, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const pinned = await readPublicKey(readFileSync(w.pub, 'utf8'));
    expect(pinned).toMatchObject({ ok: true, keyId: w.keyId });
    expect(w.keyId).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('never overwrites a key (exit 1, files untouched); --force replaces both and the key is 0600 again', () => {
    const w = workspace();
    const before = readFileSync(w.key, 'utf8');
    const again = run(['pack', 'keygen', '--out', join(w.dir, 'lena')]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already; nothing was overwritten/);
    expect(readFileSync(w.key, 'utf8')).toBe(before);
    chmodSync(w.key, 0o644);
    const forced = run(['pack', 'keygen', '--out', join(w.dir, 'lena'), '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(w.key, 'utf8')).not.toBe(before);
    expect(statSync(w.key).mode & 0o777).toBe(0o600);
  });

  test.each([
    [['pack', 'keygen'], /keygen needs --out PREFIX/],
    [['pack', 'keygen', '--out'], /--out needs a value/],
    [['pack', 'keygen', '--out', 'x', 'extra'], /takes no file arguments/],
    [['pack'], /pack needs a subcommand/],
    [['pack', 'publish'], /unknown pack subcommand "publish"/],
  ])('%j: usage error, exit 2', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: crisis-desk pack keygen --out PREFIX');
  });
});

describe('pack sign, verify, fmt', () => {
  test('sign adds the signature in place (the rest of the file unchanged, mode kept); verify exits 0; Node checks the bytes fmt prints', () => {
    const w = workspace();
    chmodSync(w.pack, 0o640);
    const original = readFileSync(w.pack, 'utf8');
    const signed = run(['pack', 'sign', '--key', w.key, w.pack]);
    expect(signed).toMatchObject({ status: 0, stdout: '' });
    expect(signed.stderr).toContain(`signed pack voltpro-service version 1 in ${w.pack} with key ${w.keyId}`);
    const text = readFileSync(w.pack, 'utf8');
    expect(statSync(w.pack).mode & 0o777).toBe(0o640);
    const lines = text.split('\n');
    const originalLines = original.trimEnd().split('\n');
    expect(lines.slice(0, originalLines.length - 2)).toEqual(originalLines.slice(0, -2));
    const signature = JSON.parse(text).signature as { alg: string; keyId: string; value: string };
    expect(signature).toMatchObject({ alg: 'ES256', keyId: w.keyId });

    expect(run(['pack', 'verify', '--pub', w.pub, w.pack])).toEqual({ status: 0, stdout: `valid: pack voltpro-service version 1 is signed by ${w.keyId}\n`, stderr: '' });

    const canonical = run(['pack', 'fmt', w.pack]);
    expect(canonical.status).toBe(0);
    expect(canonical.stdout).toBe(run(['pack', 'fmt', '-'], original).stdout);
    expect(canonical.stdout).not.toContain('signature');
    expect(canonical.stdout.endsWith('}')).toBe(true);
    const key = createPublicKey(readFileSync(w.pub, 'utf8'));
    expect(verify('sha256', Buffer.from(canonical.stdout, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature.value, 'base64url'))).toBe(true);
  });

  test.each<[string, (w: ReturnType<typeof workspace>) => string[], RegExp]>([
    ['a tampered byte', (w) => (writeFileSync(w.pack, readFileSync(w.pack, 'utf8').replace('free replacement', 'free replacemenT')), ['--pub', w.pub, w.pack]), /is NOT valid/],
    ['another approver’s key', (w) => (run(['pack', 'keygen', '--out', join(w.dir, 'tom')]), ['--pub', join(w.dir, 'tom.pub'), w.pack]), /is signed by key .*, not by /],
    ['an unsigned pack', (w) => (copyFileSync(EXAMPLE_PACK, w.pack), ['--pub', w.pub, w.pack]), /is not signed/],
    ['a private key given as --pub', (w) => ['--pub', w.key, w.pack], /this is a private key/],
    ['a missing pack file', (w) => ['--pub', w.pub, join(w.dir, 'missing.json')], /cannot read .*missing\.json: ENOENT/],
    ['an invalid pack', (w) => (writeFileSync(w.pack, '{"format":"crisis-desk.pack/1"}'), ['--pub', w.pub, w.pack]), /error: id: [^\n]*\n[\s\S]*is not a valid pack\n$/],
  ])('verify: %s → exit 1', (_name, prepare, message) => {
    const w = workspace();
    expect(run(['pack', 'sign', '--key', w.key, w.pack]).status).toBe(0);
    const r = run(['pack', 'verify', ...prepare(w)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  test('sign refuses an invalid pack and a public key, leaving the file as it was (exit 1)', () => {
    const w = workspace();
    const bad = '{"format":"crisis-desk.pack/1","id":"p","version":0}';
    writeFileSync(w.pack, bad);
    const r = run(['pack', 'sign', '--key', w.key, w.pack]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not a valid pack; it was not signed/);
    expect(readFileSync(w.pack, 'utf8')).toBe(bad);
    copyFileSync(EXAMPLE_PACK, w.pack);
    expect(run(['pack', 'sign', '--key', w.pub, w.pack])).toMatchObject({ status: 1, stderr: expect.stringMatching(/neither a PEM key nor a JWK/) });
    expect(readFileSync(w.pack, 'utf8')).toBe(readFileSync(EXAMPLE_PACK, 'utf8'));
    expect(existsSync(`${w.pack}.tmp`)).toBe(false);
  });

  test.each([
    [['pack', 'sign', 'pack.json'], /sign needs --key KEY/],
    [['pack', 'sign', '--key', 'k', 'a.json', 'b.json'], /sign takes exactly one PACK\.json/],
    [['pack', 'sign', '--key', 'k', '-'], /give a file, not -/],
    [['pack', 'verify', 'pack.json'], /verify needs --pub PUB/],
    [['pack', 'verify', '--pub', 'p', '--pub', 'q', 'x.json'], /--pub given twice/],
    [['pack', 'verify', '--key', 'p', 'x.json'], /unknown option --key/],
    [['pack', 'fmt', 'a.json', 'b.json'], /fmt takes at most one PACK\.json/],
  ])('%j: usage error, exit 2, nothing read', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('fmt: an invalid pack is exit 1 with JSON paths and prints nothing', () => {
    const r = run(['pack', 'fmt'], '{"format":"crisis-desk.pack/1","id":"p","version":1,"publishedAt":"2025-01-01T00:00:00Z","publisher":"x","templates":[{"id":"t"}]}');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^stdin: error: templates\[0\]\.title: /m);
  });
});

describe('pack lint', () => {
  test('is `lint --incident … --pack …`: the same findings and exit code; usage errors are exit 2', () => {
    const viaPack = run(['pack', 'lint', '--incident', EXAMPLE_INCIDENT, EXAMPLE_PACK]);
    const viaLint = run(['lint', '--incident', EXAMPLE_INCIDENT, '--pack', EXAMPLE_PACK]);
    expect(viaPack).toEqual(viaLint);
    expect(viaPack.status).toBe(0);
    const w = workspace();
    writeFileSync(w.pack, readFileSync(EXAMPLE_PACK, 'utf8').replace("we're sorry for the worry.", 'this is our fault.'));
    const blocking = run(['pack', 'lint', '--incident', EXAMPLE_INCIDENT, w.pack]);
    expect(blocking.status).toBe(1);
    expect(blocking.stdout).toContain('"rule":"liability"');
    expect(run(['pack', 'lint', EXAMPLE_PACK]).status).toBe(2);
    expect(run(['pack', 'lint', '--incident', EXAMPLE_INCIDENT]).status).toBe(2);
  });
});
