import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { idSchema, okSchema } from '../../../shared/schemas/common';
import { inboxSchema, pushPublicKeySchema, pushSubscriptionSchema } from '../../../shared/schemas/push';
import { currentPerson, requireRole } from '../../http/access';
import { countUnreadInbox, deleteSubscription, listInbox, markInboxRead, saveSubscription } from './push.repository';
import { vapidKeys } from './vapid';

const publicKeyRoute = defineRoute({
  method: 'get',
  path: '/api/push/public-key',
  tags: ['Notifications'],
  summary: "The server's VAPID public key, for PushManager.subscribe()",
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(pushPublicKeySchema, 'applicationServerKey (base64url)'), 401: errorResponses[401] },
});

const subscribeRoute = defineRoute({
  method: 'put',
  path: '/api/me/push-subscriptions',
  tags: ['Notifications'],
  summary: "Register this device's push subscription; the app re-sends it on each start (marks the device as in use)",
  middleware: [requireRole()] as const,
  request: { body: jsonBody(pushSubscriptionSchema) },
  responses: { 200: jsonContent(z.object({ id: idSchema }), 'The subscription id'), 400: errorResponses[400], 401: errorResponses[401] },
});

const unsubscribeRoute = defineRoute({
  method: 'delete',
  path: '/api/me/push-subscriptions/{id}',
  tags: ['Notifications'],
  summary: 'Stop pushes to one of your devices',
  middleware: [requireRole()] as const,
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: jsonContent(okSchema, 'Removed'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
});

const inboxRoute = defineRoute({
  method: 'get',
  path: '/api/me/inbox',
  tags: ['Notifications'],
  summary: 'Reminders and messages sent to you, newest first; those that could not be pushed are unread until you read them',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(inboxSchema, 'Your inbox'), 401: errorResponses[401] },
});

const readInboxRoute = defineRoute({
  method: 'post',
  path: '/api/me/inbox/read',
  tags: ['Notifications'],
  summary: 'Mark everything in your inbox as read',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(okSchema, 'Marked'), 401: errorResponses[401] },
});

export function pushRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(publicKeyRoute, async (c) => c.json({ publicKey: (await vapidKeys(deps.db, deps.config, deps.clock())).publicKey }, 200))
    .openapi(subscribeRoute, async (c) => c.json({ id: await saveSubscription(deps.db, currentPerson(c).id, c.req.valid('json'), deps.clock()) }, 200))
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
