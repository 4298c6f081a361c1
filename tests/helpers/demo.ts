import { loadDemoOrganisation } from '../../server/demo/demo-organisation';
import { createMemoryLogger } from '../../server/http/logger';
import type { TestDatabase } from './databases';
import { createTestContext, signedInClient, type TestClient, type TestContext } from './test-app';

/**
 * A test app holding the demo organisation, loaded at `at`, and a way to
 * sign in as one of its people by e-mail address.
 *
 * @example const { ctx, signIn } = await demoContext(kind, '2026-11-26T20:00:00Z');
 */
export async function demoContext(kind: TestDatabase, at: string): Promise<{ ctx: TestContext; signIn: (email: string) => Promise<TestClient> }> {
  const ctx = await createTestContext(kind);
  ctx.clock.set(at);
  await loadDemoOrganisation(ctx.deps.db, ctx.clock(), createMemoryLogger());
  const signIn = async (email: string) => {
    const person = await ctx.deps.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return signedInClient(ctx, person.id);
  };
  return { ctx, signIn };
}
