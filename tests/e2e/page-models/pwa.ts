import type { Locator, Page } from 'playwright-core';

/** Safari on an iPhone, for contexts that play one (Chromium underneath, so only what the page reads). */
export const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** The page's service worker, as the page sees it through navigator.serviceWorker. */
export class ServiceWorkerModel {
  constructor(private readonly page: Page) {}

  /** Waits until a worker is active, and returns its script URL. */
  async ready(): Promise<string> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '');
  }

  /** Waits until a worker controls the page (after clients.claim() or a reload). */
  async waitUntilControlled(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  controllerUrl(): Promise<string | null> {
    return this.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  }

  hasWaitingWorker(): Promise<boolean> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null);
  }

  /** What a phone does now and then: ask the server for a newer sw.js. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  }

  /** The manifest the page links to (a <link> has no role, so this is the one place we read the DOM). */
  manifestHref(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null);
  }
}

/** "New version available — Reload". */
export class UpdateBannerModel {
  constructor(private readonly page: Page) {}

  message(): Locator {
    return this.page.getByRole('status').filter({ hasText: /nieuwe versie beschikbaar|new version available/i });
  }

  reloadButton(): Locator {
    return this.message().getByRole('button', { name: /^(herladen|reload)$/i });
  }
}

/** The install card on the home: Chromium's install button or the iPhone steps. */
export class InstallOfferModel {
  constructor(private readonly page: Page) {}

  card(): Locator {
    return this.page.getByRole('region', { name: /installeer de app|install the app|beginscherm|home screen/i });
  }

  iosSteps(): Locator {
    return this.card().getByRole('list', { name: /zo doe je het|how to add it/i }).getByRole('listitem');
  }

  installButton(): Locator {
    return this.card().getByRole('button', { name: /^(installeren|install)$/i });
  }

  /**
   * Plays Chromium deciding the app is installable: a `beforeinstallprompt`
   * whose prompt() only records that it was called (the real dialog is the
   * browser's, outside the page). Returns whether the page suppressed the mini-infobar.
   */
  async simulateBrowserOffer(outcome: 'accepted' | 'dismissed' = 'accepted'): Promise<boolean> {
    return this.page.evaluate((outcome) => {
      const event = new Event('beforeinstallprompt', { cancelable: true });
      // A method, not an arrow: tsx would wrap a named arrow in a helper the page does not have.
      Object.assign(event, {
        prompt() {
          document.documentElement.dataset.installPrompted = 'yes';
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome, platform: 'web' }),
      });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    }, outcome);
  }

  /** Whether the page opened the browser's install dialog. */
  wasPrompted(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.dataset.installPrompted === 'yes');
  }

  async simulateInstalled(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  }

  async dismiss(): Promise<void> {
    await this.card().getByRole('button', { name: /^(niet nu|not now)$/i }).click();
  }
}
