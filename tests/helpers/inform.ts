import { createMyGoal, createSharedGoal } from '../../server/features/strategy/goals.service';
import { savePathOf } from '../../server/features/paths/paths.service';
import type { PersonRow } from '../../server/features/people/people.table';
import type { PathInput } from '../../shared/schemas/paths';
import type { TestContext } from './test-app';

/** An organisation goal, made through the service as an admin would. */
export async function addOrganisationGoal(ctx: TestContext, admin: PersonRow, itemIds: string[] = []) {
  return createSharedGoal(ctx.deps.db, admin, { level: 'organisation', title: { nl: 'Competenties ontwikkelen', en: 'Develop competencies' }, competencies: [], itemIds }, ctx.clock());
}

/** A goal `person` sets for themselves. */
export async function addPersonalGoal(ctx: TestContext, person: PersonRow) {
  return createMyGoal(ctx.deps.db, person, { title: 'Learn the new health record system', competencies: [], agreedWithManager: false }, ctx.clock());
}

/** A learning path for everyone (unless `input` says otherwise), made as an admin. */
export async function addPath(ctx: TestContext, admin: PersonRow, itemIds: string[], input: Partial<PathInput> = {}) {
  return savePathOf(
    ctx.deps.db,
    admin,
    null,
    {
      title: { nl: 'BHV', en: 'Emergency response' },
      purpose: 'change',
      mandatory: false,
      itemIds,
      target: { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] },
      ...input,
    },
    ctx.clock(),
  );
}
