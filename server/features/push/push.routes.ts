import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import { inboxContract, pushPublicKeyContract, readInboxContract, subscribePushContract, unsubscribePushContract } from '../../../shared/contracts/push';
import { countUnreadInbox, deleteSubscription, listInbox, markInboxRead, saveSubscription } from './push.repository';
import { endpointProblem } from './endpoint-policy';
import { pushKeyProblem } from './push-keys';
import { vapidKeys } from './vapid';

const signedIn = [requireRole()] as const;

const publicKeyRoute = defineRoute({ ...pushPublicKeyContract, middleware: signedIn });
const subscribeRoute = defineRoute({ ...subscribePushContract, middleware: signedIn });
const unsubscribeRoute = defineRoute({ ...unsubscribePushContract, middleware: signedIn });
const inboxRoute = defineRoute({ ...inboxContract, middleware: signedIn });
const readInboxRoute = defineRoute({ ...readInboxContract, middleware: signedIn });

export function pushRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(publicKeyRoute, async (c) => c.json({ publicKey: (await vapidKeys(deps.db, deps.config, deps.clock())).publicKey }, 200))
    .openapi(subscribeRoute, async (c) => {
      const input = c.req.valid('json');
      const problem = endpointProblem(new URL(input.endpoint), deps.config.pushTrustedHosts) ?? pushKeyProblem(input.keys);
      if (problem) throw new AppError(400, 'invalid_subscription', problem);
      const id = await saveSubscription(deps.db, currentPerson(c).id, input, deps.clock());
      if (!id) throw new AppError(409, 'endpoint_taken', 'This device is registered to someone else; they must remove it first');
      return c.json({ id }, 200);
    })
    .openapi(unsubscribeRoute, async (c) => {
      if (!(await deleteSubscription(deps.db, currentPerson(c).id, c.req.valid('param').id))) throw notFound('Subscription');
      return c.json({ ok: true as const }, 200);
    })
    .openapi(inboxRoute, async (c) => {
      const personId = currentPerson(c).id;
      const [rows, unread] = await Promise.all([listInbox(deps.db, personId), countUnreadInbox(deps.db, personId)]);
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: r.title,
            body: r.body,
            url: r.url,
            createdAt: r.created_at,
            pushed: r.pushed_at !== null,
            // A push was seen on the lock screen: only what waited for the app is news.
            read: r.read_at !== null || r.pushed_at !== null,
          })),
          unread,
        },
        200,
      );
    })
    .openapi(readInboxRoute, async (c) => {
      await markInboxRead(deps.db, currentPerson(c).id, deps.clock());
      return c.json({ ok: true as const }, 200);
    });
}
