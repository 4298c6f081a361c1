import { eventBatchSchema, syncResultSchema } from '../schemas/events';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const syncEventsContract = defineContract({
  method: 'post',
  path: '/api/events',
  tags: ['Progress'],
  summary: 'Send what you did (from the offline outbox); each event is applied exactly once',
  description:
    'Answers per event: applied, duplicate (already applied: drop it from the outbox) or rejected with a reason ' +
    '(in_future, too_old, unknown_item, unknown_teaser, unknown_question or unknown_part: the training has no such question or part, ' +
    'not_available: a draft or a training not meant for you, id_conflict), and your new points and streak.',
  // A full batch of 500 events is about 150 KB of JSON.
  bodyLimitBytes: 512 * 1024,
  request: { body: jsonBody(eventBatchSchema) },
  responses: {
    200: jsonContent(syncResultSchema, 'Per-event results and your progress'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});
