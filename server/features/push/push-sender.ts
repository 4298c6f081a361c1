import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import webpush from 'web-push';
import type { Clock } from '../../http/app-env';
import type { VapidDetails } from './vapid';
import { VapidSigner } from './vapid-jwt';
import pLimit, { type LimitFunction } from 'p-limit';
import { endpointProblem, publicOnlyLookup } from './endpoint-policy';

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushOptions {
  /** Seconds the push service keeps the message for an offline device. */
  ttlSeconds: number;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
  /** Messages with the same topic replace each other at the push service. */
  topic?: string;
}

/** delivered: accepted (2xx); gone: 404/410, the subscription is dead; failed: anything else, after retries. */
export interface PushOutcome {
  status: 'delivered' | 'gone' | 'failed';
  httpStatus: number | null;
  attempts: number;
  error?: string;
}

export interface PushSenderOptions {
  vapid: VapidDetails;
  clock: Clock;
  /** For HTTPS push services; tests pass one that trusts their own CA. Never disable TLS checks globally. */
  httpsAgent?: https.Agent;
  maxInFlightPerOrigin?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
  /** Waits between retries; tests record the delays instead of waiting them out. */
  sleep?: (ms: number) => Promise<void>;
  requestTimeoutMs?: number;
  /** Hosts sent to although not public https: hosts (config.pushTrustedHosts); see endpoint-policy.ts. */
  trustedHosts?: readonly string[];
}

/** A push encrypted for one device, ready to be delivered (see PushSender.prepare). */
export interface PreparedPush {
  readonly target: PushTarget;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | number>>;
  /** The encrypted body as a latin1 string: Node then writes request line, headers and body as one TLS record. */
  readonly body: string;
}

export interface PushSender {
  send(target: PushTarget, payload: string, options: PushOptions): Promise<PushOutcome>;
  /**
   * Encrypts a push without sending it, or says why it cannot be sent. Many
   * devices' pushes are prepared one after another and delivered afterwards:
   * the encryption then runs with its tables warm in the CPU's cache, which
   * makes a fan-out a fifth cheaper than encrypting between network events.
   */
  prepare(target: PushTarget, payload: string, options: PushOptions): PreparedPush | PushOutcome;
  /** Sends a prepared push, retrying as `send` does. */
  deliver(prepared: PreparedPush): Promise<PushOutcome>;
  /** JWTs signed so far (the bench reports it). */
  readonly signatures: number;
  close(): void;
}

/**
 * Sends web pushes (RFC 8030) with payloads encrypted by web-push (aes128gcm,
 * RFC 8291) and a VAPID token signed once per origin (see vapid-jwt.ts), over
 * keep-alive connections with at most `maxInFlightPerOrigin` requests in
 * flight to one push service. 429 and 5xx are retried with exponential
 * backoff, honouring Retry-After; 404 and 410 mean the subscription is gone.
 */
export function createPushSender(options: PushSenderOptions): PushSender {
  const maxInFlight = options.maxInFlightPerOrigin ?? 32;
  const maxAttempts = options.maxAttempts ?? 4;
  const baseMs = options.retryBaseMs ?? 1000;
  const maxDelayMs = options.maxRetryDelayMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const signer = new VapidSigner(options.vapid);
  const httpsAgent = options.httpsAgent ?? new https.Agent({ keepAlive: true, maxSockets: maxInFlight });
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight });
  const gates = new Map<string, LimitFunction>();

  function gateFor(origin: string): LimitFunction {
    let gate = gates.get(origin);
    if (!gate) gates.set(origin, (gate = pLimit(maxInFlight)));
    return gate;
  }

  const trustedHosts = options.trustedHosts ?? [];
  const lookup = publicOnlyLookup(trustedHosts);

  /** Whatever is wrong with one device's push is its outcome, never an exception, so it cannot stop the sends to other devices. */
  function prepare(target: PushTarget, payload: string, pushOptions: PushOptions): PreparedPush | PushOutcome {
    try {
      const url = new URL(target.endpoint);
      const problem = endpointProblem(url, trustedHosts);
      if (problem) return { status: 'failed', httpStatus: null, attempts: 0, error: problem };
      const details = webpush.generateRequestDetails(target, payload, {
        TTL: pushOptions.ttlSeconds,
        urgency: pushOptions.urgency,
        contentEncoding: 'aes128gcm',
        ...(pushOptions.topic && { topic: pushOptions.topic }),
      });
      return { target, url, headers: details.headers as Record<string, string | number>, body: (details.body as Buffer).toString('latin1') };
    } catch (error) {
      // A key that cannot be encrypted to (stored before keys were checked at registration).
      return { status: 'failed', httpStatus: null, attempts: 0, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async function deliver({ target, url, headers: pushHeaders, body }: PreparedPush): Promise<PushOutcome> {
    const gate = gateFor(url.origin);
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const headers = { ...pushHeaders, Authorization: signer.authorization(target.endpoint, options.clock()) };
      let answer: { status: number; retryAfter: string | undefined } | { error: string };
      try {
        answer = await gate(() => post(url, headers, body, url.protocol === 'https:' ? httpsAgent : httpAgent, options.requestTimeoutMs ?? 30_000, lookup));
      } catch (error) {
        answer = { error: error instanceof Error ? error.message : String(error) };
      }
      if ('status' in answer && answer.status >= 200 && answer.status < 300) return { status: 'delivered', httpStatus: answer.status, attempts };
      if ('status' in answer && (answer.status === 404 || answer.status === 410)) return { status: 'gone', httpStatus: answer.status, attempts };
      const retryable = 'error' in answer || answer.status === 429 || answer.status >= 500;
      const httpStatus = 'status' in answer ? answer.status : null;
      const error = 'error' in answer ? answer.error : `push service answered ${answer.status}`;
      if (!retryable || attempts >= maxAttempts) return { status: 'failed', httpStatus, attempts, error };
      const retryAfter = 'status' in answer ? parseRetryAfter(answer.retryAfter, options.clock()) : null;
      await sleep(Math.min(maxDelayMs, retryAfter ?? baseMs * 2 ** (attempts - 1)));
    }
  }

  return {
    send: (target, payload, pushOptions) => {
      const prepared = prepare(target, payload, pushOptions);
      return 'status' in prepared ? Promise.resolve(prepared) : deliver(prepared);
    },
    prepare,
    deliver,
    get signatures() {
      return signer.signatures;
    },
    close() {
      httpAgent.destroy();
      if (!options.httpsAgent) httpsAgent.destroy();
    },
  };
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}

function post(
  url: URL,
  headers: Record<string, string | number>,
  body: string,
  agent: http.Agent,
  timeoutMs: number,
  lookup: LookupFunction,
): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent, timeout: timeoutMs, lookup }, (response) => {
      // Drain the answer so the connection returns to the keep-alive pool.
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('push service timed out')));
    request.on('error', reject);
    request.end(body, 'latin1');
  });
}
