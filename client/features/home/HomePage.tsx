import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../../../shared/schemas/people';
import type { Teaser } from '../../../shared/schemas/teasers';
import { AppShell } from '../../app/AppShell';
import { useI18n } from '../../app/i18n';
import { useIdle, useLazy } from '../../app/use-lazy';
import { useSync } from '../../sync/SyncProvider';
import { StreakSummary } from '../progress/StreakSummary';
import { SyncStatus } from './SyncStatus';
import { TeaserCard } from './TeaserCard';
import { useFeed } from './use-feed';

/** The signed-in home: streak and points, then the newest teasers from the learning offer. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { scheduler } = useSync();
  const [attempt, setAttempt] = useState(0);
  // The server writes the feed in the person's saved language: refetch when that changes, not the UI's.
  const feed = useFeed(`${attempt}-${me.language}`);

  function opened(teaser: Teaser) {
    if (!teaser.isNew) return;
    // The outbox writer (and its event contract) loads at the first tap, not with the first screen.
    void import('../../sync/record-activity')
      .then(({ recordActivity }) => recordActivity(me.id, { kind: 'teaser_opened', teaserId: teaser.id }))
      .then(() => scheduler.requestSync());
  }

  // The "for you", learning-moment and prizes cards load after the first paint, and sit below the feed so
  // that their late arrival moves nothing on screen.
  // Each card is its own small chunk, fetched when the phone is idle, so the work never blocks a tap.
  const idle = useIdle();
  const Moment = useLazy(() => import('../moments/NextMomentWidget').then((m) => m.NextMomentWidget), idle);
  const Rewards = useLazy(() => import('../rewards/RewardsWidget').then((m) => m.RewardsWidget), idle);
  const ForYou = useLazy(() => import('../inform/lazy').then((m) => m.ForYouCard), idle);
  const Retain = useLazy(() => import('../retain/lazy').then((m) => m.RetainHomeCard), idle);

  const hasTeasers = feed.status === 'ready' && feed.teasers.length > 0;
  useEffect(() => {
    // A User Timing mark for real-user and benchmark measurements of "feed painted".
    if (hasTeasers && performance.getEntriesByName('feed-painted').length === 0) requestAnimationFrame(() => performance.mark('feed-painted'));
  }, [hasTeasers]);

  const firstName = me.name.split(' ')[0] ?? me.name;
  return (
    <AppShell>
      <section class="hero">
        <div class="hero-sun" aria-hidden="true" />
        <h1>{t('home.greeting', { name: firstName })}</h1>
        <p>{t('home.intro')}</p>
      </section>
      <StreakSummary />
      <SyncStatus />
      <section class="section" aria-labelledby="feed-title" aria-busy={feed.status === 'loading'}>
        <h2 id="feed-title">{t('home.feed.title')}</h2>
        {feed.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {feed.status === 'error' && (
          <div class="notice" role="alert">
            <p>{t('common.error')}</p>
            <button type="button" class="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {feed.status === 'ready' && feed.fromCache && !navigator.onLine && <p class="hint">{t('common.offline')}</p>}
        {feed.status === 'ready' &&
          (feed.teasers.length === 0 ? (
            <p>{t('home.feed.empty')}</p>
          ) : (
            <ul class="card-list">
              {feed.teasers.map((teaser, index) => (
                <TeaserCard key={teaser.id} teaser={teaser} index={index} onOpen={opened} />
              ))}
            </ul>
          ))}
      </section>
      {ForYou && <ForYou />}
      {Moment && <Moment me={me} />}
      {Rewards && <Rewards />}
      {Retain && <Retain />}
    </AppShell>
  );
}
