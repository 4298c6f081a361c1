import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/main';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { createPerson } from '../../server/features/people/people.service';
import { saveSubscription } from '../../server/features/push/push.repository';
import { vapidKeys } from '../../server/features/push/vapid';
import { sqliteFileIn } from '../../server/server';
import { pushMessageSchema } from '../../shared/schemas/push';
import { captureCliEnv } from '../helpers/cli';
import { TEST_VAPID_SUBJECT } from '../helpers/push';
import { startPushService, type FakePushService } from '../helpers/push-service';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('npx leerlust remind <email> --now', () => {
  let dataDir: string;
  let handle: DatabaseHandle;
  let service: FakePushService;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leerlust-remind-'));
    handle = connectDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    await migrateToLatest(handle.db);
    service = await startPushService({ vapidPublicKey: (await vapidKeys(handle.db, { vapidPublicKey: undefined, vapidPrivateKey: undefined }, NOW)).publicKey, clock: () => NOW });
  });
  afterEach(async () => {
    await service.close();
    await handle.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    const cli = captureCliEnv({ DATA_DIR: dataDir, VAPID_SUBJECT: TEST_VAPID_SUBJECT, LEERLUST_DEMO: '0', PUSH_TRUSTED_HOSTS: '127.0.0.1' });
    const code = await runCli(['node', 'leerlust', ...args], cli);
    return { code, out: cli.stdout.join('\n'), err: cli.stderr.join('\n') };
  };

  it('sends the reminder to every device at once and prints the outcome per device', async () => {
    const person = await createPerson(handle.db, { email: 'sanne@example.com', name: 'Sanne', role: 'employee', language: 'nl', timeZone: 'Europe/Amsterdam' }, NOW);
    const phone = service.subscribe();
    const dead = service.subscribe();
    await saveSubscription(handle.db, person.id, phone, NOW);
    await saveSubscription(handle.db, person.id, dead, NOW);
    service.answer(dead, { status: 410 });

    const { code, out } = await run('remind', 'sanne@example.com', '--now');
    expect(code).toBe(0);
    expect(out).toMatch(/: delivered \(HTTP 201\), 1 attempt/);
    expect(out).toMatch(/: gone \(HTTP 410\).*subscription removed/);
    expect(out).toContain('Reminder pushed to Sanne.');
    expect(service.deliveries).toHaveLength(1);
    expect(pushMessageSchema.parse(JSON.parse(service.deliveries[0]?.payload ?? '')).title).toBe('Tijd voor je leermoment');
  });

  it('says where the reminder went when no device takes it, and refuses an unknown person', async () => {
    await createPerson(handle.db, { email: 'jan@example.com', name: 'Jan', role: 'employee', language: 'en', timeZone: 'Europe/Amsterdam' }, NOW);
    expect((await run('remind', 'jan@example.com', '--now')).out).toContain("waits in Jan's in-app inbox");
    const unknown = await run('remind', 'nobody@example.com', '--now');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No one with e-mail nobody@example.com');
  });
});
