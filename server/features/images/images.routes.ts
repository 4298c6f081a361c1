import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import { imageContract, uploadImageContract, uploadMyImageContract } from '../../../shared/contracts/images';
import { findImage, uploadImage } from './images.service';

const uploadRoute = defineRoute({ ...uploadImageContract, middleware: [requireRole('admin')] as const });
const uploadMineRoute = defineRoute({ ...uploadMyImageContract, middleware: [requireRole()] as const });
const imageRoute = defineRoute(imageContract);

export function imageRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(uploadRoute, async (c) => c.json(await uploadImage(deps.db, currentPerson(c), c.req.valid('json').data, deps.clock()), 201))
    .openapi(uploadMineRoute, async (c) => c.json(await uploadImage(deps.db, currentPerson(c), c.req.valid('json').data, deps.clock()), 201))
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
