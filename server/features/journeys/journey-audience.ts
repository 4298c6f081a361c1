import { isInAudience, type AudienceRule } from '../../../shared/domain/audience';
import type { TargetGroups } from '../../../shared/schemas/audience';
import { storedAudience } from '../teasers/catalogue';
import { audienceFactsOf } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';

/*
 * Who a journey is for: the one seam where saved target groups (issue 12a)
 * plug in. Today a journey's audience is the campaign targeting of
 * shared/domain/audience.ts (departments, teams, roles, languages); when
 * saved groups exist, `journeyAudience` turns a group reference into its
 * rule and `entered_group` triggers read that group's members, and nothing
 * else in the journey engine changes.
 */

/** The rule a journey's stored audience stands for (a damaged value reaches nobody). */
export function journeyAudience(storedJson: string): AudienceRule {
  return storedAudience(storedJson);
}

/** Whether this person is in the journey's audience. */
export function inJourneyAudience(rule: AudienceRule, person: PersonRow): boolean {
  return isInAudience(rule, audienceFactsOf(person));
}

export function storedJourneyAudience(groups: TargetGroups): string {
  return JSON.stringify(groups);
}
