/** The Badging API, where the browser has it (Chromium on desktop and Android, installed apps on iOS 16.4+). */
type BadgingNavigator = Navigator & { setAppBadge?: (n?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

/**
 * Shows on the app icon what waits for the person: unread inbox items plus
 * learning not yet sent to the server. Zero clears the badge. Does nothing
 * where the API is missing; a refusal (no permission, not installed) is fine.
 *
 * @example showAppBadge(2 + 1) // "3" on the icon
 */
export function showAppBadge(count: number, nav: Navigator = navigator): void {
  const badging = nav as BadgingNavigator;
  if (!badging.setAppBadge || !badging.clearAppBadge) return;
  void (count > 0 ? badging.setAppBadge(count) : badging.clearAppBadge()).catch(() => undefined);
}
