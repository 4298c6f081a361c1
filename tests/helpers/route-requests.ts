import { randomUUID } from 'node:crypto';
import { createInviteLink } from '../../server/features/auth/auth.service';
import { platformSignature } from './learning';
import type { Operation } from './openapi';
import type { TestOrganisation } from './organisation';
import type { TestClient, TestContext } from './test-app';

/** What to send to one operation: the path with its parameters filled in, a JSON body if it takes one, extra headers. */
export interface RouteRequest {
  path: string;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

let requestCount = 0;
const unique = () => `${(requestCount += 1)}.${Date.now()}`;

/**
 * A valid request for every operation, keyed like `Operation.key`, so that an
 * answer reflects who asked, not what was sent. Each call builds a new one:
 * a new address, a new one-time token.
 */
export function validRequests(ctx: TestContext, org: TestOrganisation): Record<string, () => Promise<RouteRequest>> {
  const plain = (path: string) => async () => ({ path });
  return {
    'GET /api/health': plain('/api/health'),
    'POST /api/auth/magic-link': async () => ({ path: '/api/auth/magic-link', body: { email: `nobody.${unique()}@test.example`, language: 'en' } }),
    'POST /api/auth/session': async () => {
      const invite = await createInviteLink(ctx.deps, org.people.employee.id);
      return { path: '/api/auth/session', body: { token: new URL(invite.url).hash.replace('#token=', '') } };
    },
    'GET /api/auth/session': plain('/api/auth/session'),
    'DELETE /api/auth/session': plain('/api/auth/session'),
    'DELETE /api/auth/sessions': plain('/api/auth/sessions'),
    'GET /api/me': plain('/api/me'),
    'PATCH /api/me': async () => ({ path: '/api/me', body: { name: 'Renamed Person', language: 'en', timeZone: 'Europe/Amsterdam' } }),
    'DELETE /api/me': plain('/api/me'),
    'GET /api/me/export': plain('/api/me/export'),
    'GET /api/feed': plain('/api/feed'),
    'GET /api/admin/people': plain('/api/admin/people'),
    'POST /api/admin/people': async () => ({
      path: '/api/admin/people',
      body: { email: `new.${unique()}@test.example`, name: 'New Person', role: 'employee', language: 'en', teamId: org.teamB.id },
    }),
    'POST /api/admin/people/{id}/invite': plain(`/api/admin/people/${org.people.employee.id}/invite`),
    'GET /api/admin/org': plain('/api/admin/org'),
    'GET /api/teams/{id}/summary': plain(`/api/teams/${org.teamA.id}/summary`),
    'GET /api/items/{id}': plain(`/api/items/${org.items.micro}`),
    'POST /api/sessions/{id}/registration': plain(`/api/sessions/${org.items.session}/registration`),
    'DELETE /api/sessions/{id}/registration': plain(`/api/sessions/${org.items.session}/registration`),
    'POST /api/events': async () => ({
      path: '/api/events',
      body: {
        events: [{ id: randomUUID(), kind: 'training_completed', occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', itemId: org.items.micro }],
      },
    }),
    'GET /api/progress': plain('/api/progress'),
    'GET /api/admin/point-values': plain('/api/admin/point-values'),
    'PATCH /api/admin/point-values': async () => ({ path: '/api/admin/point-values', body: { teaser_opened: 2 } }),
    'POST /api/integrations/completions': async () => {
      const body = { externalId: `completion-${unique()}`, email: org.people.employee.email, itemId: org.items.macro, completedAt: ctx.clock().toISOString() };
      return { path: '/api/integrations/completions', body, headers: platformSignature(ctx, JSON.stringify(body)) };
    },
  };
}

/** Sends `request` to `operation` as `client`; `headers` go on top of the request's own. */
export function send(client: TestClient, operation: Pick<Operation, 'method'>, request: RouteRequest, headers: Record<string, string | null> = {}) {
  return client.request(operation.method, request.path, request.body, { ...request.headers, ...headers });
}
