/**
 * Words for the team workspace's states and failures, shared by the options page and the panel.
 * A failure is said in the UI's language from its code (lib/team/errors.ts, lib/team/url.ts); the
 * server's own words, when there are any, follow as details.
 */
import type { Translator } from '../lib/i18n.ts';
import { TeamErrorCodeSchema, type TeamErrorCode } from '../lib/schema.ts';
import { TEAM_DOC_MAX_BYTES } from '../lib/team/doc-size.ts';
import type { TeamUrlProblem } from '../lib/team/url.ts';

const URL_PROBLEMS: readonly TeamUrlProblem[] = ['not-url', 'scheme', 'credentials', 'query', 'no-database', 'bad-database'];

/** `reason` as set by the background (a TeamErrorCode) or by the URL check (a TeamUrlProblem). */
export function teamProblemText(t: Translator['t'], reason: string | undefined): string | undefined {
  if (reason && (URL_PROBLEMS as readonly string[]).includes(reason)) return t(`team.url.${reason as TeamUrlProblem}`);
  const code = TeamErrorCodeSchema.safeParse(reason);
  return code.success ? t(`team.error.${code.data}`) : undefined;
}

/** The code and server's words of a failed action, from whatever it threw (a MessageError's
 * `reason` holds the code). */
export function problemOf(error: unknown): { reason?: string; detail: string } {
  const reason = error && typeof error === 'object' && typeof (error as { reason?: unknown }).reason === 'string' ? (error as { reason: string }).reason : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return { reason, detail };
}

export function errorCodeText(t: Translator['t'], code: TeamErrorCode): string {
  return t(`team.error.${code}`);
}

/** "50.3 MB" / "50.3 MB": bytes in decimal megabytes (as servers state their limits). */
export function megabytes(tr: Pick<Translator, 'number'>, bytes: number): string {
  return tr.number(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

export function sharedLimitText(tr: Pick<Translator, 'number'>): string {
  return megabytes(tr, TEAM_DOC_MAX_BYTES);
}
