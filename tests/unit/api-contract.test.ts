import { describe, expect, expectTypeOf, test } from 'vitest';
import { contractUrl, successSchema, type CallInput, type CallOutput } from '../../shared/contracts/contract';
import { getMeContract, invitePersonContract } from '../../shared/contracts/people';
import type { updateMeContract } from '../../shared/contracts/people';
import type { InviteLink, Me } from '../../shared/schemas/people';

describe('API contracts shared by server and app', () => {
  test('a path parameter is filled in and escaped; a query is appended', () => {
    expect(contractUrl(invitePersonContract, { params: { id: 'a/b c' } })).toBe('/api/admin/people/a%2Fb%20c/invite');
    expect(contractUrl(getMeContract, { query: { q: 'x', skip: undefined, tag: ['a', 'b'] } })).toBe('/api/me?q=x&tag=a&tag=b');
  });

  test('the success answer is parsed with the contract’s own schema', () => {
    expect(successSchema(invitePersonContract)).toBe(invitePersonContract.responses[201].content['application/json'].schema);
  });

  test('calls are typed by the contract: a wrong body shape or a missing parameter does not type-check', () => {
    expectTypeOf<CallOutput<typeof getMeContract>>().toEqualTypeOf<Me>();
    expectTypeOf<CallOutput<typeof invitePersonContract>>().toEqualTypeOf<InviteLink>();
    const good: CallInput<typeof updateMeContract> = { body: { language: 'nl' } };
    // @ts-expect-error a field the contract does not have
    const unknownField: CallInput<typeof updateMeContract> = { body: { lang: 'nl' } };
    // @ts-expect-error a value outside the contract's enum
    const wrongValue: CallInput<typeof updateMeContract> = { body: { language: 'de' } };
    // @ts-expect-error the path parameter is required
    const missingParam: CallInput<typeof invitePersonContract> = {};
    expect([good, unknownField, wrongValue, missingParam]).toHaveLength(4);
  });
});
