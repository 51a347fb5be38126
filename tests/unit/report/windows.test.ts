import { describe, expect, test } from 'vitest';
import { setIncidentStatus } from '../../../lib/incident/publish.ts';
import type { StoredIncident } from '../../../lib/incident/schema.ts';
import { reportWindows, resolvedAt, windowOf } from '../../../lib/report/windows.ts';
import { at, ms, openIncident, resolvedIncident } from './fixtures.ts';

const reopened = (): StoredIncident => setIncidentStatus(resolvedIncident(), 'investigating', { now: ms('15:00'), by: 'Ana' });
const resolvedTwice = (): StoredIncident => {
  const first = setIncidentStatus(openIncident(), 'resolved', { now: ms('12:00'), by: 'Ana' });
  const again = setIncidentStatus(first, 'monitoring', { now: ms('12:30'), by: 'Ana' });
  return setIncidentStatus(again, 'resolved', { now: ms('14:00'), by: 'Ana' });
};
const importedResolved = (): StoredIncident => ({ ...openIncident(), status: 'resolved', statusHistory: [], updatedAt: at('16:00') });

describe('reportWindows: before (same length, ending at the start), during, after', () => {
  test.each([
    // name, incident, now, [before], [during], [after], during complete, after complete
    ['resolved, read the next day', resolvedIncident, ms('00:00', '2025-03-16'), ['06:00', '10:00'], ['10:00', '14:00'], ['14:00', '18:00'], true, true],
    ['resolved, after still running', resolvedIncident, ms('16:00'), ['06:00', '10:00'], ['10:00', '14:00'], ['14:00', '16:00'], true, false],
    ['not resolved: during runs to now, after is empty', openIncident, ms('13:00'), ['07:00', '10:00'], ['10:00', '13:00'], ['13:00', '13:00'], false, false],
    ['reopened after resolution: not resolved', reopened, ms('20:00'), ['00:00', '10:00'], ['10:00', '20:00'], ['20:00', '20:00'], false, false],
    ['resolved twice: the latest resolution', resolvedTwice, ms('23:00'), ['06:00', '10:00'], ['10:00', '14:00'], ['14:00', '18:00'], true, true],
    ['imported resolved, no status change: updatedAt', importedResolved, ms('23:00'), ['04:00', '10:00'], ['10:00', '16:00'], ['16:00', '22:00'], true, true],
    ['now before the start: empty windows', openIncident, ms('09:00'), ['10:00', '10:00'], ['10:00', '10:00'], ['10:00', '10:00'], false, false],
  ] as const)('%s', (_name, make, now, before, during, after, duringComplete, afterComplete) => {
    const w = reportWindows(make(), now);
    expect([w.before.start, w.before.end]).toEqual(before.map((t) => ms(t)));
    expect([w.during.start, w.during.end]).toEqual(during.map((t) => ms(t)));
    expect([w.after.start, w.after.end]).toEqual(after.map((t) => ms(t)));
    expect(w.before.complete).toBe(true);
    expect(w.during.complete).toBe(duringComplete);
    expect(w.after.complete).toBe(afterComplete);
  });

  test('resolvedAt: undefined while open', () => {
    expect(resolvedAt(openIncident())).toBeUndefined();
    expect(resolvedAt(resolvedIncident())).toBe(ms('14:00'));
  });

  test('windowOf: half-open ranges, nothing outside', () => {
    const w = reportWindows(resolvedIncident(), ms('00:00', '2025-03-16'));
    expect(windowOf(w, ms('05:59'))).toBeUndefined();
    expect(windowOf(w, ms('06:00'))).toBe('before');
    expect(windowOf(w, ms('10:00'))).toBe('during');
    expect(windowOf(w, ms('13:59'))).toBe('during');
    expect(windowOf(w, ms('14:00'))).toBe('after');
    expect(windowOf(w, ms('18:00'))).toBeUndefined();
  });
});
