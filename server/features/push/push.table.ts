import type { Selectable } from 'kysely';

/** One device of one person that accepts web pushes. */
export interface PushSubscriptionsTable {
  id: string;
  person_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
  last_seen_at: string;
}

/** Everything any feature sent a person: pushed, or waiting in the in-app inbox. */
export interface NotificationsTable {
  id: string;
  person_id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  created_at: string;
  pushed_at: string | null;
  read_at: string | null;
}

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
