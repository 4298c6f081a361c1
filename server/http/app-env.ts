import type { Kysely } from 'kysely';
import type { AppConfig } from '../config';
import type { Database, DialectName } from '../db/database';
import type { Mailer } from '../mail/mailer';
import type { PersonRow } from '../features/people/people.table';
import type { SessionRow } from '../features/auth/auth.table';

/** The current time; injected so tests can travel through DST and year ends. */
export type Clock = () => Date;

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A person signed in for the first time (they joined), through the link of source `via` if any. */
export interface JoinedEvent {
  personId: string;
  /** The short code the sign-in link carried, as sent (checked by whoever reads it); null when none. */
  via: string | null;
  at: Date;
}

/** A person completed a training for the first time (in the app or on the learning platform). */
export interface ItemCompletedEvent {
  personId: string;
  itemId: string;
  /** When it was done (on the device, possibly offline), ISO. */
  at: string;
}

/**
 * How one feature reacts to another's event without importing it: the
 * feature that has the event calls the hook, server/app-hooks.ts wires in
 * the features that react, so dependencies between features run one way.
 */
export interface AppHooks {
  /** Sign-in calls it once, at a person's first sign-in; attribution credits the sign-up there. */
  joined(db: Kysely<Database>, event: JoinedEvent): Promise<void>;
  /** A person claimed progress tried before joining through source `via`; attribution credits it as first touch if nothing was. */
  triedThrough(db: Kysely<Database>, event: JoinedEvent): Promise<void>;
  /** The sync calls it inside its transaction (pass that as `db`), once per person and training; paths finish there. */
  itemCompleted(db: Kysely<Database>, event: ItemCompletedEvent): Promise<void>;
  /** Erasing a person calls it first: a feature whose traces foreign keys cannot reach (an attribution source) removes them. */
  erasing(db: Kysely<Database>, event: { personId: string }): Promise<void>;
}

/** What the app is built from; tests pass their own database, mailer and clock. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  config: AppConfig;
  mailer: Mailer;
  clock: Clock;
  log: Logger;
  hooks: AppHooks;
}

export interface AppEnv {
  Variables: {
    person: PersonRow | null;
    session: SessionRow | null;
    /** The learning offer's version as read with the session; null when signed out. */
    catalogueVersion: number | null;
  };
}
