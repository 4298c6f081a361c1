import { randomUUID } from 'node:crypto';
import type { TeamRow } from '../../server/features/org/org.table';
import type { PersonRow } from '../../server/features/people/people.table';
import type { CreatePerson } from '../../shared/schemas/people';
import { addLearningItem } from './learning';
import { addPerson, signedInClient, TestClient, type TestContext } from './test-app';

let teamCount = 0;

/** A new team in a new department, written straight to the database: no API route creates teams yet. */
export async function addTeam(ctx: TestContext): Promise<TeamRow> {
  teamCount += 1;
  const createdAt = ctx.clock().toISOString();
  const departmentId = randomUUID();
  await ctx.deps.db.insertInto('departments').values({ id: departmentId, name: `Department ${teamCount}`, created_at: createdAt }).execute();
  return ctx.deps.db
    .insertInto('teams')
    .values({ id: randomUUID(), department_id: departmentId, name: `Team ${teamCount}`, created_at: createdAt })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Who calls the API in access tests: nobody, an employee, the manager of team A, the manager of team B, an admin. */
export const ACTORS = ['anonymous', 'employee', 'managerA', 'managerB', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

/**
 * Two teams, one person for each signed-in actor (the employee works in
 * team A), and one training of each kind open to all of them.
 */
export interface TestOrganisation {
  teamA: TeamRow;
  teamB: TeamRow;
  people: Record<SignedInActor, PersonRow>;
  items: { micro: string; macro: string; classroom: string; session: string };
}

export async function createTestOrganisation(ctx: TestContext): Promise<TestOrganisation> {
  const teams = { teamA: await addTeam(ctx), teamB: await addTeam(ctx) };
  const people = {
    employee: await addPerson(ctx, personLike('employee', teams)),
    managerA: await addPerson(ctx, personLike('managerA', teams)),
    managerB: await addPerson(ctx, personLike('managerB', teams)),
    admin: await addPerson(ctx, personLike('admin', teams)),
  };
  const classroom = await addLearningItem(ctx, 'classroom');
  const items = {
    micro: (await addLearningItem(ctx, 'micro')).id,
    macro: (await addLearningItem(ctx, 'macro')).id,
    classroom: classroom.id,
    session: classroom.sessionId ?? '',
  };
  return { ...teams, people, items };
}

function personLike(actor: SignedInActor, { teamA, teamB }: Pick<TestOrganisation, 'teamA' | 'teamB'>): Partial<CreatePerson> {
  switch (actor) {
    case 'employee':
      return { role: 'employee', teamId: teamA.id };
    case 'managerA':
      return { role: 'manager', teamId: teamA.id };
    case 'managerB':
      return { role: 'manager', teamId: teamB.id };
    case 'admin':
      return { role: 'admin' };
  }
}

/** Clients signed in as the organisation's people, and one without a session. */
export async function signInActors(ctx: TestContext, org: TestOrganisation): Promise<Record<Actor, TestClient>> {
  return {
    anonymous: new TestClient(ctx.app),
    employee: await signedInClient(ctx, org.people.employee.id),
    managerA: await signedInClient(ctx, org.people.managerA.id),
    managerB: await signedInClient(ctx, org.people.managerB.id),
    admin: await signedInClient(ctx, org.people.admin.id),
  };
}

/**
 * A client for a new person in the same place as `actor` (same role and team),
 * for calls that end a session or erase the caller.
 */
export async function freshActor(ctx: TestContext, org: TestOrganisation, actor: Actor): Promise<TestClient> {
  if (actor === 'anonymous') return new TestClient(ctx.app);
  const person = await addPerson(ctx, personLike(actor, org));
  return signedInClient(ctx, person.id);
}
