import * as z from 'zod/mini';
import { createRouter, defineRoute } from '../../http/api-route';
import { idSchema } from '../../../shared/schemas/common';
import { campaignSchema, posterInputSchema } from '../../../shared/schemas/campaigns';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { currentPerson, requireRole } from '../../http/access';
import { campaignTexts } from '../campaigns/campaigns.service';
import { posterPdf } from './poster-pdf';
import { posterSvg } from './poster-svg';
import { createPoster, deletePoster } from './posters.service';
import { posterUrl } from './short-code';

const idParams = z.object({ id: idSchema });
const admin = { tags: ['Posters'], middleware: [requireRole('admin')] as const };
const writeErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] };

const postRoute = defineRoute({
  ...admin,
  method: 'post',
  path: '/api/admin/campaigns/{id}/posters',
  summary: 'Add a poster for a placement, with its own short link and QR code',
  request: { params: idParams, body: jsonBody(posterInputSchema) },
  responses: { 201: jsonContent(campaignSchema, 'The campaign with the new poster'), ...writeErrors },
});
const deleteRoute = defineRoute({ ...admin, method: 'delete', path: '/api/admin/posters/{id}', summary: 'Remove a poster (its short link stops working)', request: { params: idParams }, responses: { 200: jsonContent(campaignSchema, 'The campaign'), ...writeErrors } });
const printRoute = defineRoute({
  ...admin,
  method: 'get',
  path: '/api/admin/posters/{id}/print',
  summary: 'The print-ready poster: PDF or SVG, A4 or A3',
  request: { params: idParams, query: z.object({ format: z._default(z.enum(['pdf', 'svg']), 'pdf'), size: z._default(z.enum(['a4', 'a3']), 'a4') }) },
  responses: { 200: { description: 'application/pdf or image/svg+xml' }, ...writeErrors },
});
const SCAN_LABEL = { nl: 'Scan de code of typ:', en: 'Scan the code or type:' } as const;

export function posterRoutes(deps: AppDeps) {
  const { db, config } = deps;
  return createRouter()
    .openapi(postRoute, async (c) => c.json(await createPoster(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, c.req.valid('json').placement, deps.clock()), 201))
    .openapi(deleteRoute, async (c) => c.json(await deletePoster(db, config.publicUrl, currentPerson(c), c.req.valid('param').id, deps.clock()), 200))
    .openapi(printRoute, async (c) => {
      const poster = await db
        .selectFrom('posters')
        .innerJoin('campaigns', 'campaigns.id', 'posters.campaign_id')
        .selectAll('campaigns')
        .select(['posters.code', 'posters.placement'])
        .where('posters.id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!poster) throw notFound('Poster');
      const texts = campaignTexts(poster);
      // The poster speaks the campaign's first language: Dutch when there is a Dutch text.
      const text = texts.find((t) => t.language === 'nl') ?? texts[0];
      const url = posterUrl(config.publicUrl, poster.code);
      const content = {
        headline: text?.headline ?? poster.name,
        placement: poster.placement,
        url,
        shortLink: url.replace(/^https?:\/\//, ''),
        scanLabel: SCAN_LABEL[text?.language ?? 'nl'],
      };
      const { format, size } = c.req.valid('query');
      const name = `poster-${poster.code}-${size}.${format}`;
      const headers = {
        'Content-Disposition': `inline; filename="${name}"`,
        // Opened on its own, the file may do nothing but show itself.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'Cache-Control': 'private, no-store',
      };
      if (format === 'svg') return c.body(posterSvg(content, size), 200, { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' });
      const pdf = await posterPdf(content, size);
      return c.body(pdf.buffer as ArrayBuffer, 200, { ...headers, 'Content-Type': 'application/pdf' });
    });
}
