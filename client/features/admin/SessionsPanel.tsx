import { useState } from 'preact/hooks';
import { addSessionContract, cancelSessionContract } from '../../../shared/contracts/authoring';
import type { AdminItem } from '../../../shared/schemas/workspace';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { fromLocalInput, useAdminText } from './use-admin';
import { useFormErrors } from './form-errors';
import { formatDateTime } from '../../app/locale';

/** A classroom training's sessions: when, where, how many seats; who has a seat and who waits. */
export function SessionsPanel({ item, onChanged }: { item: AdminItem; onChanged: (item: AdminItem) => void }) {
  const { t, language } = useAdminText();
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [seats, setSeats] = useState('12');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const errors = useFormErrors(() => undefined);
  const when = (iso: string) => formatDateTime(iso, language, { dateStyle: 'medium', timeStyle: 'short' });

  async function run(change: () => Promise<AdminItem>) {
    setStatus({ kind: 'saving' });
    try {
      onChanged(await change());
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    // Both times are required fields; an empty one reaches the server as '' and is refused there with its name.
    void run(() => call(addSessionContract, { params: { id: item.id }, body: { startsAt: fromLocalInput(startsAt) ?? '', endsAt: fromLocalInput(endsAt) ?? '', place, seats: Number(seats) } }));
  };

  return (
    <section class="card section stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('admin.sessions.title')}</h2>
      <ul class="admin-list">
        {item.sessions.map((s) => (
          <li key={s.id} class="admin-session">
            <strong>
              {when(s.startsAt)} – {when(s.endsAt)} · {s.place}
            </strong>
            <div class="admin-grid">
              <div>
                <h3>{t('admin.sessions.registered', { count: s.registered.length, seats: s.seats })}</h3>
                <ol>{s.registered.map((r) => <li key={r.personId}>{r.name}</li>)}</ol>
              </div>
              <div>
                <h3>{t('admin.sessions.waiting', { count: s.waiting.length })}</h3>
                <ol>{s.waiting.map((r) => <li key={r.personId}>{r.name}</li>)}</ol>
              </div>
            </div>
            <button type="button" class="button button-secondary" onClick={() => void run(() => call(cancelSessionContract, { params: { id: s.id } }))}>
              {t('admin.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="admin-grid" onSubmit={add}>
        <TextField id="session-starts" type="datetime-local" label={t('admin.sessions.starts')} value={startsAt} required onInput={setStartsAt} />
        <TextField id="session-ends" type="datetime-local" label={t('admin.sessions.ends')} value={endsAt} required onInput={setEndsAt} />
        <TextField id="session-place" label={t('admin.sessions.place')} value={place} required onInput={setPlace} />
        <TextField id="session-seats" type="number" label={t('admin.sessions.seats')} value={seats} required onInput={setSeats} />
        <button type="submit" class="button button-primary">
          {t('admin.sessions.add')}
        </button>
      </form>
      <SaveStatus status={status} />
    </section>
  );
}
