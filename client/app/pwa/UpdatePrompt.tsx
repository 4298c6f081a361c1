import { useI18n } from '../i18n';
import { CloseIcon } from '../icons';
import { applyUpdate, postponeUpdate, updateState } from './register-sw';
import { useStore } from './store';
import './pwa.css';

/**
 * "New version available — Reload": a calm banner, never a dialog, and the
 * update happens only when the person taps, so a training in progress is
 * never swapped out from under them. The live region is always in the page,
 * so screen readers announce the message when it appears.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const state = useStore(updateState);
  return (
    <div class="update-region" role="status">
      {state !== 'none' && (
        <div class="update-banner">
          <p>{t('pwa.update.available')}</p>
          <button type="button" class="button button-primary" onClick={applyUpdate}>
            {t('pwa.update.reload')}
          </button>
          <button type="button" class="icon-button" aria-label={t('pwa.update.later')} onClick={postponeUpdate}>
            <CloseIcon />
          </button>
        </div>
      )}
    </div>
  );
}
