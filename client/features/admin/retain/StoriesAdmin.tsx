import { useState } from 'preact/hooks';
import { adminStoriesContract, approveStoryContract, declineStoryContract, proposeStoryEditContract } from '../../../../shared/contracts/stories';
import type { AdminStory } from '../../../../shared/schemas/stories';
import { call } from '../../../app/api';
import { useApiData } from '../../../ui/use-api-data';
import { useRetainAdminText } from './retain-admin-text';

/** Moderating stories: approve, decline with a reason, or propose an edit; each with what it set going. */
export function StoriesAdmin(_: { id: string | null }) {
  const { t } = useRetainAdminText();
  const { state, reload } = useApiData(adminStoriesContract);
  return (
    <section class="stack" aria-labelledby="stories-admin-title">
      <h2 id="stories-admin-title">{t('ra.stories.title')}</h2>
      <p>{t('ra.stories.intro')}</p>
      {state.status === 'ready' && state.data.stories.length === 0 && <p>{t('ra.stories.none')}</p>}
      {state.status === 'ready' && (
        <ul class="card-list">
          {state.data.stories.map((story) => (
            <li key={story.id}>
              <StoryModeration story={story} onChange={reload} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StoryModeration({ story, onChange }: { story: AdminStory; onChange: () => void }) {
  const { t } = useRetainAdminText();
  const [mode, setMode] = useState<'view' | 'decline' | 'edit'>('view');
  const shown = story.shownAs.name ? [story.shownAs.name, story.shownAs.department].filter(Boolean).join(', ') : t('ra.stories.anonymous');
  const act = (promise: Promise<unknown>) => void promise.then(() => (setMode('view'), onChange())).catch(() => undefined);
  const submitDecline = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget as HTMLFormElement).get('reason') ?? '');
    act(call(declineStoryContract, { params: { id: story.id }, body: { reason } }));
  };
  const submitEdit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    act(call(proposeStoryEditContract, { params: { id: story.id }, body: { title: String(form.get('title') ?? ''), body: String(form.get('body') ?? '') } }));
  };
  return (
    <article class="card stack" aria-labelledby={`moderate-${story.id}`}>
      <h3 id={`moderate-${story.id}`}>{story.title}</h3>
      <p>
        <span class="tag">{t(`ra.stories.status.${story.status}`)}</span>
      </p>
      <p class="hint">{t('ra.stories.by', { name: story.authorName, shown })}</p>
      <p class="hint">{t('ra.stories.about', { title: story.trainingTitle })}</p>
      {story.imageUrl && <img class="admin-thumb" src={story.imageUrl} alt="" />}
      <p class="story-body">{story.body}</p>
      <p class="hint">
        {t('ra.stories.figures', { views: story.figures.views, shares: story.figures.shares, started: story.figures.trainingsStarted, joined: story.figures.joined })}
      </p>
      {mode === 'view' && (
        <div class="admin-actions">
          {story.status !== 'approved' && (
            <button type="button" class="button button-primary" onClick={() => act(call(approveStoryContract, { params: { id: story.id } }))}>
              {t('ra.stories.approve')}
            </button>
          )}
          <button type="button" class="button button-secondary" onClick={() => setMode('edit')}>
            {t('ra.stories.edit')}
          </button>
          {story.status !== 'declined' && (
            <button type="button" class="button button-danger" onClick={() => setMode('decline')}>
              {t('ra.stories.decline')}
            </button>
          )}
        </div>
      )}
      {mode === 'decline' && (
        <form class="stack" onSubmit={submitDecline}>
          <div class="field">
            <label for={`reason-${story.id}`}>{t('ra.stories.reason')}</label>
            <input id={`reason-${story.id}`} name="reason" required minLength={3} maxLength={300} />
          </div>
          <button type="submit" class="button button-danger">
            {t('ra.stories.decline')}
          </button>
        </form>
      )}
      {mode === 'edit' && (
        <form class="stack" onSubmit={submitEdit}>
          <div class="field">
            <label for={`edit-title-${story.id}`}>{t('ra.stories.editTitle')}</label>
            <input id={`edit-title-${story.id}`} name="title" required minLength={3} maxLength={120} value={story.title} />
          </div>
          <div class="field">
            <label for={`edit-body-${story.id}`}>{t('ra.stories.editBody')}</label>
            <textarea id={`edit-body-${story.id}`} name="body" required minLength={10} maxLength={600} rows={6} value={story.body} />
          </div>
          <button type="submit" class="button button-primary">
            {t('ra.stories.send')}
          </button>
        </form>
      )}
    </article>
  );
}
