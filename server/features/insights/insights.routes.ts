import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { campaignFunnelContract, campaignPlanContract, teamFunnelContract } from '../../../shared/contracts/insights';
import { campaignFunnel, teamFunnel } from './funnel.service';
import { planOfCampaign } from './planner.service';

const admins = [requireRole('admin')] as const;
const managers = [requireRole('manager')] as const;

const planRoute = defineRoute({ ...campaignPlanContract, middleware: admins });
const funnelRoute = defineRoute({ ...campaignFunnelContract, middleware: admins });
const teamRoute = defineRoute({ ...teamFunnelContract, middleware: managers });

export function insightsRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(planRoute, async (c) => c.json(await planOfCampaign(db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(funnelRoute, async (c) => c.json(await campaignFunnel(db, currentPerson(c), c.req.valid('param').id, c.req.valid('query'), deps.clock()), 200))
    .openapi(teamRoute, async (c) => c.json(await teamFunnel(db, currentPerson(c), deps.clock()), 200));
}
