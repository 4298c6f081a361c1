import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { readDocument } from '../../db/cached-documents';
import {
  chooseInstallOffer,
  dismissedRecently,
  isInAppBrowser,
  isIos,
  isStandalone,
  rememberDismissal,
  type InstallOffer,
} from './install-offer';
import { installPrompt } from './install-prompt';
import { useStore } from './store';

export interface InstallOfferState {
  offer: InstallOffer;
  install(): Promise<void>;
  dismiss(): void;
}

/**
 * Which install offer to make now, if any: none before a first finished
 * training (the server's last word on the person's progress, kept on the
 * phone), when the app is installed, runs installed, or the person said
 * "not now" in the last 30 days.
 */
export function useInstallOffer(): InstallOfferState {
  const { event, installed } = useStore(installPrompt);
  const [dismissed, setDismissed] = useState(() => dismissedRecently(localStorage, Date.now()));
  const [finishedTraining, setFinishedTraining] = useState(false);
  useEffect(() => {
    const subscription = liveQuery(() => readDocument('progress')).subscribe({ next: (p) => setFinishedTraining((p?.completedItemIds.length ?? 0) > 0) });
    return () => subscription.unsubscribe();
  }, []);
  const offer = chooseInstallOffer({
    finishedTraining,
    standalone: isStandalone(window),
    installed,
    dismissed,
    ios: isIos(navigator.userAgent, navigator.maxTouchPoints),
    inAppBrowser: isInAppBrowser(navigator.userAgent),
    canPrompt: event !== null,
  });

  function dismiss() {
    rememberDismissal(localStorage, Date.now());
    setDismissed(true);
  }

  async function install() {
    if (!event) return;
    // The event works once; whatever the answer, the browser will not let us ask again.
    installPrompt.set({ event: null, installed });
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === 'dismissed') dismiss();
  }

  return { offer, install, dismiss };
}
