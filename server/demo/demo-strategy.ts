import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { TargetGroups } from '../../shared/schemas/audience';
import type { PathPurpose } from '../../shared/schemas/paths';
import type { DriverKind, Need, WiifmGroupKind } from '../../shared/schemas/strategy';

type Teams = ReadonlyMap<string, { id: string; departmentId: string }>;
type Items = ReadonlyMap<string, string>;

const DAY = 86_400_000;
const EVERYONE: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

const drivers: Array<{ kind: DriverKind; nl: [string, string]; en: [string, string] }> = [
  {
    kind: 'digital_transformation',
    nl: ['Het nieuwe elektronisch zorgdossier (EPD)', 'Vanaf het voorjaar rapporteren alle zorgteams in het nieuwe EPD. Wie het goed kent, heeft meer tijd voor de bewoner.'],
    en: ['The new electronic health record', 'From spring every care team reports in the new record system. Knowing it well leaves more time for residents.'],
  },
  {
    kind: 'legal_obligations',
    nl: ['BHV en hygiëne zijn wettelijk verplicht', 'Per afdeling moeten genoeg mensen een geldig BHV-certificaat hebben; de keuken werkt volgens HACCP.'],
    en: ['Emergency response and hygiene are required by law', 'Every department needs enough people with a valid emergency-response certificate; the kitchen follows HACCP.'],
  },
  {
    kind: 'outdated_offer',
    nl: ['Ons leeraanbod was verouderd', 'Lange cursussen na werktijd werken niet. Korte trainingen in werktijd wel.'],
    en: ['Our learning offer was outdated', 'Long courses after hours do not work. Short trainings in work time do.'],
  },
];

/** Per team, or (kind department) for the department of the named team. */
const wiifm: Array<{ kind: WiifmGroupKind; team: string; need: Need; nl: string; en: string }> = [
  { kind: 'team', team: 'Keuken', need: 'effectiveness', nl: 'Minder weggegooid eten en geen gedoe bij de keuring: hygiëne in drie minuten per week.', en: 'Less food thrown away and no trouble at inspections: hygiene in three minutes a week.' },
  { kind: 'team', team: 'Keuken', need: 'solve_problem', nl: 'Twijfel je over een koelkast of snijplank? De antwoorden staan in de app, ook offline in de keuken.', en: 'Unsure about a fridge or a chopping board? The answers are in the app, offline in the kitchen too.' },
  { kind: 'department', team: 'Afdeling Zonnebloem', need: 'effectiveness', nl: 'Wie het nieuwe EPD goed kent, rapporteert in de helft van de tijd en heeft meer tijd voor bewoners.', en: 'Knowing the new record system well halves your reporting time and leaves more for residents.' },
  { kind: 'department', team: 'Afdeling Zonnebloem', need: 'employability', nl: 'Digitaal vaardig blijven telt in elke zorgbaan. Je certificaten gaan met je mee.', en: 'Digital skills count in every care job. Your certificates go with you.' },
  { kind: 'department', team: 'Afdeling Zonnebloem', need: 'career', nl: 'Werkbegeleider of EPD-coach worden? Begin met de trainingen op je leerpad.', en: 'Want to become a work supervisor or record-system coach? Start with the trainings on your path.' },
];

/**
 * The demo organisation's learning strategy, so a newcomer sees all of it at
 * once: the new health record as forced change, BHV as a mandatory path due
 * in 45 days, goals per department and WIIFM messages for kitchen and care.
 */
export async function loadDemoStrategy(trx: Kysely<Database>, now: Date, teams: Teams, items: Items): Promise<void> {
  const at = now.toISOString();
  const care = teams.get('Afdeling Zonnebloem');
  const kitchen = teams.get('Keuken');
  const item = (key: string) => items.get(key) ?? '';
  await trx
    .insertInto('strategy_drivers')
    .values(drivers.map((d, position) => ({ id: randomUUID(), kind: d.kind, title_nl: d.nl[0], title_en: d.en[0], explanation_nl: d.nl[1], explanation_en: d.en[1], position })))
    .execute();

  const goal = async (level: 'organisation' | 'department', nl: string, en: string, extra: { departmentId?: string; parentId?: string; competencies?: string[]; itemIds?: string[] } = {}) => {
    const id = randomUUID();
    await trx
      .insertInto('goals')
      .values({
        id,
        level,
        department_id: extra.departmentId ?? null,
        person_id: null,
        parent_id: extra.parentId ?? null,
        title_nl: nl,
        title_en: en,
        competencies: JSON.stringify(extra.competencies ?? []),
        item_ids: JSON.stringify(extra.itemIds ?? []),
        agreed_with_manager: 0,
        reached_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  };
  const competencies = await goal('organisation', 'Competenties ontwikkelen', 'Develop competencies');
  await goal('organisation', 'Een goede werkgever zijn', 'Be a good employer', { itemIds: [item('lifting')] });
  await goal('organisation', 'Leerresultaten zichtbaar maken', 'Make learning results visible');
  if (care) {
    await goal('department', 'Iedereen werkt zelfstandig in het nieuwe EPD', 'Everyone works independently in the new health record', {
      departmentId: care.departmentId,
      parentId: competencies,
      competencies: ['Digitale vaardigheden'],
      itemIds: [item('care-record')],
    });
  }
  if (kitchen) {
    await goal('department', 'Nul hygiëne-incidenten in de keuken', 'No hygiene incidents in the kitchen', {
      departmentId: kitchen.departmentId,
      parentId: competencies,
      competencies: ['Hygiëne'],
      itemIds: [item('hygiene')],
    });
  }

  const groupId = (w: (typeof wiifm)[number]) => (w.kind === 'team' ? teams.get(w.team)?.id : teams.get(w.team)?.departmentId);
  for (const w of wiifm) {
    const id = groupId(w);
    if (id) await trx.insertInto('wiifm_messages').values({ group_kind: w.kind, group_id: id, need: w.need, text_nl: w.nl, text_en: w.en, updated_at: at }).execute();
  }
  // The kick-off campaign's posters hang in building A: whoever reads its kick-off there gets this one.
  await trx
    .insertInto('wiifm_messages')
    .values({
      group_kind: 'location',
      group_id: 'Gebouw A',
      need: 'personal_development',
      text_nl: 'Even pauze in de kantine? Drie minuten leren past tussen twee kopjes koffie, en je kiest zelf waarover.',
      text_en: 'A break in the canteen? Three minutes of learning fit between two coffees, and you choose the topic.',
      updated_at: at,
    })
    .execute();
  await trx
    .insertInto('role_competencies')
    .values([
      { role: 'employee', job: JSON.stringify(['Ergonomie', 'Communicatie', 'Digitale vaardigheden']), market: JSON.stringify(['Digitale vaardigheden', 'BHV']) },
      { role: 'manager', job: JSON.stringify(['Coachen', 'Communicatie']), market: JSON.stringify(['Verandermanagement']) },
    ])
    .execute();

  const dueIn = (days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
  const path = async (nl: string, en: string, purpose: PathPurpose, keys: string[], target: TargetGroups, options: { mandatory?: boolean; due?: string } = {}) => {
    const id = randomUUID();
    await trx
      .insertInto('learning_paths')
      .values({ id, title_nl: nl, title_en: en, purpose, mandatory: options.mandatory ? 1 : 0, due_date: options.due ?? null, target: JSON.stringify(target), team_id: null, created_by: null, created_at: at, updated_at: at })
      .execute();
    await trx
      .insertInto('learning_path_items')
      .values(keys.map((key, position) => ({ path_id: id, item_id: item(key), position })))
      .execute();
  };
  await path('BHV-certificaat', 'Emergency-response certificate', 'change', ['first-aid'], { ...EVERYONE, roles: ['employee', 'manager'] }, { mandatory: true, due: dueIn(45) });
  if (care) {
    await path('Werken met het nieuwe EPD', 'Working with the new health record', 'change', ['care-record'], { ...EVERYONE, departmentIds: [care.departmentId] }, { due: dueIn(90) });
    await path('Welkom in de zorg', 'Welcome to care', 'onboarding', ['lifting', 'deescalation'], { ...EVERYONE, departmentIds: [care.departmentId] });
  }
  if (kitchen) await path('Veilig werken in de keuken', 'Working safely in the kitchen', 'role', ['hygiene'], { ...EVERYONE, teamIds: [kitchen.id] });
}
