/**
 * Who the panel records acts as. With a team workspace it is the signed-in user; a solo agent
 * gives a name once (kept in storage) before publishing, approving or ticking anything.
 */
import { useState } from 'react';
import { useI18n } from '../../../../components/i18n-context.tsx';
import type { IncidentsModel } from './use-incidents.ts';

export function AgentName({ model }: { model: IncidentsModel }) {
  const { t } = useI18n();
  const snap = model.snapshot!;
  const [name, setName] = useState(snap.agent);
  const [editing, setEditing] = useState(snap.agent === '');
  if (!editing || snap.agentFromTeam) {
    return (
      <p className="cd-small cd-muted" data-testid="incident-agent">
        {t('incidentView.agent.as', { who: snap.agent })}{' '}
        {!snap.agentFromTeam && (
          <button type="button" className="cd-link-button" onClick={() => setEditing(true)}>
            {t('incidentView.agent.change')}
          </button>
        )}
      </p>
    );
  }
  return (
    <form
      className="cd-incident-form__row"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() === '') return;
        void model.act(() => model.data.saveAgent(name)).then(() => setEditing(false));
      }}
    >
      <label className="cd-field">
        <span className="cd-field__label">{t('incidentView.agent.label')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required data-testid="incident-agent-name" />
      </label>
      <button type="submit" className="cd-button">
        {t('incidentView.agent.save')}
      </button>
    </form>
  );
}
