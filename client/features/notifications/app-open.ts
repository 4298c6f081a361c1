import { recordActivity } from '../../sync/record-activity';
import { isResendSubscriptionMessage } from './push-messages';
import { readPushOpen } from './push-open';
import { resendSubscription } from './push-subscription';

let opened = false;

/**
 * What the app does once per start, after the first paint (the home and a
 * training page load this module lazily, so none of it weighs on the first
 * screen): record an open from a notification, re-send this device's push
 * subscription, and re-send it whenever the service worker reports that the
 * browser replaced it (`pushsubscriptionchange`).
 */
export function onAppOpen(personId: string, requestSync: () => void): void {
  if (opened) return;
  opened = true;
  const pushOpen = readPushOpen(new URL(location.href));
  if (pushOpen) {
    history.replaceState(history.state, '', pushOpen.cleanUrl);
    void recordActivity(personId, { kind: 'notification_opened', ...(pushOpen.itemId && { itemId: pushOpen.itemId }) }).then(requestSync);
  }
  void resendSubscription();
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (isResendSubscriptionMessage(event.data)) void resendSubscription();
  });
}
