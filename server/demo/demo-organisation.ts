import { loadDemoMoments } from './demo-moments';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Logger } from '../http/app-env';
import type { NewPersonRow } from '../features/people/people.table';
import { demoItems, type DemoItem } from './demo-learning';
import { demoTeasers } from './demo-teasers';
import { loadDemoCampaign } from './demo-campaign';
import { loadDemoFunnel } from './demo-funnel';
import { foldFunnel } from '../features/insights/funnel-fold';
import { writeSetting } from '../features/settings/settings.repository';
import { SIGN_UP_SETTING } from '../features/settings/sign-up-settings';
import { loadDemoRewards } from './demo-rewards';
import { loadDemoStrategy } from './demo-strategy';
import { loadDemoRetain } from './demo-retain';
import { loadDemoJourney } from './demo-journey';

export const DEMO_DOMAIN = 'anker.example';

/** Who the demo organisation "Zorggroep Het Anker" employs, by team. */
const demoPeople: Array<{ name: string; local: string | null; role: NewPersonRow['role']; team: string; language: 'nl' | 'en' }> = [
  { name: 'Lotte de Vries', local: 'lotte', role: 'admin', team: 'Leren & Ontwikkelen', language: 'nl' },
  { name: 'Mark Jansen', local: 'mark', role: 'manager', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Sanne Bakker', local: 'sanne', role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Daan Visser', local: 'daan', role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Aisha El Amrani', local: 'aisha', role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Tomasz Nowak', local: 'tomasz', role: 'employee', team: 'Afdeling Zonnebloem', language: 'en' },
  { name: 'Emma de Jong', local: null, role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Priya Raman', local: 'priya', role: 'manager', team: 'Keuken', language: 'en' },
  { name: 'Kees Smit', local: null, role: 'employee', team: 'Keuken', language: 'nl' },
  { name: 'Fatma Yilmaz', local: 'fatma', role: 'employee', team: 'Keuken', language: 'nl' },
  // Colleagues without a demo sign-in: enough people behind the evaluation's answers for every figure to add up.
  { name: 'Noah de Graaf', local: null, role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Lisa Mulder', local: null, role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Yara Koster', local: null, role: 'employee', team: 'Afdeling Zonnebloem', language: 'nl' },
  { name: 'Ahmed Benali', local: null, role: 'employee', team: 'Keuken', language: 'nl' },
  { name: 'Joost van Dijk', local: null, role: 'employee', team: 'Keuken', language: 'nl' },
  { name: 'Marieke Bos', local: null, role: 'employee', team: 'Keuken', language: 'nl' },
  { name: 'Rosa Santos', local: null, role: 'employee', team: 'Keuken', language: 'en' },
  { name: 'Bram Hendriks', local: null, role: 'employee', team: 'Leren & Ontwikkelen', language: 'nl' },
  { name: 'Ingrid Vos', local: null, role: 'employee', team: 'Leren & Ontwikkelen', language: 'nl' },
];

const demoDepartments: Record<string, string[]> = {
  Zorg: ['Afdeling Zonnebloem'],
  Facilitair: ['Keuken'],
  'HR & Opleidingen': ['Leren & Ontwikkelen'],
};

/**
 * Fills an empty database with a living demo organisation, so a first start
 * shows something real. Does nothing once anyone exists.
 */
export async function loadDemoOrganisation(db: Kysely<Database>, now: Date, log: Logger): Promise<boolean> {
  const anyone = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  if (anyone) return false;
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const teamIds = new Map<string, { id: string; departmentId: string }>();
    for (const [department, teams] of Object.entries(demoDepartments)) {
      const departmentId = randomUUID();
      await trx.insertInto('departments').values({ id: departmentId, name: department, created_at: at }).execute();
      for (const team of teams) {
        const id = randomUUID();
        teamIds.set(team, { id, departmentId });
        await trx.insertInto('teams').values({ id, department_id: departmentId, name: team, created_at: at }).execute();
      }
    }
    const managers = new Map<string, string>();
    const personIds = new Map<string, string>();
    for (const p of demoPeople) {
      const team = teamIds.get(p.team);
      const id = randomUUID();
      if (p.role === 'manager' && team) managers.set(p.team, id);
      if (p.local) personIds.set(p.local, id);
      await trx
        .insertInto('people')
        .values({
          id,
          email: p.local ? `${p.local}@${DEMO_DOMAIN}` : null,
          name: p.name,
          role: p.role,
          language: p.language,
          time_zone: 'Europe/Amsterdam',
          department_id: team?.departmentId ?? null,
          team_id: team?.id ?? null,
          manager_id: p.role === 'employee' ? (managers.get(p.team) ?? null) : null,
          created_at: at,
          joined_at: null,
        })
        .execute();
    }
    const itemIds = new Map<string, string>();
    for (const item of demoItems) itemIds.set(item.key, await insertDemoItem(trx, item, now));
    for (const [index, teaser] of demoTeasers.entries()) {
      const id = randomUUID();
      const publishedAt = new Date(now.getTime() - (index + 1) * 3_600_000).toISOString();
      const itemId = teaser.item ? (itemIds.get(teaser.item) ?? null) : null;
      await trx.insertInto('teasers').values({ id, item_id: itemId, published_at: publishedAt, created_at: at }).execute();
      await trx
        .insertInto('teaser_texts')
        .values(Object.entries(teaser.texts).map(([language, text]) => ({ teaser_id: id, language: language as 'nl' | 'en', ...text })))
        .execute();
    }
    await loadDemoRewards(trx, now, personIds);
    await loadDemoMoments(trx, now, personIds);
    await loadDemoCampaign(trx, now, personIds);
    // Colleagues HR has not imported may join with their work address: the poster's way in has no dead end.
    await writeSetting(trx, SIGN_UP_SETTING, { domains: [DEMO_DOMAIN], defaultLanguage: 'nl' }, now);
    await loadDemoStrategy(trx, now, teamIds, itemIds);
    await loadDemoRetain(trx, now, personIds, itemIds, teamIds);
    await loadDemoJourney(trx, now, itemIds);
    await loadDemoFunnel(trx, now);
  });
  // The funnel's rollups, folded once now; the scheduler keeps them current from here.
  await foldFunnel(db, now, { full: true });
  log.info(`Loaded the demo organisation: sign in as lotte@${DEMO_DOMAIN} (admin), mark@${DEMO_DOMAIN} (manager) or sanne@${DEMO_DOMAIN} (employee)`);
  return true;
}

async function insertDemoItem(trx: Kysely<Database>, item: DemoItem, now: Date): Promise<string> {
  const id = randomUUID();
  const at = new Date(now.getTime() - 86_400_000).toISOString();
  await trx
    .insertInto('learning_items')
    .values({
      id,
      kind: item.kind,
      duration_minutes: item.durationMinutes,
      competencies: JSON.stringify(item.competencies),
      target_roles: '[]',
      target_department_ids: '[]',
      macro_url: item.macro?.url ?? null,
      macro_parts: item.macro?.parts ?? null,
      published_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [language, text] of Object.entries(item.texts)) {
    await trx
      .insertInto('learning_item_texts')
      .values({
        item_id: id,
        language: language as 'nl' | 'en',
        title: text.title,
        summary: text.summary,
        micro_content: text.micro ? JSON.stringify(text.micro) : null,
      })
      .execute();
  }
  for (const session of item.sessions ?? []) {
    const start = new Date(now);
    start.setUTCDate(start.getUTCDate() + session.inDays);
    start.setUTCHours(session.hour - 1, 0, 0, 0);
    await trx
      .insertInto('classroom_sessions')
      .values({
        id: randomUUID(),
        item_id: id,
        starts_at: start.toISOString(),
        ends_at: new Date(start.getTime() + item.durationMinutes * 60_000).toISOString(),
        place: session.place,
        seats: session.seats,
      })
      .execute();
  }
  return id;
}
