import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  adminStrategyContract,
  createGoalContract,
  createMyGoalContract,
  deleteGoalContract,
  deleteMyGoalContract,
  myWiifmContract,
  putDriversContract,
  putRoleCompetenciesContract,
  putWiifmContract,
  updateGoalContract,
  updateMyGoalContract,
  whyWeLearnContract,
} from '../../../shared/contracts/strategy';
import { intakeAnswerOf } from '../intake/intake.service';
import { createMyGoal, createSharedGoal, deleteMyGoal, deleteSharedGoal, updateMyGoal, updateSharedGoal } from './goals.service';
import { adminStrategy, saveDrivers, saveRoleCompetencies } from './strategy.service';
import { whyWeLearnFor } from './why-we-learn.service';
import { myWiifm, saveWiifm } from './wiifm.service';

const admins = [requireRole('admin')] as const;
const signedIn = [requireRole()] as const;

const strategyRoute = defineRoute({ ...adminStrategyContract, middleware: admins });
const driversRoute = defineRoute({ ...putDriversContract, middleware: admins });
const createGoalRoute = defineRoute({ ...createGoalContract, middleware: admins });
const updateGoalRoute = defineRoute({ ...updateGoalContract, middleware: admins });
const deleteGoalRoute = defineRoute({ ...deleteGoalContract, middleware: admins });
const wiifmRoute = defineRoute({ ...putWiifmContract, middleware: admins });
const roleRoute = defineRoute({ ...putRoleCompetenciesContract, middleware: admins });
const whyRoute = defineRoute({ ...whyWeLearnContract, middleware: signedIn });
const myWiifmRoute = defineRoute({ ...myWiifmContract, middleware: signedIn });
const createMyGoalRoute = defineRoute({ ...createMyGoalContract, middleware: signedIn });
const updateMyGoalRoute = defineRoute({ ...updateMyGoalContract, middleware: signedIn });
const deleteMyGoalRoute = defineRoute({ ...deleteMyGoalContract, middleware: signedIn });

export function strategyRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(strategyRoute, async (c) => c.json(await adminStrategy(db, currentPerson(c), deps.clock()), 200))
    .openapi(driversRoute, async (c) => c.json({ drivers: await saveDrivers(db, currentPerson(c), c.req.valid('json'), deps.clock()) }, 200))
    .openapi(createGoalRoute, async (c) => c.json(await createSharedGoal(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(updateGoalRoute, async (c) => c.json(await updateSharedGoal(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(deleteGoalRoute, async (c) => {
      await deleteSharedGoal(db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(wiifmRoute, async (c) => c.json(await saveWiifm(db, currentPerson(c), c.req.valid('json'), deps.clock()), 200))
    .openapi(roleRoute, async (c) => c.json(await saveRoleCompetencies(db, currentPerson(c), c.req.valid('param').role, c.req.valid('json'), deps.clock()), 200))
    .openapi(whyRoute, async (c) => c.json(await whyWeLearnFor(db, currentPerson(c), deps.clock()), 200))
    .openapi(myWiifmRoute, async (c) => {
      const person = currentPerson(c);
      const needs = (await intakeAnswerOf(db, person.id))?.needs ?? [];
      return c.json({ messages: await myWiifm(db, person, needs, deps.clock(), c.req.valid('query').campaignId) }, 200);
    })
    .openapi(createMyGoalRoute, async (c) => c.json(await createMyGoal(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(updateMyGoalRoute, async (c) => c.json(await updateMyGoal(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(deleteMyGoalRoute, async (c) => {
      await deleteMyGoal(db, currentPerson(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    });
}
