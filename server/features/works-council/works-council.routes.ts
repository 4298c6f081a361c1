import { createRouter, defineRoute, type RouteSpec } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  activityFiguresContract,
  myAccessLogContract,
  processingDescriptionContract,
  updateLrsContract,
  updateRetentionContract,
  updateSsoContract,
  whoSeesWhatContract,
  worksCouncilContract,
} from '../../../shared/contracts/works-council';
import { AppError } from '../../http/app-error';
import { loadSso, saveSso, ssoView } from '../settings/sso-settings';
import { forgetProviderConfigurations } from '../sso/oidc-provider-client';
import { loadLrs, saveLrs } from '../xapi/lrs-settings';
import { accessLogOf } from './access-log';
import { activityFigures } from './activity-figures';
import { processingDescriptionMarkdown, processingDescriptionPdf } from './processing-description';
import { loadRetention, saveRetention } from './retention-settings';
import { buildWhoSeesWhat } from './who-sees-what';
import { descriptionFacts, worksCouncilOverview } from './works-council.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;

const whoSeesWhatRoute = defineRoute({ ...whoSeesWhatContract, middleware: signedIn });
const accessLogRoute = defineRoute({ ...myAccessLogContract, middleware: signedIn });
const overviewRoute = defineRoute({ ...worksCouncilContract, middleware: admins });
const retentionRoute = defineRoute({ ...updateRetentionContract, middleware: admins });
const figuresRoute = defineRoute({ ...activityFiguresContract, middleware: admins });
const descriptionRoute = defineRoute({ ...processingDescriptionContract, middleware: admins });
const ssoRoute = defineRoute({ ...updateSsoContract, middleware: admins });
const lrsRoute = defineRoute({ ...updateLrsContract, middleware: admins });

const fromEnvironment = () => new AppError(409, 'set_by_environment', 'This is set by environment variables on the server; change it there');

/** `routes` gives every route of the app, for the who-sees-what table that lists which routes read what. */
export function worksCouncilRoutes(deps: AppDeps, routes: () => readonly RouteSpec[]) {
  const { db } = deps;
  return createRouter()
    .openapi(whoSeesWhatRoute, async (c) => c.json(buildWhoSeesWhat(routes(), await loadRetention(db)), 200))
    .openapi(accessLogRoute, async (c) => c.json(await accessLogOf(db, currentPerson(c).id), 200))
    .openapi(overviewRoute, async (c) => c.json(await worksCouncilOverview(deps), 200))
    .openapi(retentionRoute, async (c) => c.json(await saveRetention(db, c.req.valid('json'), deps.clock()), 200))
    .openapi(figuresRoute, async (c) => c.json(await activityFigures(db, deps.clock()), 200))
    .openapi(descriptionRoute, async (c) => {
      const { format, language } = c.req.valid('query');
      const facts = await descriptionFacts(deps, routes());
      const name = language === 'nl' ? 'gegevensverwerking' : 'data-processing';
      if (format === 'pdf') {
        return c.body((await processingDescriptionPdf(facts, language)).buffer as ArrayBuffer, 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="leerlust-${name}.pdf"` });
      }
      return c.body(processingDescriptionMarkdown(facts, language), 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="leerlust-${name}.md"` });
    })
    .openapi(ssoRoute, async (c) => {
      if ((await loadSso(db, deps.config)).fromEnvironment) throw fromEnvironment();
      const saved = await saveSso(db, deps.config, currentPerson(c).id, c.req.valid('json'), deps.clock());
      forgetProviderConfigurations();
      return c.json(ssoView(saved, deps.config.publicUrl), 200);
    })
    .openapi(lrsRoute, async (c) => {
      if ((await loadLrs(db, deps.config)).fromEnvironment) throw fromEnvironment();
      return c.json(await saveLrs(db, deps.config, currentPerson(c).id, c.req.valid('json'), deps.clock()), 200);
    });
}
