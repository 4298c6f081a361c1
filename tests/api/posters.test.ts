import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pngSize } from '../helpers/png';
import type { Campaign } from '../../shared/schemas/campaigns';
import type { Kickoff } from '../../shared/schemas/kickoff';
import type { PersonalDataExport } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { addCampaign, addPoster } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { decodeQr, pdfText, rasterisePdf } from '../helpers/qr';
import { addPerson, createTestContext, TEST_PUBLIC_URL, TestClient, type TestContext } from '../helpers/test-app';
import type { PersonRow } from '../../server/features/people/people.table';

const NOW = '2026-03-11T10:00:00.000Z';

describe.each(testDatabases())('QR posters, scans and attribution ($name)', (kind) => {
  let ctx: TestContext;
  let adminPerson: PersonRow;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const learner = await addLearner(ctx, { role: 'admin' });
    adminPerson = learner.person;
    admin = learner.client;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const campaignFigures = async (id: string) => (await (await admin.get(`/api/admin/campaigns/${id}`)).json()) as Campaign;
  /** The posters a person's first touch names (attribution keeps one per person). */
  const firstTouchOf = async (personId: string) =>
    (
      await ctx.deps.db
        .selectFrom('first_touches')
        .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
        .select('attribution_sources.ref_id')
        .where('first_touches.person_id', '=', personId)
        .execute()
    ).map((r) => r.ref_id);

  it('gives each placement its own short link: 8 characters without look-alikes, different per poster', async () => {
    const campaign = await addCampaign(ctx, adminPerson);
    const response = await admin.post(`/api/admin/campaigns/${campaign.id}/posters`, { placement: 'Kantine, gebouw A' });
    expect(response.status).toBe(201);
    ctx.clock.advance(1);
    await admin.post(`/api/admin/campaigns/${campaign.id}/posters`, { placement: 'Receptie' });
    const { posters } = await campaignFigures(campaign.id);
    expect(posters.map((p) => p.placement)).toEqual(['Kantine, gebouw A', 'Receptie']);
    for (const poster of posters) {
      expect(poster.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
      expect(poster.url).toBe(`${TEST_PUBLIC_URL}/k/${poster.code}`);
    }
    expect(new Set(posters.map((p) => p.code)).size).toBe(2);
    await expectApiError(await admin.post(`/api/admin/campaigns/${campaign.id}/posters`, { placement: '' }), 400);
  });

  it('counts each scan per poster on the server, without cookies, and shows the kick-off to anyone', async () => {
    const campaign = await addCampaign(ctx, adminPerson);
    const canteen = await addPoster(ctx, adminPerson, campaign.id, 'Kantine');
    const hall = await addPoster(ctx, adminPerson, campaign.id, 'Hal');
    const stranger = new TestClient(ctx.app);
    for (let i = 0; i < 3; i += 1) {
      const scan = await stranger.request('POST', `/api/k/${canteen.code}/scans`);
      expect(scan.status).toBe(200);
      expect(scan.headers.getSetCookie()).toEqual([]);
    }
    // Typed by hand, in lower case: the same poster.
    expect((await stranger.request('POST', `/api/k/${hall.code.toLowerCase()}/scans`)).status).toBe(200);
    // Looking again without scanning counts nothing.
    const look = (await (await stranger.get(`/api/k/${canteen.code}`)).json()) as Kickoff;
    expect(look).toMatchObject({ campaignId: campaign.id, revealed: false, kickoffPlace: 'Kantine, gebouw A' });
    expect(Object.keys(look).sort()).toEqual(['campaignId', 'code', 'kickoffAt', 'kickoffPlace', 'kickoffUrl', 'offer', 'revealed', 'serverTime', 'texts', 'tryItems']);

    const figures = await campaignFigures(campaign.id);
    expect(figures.posters.map((p) => [p.placement, p.figures.scans])).toEqual([
      ['Kantine', 3],
      ['Hal', 1],
    ]);
    expect(figures.figures.scans).toBe(4);
    // A scan is a visit of the poster's source: a source and a moment, nothing else.
    const rows = await ctx.deps.db
      .selectFrom('attribution_visits')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'attribution_visits.source_id')
      .selectAll('attribution_visits')
      .where('attribution_sources.ref_id', '=', canteen.id)
      .execute();
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['id', 'source_id', 'visited_at']);
    await expectApiError(await stranger.request('POST', '/api/k/ZZZZZZZZ/scans'), 404);
    await expectApiError(await stranger.request('POST', '/api/k/O0I1L/scans'), 400);
  });

  it('credits a sign-up to the poster in the join link (first touch), and installs and push opt-ins to that poster', async () => {
    const campaign = await addCampaign(ctx, adminPerson);
    const first = await addPoster(ctx, adminPerson, campaign.id, 'Kantine');
    const second = await addPoster(ctx, adminPerson, campaign.id, 'Hal');
    const person = await addPerson(ctx, { email: `newcomer.${Date.now()}@test.example` });
    const browser = new TestClient(ctx.app);
    expect((await browser.post('/api/auth/magic-link', { email: person.email, language: 'nl', via: first.code })).status).toBe(202);
    const link = ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect(link).toMatch(new RegExp(`/signin/verify#token=[^&]+&via=${first.code}$`));
    const params = new URLSearchParams(new URL(link).hash.slice(1));
    const signIn = await browser.post('/api/auth/session', { token: params.get('token'), via: params.get('via') });
    expect(signIn.status).toBe(200);

    // A later sign-in through another poster changes nothing: the first touch keeps the credit.
    const again = await browser.post('/api/auth/magic-link', { email: person.email, via: second.code });
    expect(again.status).toBe(202);
    const token2 = new URLSearchParams(new URL(ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '').hash.slice(1)).get('token');
    await new TestClient(ctx.app).post('/api/auth/session', { token: token2, via: second.code });

    expect(await firstTouchOf(person.id)).toEqual([first.id]);
    expect((await browser.post('/api/me/acquisition-events', { kind: 'install' })).status).toBe(200);
    expect((await browser.post('/api/me/acquisition-events', { kind: 'install' })).status).toBe(200);
    expect((await browser.post('/api/me/acquisition-events', { kind: 'push_opt_in' })).status).toBe(200);
    await expectApiError(await browser.post('/api/me/acquisition-events', { kind: 'scan' }), 400);

    const figures = await campaignFigures(campaign.id);
    expect(figures.posters.map((p) => p.figures)).toEqual([
      { scans: 0, signUps: 1, installs: 1, pushOptIns: 1 },
      { scans: 0, signUps: 0, installs: 0, pushOptIns: 0 },
    ]);

    // The person's own record carries it: in the export, and gone with the person.
    const exported = (await (await browser.get('/api/me/export')).json()) as PersonalDataExport;
    expect(exported.firstTouch).toMatchObject({ kind: 'poster', id: first.id, label: 'Kantine' });
    expect(exported.acquisitionEvents.map((e) => e.kind).sort()).toEqual(['install', 'push_opt_in']);
    expect((await browser.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('first_touches').selectAll().where('person_id', '=', person.id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('acquisition_events').selectAll().where('person_id', '=', person.id).execute()).toEqual([]);
  });

  it('credits the poster just the same when the first sign-in is with a personal invite token (first touch)', async () => {
    const campaign = await addCampaign(ctx, adminPerson);
    const poster = await addPoster(ctx, adminPerson, campaign.id, 'Werkplaats');
    const later = await addPoster(ctx, adminPerson, campaign.id, 'Poort');
    const person = await addPerson(ctx, { email: `no.mailbox.${Date.now()}@test.example` });
    const invite = (await (await admin.post(`/api/admin/people/${person.id}/invite`, {})).json()) as { url: string };
    // The invite carries no poster; the code comes from the sign-in address the person arrived at.
    const token = new URLSearchParams(new URL(invite.url).hash.slice(1)).get('token');
    expect((await new TestClient(ctx.app).post('/api/auth/session', { token, via: poster.code })).status).toBe(200);
    const second = (await (await admin.post(`/api/admin/people/${person.id}/invite`, {})).json()) as { url: string };
    const token2 = new URLSearchParams(new URL(second.url).hash.slice(1)).get('token');
    expect((await new TestClient(ctx.app).post('/api/auth/session', { token: token2, via: later.code })).status).toBe(200);

    expect(await firstTouchOf(person.id)).toEqual([poster.id]);
    expect((await campaignFigures(campaign.id)).posters.map((p) => p.figures.signUps)).toEqual([1, 0]);
  });

  it('ignores an unknown poster code at sign-in rather than refusing the person', async () => {
    const person = await addPerson(ctx, { email: `typo.${Date.now()}@test.example` });
    const browser = new TestClient(ctx.app);
    await browser.post('/api/auth/magic-link', { email: person.email, via: 'ZZZZZZZZ' });
    const token = new URLSearchParams(new URL(ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '').hash.slice(1)).get('token');
    expect((await browser.post('/api/auth/session', { token, via: 'ZZZZZZZZ' })).status).toBe(200);
    await expectApiError(await browser.post('/api/auth/magic-link', { email: person.email, via: '<script>' }), 400);
  });

  it.each(['a4', 'a3'] as const)('prints an %s PDF whose QR code, decoded by jsQR from the rasterised page, gives the poster URL', async (size) => {
    const campaign = await addCampaign(ctx, adminPerson);
    const poster = await addPoster(ctx, adminPerson, campaign.id, 'Kantine, gebouw A');
    const response = await admin.get(`/api/admin/posters/${poster.id}/print?format=pdf&size=${size}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="poster-\w{8}-a[34]\.pdf"$/);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const png = rasterisePdf(pdf, 72);
    // 1 pt = 1 px at 72 dpi: A4 is 595.28 × 841.89 points, A3 841.89 × 1190.55 (pdftoppm rounds up).
    const { width = 0, height = 0 } = pngSize(png) ?? {};
    expect([width, height]).toEqual(size === 'a4' ? [596, 842] : [842, 1191]);
    expect(await decodeQr(png)).toBe(poster.url);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Iets nieuws komt eraan');
    expect(text).toContain(poster.url.replace(/^https?:\/\//, ''));
  });

  it('prints the SVG with the headline, the short link in text and a QR code with a quiet zone', async () => {
    const campaign = await addCampaign(ctx, adminPerson, {
      texts: [{ language: 'en', headline: 'Something <new> & big', why: '', forYou: '', expect: '' }],
    });
    const poster = await addPoster(ctx, adminPerson, campaign.id);
    const response = await admin.get(`/api/admin/posters/${poster.id}/print?format=svg&size=a3`);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
    const svg = await response.text();
    expect(svg).toContain('width="297mm" height="420mm"');
    expect(svg).toContain('Something &lt;new&gt; &amp; big');
    expect(svg).toContain(poster.url.replace(/^https?:\/\//, ''));
    expect(svg).not.toMatch(/<script|href=/);
    // Rendered by sharp (librsvg, not the generator) and decoded by jsQR.
    expect(await decodeQr(await (await import('sharp')).default(Buffer.from(svg), { density: 72 }).png().toBuffer())).toBe(poster.url);
  });

  it('refuses posters to employees and for unknown campaigns', async () => {
    const employee = (await addLearner(ctx)).client;
    const campaign = await addCampaign(ctx, adminPerson);
    await expectApiError(await employee.post(`/api/admin/campaigns/${campaign.id}/posters`, { placement: 'Hal' }), 403);
    await expectApiError(await admin.post('/api/admin/campaigns/00000000-0000-4000-8000-000000000000/posters', { placement: 'Hal' }), 404);
  });
});
