import { createRoute } from '@hono/zod-openapi';
import { personalDataExportSchema } from '../../../shared/schemas/privacy';
import type { AppDeps } from '../../http/app-env';
import { errorResponses, jsonContent } from '../../http/responses';
import { createRouter } from '../../http/router';
import { listSessionsOf } from '../auth/auth.repository';
import { currentPerson, requireRole } from '../auth/session.middleware';
import { rowToMe } from '../people/people.repository';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/me/export',
  tags: ['Me'],
  summary: 'Download everything Leerlust holds about you (JSON)',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(personalDataExportSchema, 'Your data'), 401: errorResponses[401] },
});

export function privacyRoutes(deps: AppDeps) {
  return createRouter().openapi(exportRoute, async (c) => {
    const person = currentPerson(c);
    const sessions = await listSessionsOf(deps.db, person.id);
    c.header('Content-Disposition', 'attachment; filename="leerlust-my-data.json"');
    return c.json(
      {
        exportedAt: deps.clock().toISOString(),
        person: { ...rowToMe(person), createdAt: person.created_at },
        sessions: sessions.map((s) => ({ createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at })),
      },
      200,
    );
  });
}
