import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  adminStoriesContract,
  approveStoryContract,
  declineStoryContract,
  decideStoryEditContract,
  myStoriesContract,
  proposeStoryEditContract,
  shareStoryContract,
  sharedStoryContract,
  startStoryTrainingContract,
  storiesContract,
  viewStoryContract,
  withdrawStoryContract,
  writeStoryContract,
} from '../../../shared/contracts/stories';
import {
  adminStories,
  approveStory,
  countShare,
  countView,
  declineStory,
  decideEdit,
  listStories,
  myStories,
  proposeEdit,
  sharedStory,
  startFromStory,
  withdrawStory,
  writeStory,
} from './stories.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;
const ok = { ok: true as const };

const storiesRoute = defineRoute({ ...storiesContract, middleware: signedIn });
// Public: a share link opens for anyone; the answer says less to someone signed out.
const sharedRoute = defineRoute(sharedStoryContract);
const viewRoute = defineRoute(viewStoryContract);
const startRoute = defineRoute({ ...startStoryTrainingContract, middleware: signedIn });
const shareRoute = defineRoute({ ...shareStoryContract, middleware: signedIn });
const mineRoute = defineRoute({ ...myStoriesContract, middleware: signedIn });
const writeRoute = defineRoute({ ...writeStoryContract, middleware: signedIn });
const decideRoute = defineRoute({ ...decideStoryEditContract, middleware: signedIn });
const withdrawRoute = defineRoute({ ...withdrawStoryContract, middleware: signedIn });
const adminListRoute = defineRoute({ ...adminStoriesContract, middleware: admins });
const approveRoute = defineRoute({ ...approveStoryContract, middleware: admins });
const declineRoute = defineRoute({ ...declineStoryContract, middleware: admins });
const editRoute = defineRoute({ ...proposeStoryEditContract, middleware: admins });

export function storyRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(storiesRoute, async (c) => c.json({ stories: await listStories(deps, currentPerson(c), deps.clock()) }, 200))
    .openapi(sharedRoute, async (c) => c.json(await sharedStory(deps, c.req.valid('param').code, c.get('person'), c.req.valid('query').lang, deps.clock()), 200))
    .openapi(viewRoute, async (c) => {
      await countView(deps.db, c.req.valid('param').code, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(startRoute, async (c) => c.json(await startFromStory(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(shareRoute, async (c) => {
      await countShare(deps.db, c.req.valid('param').id, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(mineRoute, async (c) => c.json({ stories: await myStories(deps.db, currentPerson(c), deps.clock()) }, 200))
    .openapi(writeRoute, async (c) => c.json(await writeStory(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 201))
    .openapi(decideRoute, async (c) => c.json(await decideEdit(deps.db, currentPerson(c), c.req.valid('param').id, c.req.valid('json').accept, deps.clock()), 200))
    .openapi(withdrawRoute, async (c) => {
      await withdrawStory(deps.db, currentPerson(c), c.req.valid('param').id);
      return c.json(ok, 200);
    })
    .openapi(adminListRoute, async (c) => c.json({ stories: await adminStories(deps.db, deps.clock(), currentPerson(c).language) }, 200))
    .openapi(approveRoute, async (c) => {
      await approveStory(deps, currentPerson(c), c.req.valid('param').id);
      return c.json(ok, 200);
    })
    .openapi(declineRoute, async (c) => {
      await declineStory(deps, currentPerson(c), c.req.valid('param').id, c.req.valid('json').reason);
      return c.json(ok, 200);
    })
    .openapi(editRoute, async (c) => {
      await proposeEdit(deps, currentPerson(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(ok, 200);
    });
}
