import type { Context, MiddlewareHandler } from 'hono';
import type { RouteSpec } from '../../http/api-route';
import type { AppDeps, AppEnv } from '../../http/app-env';
import { runAudited } from './audit-scope';
import { recordAuditRow } from './audit.service';

/*
 * Every admin write leaves an audit entry, whichever handler serves it: the
 * route layer wraps each admin-only write route in this middleware (see
 * mountRoutes). A service that describes its change in its own words — a
 * publish rather than an update, the titles it changed — still writes that
 * entry in the change's own transaction (recordAudit); the middleware then
 * has nothing to add. When a handler wrote none, the middleware writes one
 * after a successful answer, so a new admin route can never go unlogged.
 */

const VERBS: Record<RouteSpec['method'], string> = { get: 'read', post: 'create', put: 'update', patch: 'update', delete: 'delete' };

/** `/api/admin/items/{id}/sessions` names a session; `/api/admin/people/{id}/invite` an invite. */
function entityTypeOf(path: string): string {
  const last = path.split('/').filter((segment) => segment && !segment.startsWith('{')).at(-1) ?? 'api';
  return last.replace(/-/g, '_').replace(/ies$/, 'y').replace(/(?<!s)s$/, '').replace(/^people$/, 'person');
}

/** A detail fit for the log: what was sent, with long texts (an uploaded image, a long body) reduced to their length. */
function summarised(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? { characters: value.length } : value;
  if (Array.isArray(value)) return value.map(summarised);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, summarised(v)]));
  return value;
}

async function answeredId(c: Context<AppEnv>): Promise<string | null> {
  if (!c.res.headers.get('content-type')?.includes('application/json')) return null;
  const body = (await c.res.clone().json()) as { id?: unknown };
  return typeof body?.id === 'string' ? body.id : null;
}

/** The route layer's audit of one admin write route. */
export function auditAdminWrite(deps: Pick<AppDeps, 'db' | 'clock'>, spec: RouteSpec): MiddlewareHandler<AppEnv> {
  const entityType = entityTypeOf(spec.path);
  return async (c, next) => {
    const recorded = await runAudited(next);
    const person = c.get('person');
    if (recorded || !person || c.res.status >= 300) return;
    const params = c.req.param() as Record<string, string>;
    const lastParam = Object.values(params).at(-1);
    const entityId = (spec.method === 'post' ? await answeredId(c) : null) ?? lastParam ?? entityType;
    const body = spec.request?.body ? await c.req.json<unknown>() : undefined;
    await recordAuditRow(
      deps.db,
      { actorId: person.id, action: `${entityType}.${VERBS[spec.method]}`, entityType, entityId, detail: { ...params, ...(body !== undefined && { body: summarised(body) }) } },
      deps.clock(),
    );
  };
}
