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

/** What the app is built from; tests pass their own database, mailer and clock. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  config: AppConfig;
  mailer: Mailer;
  clock: Clock;
  log: Logger;
}

export interface AppEnv {
  Variables: {
    person: PersonRow | null;
    session: SessionRow | null;
    /** The learning offer's version as read with the session; null when signed out. */
    catalogueVersion: number | null;
  };
}
