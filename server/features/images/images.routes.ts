import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { apiErrorSchema, idSchema } from '../../../shared/schemas/common';
import { IMAGE_MAX_BYTES, imageUploadSchema, uploadedImageSchema } from '../../../shared/schemas/authoring';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { findImage, uploadImage } from './images.service';

const uploadRoute = defineRoute({
  tags: ['Images'],
  method: 'post',
  path: '/api/admin/images',
  summary: 'Upload an image (JPEG, PNG, WebP, GIF, AVIF, HEIF; at most 5 MB): re-encoded, stripped of metadata, resized for phones',
  middleware: [requireRole('admin')] as const,
  // Base64 makes the file a third larger; a little room for the JSON around it.
  bodyLimitBytes: Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 4096,
  request: { body: jsonBody(imageUploadSchema) },
  responses: {
    201: jsonContent(uploadedImageSchema, 'Stored'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    413: jsonContent(apiErrorSchema, 'Too large'),
    415: jsonContent(apiErrorSchema, 'Not an image'),
  },
});

const imageRoute = defineRoute({
  tags: ['Images'],
  method: 'get',
  path: '/api/images/{id}',
  summary: 'An uploaded image; always served as an image, never as a page',
  request: { params: z.object({ id: idSchema }) },
  responses: { 200: { description: 'image/webp' }, 400: errorResponses[400], 404: errorResponses[404] },
});

export function imageRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(uploadRoute, async (c) => c.json(await uploadImage(deps.db, currentPerson(c), c.req.valid('json').data, deps.clock()), 201))
    .openapi(imageRoute, async (c) => {
      const image = await findImage(deps.db, c.req.valid('param').id);
      if (!image) throw notFound('Image');
      return c.body(new Uint8Array(image.bytes), 200, {
        // Only ever the type we produced; nosniff stops a browser from guessing "HTML"; the sandbox disarms it even if one did.
        'Content-Type': image.content_type,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        // An image never changes under its id.
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
    });
}
