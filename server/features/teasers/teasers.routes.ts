import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { feedContract } from '../../../shared/contracts/feed';
import { feedJsonFor } from './teasers.service';

const feedRoute = defineRoute({ ...feedContract, middleware: [requireRole()] as const });

export function teaserRoutes(deps: AppDeps) {
  // The feed is sent as the JSON feedJsonFor keeps per person (see there); it is built from feedSchema's type.
  return createRouter().openapi(feedRoute, async (c) =>
    c.body(await feedJsonFor(deps.db, currentPerson(c), deps.clock(), c.get('catalogueVersion') ?? undefined), 200, {
      'Content-Type': 'application/json',
    }),
  );
}
