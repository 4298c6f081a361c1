import { useEffect, useState } from 'preact/hooks';
import type { LazyInstallOffer } from './LazyInstallOffer';

/**
 * Where the home shows the install card. Whether there is an offer to make,
 * and the card itself, load after the first paint: neither is needed to show
 * the home, and the card floats, so its late arrival moves nothing.
 */
export function InstallOffer() {
  const [Offer, setOffer] = useState<typeof LazyInstallOffer | null>(null);
  useEffect(() => void import('./LazyInstallOffer').then((m) => setOffer(() => m.LazyInstallOffer)), []);
  return Offer ? <Offer /> : null;
}
