import { useEffect, useState } from 'preact/hooks';
import { feedSchema, type Teaser } from '../../../shared/schemas/teasers';
import { api } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useI18n } from '../../app/i18n';
import type { Me } from '../../../shared/schemas/people';
import { TeaserCard } from './TeaserCard';

type FeedState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; teasers: Teaser[] };

/** The signed-in home: a warm welcome and the newest teasers from the learning offer. */
export function HomePage({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const [feed, setFeed] = useState<FeedState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    api('GET', '/api/feed', feedSchema)
      .then(({ teasers }) => setFeed({ status: 'ready', teasers }))
      .catch(() => setFeed({ status: 'error' }));
  }, [attempt, language]);

  const firstName = me.name.split(' ')[0] ?? me.name;
  return (
    <AppShell>
      <section class="hero">
        <div class="hero-sun" aria-hidden="true" />
        <h1>{t('home.greeting', { name: firstName })}</h1>
        <p>{t('home.intro')}</p>
      </section>
      <section class="section" aria-labelledby="feed-title" aria-busy={feed.status === 'loading'}>
        <h2 id="feed-title">{t('home.feed.title')}</h2>
        {feed.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {feed.status === 'error' && (
          <div class="notice" role="alert">
            <p>{t('common.error')}</p>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setFeed({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('common.retry')}
            </button>
          </div>
        )}
        {feed.status === 'ready' &&
          (feed.teasers.length === 0 ? (
            <p>{t('home.feed.empty')}</p>
          ) : (
            <ul class="feed">
              {feed.teasers.map((teaser, index) => (
                <TeaserCard key={teaser.id} teaser={teaser} index={index} />
              ))}
            </ul>
          ))}
      </section>
    </AppShell>
  );
}
