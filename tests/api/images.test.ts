import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES, type UploadedImage } from '../../shared/schemas/authoring';
import { expectApiError } from '../helpers/api-error';
import { testJpeg } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { createTestContext, TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('image uploads ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = (await addLearner(ctx, { role: 'admin' })).client;
  });
  afterAll(() => ctx.close());

  const upload = (bytes: Buffer | string) => admin.post('/api/admin/images', { data: Buffer.from(bytes).toString('base64') });
  const imageCount = async () => Number((await ctx.deps.db.selectFrom('images').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('resizes a photo for phones, strips its metadata and serves it as an image only', async () => {
    const original = await testJpeg(2400, 1600);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(original);
    expect(response.status, await response.clone().text()).toBe(201);
    const image = (await response.json()) as UploadedImage;
    expect(image).toMatchObject({ width: 1080, height: 720 });

    const served = await new TestClient(ctx.app).get(image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe('inline');
    expect(served.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(served.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    // An image never changes under its id: cached for good, unlike every other API answer.
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 1080, height: 720 });
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes('SecretCam')).toBe(false);
    expect(bytes.includes('GPS 52.37N')).toBe(false);
  });

  it('never resizes a small image up', async () => {
    const image = (await (await upload(await testJpeg(300, 200))).json()) as UploadedImage;
    expect(image).toMatchObject({ width: 300, height: 200 });
  });

  it('refuses files that are not images — HTML, script, SVG with script, plain text — and stores nothing', async () => {
    const before = await imageCount();
    const fakes = [
      '<!doctype html><html><script>alert(document.cookie)</script></html>',
      'alert(1)',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
      // A PNG signature followed by HTML: the magic bytes alone do not make an image.
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<html><script>alert(1)</script>')]),
    ];
    for (const fake of fakes) {
      const error = await expectApiError(await upload(fake), 415, 'not_an_image');
      expect(error.message).toMatch(/not an image|could not be read/);
    }
    await expectApiError(await admin.post('/api/admin/images', { data: 'not base64 at all!' }), 400, 'validation_failed');
    await expectApiError(await upload(''), 400, 'image_empty');
    expect(await imageCount()).toBe(before);
  });

  it('refuses images over 5 MB with a clear error, and stores nothing', async () => {
    const before = await imageCount();
    const justOver = Buffer.alloc(IMAGE_MAX_BYTES + 1, 0xff);
    const error = await expectApiError(await upload(justOver), 413, 'image_too_large');
    expect(error.message).toMatch(/5 MB/);
    await expectApiError(await upload(Buffer.alloc(IMAGE_MAX_BYTES * 2, 1)), 413, 'body_too_large');
    expect(await imageCount()).toBe(before);
  });

  it('answers 404 for an unknown image', async () => {
    await expectApiError(await admin.get('/api/images/00000000-0000-4000-8000-000000000000'), 404);
  });
});
