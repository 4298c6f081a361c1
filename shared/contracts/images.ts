import * as z from 'zod/mini';
import { apiErrorSchema, idSchema } from '../schemas/common';
import { IMAGE_MAX_BYTES, imageUploadSchema, uploadedImageSchema } from '../schemas/authoring';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const uploadImageContract = defineContract({
  method: 'post',
  path: '/api/admin/images',
  tags: ['Images'],
  summary: 'Upload an image (JPEG, PNG, WebP, GIF, AVIF, HEIF; at most 5 MB): re-encoded, stripped of metadata, resized for phones',
  // Base64 makes the file a third larger; a little room for the JSON around it.
  bodyLimitBytes: Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 4096,
  request: { body: jsonBody(imageUploadSchema) },
  responses: {
    201: jsonContent(uploadedImageSchema, 'Stored'),
    413: jsonContent(apiErrorSchema, 'Too large'),
    415: jsonContent(apiErrorSchema, 'Not an image'),
  },
});

/** The same pipeline for a photo with a success story: anyone signed in may upload one. */
export const uploadMyImageContract = defineContract({
  method: 'post',
  path: '/api/me/images',
  tags: ['Images'],
  summary: 'Upload a photo for your success story (the same checks: re-encoded, stripped of metadata, resized)',
  bodyLimitBytes: Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 4096,
  request: { body: jsonBody(imageUploadSchema) },
  responses: {
    201: jsonContent(uploadedImageSchema, 'Stored'),
    413: jsonContent(apiErrorSchema, 'Too large'),
    415: jsonContent(apiErrorSchema, 'Not an image'),
  },
});

export const imageContract = defineContract({
  method: 'get',
  path: '/api/images/{id}',
  tags: ['Images'],
  summary: 'An uploaded image; always served as an image, never as a page',
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: { description: 'image/webp' }, 404: errorResponses[404] },
});
