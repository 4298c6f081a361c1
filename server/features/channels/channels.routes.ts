import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { requireRole } from '../../http/access';
import { addChannelContract, channelMixContract, printHandoutContract, removeChannelContract } from '../../../shared/contracts/channels';
import { campaignTexts } from '../campaigns/campaigns.service';
import { layoutPdf } from '../posters/poster-pdf';
import { posterUrl } from '../posters/short-code';
import { layoutHandout } from './handout-layout';
import { addChannel, channelMix, findChannel, removeChannel } from './channels.service';

const admins = [requireRole('admin')] as const;

const mixRoute = defineRoute({ ...channelMixContract, middleware: admins });
const addRoute = defineRoute({ ...addChannelContract, middleware: admins });
const removeRoute = defineRoute({ ...removeChannelContract, middleware: admins });
const handoutRoute = defineRoute({ ...printHandoutContract, middleware: admins });

const HANDOUT_WORDS = {
  nl: {
    stepsTitle: 'Zo doe je mee',
    steps: ['Open de camera van je telefoon en richt hem op de code.', 'Tik op de link die verschijnt en kies "Meedoen".', 'Kies een korte eerste training: een paar minuten is genoeg.'],
  },
  en: {
    stepsTitle: 'How to join',
    steps: ["Open your phone's camera and point it at the code.", 'Tap the link that appears and choose "Join".', 'Pick a short first training: a few minutes is enough.'],
  },
} as const;

export function channelRoutes(deps: AppDeps) {
  const { db, config } = deps;
  return createRouter()
    .openapi(mixRoute, async (c) => c.json(await channelMix(db, config.publicUrl, c.req.valid('param').id, deps.clock()), 200))
    .openapi(addRoute, async (c) => c.json(await addChannel(db, config.publicUrl, c.req.valid('param').id, c.req.valid('json'), deps.clock()), 201))
    .openapi(removeRoute, async (c) => c.json(await removeChannel(db, config.publicUrl, c.req.valid('param').id, deps.clock()), 200))
    .openapi(handoutRoute, async (c) => {
      const channel = await findChannel(db, c.req.valid('param').id);
      if (!channel) throw notFound('Channel');
      if (channel.channel !== 'team_meeting') throw new AppError(422, 'not_a_handout', 'Only a team-meeting channel has a slide and handout');
      const campaign = await db.selectFrom('campaigns').selectAll().where('id', '=', channel.campaign_id).executeTakeFirstOrThrow();
      const texts = campaignTexts(campaign);
      // Like the posters: the campaign's Dutch text when there is one.
      const text = texts.find((t) => t.language === 'nl') ?? texts[0];
      const words = HANDOUT_WORDS[text?.language ?? 'nl'];
      const url = posterUrl(config.publicUrl, channel.code);
      const { size } = c.req.valid('query');
      const headline = text?.headline ?? campaign.name;
      const pdf = await layoutPdf(layoutHandout({ headline, forYou: text?.forYou ?? '', url, shortLink: url.replace(/^https?:\/\//, ''), ...words }, size), headline);
      return c.body(pdf.buffer as ArrayBuffer, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="team-meeting-${channel.code}-${size}.pdf"`,
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'Cache-Control': 'private, no-store',
      });
    });
}
