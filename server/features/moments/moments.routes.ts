import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import {
  momentSettingsContract,
  myMomentContract,
  myMomentIcsContract,
  saveMyMomentContract,
  updateMomentSettingsContract,
} from '../../../shared/contracts/moments';
import { momentIcs } from './moment-ics';
import { loadMomentSettings, saveMomentSettings } from './moment-settings';
import { myMoment, saveMyMoment, slotFor } from './moments.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;

const getRoute = defineRoute({ ...myMomentContract, middleware: signedIn });
const putRoute = defineRoute({ ...saveMyMomentContract, middleware: signedIn });
const icsRoute = defineRoute({ ...myMomentIcsContract, middleware: signedIn });
const settingsRoute = defineRoute({ ...momentSettingsContract, middleware: admins });
const updateSettingsRoute = defineRoute({ ...updateMomentSettingsContract, middleware: admins });

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
