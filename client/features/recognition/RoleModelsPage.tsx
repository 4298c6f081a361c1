import type { Me } from '../../../shared/schemas/people';
import { myRecognitionsContract, teamRoleModelsContract } from '../../../shared/contracts/recognition';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useApiData } from '../../ui/use-api-data';
import { NameRoleModel } from './NameRoleModel';
import { RecognitionCard } from './RecognitionCard';
import '../leaderboard/leaderboard.css';
import { rewardsText } from '../rewards/rewards-text';

/** The person's own recognitions (with their share choice), their team's shared role models, and for managers a form to name one. */
export function RoleModelsPage({ me }: { me: Me }) {
  const { t } = useFeatureText(rewardsText);
  const mine = useApiData(myRecognitionsContract);
  const team = useApiData(teamRoleModelsContract);
  return (
    <AppShell>
      <h1>{t('recognition.title')}</h1>
      <section class="section" aria-labelledby="mine-title">
        <h2 id="mine-title">{t('recognition.mine.title')}</h2>
        {mine.state.status === 'error' && <p role="alert">{t('common.error')}</p>}
        {mine.state.status === 'ready' &&
          (mine.state.data.recognitions.length === 0 ? (
            <p>{t('recognition.mine.empty')}</p>
          ) : (
            <ul class="card-list">
              {mine.state.data.recognitions.map((r) => (
                <RecognitionCard key={r.id} recognition={r} onChange={() => (mine.reload(), team.reload())} />
              ))}
            </ul>
          ))}
      </section>
      <section class="section" aria-labelledby="team-title">
        <h2 id="team-title">{t('recognition.team.title')}</h2>
        {team.state.status === 'ready' &&
          (team.state.data.roleModels.length === 0 ? (
            <p>{t('recognition.team.empty')}</p>
          ) : (
            <ul class="card-list">
              {team.state.data.roleModels.map((r) => (
                <li key={r.id} class="card">
                  <h3>{r.personName}</h3>
                  <p>“{r.message}”</p>
                  <p class="hint">{t('recognition.mine.from', { name: r.managerName })}</p>
                </li>
              ))}
            </ul>
          ))}
      </section>
      {me.role === 'manager' && <NameRoleModel />}
    </AppShell>
  );
}
