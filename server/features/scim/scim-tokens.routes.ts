import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { mintScimTokenContract, revokeScimTokenContract } from '../../../shared/contracts/works-council';
import { SCIM_BASE_PATH } from './scim.routes';
import { mintScimToken, revokeToken } from './scim-tokens.service';

const admins = [requireRole('admin')] as const;
const mintRoute = defineRoute({ ...mintScimTokenContract, middleware: admins });
const revokeRoute = defineRoute({ ...revokeScimTokenContract, middleware: admins });

/** Admins mint and revoke the identity provider's SCIM tokens; the route layer audits both. */
export function scimTokenRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(mintRoute, async (c) => {
      const minted = await mintScimToken(deps.db, currentPerson(c).id, c.req.valid('json').label, deps.clock());
      return c.json({ ...minted, scimUrl: `${deps.config.publicUrl}${SCIM_BASE_PATH}` }, 201);
    })
    .openapi(revokeRoute, async (c) => {
      await revokeToken(deps.db, c.req.valid('param').id, deps.clock());
      return c.json({ ok: true as const }, 200);
    });
}
