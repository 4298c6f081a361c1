import type { Database } from '../../db/database';
import type { RetentionKind } from '../../../shared/schemas/works-council';

/*
 * The one policy of what personal data Leerlust holds, who may see it on
 * what condition and how long it is kept. The who-sees-what table, the
 * data-processing description and the retention purge are generated from
 * it; tests/api/who-sees-what.test.ts runs every route and fails when one
 * touches a table of a kind its entry in route-data.ts does not name, or a
 * personal table no kind here claims.
 */

type Text = { nl: string; en: string };
export type Access = { access: 'yes' | 'no' | 'conditional'; condition: Text | null };

const yes: Access = { access: 'yes', condition: null };
const no: Access = { access: 'no', condition: null };
const when = (nl: string, en: string): Access => ({ access: 'conditional', condition: { nl, en } });

const AGGREGATE = when('alleen als totaal over groepen van minstens 5 mensen', 'only as totals over groups of at least 5 people');

export interface DataKind {
  id: string;
  label: Text;
  data: Text;
  /** The tables that hold it (personal rows: each belongs to one person). */
  tables: readonly (keyof Database)[];
  person: Access;
  colleagues: Access;
  managers: Access;
  admins: Access;
  /** The retention setting that bounds it, or how long it stays otherwise. */
  retention: RetentionKind | Text;
}

export const UNTIL_ERASED: Text = {
  nl: 'zolang iemand hier werkt; gewist na vertrek (zie "na vertrek")',
  en: 'while someone works here; erased after they leave (see "after leaving")',
};

export const dataKinds: readonly DataKind[] = [
  {
    id: 'profile',
    label: { nl: 'Profiel', en: 'Profile' },
    data: { nl: 'naam, e-mailadres, rol, taal, tijdzone, afdeling, team, leidinggevende; account bij de identity provider', en: 'name, e-mail address, role, language, time zone, department, team, manager; identity-provider account' },
    tables: ['people', 'scim_users', 'sso_identities'],
    person: yes,
    colleagues: when('naam, alleen als rolmodel (na toestemming) of op een ranglijst waarvoor je je aanmeldde', 'name only, as a role model (after consent) or on a leaderboard you joined'),
    managers: when('naam en afdeling van hun eigen team', 'name and department of their own team'),
    admins: yes,
    retention: 'departedPeople',
  },
  {
    id: 'sign_in',
    label: { nl: 'Aanmelden', en: 'Signing in' },
    data: { nl: 'sessies (apparaat, laatst gezien), eenmalige aanmeldlinks en uitnodigingen (alleen als hash), tellers tegen misbruik', en: 'sessions (device, last seen), one-time sign-in links and invites (hashed only), abuse counters' },
    tables: ['sessions', 'login_tokens', 'sign_up_tokens', 'rate_limits', 'sso_flows'],
    person: when('je eigen sessies, in je export', 'your own sessions, in your export'),
    colleagues: no,
    managers: no,
    admins: no,
    retention: 'signInRecords',
  },
  {
    id: 'learning_activity',
    label: { nl: 'Leeractiviteit', en: 'Learning activity' },
    data: { nl: 'gestarte en afgeronde trainingen, beantwoorde vragen, geopende teasers, punten, inschrijvingen voor klassikale trainingen, uitgeprobeerde trainingen', en: 'trainings started and completed, questions answered, teasers opened, points, classroom registrations, trainings tried' },
    tables: ['learning_events', 'item_completions', 'classroom_registrations', 'try_passes', 'learning_weeks', 'funnel_firsts'],
    person: yes,
    colleagues: when('alleen op ranglijsten waarvoor je je aanmeldde', 'only on leaderboards you joined'),
    managers: when('per persoon alleen de voortgang op een verplicht leerpad; verder als totaal over minstens 5 mensen', 'per person only progress on a mandatory path; otherwise as totals over at least 5 people'),
    admins: AGGREGATE,
    retention: 'learningEvents',
  },
  {
    id: 'path_progress',
    label: { nl: 'Leerpaden', en: 'Learning paths' },
    data: { nl: 'welke leerpaden je afrondde en wanneer', en: 'which learning paths you finished, and when' },
    tables: ['path_completions'],
    person: yes,
    colleagues: no,
    managers: when('per persoon alleen voor een verplicht leerpad van hun team', 'per person only for a mandatory path of their team'),
    admins: when('per persoon alleen voor een verplicht leerpad', 'per person only for a mandatory path'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'moments_and_reminders',
    label: { nl: 'Leermoment en herinneringen', en: 'Learning moment and reminders' },
    data: { nl: 'je wekelijkse leermoment, pushabonnementen van je apparaten, berichten in je inbox, geplande herinneringen', en: 'your weekly learning moment, push subscriptions of your devices, inbox messages, planned reminders' },
    tables: ['learning_moments', 'push_subscriptions', 'notifications', 'reminder_jobs'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: no,
    retention: 'notifications',
  },
  {
    id: 'rewards_and_recognition',
    label: { nl: 'Prijzen en erkenning', en: 'Prizes and recognition' },
    data: { nl: 'gewonnen prijzen, aanmelding voor ranglijsten, rolmodel-nominaties', en: 'prizes won, leaderboard opt-ins, role-model nominations' },
    tables: ['awards', 'leaderboard_opt_ins', 'recognitions'],
    person: yes,
    colleagues: when('ranglijsten na aanmelding; rolmodellen na toestemming', 'leaderboards after opting in; role models after consent'),
    managers: when('de rolmodellen die zij noemden', 'the role models they named'),
    admins: when('winnaars, om prijzen te overhandigen; nominaties', 'winners, to hand over prizes; nominations'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'intake_and_goals',
    label: { nl: 'Intake en doelen', en: 'Intake and goals' },
    data: { nl: 'je antwoorden op de intake (behoeften, motivatie) en je eigen leerdoelen', en: 'your intake answers (needs, motivation) and your own learning goals' },
    tables: ['intakes', 'goals'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: AGGREGATE,
    retention: UNTIL_ERASED,
  },
  {
    id: 'stories',
    label: { nl: 'Succesverhalen', en: 'Success stories' },
    data: { nl: 'de verhalen die je schreef (met foto en hoe je genoemd wilt worden) en van welke verhalen je een training startte', en: 'the stories you wrote (with photo and how you want to be named) and which stories you started a training from' },
    tables: ['stories', 'story_starts'],
    person: yes,
    colleagues: when('een goedgekeurd verhaal, met de naam zoals jij koos (of anoniem)', 'an approved story, with the name as you chose (or anonymous)'),
    managers: when('een goedgekeurd verhaal, zoals collega’s het zien', 'an approved story, as colleagues see it'),
    admins: when('verhalen om te beoordelen; starts alleen als totaal per verhaal', 'stories to review; starts only as totals per story'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'ideas_and_ambassadors',
    label: { nl: 'Ideeën en ambassadeurs', en: 'Ideas and ambassadors' },
    data: { nl: 'je ideeën en steunbetuigingen, of je ambassadeur bent en je concepten', en: 'your ideas and votes, whether you are an ambassador, and your drafts' },
    tables: ['ideas', 'idea_votes', 'ambassadors', 'ambassador_drafts'],
    person: yes,
    colleagues: when('ideeën zonder naam van wie ze indiende; een ambassadeursbadge als je die toont', 'ideas without their author’s name; an ambassador badge if you show it'),
    managers: no,
    admins: when('ideeën en het aantal steunbetuigingen; ambassadeurs en hun concepten', 'ideas and their number of votes; ambassadors and their drafts'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'evaluations',
    label: { nl: 'Evaluaties', en: 'Evaluations' },
    data: {
      nl: 'welke evaluaties je zag en op welke dag je antwoordde, en je reactie (nuttig of niet) op trainingen; je antwoorden zelf worden zonder jou bewaard',
      en: 'which evaluations you were shown and on which day you answered, and your reaction (useful or not) to trainings; your answers themselves are kept without you',
    },
    tables: ['evaluation_participations', 'training_reactions'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: when('uitkomsten vanaf 5 antwoorden, opmerkingen vanaf 10', 'results from 5 responses, comments from 10'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'team_page',
    label: { nl: 'Teampagina en team-e-mail', en: 'Team page and team e-mail' },
    data: { nl: 'trainingen die een leidinggevende het team aanraadde, verstuurde maandmails en of je je afmeldde', en: 'trainings a manager recommended to the team, monthly e-mails sent and whether you unsubscribed' },
    tables: ['team_recommendations', 'team_emails'],
    person: yes,
    colleagues: when('de aanraders van je leidinggevende, op je startpagina', 'your manager’s recommendations, on your home'),
    managers: when('hun eigen team: totalen over minstens 5 mensen', 'their own team: totals over at least 5 people'),
    admins: no,
    retention: UNTIL_ERASED,
  },
  {
    id: 'mail_and_journeys',
    label: { nl: 'Mail en leerreizen', en: 'Mail and learning journeys' },
    data: {
      nl: 'welke mailonderwerpen je uitzette, of je adres onbestelbaar bleek, in welke leerreis je zit, welke stappen je kreeg en of je een link opende, hoeveel berichten je deze week kreeg',
      en: 'which mail topics you switched off, whether your address bounced, which learning journey you are in, which steps you received and whether you opened a link, how many messages you got this week',
    },
    tables: ['mail_recipients', 'mail_preferences', 'journey_entries', 'journey_jobs', 'delivery_ledger'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: when('alleen als tellingen per leerreis en stap', 'only as counts per journey and step'),
    retention: UNTIL_ERASED,
  },
  {
    id: 'attribution',
    label: { nl: 'Hoe je binnenkwam', en: 'How you came in' },
    data: { nl: 'de poster of link waarmee je je aanmeldde, eerste installatie en push-toestemming', en: 'the poster or link you signed up through, first install and push opt-in' },
    tables: ['first_touches', 'acquisition_events', 'campaign_rsvps'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: AGGREGATE,
    retention: UNTIL_ERASED,
  },
  {
    id: 'access_log',
    label: { nl: 'Inzagelog', en: 'Access log' },
    data: { nl: 'wie (beheerder of leidinggevende) jouw gegevens bekeek, welk overzicht en wanneer', en: 'who (admin or manager) looked at your data, which view, and when' },
    tables: ['access_log'],
    person: yes,
    colleagues: no,
    managers: no,
    admins: no,
    retention: 'accessLog',
  },
  {
    id: 'audit',
    label: { nl: 'Wijzigingslog en makers', en: 'Audit log and authorship' },
    data: {
      nl: 'welke beheerder wat wijzigde of maakte (leerpaden, afbeeldingen, SCIM-tokens) en wanneer; de beheerder is de persoon hier',
      en: 'which admin changed or made what (learning paths, images, SCIM tokens), and when; the admin is the person here',
    },
    tables: ['audit_log', 'scim_tokens', 'images', 'learning_paths'],
    person: no,
    colleagues: no,
    managers: no,
    admins: yes,
    retention: 'auditLog',
  },
  {
    id: 'learning_record_store',
    label: { nl: 'Naar het learning record store', en: 'To the learning record store' },
    data: { nl: 'afgeronde trainingen, beantwoorde vragen en leerpaden als xAPI-statements, onder een pseudoniem', en: 'completed trainings, answered questions and finished paths as xAPI statements, under a pseudonym' },
    tables: ['xapi_outbox'],
    person: when('in je export', 'in your export'),
    colleagues: no,
    managers: no,
    admins: when('in het learning record store van de organisatie, onder een pseudoniem', "in the organisation's learning record store, under a pseudonym"),
    retention: 'xapiSent',
  },
];

/** The kind a table's rows belong to; undefined for a table with nothing personal. */
export function kindOfTable(table: string): DataKind | undefined {
  return dataKinds.find((kind) => (kind.tables as readonly string[]).includes(table));
}

/**
 * Tables with nothing about a person in them: the learning offer,
 * campaigns, settings, counts. A table the who-sees-what test sees a route
 * touch must be here or in a kind above.
 */
export const nonPersonalTables: readonly (keyof Database)[] = [
  'departments',
  'teams',
  'journeys',
  'teasers',
  'teaser_texts',
  'learning_items',
  'learning_item_texts',
  'classroom_sessions',
  'settings',
  'catalogue_version',
  'campaigns',
  'campaign_items',
  'campaign_teasers',
  'posters',
  // A group holds rules, never people; a channel names a campaign and a group.
  'target_groups',
  'campaign_channels',
  'attribution_sources',
  'attribution_visits',
  'prizes',
  'competitions',
  'strategy_drivers',
  'wiifm_messages',
  'role_competencies',
  'learning_path_items',
  'scim_groups',
  'activity_months',
  // The funnel's rollups: plain counts per week, source, team or training (server/features/insights).
  'funnel_weeks',
  'funnel_visit_weeks',
  'funnel_trainings',
  'funnel_state',
  'task_runs',
  'story_shares',
  'evaluations',
  // Answers are stored without who gave them: no person id, only the day (see the evaluations feature).
  'evaluation_responses',
];
