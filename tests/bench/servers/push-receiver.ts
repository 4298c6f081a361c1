/**
 * Child process for the push fan-out bench: a push service that accepts and
 * discards. It counts each POST and answers 201 as soon as the body has
 * arrived, with no decryption and no checks (tests/helpers/push-service.ts
 * does those in the API tests), so the bench measures the sender, not this.
 * HTTPS with the key and certificate the bench made (BENCH_TLS_KEY, BENCH_TLS_CERT);
 * GET /count answers how many it took. Prints `READY {"origin"}`; stops on SIGTERM.
 */
import https from 'node:https';
import { announceReady } from '../child-process';

const key = process.env.BENCH_TLS_KEY;
const cert = process.env.BENCH_TLS_CERT;
if (!key || !cert) throw new Error('BENCH_TLS_KEY and BENCH_TLS_CERT are required');

let received = 0;
const server = https.createServer({ key, cert, keepAlive: true }, (request, response) => {
  if (request.method === 'GET' && request.url === '/count') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ received }));
    return;
  }
  request.resume();
  request.on('end', () => {
    received += 1;
    response.writeHead(201).end();
  });
});
// Longer than any pause between batches, so the sender's pooled connections stay open.
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  announceReady({ origin: `https://127.0.0.1:${address.port}` }, () => new Promise<void>((done) => server.close(() => done())));
});
