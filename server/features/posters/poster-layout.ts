import QRCode from 'qrcode';

/*
 * Where things go on a poster, in the page's own units (PDF points or SVG
 * millimetres), so the PDF and the SVG are the same poster. A-series pages
 * share one shape (1 : √2), so A4 and A3 differ only in scale.
 */

export const PAGE_SIZES = {
  /** In PDF points (1/72 inch). */
  a4: { width: 595.28, height: 841.89, mm: { width: 210, height: 297 } },
  a3: { width: 841.89, height: 1190.55, mm: { width: 297, height: 420 } },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

/** Four modules of white around the code, as ISO/IEC 18004 asks, so phones find its edges. */
export const QUIET_ZONE_MODULES = 4;

export interface PosterContent {
  headline: string;
  placement: string;
  url: string;
  /** The short link as printed: without the scheme, for typing. */
  shortLink: string;
  scanLabel: string;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  /** Where x is: the line's centre (posters) or its left end. */
  align?: 'centre' | 'left';
}

export interface PosterLayout {
  width: number;
  height: number;
  lines: TextLine[];
  /** Dark modules as squares, quiet zone included in the white box. */
  qr: { x: number; y: number; size: number; module: number; dark: Array<{ x: number; y: number }> };
}

/** Breaks a headline into at most `maxLines` lines of about `perLine` characters, on spaces. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length > perLine && current) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/**
 * A QR code of `url` as dark squares in a white box of `size` at (x, y),
 * quiet zone included: what posters and handouts print.
 */
export function qrBlock(url: string, x: number, y: number, size: number): PosterLayout['qr'] {
  // QR code version and error correction: level Q survives a quarter of the code torn or smudged.
  const modules = QRCode.create(url, { errorCorrectionLevel: 'Q' }).modules;
  const module = size / (modules.size + 2 * QUIET_ZONE_MODULES);
  const dark: Array<{ x: number; y: number }> = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.data[row * modules.size + col]) dark.push({ x: x + (col + QUIET_ZONE_MODULES) * module, y: y + (row + QUIET_ZONE_MODULES) * module });
    }
  }
  return { x, y, size, module, dark };
}

/** The poster laid out on a page of `width` × `height`; text x is the centre line. */
export function layoutPoster(content: PosterContent, width: number, height: number): PosterLayout {
  const centre = width / 2;
  const headlineSize = width * 0.075;
  const headline = wrap(content.headline, 18, 3);
  const lines: TextLine[] = headline.map((text, i) => ({ text, x: centre, y: height * 0.1 + i * headlineSize * 1.2, size: headlineSize, bold: true }));
  const qrSize = width * 0.62;
  const qrY = height * 0.33;
  const qr = qrBlock(content.url, (width - qrSize) / 2, qrY, qrSize);
  const below = qrY + qrSize;
  lines.push({ text: content.scanLabel, x: centre, y: below + width * 0.06, size: width * 0.035, bold: false });
  lines.push({ text: content.shortLink, x: centre, y: below + width * 0.13, size: width * 0.06, bold: true });
  lines.push({ text: content.placement, x: centre, y: height - width * 0.06, size: width * 0.022, bold: false });
  return { width, height, lines, qr };
}
