import { describe, expect, test } from 'vitest';
import { exportFilterOf } from '../../../lib/inbox/export-filter.ts';
import { InboxQuerySchema } from '../../../lib/inbox/query.ts';

const NOW = Date.parse('2025-06-01T12:00:00.000Z');

describe('exportFilterOf: the export takes what the inbox shows', () => {
  test('status, one platform, one language and the time range for the reader; the exact rows by predicate', () => {
    const q = InboxQuerySchema.parse({ status: 'open', facets: { platform: ['amazon'], lang: ['ja'], category: ['safety'] }, range: { preset: '24h' }, search: '返金' });
    const f = exportFilterOf(q, { items: [{ key: 'amazon:R1', ids: ['amazon:R1', 'amazon:R2'] }] }, NOW);
    expect(f).toMatchObject({ flaggedOnly: true, status: 'open', platform: 'amazon', lang: 'ja', from: '2025-05-31T12:00:00.000Z' });
    expect(f.to).toBeUndefined();
    expect([f.predicate({ id: 'amazon:R2' }), f.predicate({ id: 'amazon:R3' })]).toEqual([true, false]);
  });

  test('several platforms or languages are left to the predicate', () => {
    const f = exportFilterOf(InboxQuerySchema.parse({ status: 'all', facets: { platform: ['x', 'amazon'], lang: ['en', 'de'] } }), { items: [] }, NOW);
    expect(f.platform).toBeUndefined();
    expect(f.lang).toBeUndefined();
    expect(f.status).toBe('all');
  });
});
