/**
 * crisis-desk: the companion CLI. Argument parsing and I/O around lib/; no logic of its own.
 * Exit codes: 0 ok, 1 some input failed (bad lines, unreadable file, adapter errors), 2 usage.
 */
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ANALYZER_VERSION } from '../lib/analysis/index.ts';
import { analyzeStream } from './analyze.ts';
import { parseArgs, stringFlag, UsageError } from './args.ts';
import { extractFromHtml, summaryLine } from './extract.ts';

const USAGE = `Usage: crisis-desk <command> [options]

Commands:
  extract FILE.html [--url URL] [--platform x|amazon]
      Run the X or Amazon adapter over a saved page and print one JSON mention per line.
      The platform comes from --platform, else from the page URL: --url, else the page's
      "saved from" comment, <link rel="canonical"> or og:url. A summary goes to stderr.
  analyze [FILE|-] [--languages en,de,...]
      Read JSON lines ({"text": ..., "id"?, "langHint"?, "platform"?}) from FILE or stdin and
      print each with lang, langConfidence, sentiment and complaint added. Bad lines are
      reported on stderr with their line number and skipped; blank lines are ignored.
  surge FILE.csv [--preset balanced|sensitive|strict]
      Score a NAB-format timestamp,value CSV (FILE or - for stdin) with the surge detector.

Options:
  --help       show this help
  --version    show the version

Exit status: 0 ok, 1 some input failed, 2 usage error.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return `crisis-desk ${pkg.version ?? '0.0.0'} (analyzer ${ANALYZER_VERSION})`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'analyze') return analyze(rest);
  if (command === 'surge') {
    // Loaded on demand: each command pulls in only its own part of lib/.
    const { runSurge } = await import('./surge-command.ts');
    return runSurge(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`, true);
}

function extract(argv: readonly string[]): number {
  const args = parseArgs(argv, { url: true, platform: true, help: false });
  if (args.flags.has('help')) return help();
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError('extract takes exactly one FILE.html');
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`crisis-desk: cannot read ${file}: ${errorText(err)}\n`);
    return 1;
  }
  const outcome = extractFromHtml(html, { url: stringFlag(args, 'url'), platform: stringFlag(args, 'platform') });
  for (const m of outcome.result.mentions) process.stdout.write(JSON.stringify(m) + '\n');
  process.stderr.write(summaryLine(outcome) + '\n');
  for (const e of outcome.result.errors.slice(0, 10)) process.stderr.write(`extract error: ${e}\n`);
  return outcome.result.errors.length > 0 ? 1 : 0;
}

async function analyze(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { languages: true, help: false });
  if (args.flags.has('help')) return help();
  const [file, ...extra] = args.positionals;
  if (extra.length > 0) throw new UsageError('analyze takes at most one FILE');
  const languagesFlag = stringFlag(args, 'languages');
  const languages = languagesFlag?.split(',').map((l) => l.trim().toLowerCase());
  if (languages?.some((l) => !/^[a-z]{2}$/.test(l))) throw new UsageError('--languages takes ISO 639-1 codes, e.g. en,de,ja');

  let input: Readable = process.stdin;
  if (file && file !== '-') {
    try {
      input = (await open(file, 'r')).createReadStream({ encoding: 'utf8' });
    } catch (err) {
      process.stderr.write(`crisis-desk: cannot read ${file}: ${errorText(err)}\n`);
      return 1;
    }
  }
  const stats = await analyzeStream(input, process.stdout, process.stderr, { languages });
  if (stats.failed > 0) process.stderr.write(`analyze: ${stats.analysed} analysed, ${stats.failed} failed\n`);
  return stats.failed > 0 ? 1 : 0;
}

function help(): number {
  process.stdout.write(USAGE + '\n');
  return 0;
}

function errorText(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}

// A closed pipe (`crisis-desk analyze big.jsonl | head`) is the reader saying "enough", not an
// error: stop quietly with the status so far.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`crisis-desk: ${err.message}\n` + (err.showUsage ? `\n${USAGE}\n` : 'Run "crisis-desk --help" for usage.\n'));
    process.exitCode = 2;
  } else {
    process.stderr.write(`crisis-desk: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}
