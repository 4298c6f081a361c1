import { useState } from 'preact/hooks';
import { setJourneyStatusContract } from '../../../../shared/contracts/journeys';
import type { Journey } from '../../../../shared/schemas/journeys';
import { call } from '../../../app/api';
import { useJourneysText } from './journeys-text';

/** Where the journey stands, and the one button that moves it on: start a draft, pause a running one, resume a paused one. */
export function JourneyStatusControl({ journey }: { journey: Journey }) {
  const { t } = useJourneysText();
  const [status, setStatus] = useState(journey.status);
  const [busy, setBusy] = useState(false);
  const next = status === 'active' ? 'paused' : 'active';
  const label = status === 'draft' ? t('jr.start') : status === 'active' ? t('jr.pause') : t('jr.resume');
  const move = () => {
    setBusy(true);
    call(setJourneyStatusContract, { params: { id: journey.id }, body: { status: next } })
      .then((changed) => setStatus(changed.status))
      .finally(() => setBusy(false));
  };
  return (
    <div class="journey-status" role="group" aria-label={t('jr.status')}>
      <span class="tag" data-status={status}>
        {t(`jr.status.${status}`)}
      </span>
      <span class="hint" role="status">
        {t(`jr.status.hint.${status}`)}
      </span>
      <button type="button" class={`button ${status === 'active' ? 'button-secondary' : 'button-primary'}`} disabled={busy} aria-label={`${label}: ${journey.name}`} onClick={move}>
        {label}
      </button>
    </div>
  );
}
