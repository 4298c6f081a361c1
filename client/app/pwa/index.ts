/**
 * Leerlust as an installed app: the service worker bridge and the two bits of
 * UI that go with it. See README.md in this folder.
 */
import { isStandalone } from './install-offer';
import { listenForInstallPrompt } from './install-prompt';

export { InstallOffer } from './InstallOfferSlot';
export { UpdatePrompt } from './UpdatePrompt';

let started = false;

/**
 * Starts everything that listens to the browser, the install event and the
 * service worker, as the app starts. A second call does nothing.
 *
 * @example useEffect(startPwa, []);
 */
export function startPwa(): void {
  if (started) return;
  started = true;
  listenForInstallPrompt();
  // A start in standalone display mode is the installed app: the server keeps the first such report per person.
  if (isStandalone(window)) void import('../../features/kickoff/report-acquisition').then((m) => m.reportInstallIfStandalone());
  // The service-worker bridge loads after the page has: it is not needed to paint the first screen.
  const register = () => void import('./register-sw').then((sw) => sw.registerServiceWorker());
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
