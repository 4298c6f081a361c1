import { createdIdSchema, okSchema } from '../schemas/common';
import { myRecommendationsSchema, recommendationInputSchema, storyInvitationSchema, teamEmailPreviewSchema, teamEmailSentSchema, teamOverviewSchema } from '../schemas/team';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const teamOverviewContract = defineContract({
  method: 'get',
  path: '/api/team/overview',
  tags: ['Managers'],
  summary: "Your team's learning this month in aggregate (from 5 people), its role models and the stories its members shared",
  responses: { 200: jsonContent(teamOverviewSchema, 'Your team') },
});

export const recommendToTeamContract = defineContract({
  method: 'post',
  path: '/api/team/recommendations',
  tags: ['Managers'],
  summary: 'Recommend a training or path to your team ("recommended by your manager")',
  request: { body: jsonBody(recommendationInputSchema) },
  responses: { 201: jsonContent(createdIdSchema, 'Recommended'), 422: errorResponses[422] },
});

export const myRecommendationsContract = defineContract({
  method: 'get',
  path: '/api/me/recommendations',
  tags: ['Managers'],
  summary: 'What your manager recommended to your team',
  responses: { 200: jsonContent(myRecommendationsSchema, 'Recommendations') },
});

export const inviteStoryContract = defineContract({
  method: 'post',
  path: '/api/team/story-invitations',
  tags: ['Managers'],
  summary: 'Invite a role model in your team to write a success story (a message in their inbox)',
  request: { body: jsonBody(storyInvitationSchema) },
  responses: { 200: jsonContent(okSchema, 'Invited'), 422: errorResponses[422] },
});

export const teamEmailPreviewContract = defineContract({
  method: 'get',
  path: '/api/team/email',
  tags: ['Managers'],
  summary: "This month's team e-mail to review: the team's figures (from 5 people), role models who agreed to be named, new stories",
  responses: { 200: jsonContent(teamEmailPreviewSchema, 'The e-mail') },
});

export const sendTeamEmailContract = defineContract({
  method: 'post',
  path: '/api/team/email',
  tags: ['Managers'],
  summary: "Send this month's team e-mail (once per month), with one-click unsubscribe",
  responses: { 200: jsonContent(teamEmailSentSchema, 'Sent'), 409: errorResponses[409] },
});

