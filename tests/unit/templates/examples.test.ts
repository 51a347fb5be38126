// The bundled example incident and pack (public/examples/): what a new user sees first must parse
// and pass the consistency check (a feedback response always carries its "posted once" warning).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseIncident } from '../../../lib/incident/import.ts';
import { parsePack } from '../../../lib/templates/import.ts';
import { lintPack } from '../../../lib/templates/lint.ts';
import { suggestTemplates } from '../../../lib/templates/suggest.ts';
import { fillTemplate } from '../../../lib/templates/variables.ts';

const read = (name: string) => readFileSync(new URL(`../../../public/examples/${name}`, import.meta.url), 'utf8');

test('the example incident and pack parse without warnings and lint clean', () => {
  const incident = parseIncident(read('incident.json'));
  expect(incident.ok && incident.warnings).toEqual([]);
  const pack = parsePack(read('pack.json'), { incidentId: incident.ok ? incident.value.id : '' });
  expect(pack.ok && pack.warnings).toEqual([]);
  if (!incident.ok || !pack.ok) return;
  const findings = lintPack(pack.value, { incident: incident.value });
  expect(findings.map((f) => `${f.templateId}/${f.lang}: ${f.rule}`)).toEqual(['vp20k-feedback/en: feedback-once']);
});

test('the example flow: suggest for a German X complaint, fill, nothing missing', () => {
  const incident = parseIncident(read('incident.json'));
  const pack = parsePack(read('pack.json'));
  if (!incident.ok || !pack.ok) throw new Error('example files');
  const [first] = suggestTemplates(pack.value.templates, { channel: 'x-reply', lang: 'de', categories: ['safety'], incidentIds: [incident.value.id] });
  expect(first!.template.id).toBe('vp20k-holding-x');
  const filled = fillTemplate(first!.template.variants[first!.lang]!, { lang: 'de', incident: incident.value, values: { author: { name: 'Jana' } } });
  expect(filled.missing).toEqual([]);
  expect(filled.text).toContain(incident.value.statement.text.de);
});
