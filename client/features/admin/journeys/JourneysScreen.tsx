import { getJourneyContract, journeyFiguresContract, listJourneysContract } from '../../../../shared/contracts/journeys';
import type { Journey } from '../../../../shared/schemas/journeys';
import { useApiData } from '../../../ui/use-api-data';
import { JourneyEditor } from './JourneyEditor';
import { JourneyStatusControl } from './JourneyStatusControl';
import { useJourneysText } from './journeys-text';
import './journeys.css';

/** /admin/journeys: the list; /admin/journeys/new and /admin/journeys/<id>: the editor. */
export function JourneysScreen({ id }: { id: string | null }) {
  if (id === 'new') return <JourneyEditor journey={null} />;
  if (id) return <ExistingJourney id={id} />;
  return <JourneyList />;
}

function ExistingJourney({ id }: { id: string }) {
  const { t } = useJourneysText();
  const { state } = useApiData(getJourneyContract, { params: { id } });
  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'error') return <p class="error-text">{state.code === 'not_found' ? t('jr.missing') : state.message}</p>;
  return <JourneyEditor key={state.data.id} journey={state.data} />;
}

function JourneyList() {
  const { t } = useJourneysText();
  const { state } = useApiData(listJourneysContract);
  return (
    <section class="stack" aria-labelledby="journeys-title">
      <div class="admin-toolbar">
        <h2 id="journeys-title">{t('jr.title')}</h2>
        <a class="button button-primary" href="/admin/journeys/new">
          {t('jr.new')}
        </a>
      </div>
      <p>{t('jr.intro')}</p>
      {state.status === 'error' && <p class="error-text">{state.message}</p>}
      {state.status === 'ready' && state.data.journeys.length === 0 && <p>{t('jr.none')}</p>}
      {state.status === 'ready' && (
        <ul class="card-list">
          {state.data.journeys.map((journey) => (
            <li key={journey.id}>
              <JourneyRow journey={journey} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function JourneyRow({ journey }: { journey: Journey }) {
  const { t } = useJourneysText();
  const figures = useApiData(journeyFiguresContract, { params: { id: journey.id } });
  const f = figures.state.status === 'ready' ? figures.state.data : null;
  const sent = f ? f.sentPerChannel.email + f.sentPerChannel.push + f.sentPerChannel.in_app : null;
  return (
    <article class="card stack" aria-labelledby={`journey-${journey.id}`}>
      <h3 id={`journey-${journey.id}`}>{journey.name}</h3>
      <p class="hint">
        {t(`jr.trigger.kind`)} {t(`jr.trigger.${journey.trigger.kind}`)}
      </p>
      {f && sent !== null && <p class="hint">{t('jr.row.figures', { entered: f.entered, sent, goal: f.goalReached })}</p>}
      <div class="admin-actions">
        <a class="button button-secondary" href={`/admin/journeys/${journey.id}`} aria-label={`${t('jr.edit')}: ${journey.name}`}>
          {t('jr.edit')}
        </a>
      </div>
      <JourneyStatusControl journey={journey} />
    </article>
  );
}
