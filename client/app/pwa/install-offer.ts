/** Chromium's install event; not in TypeScript's DOM library because other engines lack it. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** What the home can offer: the browser's own install dialog, the iOS steps, or nothing. */
export type InstallOffer = 'prompt' | 'ios-guide' | 'none';

export const DISMISS_KEY = 'leerlust.installOffer.dismissedAt';
/** After "not now" the offer stays away this long: we ask, we never nag. */
export const DISMISS_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * iPhone and iPad, where installing means Safari's Share → Add to Home Screen.
 * iPadOS presents itself as a Mac; only its touch screen gives it away.
 *
 * @example isIos('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) …', 5) // true
 */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  return /Macintosh/.test(userAgent) && maxTouchPoints > 1;
}

/** Apps that open links in their own view (Facebook, Instagram…) cannot add anything to the Home Screen. */
export function isInAppBrowser(userAgent: string): boolean {
  return /FBAN|FBAV|Instagram|LinkedInApp|Line\//.test(userAgent);
}

/** Running as the installed app rather than in a browser tab. */
export function isStandalone(win: Pick<Window, 'matchMedia' | 'navigator'>): boolean {
  const iosStandalone = (win.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || win.matchMedia('(display-mode: standalone)').matches;
}

/** @example dismissedRecently(localStorage, Date.now()) // false until someone taps "not now" */
export function dismissedRecently(storage: Pick<Storage, 'getItem'>, now: number): boolean {
  const at = Number(readSafely(() => storage.getItem(DISMISS_KEY)));
  // Either way round: a phone whose clock jumped back should not bring the offer straight back.
  return Number.isFinite(at) && at > 0 && Math.abs(now - at) < DISMISS_DAYS * DAY_MS;
}

export function rememberDismissal(storage: Pick<Storage, 'setItem'>, now: number): void {
  readSafely(() => storage.setItem(DISMISS_KEY, String(now)));
}

/**
 * Which offer to show, all facts passed in so the rule can be tested on its
 * own. It waits for a first finished training: asked after a success, not on arrival.
 */
export function chooseInstallOffer(facts: {
  finishedTraining: boolean;
  standalone: boolean;
  installed: boolean;
  dismissed: boolean;
  ios: boolean;
  inAppBrowser: boolean;
  canPrompt: boolean;
}): InstallOffer {
  if (!facts.finishedTraining || facts.standalone || facts.installed || facts.dismissed) return 'none';
  if (facts.ios) return facts.inAppBrowser ? 'none' : 'ios-guide';
  return facts.canPrompt ? 'prompt' : 'none';
}

/** Storage can throw (private modes, full quota); the offer then simply shows again next time. */
function readSafely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
