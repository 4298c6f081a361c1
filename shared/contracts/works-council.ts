import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import {
  accessLogSchema,
  activityFiguresSchema,
  lrsSettingsSchema,
  mintScimTokenSchema,
  mintedScimTokenSchema,
  processingDescriptionQuerySchema,
  retentionSettingsSchema,
  ssoSettingsSchema,
  updateLrsSettingsSchema,
  updateSsoSettingsSchema,
  whoSeesWhatSchema,
  worksCouncilOverviewSchema,
} from '../schemas/works-council';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const whoSeesWhatContract = defineContract({
  method: 'get',
  path: '/api/privacy/who-sees-what',
  tags: ['Privacy'],
  summary: 'Every kind of personal data Leerlust holds: who sees it, on what condition, how long it is kept, and which routes read it',
  responses: { 200: jsonContent(whoSeesWhatSchema, 'Who sees what') },
});

export const myAccessLogContract = defineContract({
  method: 'get',
  path: '/api/me/access-log',
  tags: ['Privacy'],
  summary: 'Who (an admin or manager) looked at your data, in which view, and when',
  responses: { 200: jsonContent(accessLogSchema, 'Access log') },
});

export const worksCouncilContract = defineContract({
  method: 'get',
  path: '/api/admin/works-council',
  tags: ['Admin'],
  summary: 'Retention periods, the identity provider and LRS connections, SCIM tokens and the last purges',
  responses: { 200: jsonContent(worksCouncilOverviewSchema, 'Works-council overview') },
});

export const updateRetentionContract = defineContract({
  method: 'put',
  path: '/api/admin/retention',
  tags: ['Admin'],
  summary: 'How many days each kind of personal data is kept; the nightly purge deletes what is older',
  request: { body: jsonBody(retentionSettingsSchema) },
  responses: { 200: jsonContent(retentionSettingsSchema, 'Retention') },
});

export const activityFiguresContract = defineContract({
  method: 'get',
  path: '/api/admin/activity-figures',
  tags: ['Admin'],
  summary: 'The funnel per month (joined, active, retained, completions, answers): counts only, kept after the purge',
  responses: { 200: jsonContent(activityFiguresSchema, 'Monthly figures') },
});

export const processingDescriptionContract = defineContract({
  method: 'get',
  path: '/api/admin/processing-description',
  tags: ['Admin'],
  summary: 'The data-processing description for the works council and the privacy officer, as Markdown or PDF, in Dutch or English',
  request: { query: processingDescriptionQuerySchema },
  responses: { 200: { description: 'text/markdown or application/pdf' } },
});

export const updateSsoContract = defineContract({
  method: 'put',
  path: '/api/admin/sso',
  tags: ['Admin'],
  summary: 'Set up single sign-on with the organisation’s OpenID Connect provider (and whether magic links stay on)',
  request: { body: jsonBody(updateSsoSettingsSchema) },
  responses: { 200: jsonContent(ssoSettingsSchema, 'Single sign-on'), 409: errorResponses[409] },
});

export const updateLrsContract = defineContract({
  method: 'put',
  path: '/api/admin/lrs',
  tags: ['Admin'],
  summary: 'Send learning results as xAPI statements to the organisation’s learning record store',
  request: { body: jsonBody(updateLrsSettingsSchema) },
  responses: { 200: jsonContent(lrsSettingsSchema, 'LRS'), 409: errorResponses[409] },
});

export const mintScimTokenContract = defineContract({
  method: 'post',
  path: '/api/admin/scim-tokens',
  tags: ['Admin'],
  summary: 'A bearer token for the identity provider’s SCIM provisioning; shown once, stored only as a hash',
  request: { body: jsonBody(mintScimTokenSchema) },
  responses: { 201: jsonContent(mintedScimTokenSchema, 'The token, this once') },
});

export const revokeScimTokenContract = defineContract({
  method: 'delete',
  path: '/api/admin/scim-tokens/{id}',
  tags: ['Admin'],
  summary: 'Revoke a SCIM token: the identity provider can no longer provision with it',
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: jsonContent(okSchema, 'Revoked'), 404: errorResponses[404] },
});
