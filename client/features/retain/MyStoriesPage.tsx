import { useState } from 'preact/hooks';
import { decideStoryEditContract, myStoriesContract, withdrawStoryContract } from '../../../shared/contracts/stories';
import type { MyStory } from '../../../shared/schemas/stories';
import { call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useApiData } from '../../ui/use-api-data';
import { useRetainText } from './use-retain-text';
import './retain.css';

/** The author's own stories: where each stands, L&D's reason or proposed edit, and withdrawing at any time. */
export function MyStoriesPage() {
  const { t } = useRetainText();
  const { state, reload } = useApiData(myStoriesContract);
  const [notice, setNotice] = useState<string | null>(null);
  async function withdraw(story: MyStory) {
    await call(withdrawStoryContract, { params: { id: story.id } });
    setNotice(t('retain.mine.withdrawn'));
    reload();
  }
  async function decide(story: MyStory, accept: boolean) {
    await call(decideStoryEditContract, { params: { id: story.id }, body: { accept } });
    reload();
  }
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="mine-title">
        <h1 id="mine-title">{t('retain.stories.mine')}</h1>
        <a class="button button-primary" href="/stories/new">
          {t('retain.stories.write')}
        </a>
        <p role="status" class="hint">
          {notice}
        </p>
        {state.status === 'ready' && state.data.stories.length === 0 && <p>{t('retain.mine.empty')}</p>}
        {state.status === 'ready' && (
          <ul class="card-list">
            {state.data.stories.map((story) => (
              <li key={story.id} class="card stack" aria-labelledby={`mine-${story.id}`}>
                <h2 id={`mine-${story.id}`}>{story.title}</h2>
                <p>
                  <span class={`tag tag-${story.status}`}>{t(`retain.mine.status.${story.status}`)}</span>
                </p>
                <p class="story-body">{story.body}</p>
                {story.declineReason && <p class="notice">{t('retain.mine.reason', { reason: story.declineReason })}</p>}
                {story.proposedEdit && (
                  <div class="card stack story-proposed">
                    <h3>{t('retain.mine.proposed')}</h3>
                    <p>
                      <strong>{story.proposedEdit.title}</strong>
                    </p>
                    <p class="story-body">{story.proposedEdit.body}</p>
                    <div class="story-actions">
                      <button type="button" class="button button-primary" onClick={() => void decide(story, true)}>
                        {t('retain.mine.accept')}
                      </button>
                      <button type="button" class="button button-secondary" onClick={() => void decide(story, false)}>
                        {t('retain.mine.keep')}
                      </button>
                    </div>
                  </div>
                )}
                <button type="button" class="button button-danger" onClick={() => void withdraw(story)}>
                  {t('retain.mine.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AppShell>
  );
}
