import { useState } from 'preact/hooks';
import { registerForSessionContract, unregisterFromSessionContract } from '../../../shared/contracts/learning';
import type { ClassroomSession, LearningItem } from '../../../shared/schemas/learning';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { formatDateTime } from '../../app/locale';
import { trainingText } from './training-text';

/** Sessions of a classroom training with seats left; registering needs a connection (seats are decided by the server). */
export function ClassroomSessions({ item, onItemChange }: { item: LearningItem; onItemChange: (item: LearningItem) => void }) {
  const { t, language } = useFeatureText(trainingText);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, language, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

  async function change(session: ClassroomSession) {
    setBusy(session.id);
    setError(null);
    try {
      const contract = session.myStatus === 'none' ? registerForSessionContract : unregisterFromSessionContract;
      const updated = await call(contract, { params: { id: session.id } });
      onItemChange({ ...item, sessions: item.sessions.map((s) => (s.id === updated.id ? updated : s)) });
    } catch {
      setError(navigator.onLine ? t('common.error') : t('training.classroom.offline'));
    } finally {
      setBusy(null);
    }
  }

  if (item.sessions.length === 0) return <p>{t('training.classroom.none')}</p>;
  return (
    <section aria-labelledby="sessions-title" class="stack">
      <h2 id="sessions-title">{t('training.classroom.sessions')}</h2>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <ul class="card-list">
        {item.sessions.map((session) => {
          const full = session.seatsTaken >= session.seats;
          return (
            <li key={session.id} class="card stack session">
              <p class="session-when">{when(session.startsAt)}</p>
              <p class="hint">{session.place}</p>
              <p>
                {t('training.classroom.seats', { taken: session.seatsTaken, seats: session.seats })}
                {session.waiting > 0 && ` · ${t('training.classroom.waitingCount', { n: session.waiting })}`}
              </p>
              {session.myStatus === 'registered' && <p class="tag">{t('training.classroom.registered')}</p>}
              {session.myStatus === 'waiting' && <p class="tag">{t('training.classroom.waiting', { n: session.myWaitingPosition ?? 0 })}</p>}
              <button
                type="button"
                class={`button ${session.myStatus === 'none' ? 'button-primary' : 'button-secondary'}`}
                disabled={busy === session.id}
                onClick={() => change(session)}
              >
                {session.myStatus !== 'none'
                  ? t('training.classroom.unregister')
                  : full
                    ? t('training.classroom.joinWaitlist')
                    : t('training.classroom.register')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
