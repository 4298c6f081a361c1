import { loadConfig } from './config';
import { createLogger } from './http/logger';
import { startServer } from './server';

const log = createLogger();
const config = loadConfig();
const server = await startServer(config, log);
log.info(`Leerlust is listening on ${server.url} (public URL ${config.publicUrl}, database ${server.database.dialect})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info(`${signal}: closing`);
    void server.close().then(() => process.exit(0));
  });
}
