import { pointValuesSchema, pointValuesUpdateSchema } from '../schemas/points';
import { signUpSettingsSchema } from '../schemas/sign-up';
import { defineContract, jsonBody, jsonContent } from './contract';

export const pointValuesContract = defineContract({
  method: 'get',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Points each activity earns',
  responses: { 200: jsonContent(pointValuesSchema, 'Point values') },
});

export const updatePointValuesContract = defineContract({
  method: 'patch',
  path: '/api/admin/point-values',
  tags: ['Admin'],
  summary: 'Change what activities earn from now on (points already earned stay)',
  request: { body: jsonBody(pointValuesUpdateSchema) },
  responses: {
    200: jsonContent(pointValuesSchema, 'Point values'),
  },
});

export const signUpSettingsContract = defineContract({
  method: 'get',
  path: '/api/admin/sign-up',
  tags: ['Admin'],
  summary: 'Which e-mail domains may sign up without being imported, and their default language',
  responses: { 200: jsonContent(signUpSettingsSchema, 'Sign-up settings') },
});

export const updateSignUpSettingsContract = defineContract({
  method: 'put',
  path: '/api/admin/sign-up',
  tags: ['Admin'],
  summary: 'Allow sign-up for e-mail domains (an empty list: nobody); recorded in the audit log',
  request: { body: jsonBody(signUpSettingsSchema) },
  responses: {
    200: jsonContent(signUpSettingsSchema, 'Sign-up settings'),
  },
});
