import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import {
  answerRsvpContract,
  attachToCampaignContract,
  createCampaignContract,
  getCampaignContract,
  kickoffContract,
  kickoffIcsContract,
  listCampaignsContract,
  myRsvpContract,
  publishCampaignContract,
  replaceCampaignContract,
  scanKickoffContract,
} from '../../../shared/contracts/campaigns';
import { posterUrl } from '../posters/short-code';
import { attachToCampaign, createCampaign, getCampaign, listCampaigns, publishCampaign, updateCampaign } from './campaigns.service';
import { kickoffIcs } from './kickoff-ics';
import { answerRsvp, kickoffByCode, rsvpOf } from './kickoff.service';

const admins = [requireRole('admin')] as const;
const signedIn = [requireRole()] as const;

const listRoute = defineRoute({ ...listCampaignsContract, middleware: admins });
const getRoute = defineRoute({ ...getCampaignContract, middleware: admins });
const postRoute = defineRoute({ ...createCampaignContract, middleware: admins });
const putRoute = defineRoute({ ...replaceCampaignContract, middleware: admins });
const publishRoute = defineRoute({ ...publishCampaignContract, middleware: admins });
const attachRoute = defineRoute({ ...attachToCampaignContract, middleware: admins });
const kickoffRoute = defineRoute(kickoffContract);
const scanRoute = defineRoute(scanKickoffContract);
const icsRoute = defineRoute(kickoffIcsContract);
const getRsvpRoute = defineRoute({ ...myRsvpContract, middleware: signedIn });
const putRsvpRoute = defineRoute({ ...answerRsvpContract, middleware: signedIn });

export function campaignRoutes(deps: AppDeps) {
  const { db, config } = deps;
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ campaigns: await listCampaigns(db, config.publicUrl, deps.clock()) }, 200))
    .openapi(getRoute, async (c) => c.json(await getCampaign(db, config.publicUrl, c.req.valid('param').id, deps.clock()), 200))
    .openapi(publishRoute, async (c) =>
      c.json(await publishCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, c.req.valid('json').anyway, deps.clock()), 200),
    )
    .openapi(postRoute, async (c) => c.json(await createCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(putRoute, async (c) => c.json(await updateCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(attachRoute, async (c) =>
      c.json(await attachToCampaign(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200),
    )
    .openapi(kickoffRoute, async (c) => c.json(await kickoffByCode(db, c.req.valid('param').code, deps.clock(), { countScan: false }), 200))
    .openapi(scanRoute, async (c) => c.json(await kickoffByCode(db, c.req.valid('param').code, deps.clock(), { countScan: true }), 200))
    .openapi(icsRoute, async (c) => {
      const now = deps.clock();
      const kickoff = await kickoffByCode(db, c.req.valid('param').code, now, { countScan: false });
      const { kickoffAt } = kickoff;
      if (!kickoffAt) throw new AppError(422, 'no_kickoff', 'This campaign has no kick-off moment yet');
      const ics = kickoffIcs({ ...kickoff, kickoffAt }, c.req.valid('query').lang, posterUrl(config.publicUrl, kickoff.code), now);
      return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="kickoff.ics"' });
    })
    .openapi(getRsvpRoute, async (c) => c.json({ answer: await rsvpOf(db, c.req.valid('param').id, currentPerson(c)) }, 200))
    .openapi(putRsvpRoute, async (c) =>
      c.json({ answer: await answerRsvp(db, c.req.valid('param').id, currentPerson(c), c.req.valid('json').answer, deps.clock()) }, 200),
    );
}
