import { reportAcquisitionContract } from '../../../shared/contracts/attribution';
import { call } from '../../app/api';
import { isStandalone } from '../../app/pwa/install-offer';

/**
 * Tells the server about a person's first install (the browser's
 * `appinstalled`, or a start in standalone display mode) or push opt-in, so the campaign figures can credit the
 * poster that brought them. The server keeps the first of each per person;
 * signed out (401) or offline it is simply not counted.
 *
 * @example void reportAcquisition('push_opt_in');
 */
export async function reportAcquisition(kind: 'install' | 'push_opt_in'): Promise<void> {
  await call(reportAcquisitionContract, { body: { kind } }).catch(() => undefined);
}

/**
 * At sign-in and at every app start: running installed (standalone display
 * mode) means installed, perhaps before the person had an account to credit.
 * A service worker alone does not: every visit in a browser tab has one.
 */
export function reportInstallIfStandalone(): void {
  if (isStandalone(window)) void reportAcquisition('install');
}
