import { useState } from 'preact/hooks';
import { adminRecognitionsContract } from '../../../shared/contracts/recognition';
import { useI18n } from '../../app/i18n';
import { useApiData } from '../../ui/use-api-data';

/** Role-model nominations, per campaign if asked, as material for success stories. */
export function NominationsAdmin() {
  const { t } = useI18n();
  const [campaignId, setCampaignId] = useState('');
  const { state } = useApiData(adminRecognitionsContract, { query: campaignId ? { campaignId } : {} });
  function filter(event: SubmitEvent) {
    event.preventDefault();
    setCampaignId(String(new FormData(event.currentTarget as HTMLFormElement).get('campaignId') ?? '').trim());
  }
  return (
    <section class="section" aria-labelledby="nominations-title">
      <h2 id="nominations-title">{t('adminRewards.nominations')}</h2>
      <form class="admin-row" onSubmit={filter}>
        <div class="field">
          <label for="nominations-campaign">{t('adminRewards.nominations.campaign')}</label>
          <input id="nominations-campaign" name="campaignId" />
        </div>
        <button type="submit" class="button button-secondary">
          {t('adminRewards.nominations.filter')}
        </button>
      </form>
      {state.status === 'error' && <p role="alert">{t('common.error')}</p>}
      {state.status === 'ready' &&
        (state.data.recognitions.length === 0 ? (
          <p>{t('adminRewards.nominations.empty')}</p>
        ) : (
          <ul class="card-list card-list-tight">
            {state.data.recognitions.map((r) => (
              <li key={r.id} class="card">
                <strong>{r.personName}</strong> <span class="hint">— {r.managerName}</span>
                <p>“{r.message}”</p>
                <span class="tag">{r.shared ? t('adminRewards.nominations.shared') : t('adminRewards.nominations.private')}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
