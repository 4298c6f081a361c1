import { describe, expect, it } from 'vitest';
import { chooseInstallOffer, DISMISS_KEY, dismissedRecently, isInAppBrowser, isIos, isStandalone, rememberDismissal } from '../../client/app/pwa/install-offer';

const UA = {
  iPhone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  oldIpad: 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  // iPadOS 13+ asks for desktop sites: it says Macintosh, but a Mac has no touch screen.
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  instagramOnIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.0',
};
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 2, 30, 10);

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('isIos', () => {
  it('knows iPhones and iPads, including iPads that present themselves as a Mac', () => {
    expect(isIos(UA.iPhone, 5)).toBe(true);
    expect(isIos(UA.oldIpad, 5)).toBe(true);
    expect(isIos(UA.mac, 5)).toBe(true);
  });
  it('leaves Macs and Android alone', () => {
    expect(isIos(UA.mac, 0)).toBe(false);
    expect(isIos(UA.android, 5)).toBe(false);
  });
  it('spots in-app browsers, which cannot add to the Home Screen', () => {
    expect(isInAppBrowser(UA.instagramOnIphone)).toBe(true);
    expect(isInAppBrowser(UA.iPhone)).toBe(false);
  });
});

describe('isStandalone', () => {
  const win = (standaloneMedia: boolean, iosStandalone?: boolean) =>
    ({ matchMedia: () => ({ matches: standaloneMedia }), navigator: { standalone: iosStandalone } }) as unknown as Window;
  it("reads the display mode, and iOS's own flag", () => {
    expect(isStandalone(win(false))).toBe(false);
    expect(isStandalone(win(true))).toBe(true);
    expect(isStandalone(win(false, true))).toBe(true);
  });
});

describe('"not now"', () => {
  it('keeps the offer away for 30 days, then lets it return', () => {
    const storage = memoryStorage();
    expect(dismissedRecently(storage, NOW)).toBe(false);
    rememberDismissal(storage, NOW);
    expect(storage.getItem(DISMISS_KEY)).toBe(String(NOW));
    expect(dismissedRecently(storage, NOW + 29 * DAY)).toBe(true);
    expect(dismissedRecently(storage, NOW + 30 * DAY)).toBe(false);
  });
  it('ignores what it cannot read, and a clock that jumped back does not bring the offer straight back', () => {
    expect(dismissedRecently(memoryStorage({ [DISMISS_KEY]: 'soon' }), NOW)).toBe(false);
    expect(dismissedRecently(memoryStorage({ [DISMISS_KEY]: String(NOW + DAY) }), NOW)).toBe(true);
    const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(dismissedRecently(broken, NOW)).toBe(false);
    expect(() => rememberDismissal(broken, NOW)).not.toThrow();
  });
});

describe('chooseInstallOffer', () => {
  const base = { finishedTraining: true, standalone: false, installed: false, dismissed: false, ios: false, inAppBrowser: false, canPrompt: false };
  it("offers the browser's dialog when it has one, and the steps on iOS", () => {
    expect(chooseInstallOffer({ ...base, canPrompt: true })).toBe('prompt');
    expect(chooseInstallOffer({ ...base, ios: true })).toBe('ios-guide');
    expect(chooseInstallOffer(base)).toBe('none');
  });
  it('offers nothing when installed, inside the app, after "not now", or in an in-app browser', () => {
    for (const fact of ['standalone', 'installed', 'dismissed'] as const) {
      expect(chooseInstallOffer({ ...base, canPrompt: true, ios: true, [fact]: true })).toBe('none');
    }
    expect(chooseInstallOffer({ ...base, ios: true, inAppBrowser: true })).toBe('none');
  });
  it('waits for a first finished training: asked after a success, not on arrival', () => {
    expect(chooseInstallOffer({ ...base, finishedTraining: false, canPrompt: true })).toBe('none');
    expect(chooseInstallOffer({ ...base, finishedTraining: false, ios: true })).toBe('none');
  });
});
