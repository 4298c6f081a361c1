import { addChannel } from '../../server/features/channels/channels.service';
import { createGroup } from '../../server/features/target-groups/target-groups.service';
import type { ChannelKind } from '../../shared/schemas/channels';
import type { GroupConditionInput, TargetGroup } from '../../shared/schemas/target-groups';
import type { TestContext } from './test-app';

let groups = 0;

/** A saved target group written through the service (as an admin would through the API). */
export async function addTargetGroup(ctx: TestContext, conditions: GroupConditionInput[] = [{ kind: 'joined', value: true }], match: 'all' | 'any' = 'all'): Promise<TargetGroup> {
  groups += 1;
  return createGroup(ctx.deps.db, { name: `Doelgroep ${groups}`, match, conditions }, ctx.clock());
}

/** Chooses a channel for a campaign (and a group, or the whole audience); returns the new channel. */
export async function addCampaignChannel(ctx: TestContext, campaignId: string, channel: ChannelKind, groupId: string | null = null) {
  const mix = await addChannel(ctx.deps.db, ctx.deps.config.publicUrl, campaignId, { groupId, channel }, ctx.clock());
  const found = mix.audiences.flatMap((a) => a.channels).find((c) => c.channel === channel && c.groupId === groupId);
  if (!found) throw new Error('channel not added');
  return found;
}
