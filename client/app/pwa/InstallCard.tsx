import { useFeatureText } from '../i18n';
import { installText } from './install-text';
import { LogoMark } from '../icons';
import { AddSquareIcon, CheckIcon, ShareIcon } from './install-icons';
import type { InstallOfferState } from './use-install-offer';
import './pwa.css';

/**
 * The "install the app" card: Chromium's own install dialog behind a button,
 * or on iPhone and iPad the three Safari steps, because iOS only delivers
 * reminders to apps on the Home Screen. Loaded only when there is an offer
 * to make (see InstallOfferSlot), so it costs the first screen nothing.
 */
export function InstallCard({ offer, install, dismiss }: InstallOfferState) {
  const { t } = useFeatureText(installText);
  const ios = offer === 'ios-guide';
  return (
    <section class="card install-offer" aria-labelledby="install-offer-title">
      <div class="install-offer-head">
        <LogoMark size={48} />
        <div>
          {/* Not a heading: the card sits above the page's own h1. */}
          <p id="install-offer-title" class="install-offer-title">
            {ios ? t('pwa.ios.title') : t('pwa.install.title')}
          </p>
          <p class="install-offer-body">{ios ? t('pwa.ios.why') : t('pwa.install.body')}</p>
        </div>
      </div>
      {ios && (
        <ol class="install-steps" aria-label={t('pwa.ios.steps')}>
          <InstallStep icon={<ShareIcon />} text={t('pwa.ios.step.share')} />
          <InstallStep icon={<AddSquareIcon />} text={t('pwa.ios.step.add')} />
          <InstallStep icon={<CheckIcon />} text={t('pwa.ios.step.confirm')} />
        </ol>
      )}
      <div class="install-offer-actions">
        {!ios && (
          <button type="button" class="button button-primary" onClick={install}>
            {t('pwa.install.action')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={dismiss}>
          {t('pwa.install.dismiss')}
        </button>
      </div>
    </section>
  );
}

function InstallStep({ icon, text }: { icon: preact.JSX.Element; text: string }) {
  return (
    <li>
      <span class="install-step-icon">{icon}</span>
      <span>{text}</span>
    </li>
  );
}
