import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  createJourneyContract,
  getJourneyContract,
  journeyClickContract,
  journeyFiguresContract,
  listJourneysContract,
  previewJourneyContract,
  setJourneyStatusContract,
  testSendJourneyContract,
  updateJourneyContract,
} from '../../../shared/contracts/journeys';
import { createJourney, getJourney, journeyFigures, listJourneys, previewJourney, setJourneyStatus, testSendJourney, updateJourney } from './journeys.service';
import { followJourneyLink } from './journey-links';

const admins = [requireRole('admin')] as const;

export function journeyRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(defineRoute({ ...listJourneysContract, middleware: admins }), async (c) => c.json(await listJourneys(deps.db), 200))
    .openapi(defineRoute({ ...createJourneyContract, middleware: admins }), async (c) => c.json(await createJourney(deps.db, c.req.valid('json'), deps.clock()), 201))
    .openapi(defineRoute({ ...getJourneyContract, middleware: admins }), async (c) => c.json(await getJourney(deps.db, c.req.valid('param').id), 200))
    .openapi(defineRoute({ ...updateJourneyContract, middleware: admins }), async (c) => c.json(await updateJourney(deps.db, c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(defineRoute({ ...setJourneyStatusContract, middleware: admins }), async (c) =>
      c.json(await setJourneyStatus(deps.db, c.req.valid('param').id, c.req.valid('json').status, deps.clock()), 200),
    )
    .openapi(defineRoute({ ...previewJourneyContract, middleware: admins }), async (c) => c.json(await previewJourney(deps, c.req.valid('param').id, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...testSendJourneyContract, middleware: admins }), async (c) => {
      const body = c.req.valid('json');
      await testSendJourney(deps, c.req.valid('param').id, currentPerson(c), body.stepId, body.language, deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(defineRoute({ ...journeyFiguresContract, middleware: admins }), async (c) => c.json(await journeyFigures(deps.db, c.req.valid('param').id), 200))
    // Public: the link in a mail or push, followed from any device, with or without a session.
    .openapi(defineRoute(journeyClickContract), async (c) => c.redirect(await followJourneyLink(deps, c.req.valid('param').code, deps.clock()), 302));
}
