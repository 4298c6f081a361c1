import type { Me } from '../../../shared/schemas/people';
import { myRewardsContract } from '../../../shared/contracts/competitions';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { AwardCard } from './AwardCard';
import { CompetitionCard } from './CompetitionCard';
import { LoadStatus } from './fields';
import { useApiData } from '../../ui/use-api-data';
import './rewards.css';
import { rewardsText } from './rewards-text';

/** Running competitions, the person's standing or tickets, what they can win and what they have won. */
export function PrizesPage({ me }: { me: Me }) {
  const { t } = useFeatureText(rewardsText);
  const { state, reload } = useApiData(myRewardsContract);
  return (
    <AppShell>
      <h1>{t('rewards.title')}</h1>
      <p>{t('rewards.intro')}</p>
      <nav class="rewards-links" aria-label={t('rewards.title')}>
        <a class="button button-secondary" href="/leaderboard">
          {t('rewards.links.leaderboard')}
        </a>
        <a class="button button-secondary" href="/role-models">
          {t('rewards.links.roleModels')}
        </a>
        {me.role === 'admin' && (
          <a class="button button-secondary" href="/admin/rewards">
            {t('rewards.links.admin')}
          </a>
        )}
      </nav>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          {state.data.awards.length > 0 && (
            <section class="section" aria-labelledby="won-title">
              <h2 id="won-title">{t('rewards.won.title')}</h2>
              <ul class="card-list">
                {state.data.awards.map((award) => (
                  <AwardCard key={award.id} award={award} onChange={reload} />
                ))}
              </ul>
            </section>
          )}
          <section class="section" aria-labelledby="running-title">
            <h2 id="running-title">{t('rewards.running.title')}</h2>
            {state.data.competitions.length === 0 ? (
              <p>{t('rewards.running.empty')}</p>
            ) : (
              <ul class="card-list">
                {state.data.competitions.map((competition) => (
                  <CompetitionCard key={competition.id} competition={competition} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </AppShell>
  );
}
