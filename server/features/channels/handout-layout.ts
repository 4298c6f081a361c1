import { qrBlock, wrap, type PosterLayout, type TextLine } from '../posters/poster-layout';

/*
 * The team-meeting material: a slide (16:9) to show on the screen in the
 * meeting, and an A4 handout to leave on the table, both with the invite QR
 * and a printed step-by-step for those who rarely use an app. Laid out in
 * PDF points like the posters, and drawn by the same code (layoutPdf).
 */

export const HANDOUT_SIZES = {
  /** 16:9 at 960 × 540 points: what presentation software calls widescreen. */
  slide: { width: 960, height: 540 },
  a4: { width: 595.28, height: 841.89 },
} as const;
export type HandoutSize = keyof typeof HANDOUT_SIZES;

export interface HandoutContent {
  headline: string;
  /** What's in it for me, one short paragraph. */
  forYou: string;
  url: string;
  shortLink: string;
  stepsTitle: string;
  steps: readonly string[];
}

/** The slide: words on the left, the code on the right. */
function slide(content: HandoutContent): PosterLayout {
  const { width, height } = HANDOUT_SIZES.slide;
  const left = 48;
  const lines: TextLine[] = [];
  let y = 80;
  for (const text of wrap(content.headline, 26, 2)) {
    lines.push({ text, x: left, y, size: 34, bold: true, align: 'left' });
    y += 42;
  }
  for (const text of wrap(content.forYou, 52, 3)) {
    lines.push({ text, x: left, y: y + 6, size: 16, bold: false, align: 'left' });
    y += 22;
  }
  y += 30;
  lines.push({ text: content.stepsTitle, x: left, y, size: 18, bold: true, align: 'left' });
  content.steps.forEach((step, i) => {
    for (const [j, text] of wrap(`${i + 1}. ${step}`, 56, 2).entries()) {
      y += j === 0 ? 28 : 20;
      lines.push({ text: j === 0 ? text : `    ${text}`, x: left, y, size: 15, bold: false, align: 'left' });
    }
  });
  const qrSize = 330;
  const qrX = width - qrSize - 40;
  const qrY = 60;
  lines.push({ text: content.shortLink, x: qrX + qrSize / 2, y: qrY + qrSize + 40, size: 20, bold: true });
  return { width, height, lines, qr: qrBlock(content.url, qrX, qrY, qrSize) };
}

/** The handout: headline, the code, then the steps in large print. */
function a4(content: HandoutContent): PosterLayout {
  const { width, height } = HANDOUT_SIZES.a4;
  const centre = width / 2;
  const left = 56;
  const lines: TextLine[] = [];
  let y = 80;
  for (const text of wrap(content.headline, 30, 2)) {
    lines.push({ text, x: centre, y, size: 28, bold: true });
    y += 34;
  }
  for (const text of wrap(content.forYou, 62, 3)) {
    lines.push({ text, x: centre, y: y + 4, size: 13, bold: false });
    y += 18;
  }
  const qrSize = 270;
  const qrY = y + 20;
  y = qrY + qrSize + 28;
  lines.push({ text: content.shortLink, x: centre, y, size: 20, bold: true });
  y += 48;
  lines.push({ text: content.stepsTitle, x: left, y, size: 18, bold: true, align: 'left' });
  content.steps.forEach((step, i) => {
    for (const [j, text] of wrap(`${i + 1}. ${step}`, 52, 3).entries()) {
      y += j === 0 ? 32 : 22;
      lines.push({ text: j === 0 ? text : `    ${text}`, x: left, y, size: 16, bold: false, align: 'left' });
    }
  });
  return { width, height, lines, qr: qrBlock(content.url, (width - qrSize) / 2, qrY, qrSize) };
}

/** The page of the chosen size. */
export function layoutHandout(content: HandoutContent, size: HandoutSize): PosterLayout {
  return size === 'slide' ? slide(content) : a4(content);
}
