/**
 * The incident report: windows around the incident (windows.ts), which mentions belong
 * (membership.ts), first-response figures (responses.ts), the report itself (report.ts) and the
 * saved review form (review.ts). Pure: time comes in as `now`.
 */
export * from './windows.ts';
export * from './membership.ts';
export * from './responses.ts';
export * from './report.ts';
export * from './review.ts';
export { nearestRank, mean, type Count } from './stats.ts';
