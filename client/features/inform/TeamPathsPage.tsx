import { teamPathsContract } from '../../../shared/contracts/paths';
import { AppShell } from '../../app/AppShell';
import { useApiData } from '../../ui/use-api-data';
import { formatCalendarDay } from '../../app/locale';
import { useInformText } from './offer-parts';
import { TeamPathForm } from './TeamPathForm';
import './inform.css';

/** A manager's view of their team's learning paths (people by name only on mandatory paths, aggregates from 5 otherwise), and a form to give the team one. */
export function TeamPathsPage() {
  const { t, language } = useInformText();
  const { state, reload } = useApiData(teamPathsContract);
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="team-paths-title">
        <h1 id="team-paths-title">{t('inform.team.title')}</h1>
        <p>{t('inform.team.intro')}</p>
        {state.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {state.status === 'error' && <p class="error-text">{t('common.error')}</p>}
        {state.status === 'ready' && state.data.paths.length === 0 && <p>{t('inform.team.empty')}</p>}
        {state.status === 'ready' && (
          <ul class="card-list">
            {state.data.paths.map((path) => (
              <li key={path.id} class="card stack" aria-labelledby={`team-path-${path.id}`}>
                <div class="path-meta">
                  <h2 id={`team-path-${path.id}`}>{path.title}</h2>
                  {path.mandatory && <span class="tag">{t('inform.path.mandatory')}</span>}
                  {path.ownTeamPath && <span class="tag">{t('inform.team.own')}</span>}
                </div>
                <p class="hint">
                  {t('inform.team.assigned', { n: path.assigned })}
                  {path.dueDate && ` · ${t('inform.path.due', { date: formatCalendarDay(path.dueDate, language) })}`}
                </p>
                {path.people ? (
                  <ul class="team-people">
                    {path.people.map((p) => (
                      <li key={p.personId}>
                        {t('inform.team.person', { name: p.name, done: p.done, total: p.total })}
                        {p.completedAt && ` · ${t('inform.path.complete')}`}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{path.completed === null ? t('inform.team.hidden') : t('inform.team.completed', { n: path.completed })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {state.status === 'ready' && <TeamPathForm trainings={state.data.trainings} onMade={reload} />}
      </section>
    </AppShell>
  );
}
