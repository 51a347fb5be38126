/**
 * crisis-desk: the companion CLI. Argument parsing and I/O around lib/; no logic of its own.
 * Shipped built: scripts/build-cli.mjs bundles this file and everything it imports into one
 * file, dist/cli.cjs, which bin/crisis-desk.js loads. Each command's code is imported only when
 * that command runs, so `--help` never loads the analyser and `analyze` never loads the HTML
 * parser. Exit codes: see USAGE.
 */
import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs, stringFlag, UsageError } from './args.ts';
import { errorText, messageLine } from './escape-controls.ts';

const USAGE = `Usage: crisis-desk <command> [options]

Commands:
  extract FILE.html [--url URL] [--platform x|amazon]
      Run the X or Amazon adapter over a saved page and print one JSON mention per line.
      The platform comes from --platform, else from the page URL: --url, else the page's
      "saved from" comment, <link rel="canonical"> or og:url. A summary goes to stderr.
  analyze [FILE|-] [--languages en,de,...]
      Read JSON lines ({"text": ..., "id"?, "langHint"?, "platform"?}) from FILE or stdin and
      print each with lang, langConfidence, sentiment and complaint added. Bad lines (not
      JSON, no text, nested deeper than 128 levels) are reported on stderr with their line
      number and skipped; the other lines still run. Blank lines are ignored.
  surge FILE.csv [--preset balanced|sensitive|strict]
      Score a NAB-format timestamp,value CSV (FILE or - for stdin) with the surge detector.
      The whole input is checked first: a bad row anywhere (an impossible date such as
      2024-02-30, a value that is not a count, rows out of order) writes nothing.
  lint --incident INCIDENT.json --pack PACK.json [--lang LANG]
  lint --reply TEXT --lang LANG [--channel x-reply|amazon-buyer-message|...] [--incident INCIDENT.json]
      Check reply templates (or one reply) against the incident statement: liability, promises,
      contradictions, stale facts, variables, channel rules. One JSON finding per line
      ({templateId, lang, rule, severity, message, start, end}); exit 1 if any finding blocks.
  pack keygen --out PREFIX | sign --key KEY PACK.json | verify --pub PUB PACK.json
       | fmt [PACK.json|-] | lint --incident INCIDENT.json PACK.json
      Signed template packs (ES256 over the RFC 8785 form): make an approver key pair
      (PREFIX.key, mode 0600, and PREFIX.pub), sign a pack in place, verify it against a
      public key (exit 0 only when valid), print the canonical bytes, check the replies.
      "crisis-desk pack --help" for details.
  export --format csv|jsonl FILE.jsonl
      Read mentions (FILE or - for stdin; JSON lines as extract writes them, optionally with
      what analyze adds) and write the manager's export to stdout: CSV (UTF-8 with BOM for
      Excel and Numbers, formula-looking cells neutralised) or JSON lines, the extension's
      columns with a SHA-256 of each text. Streams; bad lines are reported with their line
      number and skipped. csv is the default format.
  team design-doc
      Print the team database's validation rule (a CouchDB design document) for an admin to
      install once: README, "Team workspace".

Options:
  --help       show this help
  --version    show the version

Errors go to stderr, one line each, with the line number where there is one; control
characters from the input are shown escaped (\\u001b).

Exit status:
  0  every line or row read was processed
  1  some input failed: a bad line or row, a file or directory that cannot be read,
     adapter errors, or output that cannot be written (a full disk)
  2  usage error: nothing was read
  A reader that stops early (crisis-desk analyze big.jsonl | head) is not a failure: the run
  stops quietly, with 1 if a line read so far failed, else 0.`;

/** package.json's version, written in by scripts/build-cli.mjs (esbuild `define`). */
declare const CRISIS_DESK_VERSION: string | undefined;

async function version(): Promise<string> {
  const { ANALYZER_VERSION } = await import('../lib/analysis/index.ts');
  return `crisis-desk ${typeof CRISIS_DESK_VERSION === 'string' ? CRISIS_DESK_VERSION : '0.0.0'} (analyzer ${ANALYZER_VERSION})`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return help();
  if (command === '--version' || command === '-V') {
    process.stdout.write((await version()) + '\n');
    return 0;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'analyze') return analyze(rest);
  if (command === 'surge') {
    const { runSurge } = await import('./surge-command.ts');
    return runSurge(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (command === 'lint') {
    const { runLint } = await import('./lint-command.ts');
    return runLint(rest, { stdout: process.stdout, stderr: process.stderr, readFile: (p) => readFile(p, 'utf8') });
  }
  if (command === 'pack') {
    const { runPack } = await import('./pack-command.ts');
    return runPack(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (command === 'team') {
    if (rest[0] !== 'design-doc' || rest.length !== 1) throw new UsageError('team takes one subcommand: design-doc', true);
    const { teamDesignDoc } = await import('../lib/team/design-doc.ts');
    process.stdout.write(JSON.stringify(teamDesignDoc(), null, 2) + '\n');
    return 0;
  }
  if (command === 'export') {
    const { runExport } = await import('./export-command.ts');
    return runExport(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`, true);
}

async function extract(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { url: true, platform: true, help: false });
  if (args.flags.has('help')) return help();
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError('extract takes exactly one FILE.html');
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    return cannotRead(file, err);
  }
  const { extractFromHtml, summaryLine } = await import('./extract.ts');
  const outcome = extractFromHtml(html, { url: stringFlag(args, 'url'), platform: stringFlag(args, 'platform') });
  // Known before anything is written, so a reader that stops early still gets it.
  const status = outcome.result.errors.length > 0 ? 1 : 0;
  process.exitCode = status;
  for (const m of outcome.result.mentions) process.stdout.write(JSON.stringify(m) + '\n');
  process.stderr.write(messageLine(summaryLine(outcome)));
  for (const e of outcome.result.errors.slice(0, 10)) process.stderr.write(messageLine(`extract error: ${e}`));
  return status;
}

async function analyze(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { languages: true, help: false });
  if (args.flags.has('help')) return help();
  const [file, ...extra] = args.positionals;
  if (extra.length > 0) throw new UsageError('analyze takes at most one FILE');
  const languagesFlag = stringFlag(args, 'languages');
  const languages = languagesFlag?.split(',').map((l) => l.trim().toLowerCase());
  if (languages?.some((l) => !/^[a-z]{2}$/.test(l))) throw new UsageError('--languages takes ISO 639-1 codes, e.g. en,de,ja');

  const name = file && file !== '-' ? file : undefined;
  let input: Readable = process.stdin;
  if (name) {
    try {
      input = (await open(name, 'r')).createReadStream({ encoding: 'utf8' });
    } catch (err) {
      return cannotRead(name, err);
    }
  }
  const { analyzeStream, ensureAnalyserData } = await import('./analyze.ts');
  ensureAnalyserData();
  const stats = await analyzeStream(input, process.stdout, process.stderr, {
    languages,
    // The status so far, for a reader that stops early (see the stdout 'error' handler).
    onFailed: () => (process.exitCode = 1),
  });
  if (stats.readError !== undefined) {
    const where = stats.lines > 0 ? ` after line ${stats.lines}` : '';
    process.stderr.write(messageLine(`crisis-desk: cannot read ${name ?? 'stdin'}${where}: ${errorText(stats.readError)}`));
  }
  if (stats.failed > 0) process.stderr.write(`analyze: ${stats.analysed} analysed, ${stats.failed} failed\n`);
  return stats.failed > 0 || stats.readError !== undefined ? 1 : 0;
}

function cannotRead(file: string, err: unknown): number {
  process.stderr.write(messageLine(`crisis-desk: cannot read ${file}: ${errorText(err)}`));
  return 1;
}

function help(): number {
  process.stdout.write(USAGE + '\n');
  return 0;
}

// A closed pipe (`crisis-desk analyze big.jsonl | head`) is the reader saying "enough", not an
// error: stop quietly with the status so far (1 once a line has failed). Any other write error,
// such as a full disk (ENOSPC), is one line on stderr and exit 1.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(messageLine(`crisis-desk: cannot write the output: ${errorText(err)}`));
  process.exit(1);
});
// Nowhere left to say anything: end with the status so far (a closed pipe) or 1.
process.stderr.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));

// No top-level await: the built file is a CommonJS script (see scripts/build-cli.mjs).
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(messageLine(`crisis-desk: ${err.message}`) + (err.showUsage ? `\n${USAGE}\n` : 'Run "crisis-desk --help" for usage.\n'));
      process.exitCode = 2;
    } else {
      // Not expected: every input and output failure above has its own message. One line, not
      // a stack trace (the built file's names are minified anyway).
      process.stderr.write(messageLine(`crisis-desk: ${errorText(err)}`));
      process.exitCode = 1;
    }
  },
);
