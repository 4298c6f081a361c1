import { useEffect, useState } from 'preact/hooks';
import type { InstallCard } from './InstallCard';
import { useInstallOffer } from './use-install-offer';

/** Where the home shows the install card; the card's code is fetched only when there is an offer. */
export function InstallOffer() {
  const state = useInstallOffer();
  const [Card, setCard] = useState<typeof InstallCard | null>(null);
  const hasOffer = state.offer !== 'none';
  useEffect(() => {
    if (hasOffer && !Card) void import('./InstallCard').then((m) => setCard(() => m.InstallCard));
  }, [hasOffer, Card]);
  return hasOffer && Card ? <Card {...state} /> : null;
}
