import type { TestProject } from 'vitest/node';
import { chromiumAvailable, chromiumPath, postgresReachable, requireAll } from './helpers/environment';
import { POSTGRES_ADMIN_URL } from './helpers/databases';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAvailable: boolean;
    chromiumAvailable: boolean;
  }
}

/**
 * Looks once for PostgreSQL and Chromium. What is missing is skipped, loudly;
 * with LEERLUST_REQUIRE_ALL=1 (CI) a missing one fails the run instead.
 */
export default async function setup(project: TestProject): Promise<void> {
  const postgres = await postgresReachable(POSTGRES_ADMIN_URL);
  const chromium = chromiumAvailable();
  const missing = [
    !postgres && `PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable: the PostgreSQL run of the API tests is SKIPPED`,
    !chromium && `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH): the end-to-end tests are SKIPPED`,
  ].filter((line): line is string => Boolean(line));
  for (const line of missing) console.warn(`\n  ⚠ ${line}\n`);
  if (requireAll && missing.length > 0) throw new Error(`LEERLUST_REQUIRE_ALL=1 but: ${missing.join('; ')}`);
  project.provide('postgresAvailable', postgres);
  project.provide('chromiumAvailable', chromium);
}
