import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  addSessionContract,
  adoptAmbassadorDraftContract,
  cancelSessionContract,
  createItemContract,
  createTeaserContract,
  deleteTeaserContract,
  getItemContract,
  getTeaserContract,
  listItemsContract,
  listTeasersContract,
  replaceItemContract,
  updateSessionContract,
  updateTeaserContract,
} from '../../../shared/contracts/authoring';
import { listAdminItems } from './item-authoring.repository';
import { addSession, createItem, deleteSession, getAdminItem, updateItem, updateSession } from './item-authoring.service';
import { listAdminTeasers } from './teaser-authoring.repository';
import { adoptAmbassadorDraft } from './draft-adoption.service';
import { createTeaser, deleteTeaser, getAdminTeaser, updateTeaser } from './teaser-authoring.service';

const middleware = [requireRole('admin')] as const;

const listTeasers = defineRoute({ ...listTeasersContract, middleware });
const getTeaser = defineRoute({ ...getTeaserContract, middleware });
const postTeaser = defineRoute({ ...createTeaserContract, middleware });
const patchTeaser = defineRoute({ ...updateTeaserContract, middleware });
const removeTeaser = defineRoute({ ...deleteTeaserContract, middleware });
const listItems = defineRoute({ ...listItemsContract, middleware });
const getItem = defineRoute({ ...getItemContract, middleware });
const postItem = defineRoute({ ...createItemContract, middleware });
const putItem = defineRoute({ ...replaceItemContract, middleware });
const postSession = defineRoute({ ...addSessionContract, middleware });
const putSession = defineRoute({ ...updateSessionContract, middleware });
const removeSession = defineRoute({ ...cancelSessionContract, middleware });
const adoptDraft = defineRoute({ ...adoptAmbassadorDraftContract, middleware });

export function authoringRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listTeasers, async (c) => c.json({ teasers: await listAdminTeasers(db) }, 200))
    .openapi(getTeaser, async (c) => c.json(await getAdminTeaser(db, c.req.valid('param').id), 200))
    .openapi(postTeaser, async (c) => c.json(await createTeaser(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(patchTeaser, async (c) => c.json(await updateTeaser(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(removeTeaser, async (c) => {
      await deleteTeaser(db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json({ ok: true as const }, 200);
    })
    .openapi(listItems, async (c) => c.json({ items: await listAdminItems(db) }, 200))
    .openapi(getItem, async (c) => c.json(await getAdminItem(db, c.req.valid('param').id), 200))
    .openapi(postItem, async (c) => c.json(await createItem(db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(putItem, async (c) => c.json(await updateItem(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(postSession, async (c) => c.json(await addSession(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 201))
    .openapi(putSession, async (c) => c.json(await updateSession(db, currentPerson(c), c.req.valid('param').id, c.req.valid('json'), deps.clock()), 200))
    .openapi(removeSession, async (c) => c.json(await deleteSession(db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(adoptDraft, async (c) => c.json(await adoptAmbassadorDraft(deps, currentPerson(c), c.req.valid('param').id, deps.clock()), 200));
}
