import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

/**
 * A push service on loopback for tests, playing the browser vendor's part
 * without internet. It checks what a real one checks (RFC 8292 VAPID: ES256
 * signature against the key in the header, aud = this origin, exp no more
 * than 24 h ahead, a sub) and decrypts every message with the subscription's
 * private key using http_ece, an implementation independent of web-push.
 */

export interface FakeSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The browser side: only it can decrypt. */
  ecdh: ECDH;
}

export interface Delivery {
  token: string;
  payload: string;
  headers: http.IncomingHttpHeaders;
  jwt: { aud: string; exp: number; sub: string };
}

export interface PushServiceOptions {
  /** The VAPID public key the sender must sign with (base64url). */
  vapidPublicKey: string;
  /** "Now" for checking exp: the sender's clock. */
  clock?: () => Date;
  /** TLS key and certificate: serve HTTPS. */
  tls?: { key: string; cert: string };
  /** Skip decryption (the bench counts only; tests always decrypt). */
  decrypt?: boolean;
}

export interface FakePushService {
  origin: string;
  subscribe(): FakeSubscription;
  deliveries: Delivery[];
  /** Requests refused with 400/401/403 because a check failed, with the reason. */
  rejections: string[];
  /** Answer the next requests to this subscription's endpoint with these statuses (then 201 again). */
  answer(subscription: FakeSubscription, ...replies: Array<{ status: number; retryAfter?: string }>): void;
  requestCount: number;
  close(): Promise<void>;
}

export async function startPushService(options: PushServiceOptions): Promise<FakePushService> {
  const keys = new Map<string, { ecdh: ECDH; auth: string }>();
  const scripted = new Map<string, Array<{ status: number; retryAfter?: string }>>();
  const deliveries: Delivery[] = [];
  const rejections: string[] = [];
  const clock = options.clock ?? (() => new Date());
  let origin = '';
  const service: FakePushService = {
    origin: '',
    deliveries,
    rejections,
    requestCount: 0,
    subscribe() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const token = randomBytes(12).toString('base64url');
      const auth = randomBytes(16).toString('base64url');
      keys.set(token, { ecdh, auth });
      return { endpoint: `${origin}/push/${token}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth }, ecdh };
    },
    answer(subscription, ...replies) {
      const token = subscription.endpoint.split('/').pop() ?? '';
      scripted.set(token, [...(scripted.get(token) ?? []), ...replies]);
    },
    close: async () => undefined,
  };

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      service.requestCount += 1;
      const refuse = (status: number, reason: string) => {
        rejections.push(reason);
        response.writeHead(status).end(reason);
      };
      const token = /^\/push\/([\w-]+)$/.exec(request.url ?? '')?.[1] ?? '';
      const subscriber = keys.get(token);
      if (request.method !== 'POST' || !subscriber) return refuse(404, 'no such subscription');
      const reply = scripted.get(token)?.shift();
      if (reply) {
        response.writeHead(reply.status, reply.retryAfter ? { 'Retry-After': reply.retryAfter } : {}).end();
        return;
      }
      const jwt = checkVapid(request.headers.authorization, options.vapidPublicKey, origin, clock());
      if (typeof jwt === 'string') return refuse(401, jwt);
      if (!request.headers.ttl || request.headers['content-encoding'] !== 'aes128gcm') return refuse(400, 'TTL and Content-Encoding: aes128gcm are required');
      let payload = '';
      if (options.decrypt !== false) {
        try {
          payload = decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: subscriber.ecdh, authSecret: subscriber.auth }).toString('utf8');
        } catch (error) {
          return refuse(400, `cannot decrypt: ${String(error)}`);
        }
      }
      deliveries.push({ token, payload, headers: request.headers, jwt });
      response.writeHead(201).end();
    });
  };

  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert, keepAlive: true }, handler) : http.createServer({ keepAlive: true }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  service.origin = origin;
  service.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return service;
}

/** The JWT's claims if the Authorization header is a valid VAPID token for `audience`; otherwise why not. */
function checkVapid(header: string | undefined, publicKey: string, audience: string, now: Date): Delivery['jwt'] | string {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) return 'no VAPID authorization';
  const [, token = '', key = ''] = match;
  if (key !== publicKey) return 'k is not the expected VAPID public key';
  const [head = '', body = '', signature = ''] = token.split('.');
  const raw = Buffer.from(key, 'base64url');
  const verifier = createPublicKey({
    format: 'jwk',
    key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') },
  });
  const valid = verify('sha256', Buffer.from(`${head}.${body}`), { key: verifier, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!valid) return 'bad ES256 signature';
  const header0 = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  if (header0.alg !== 'ES256') return 'alg is not ES256';
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string };
  if (claims.aud !== audience) return `aud ${claims.aud} is not ${audience}`;
  const nowSeconds = now.getTime() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds || claims.exp > nowSeconds + 24 * 3600) return 'exp not within 24 h';
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) return 'sub is not mailto: or https:';
  return { aud: claims.aud, exp: claims.exp, sub: claims.sub };
}
