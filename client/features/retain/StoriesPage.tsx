import { storiesContract } from '../../../shared/contracts/stories';
import { AppShell } from '../../app/AppShell';
import { useApiData } from '../../ui/use-api-data';
import { StoryCard } from './StoryCard';
import { useRetainText } from './use-retain-text';
import './retain.css';

/** The stories feed: approved stories, newest first, with writing one's own a tap away. */
export function StoriesPage() {
  const { t } = useRetainText();
  const { state } = useApiData(storiesContract);
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="stories-title">
        <h1 id="stories-title">{t('retain.stories.title')}</h1>
        <p>{t('retain.stories.intro')}</p>
        <div class="story-actions">
          <a class="button button-primary" href="/stories/new">
            {t('retain.stories.write')}
          </a>
          <a class="button button-secondary" href="/stories/mine">
            {t('retain.stories.mine')}
          </a>
        </div>
        {state.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {state.status === 'error' && <p class="error-text">{t('common.error')}</p>}
        {state.status === 'ready' && state.data.stories.length === 0 && <p>{t('retain.stories.empty')}</p>}
        {state.status === 'ready' && (
          <ul class="card-list">
            {state.data.stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </AppShell>
  );
}
