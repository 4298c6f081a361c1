import { fileURLToPath } from 'node:url';
import { feedSchema } from '../../shared/schemas/teasers';
import { startChildServer, type ChildServer } from './child-process';
import type { Bench } from './figures';
import { measureLoad, type LoadResult } from './load';
import { sessionCookieFor } from './sign-in';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 3;
const SECONDS = 8;

const script = (name: string) => fileURLToPath(new URL(`./servers/${name}`, import.meta.url));

/** 127.0.0.1 rather than localhost, so both servers are reached over the same address family. */
function loopback(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  return parsed.origin;
}

/**
 * GET /api/feed under load (50 connections) from the real app in its own
 * process, against a bare Hono hello-world measured the same way in the same
 * run. The ratio tells how much of the machine's HTTP capacity the feed keeps,
 * whatever the machine.
 */
export const feedThroughput: Bench = {
  name: 'feed throughput',
  timeoutMs: 75_000,
  async run({ clientDir, log }) {
    const load = (url: string, headers?: Record<string, string>) =>
      measureLoad({ url, connections: CONNECTIONS, warmUpSeconds: WARM_UP_SECONDS, seconds: SECONDS, ...(headers && { headers }) });

    let feed: LoadResult;
    let teasers: number;
    let server: ChildServer<{ url: string; token: string }> | undefined;
    try {
      server = await startChildServer<{ url: string; token: string }>(script('feed-server.ts'), { CLIENT_DIR: clientDir });
      const cookie = await sessionCookieFor(server.info.url, server.info.token);
      // What is measured must be the real feed, not a fast error.
      const sample = await fetch(`${loopback(server.info.url)}/api/feed`, { headers: { cookie } });
      teasers = feedSchema.parse(await sample.json()).teasers.length;
      if (teasers === 0) throw new Error('the demo employee’s feed is empty');
      log(`feed throughput: GET /api/feed, ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up + ${SECONDS} s`);
      feed = await load(`${loopback(server.info.url)}/api/feed`, { cookie });
    } finally {
      await server?.stop();
    }

    let hello: LoadResult;
    let bare: ChildServer<{ url: string }> | undefined;
    try {
      bare = await startChildServer<{ url: string }>(script('hello-server.ts'));
      log('feed throughput: bare Hono hello-world, same load');
      hello = await load(`${bare.info.url}/`);
    } finally {
      await bare?.stop();
    }

    return {
      figures: [
        { id: 'feed.rps', label: 'GET /api/feed throughput', value: feed.requestsPerSecond, unit: 'req/s' },
        { id: 'feed.hello.rps', label: 'Bare Hono hello-world throughput', value: hello.requestsPerSecond, unit: 'req/s' },
        { id: 'feed.ratio', label: 'Feed / hello-world throughput', value: feed.requestsPerSecond / hello.requestsPerSecond, unit: '', budget: { min: 0.35 }, decimals: 2 },
        { id: 'feed.p99', label: 'GET /api/feed p99 latency', value: feed.p99Ms, unit: 'ms', budget: { max: 30 } },
      ],
      notes: [
        `feed: ${teasers} teasers per answer; ${feed.requests} requests in ${SECONDS} s, p50 ${feed.p50Ms} ms, p99 ${feed.p99Ms} ms`,
        `hello-world: ${hello.requests} requests in ${SECONDS} s, p50 ${hello.p50Ms} ms, p99 ${hello.p99Ms} ms`,
      ],
    };
  },
};
