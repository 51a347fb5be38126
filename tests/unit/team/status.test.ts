import { describe, expect, test } from 'vitest';
import type { TeamSyncStatus } from '../../../lib/schema.ts';
import { OFF, addRefusedDoc, patchSyncStatus } from '../../../lib/team/status.ts';

const at = (s: number) => new Date(Date.parse('2026-12-07T10:00:00.000Z') + s * 1000).toISOString();
const live: TeamSyncStatus = { state: 'live', lastSyncAt: at(0), refused: [] };

describe('patchSyncStatus writes only what is worth showing', () => {
  test.each<[string, TeamSyncStatus, Parameters<typeof patchSyncStatus>[1], Partial<TeamSyncStatus> | undefined]>([
    ['the same state again: no write', live, { state: 'live' }, undefined],
    ['last synced moved by 10 s: no write', live, { state: 'live', lastSyncAt: at(10) }, undefined],
    ['last synced moved by 40 s: written', live, { state: 'live', lastSyncAt: at(40) }, { lastSyncAt: at(40) }],
    ['offline with a reason', live, { state: 'offline', lastError: { code: 'unreachable', message: 'Failed to fetch', at: at(5) } }, { state: 'offline', lastError: { code: 'unreachable', message: 'Failed to fetch', at: at(5) } }],
    ['an error cleared by `undefined`', { ...live, lastError: { code: 'server', message: 'x', at: at(0) } }, { lastError: undefined }, { state: 'live' }],
    ['off to connecting', OFF, { state: 'connecting' }, { state: 'connecting' }],
  ])('%s', (_name, prev, patch, expected) => {
    const next = patchSyncStatus(prev, patch);
    if (expected === undefined) expect(next).toBeUndefined();
    else expect(next).toMatchObject(expected);
    if (patch.lastError === undefined && 'lastError' in patch) expect(next && 'lastError' in next).toBe(false);
  });
});

test('refused documents: once each, newest first, at most 50', () => {
  let s: TeamSyncStatus = OFF;
  for (let i = 0; i < 60; i++) s = addRefusedDoc(s, { id: `incident:${i}`, bytes: 1, by: 'server', at: at(i) }) ?? s;
  expect(s.refused).toHaveLength(50);
  expect(s.refused[0]!.id).toBe('incident:59');
  expect(addRefusedDoc(s, { id: 'incident:59', bytes: 1, by: 'server', at: at(99) })).toBeUndefined();
});
