import sharp from 'sharp';
import { createCampaign, publishCampaign } from '../../server/features/campaigns/campaigns.service';
import { createPoster } from '../../server/features/posters/posters.service';
import { createTeaser } from '../../server/features/authoring/teaser-authoring.service';
import type { PersonRow } from '../../server/features/people/people.table';
import type { Campaign, CampaignInput } from '../../shared/schemas/campaigns';
import type { TestContext } from './test-app';

/** A valid campaign body for POST /api/admin/campaigns, kick-off a week after the context's clock. */
export function campaignBody(ctx: TestContext, overrides: Partial<Record<keyof CampaignInput, unknown>> = {}) {
  const kickoff = new Date(ctx.clock().getTime() + 7 * 24 * 3_600_000).toISOString();
  return {
    name: 'Leren in de lente',
    startsOn: '2026-03-01',
    endsOn: '2026-05-31',
    texts: [{ language: 'nl', headline: 'Iets nieuws komt eraan', why: 'Omdat zorg verandert.', forYou: 'Sneller en zekerder werken.', expect: 'Korte trainingen op je telefoon.' }],
    target: { departmentIds: [], teamIds: [], roles: ['employee'], locations: ['Gebouw A'], languages: ['nl'] },
    kickoffAt: kickoff,
    kickoffPlace: 'Kantine, gebouw A',
    kickoffUrl: 'https://meet.example.org/kickoff',
    itemIds: [],
    tryItemIds: [],
    teaserIds: [],
    ...overrides,
  };
}

/** A campaign written through the service (as an admin would through the API), and published unless `draft`. */
export async function addCampaign(
  ctx: TestContext,
  admin: PersonRow,
  overrides: Partial<Record<keyof CampaignInput, unknown>> = {},
  { draft = false } = {},
): Promise<Campaign> {
  const created = await createCampaign(ctx.deps.db, ctx.deps.config.publicUrl, admin, campaignBody(ctx, overrides) as CampaignInput, ctx.clock());
  return draft ? created : publishCampaign(ctx.deps.db, ctx.deps.config.publicUrl, admin, created.id, true, ctx.clock());
}

/** Adds a poster to the campaign; returns it (with its code and URL). */
export async function addPoster(ctx: TestContext, admin: PersonRow, campaignId: string, placement = 'Kantine, gebouw A') {
  const campaign = await createPoster(ctx.deps.db, ctx.deps.config.publicUrl, admin, campaignId, placement, ctx.clock());
  // Posters are listed in the order they were made: the next one gets a later moment.
  ctx.clock.advance(1);
  const poster = campaign.posters.find((p) => p.placement === placement);
  if (!poster) throw new Error('poster not created');
  return poster;
}

export function teaserBody(hook = 'Drie minuten, één nieuwe handigheid.') {
  return { texts: [{ language: 'nl', hook, callToAction: 'Bekijk' }] };
}

export async function addTeaser(ctx: TestContext, admin: PersonRow, publishedAt: string | null = null) {
  return createTeaser(ctx.deps.db, admin, { ...teaserBody(), publishedAt } as Parameters<typeof createTeaser>[2], ctx.clock());
}

/** A real JPEG with EXIF metadata (camera, GPS-like comment), `width` × `height`. */
export async function testJpeg(width = 2400, height = 1600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam', Model: 'Leak 3000', ImageDescription: 'GPS 52.37N 4.89E' } })
    .toBuffer();
}
