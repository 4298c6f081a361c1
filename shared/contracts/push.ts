import * as z from 'zod/mini';
import { createdIdSchema, idSchema, okSchema } from '../schemas/common';
import { inboxSchema, pushPublicKeySchema, pushSubscriptionSchema } from '../schemas/push';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const pushPublicKeyContract = defineContract({
  method: 'get',
  path: '/api/push/public-key',
  tags: ['Notifications'],
  summary: "The server's VAPID public key, for PushManager.subscribe()",
  responses: { 200: jsonContent(pushPublicKeySchema, 'applicationServerKey (base64url)'), 401: errorResponses[401] },
});

export const subscribePushContract = defineContract({
  method: 'put',
  path: '/api/me/push-subscriptions',
  tags: ['Notifications'],
  summary: "Register this device's push subscription; the app re-sends it on each start (marks the device as in use)",
  request: { body: jsonBody(pushSubscriptionSchema) },
  description:
    'The endpoint must be https: on a public host and the keys a P-256 point and a 16-byte secret (400 invalid_subscription); ' +
    'an endpoint stays with the person who registered it first until they remove it (409 endpoint_taken).',
  responses: {
    200: jsonContent(createdIdSchema, 'The subscription id'),
    400: errorResponses[400],
    401: errorResponses[401],
    409: errorResponses[409],
  },
});

export const unsubscribePushContract = defineContract({
  method: 'delete',
  path: '/api/me/push-subscriptions/{id}',
  tags: ['Notifications'],
  summary: 'Stop pushes to one of your devices',
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: jsonContent(okSchema, 'Removed'), 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
});

export const inboxContract = defineContract({
  method: 'get',
  path: '/api/me/inbox',
  tags: ['Notifications'],
  summary: 'Reminders and messages sent to you, newest first; those that could not be pushed are unread until you read them',
  responses: { 200: jsonContent(inboxSchema, 'Your inbox'), 401: errorResponses[401] },
});

export const readInboxContract = defineContract({
  method: 'post',
  path: '/api/me/inbox/read',
  tags: ['Notifications'],
  summary: 'Mark everything in your inbox as read',
  responses: { 200: jsonContent(okSchema, 'Marked'), 401: errorResponses[401] },
});
