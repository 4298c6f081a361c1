import { createStore, type Store } from './store';
import type { BeforeInstallPromptEvent } from './install-offer';

/** The saved install event (it can be used once) and whether the app got installed meanwhile. */
export const installPrompt: Store<{ event: BeforeInstallPromptEvent | null; installed: boolean }> = createStore({
  event: null as BeforeInstallPromptEvent | null,
  installed: false,
});

/**
 * Chromium fires `beforeinstallprompt` once, early, possibly before the home
 * is on screen: keep it, and suppress the mini-infobar so the offer comes
 * from us, at a calm moment, with words that explain why.
 */
export function listenForInstallPrompt(win: Window = window): void {
  win.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.set({ ...installPrompt.get(), event: event as BeforeInstallPromptEvent });
  });
  win.addEventListener('appinstalled', () => {
    installPrompt.set({ event: null, installed: true });
    // Installed for real: counted for the poster that brought the person (if signed in; a first standalone start counts otherwise).
    void import('../../features/kickoff/report-acquisition').then((m) => m.reportAcquisition('install'));
  });
}
