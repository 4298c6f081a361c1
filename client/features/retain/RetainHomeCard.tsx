import { storiesContract } from '../../../shared/contracts/stories';
import { myRecommendationsContract } from '../../../shared/contracts/team';
import { useSession } from '../../app/session';
import { useApiData } from '../../ui/use-api-data';
import { EvaluationCard } from './EvaluationCard';
import { StoryCard } from './StoryCard';
import { useRetainText } from './use-retain-text';
import './retain.css';

const STORIES_ON_HOME = 2;

/** Below the feed on the home: an evaluation card when one is due, the manager's recommendations, the newest stories and the idea box. */
export function RetainHomeCard() {
  const { t } = useRetainText();
  const { state: session } = useSession();
  const isManager = session.status === 'signed-in' && session.me.role === 'manager';
  const stories = useApiData(storiesContract);
  const recommended = useApiData(myRecommendationsContract);
  const newest = stories.state.status === 'ready' ? stories.state.data.stories.slice(0, STORIES_ON_HOME) : [];
  const recommendations = recommended.state.status === 'ready' ? recommended.state.data.recommendations : [];
  return (
    <>
      <EvaluationCard />
      {recommendations.length > 0 && (
        <section class="section stack" aria-labelledby="home-recommended">
          <h2 id="home-recommended">{t('retain.home.recommended')}</h2>
          <ul class="card-list">
            {recommendations.map((r) => (
              <li key={r.id} class="card">
                <a href={r.kind === 'training' ? `/training/${r.targetId}` : '/catalogue'}>{r.title}</a>
                <p class="hint">
                  {r.managerName}
                  {r.note && ` · ${r.note}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="section stack" aria-labelledby="home-stories">
        <h2 id="home-stories">{t('retain.home.stories')}</h2>
        {newest.length === 0 ? (
          <p class="hint">{t('retain.stories.empty')}</p>
        ) : (
          <ul class="card-list">
            {newest.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <p class="story-actions">
          <a href="/stories">{t('retain.home.allStories')}</a>
          <a href="/ideas">{t('retain.home.ideas')}</a>
          {isManager && <a href="/team">{t('retain.team.title')}</a>}
        </p>
      </section>
    </>
  );
}
