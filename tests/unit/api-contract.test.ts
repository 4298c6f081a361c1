import { describe, expect, expectTypeOf, test } from 'vitest';
import { call } from '../../client/app/api';
import { useApiData } from '../../client/ui/use-api-data';
import { createCampaignContract, getCampaignContract } from '../../shared/contracts/campaigns';
import type { CallInput, CallOutput } from '../../shared/contracts/contract';
import { contractUrl } from '../../shared/contracts/contract-url';
import { syncEventsContract } from '../../shared/contracts/events';
import { feedContract } from '../../shared/contracts/feed';
import { leaderboardContract } from '../../shared/contracts/leaderboards';
import { createPersonContract, getMeContract, invitePersonContract } from '../../shared/contracts/people';
import type { updateMeContract } from '../../shared/contracts/people';
import type { registerForSessionContract, unregisterFromSessionContract } from '../../shared/contracts/learning';
import type { Feed } from '../../shared/schemas/teasers';
import type { ClassroomSession } from '../../shared/schemas/learning';
import type { InviteLink, Me } from '../../shared/schemas/people';

describe('API contracts shared by server and app', () => {
  test('a path parameter is filled in and escaped; a query is appended', () => {
    expect(contractUrl(invitePersonContract, { params: { id: 'a/b c' } })).toBe('/api/admin/people/a%2Fb%20c/invite');
    expect(contractUrl(getMeContract, { query: { q: 'x', skip: undefined, tag: ['a', 'b'] } })).toBe('/api/me?q=x&tag=a&tag=b');
  });

  test('calls are typed by the contract: a wrong body shape or a missing parameter does not type-check', () => {
    expectTypeOf<CallOutput<typeof getMeContract>>().toEqualTypeOf<Me>();
    expectTypeOf<CallOutput<typeof invitePersonContract>>().toEqualTypeOf<InviteLink>();
    // A choice between two calls answers what either answers.
    expectTypeOf<CallOutput<typeof registerForSessionContract | typeof unregisterFromSessionContract>>().toEqualTypeOf<ClassroomSession>();
    const good: CallInput<typeof updateMeContract> = { body: { language: 'nl' } };
    // @ts-expect-error a field the contract does not have
    const unknownField: CallInput<typeof updateMeContract> = { body: { lang: 'nl' } };
    // @ts-expect-error a value outside the contract's enum
    const wrongValue: CallInput<typeof updateMeContract> = { body: { language: 'de' } };
    // @ts-expect-error the path parameter is required
    const missingParam: CallInput<typeof invitePersonContract> = {};
    expect([good, unknownField, wrongValue, missingParam]).toHaveLength(4);
  });

  /*
   * The app's own calls, as it writes them. Never run (they would need a
   * browser and a server): `npm run typecheck` fails when a directive below
   * no longer matches an error, or when a call without one stops fitting its
   * contract.
   */
  test('the app’s typed call() refuses what the route would refuse', () => {
    const calls = async () => {
      const feed: Feed = await call(feedContract);
      const campaign = await call(getCampaignContract, { params: { id: 'c' } });
      // @ts-expect-error the answer is a campaign, not a feed
      const wrongAnswer: Feed = await call(getCampaignContract, { params: { id: 'c' } });
      // @ts-expect-error a body of the wrong shape: events must be a list
      await call(syncEventsContract, { body: { events: 'all of them' } });
      // @ts-expect-error an event kind the contract does not know
      await call(syncEventsContract, { body: { events: [{ id: 'e', kind: 'points_granted', occurredAt: '', timeZone: 'UTC' }] } });
      // @ts-expect-error a route with a body cannot be called without one
      await call(createPersonContract);
      // @ts-expect-error a field the person contract does not have
      await call(createPersonContract, { body: { email: 'a@b.example', name: 'A', role: 'employee', salary: 1 } });
      // @ts-expect-error the path parameter is `id`, not `campaignId`
      await call(getCampaignContract, { params: { campaignId: 'c' } });
      // @ts-expect-error a GET takes no body
      await call(feedContract, { body: {} });
      // @ts-expect-error the month is a string like 2026-03
      await call(leaderboardContract, { query: { month: 3 } });
      // @ts-expect-error the campaign's name is required
      await call(createCampaignContract, { body: { startsOn: '2026-03-01' } });
      return [feed, campaign, wrongAnswer];
    };
    const hooks = () => {
      const feed = useApiData(feedContract);
      // @ts-expect-error the hook only loads (GET)
      const write = useApiData(createPersonContract, { body: { email: 'a@b.example', name: 'A', role: 'employee' } });
      // @ts-expect-error the campaign needs its id
      const missing = useApiData(getCampaignContract);
      return [feed, write, missing];
    };
    expect([calls, hooks].every((f) => typeof f === 'function')).toBe(true);
  });
});
