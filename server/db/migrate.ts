import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database';
import * as m0001 from './migrations/0001_create_people_and_sign_in';
import * as m0002 from './migrations/0002_create_learning_offer_and_events';
import * as m0003 from './migrations/0003_count_catalogue_changes';
import * as m0004 from './migrations/0004_create_moments_push_and_reminders';
import * as m0005 from './migrations/0005_create_campaigns_posters_and_audit';
import * as m0006 from './migrations/0006_create_rewards';
import * as m0007 from './migrations/0007_count_feed_changes_per_person';
import * as m0008 from './migrations/0008_add_competition_target_groups';
import * as m0015 from './migrations/0015_target_teasers_and_count_campaign_changes';
import * as m0016 from './migrations/0016_publish_campaigns';
import * as m0021 from './migrations/0021_open_trainings_to_try';
import * as m0022 from './migrations/0022_allow_sign_up_by_domain';
import * as m0027 from './migrations/0027_create_learning_strategy';
import * as m0028 from './migrations/0028_create_intakes';
import * as m0029 from './migrations/0029_create_learning_paths';
import * as m0041 from './migrations/0041_create_success_stories';
import * as m0042 from './migrations/0042_create_ideas_and_ambassadors';
import * as m0043 from './migrations/0043_create_evaluations';
import * as m0044 from './migrations/0044_create_team_recommendations';
import * as m0045 from './migrations/0045_create_team_emails';
import * as m0047 from './migrations/0047_connect_identity_provider';
import * as m0035 from './migrations/0035_create_target_groups_and_channels';
import * as m0048 from './migrations/0048_keep_figures_log_access_and_send_xapi';
import * as m0049 from './migrations/0049_adopt_ambassador_drafts';
import * as m0053 from './migrations/0053_create_funnel_rollups';
import * as m0059 from './migrations/0059_create_attribution';
import * as m0038 from './migrations/0038_create_journeys';
import * as m0039 from './migrations/0039_create_mail_preferences';
import * as m0060 from './migrations/0060_move_team_email_onto_mail_preferences';
import * as m0061 from './migrations/0061_aim_journeys_at_target_groups';
import * as m0062 from './migrations/0062_aim_competitions_at_target_groups';

/**
 * The migrations, in order. Listed statically (not read from disk) so they
 * work the same from source, from a bundle and in tests. Never edit one that
 * has landed: add the next number instead.
 */
const migrations: Record<string, Migration> = {
  '0001_create_people_and_sign_in': m0001,
  '0002_create_learning_offer_and_events': m0002,
  '0003_count_catalogue_changes': m0003,
  '0004_create_moments_push_and_reminders': m0004,
  '0005_create_campaigns_posters_and_audit': m0005,
  '0006_create_rewards': m0006,
  '0007_count_feed_changes_per_person': m0007,
  '0008_add_competition_target_groups': m0008,
  '0015_target_teasers_and_count_campaign_changes': m0015,
  '0016_publish_campaigns': m0016,
  '0021_open_trainings_to_try': m0021,
  '0022_allow_sign_up_by_domain': m0022,
  '0027_create_learning_strategy': m0027,
  '0028_create_intakes': m0028,
  '0029_create_learning_paths': m0029,
  '0041_create_success_stories': m0041,
  '0042_create_ideas_and_ambassadors': m0042,
  '0043_create_evaluations': m0043,
  '0044_create_team_recommendations': m0044,
  '0045_create_team_emails': m0045,
  '0047_connect_identity_provider': m0047,
  '0035_create_target_groups_and_channels': m0035,
  '0048_keep_figures_log_access_and_send_xapi': m0048,
  '0049_adopt_ambassador_drafts': m0049,
  '0053_create_funnel_rollups': m0053,
  '0059_create_attribution': m0059,
  '0038_create_journeys': m0038,
  '0039_create_mail_preferences': m0039,
  '0060_move_team_email_onto_mail_preferences': m0060,
  '0061_aim_journeys_at_target_groups': m0061,
  '0062_aim_competitions_at_target_groups': m0062,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Branches number their migrations in ranges of their own, so a database may
  // already hold a later number (0059) when an earlier one (0016) lands.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
