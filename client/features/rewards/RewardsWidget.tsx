import { myRewardsContract } from '../../../shared/contracts/competitions';
import { useFeatureText } from '../../app/i18n';
import { StarIcon } from '../../app/icons';
import { useApiData } from '../../ui/use-api-data';
import './rewards.css';
import { rewardsText } from './rewards-text';

/**
 * The home's glance at prizes: a prize to claim first, else the person's
 * place or tickets in running competitions. Shows nothing when offline or
 * when there is nothing to say, so the home never waits for it.
 */
export function RewardsWidget() {
  const { t } = useFeatureText(rewardsText);
  const { state } = useApiData(myRewardsContract);
  if (state.status !== 'ready') return null;
  const toClaim = state.data.awards.filter((a) => !a.claimedAt);
  const lines = state.data.competitions
    .filter((c) => c.status === 'running' && c.mine.eligible)
    .flatMap((c) => {
      if (c.mine.position) return [t('rewards.widget.position', { title: c.title, position: c.mine.position })];
      if (c.mine.tickets) return [t('rewards.widget.tickets', { title: c.title, tickets: c.mine.tickets })];
      return [];
    });
  if (toClaim.length === 0 && lines.length === 0) return null;
  return (
    <section class="card rewards-widget section" aria-labelledby="rewards-widget-title">
      <h2 id="rewards-widget-title">
        <StarIcon size={22} /> {t('rewards.widget.title')}
      </h2>
      {toClaim.map((award) => (
        <p key={award.id} class="notice" role="status">
          <strong>{t('rewards.won.notice', { prize: award.prize.name })}</strong>
        </p>
      ))}
      {lines.length > 0 && (
        <ul class="rewards-widget-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <a class="teaser-cta" href="/prizes">
        {toClaim.length > 0 ? t('rewards.won.claim') : t('rewards.widget.open')}
      </a>
    </section>
  );
}
