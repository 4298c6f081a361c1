import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  acceptAmbassadorContract,
  adminIdeasContract,
  ambassadorCandidatesContract,
  ambassadorDraftsContract,
  ambassadorSettingsContract,
  draftByAmbassadorContract,
  ideasContract,
  inviteAmbassadorContract,
  leaveAmbassadorContract,
  myAmbassadorContract,
  reviewAmbassadorDraftContract,
  setIdeaStatusContract,
  suggestIdeaContract,
  supportIdeaContract,
  withdrawSupportContract,
} from '../../../shared/contracts/ideas';
import {
  acceptAmbassador,
  ambassadorCandidates,
  changeAmbassadorSettings,
  draftAsAmbassador,
  draftsToReview,
  inviteAmbassador,
  leaveAmbassador,
  myAmbassador,
  reviewDraft,
} from './ambassadors.service';
import { allIdeas, ideasFor, setIdeaStatus, suggestIdea, support, withdrawSupport } from './ideas.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;
const ok = { ok: true as const };

export function ideaRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(defineRoute({ ...ideasContract, middleware: signedIn }), async (c) => c.json({ ideas: await ideasFor(deps.db, currentPerson(c), deps.clock()) }, 200))
    .openapi(defineRoute({ ...suggestIdeaContract, middleware: signedIn }), async (c) => c.json(await suggestIdea(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(defineRoute({ ...supportIdeaContract, middleware: signedIn }), async (c) => c.json(await support(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(defineRoute({ ...withdrawSupportContract, middleware: signedIn }), async (c) =>
      c.json(await withdrawSupport(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200),
    )
    .openapi(defineRoute({ ...adminIdeasContract, middleware: admins }), async (c) => c.json({ ideas: await allIdeas(deps.db, currentPerson(c)) }, 200))
    .openapi(defineRoute({ ...setIdeaStatusContract, middleware: admins }), async (c) =>
      c.json(await setIdeaStatus(deps, currentPerson(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(defineRoute({ ...myAmbassadorContract, middleware: signedIn }), async (c) => c.json(await myAmbassador(deps.db, currentPerson(c)), 200))
    .openapi(defineRoute({ ...ambassadorSettingsContract, middleware: signedIn }), async (c) =>
      c.json(await changeAmbassadorSettings(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 200),
    )
    .openapi(defineRoute({ ...acceptAmbassadorContract, middleware: signedIn }), async (c) => c.json(await acceptAmbassador(deps.db, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...leaveAmbassadorContract, middleware: signedIn }), async (c) => c.json(await leaveAmbassador(deps.db, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...ambassadorCandidatesContract, middleware: admins }), async (c) => c.json(await ambassadorCandidates(deps.db, deps.clock()), 200))
    .openapi(defineRoute({ ...inviteAmbassadorContract, middleware: admins }), async (c) => {
      await inviteAmbassador(deps, currentPerson(c), c.req.valid('param').id);
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...draftByAmbassadorContract, middleware: signedIn }), async (c) =>
      c.json(await draftAsAmbassador(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201),
    )
    .openapi(defineRoute({ ...ambassadorDraftsContract, middleware: admins }), async (c) => c.json(await draftsToReview(deps.db), 200))
    .openapi(defineRoute({ ...reviewAmbassadorDraftContract, middleware: admins }), async (c) => {
      await reviewDraft(deps.db, c.req.valid('param').id);
      return c.json(ok, 200);
    });
}
