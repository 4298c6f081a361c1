import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { answerIntakeContract, intakeSummaryContract, myIntakeContract, skipIntakeContract } from '../../../shared/contracts/intake';
import { answerIntake, intakeSummary, myIntake, skipIntake } from './intake.service';

const signedIn = [requireRole()] as const;

const mineRoute = defineRoute({ ...myIntakeContract, middleware: signedIn });
const answerRoute = defineRoute({ ...answerIntakeContract, middleware: signedIn });
const skipRoute = defineRoute({ ...skipIntakeContract, middleware: signedIn });
const summaryRoute = defineRoute({ ...intakeSummaryContract, middleware: [requireRole('admin')] as const });

export function intakeRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(mineRoute, async (c) => c.json(await myIntake(deps.db, currentPerson(c), deps.clock()), 200))
    .openapi(answerRoute, async (c) => c.json(await answerIntake(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 200))
    .openapi(skipRoute, async (c) => {
      await skipIntake(deps.db, currentPerson(c), deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(summaryRoute, async (c) => c.json(await intakeSummary(deps.db), 200));
}
