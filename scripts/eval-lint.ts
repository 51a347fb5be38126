/**
 * `npm run eval:lint`: precision and recall of the consistency check (lib/templates/lint.ts) on
 * our own labelled replies (tests/fixtures/replies/, see its README: our writing, so the figures
 * are indicative), per rule and per language, the tuning part, the held-out part, held-outs 2, 3
 * and 4 (each written by someone who had not read the rules, see the README) side by side.
 *
 *   npx tsx scripts/eval-lint.ts              tables only
 *   npx tsx scripts/eval-lint.ts --misses     also the TUNING part's misses (the held-out parts'
 *                                              misses are never printed: they stay unseen)
 *   npx tsx scripts/eval-lint.ts --part tuning,held-out
 *                                              only these parts are read and linted (the others'
 *                                              columns stay empty): tuning work that should not
 *                                              even see a held-out part's counts
 *
 * Scoring is per reply and rule: a rule found where the row expects it, with a span overlapping
 * the expected quote, is a true positive; found but not expected (or elsewhere) a false positive;
 * expected but not found a false negative. `missing-notice-link`, `feedback-once`,
 * `language-unchecked` and `other-incident` do not depend on wording and are not scored (unit
 * tests cover them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { IncidentFileSchema, type IncidentFile } from '../lib/incident/schema.ts';
import { lintReply, type Finding, type LintRule } from '../lib/templates/lint.ts';
import { ChannelSchema } from '../lib/templates/schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'tests/fixtures/replies');
const NOT_SCORED: ReadonlySet<string> = new Set(['missing-notice-link', 'feedback-once', 'language-unchecked', 'other-incident']);
const PARTS = ['tuning', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4'] as const;
type Part = (typeof PARTS)[number];

const RowSchema = z.object({
  id: z.string(),
  incident: z.string(),
  channel: ChannelSchema,
  text: z.string(),
  statementVersion: z.number().int().optional(),
  expect: z.array(z.object({ rule: z.string(), quote: z.string().optional() })),
});
type Row = z.infer<typeof RowSchema> & { lang: string; part: Part };

export function loadIncidents(): Record<string, IncidentFile> {
  const raw = JSON.parse(readFileSync(join(DIR, 'incidents.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, IncidentFileSchema.parse(v)]));
}

export function loadRows(part: Part): Row[] {
  const dir = join(DIR, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l, i) => {
          const row = RowSchema.parse(JSON.parse(l));
          for (const e of row.expect) if (e.quote !== undefined && !row.text.includes(e.quote)) throw new Error(`${part}/${f}:${i + 1}: quote ${JSON.stringify(e.quote)} is not in the text`);
          return { ...row, lang: f.replace(/\.jsonl$/, ''), part };
        }),
    );
}

export function lintRow(row: Row, incidents: Record<string, IncidentFile>): Finding[] {
  const incident = incidents[row.incident];
  if (!incident) throw new Error(`${row.id}: unknown incident ${row.incident}`);
  const template = row.statementVersion !== undefined;
  return lintReply(row.text, {
    lang: row.lang,
    channel: row.channel,
    incident,
    mode: template ? 'template' : 'insert',
    template: template ? { incident: incident.id, statementVersion: row.statementVersion } : undefined,
  });
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export interface Outcome {
  row: Row;
  findings: Finding[];
  /** Per scored rule: 'tp' | 'fp' | 'fn' | 'fp+fn'. */
  verdicts: Map<string, 'tp' | 'fp' | 'fn' | 'fp+fn'>;
}

function overlapsQuote(row: Row, f: Finding, quote: string | undefined): boolean {
  if (quote === undefined) return true;
  for (let at = row.text.indexOf(quote); at >= 0; at = row.text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (f.start === f.end ? true : f.start < end && f.end > at) return true;
  }
  return false;
}

export function score(row: Row, findings: Finding[]): Outcome {
  const verdicts = new Map<string, 'tp' | 'fp' | 'fn' | 'fp+fn'>();
  const predicted = new Set(findings.map((f) => f.rule).filter((r) => !NOT_SCORED.has(r)));
  const expected = new Set(row.expect.map((e) => e.rule).filter((r) => !NOT_SCORED.has(r)));
  for (const rule of new Set([...predicted, ...expected])) {
    const isPred = predicted.has(rule as LintRule);
    const isExp = expected.has(rule);
    if (isPred && isExp) {
      const quotes = row.expect.filter((e) => e.rule === rule).map((e) => e.quote);
      const hit = findings.some((f) => f.rule === rule && quotes.some((q) => overlapsQuote(row, f, q)));
      verdicts.set(rule, hit ? 'tp' : 'fp+fn');
    } else verdicts.set(rule, isPred ? 'fp' : 'fn');
  }
  return { row, findings, verdicts };
}

function add(map: Map<string, Count>, key: string, v: 'tp' | 'fp' | 'fn' | 'fp+fn'): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  if (v === 'tp') c.tp++;
  if (v === 'fp' || v === 'fp+fn') c.fp++;
  if (v === 'fn' || v === 'fp+fn') c.fn++;
  map.set(key, c);
}

const pct = (x: number, d: number) => (d === 0 ? '  –  ' : `${((100 * x) / d).toFixed(0).padStart(3)}%`);

const emptyByPart = (): Record<Part, Map<string, Count>> => ({ tuning: new Map(), 'held-out': new Map(), 'held-out-2': new Map(), 'held-out-3': new Map(), 'held-out-4': new Map() });

function table(title: string, keys: string[], by: Record<Part, Map<string, Count>>): string {
  const lines = [`\n### ${title}`, '', '| | tuning P | R (n) | held-out P | R (n) | held-out 2 P | R (n) | held-out 3 P | R (n) | held-out 4 P | R (n) |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const k of keys) {
    const split = (c: Count | undefined) => (c ? [pct(c.tp, c.tp + c.fp), `${pct(c.tp, c.tp + c.fn)} (${c.tp + c.fn})`] : ['', '']);
    lines.push(`| ${k} | ${PARTS.map((part) => split(by[part].get(k)).join(' | ')).join(' | ')} |`);
  }
  return lines.join('\n');
}

const keysOf = (by: Record<Part, Map<string, Count>>): string[] => [...new Set(PARTS.flatMap((part) => [...by[part].keys()]))].sort();

/** The parts named after `--part` (comma-separated or repeated), or all of them. */
export function partsFromArgs(argv: readonly string[]): Part[] {
  const named = argv.flatMap((a, i) => (a === '--part' ? (argv[i + 1] ?? '').split(',') : a.startsWith('--part=') ? a.slice(7).split(',') : []));
  if (named.length === 0) return [...PARTS];
  for (const n of named) if (!(PARTS as readonly string[]).includes(n)) throw new Error(`--part: unknown part ${JSON.stringify(n)} (known: ${PARTS.join(', ')})`);
  return PARTS.filter((p) => named.includes(p));
}

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const parts = partsFromArgs(process.argv.slice(2));
  const incidents = loadIncidents();
  const byRule = emptyByPart();
  const byLang = emptyByPart();
  const all = emptyByPart();
  const counts: Record<Part, number> = { tuning: 0, 'held-out': 0, 'held-out-2': 0, 'held-out-3': 0, 'held-out-4': 0 };
  const misses: Outcome[] = [];
  const started = performance.now();
  for (const part of parts) {
    for (const row of loadRows(part)) {
      counts[part]++;
      const o = score(row, lintRow(row, incidents));
      for (const [rule, v] of o.verdicts) {
        add(byRule[part], rule, v);
        add(byLang[part], row.lang, v);
        add(all[part], 'all rules', v);
      }
      if (part === 'tuning' && [...o.verdicts.values()].some((v) => v !== 'tp')) misses.push(o);
    }
  }
  const ms = performance.now() - started;
  console.log(`# eval:lint — ${counts.tuning} tuning + ${counts['held-out']} held-out + ${counts['held-out-2']} held-out 2 + ${counts['held-out-3']} held-out 3 + ${counts['held-out-4']} held-out 4 replies (our own writing; indicative), ${ms.toFixed(0)} ms`);
  console.log('P = precision, R = recall, n = expected findings; scored per reply and rule.');
  console.log(table('All rules', ['all rules'], all));
  console.log(table('Per rule', keysOf(byRule), byRule));
  console.log(table('Per language', keysOf(byLang), byLang));
  // Per rule and language, held-out parts as counts only: where each language stands.
  const ruleLang = emptyByPart();
  for (const part of parts) {
    for (const row of loadRows(part)) {
      const o = score(row, lintRow(row, incidents));
      for (const [rule, v] of o.verdicts) add(ruleLang[part], `${rule} / ${row.lang}`, v);
    }
  }
  console.log(table('Per rule and language', keysOf(ruleLang), ruleLang));
  if (showMisses) {
    console.log(`\n### Tuning misses (${misses.length})`);
    for (const o of misses) {
      const bad = [...o.verdicts].filter(([, v]) => v !== 'tp').map(([r, v]) => `${r}:${v}`);
      console.log(`- ${o.row.id} [${bad.join(', ')}] ${JSON.stringify(o.row.text)}`);
      for (const f of o.findings) console.log(`    found ${f.rule} ${JSON.stringify(o.row.text.slice(f.start, f.end))}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
