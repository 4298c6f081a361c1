import type { AppDeps } from '../../http/app-env';
import { creditVisit, findSourceOf, registerSource } from '../attribution/attribution.service';
import { storedDefinition } from './journeys.service';

/*
 * A journey message's short link: /api/j/<code>, one code per person × step.
 * Following it counts the click once on the job (what "opened the previous
 * message?" branches on, and the step's figure) and a visit on the step's
 * attribution source (kind journey_step), then leads on to the item (or the
 * app), carrying the source code as `via`. Nothing about the device is
 * stored; there is no tracking pixel.
 */
export async function followJourneyLink(deps: Pick<AppDeps, 'db' | 'config'>, code: string, now: Date): Promise<string> {
  const job = await deps.db.selectFrom('journey_jobs').select(['id', 'journey_id', 'step_id', 'clicked_at']).where('link_code', '=', code).executeTakeFirst();
  if (!job) return '/';
  const journey = await deps.db.selectFrom('journeys').select(['name', 'definition']).where('id', '=', job.journey_id).executeTakeFirst();
  const step = journey ? storedDefinition(journey).steps.find((s) => s.id === job.step_id) : undefined;
  const message = step && (step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app') ? step : null;
  const itemId = message?.itemId ?? null;
  const refId = `${job.journey_id}:${job.step_id}`;
  const source = await deps.db.transaction().execute(async (trx) => {
    if (job.clicked_at === null) await trx.updateTable('journey_jobs').set({ clicked_at: now.toISOString() }).where('id', '=', job.id).where('clicked_at', 'is', null).execute();
    const known = await findSourceOf(trx, 'journey_step', refId);
    return known ?? (await registerSource(trx, { kind: 'journey_step', refId, campaignId: null, label: `${journey?.name ?? ''}: ${job.step_id}` }, now));
  });
  await creditVisit(deps.db, source.id, now);
  if (message?.link) return `${message.link}${message.link.includes('?') ? '&' : '?'}via=${source.code}`;
  return itemId ? `/training/${itemId}?via=${source.code}` : `/?via=${source.code}`;
}
