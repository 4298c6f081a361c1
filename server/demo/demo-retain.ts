import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { StoryDisplay } from '../../shared/schemas/stories';
import type { IdeaStatus } from '../../shared/schemas/ideas';
import { registerSource } from '../features/attribution/attribution.service';
import { evaluationTemplates } from '../features/evaluations/evaluation-templates';

const DAY = 86_400_000;

const demoStories: Array<{ local: string; item: string; display: StoryDisplay; title: string; body: string; approved: boolean }> = [
  {
    local: 'aisha',
    item: 'lifting',
    display: 'full_name',
    title: 'Mijn rug doet het weer',
    body: 'Na de training van drie minuten til ik cliënten met mijn voeten in de draairichting. Twee weken later merk ik het al: geen pijn meer aan het eind van mijn dienst. Probeer het, het kost je minder tijd dan een kop koffie.',
    approved: true,
  },
  {
    local: 'tomasz',
    item: 'deescalation',
    display: 'first_name_department',
    title: 'Calm at the desk',
    body: 'A visitor was shouting at the reception. I remembered the training: name the feeling, then ask what they need. It worked within a minute, and we ended up laughing.',
    approved: true,
  },
  {
    local: 'fatma',
    item: 'hygiene',
    display: 'anonymous',
    title: 'Schone handen, minder zieke collega’s',
    body: 'Sinds we in de keuken de handhygiëne-training deden, is het ziekteverzuim in ons team gedaald. Kleine moeite, groot verschil.',
    approved: true,
  },
  { local: 'daan', item: 'care-record', display: 'full_name', title: 'Sneller rapporteren', body: 'Met de tips uit de training ben ik elke dienst tien minuten sneller klaar met het dossier.', approved: false },
];

const demoIdeas: Array<{ local: string; title: string; body: string; topic: string; status: IdeaStatus; answer: string | null; supporters: string[]; ageDays: number }> = [
  {
    local: 'sanne',
    title: 'Een training over lastige gesprekken met familie',
    body: 'Familie is soms boos of verdrietig aan de balie. Een korte training over rustig blijven en goed luisteren zou ons helpen.',
    topic: 'Communicatie',
    status: 'done',
    answer: 'Staat online: "Rustig blijven bij boosheid". Dank voor het idee!',
    supporters: ['daan', 'aisha', 'tomasz'],
    ageDays: 40,
  },
  {
    local: 'fatma',
    title: 'Allergenen in de keuken',
    body: 'Een micro-training over de 14 allergenen, met een quiz, zodat nieuwe collega’s het snel leren.',
    topic: 'Voedselveiligheid',
    status: 'planned',
    answer: 'Gepland voor volgende maand.',
    supporters: ['priya'],
    ageDays: 20,
  },
  { local: 'daan', title: 'Uitleg over het nieuwe rooster-systeem', body: 'Veel collega’s vinden het nieuwe rooster-systeem lastig. Een korte video zou helpen.', topic: 'Digitale vaardigheden', status: 'new', answer: null, supporters: ['sanne', 'aisha'], ageDays: 5 },
];

/** Teams and how many anonymous responses each gave: two large enough to show, one held back. */
const responsesPerTeam: Array<[team: string, responses: number]> = [
  ['Afdeling Zonnebloem', 6],
  ['Keuken', 6],
  ['Leren & Ontwikkelen', 2],
];

/** Shown the evaluation without answering it: Tomasz tapped "not now", Priya let it be. Sanne and Daan were not shown it yet, so their homes have the card. */
const shownNotAnswered = ['tomasz', 'priya'];
const notShown = ['sanne', 'daan', 'lotte'];

/** What fourteen colleagues wrote under "what would make the app better?": each their own words. */
const demoComments = [
  'Meer korte video’s, liefst onder de vijf minuten.',
  'Een donkere modus voor de nachtdienst zou fijn zijn.',
  'Zoeken op onderwerp in plaats van op titel.',
  'De meldingen op mijn leermoment werken goed, zo houden.',
  'Ik wil een training kunnen pauzeren en later verder gaan.',
  'Graag ondertitels bij de video’s, op de afdeling staat het geluid uit.',
  'Soms laadt de app traag op de wifi in de kelder.',
  'Fijn dat ik kan zien wat collega’s hebben geleerd.',
  'Een overzicht van mijn certificaten en wanneer ze verlopen.',
  'De vragen na een training mogen iets moeilijker.',
  'Liever een herinnering aan het begin van mijn dienst.',
  'More trainings in English, please.',
  'Tips van de keuken voor de keuken, bijvoorbeeld over HACCP.',
  'Het zou helpen als mijn leidinggevende ziet dat ik een training heb afgerond.',
];
/**
 * The demo's retain & inspire: approved stories (and one waiting for L&D),
 * ideas with supporters and answers, Aisha as an ambassador, and an open
 * evaluation with enough anonymous responses to show results, where one
 * team's filter is held back.
 */
export async function loadDemoRetain(
  trx: Kysely<Database>,
  now: Date,
  personIds: ReadonlyMap<string, string>,
  itemIds: ReadonlyMap<string, string>,
  teamIds: ReadonlyMap<string, { id: string; departmentId: string }>,
): Promise<void> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  for (const [index, story] of demoStories.entries()) {
    const authorId = personIds.get(story.local);
    const itemId = itemIds.get(story.item);
    if (!authorId || !itemId) continue;
    const id = randomUUID();
    const source = await registerSource(trx, { kind: 'story', refId: id, campaignId: null, label: story.title }, now);
    const { local: _, item: __, approved, ...text } = story;
    await trx
      .insertInto('stories')
      .values({ id, author_id: authorId, item_id: itemId, ...text, image_id: null, status: approved ? 'approved' : 'pending', decline_reason: null, proposed_title: null, proposed_body: null, code: source.code, created_at: at(index + 2), updated_at: at(index + 1), approved_at: approved ? at(index + 1) : null })
      .execute();
  }
  for (const idea of demoIdeas) {
    const authorId = personIds.get(idea.local);
    if (!authorId) continue;
    const id = randomUUID();
    await trx
      .insertInto('ideas')
      .values({ id, author_id: authorId, title: idea.title, body: idea.body, topic: idea.topic, status: idea.status, answer: idea.answer, status_changed_at: idea.status === 'new' ? null : at(2), created_at: at(idea.ageDays) })
      .execute();
    const votes = idea.supporters.flatMap((local) => (personIds.get(local) ? [{ idea_id: id, person_id: personIds.get(local) ?? '', voted_at: at(idea.ageDays - 1) }] : []));
    if (votes.length > 0) await trx.insertInto('idea_votes').values(votes).execute();
  }
  const aisha = personIds.get('aisha');
  if (aisha) await trx.insertInto('ambassadors').values({ person_id: aisha, considered: 1, invited_at: at(10), accepted_at: at(9), show_badge: 1, show_authorship: 1, updated_at: at(9) }).execute();

  const [usability] = evaluationTemplates;
  if (!usability) return;
  const evaluationId = randomUUID();
  await trx
    .insertInto('evaluations')
    .values({ id: evaluationId, title_nl: usability.title.nl, title_en: usability.title.en, questions: JSON.stringify(usability.questions), trigger: JSON.stringify({ kind: 'periodic', everyDays: 90 }), status: 'open', opened_at: at(30), created_at: at(31), updated_at: at(30) })
    .execute();
  // Who took part: that they answered, never what (the answers below carry no person, as a real response does).
  const people = await trx.selectFrom('people').select(['id', 'team_id']).orderBy('name').execute();
  const skip = new Set([...shownNotAnswered, ...notShown].flatMap((local) => personIds.get(local) ?? []));
  let n = 0;
  for (const [teamName, count] of responsesPerTeam) {
    const team = teamIds.get(teamName);
    const responders = people.filter((p) => p.team_id === team?.id && !skip.has(p.id)).slice(0, count);
    for (const [i, responder] of responders.entries()) {
      const day = at(20 - (n % 15)).slice(0, 10);
      await trx
        .insertInto('evaluation_participations')
        .values({ evaluation_id: evaluationId, person_id: responder.id, round: 0, shown_at: at(22 - (n % 15)), dismissed_at: null, reminded_at: null, responded_on: day })
        .execute();
      const answers = [
        { questionId: 'easy', value: 3 + ((n + i) % 3) },
        { questionId: 'find', value: 2 + (n % 4) },
        { questionId: 'phone', value: 4 + (n % 2) },
        { questionId: 'recommend', value: 6 + (n % 5) },
        { questionId: 'better', text: demoComments[n % demoComments.length] ?? '' },
      ];
      await trx
        .insertInto('evaluation_responses')
        .values({ id: randomUUID(), evaluation_id: evaluationId, answered_on: day, department_id: team?.departmentId ?? null, team_id: team?.id ?? null, role: 'employee', item_id: null, answers: JSON.stringify(answers) })
        .execute();
      n += 1;
    }
  }
  for (const [index, local] of shownNotAnswered.entries()) {
    const personId = personIds.get(local);
    if (!personId) continue;
    const shownAt = at(12 - index);
    await trx
      .insertInto('evaluation_participations')
      .values({ evaluation_id: evaluationId, person_id: personId, round: 0, shown_at: shownAt, dismissed_at: index === 0 ? shownAt : null, reminded_at: null, responded_on: null })
      .execute();
  }
}
