import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  createPersonContract,
  deleteMeContract,
  getMeContract,
  listPeopleContract,
  updateMeContract,
} from '../../../shared/contracts/people';
import { clearSessionCookies } from '../../http/session-cookies';
import { listPeople, rowToMe, rowToPerson } from './people.repository';
import { createPerson, erasePerson, updateOwnProfile } from './people.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;

const getMeRoute = defineRoute({ ...getMeContract, middleware: signedIn });
const updateMeRoute = defineRoute({ ...updateMeContract, middleware: signedIn });
const deleteMeRoute = defineRoute({ ...deleteMeContract, middleware: signedIn });
const listPeopleRoute = defineRoute({ ...listPeopleContract, middleware: admins });
const createPersonRoute = defineRoute({ ...createPersonContract, middleware: admins });

export function peopleRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getMeRoute, (c) => c.json(rowToMe(currentPerson(c)), 200))
    .openapi(updateMeRoute, async (c) => {
      const updated = await updateOwnProfile(deps.db, currentPerson(c).id, c.req.valid('json'));
      return c.json(rowToMe(updated), 200);
    })
    .openapi(deleteMeRoute, async (c) => {
      await erasePerson(deps.db, currentPerson(c).id);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(listPeopleRoute, async (c) => c.json({ people: (await listPeople(deps.db)).map(rowToPerson) }, 200))
    .openapi(createPersonRoute, async (c) => {
      const person = await createPerson(deps.db, c.req.valid('json'), deps.clock());
      return c.json(rowToPerson(person), 201);
    });
}
