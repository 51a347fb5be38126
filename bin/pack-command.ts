/**
 * `crisis-desk pack`: for approvers who keep template packs in git. The command lines are a
 * contract (issue 12):
 *
 *   crisis-desk pack keygen --out PREFIX [--force]     writes PREFIX.key (mode 0600) and PREFIX.pub
 *   crisis-desk pack sign --key KEY PACK.json           adds the signature to PACK.json, in place
 *   crisis-desk pack verify --pub PUB PACK.json         exit 0 only when PUB's signature is valid
 *   crisis-desk pack fmt [PACK.json|-]                  the canonical form that is signed
 *   crisis-desk pack lint --incident INCIDENT.json PACK.json [--lang LANG]
 *
 * Keys: PREFIX.key is PKCS#8 PEM, PREFIX.pub SPKI PEM (what openssl reads and writes; the options
 * page takes the .pub file's content, or a JWK). `sign` also takes a private JWK. The signature
 * is ES256 over the RFC 8785 form of the file without its `signature` member (lib/packs). `fmt`
 * prints exactly those bytes, with no newline added, so `crisis-desk pack fmt p.json | openssl
 * dgst -sha256 -verify key.pub …` can check a signature without us (after converting r‖s to DER).
 *
 * Exit status: 0 done (verify: the signature is valid for that key), 1 anything else that went
 * wrong (unreadable or invalid files, a bad or missing signature, an existing key file), 2 usage.
 */
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ImportIssue } from '../lib/json-import.ts';
import { checkSignature, generateApproverKey, readPackCandidate, readPrivateKey, readPublicKey, signPackText, type KeyReadProblem } from '../lib/packs/index.ts';
import { escapeForMessage } from '../lib/text-safety.ts';

export interface PackIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: Readable;
}

export const PACK_USAGE = `usage: crisis-desk pack keygen --out PREFIX [--force]
       crisis-desk pack sign --key KEY PACK.json
       crisis-desk pack verify --pub PUB PACK.json
       crisis-desk pack fmt [PACK.json|-]
       crisis-desk pack lint --incident INCIDENT.json PACK.json [--lang LANG]
keygen writes PREFIX.key (private, mode 0600) and PREFIX.pub (pin it in the options) and prints
the key id. sign adds {"signature": {alg, keyId, value}} to PACK.json in place. verify exits 0
only when the signature is valid for PUB. fmt prints the canonical bytes that are signed (RFC 8785,
without the signature). lint runs the reply check on the pack (as crisis-desk lint --pack).
Exit status: 0 done, 1 failed (invalid pack, bad signature, unreadable file), 2 usage error.
`;

class UsageError extends Error {}

const KEY_PROBLEMS: Record<KeyReadProblem, string> = {
  empty: 'the file is empty',
  'private-key': 'this is a private key; give the public one (PREFIX.pub)',
  'not-p256': 'not an ECDSA P-256 key',
  'invalid-key': 'the key is damaged',
  unrecognised: 'neither a PEM key nor a JWK',
  'unsupported-private-key': 'an encrypted or SEC1 ("EC PRIVATE KEY") key: convert it with `openssl pkcs8 -topk8 -nocrypt`',
};

interface Parsed {
  flags: Map<string, string | true>;
  positionals: string[];
}

function parse(argv: readonly string[], spec: Record<string, boolean>): Parsed {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (name === 'help') {
      flags.set('help', true);
      continue;
    }
    const takes = spec[name];
    if (takes === undefined) throw new UsageError(`unknown option --${escapeForMessage(name, 40)}`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    if (!takes) {
      flags.set(name, true);
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { flags, positionals };
}

const str = (p: Parsed, name: string) => {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

const shown = (path: string) => escapeForMessage(path, 200);

function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}

async function readText(io: PackIo, path: string): Promise<string | undefined> {
  try {
    return path === '-' ? await readStream(io.stdin) : await readFile(path, 'utf8');
  } catch (err) {
    io.stderr.write(`pack: cannot read ${shown(path)}: ${escapeForMessage(errorCode(err), 200)}\n`);
    return undefined;
  }
}

async function readStream(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function issueLines(io: PackIo, file: string, issues: readonly ImportIssue[]): void {
  for (const i of issues) io.stderr.write(`${shown(file)}: error: ${i.pathText}: ${i.message}\n`);
}

/** Replaces `path`'s content without ever leaving half a file, keeping its mode. */
async function replaceFile(path: string, text: string): Promise<void> {
  const mode = (await stat(path)).mode & 0o777;
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function keygen(p: Parsed, io: PackIo): Promise<number> {
  const prefix = str(p, 'out');
  if (!prefix) throw new UsageError('keygen needs --out PREFIX');
  if (p.positionals.length > 0) throw new UsageError('keygen takes no file arguments');
  const force = p.flags.has('force');
  const pair = await generateApproverKey();
  const keyFile = `${prefix}.key`;
  const pubFile = `${prefix}.pub`;
  try {
    // `wx`: never overwrite a private key by accident. The mode is set again after writing: an
    // existing file (--force) keeps its old mode otherwise, and a umask can only remove bits.
    await writeFile(keyFile, pair.privateKeyPem, { encoding: 'utf8', mode: 0o600, flag: force ? 'w' : 'wx' });
    await chmod(keyFile, 0o600);
    await writeFile(pubFile, pair.publicKeyPem, { encoding: 'utf8', mode: 0o644, flag: force ? 'w' : 'wx' });
  } catch (err) {
    const code = errorCode(err);
    io.stderr.write(
      code === 'EEXIST'
        ? `pack keygen: ${shown(keyFile)} or ${shown(pubFile)} exists already; nothing was overwritten (--force replaces them)\n`
        : `pack keygen: cannot write ${shown(keyFile)}: ${escapeForMessage(code, 200)}\n`,
    );
    return 1;
  }
  io.stdout.write(`${pair.keyId}\n`);
  io.stderr.write(`pack keygen: wrote ${shown(keyFile)} (private: keep it secret, mode 0600) and ${shown(pubFile)} (pin it in Crisis Desk's options); key id ${pair.keyId}\n`);
  return 0;
}

function onePack(p: Parsed, what: string): string {
  const [file, ...extra] = p.positionals;
  if (!file || extra.length > 0) throw new UsageError(`${what} takes exactly one PACK.json`);
  return file;
}

async function sign(p: Parsed, io: PackIo): Promise<number> {
  const keyPath = str(p, 'key');
  if (!keyPath) throw new UsageError('sign needs --key KEY');
  const file = onePack(p, 'sign');
  if (file === '-') throw new UsageError('sign changes PACK.json in place: give a file, not -');
  const keyText = await readText(io, keyPath);
  if (keyText === undefined) return 1;
  const key = await readPrivateKey(keyText);
  if (!key.ok) {
    io.stderr.write(`pack sign: ${shown(keyPath)}: ${KEY_PROBLEMS[key.problem]}\n`);
    return 1;
  }
  const text = await readText(io, file);
  if (text === undefined) return 1;
  const r = await signPackText(text, key);
  if (!r.ok) {
    issueLines(io, file, r.read.issues);
    io.stderr.write(`pack sign: ${shown(file)} is not a valid pack; it was not signed\n`);
    return 1;
  }
  try {
    await replaceFile(file, r.text);
  } catch (err) {
    io.stderr.write(`pack sign: cannot write ${shown(file)}: ${escapeForMessage(errorCode(err), 200)}\n`);
    return 1;
  }
  const pack = readPackCandidate(r.text);
  const what = pack.ok ? `pack ${pack.candidate.pack.id} version ${pack.candidate.pack.version}` : 'the pack';
  io.stderr.write(`pack sign: signed ${what} in ${shown(file)} with key ${key.keyId}\n`);
  return 0;
}

async function verify(p: Parsed, io: PackIo): Promise<number> {
  const pubPath = str(p, 'pub');
  if (!pubPath) throw new UsageError('verify needs --pub PUB');
  const file = onePack(p, 'verify');
  const pubText = await readText(io, pubPath);
  if (pubText === undefined) return 1;
  const pub = await readPublicKey(pubText);
  if (!pub.ok) {
    io.stderr.write(`pack verify: ${shown(pubPath)}: ${KEY_PROBLEMS[pub.problem]}\n`);
    return 1;
  }
  const text = await readText(io, file);
  if (text === undefined) return 1;
  const read = readPackCandidate(text);
  if (!read.ok) {
    issueLines(io, file, read.issues);
    io.stderr.write(`pack verify: ${shown(file)} is not a valid pack\n`);
    return 1;
  }
  const { pack, canonical, signature } = read.candidate;
  const check = await checkSignature(canonical, signature, [{ keyId: pub.keyId, jwk: pub.jwk, addedAt: new Date(0).toISOString() }]);
  const what = `pack ${pack.id} version ${pack.version}`;
  switch (check.status) {
    case 'verified':
      io.stdout.write(`valid: ${what} is signed by ${pub.keyId}\n`);
      return 0;
    case 'unsigned':
      io.stderr.write(`pack verify: ${what} is not signed\n`);
      return 1;
    case 'unknown-key':
      io.stderr.write(`pack verify: ${what} is signed by key ${check.keyId}, not by ${pub.keyId}\n`);
      return 1;
    default:
      io.stderr.write(`pack verify: the signature of ${what} is NOT valid: the pack was changed after signing, or the signature is damaged\n`);
      return 1;
  }
}

async function fmt(p: Parsed, io: PackIo): Promise<number> {
  if (p.positionals.length > 1) throw new UsageError('fmt takes at most one PACK.json (or - for stdin)');
  const file = p.positionals[0] ?? '-';
  const text = await readText(io, file);
  if (text === undefined) return 1;
  const read = readPackCandidate(text);
  if (!read.ok) {
    issueLines(io, file === '-' ? 'stdin' : file, read.issues);
    io.stderr.write(`pack fmt: ${file === '-' ? 'stdin' : shown(file)} is not a valid pack\n`);
    return 1;
  }
  io.stdout.write(read.candidate.canonical);
  return 0;
}

export async function runPack(argv: readonly string[], io: PackIo): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'keygen':
      case 'sign':
      case 'verify':
      case 'fmt': {
        const spec: Record<string, Record<string, boolean>> = { keygen: { out: true, force: false }, sign: { key: true }, verify: { pub: true }, fmt: {} };
        const parsed = parse(rest, spec[sub]!);
        if (parsed.flags.has('help')) {
          io.stdout.write(PACK_USAGE);
          return 0;
        }
        if (sub === 'keygen') return await keygen(parsed, io);
        if (sub === 'sign') return await sign(parsed, io);
        if (sub === 'verify') return await verify(parsed, io);
        return await fmt(parsed, io);
      }
      case 'lint': {
        // The reply check itself is `crisis-desk lint`; here the pack is the positional argument.
        const parsed = parse(rest, { incident: true, lang: true });
        if (parsed.flags.has('help')) {
          io.stdout.write(PACK_USAGE);
          return 0;
        }
        const file = onePack(parsed, 'lint');
        const incident = str(parsed, 'incident');
        if (!incident) throw new UsageError('lint needs --incident INCIDENT.json');
        const lang = str(parsed, 'lang');
        const { runLint } = await import('./lint-command.ts');
        return await runLint(['--incident', incident, '--pack', file, ...(lang ? ['--lang', lang] : [])], {
          stdout: io.stdout,
          stderr: io.stderr,
          readFile: (path) => readFile(path, 'utf8'),
        });
      }
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(PACK_USAGE);
        return 0;
      default:
        throw new UsageError(sub === undefined ? 'pack needs a subcommand' : `unknown pack subcommand ${JSON.stringify(escapeForMessage(sub, 40))}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`pack: ${err.message}\n${PACK_USAGE}`);
      return 2;
    }
    throw err;
  }
}
