/**
 * The consistency check's speed (issue 11 target: a 5,000-template pack linted in under 1 s).
 *
 * The pack is generated, deterministically, from the labelled replies' sentences
 * (tests/fixtures/replies) joined with variables: 1–3 sentences per variant, 1–5 languages per
 * template (about 3 on average), channels as a team's pack has them, 10% of the sentences from
 * replies that break a rule (a pack is mostly approved text; `--worst` adds a pack made only of
 * risky sentences). Figures: the first lint in a fresh process (it compiles the language tables;
 * compromise is loaded by the import, and this pack's English clauses need none of its parses:
 * english.ts), and the best of 5 warm runs, in wall and CPU time.
 * Run alone: `npx tsx bench/lint.ts [--worst]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IncidentFileSchema } from '../lib/incident/schema.ts';
import { lintPack } from '../lib/templates/lint.ts';
import { PackSchema, type Channel, type Pack } from '../lib/templates/schema.ts';

const ROOT = path.join(import.meta.dirname, '..');
const REPLIES = path.join(ROOT, 'tests/fixtures/replies');

interface Bank {
  clean: string[];
  flagged: string[];
}

/** Sentences of the labelled replies per language: from replies that expect no finding (what an
 * approved pack is made of) and from replies that expect some. */
function sentencesByLang(): Map<string, Bank> {
  const out = new Map<string, Bank>();
  for (const part of ['tuning', 'held-out']) {
    for (const file of readdirSync(path.join(REPLIES, part))) {
      const lang = file.replace(/\.jsonl$/, '');
      for (const line of readFileSync(path.join(REPLIES, part, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text: string; expect: unknown[] };
        const bank = out.get(lang) ?? { clean: [], flagged: [] };
        (row.expect.length === 0 ? bank.clean : bank.flagged).push(...row.text.split(/(?<=[.!?。！？])\s*/u).filter((s) => s.trim().length > 0));
        out.set(lang, bank);
      }
    }
  }
  return out;
}

/**
 * A pack of `templates` templates (5,000 by default) for the example incident. `flaggedShare`: the
 * share of sentences taken from replies that expect findings. A team's pack is mostly approved
 * text: 0.1 by default; 1 makes every sentence a risky one (the worst case).
 */
export function benchPack(templates = 5_000, flaggedShare = 0.1): Pack {
  const bank = sentencesByLang();
  const langs = [...bank.keys()].sort();
  let x = 20250315;
  const rnd = (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
  const channels: Channel[][] = [['x-reply'], ['x-reply'], ['amazon-buyer-message'], ['amazon-feedback-response'], ['generic'], ['x-reply', 'generic']];
  const openers = ['Hi {{author.name}}, ', '{{author.name}}, ', '', 'Hello {{author.handle}}, '];
  const closers = [' {{incident.url}}', ' {{incident.summary}}', '', ' Next update: {{incident.nextUpdate}}', ' Please send us your {{ask:order number}}.'];
  const list = [];
  for (let i = 0; i < templates; i++) {
    const variants: Record<string, string> = {};
    const k = 1 + rnd(5);
    for (let j = 0; j < k; j++) {
      const lang = langs[rnd(langs.length)]!;
      const bankOf = bank.get(lang)!;
      const n = 1 + rnd(3);
      let text = openers[rnd(openers.length)]!;
      for (let s = 0; s < n; s++) {
        const from = rnd(1000) < flaggedShare * 1000 ? bankOf.flagged : bankOf.clean;
        text += (s > 0 ? ' ' : '') + from[rnd(from.length)]!;
      }
      variants[lang] = (text + closers[rnd(closers.length)]!).slice(0, 5_000);
    }
    list.push({
      id: `bench-${i}`,
      title: `Bench template ${i}`,
      channels: channels[rnd(channels.length)]!,
      incident: rnd(3) === 0 ? undefined : 'vp20k-overheating',
      statementVersion: 1,
      status: 'approved',
      variants,
    });
  }
  return PackSchema.parse({ format: 'crisis-desk.pack/1', id: 'bench', version: 1, publishedAt: '2025-03-15T09:30:00Z', publisher: 'bench', templates: list });
}

export interface LintBench {
  templates: number;
  flaggedShare: number;
  variants: number;
  findings: number;
  /** Wall-clock time of the first lint in this process, and the best of 5 warm runs. */
  coldMs: number;
  warmMs: number;
  /** The same in CPU time of this process (user + system): what a busy shared machine inflates
   * less than wall time. */
  coldCpuMs: number;
  warmCpuMs: number;
}

function timed(fn: () => void): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const d = process.cpuUsage(cpu);
  return { ms, cpuMs: (d.user + d.system) / 1000 };
}

export function benchLint(templates = 5_000, flaggedShare = 0.1): LintBench {
  const incident = IncidentFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'public/examples/incident.json'), 'utf8')));
  const pack = benchPack(templates, flaggedShare);
  const variants = pack.templates.reduce((n, t) => n + Object.keys(t.variants).length, 0);
  let findings = 0;
  const cold = timed(() => {
    findings = lintPack(pack, { incident }).length;
  });
  let warmMs = Infinity;
  let warmCpuMs = Infinity;
  for (let r = 0; r < 5; r++) {
    const w = timed(() => lintPack(pack, { incident }));
    warmMs = Math.min(warmMs, w.ms);
    warmCpuMs = Math.min(warmCpuMs, w.cpuMs);
  }
  return { templates, flaggedShare, variants, findings, coldMs: cold.ms, warmMs, coldCpuMs: cold.cpuMs, warmCpuMs };
}

export function formatLintBench(b: LintBench): string {
  return (
    `lint of a ${b.templates.toLocaleString('en')}-template pack (${b.variants.toLocaleString('en')} variants, ${Math.round(b.flaggedShare * 100)}% risky sentences, ${b.findings.toLocaleString('en')} findings): ` +
    `first run ${b.coldMs.toFixed(0)} ms (${b.coldCpuMs.toFixed(0)} ms CPU; compiles the tables and regexes, warms the JIT), ` +
    `warm ${b.warmMs.toFixed(0)} ms (${b.warmCpuMs.toFixed(0)} ms CPU, best of 5); target < 1,000 ms`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatLintBench(benchLint()));
  if (process.argv.includes('--worst')) console.log(formatLintBench(benchLint(5_000, 1)));
}
