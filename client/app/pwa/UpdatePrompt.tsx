import { useLazy } from '../use-lazy';
import { updateState } from './update-state';
import { useStore } from './store';

/**
 * The place where "new version available" appears. The live region is
 * always in the page, so screen readers announce the message when it
 * appears; the banner's code is fetched only when an update waits.
 */
export function UpdatePrompt() {
  const state = useStore(updateState);
  const Banner = useLazy(() => import('./UpdateBanner').then((m) => m.UpdateBanner), state !== 'none');
  return (
    <div class="update-region" role="status">
      {state !== 'none' && Banner && <Banner />}
    </div>
  );
}
