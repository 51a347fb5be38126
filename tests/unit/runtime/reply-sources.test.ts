// What the reply feature suggests from: approved templates only, the unresolved incidents to
// match mentions with, and the crisis-mode incident (else the only unresolved one).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createIncident, setIncidentStatus } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema } from '../../../lib/incident/schema.ts';
import { PackSchema } from '../../../lib/templates/schema.ts';
import { replySourcesOf } from '../../../runtime/reply-sources.ts';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const pack = PackSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/pack.json', import.meta.url), 'utf8')));
const T = Date.parse('2025-03-15T10:00:00Z');

describe('replySourcesOf', () => {
  const a = createIncident(file, { by: 'Ana', now: T });
  const b = createIncident({ ...file, id: 'late-parcels', title: 'Late parcels' }, { by: 'Ana', now: T });
  const templates = [...pack.templates, { ...pack.templates[0]!, id: 'draft-1', status: 'draft' as const }, { ...pack.templates[0]!, id: 'old-1', status: 'retired' as const }];

  test('approved templates only; the crisis incident is the one to agree with and comes first', () => {
    const r = replySourcesOf([a, b], templates, 'late-parcels');
    expect(r.templates.map((t) => t.id)).toEqual(pack.templates.filter((t) => t.status === 'approved').map((t) => t.id));
    expect(r.templates.map((t) => t.id)).not.toContain('draft-1');
    expect(r.incident?.id).toBe('late-parcels');
    expect(r.crisisIncidentId).toBe('late-parcels');
    expect(r.incidents.map((i) => i.id)).toEqual([a.id, 'late-parcels']);
  });

  test('without crisis mode: the only unresolved incident, or none when there are several', () => {
    expect(replySourcesOf([a, b], templates, undefined).incident).toBeUndefined();
    const resolved = setIncidentStatus(b, 'resolved', { by: 'Ana', now: T });
    const r = replySourcesOf([a, resolved], templates, undefined);
    expect(r.incident?.id).toBe(a.id);
    expect(r.incidents.map((i) => i.id)).toEqual([a.id]);
    expect(r.crisisIncidentId).toBeUndefined();
  });
});
