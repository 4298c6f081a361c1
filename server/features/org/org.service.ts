import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { forbidden, notFound } from '../../http/app-error';
import { withholdSmallGroup } from '../../../shared/domain/group-privacy';
import type { TeamSummary } from '../../../shared/schemas/org';
import type { Role } from '../../../shared/schemas/people';
import { countTeamMembers, findTeam } from './org.repository';

/** Who asks: only their role and team matter (a person row fits, without org depending on people). */
interface Viewer {
  role: Role;
  team_id: string | null;
}

/**
 * A team's figures, for its own manager or an admin; never per person, and
 * withheld for teams too small to stay anonymous.
 */
export async function teamSummary(db: Kysely<Database>, viewer: Viewer, teamId: string): Promise<TeamSummary> {
  const team = await findTeam(db, teamId);
  if (!team) throw notFound('Team');
  const managesTeam = viewer.role === 'manager' && viewer.team_id === teamId;
  if (viewer.role !== 'admin' && !managesTeam) throw forbidden('Only this team’s manager or an admin sees its figures');
  const { members, joined } = await countTeamMembers(db, teamId);
  return { teamId, name: team.name, members, joined: withholdSmallGroup(joined, members) };
}
