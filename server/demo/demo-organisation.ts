import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Logger } from '../http/app-env';
import type { NewPersonRow } from '../features/people/people.table';
import { demoTeasers } from './demo-teasers';

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
    for (const p of demoPeople) {
      const team = teamIds.get(p.team);
      const id = randomUUID();
      if (p.role === 'manager' && team) managers.set(p.team, id);
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
    for (const [index, teaser] of demoTeasers.entries()) {
      const id = randomUUID();
      const publishedAt = new Date(now.getTime() - (index + 1) * 3_600_000).toISOString();
      await trx.insertInto('teasers').values({ id, published_at: publishedAt, created_at: at }).execute();
      await trx
        .insertInto('teaser_texts')
        .values(Object.entries(teaser).map(([language, text]) => ({ teaser_id: id, language: language as 'nl' | 'en', ...text })))
        .execute();
    }
  });
  log.info(`Loaded the demo organisation: sign in as lotte@${DEMO_DOMAIN} (admin), mark@${DEMO_DOMAIN} (manager) or sanne@${DEMO_DOMAIN} (employee)`);
  return true;
}
