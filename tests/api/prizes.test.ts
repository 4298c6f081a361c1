import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prizeListSchema, prizeSchema } from '../../shared/schemas/rewards';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('prize catalogue ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  it('adds prizes of every kind with image, description and stock, lists and changes them', async () => {
    const sweater = { kind: 'clothing', name: 'Company sweater', description: 'Navy, with the logo', imageUrl: 'https://cdn.example/sweater.png', stock: 12 };
    const created = prizeSchema.parse(await (await admin.post('/api/admin/prizes', sweater)).json());
    expect(created).toEqual({ id: expect.any(String), ...sweater });
    await admin.post('/api/admin/prizes', { kind: 'training', name: 'A personal new training', description: 'You choose', stock: 2 });

    const changed = await admin.patch(`/api/admin/prizes/${created.id}`, { stock: 11, imageUrl: null });
    expect(prizeSchema.parse(await changed.json())).toMatchObject({ stock: 11, imageUrl: null, name: 'Company sweater' });
    const list = prizeListSchema.parse(await (await admin.get('/api/admin/prizes')).json()).prizes;
    expect(list.map((p) => [p.name, p.stock])).toEqual([['A personal new training', 2], ['Company sweater', 11]]);
  });

  it('refuses negative stock, an unknown kind, a script URL and an unknown prize', async () => {
    for (const bad of [{ stock: -1 }, { kind: 'car' }, { imageUrl: 'javascript:alert(1)' }]) {
      await expectApiError(await admin.post('/api/admin/prizes', { kind: 'voucher', name: 'Voucher', description: '', stock: 1, ...bad }), 400, 'validation_failed');
    }
    await expectApiError(await admin.patch(`/api/admin/prizes/${randomUUID()}`, { stock: 1 }), 404, 'not_found');
  });
});
