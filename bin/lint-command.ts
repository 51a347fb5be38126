/**
 * `crisis-desk lint`: the consistency check (lib/templates/lint.ts) on a template pack or on one
 * reply.
 *
 *   crisis-desk lint --incident INCIDENT.json --pack PACK.json [--lang de]
 *   crisis-desk lint --reply "text" --lang de [--channel x-reply] [--incident INCIDENT.json] [--mode insert|template]
 *                    [--now 2025-03-17T10:00:00Z]
 *
 * --now (insert mode): the moment the reply goes out, so that "the next update comes tomorrow" is
 * judged against the statement's next update; without it such a day is always reported (a CLI
 * run should not depend on the machine's clock).
 *
 * stdout: one JSON finding per line, `{templateId, lang, rule, severity, message, start, end}`
 * (a contract: `templateId` is null for --reply; `message` is English; `start`/`end` are UTF-16
 * offsets into the variant or reply, end exclusive, 0/0 for a finding about the whole text).
 * stderr: import warnings and errors (with JSON paths) and one summary line; every message one
 * line, control characters escaped.
 * Exit status: 0 no finding blocks, 1 a finding blocks or an input file could not be read or
 * parsed (nothing is linted then), 2 usage error.
 */
import { createTranslator } from '../lib/i18n.ts';
import { parseIncident } from '../lib/incident/import.ts';
import { LangTagSchema, type IncidentFile } from '../lib/incident/schema.ts';
import type { ImportIssue } from '../lib/json-import.ts';
import { parsePack } from '../lib/templates/import.ts';
import { blocks, lintPack, lintReply, renderMessage, type Finding } from '../lib/templates/lint.ts';
import { CHANNELS, type Channel } from '../lib/templates/schema.ts';
import { escapeForMessage } from '../lib/text-safety.ts';

export interface LintIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readFile(path: string): string | Promise<string>;
}

export const LINT_USAGE = `usage: crisis-desk lint --incident INCIDENT.json --pack PACK.json [--lang LANG]
       crisis-desk lint --reply TEXT --lang LANG [--channel ${CHANNELS.join('|')}] [--incident INCIDENT.json] [--mode insert|template] [--now ISO-8601]
Prints one JSON finding per line: {templateId, lang, rule, severity, message, start, end}.
Exit status: 0 nothing blocks, 1 a finding blocks or an input file is unusable, 2 usage error.
`;

const FLAGS = ['incident', 'pack', 'reply', 'lang', 'channel', 'mode', 'now'] as const;
type Flag = (typeof FLAGS)[number];

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { flags: Partial<Record<Flag, string>>; help: boolean } {
  const flags: Partial<Record<Flag, string>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      help = true;
      continue;
    }
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(escapeForMessage(a, 60))}`);
    const eq = a.indexOf('=');
    const name = (eq < 0 ? a.slice(2) : a.slice(2, eq)) as Flag;
    if (!FLAGS.includes(name)) throw new UsageError(`unknown option --${escapeForMessage(name, 40)}`);
    const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--') && name !== 'reply')) throw new UsageError(`--${name} needs a value`);
    if (flags[name] !== undefined) throw new UsageError(`--${name} given twice`);
    flags[name] = value;
  }
  return { flags, help };
}

/** One line of JSON: JSON.stringify escapes control characters; U+2028/2029 are escaped too, so
 * no terminal or line reader splits a finding. */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) + '\n';
}

function issueLines(io: LintIo, file: string, kind: 'error' | 'warning', issues: readonly ImportIssue[]): void {
  for (const i of issues) io.stderr.write(`${escapeForMessage(file, 200)}: ${kind}: ${i.pathText}: ${i.message}\n`);
}

async function read(io: LintIo, path: string): Promise<string | undefined> {
  try {
    return await io.readFile(path);
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : err instanceof Error ? err.message : String(err);
    io.stderr.write(`lint: cannot read ${escapeForMessage(path, 200)}: ${escapeForMessage(code, 200)}\n`);
    return undefined;
  }
}

export async function runLint(argv: readonly string[], io: LintIo): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (err) {
    io.stderr.write(`lint: ${(err as Error).message}\n${LINT_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(LINT_USAGE);
    return 0;
  }
  const f = args.flags;
  const usage = (msg: string) => {
    io.stderr.write(`lint: ${msg}\n${LINT_USAGE}`);
    return 2;
  };
  if ((f.pack === undefined) === (f.reply === undefined)) return usage('give either --pack PACK.json or --reply TEXT');
  if (f.lang !== undefined && !LangTagSchema.safeParse(f.lang).success) return usage(`--lang takes a language tag such as en, de, pt-BR (got ${JSON.stringify(escapeForMessage(f.lang, 40))})`);
  if (f.channel !== undefined && !(CHANNELS as readonly string[]).includes(f.channel)) return usage(`--channel is one of ${CHANNELS.join(', ')}`);
  if (f.mode !== undefined && f.mode !== 'insert' && f.mode !== 'template') return usage('--mode is insert or template');
  if (f.pack !== undefined && (f.channel !== undefined || f.mode !== undefined)) return usage('--channel and --mode go with --reply (a pack lints each template on its own channels)');
  if (f.reply !== undefined && f.lang === undefined) return usage('--reply needs --lang');
  if (f.now !== undefined && (f.reply === undefined || f.mode === 'template')) return usage('--now goes with --reply in insert mode (a template goes out on days nobody knows)');
  const now = f.now === undefined ? undefined : Date.parse(f.now);
  if (now !== undefined && (Number.isNaN(now) || !/^\d{4}-\d{2}-\d{2}T/.test(f.now!))) return usage(`--now takes an ISO 8601 time such as 2025-03-17T10:00:00Z (got ${JSON.stringify(escapeForMessage(f.now!, 40))})`);

  let incident: IncidentFile | undefined;
  if (f.incident !== undefined) {
    const text = await read(io, f.incident);
    if (text === undefined) return 1;
    const r = parseIncident(text);
    issueLines(io, f.incident, 'warning', r.warnings);
    if (!r.ok) {
      issueLines(io, f.incident, 'error', r.errors);
      io.stderr.write(`lint: ${escapeForMessage(f.incident, 200)} is not a valid incident file; nothing was linted\n`);
      return 1;
    }
    incident = r.value;
  }

  const en = createTranslator('en');
  const emit = (templateId: string | null, lang: string, x: Finding) =>
    io.stdout.write(jsonLine({ templateId, lang, rule: x.rule, severity: x.severity, message: renderMessage(en, x.message), start: x.start, end: x.end }));

  if (f.reply !== undefined) {
    const findings = lintReply(f.reply, { lang: f.lang!, channel: (f.channel ?? 'generic') as Channel, incident, mode: f.mode === 'template' ? 'template' : 'insert', now });
    for (const x of findings) emit(null, f.lang!, x);
    io.stderr.write(`lint: ${findings.length} finding(s), ${findings.filter((x) => x.severity === 'block').length} blocking\n`);
    return blocks(findings) ? 1 : 0;
  }

  const text = await read(io, f.pack!);
  if (text === undefined) return 1;
  const r = parsePack(text);
  issueLines(io, f.pack!, 'warning', r.warnings);
  if (!r.ok) {
    issueLines(io, f.pack!, 'error', r.errors);
    io.stderr.write(`lint: ${escapeForMessage(f.pack!, 200)} is not a valid pack; nothing was linted\n`);
    return 1;
  }
  const all = lintPack(r.value, { incident });
  const findings = f.lang === undefined ? all : all.filter((x) => x.lang === f.lang);
  for (const x of findings) emit(x.templateId, x.lang, x);
  const templates = r.value.templates.filter((t) => t.status !== 'retired').length;
  io.stderr.write(`lint: ${templates} template(s), ${findings.length} finding(s), ${findings.filter((x) => x.severity === 'block').length} blocking\n`);
  return blocks(findings) ? 1 : 0;
}
