/**
 * Every finding the consistency check gives on a fixed set of inputs, as JSON lines: the guard for
 * lint speed work, whose findings must stay byte-identical. Dump before a change, dump after,
 * compare:
 *
 *   npx tsx scripts/dump-lint-findings.ts > /tmp/before.jsonl
 *   (change)
 *   npx tsx scripts/dump-lint-findings.ts > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * Inputs: the bench pack (bench/lint.ts; 10% and 100% risky sentences) against the example
 * incident, the same in `monitoring` and `resolved`, each incident of the labelled replies, and no
 * incident, each linted twice in one process (the second run reads warm caches); the example pack;
 * every labelled reply (tests/fixtures/replies) as its row asks, and again on every channel, in
 * both modes, against every incident and none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchPack } from '../bench/lint.ts';
import { IncidentFileSchema, type IncidentFile } from '../lib/incident/schema.ts';
import { lintPack, lintReply } from '../lib/templates/lint.ts';
import { PackSchema, type Channel } from '../lib/templates/schema.ts';
import { lintRow, loadIncidents, loadRows } from './eval-lint.ts';

const ROOT = path.join(import.meta.dirname, '..');
const CHANNELS: Channel[] = ['x-reply', 'amazon-buyer-message', 'amazon-feedback-response', 'generic'];

const out: string[] = [];
const put = (label: string, value: unknown) => out.push(`${label}\t${JSON.stringify(value)}`);

const example = IncidentFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'public/examples/incident.json'), 'utf8')));
const withStatus = (i: IncidentFile, status: IncidentFile['status']): IncidentFile => ({ ...i, status });
const fixtures = loadIncidents();
const incidents: [string, IncidentFile | undefined][] = [
  ['example', example],
  ['example-monitoring', withStatus(example, 'monitoring')],
  ['example-resolved', withStatus(example, 'resolved')],
  ...Object.entries(fixtures),
  ['none', undefined],
];

for (const share of [0.1, 1]) {
  const pack = benchPack(5_000, share);
  for (const [name, incident] of incidents) {
    for (const run of [1, 2]) {
      const findings = lintPack(pack, { incident });
      put(`bench ${share} ${name} run ${run} count`, findings.length);
      for (const f of findings) put(`bench ${share} ${name}`, f);
    }
  }
}

const examplePack = PackSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'public/examples/pack.json'), 'utf8')));
for (const [name, incident] of incidents) for (const f of lintPack(examplePack, { incident })) put(`example-pack ${name}`, f);

for (const part of ['tuning', 'held-out'] as const) {
  for (const row of loadRows(part)) {
    put(`row ${row.id}`, lintRow(row, fixtures));
    for (const [name, incident] of incidents) {
      for (const channel of CHANNELS) {
        put(`row ${row.id} insert ${name} ${channel}`, lintReply(row.text, { lang: row.lang, channel, incident }));
        const template = { incident: incident?.id, statementVersion: 1 };
        put(`row ${row.id} template ${name} ${channel}`, lintReply(row.text, { lang: row.lang, channel, incident, mode: 'template', template }));
      }
    }
  }
}

process.stdout.write(out.join('\n') + '\n');
