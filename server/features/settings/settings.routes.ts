import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import { organisationLanguageContract } from '../../../shared/contracts/organisation-language';
import { pointValuesContract, signUpSettingsContract, updatePointValuesContract, updateSignUpSettingsContract } from '../../../shared/contracts/settings';
import { loadPointValues, savePointValues } from './point-values';
import { loadSignUpSettings, saveSignUpSettings } from './sign-up-settings';

const getRoute = defineRoute({ ...pointValuesContract, middleware: [requireRole('admin')] as const });
const updateRoute = defineRoute({ ...updatePointValuesContract, middleware: [requireRole('admin')] as const });
const getSignUpRoute = defineRoute({ ...signUpSettingsContract, middleware: [requireRole('admin')] as const });
// Public: a phone greets the person in it before anyone signs in.
const organisationLanguageRoute = defineRoute(organisationLanguageContract);
const putSignUpRoute = defineRoute({ ...updateSignUpSettingsContract, middleware: [requireRole('admin')] as const });

export function settingsRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(getRoute, async (c) => c.json(await loadPointValues(deps.db), 200))
    .openapi(updateRoute, async (c) => c.json(await savePointValues(deps.db, c.req.valid('json'), deps.clock()), 200))
    .openapi(getSignUpRoute, async (c) => c.json(await loadSignUpSettings(deps.db), 200))
    .openapi(putSignUpRoute, async (c) => c.json(await saveSignUpSettings(deps.db, currentPerson(c), c.req.valid('json'), deps.clock()), 200))
    .openapi(organisationLanguageRoute, async (c) => c.json({ defaultLanguage: (await loadSignUpSettings(deps.db)).defaultLanguage }, 200));
}
