import { useEffect, useState } from 'preact/hooks';
import { useFeatureText } from '../../app/i18n';
import { BellIcon } from '../moments/moment-icons';
import { currentSubscription, disableReminders, enableReminders, pushSupport } from './push-subscription';
import { notifyText } from './notify-text';

type View = 'checking' | 'offer' | 'enabling' | 'dismissed' | 'on' | 'denied' | 'failed' | 'unsupported' | 'ios-not-installed';

/**
 * Reminders for the learning moment on this device. First an explanation of
 * what they are for; only a tap on it asks the browser's permission. A refusal
 * is respected (we never ask again) and the card says how to change it in the
 * browser or phone settings. Without push, reminders wait in the in-app inbox.
 */
export function RemindersCard() {
  const { t } = useFeatureText(notifyText);
  const [view, setView] = useState<View>('checking');

  useEffect(() => {
    const support = pushSupport();
    if (support !== 'granted') return setView(support === 'default' ? 'offer' : support);
    // Permission given earlier: on when this device still has a subscription, else offer it again.
    void currentSubscription()
      .catch(() => null)
      .then((subscription) => setView(subscription ? 'on' : 'offer'));
  }, []);

  async function enable() {
    setView('enabling');
    const outcome = await enableReminders();
    setView(outcome.status === 'subscribed' ? 'on' : outcome.status);
  }

  async function disable() {
    await disableReminders().catch(() => undefined);
    setView('offer');
  }

  const inboxLink = (
    <a class="button button-secondary" href="/inbox">
      {t('notify.inbox.link')}
    </a>
  );
  return (
    <section class="card section stack reminders" aria-labelledby="reminders-title" aria-busy={view === 'checking'}>
      <h2 id="reminders-title">
        <BellIcon /> {t('notify.title')}
      </h2>
      {(view === 'offer' || view === 'enabling' || view === 'dismissed') && (
        <>
          <p>{t('notify.why')}</p>
          <button type="button" class="button button-primary button-block" onClick={enable} disabled={view === 'enabling'}>
            {view === 'enabling' ? t('notify.enabling') : t('notify.enable')}
          </button>
          {view === 'dismissed' && <p class="hint">{t('notify.dismissed')}</p>}
        </>
      )}
      {view === 'on' && (
        <>
          <p role="status">{t('notify.on')}</p>
          <button type="button" class="button button-secondary" onClick={disable}>
            {t('notify.disable')}
          </button>
        </>
      )}
      {view === 'denied' && (
        <>
          <p role="status">{t('notify.denied')}</p>
          <p class="hint">{t('notify.denied.how')}</p>
          {inboxLink}
        </>
      )}
      {(view === 'failed' || view === 'unsupported' || view === 'ios-not-installed') && (
        <>
          <p role="status">{t(view === 'failed' ? 'notify.failed' : view === 'unsupported' ? 'notify.unsupported' : 'notify.ios')}</p>
          {inboxLink}
        </>
      )}
    </section>
  );
}
