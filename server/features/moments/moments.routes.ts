import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { momentSettingsUpdateSchema } from '../../../shared/schemas/moment-settings-update';
import { momentSettingsSchema, momentSlotSchema, myMomentSchema } from '../../../shared/schemas/moments';
import { currentPerson, requireRole } from '../../http/access';
import { momentIcs } from './moment-ics';
import { loadMomentSettings, saveMomentSettings } from './moment-settings';
import { myMoment, saveMyMoment, slotFor } from './moments.service';

const getRoute = defineRoute({
  method: 'get',
  path: '/api/me/moment',
  tags: ['Learning moment'],
  summary: 'Your weekly learning moment (or the organisation default) and when it next happens',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(myMomentSchema, 'Your learning moment'), 401: errorResponses[401], 404: errorResponses[404] },
});

const putRoute = defineRoute({
  method: 'put',
  path: '/api/me/moment',
  tags: ['Learning moment'],
  summary: 'Choose your weekly learning moment; reminders follow it from its next occurrence',
  middleware: [requireRole()] as const,
  request: { body: jsonBody(momentSlotSchema) },
  responses: { 200: jsonContent(myMomentSchema, 'Your learning moment'), 400: errorResponses[400], 401: errorResponses[401] },
});

const icsRoute = defineRoute({
  method: 'get',
  path: '/api/me/moment.ics',
  tags: ['Learning moment'],
  summary: 'Your learning moment as an iCalendar file (weekly, in your time zone, with an alarm)',
  middleware: [requireRole()] as const,
  responses: { 200: { description: 'text/calendar' }, 401: errorResponses[401], 404: errorResponses[404] },
});

const settingsRoute = defineRoute({
  method: 'get',
  path: '/api/admin/moment-settings',
  tags: ['Admin'],
  summary: 'Default learning moment, working hours, days off, weekly push cap',
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(momentSettingsSchema, 'Learning-moment rules'), 401: errorResponses[401], 403: errorResponses[403] },
});

const updateSettingsRoute = defineRoute({
  method: 'patch',
  path: '/api/admin/moment-settings',
  tags: ['Admin'],
  summary: 'Change the learning-moment rules',
  middleware: [requireRole('admin')] as const,
  request: { body: jsonBody(momentSettingsUpdateSchema) },
  responses: {
    200: jsonContent(momentSettingsSchema, 'Learning-moment rules'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    422: errorResponses[422],
  },
});

export function momentRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getRoute, async (c) => {
      const moment = await myMoment(deps.db, currentPerson(c), deps.clock());
      if (!moment) throw notFound('Learning moment');
      return c.json(moment, 200);
    })
    .openapi(putRoute, async (c) => c.json(await saveMyMoment(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 200))
    .openapi(icsRoute, async (c) => {
      const person = currentPerson(c);
      const found = await slotFor(deps.db, person.id, await loadMomentSettings(deps.db));
      if (!found) throw notFound('Learning moment');
      const ics = momentIcs({
        personId: person.id,
        language: person.language,
        timeZone: person.time_zone,
        slot: found.slot,
        publicUrl: deps.config.publicUrl,
        now: deps.clock(),
      });
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'attachment; filename="leermoment.ics"',
      });
    })
    .openapi(settingsRoute, async (c) => c.json(await loadMomentSettings(deps.db), 200))
    .openapi(updateSettingsRoute, async (c) => c.json(await saveMomentSettings(deps.db, c.req.valid('json'), deps.clock()), 200));
}
