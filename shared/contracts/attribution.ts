import { okSchema } from '../schemas/common';
import { acquisitionEventInputSchema } from '../schemas/kickoff';
import { defineContract, jsonBody, jsonContent } from './contract';

export const reportAcquisitionContract = defineContract({
  method: 'post',
  path: '/api/me/acquisition-events',
  tags: ['Attribution'],
  summary: 'Report your first install (service-worker activation) or push opt-in, counted for the source that brought you',
  request: { body: jsonBody(acquisitionEventInputSchema) },
  responses: { 200: jsonContent(okSchema, 'Recorded (once per person and kind)') },
});
