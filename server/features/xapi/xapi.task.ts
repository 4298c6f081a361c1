import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import type { Logger } from '../../http/app-env';
import { loadLrs } from './lrs-settings';
import { sendDueStatements } from './lrs-sender';
import { enqueueStatements } from './xapi-outbox';

/** The scheduler's xAPI task: when an LRS is configured, queue what was learned and send what is due. */
export function xapiTask(db: Kysely<Database>, config: Pick<AppConfig, 'lrs' | 'publicUrl'>, log: Logger) {
  return {
    name: 'xapi',
    async run(now: Date): Promise<void> {
      const lrs = await loadLrs(db, config);
      if (!lrs.enabled || !lrs.endpoint) return;
      const queued = await enqueueStatements(db, { homePage: config.publicUrl, includeEmail: lrs.includeEmail }, now);
      const { sent, failed } = await sendDueStatements(db, lrs, now);
      if (queued + sent + failed > 0) log.info('xapi', { queued, sent, failed });
    },
  };
}
