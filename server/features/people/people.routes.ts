import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  createPersonContract,
  deleteMeContract,
  getMeContract,
  importPeopleContract,
  listPeopleContract,
  updateMeContract,
  updatePersonContract,
} from '../../../shared/contracts/people';
import { clearSessionCookies } from '../../http/session-cookies';
import { recordAccess } from '../works-council/access-log';
import { listPeople, rowToMe, rowToPerson } from './people.repository';
import { importPeople } from './import/people-import.service';
import { addPersonAsAdmin, erasePerson, updateOwnProfile, updatePersonAsAdmin } from './people.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;

const getMeRoute = defineRoute({ ...getMeContract, middleware: signedIn });
const updateMeRoute = defineRoute({ ...updateMeContract, middleware: signedIn });
const deleteMeRoute = defineRoute({ ...deleteMeContract, middleware: signedIn });
const listPeopleRoute = defineRoute({ ...listPeopleContract, middleware: admins });
const createPersonRoute = defineRoute({ ...createPersonContract, middleware: admins });
const updatePersonRoute = defineRoute({ ...updatePersonContract, middleware: admins });
const importPeopleRoute = defineRoute({ ...importPeopleContract, middleware: admins });

export function peopleRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getMeRoute, (c) => c.json(rowToMe(currentPerson(c)), 200))
    .openapi(updateMeRoute, async (c) => {
      const updated = await updateOwnProfile(deps.db, currentPerson(c).id, c.req.valid('json'));
      return c.json(rowToMe(updated), 200);
    })
    .openapi(deleteMeRoute, async (c) => {
      await erasePerson(deps.db, deps.hooks, currentPerson(c).id);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(listPeopleRoute, async (c) => {
      const people = await listPeople(deps.db);
      // Everyone on the list is on their own access log: an admin saw their details.
      await recordAccess(deps.db, currentPerson(c).id, people.map((p) => p.id), 'people_list', deps.clock());
      return c.json({ people: people.map(rowToPerson) }, 200);
    })
    .openapi(createPersonRoute, async (c) => {
      const person = await addPersonAsAdmin(deps.db, currentPerson(c), c.req.valid('json'), deps.clock());
      return c.json(rowToPerson(person), 201);
    })
    .openapi(updatePersonRoute, async (c) => {
      const person = await updatePersonAsAdmin(deps.db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock());
      return c.json(rowToPerson(person), 200);
    })
    .openapi(importPeopleRoute, async (c) => {
      const { csv, dryRun, skipInvalid } = c.req.valid('json');
      const result = await importPeople(deps.db, csv, { dryRun, skipInvalid, actorId: currentPerson(c).id }, deps.clock());
      return c.json({ rows: result.rows, errors: result.errors, imported: result.imported.length, created: result.created }, 200);
    });
}
