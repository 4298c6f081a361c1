import autocannon from 'autocannon';

type AutocannonResult = Awaited<ReturnType<typeof autocannon>>;

export interface LoadOptions {
  url: string;
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

/**
 * Drives `url` with autocannon: a warm-up that is thrown away (JIT, caches,
 * SQLite pages), then the measured run. Any non-2xx answer, error or timeout
 * fails the measurement: a fast 401 is not throughput.
 */
export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  const base = { url: options.url, connections: options.connections, headers: options.headers ?? {}, timeout: 10 };
  check(await autocannon({ ...base, duration: options.warmUpSeconds }), `${options.url} (warm-up)`);
  const result = check(await autocannon({ ...base, duration: options.seconds }), options.url);
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total };
}

function check(result: AutocannonResult, what: string): AutocannonResult {
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${what}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  if (result.requests.total === 0) throw new Error(`${what}: no request completed`);
  return result;
}
