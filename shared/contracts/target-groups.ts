import * as z from 'zod/mini';
import { idSchema, okSchema } from '../schemas/common';
import { groupCountSchema, groupMembersSchema, groupRulesSchema, targetGroupInputSchema, targetGroupListSchema, targetGroupSchema } from '../schemas/target-groups';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

const idParams = z.object({ id: idSchema });
const tags = ['Target groups'];

export const listTargetGroupsContract = defineContract({
  method: 'get',
  path: '/api/admin/target-groups',
  tags,
  summary: 'The saved target groups, each with its live count',
  responses: { 200: jsonContent(targetGroupListSchema, 'The groups') },
});

export const createTargetGroupContract = defineContract({
  method: 'post',
  path: '/api/admin/target-groups',
  tags,
  summary: 'Save a target group: a name and its rules',
  request: { body: jsonBody(targetGroupInputSchema) },
  responses: { 201: jsonContent(targetGroupSchema, 'The new group'), 422: errorResponses[422] },
});

export const replaceTargetGroupContract = defineContract({
  method: 'put',
  path: '/api/admin/target-groups/{id}',
  tags,
  summary: 'Rename a target group or change its rules',
  request: { params: idParams, body: jsonBody(targetGroupInputSchema) },
  responses: { 200: jsonContent(targetGroupSchema, 'The group'), 404: errorResponses[404], 422: errorResponses[422] },
});

export const deleteTargetGroupContract = defineContract({
  method: 'delete',
  path: '/api/admin/target-groups/{id}',
  tags,
  summary: 'Delete a target group (its channels and their links go with it); refused while a journey uses it',
  request: { params: idParams },
  responses: { 200: jsonContent(okSchema, 'Deleted'), 404: errorResponses[404], 409: errorResponses[409] },
});

export const targetGroupMembersContract = defineContract({
  method: 'get',
  path: '/api/admin/target-groups/{id}/members',
  tags,
  summary: 'Who is in a group, by name: only for a rule that reads nothing but the profile',
  request: { params: idParams },
  responses: { 200: jsonContent(groupMembersSchema, 'The members, or none when only the count may be shown'), 404: errorResponses[404] },
});

export const countTargetGroupContract = defineContract({
  method: 'post',
  path: '/api/admin/target-groups/count',
  tags,
  summary: 'The live count of rules being edited, before they are saved',
  request: { body: jsonBody(groupRulesSchema) },
  responses: { 200: jsonContent(groupCountSchema, 'How many people the rules hold'), 422: errorResponses[422] },
});
