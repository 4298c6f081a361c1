import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { startStoryTrainingContract } from '../../../shared/contracts/stories';
import type { Story } from '../../../shared/schemas/stories';
import { call } from '../../app/api';
import { shareStory } from './share-story';
import { useRetainText } from './use-retain-text';

/** How a story names its author, as they chose. */
export function Byline({ author }: { author: Story['author'] }) {
  const { t } = useRetainText();
  if (!author.name) return <p class="hint">{t('retain.story.colleague')}</p>;
  return <p class="hint">{author.department ? t('retain.story.byline', { name: author.name, department: author.department }) : author.name}</p>;
}

/**
 * One story with its two actions: "I want to learn this too" (counted for
 * the story, then the training opens) and share. `full` shows the whole
 * text and photo; the list shows a link to the story instead.
 */
export function StoryCard({ story, full = false, headingLevel = 2 }: { story: Story; full?: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useRetainText();
  const { route } = useLocation();
  const [shared, setShared] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `story-${story.id}`;

  async function learn() {
    // The training opens even if the count fails: starting matters more than the figure.
    const itemId = await call(startStoryTrainingContract, { params: { id: story.id } }).then((a) => a.itemId, () => story.training.id);
    route(`/training/${itemId}`);
  }
  async function share() {
    const outcome = await shareStory(story);
    setShared(outcome === 'copied' ? t('retain.story.copied') : outcome === 'failed' ? t('retain.story.copyFailed', { url: story.shareUrl }) : null);
  }

  return (
    <article class="card stack story-card" aria-labelledby={headingId}>
      {full && story.imageUrl && <img class="story-photo" src={story.imageUrl} alt={t('retain.story.photo')} />}
      <Heading id={headingId}>{full ? story.title : <a href={`/s/${story.code}`}>{story.title}</a>}</Heading>
      <Byline author={story.author} />
      <p class={full ? 'story-body' : 'story-body story-body-short'}>{story.body}</p>
      <p class="hint">{t('retain.story.about', { title: story.training.title })}</p>
      <div class="story-actions">
        <button type="button" class="button button-primary" onClick={() => void learn()}>
          {t('retain.story.learn')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void share()}>
          {t('retain.story.share')}
        </button>
      </div>
      <p role="status" class="hint">
        {shared}
      </p>
    </article>
  );
}
