import { loadConfig } from './config';
import { createLogger } from './http/logger';
import { startServer } from './server';
import { startSchedulerFor } from './jobs/scheduler-loop';

const log = createLogger();
const config = loadConfig();
const server = await startServer(config, log);
log.info(`Leerlust is listening on ${server.url} (public URL ${config.publicUrl}, database ${server.database.dialect})`);
// Learning-moment reminders: every instance ticks; the database decides who sends what (server/jobs).
const scheduler = await startSchedulerFor(server.database, config, log);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info(`${signal}: closing`);
    void scheduler
      .stop()
      .then(() => server.close())
      .then(() => process.exit(0));
  });
}
