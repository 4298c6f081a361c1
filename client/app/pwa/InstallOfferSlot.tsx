import { useLazy } from '../use-lazy';

/**
 * Where the home shows the install card. Whether there is an offer to make,
 * and the card itself, load after the first paint: neither is needed to show
 * the home, and the card floats, so its late arrival moves nothing.
 */
export function InstallOffer() {
  const Offer = useLazy(() => import('./LazyInstallOffer').then((m) => m.LazyInstallOffer));
  return Offer ? <Offer /> : null;
}
