import { createJourney, setJourneyStatus } from '../../server/features/journeys/journeys.service';
import { mailTokenOf } from '../../server/features/mail-preferences/mail-preferences.service';
import type { JourneyInput } from '../../shared/schemas/journeys';
import type { TestOrganisation } from './organisation';
import type { RouteRequest } from './route-requests';
import type { TestContext } from './test-app';

const text = (lang: 'nl' | 'en') =>
  lang === 'nl'
    ? { subject: 'Welkom, {{firstName}}', hook: 'Welkom bij Leerlust, {{firstName}}!', body: 'Wat levert het je op: {{wiifm}}\nJe volgende leermoment: {{nextMoment}}\nBegin hier: {{itemLink}}' }
    : { subject: 'Welcome, {{firstName}}', hook: 'Welcome to Leerlust, {{firstName}}!', body: "What's in it for you: {{wiifm}}\nYour next learning moment: {{nextMoment}}\nStart here: {{itemLink}}" };

/** A small journey as L&D would build it: an e-mail, two days, a push; or the steps given. */
export function journeyInput(change: Partial<JourneyInput> = {}): JourneyInput {
  return {
    name: 'Onboarding',
    trigger: { kind: 'date', at: '2026-03-01T00:00:00.000Z' },
    steps: [
      { id: 'welcome', kind: 'email', texts: { nl: text('nl'), en: text('en') } },
      { id: 'wait', kind: 'wait_days', days: 2 },
      { id: 'nudge', kind: 'push', texts: { nl: { hook: 'Vijf minuten?', body: 'Probeer de eerste microtraining.' }, en: { hook: 'Five minutes?', body: 'Try the first micro-training.' } } },
    ],
    goal: null,
    catchUpHours: 24,
    audience: { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] },
    groupId: null,
    ...change,
  };
}

export const emailText = text;

export async function addJourney(ctx: TestContext, change: Partial<JourneyInput> = {}, active = false): Promise<string> {
  const { id } = await createJourney(ctx.deps.db, journeyInput(change), ctx.clock());
  if (active) await setJourneyStatus(ctx.deps.db, id, 'active', ctx.clock());
  return id;
}

/** Valid requests for the journey and mail-preference routes (see route-requests.ts). */
export function journeyRequests(ctx: TestContext, org: TestOrganisation): Record<string, () => Promise<RouteRequest>> {
  const withJourney = (suffix: string, body?: Record<string, unknown>) => async (): Promise<RouteRequest> => ({ path: `/api/admin/journeys/${await addJourney(ctx)}${suffix}`, ...(body !== undefined && { body }) });
  return {
    'GET /api/admin/journeys': async () => ({ path: '/api/admin/journeys' }),
    'POST /api/admin/journeys': async () => ({ path: '/api/admin/journeys', body: { ...journeyInput() } }),
    'GET /api/admin/journeys/{id}': withJourney(''),
    'PUT /api/admin/journeys/{id}': withJourney('', { ...journeyInput({ name: 'Onboarding, again' }) }),
    'POST /api/admin/journeys/{id}/status': withJourney('/status', { status: 'paused' }),
    'GET /api/admin/journeys/{id}/preview': withJourney('/preview'),
    'POST /api/admin/journeys/{id}/test-send': withJourney('/test-send', { stepId: 'welcome', language: 'en' }),
    'GET /api/admin/journeys/{id}/figures': withJourney('/figures'),
    'GET /api/j/{code}': async () => ({ path: '/api/j/unknowncode1' }),
    'POST /api/unsubscribe/{topic}/{token}': async () => ({ path: `/api/unsubscribe/journeys/${await mailTokenOf(ctx.deps.db, org.people.employee.id)}` }),
  };
}
