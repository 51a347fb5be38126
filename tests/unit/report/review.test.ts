import { describe, expect, test } from 'vitest';
import { emptyReview, IncidentReviewSchema, readReview, reviewStorageKey, stampReview } from '../../../lib/report/review.ts';

describe('the review form saved with the incident', () => {
  test('empty review: four questions unanswered', () => {
    expect(emptyReview('inc-1')).toEqual({ schemaVersion: 1, incidentId: 'inc-1', whatWorked: '', challenges: '', teamSupportNote: '', channels: '' });
    expect(reviewStorageKey('inc-1')).toBe('incidentReview:inc-1');
  });

  test('stamped with time and author', () => {
    const r = stampReview({ incidentId: 'inc-1', whatWorked: 'The holding statement within 40 minutes', teamSupported: 'partly', channels: 'X replies; the notice page' }, { now: Date.parse('2025-03-16T09:00:00Z'), by: 'Ana' });
    expect(r).toMatchObject({ updatedAt: '2025-03-16T09:00:00.000Z', updatedBy: 'Ana', teamSupported: 'partly', challenges: '' });
  });

  test.each([
    ['missing', undefined, undefined],
    ['damaged', { incidentId: 'inc-1', whatWorked: 42 }, 'expected string'],
    ['another incident', { incidentId: 'inc-2' }, 'another incident'],
    ['control characters refused', { incidentId: 'inc-1', challenges: 'a\u202Eb' }, ''],
  ])('read %s -> empty review', (_name, raw, problem) => {
    const read = readReview(raw, 'inc-1');
    expect(read.review).toEqual(emptyReview('inc-1'));
    if (problem === undefined) expect(read.problem).toBeUndefined();
    else expect(read.problem).toContain(problem);
  });

  test('too long an answer is refused', () => {
    expect(IncidentReviewSchema.safeParse({ incidentId: 'inc-1', whatWorked: 'x'.repeat(5_001) }).success).toBe(false);
  });
});
