import { shareStoryContract } from '../../../shared/contracts/stories';
import { call } from '../../app/api';

/**
 * Shares a story's link: the phone's own share sheet where it has one (Web
 * Share API), else the link is copied. Counted as a share either way, once
 * the person did share (a cancelled share sheet counts nothing).
 *
 * @returns 'shared', 'copied', or 'failed' when neither worked (the screen then shows the link to copy by hand)
 */
export async function shareStory(story: { id: string; title: string; shareUrl: string }): Promise<'shared' | 'copied' | 'cancelled' | 'failed'> {
  let outcome: 'shared' | 'copied' | 'cancelled' | 'failed';
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: story.title, url: story.shareUrl });
      outcome = 'shared';
    } catch (error) {
      outcome = error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
    }
  } else {
    outcome = await navigator.clipboard.writeText(story.shareUrl).then(
      () => 'copied' as const,
      () => 'failed' as const,
    );
  }
  if (outcome === 'shared' || outcome === 'copied') void call(shareStoryContract, { params: { id: story.id } }).catch(() => undefined);
  return outcome;
}
