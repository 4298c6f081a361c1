import { useState } from 'preact/hooks';
import type { InboxItem } from '../../../shared/schemas/push';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { readPushOpen } from './push-open';
import { useInbox } from './use-inbox';
import './notifications.css';
import { notifyText } from './notify-text';
import { formatDateTime } from '../../app/locale';

/** Messages: every reminder and notice sent to the person; what could not be pushed is new until read. */
export function InboxPage() {
  const { t } = useFeatureText(notifyText);
  const { state, markAllRead } = useInbox();
  const [failed, setFailed] = useState(false);
  const read = () => markAllRead().then(() => setFailed(false), () => setFailed(true));
  return (
    <AppShell>
      <h1>{t('notify.inbox.title')}</h1>
      <p>{t('notify.inbox.intro')}</p>
      {state.status === 'loading' && (
        <p class="hint" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p class="notice" role="alert">
          {t('common.error')}
        </p>
      )}
      {state.status === 'ready' && state.inbox.items.length === 0 && <p>{t('notify.inbox.empty')}</p>}
      {state.status === 'ready' && state.inbox.items.length > 0 && (
        <section class="section" aria-labelledby="inbox-list-title">
          <h2 id="inbox-list-title" class="visually-hidden">
            {t('notify.inbox.title')}
          </h2>
          {state.inbox.unread > 0 && (
            <button type="button" class="button button-secondary inbox-read-all" onClick={read}>
              {t('notify.inbox.readAll')}
            </button>
          )}
          {failed && (
            <p class="error-text" role="alert">
              {t('common.error')}
            </p>
          )}
          <ul class="card-list">
            {state.inbox.items.map((item) => (
              <InboxEntry key={item.id} item={item} />
            ))}
          </ul>
        </section>
      )}
    </AppShell>
  );
}

function InboxEntry({ item }: { item: InboxItem }) {
  const { t, language } = useFeatureText(notifyText);
  const when = formatDateTime(item.createdAt, language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li class={`card inbox-item${item.read ? '' : ' inbox-item-new'}`}>
      <p class="inbox-meta">
        {!item.read && <span class="tag">{t('notify.inbox.new')}</span>}
        <time dateTime={item.createdAt}>{when}</time>
        {item.pushed && <span class="hint">· {t('notify.inbox.pushed')}</span>}
      </p>
      <h3>{item.title}</h3>
      {item.body && <p>{item.body}</p>}
      {/* Opened from here, it is not an open from a notification. */}
      <a class="teaser-cta" href={readPushOpen(new URL(item.url, location.origin))?.cleanUrl ?? item.url}>
        {t('notify.inbox.open')}
        <span class="visually-hidden">: {item.title}</span>
      </a>
    </li>
  );
}
