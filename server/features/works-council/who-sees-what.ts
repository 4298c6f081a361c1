import { accessOf } from '../../http/access';
import type { RouteSpec } from '../../http/api-route';
import type { RetentionSettings } from '../../../shared/schemas/works-council';
import type { WhoSeesWhat } from '../../../shared/schemas/works-council';
import { dataKinds, type DataKind } from './data-policy';
import { routeData } from './route-data';

const routeKey = (spec: Pick<RouteSpec, 'method' | 'path'>) => `${spec.method.toUpperCase()} ${spec.path}`;

/** How long a kind is kept, in words and (when a setting bounds it) days. */
export function retentionOf(kind: DataKind, retention: RetentionSettings): { days: number | null; text: { nl: string; en: string } } {
  if (typeof kind.retention !== 'string') return { days: null, text: kind.retention };
  const days = retention[kind.retention];
  if (kind.retention === 'departedPeople') {
    return { days, text: { nl: `zolang iemand hier werkt, daarna ${days} dagen`, en: `while someone works here, then ${days} days` } };
  }
  return { days, text: { nl: `${days} dagen`, en: `${days} days` } };
}

/** The who-sees-what table: the policy, with each kind's retention as set and the routes that read it. */
export function buildWhoSeesWhat(routes: readonly RouteSpec[], retention: RetentionSettings): WhoSeesWhat {
  return {
    kinds: dataKinds.map((kind) => ({
      id: kind.id,
      label: kind.label,
      data: kind.data,
      person: kind.person,
      colleagues: kind.colleagues,
      managers: kind.managers,
      admins: kind.admins,
      retention: retentionOf(kind, retention),
      routes: routes
        .filter((spec) => routeData[routeKey(spec)]?.includes(kind.id))
        .map((spec) => ({ method: spec.method.toUpperCase(), path: spec.path, roles: accessOf(spec.middleware)?.slice() ?? null })),
    })),
  };
}
