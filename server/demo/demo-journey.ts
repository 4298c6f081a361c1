import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { JourneyDefinition } from '../../shared/domain/journey';
import { journeyProblems } from '../../shared/domain/journey';
import { registerSource } from '../features/attribution/attribution.service';

/*
 * The demo's running onboarding journey: whoever joins gets a welcome
 * e-mail, two days later a push with the first micro-training, two days
 * after that a reminder only if they have not done it yet, and after a week
 * a colleague's success story as an in-app card (everyone gets the story,
 * so the journey has no goal that would end it earlier).
 */
export async function loadDemoJourney(trx: Kysely<Database>, now: Date, itemIds: ReadonlyMap<string, string>): Promise<void> {
  const first = itemIds.get('lifting');
  const story = await trx.selectFrom('stories').select('code').where('status', '=', 'approved').orderBy('created_at').executeTakeFirst();
  if (!first) return;
  const definition: JourneyDefinition = {
    trigger: { kind: 'joined' },
    goal: null,
    catchUpHours: 24,
    steps: [
      {
        id: 'welcome',
        kind: 'email',
        itemId: first,
        texts: {
          nl: {
            subject: 'Welkom bij Leerlust, {{firstName}}',
            hook: 'Welkom, {{firstName}}! Drie minuten per week, op jouw moment.',
            body: 'Fijn dat je er bent. Wat het je oplevert: {{wiifm}}\n\nJe leermoment staat klaar: {{nextMoment}}.\n\nBegin alvast met de eerste microtraining: {{itemLink}}',
          },
          en: {
            subject: 'Welcome to Leerlust, {{firstName}}',
            hook: 'Welcome, {{firstName}}! Three minutes a week, at your moment.',
            body: "Glad you're here. What's in it for you: {{wiifm}}\n\nYour learning moment is set: {{nextMoment}}.\n\nStart with the first micro-training: {{itemLink}}",
          },
        },
      },
      { id: 'two-days', kind: 'wait_days', days: 2 },
      {
        id: 'first-training',
        kind: 'push',
        itemId: first,
        texts: {
          nl: { hook: 'Tillen zonder rugpijn: drie minuten', body: 'Twee handgrepen die je rug sparen. Probeer ze nu.' },
          en: { hook: 'Lifting without back pain: three minutes', body: 'Two grips that spare your back. Try them now.' },
        },
      },
      { id: 'two-more-days', kind: 'wait_days', days: 2 },
      { id: 'started', kind: 'branch', condition: { kind: 'completed_item', itemId: first }, then: 'week', otherwise: 'reminder' },
      {
        id: 'reminder',
        kind: 'push',
        itemId: first,
        texts: {
          nl: { hook: 'Nog even? Je eerste training wacht op je', body: 'Drie minuten, en je rug merkt het verschil.' },
          en: { hook: 'A moment? Your first training is waiting', body: 'Three minutes, and your back will feel the difference.' },
        },
      },
      { id: 'week', kind: 'wait_days', days: 3 },
      {
        id: 'story',
        kind: 'in_app',
        link: story ? `/s/${story.code}` : null,
        texts: {
          nl: { hook: 'Zo helpt het een collega', body: 'Een collega vertelt wat de training in het werk veranderde.' },
          en: { hook: 'How it helps a colleague', body: 'A colleague tells what the training changed at work.' },
        },
      },
    ],
  };
  if (journeyProblems(definition).length > 0) throw new Error(`demo journey: ${JSON.stringify(journeyProblems(definition))}`);
  const id = randomUUID();
  const at = now.toISOString();
  for (const step of definition.steps) {
    if (step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app') await registerSource(trx, { kind: 'journey_step', refId: `${id}:${step.id}`, campaignId: null, label: `Onboarding: ${step.id}` }, now);
  }
  await trx
    .insertInto('journeys')
    .values({ id, name: 'Onboarding', status: 'active', definition: JSON.stringify(definition), audience: JSON.stringify({ departmentIds: [], teamIds: [], roles: [], languages: [] }), created_at: at, updated_at: at, activated_at: at })
    .execute();
}
