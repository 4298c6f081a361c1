import { useState } from 'preact/hooks';
import { leaderboardContract, leaderboardOptInContract } from '../../../shared/contracts/leaderboards';
import type { Leaderboard } from '../../../shared/schemas/leaderboards';
import { call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { ErrorLine, LoadStatus } from '../rewards/fields';
import { useApiData } from '../../ui/use-api-data';
import { GroupBoard } from './GroupBoard';
import './leaderboard.css';
import { rewardsText } from '../rewards/rewards-text';
import { formatDateTime } from '../../app/locale';

/** This month's boards: teams and departments, and the colleagues who chose to appear by name. */
export function LeaderboardPage() {
  const { t } = useFeatureText(rewardsText);
  const { state, reload } = useApiData(leaderboardContract);
  return (
    <AppShell>
      <h1>{t('leaderboard.title')}</h1>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && <Boards board={state.data} onChange={reload} />}
    </AppShell>
  );
}

function Boards({ board, onChange }: { board: Leaderboard; onChange: () => void }) {
  const { t, language } = useFeatureText(rewardsText);
  const month = formatDateTime(`${board.month}-15T12:00:00Z`, language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <>
      <p class="hint">
        {t('leaderboard.month')}: {month}
      </p>
      <OptIn board={board} onChange={onChange} />
      <GroupBoard id="teams-title" title={t('leaderboard.teams')} groups={board.teams} />
      <GroupBoard id="departments-title" title={t('leaderboard.departments')} groups={board.departments} />
      <section class="section" aria-labelledby="people-title">
        <h2 id="people-title">{t('leaderboard.people')}</h2>
        {board.people.length === 0 ? (
          <p>{t('leaderboard.people.empty')}</p>
        ) : (
          <ol class="card-list card-list-tight board" data-testid="people-board">
            {board.people.map((person) => (
              <li key={`${person.position}-${person.name}`} class={`card board-row${person.isMe ? ' board-me' : ''}`}>
                <span class="board-position">{person.position}</span>
                <span class="board-name">
                  {person.name} {person.isMe && t('leaderboard.you')}
                </span>
                <span class="board-figure">{t('leaderboard.points', { points: person.points })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function OptIn({ board, onChange }: { board: Leaderboard; onChange: () => void }) {
  const { t } = useFeatureText(rewardsText);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  async function toggle(event: Event) {
    const optedIn = (event.currentTarget as HTMLInputElement).checked;
    setSaving(true);
    setFailed(false);
    try {
      await call(leaderboardOptInContract, { body: { optedIn } });
      onChange();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }
  return (
    <section class="card section opt-in" aria-labelledby="my-points">
      <p id="my-points" class="opt-in-points">
        {t('leaderboard.myPoints', { points: board.me.points })}
      </p>
      <label class="switch">
        <input type="checkbox" role="switch" checked={board.me.optedIn} disabled={saving} onChange={toggle} aria-describedby="opt-in-hint" />
        <span>{t('leaderboard.optIn.label')}</span>
      </label>
      <p id="opt-in-hint" class="hint">
        {t('leaderboard.optIn.hint')}
      </p>
      <ErrorLine show={failed} />
    </section>
  );
}
