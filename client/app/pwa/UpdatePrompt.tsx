import { useEffect, useState } from 'preact/hooks';
import type { UpdateBanner } from './UpdateBanner';
import { updateState } from './update-state';
import { useStore } from './store';

/**
 * The place where "new version available" appears. The live region is
 * always in the page, so screen readers announce the message when it
 * appears; the banner's code is fetched only when an update waits.
 */
export function UpdatePrompt() {
  const state = useStore(updateState);
  const [Banner, setBanner] = useState<typeof UpdateBanner | null>(null);
  useEffect(() => {
    if (state !== 'none' && !Banner) void import('./UpdateBanner').then((m) => setBanner(() => m.UpdateBanner));
  }, [state, Banner]);
  return (
    <div class="update-region" role="status">
      {state !== 'none' && Banner && <Banner />}
    </div>
  );
}
