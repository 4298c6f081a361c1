import { useI18n } from '../i18n';
import { CloseIcon } from '../icons';
import { updateState } from './update-state';
import './pwa.css';

/**
 * "New version available — Reload": a calm banner, never a dialog, and the
 * update happens only when the person taps, so a training in progress is
 * never swapped out from under them. Loaded only when there is an update.
 */
export function UpdateBanner() {
  const { t } = useI18n();
  return (
    <div class="update-banner">
      <p>{t('pwa.update.available')}</p>
      <button type="button" class="button button-primary" onClick={() => void import('./register-sw').then((sw) => sw.applyUpdate())}>
        {t('pwa.update.reload')}
      </button>
      <button type="button" class="icon-button" aria-label={t('pwa.update.later')} onClick={() => updateState.set('none')}>
        <CloseIcon />
      </button>
    </div>
  );
}
