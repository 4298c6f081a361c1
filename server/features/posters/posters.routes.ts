import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { notFound } from '../../http/app-error';
import { currentPerson, requireRole } from '../../http/access';
import { createPosterContract, deletePosterContract, printPosterContract } from '../../../shared/contracts/posters';
import { campaignTexts } from '../campaigns/campaigns.service';
import { posterPdf } from './poster-pdf';
import { posterSvg } from './poster-svg';
import { createPoster, deletePoster } from './posters.service';
import { posterUrl } from './short-code';

const admins = [requireRole('admin')] as const;

const postRoute = defineRoute({ ...createPosterContract, middleware: admins });
const deleteRoute = defineRoute({ ...deletePosterContract, middleware: admins });
const printRoute = defineRoute({ ...printPosterContract, middleware: admins });

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
