import { useEffect } from 'preact/hooks';
import type { Me } from '../../../shared/schemas/people';
import { useFeatureText } from '../../app/i18n';
import { useSync } from '../../sync/SyncProvider';
import { onAppOpen } from '../notifications/app-open';
import { useInbox } from '../notifications/use-inbox';
import { formatMomentStart } from './moment-format';
import { ClockIcon } from './moment-icons';
import { useMoment } from './use-moment';
import './moments.css';
import { momentText } from './moment-text';

/**
 * The home's glance at the next learning moment (in the person's time zone)
 * and at unread messages. The home loads this after its first paint, so it
 * also starts what the app does once per open (see app-open.ts).
 */
export function NextMomentWidget({ me }: { me: Me }) {
  const { t, language } = useFeatureText(momentText);
  const { scheduler } = useSync();
  const { state } = useMoment();
  const inbox = useInbox();
  useEffect(() => onAppOpen(me.id, () => scheduler.requestSync()), [me.id, scheduler]);

  // Offline or not answered: the home shows what it has without this card.
  if (state.status === 'loading' || state.status === 'error') return null;
  const moment = state.status === 'ready' ? state.moment : null;
  const unread = inbox.state.status === 'ready' ? inbox.state.inbox.unread : 0;
  return (
    <section class="card section moment-widget" aria-labelledby="moment-widget-title">
      <h2 id="moment-widget-title">
        <ClockIcon /> {t('moment.widget.title')}
      </h2>
      <p class="moment-widget-when" data-testid="next-moment">
        {moment?.nextAt ? formatMomentStart(moment.nextAt, moment.timeZone, language) : t('moment.none')}
      </p>
      <p class="moment-widget-links">
        <a class="teaser-cta" href="/moment">
          {moment && !moment.isDefault ? t('moment.widget.change') : t('moment.widget.choose')}
        </a>
        {unread > 0 && (
          <a class="teaser-cta" href="/inbox">
            {t('moment.widget.inbox', { n: unread })}
          </a>
        )}
      </p>
    </section>
  );
}
