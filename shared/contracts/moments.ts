import { momentSettingsUpdateSchema } from '../schemas/moment-settings-update';
import { momentSettingsSchema, momentSlotSchema, myMomentSchema } from '../schemas/moments';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const myMomentContract = defineContract({
  method: 'get',
  path: '/api/me/moment',
  tags: ['Learning moment'],
  summary: 'Your weekly learning moment (or the organisation default) and when it next happens',
  responses: { 200: jsonContent(myMomentSchema, 'Your learning moment'), 404: errorResponses[404] },
});

export const saveMyMomentContract = defineContract({
  method: 'put',
  path: '/api/me/moment',
  tags: ['Learning moment'],
  summary: 'Choose your weekly learning moment; reminders follow it from its next occurrence',
  request: { body: jsonBody(momentSlotSchema) },
  responses: { 200: jsonContent(myMomentSchema, 'Your learning moment') },
});

export const myMomentIcsContract = defineContract({
  method: 'get',
  path: '/api/me/moment.ics',
  tags: ['Learning moment'],
  summary: 'Your learning moment as an iCalendar file (weekly, in your time zone, with an alarm)',
  responses: { 200: { description: 'text/calendar' }, 404: errorResponses[404] },
});

export const momentSettingsContract = defineContract({
  method: 'get',
  path: '/api/admin/moment-settings',
  tags: ['Admin'],
  summary: 'Default learning moment, working hours, days off, weekly push cap',
  responses: { 200: jsonContent(momentSettingsSchema, 'Learning-moment rules') },
});

export const updateMomentSettingsContract = defineContract({
  method: 'patch',
  path: '/api/admin/moment-settings',
  tags: ['Admin'],
  summary: 'Change the learning-moment rules',
  request: { body: jsonBody(momentSettingsUpdateSchema) },
  responses: {
    200: jsonContent(momentSettingsSchema, 'Learning-moment rules'),
    422: errorResponses[422],
  },
});
