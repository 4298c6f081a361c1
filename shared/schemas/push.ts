import * as z from 'zod/mini';
import { idSchema, webUrl } from './common';
import { named } from './registry';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+=*$/, { error: 'Not base64url' }));

/** The browser's PushSubscription.toJSON(), as the app sends it on each start. */
export const pushSubscriptionSchema = named(
  'PushSubscription',
  z.strictObject({
    endpoint: webUrl(2000),
    keys: z.strictObject({ p256dh: base64url.check(z.minLength(80), z.maxLength(100)), auth: base64url.check(z.minLength(16), z.maxLength(32)) }),
  }),
);
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const pushPublicKeySchema = named('PushPublicKey', z.object({ publicKey: z.string() }));

/** What a push carries to the service worker, and what the in-app inbox shows. */
export const pushMessageSchema = named(
  'PushMessage',
  z.object({
    id: idSchema,
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    /** An app path such as /training/<id>?source=push. */
    url: z.string().check(z.regex(/^\/[^/]/, { error: 'An app path' })),
    /** Reminders of one kind replace each other on the lock screen. */
    tag: z.string(),
    /** Items waiting in the inbox, for the app badge. */
    badgeCount: z.int(),
  }),
);
export type PushMessage = z.infer<typeof pushMessageSchema>;

export const inboxItemSchema = named(
  'InboxItem',
  z.object({
    id: idSchema,
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    url: z.string(),
    createdAt: z.string(),
    /** It reached a device as a notification. */
    pushed: z.boolean(),
    /** Seen: read in the app, or shown as a notification. */
    read: z.boolean(),
  }),
);
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxSchema = named('Inbox', z.object({ items: z.array(inboxItemSchema), unread: z.int() }));
export type Inbox = z.infer<typeof inboxSchema>;
