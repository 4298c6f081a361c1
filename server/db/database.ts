import type { DepartmentsTable, TeamsTable } from '../features/org/org.table';
import type { PeopleTable } from '../features/people/people.table';
import type { LoginTokensTable, RateLimitsTable, SessionsTable, SignUpTokensTable } from '../features/auth/auth.table';
import type { TeasersTable, TeaserTextsTable } from '../features/teasers/teasers.table';
import type {
  ClassroomRegistrationsTable,
  ClassroomSessionsTable,
  ItemCompletionsTable,
  LearningItemsTable,
  LearningItemTextsTable,
} from '../features/learning/learning.table';
import type { LearningEventsTable } from '../features/progress/events.table';
import type { SettingsTable } from '../features/settings/settings.table';
import type { LearningMomentsTable } from '../features/moments/moments.table';
import type { NotificationsTable, PushSubscriptionsTable } from '../features/push/push.table';
import type { ReminderJobsTable } from '../jobs/reminder-jobs.table';
import type { CampaignItemsTable, CampaignRsvpsTable, CampaignsTable, CampaignTeasersTable } from '../features/campaigns/campaigns.table';
import type { PostersTable } from '../features/posters/posters.table';
import type { AcquisitionEventsTable, AttributionSourcesTable, AttributionVisitsTable, FirstTouchesTable } from '../features/attribution/attribution.table';
import type { ImagesTable } from '../features/images/images.table';
import type { AuditLogTable } from '../features/audit/audit.table';
import type { PrizesTable } from '../features/prizes/prizes.table';
import type { AwardsTable, CompetitionsTable } from '../features/competitions/competitions.table';
import type { LeaderboardOptInsTable } from '../features/leaderboards/leaderboards.table';
import type { RecognitionsTable } from '../features/recognition/recognition.table';
import type { TryPassesTable } from '../features/try-first/try-first.table';
import type { GoalsTable, RoleCompetenciesTable, StrategyDriversTable, WiifmMessagesTable } from '../features/strategy/strategy.table';
import type { IntakesTable } from '../features/intake/intake.table';
import type { LearningPathItemsTable, LearningPathsTable, PathCompletionsTable } from '../features/paths/paths.table';
import type { StoriesTable, StorySharesTable, StoryStartsTable } from '../features/stories/stories.table';
import type { AmbassadorDraftsTable, AmbassadorsTable, IdeasTable, IdeaVotesTable } from '../features/ideas/ideas.table';
import type { EvaluationParticipationsTable, EvaluationResponsesTable, EvaluationsTable, TrainingReactionsTable } from '../features/evaluations/evaluations.table';
import type { TeamEmailRecipientsTable, TeamEmailsTable, TeamRecommendationsTable } from '../features/team/team.table';
import type { SsoFlowsTable, SsoIdentitiesTable } from '../features/sso/sso.table';
import type { ScimGroupsTable, ScimTokensTable, ScimUsersTable } from '../features/scim/scim.table';
import type { AccessLogTable, ActivityMonthsTable, TaskRunsTable } from '../features/works-council/works-council.table';
import type { XapiOutboxTable } from '../features/xapi/xapi.table';
import type { FunnelFirstsTable, FunnelStateTable, FunnelTrainingsTable, FunnelVisitWeeksTable, FunnelWeeksTable, LearningWeeksTable } from '../features/insights/insights.table';

/** Every table, assembled from the feature folders that own them. */
export interface Database {
  departments: DepartmentsTable;
  teams: TeamsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  login_tokens: LoginTokensTable;
  sign_up_tokens: SignUpTokensTable;
  rate_limits: RateLimitsTable;
  teasers: TeasersTable;
  teaser_texts: TeaserTextsTable;
  learning_items: LearningItemsTable;
  learning_item_texts: LearningItemTextsTable;
  classroom_sessions: ClassroomSessionsTable;
  classroom_registrations: ClassroomRegistrationsTable;
  item_completions: ItemCompletionsTable;
  learning_events: LearningEventsTable;
  settings: SettingsTable;
  catalogue_version: { id: number; version: number };
  learning_moments: LearningMomentsTable;
  push_subscriptions: PushSubscriptionsTable;
  notifications: NotificationsTable;
  reminder_jobs: ReminderJobsTable;
  campaigns: CampaignsTable;
  campaign_items: CampaignItemsTable;
  campaign_teasers: CampaignTeasersTable;
  campaign_rsvps: CampaignRsvpsTable;
  posters: PostersTable;
  attribution_sources: AttributionSourcesTable;
  attribution_visits: AttributionVisitsTable;
  first_touches: FirstTouchesTable;
  acquisition_events: AcquisitionEventsTable;
  images: ImagesTable;
  audit_log: AuditLogTable;
  prizes: PrizesTable;
  competitions: CompetitionsTable;
  awards: AwardsTable;
  leaderboard_opt_ins: LeaderboardOptInsTable;
  recognitions: RecognitionsTable;
  try_passes: TryPassesTable;
  strategy_drivers: StrategyDriversTable;
  goals: GoalsTable;
  wiifm_messages: WiifmMessagesTable;
  role_competencies: RoleCompetenciesTable;
  intakes: IntakesTable;
  learning_paths: LearningPathsTable;
  learning_path_items: LearningPathItemsTable;
  path_completions: PathCompletionsTable;
  stories: StoriesTable;
  story_starts: StoryStartsTable;
  story_shares: StorySharesTable;
  ideas: IdeasTable;
  idea_votes: IdeaVotesTable;
  ambassadors: AmbassadorsTable;
  ambassador_drafts: AmbassadorDraftsTable;
  evaluations: EvaluationsTable;
  evaluation_participations: EvaluationParticipationsTable;
  evaluation_responses: EvaluationResponsesTable;
  training_reactions: TrainingReactionsTable;
  team_recommendations: TeamRecommendationsTable;
  team_emails: TeamEmailsTable;
  team_email_recipients: TeamEmailRecipientsTable;
  sso_identities: SsoIdentitiesTable;
  sso_flows: SsoFlowsTable;
  scim_tokens: ScimTokensTable;
  scim_users: ScimUsersTable;
  scim_groups: ScimGroupsTable;
  activity_months: ActivityMonthsTable;
  access_log: AccessLogTable;
  task_runs: TaskRunsTable;
  xapi_outbox: XapiOutboxTable;
  learning_weeks: LearningWeeksTable;
  funnel_firsts: FunnelFirstsTable;
  funnel_weeks: FunnelWeeksTable;
  funnel_visit_weeks: FunnelVisitWeeksTable;
  funnel_trainings: FunnelTrainingsTable;
  funnel_state: FunnelStateTable;
}

export type DialectName = 'sqlite' | 'postgres';
