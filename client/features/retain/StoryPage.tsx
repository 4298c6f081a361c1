import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { sharedStoryContract, viewStoryContract } from '../../../shared/contracts/stories';
import { call } from '../../app/api';
import { AppShell, PublicShell } from '../../app/AppShell';
import { useSession } from '../../app/session';
import { useApiData } from '../../ui/use-api-data';
import { StoryCard } from './StoryCard';
import { useRetainText } from './use-retain-text';
import './retain.css';

/**
 * A story opened from its link (/s/<code>). A colleague reads it whole; a
 * signed-out visitor sees what it is about and is led to join, with the
 * story's code riding along so the sign-up is credited to it.
 */
export function StoryPage() {
  const { t, language } = useRetainText();
  const code = useRoute().params.code ?? '';
  const { state: session } = useSession();
  const signedIn = session.status === 'signed-in';
  const { state } = useApiData(sharedStoryContract, { params: { code }, query: { lang: language } });
  useEffect(() => {
    if (countsAsView()) void call(viewStoryContract, { params: { code } }).catch(() => undefined);
  }, [code]);
  const Shell = signedIn ? AppShell : PublicShell;
  return (
    <Shell>
      <div class="section stack">
        {signedIn && (
          <a class="back-link" href="/stories">
            ← {t('retain.stories.all')}
          </a>
        )}
        {state.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {state.status === 'error' && (
          <p class="notice" role="alert">
            {t('retain.story.missing')}
          </p>
        )}
        {state.status === 'ready' && state.data.story && <StoryCard story={state.data.story} full headingLevel={2} />}
        {state.status === 'ready' && !state.data.story && (
          <section class="card stack" aria-labelledby="story-join">
            <h1 id="story-join">{t('retain.story.joinTitle')}</h1>
            <p class="story-teaser-title">“{state.data.title}”</p>
            <p>{t('retain.story.joinIntro', { training: state.data.trainingTitle })}</p>
            <a class="button button-primary button-block" href={`/signin?via=${encodeURIComponent(code)}`}>
              {t('retain.story.join')}
            </a>
          </section>
        )}
      </div>
    </Shell>
  );
}

/**
 * A view is an arrival: a tapped link or an open from the feed, not a
 * reload or a step back. The browser's own navigation record tells, so
 * nothing is stored on the device (as the kick-off page counts scans).
 */
function countsAsView(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (!entry || new URL(entry.name).pathname !== location.pathname) return true;
  return entry.type === 'navigate';
}
