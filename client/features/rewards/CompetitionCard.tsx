import type { MyRewards } from '../../../shared/schemas/rewards';
import { useFeatureText } from '../../app/i18n';
import { formatDay, formatLastDay } from './format-date';
import { rewardsText } from './rewards-text';

type Entry = MyRewards['competitions'][number];

/** One competition: what it is, what you can win, and where you stand (your own figures only). */
export function CompetitionCard({ competition }: { competition: Entry }) {
  const { t, language } = useFeatureText(rewardsText);
  const { rule } = competition;
  const status =
    competition.status === 'upcoming'
      ? t('rewards.status.upcoming', { date: formatDay(competition.startsAt, language) })
      : competition.status === 'running'
        ? t('rewards.status.running', { date: formatLastDay(competition.endsAt, language) })
        : t(`rewards.status.${competition.status}`);
  const titleId = `competition-${competition.id}`;
  return (
    <li class="card competition" aria-labelledby={titleId}>
      <h3 id={titleId}>{competition.title}</h3>
      <p class="hint">{status}</p>
      <p>
        {rule === 'top_learners' && (competition.winners === 1 ? t('rewards.rule.top_learners.one') : t('rewards.rule.top_learners', { n: competition.winners }))}
        {rule === 'raffle' && t('rewards.rule.raffle', { n: competition.winners, cap: competition.ticketCap })}
        {rule === 'milestone' && t('rewards.rule.milestone', { weeks: competition.milestoneWeeks })}
      </p>
      <p class="competition-prize">
        <strong>{t('rewards.prize', { prize: competition.prize.name })}</strong>
        {competition.prize.description && <span class="hint"> — {competition.prize.description}</span>}
      </p>
      <Standing competition={competition} />
      {rule === 'raffle' && (
        <a class="teaser-cta" href={`/prizes/draw/${competition.id}`}>
          {t('rewards.verify.link')}
        </a>
      )}
    </li>
  );
}

function Standing({ competition }: { competition: Entry }) {
  const { t } = useFeatureText(rewardsText);
  const { mine } = competition;
  if (!mine.eligible) return null;
  return (
    <p class="competition-mine" data-testid="my-standing">
      {mine.points !== undefined && (
        <>
          {t('rewards.mine.points', { points: mine.points })}
          <br />
          {mine.position ? t('rewards.mine.position', { position: mine.position }) : t('rewards.mine.noPosition')}
        </>
      )}
      {mine.tickets !== undefined && (
        <>
          {t('rewards.mine.tickets', { tickets: mine.tickets, cap: competition.ticketCap })}
          {mine.holderCode && (
            <>
              <br />
              {t('rewards.mine.code', { code: mine.holderCode })}
            </>
          )}
        </>
      )}
      {mine.weeksInARow !== undefined && (
        <>
          {t('rewards.mine.weeks', { weeks: mine.weeksInARow, goal: competition.milestoneWeeks })} {mine.reached && <strong>{t('rewards.mine.reached')}</strong>}{' '}
          <span class="hint">· {t('rewards.mine.stock', { n: mine.stockLeft ?? 0 })}</span>
        </>
      )}
    </p>
  );
}
