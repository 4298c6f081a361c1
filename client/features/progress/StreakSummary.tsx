import { useI18n } from '../../app/i18n';
import { FlameIcon, ShieldIcon, StarIcon } from '../../app/icons';
import { useProgress } from './use-progress';

/** Streak, points and this week at a glance; the numbers include what is not synced yet. */
export function StreakSummary() {
  const { t } = useI18n();
  const progress = useProgress();
  const { streak } = progress;
  return (
    <section class="progress" aria-labelledby="progress-title">
      <h2 id="progress-title" class="visually-hidden">
        {t('home.progress.title')}
      </h2>
      <dl class="stats">
        <div class={`stat stat-streak${streak.currentWeekDone ? ' stat-lit' : ''}`}>
          <dt>
            <FlameIcon />
            <span class="visually-hidden">{t('home.streak.label', { n: streak.current })}</span>
          </dt>
          <dd>
            <span class="stat-value" data-testid="streak">
              {streak.current}
            </span>
            <span class="stat-label" aria-hidden="true">
              {t('home.streak.label', { n: streak.current })}
            </span>
          </dd>
        </div>
        <div class="stat">
          <dt>
            <StarIcon />
            <span class="visually-hidden">{t('home.points.label')}</span>
          </dt>
          <dd>
            <span class="stat-value" data-testid="points">
              {progress.points}
            </span>
            <span class="stat-label" aria-hidden="true">
              {t('home.points.label')}
            </span>
          </dd>
        </div>
      </dl>
      <p class="streak-note">
        {streak.currentWeekDone ? t('home.streak.weekDone', { n: progress.activitiesThisWeek }) : t('home.streak.keepGoing')}
      </p>
      {streak.freezesHeld > 0 && (
        <p class="hint freeze" title={t('home.streak.freezes.hint')}>
          <ShieldIcon /> {t('home.streak.freezes', { n: streak.freezesHeld })}
        </p>
      )}
    </section>
  );
}
