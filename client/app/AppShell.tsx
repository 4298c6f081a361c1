import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useI18n } from './i18n';
import { HomeIcon, LogoMark, SettingsIcon, ShieldIcon, StarIcon } from './icons';
import { InstallOffer } from './pwa';
import { useSession } from './session';

/**
 * The frame of every signed-in screen: a header and a bottom bar within
 * thumb reach. `nav={false}` leaves the bottom to a screen's own action bar
 * (the training player).
 */
export function AppShell({ children, wide = false, nav = true }: { children: ComponentChildren; wide?: boolean; nav?: boolean }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const { state } = useSession();
  const navItems = [
    { href: '/', label: t('nav.home'), Icon: HomeIcon },
    { href: '/prizes', label: t('rewards.nav'), Icon: StarIcon },
    { href: '/settings', label: t('nav.settings'), Icon: SettingsIcon },
    // The L&D workspace, for admins only (the server refuses everyone else too).
    ...(state.status === 'signed-in' && state.me.role === 'admin' ? [{ href: '/admin', label: t('nav.admin'), Icon: ShieldIcon }] : []),
  ];
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          <LogoMark />
          {t('app.name')}
        </a>
      </header>
      <main id="main" class={`app-main${wide ? ' app-main-wide' : ''}${nav ? '' : ' app-main-bare'}`} tabIndex={-1}>
        {children}
        {path === '/' && <InstallOffer />}
      </main>
      {nav && (
        <nav class="bottom-nav" aria-label={t('nav.main')}>
          <ul>
            {navItems.map(({ href, label, Icon }) => (
              <li key={href}>
                <a href={href} aria-current={path === href ? 'page' : undefined}>
                  <Icon />
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** The frame of screens for people who are not signed in. */
export function PublicShell({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="app">
      <header class="app-header">
        <span class="brand">
          <LogoMark />
          {t('app.name')}
        </span>
      </header>
      <main id="main" class="app-main">
        {children}
      </main>
    </div>
  );
}
