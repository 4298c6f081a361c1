import { InstallCard } from './InstallCard';
import { useInstallOffer } from './use-install-offer';

/** The install offer, decided and drawn: loaded after the first paint by InstallOfferSlot. */
export function LazyInstallOffer() {
  const state = useInstallOffer();
  return state.offer === 'none' ? null : <InstallCard {...state} />;
}
