import { handOverAwardContract, listAwardsContract } from '../../../shared/contracts/awards';
import { call } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApiData } from '../../ui/use-api-data';

/** Prizes won: who, what, and the hand-over once the winner claimed it. */
export function AwardsAdmin({ version }: { version: number }) {
  const { t } = useI18n();
  const { state, reload } = useApiData(listAwardsContract, {}, { version });
  async function handOver(id: string) {
    await call(handOverAwardContract, { params: { id } }).then(reload, () => undefined);
  }
  return (
    <section class="section" aria-labelledby="awards-title">
      <h2 id="awards-title">{t('adminRewards.awards')}</h2>
      {state.status === 'ready' &&
        (state.data.awards.length === 0 ? (
          <p>{t('adminRewards.awards.empty')}</p>
        ) : (
          <ul class="card-list card-list-tight">
            {state.data.awards.map((a) => (
              <li key={a.id} class="card admin-row">
                <span>
                  <strong>{a.personName}</strong> — {a.prize.name} <span class="hint">({a.competitionTitle})</span>
                </span>
                {a.handedOverAt ? (
                  <span class="tag">{t('adminRewards.awards.done')}</span>
                ) : a.claimedAt ? (
                  <button type="button" class="button button-secondary" onClick={() => void handOver(a.id)}>
                    {t('adminRewards.awards.handOver')}
                  </button>
                ) : (
                  <span class="hint">{t('adminRewards.awards.waiting')}</span>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
