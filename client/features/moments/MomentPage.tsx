import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { CalendarIcon } from './moment-icons';
import { RemindersCard } from '../notifications/RemindersCard';
import { formatMomentStart } from './moment-format';
import { MomentForm } from './MomentForm';
import { useMoment } from './use-moment';
import './moments.css';
import { momentText } from './moment-text';

/** "Leermoment": the person's weekly learning moment, in their calendar, and the reminders for it. */
export function MomentPage() {
  const { t, language } = useFeatureText(momentText);
  const { state, retry, set } = useMoment();
  const moment = state.status === 'ready' ? state.moment : null;
  return (
    <AppShell>
      <h1>{t('moment.title')}</h1>
      <p>{t('moment.intro')}</p>
      {state.status === 'loading' && (
        <p class="hint" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="notice" role="alert">
          <p>{t('common.error')}</p>
          <button type="button" class="button button-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {(state.status === 'ready' || state.status === 'none') && (
        <>
          {moment?.isDefault && <p class="notice">{t('moment.default')}</p>}
          <p class="moment-next" data-testid="moment-next">
            {moment?.nextAt ? t('moment.next', { when: formatMomentStart(moment.nextAt, moment.timeZone, language) }) : t('moment.none')}
          </p>
          {moment?.nextIsOutsideWorkingTime && <p class="notice">{t('moment.outside')}</p>}
          {/* Rendered once the server answered, so it starts from the saved slot (or the default). */}
          <MomentForm moment={moment} onSaved={set} />
          {moment && (
            <div class="card section stack">
              {/* A plain link: the session cookie goes along, and the phone hands the file to its calendar. */}
              <a class="button button-secondary" href="/api/me/moment.ics" download="leermoment.ics" aria-describedby="moment-calendar-hint">
                <CalendarIcon /> {t('moment.calendar')}
              </a>
              <p id="moment-calendar-hint" class="hint">
                {t('moment.calendar.hint')}
              </p>
            </div>
          )}
        </>
      )}
      <RemindersCard />
    </AppShell>
  );
}
