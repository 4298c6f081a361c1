/**
 * Child process for the feed throughput bench: the real Leerlust server on a
 * fresh SQLite file with the demo organisation. Prints `READY {"url","token"}`
 * with an invite token for the demo employee; stops on SIGTERM.
 * Run: node --import tsx tests/bench/servers/feed-server.ts (CLIENT_DIR optional).
 */
import { resolve } from 'node:path';
import { startBenchServer } from '../bench-server';
import { announceReady } from '../child-process';

const server = await startBenchServer(resolve(process.env.CLIENT_DIR ?? 'dist/client'));
announceReady({ url: server.url, token: await server.inviteToken() }, () => server.close());
