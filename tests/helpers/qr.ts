import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

/**
 * Decodes the QR code in a picture with jsQR, a decoder independent of the
 * generator (qrcode), from the pixels alone. Null when it finds none.
 */
export async function decodeQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

/** The first page of a PDF as a PNG, rasterised by poppler's pdftoppm at `dpi`. */
export function rasterisePdf(pdf: Uint8Array, dpi = 72): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'leerlust-pdf-'));
  try {
    writeFileSync(join(dir, 'poster.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', join(dir, 'poster.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF page, via poppler's pdftotext. */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'leerlust-pdf-'));
  try {
    writeFileSync(join(dir, 'poster.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'poster.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
