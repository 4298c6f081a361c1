import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { audienceOfLists, isInAudience } from '../../../shared/domain/audience';
import { pickLanguage } from '../../../shared/domain/localized';
import { notifyPerson, type NotifyDeps } from '../push/notify';
import { campaignTexts } from './campaigns.service';
import type { CampaignRevealed } from './reveal';
import { audienceFactsOfEveryone } from '../target-groups/memberships';

const BODY = { nl: 'Het nieuwe leeraanbod is er. Kijk wat er voor jou klaarstaat.', en: 'The new learning offer is here. See what is waiting for you.' } as const;

/**
 * The push at a campaign's reveal: to everyone in its target groups who
 * opted in to push (has a subscription), in their own language, through
 * notifyPerson (weekly cap, inbox, dead subscriptions: see push/notify.ts).
 * Register it with onCampaignRevealed.
 *
 * @example onCampaignRevealed(revealPush({ db, sender, log }, clock));
 */
export function revealPush(deps: NotifyDeps, clock: () => Date) {
  return async (event: CampaignRevealed): Promise<void> => {
    const campaign = await deps.db.selectFrom('campaigns').selectAll().where('id', '=', event.campaignId).executeTakeFirst();
    if (!campaign) return;
    const texts = campaignTexts(campaign);
    const audience = audienceOfLists(event.target);
    const people = await optedIn(deps.db);
    const facts = await audienceFactsOfEveryone(deps.db, people, [audience], clock());
    for (const person of people) {
      const mine = facts.get(person.id);
      if (!mine || !isInAudience(audience, mine)) continue;
      const headline = pickLanguage(texts, person.language)?.text.headline ?? event.name;
      await notifyPerson(
        deps,
        person,
        { kind: 'campaign_reveal', title: headline, body: BODY[person.language], url: '/?source=push', tag: `reveal-${event.campaignId}`, ttlSeconds: 86_400, urgency: 'normal' },
        clock(),
      );
    }
  };
}

/** People with at least one push subscription: those who said yes to pushes. */
async function optedIn(db: Kysely<Database>) {
  return db
    .selectFrom('people')
    .selectAll()
    .where((eb) => eb.exists(eb.selectFrom('push_subscriptions').select('push_subscriptions.id').whereRef('push_subscriptions.person_id', '=', 'people.id')))
    .execute();
}
