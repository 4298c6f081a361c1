/**
 * Child process for the feed throughput bench: the bare minimum a Hono app on
 * @hono/node-server can be, as the yardstick the feed is compared with.
 * Prints `READY {"url"}`; stops on SIGTERM.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { announceReady } from '../child-process';

const app = new Hono().get('/', (c) => c.text('hi'));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (address) => {
  announceReady({ url: `http://127.0.0.1:${address.port}` }, () => new Promise<void>((done) => server.close(() => done())));
});
