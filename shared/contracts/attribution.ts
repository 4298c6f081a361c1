import { okSchema } from '../schemas/common';
import { acquisitionEventInputSchema } from '../schemas/kickoff';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const reportAcquisitionContract = defineContract({
  method: 'post',
  path: '/api/me/acquisition-events',
  tags: ['Attribution'],
  summary: 'Report your first install (service-worker activation) or push opt-in, counted for the source that brought you',
  request: { body: jsonBody(acquisitionEventInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Recorded (once per person and kind)'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});
