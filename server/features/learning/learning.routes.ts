import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { learningItemContract, registerForSessionContract, unregisterFromSessionContract } from '../../../shared/contracts/learning';
import { register, unregister } from './classroom.service';
import { itemForPerson } from './learning.service';

const signedIn = [requireRole()] as const;

const itemRoute = defineRoute({ ...learningItemContract, middleware: signedIn });
const registerRoute = defineRoute({ ...registerForSessionContract, middleware: signedIn });
const unregisterRoute = defineRoute({ ...unregisterFromSessionContract, middleware: signedIn });

export function learningRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(itemRoute, async (c) => c.json(await itemForPerson(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(registerRoute, async (c) => c.json(await register(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(unregisterRoute, async (c) => c.json(await unregister(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200));
}
