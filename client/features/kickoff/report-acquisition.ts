import { reportAcquisitionContract } from '../../../shared/contracts/attribution';
import { call } from '../../app/api';

/**
 * Tells the server about a person's first install (the service worker's
 * first activation) or push opt-in, so the campaign figures can credit the
 * poster that brought them. The server keeps the first of each per person;
 * signed out (401) or offline it is simply not counted.
 *
 * @example void reportAcquisition('push_opt_in');
 */
export async function reportAcquisition(kind: 'install' | 'push_opt_in'): Promise<void> {
  await call(reportAcquisitionContract, { body: { kind } }).catch(() => undefined);
}

/** After signing in: the app was already installed (a service worker controls the page) before the person had an account to credit. */
export function reportInstallIfActive(): void {
  if ('serviceWorker' in navigator && navigator.serviceWorker.controller) void reportAcquisition('install');
}
