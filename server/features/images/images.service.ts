import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { IMAGE_MAX_BYTES, type UploadedImage } from '../../../shared/schemas/authoring';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';

/** Wide enough for a phone at 3× density in a card; larger only costs data on a weak connection. */
export const IMAGE_MAX_WIDTH = 1080;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif']);
/** Decoding a crafted "small" file into a huge bitmap is a denial of service: refuse more than this many pixels. */
const MAX_INPUT_PIXELS = 40_000_000;

export const imageUrl = (id: string) => `/api/images/${id}`;

/**
 * Takes uploaded bytes, whatever they claim to be: decodes them as an image
 * (so a script or HTML page renamed .png is refused), turns the picture
 * upright, resizes it for phones and re-encodes it as WebP. Re-encoding drops
 * every bit of metadata (EXIF with GPS position, camera serials, comments)
 * and anything smuggled after the image data.
 */
export async function uploadImage(db: Kysely<Database>, admin: PersonRow, base64: string, now: Date): Promise<UploadedImage> {
  const input = Buffer.from(base64, 'base64');
  if (input.length === 0) throw new AppError(400, 'image_empty', 'The file is empty');
  if (input.length > IMAGE_MAX_BYTES) throw new AppError(413, 'image_too_large', `Images may be at most ${IMAGE_MAX_BYTES / 1024 / 1024} MB`);
  const decoded = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const metadata = await decoded.metadata().catch(() => null);
  if (!metadata?.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    throw new AppError(415, 'not_an_image', 'This file is not an image we accept (JPEG, PNG, WebP, GIF, AVIF or HEIF)');
  }
  const { data, info } = await decoded
    .rotate()
    .resize({ width: IMAGE_MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw new AppError(415, 'not_an_image', 'This image could not be read');
    });
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('images')
      .values({ id, content_type: 'image/webp', width: info.width, height: info.height, bytes: data, created_by: admin.id, created_at: now.toISOString() })
      .execute();
    await recordAudit(trx, { actorId: admin.id, action: 'image.upload', entityType: 'image', entityId: id, detail: { width: info.width, height: info.height, bytes: data.length } }, now);
  });
  return { id, url: imageUrl(id), width: info.width, height: info.height, bytes: data.length };
}

export async function findImage(db: Kysely<Database>, id: string) {
  return db.selectFrom('images').select(['content_type', 'bytes']).where('id', '=', id).executeTakeFirst();
}
