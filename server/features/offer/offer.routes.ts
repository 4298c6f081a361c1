import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { myOfferContract } from '../../../shared/contracts/offer';
import { offerFor } from './offer.service';

const offerRoute = defineRoute({ ...myOfferContract, middleware: [requireRole()] as const });

export function offerRoutes(deps: AppDeps) {
  return createRouter().openapi(offerRoute, async (c) => c.json(await offerFor(deps.db, currentPerson(c), deps.clock()), 200));
}
