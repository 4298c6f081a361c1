import type { AppDeps } from '../../http/app-env';
import type { RouteSpec } from '../../http/api-route';
import type { WorksCouncilOverview } from '../../../shared/schemas/works-council';
import { loadSso, ssoView } from '../settings/sso-settings';
import { loadLrs, lrsView } from '../xapi/lrs-settings';
import { scimTokens } from '../scim/scim-tokens.service';
import { SCIM_BASE_PATH } from '../scim/scim.routes';
import type { DescriptionFacts } from './processing-description';
import { recentPurges } from './retention-purge';
import { loadRetention } from './retention-settings';
import { buildWhoSeesWhat } from './who-sees-what';

export async function worksCouncilOverview(deps: AppDeps): Promise<WorksCouncilOverview> {
  const [retention, sso, lrs, tokens, purges] = await Promise.all([
    loadRetention(deps.db),
    loadSso(deps.db, deps.config),
    loadLrs(deps.db, deps.config),
    scimTokens(deps.db),
    recentPurges(deps.db),
  ]);
  return {
    retention,
    sso: ssoView(sso, deps.config.publicUrl),
    lrs: lrsView(lrs),
    scimUrl: `${deps.config.publicUrl}${SCIM_BASE_PATH}`,
    scimTokens: tokens,
    purges,
    subProcessors: [
      { name: 'SMTP', purpose: { nl: 'verstuurt aanmeldlinks en berichten per e-mail', en: 'sends sign-in links and messages by e-mail' }, configured: Boolean(deps.config.smtpUrl) },
      {
        name: 'Web push',
        purpose: { nl: 'de pushdiensten van de browsers (Google, Apple, Mozilla) bezorgen herinneringen, versleuteld', en: 'the browsers’ push services (Google, Apple, Mozilla) deliver reminders, encrypted' },
        configured: true,
      },
      { name: 'Identity provider (OpenID Connect, SCIM)', purpose: { nl: 'aanmelden met het account van de organisatie en mensen bijhouden', en: 'sign-in with the organisation’s account and keeping people in step' }, configured: sso.enabled || tokens.some((t) => !t.revokedAt) },
      { name: 'Learning record store (xAPI)', purpose: { nl: 'ontvangt leerresultaten onder een pseudoniem', en: 'receives learning results under a pseudonym' }, configured: lrs.enabled },
    ],
  };
}

export async function descriptionFacts(deps: AppDeps, routes: readonly RouteSpec[]): Promise<DescriptionFacts> {
  const overview = await worksCouncilOverview(deps);
  const database = deps.config.databaseUrl
    ? { nl: `PostgreSQL op ${new URL(deps.config.databaseUrl).hostname}`, en: `PostgreSQL at ${new URL(deps.config.databaseUrl).hostname}` }
    : { nl: 'een SQLite-bestand op de server van Leerlust', en: 'an SQLite file on the Leerlust server' };
  return {
    organisation: new URL(deps.config.publicUrl).host,
    table: buildWhoSeesWhat(routes, overview.retention),
    subProcessors: overview.subProcessors,
    storage: { nl: `${database.nl}; de app bewaart op de telefoon alleen de eigen gegevens.`, en: `${database.en}; the app keeps only the person’s own data on the phone.` },
    generatedAt: deps.clock().toISOString(),
  };
}
