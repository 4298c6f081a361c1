import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { requireRole } from '../../http/access';
import {
  countTargetGroupContract,
  createTargetGroupContract,
  deleteTargetGroupContract,
  listTargetGroupsContract,
  replaceTargetGroupContract,
  targetGroupMembersContract,
} from '../../../shared/contracts/target-groups';
import { countRules, createGroup, deleteGroup, groupMembers, listGroups, updateGroup } from './target-groups.service';

const admins = [requireRole('admin')] as const;

const listRoute = defineRoute({ ...listTargetGroupsContract, middleware: admins });
const postRoute = defineRoute({ ...createTargetGroupContract, middleware: admins });
const putRoute = defineRoute({ ...replaceTargetGroupContract, middleware: admins });
const deleteRoute = defineRoute({ ...deleteTargetGroupContract, middleware: admins });
const membersRoute = defineRoute({ ...targetGroupMembersContract, middleware: admins });
const countRoute = defineRoute({ ...countTargetGroupContract, middleware: admins });

export function targetGroupRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ groups: await listGroups(db, deps.clock()) }, 200))
    .openapi(countRoute, async (c) => c.json(await countRules(db, c.req.valid('json'), deps.clock()), 200))
    .openapi(postRoute, async (c) => c.json(await createGroup(db, c.req.valid('json'), deps.clock()), 201))
    .openapi(putRoute, async (c) => c.json(await updateGroup(db, c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(deleteRoute, async (c) => {
      await deleteGroup(db, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(membersRoute, async (c) => c.json(await groupMembers(db, c.req.valid('param').id, deps.clock()), 200));
}
