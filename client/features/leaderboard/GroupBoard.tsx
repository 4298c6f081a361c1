import type { Leaderboard } from '../../../shared/schemas/leaderboards';
import { useFeatureText } from '../../app/i18n';
import { rewardsText } from '../rewards/rewards-text';

/** Teams or departments by points per active member; small groups are listed without figures. */
export function GroupBoard({ id, title, groups }: { id: string; title: string; groups: Leaderboard['teams'] }) {
  const { t } = useFeatureText(rewardsText);
  if (groups.length === 0) return null;
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol class="card-list card-list-tight board">
        {groups.map((group) => (
          <li key={group.groupId} class="card board-row">
            <span class="board-position" aria-hidden={group.position === null}>
              {group.position ?? '–'}
            </span>
            <span class="board-name">{group.name}</span>
            <span class="board-figure">
              {group.pointsPerActiveMember === null ? <span class="hint">{t('leaderboard.tooSmall')}</span> : t('leaderboard.perMember', { points: group.pointsPerActiveMember })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
