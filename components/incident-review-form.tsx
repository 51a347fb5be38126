/**
 * The review's four questions (what worked, the main challenges, whether the team was trained and
 * supported, which channels reached people best), saved with the incident. Presentational: the
 * page saves through `onSave`.
 */
import { useState } from 'react';
import { TEAM_SUPPORT_ANSWERS, type IncidentReview } from '../lib/report/review.ts';
import { useI18n } from './i18n-context.tsx';

type TextField = 'whatWorked' | 'challenges' | 'teamSupportNote' | 'channels';

export function IncidentReviewForm({ review, onSave }: { review: IncidentReview; onSave: (r: IncidentReview) => Promise<void> }) {
  const { t, dateTime } = useI18n();
  const [draft, setDraft] = useState(review);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const text = (field: TextField, label: string) => (
    <label className="cd-report-question">
      <span>{label}</span>
      <textarea value={draft[field]} rows={3} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} data-testid={`review-${field}`} />
    </label>
  );
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSave(draft);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="cd-report-review" aria-labelledby="cd-report-review-h">
      <h2 id="cd-report-review-h">{t('report.review')}</h2>
      {text('whatWorked', t('report.review.whatWorked'))}
      {text('challenges', t('report.review.challenges'))}
      <fieldset className="cd-report-question">
        <legend>{t('report.review.teamSupported')}</legend>
        {TEAM_SUPPORT_ANSWERS.map((a) => (
          <label key={a} className="cd-report-choice">
            <input type="radio" name="teamSupported" checked={draft.teamSupported === a} onChange={() => setDraft({ ...draft, teamSupported: a })} />
            {t(`report.review.teamSupported.${a}`)}
          </label>
        ))}
      </fieldset>
      {text('teamSupportNote', t('report.review.teamSupportNote'))}
      {text('channels', t('report.review.channels'))}
      <div className="cd-report-actions cd-no-print">
        <button type="button" className="cd-button" disabled={busy} onClick={() => void save()} data-testid="review-save">
          {t('report.review.save')}
        </button>
        {review.updatedAt && <span className="cd-muted">{t('report.review.saved', { time: dateTime(review.updatedAt) })}</span>}
        {error && (
          <span role="alert" className="cd-error">
            {t('report.review.error', { error })}
          </span>
        )}
      </div>
    </section>
  );
}
