/**
 * Errors and warnings of an imported file or a refused change (lib/json-import.ts), each with its
 * JSON path. Errors mean nothing was imported or changed, and the list says so first, in the
 * agent's language; the problems the panel knows by code are explained in it too.
 */
import type { ImportIssue } from '../lib/json-import.ts';
import { useI18n } from './i18n-context.tsx';

/** Issue codes with an explanation of their own (lib/json-import.ts, import.ts, publish.ts: the
 * id-taken ones from saveIncidentFile). */
const EXPLAINED = ['too-large', 'json-syntax', 'empty', 'other-incident', 'older-version', 'draft-outdated', 'version-conflict', 'sender', 'no-reply', 'damaged', 'changed-since-check', 'id-taken', 'id-taken-import'] as const;
type Explained = (typeof EXPLAINED)[number];

export function ImportIssues({ errors, warnings = [], testId }: { errors: readonly ImportIssue[]; warnings?: readonly ImportIssue[]; testId?: string }) {
  const { t } = useI18n();
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className={`cd-notice ${errors.length > 0 ? 'cd-notice--error' : 'cd-notice--warning'}`} role={errors.length > 0 ? 'alert' : 'status'} data-testid={testId}>
      <div>
        <p className="cd-import__lead">{errors.length > 0 ? t('incidentView.import.nothingImported') : t('incidentView.import.warnings')}</p>
        <ul className="cd-import__list">
          {[...errors, ...warnings].map((issue, i) => (
            <li key={i} data-code={issue.code}>
              {(EXPLAINED as readonly string[]).includes(issue.code) && <span>{t(`incidentView.issue.${issue.code as Explained}`)} </span>}
              {issue.pathText !== '' && <code className="cd-import__path">{issue.pathText}</code>} <span lang="en">{issue.message}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
