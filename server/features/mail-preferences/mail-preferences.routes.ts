import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { unsubscribeContract } from '../../../shared/contracts/journeys';
import { setTopic } from './mail-preferences.service';

export function mailPreferenceRoutes(deps: AppDeps) {
  return createRouter()
    // Public: a mail provider posts here on the reader's one click, without a session.
    .openapi(defineRoute(unsubscribeContract), async (c) => {
      const { topic, token } = c.req.valid('param');
      await setTopic(deps.db, token, topic, false, deps.clock());
      return c.json({ ok: true as const }, 200);
    });
}
