import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import { layoutPoster, PAGE_SIZES, type PageSize, type PosterContent, type PosterLayout } from './poster-layout';

/**
 * The standard PDF fonts speak WinAnsi (Latin-1 plus a few): Dutch and
 * English fit; anything else (an emoji in a headline) becomes '?' rather
 * than failing the print.
 */
export function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');
}

/** A one-page PDF of a laid-out page (a poster, a handout). PDF's y axis points up, the layout's down. */
export async function layoutPdf(layout: PosterLayout, title: string): Promise<Uint8Array> {
  const { width, height } = layout;
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Leerlust');
  const page = pdf.addPage([width, height]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const line of layout.lines) {
    const font = line.bold ? bold : regular;
    const text = encodable(font, line.text);
    const x = line.align === 'left' ? line.x : line.x - font.widthOfTextAtSize(text, line.size) / 2;
    page.drawText(text, { x, y: height - line.y, size: line.size, font, color: rgb(0.07, 0.07, 0.07) });
  }
  const { qr } = layout;
  // A hair of overlap so no light seams appear between neighbouring modules when rasterised.
  const m = qr.module + 0.05;
  for (const d of qr.dark) page.drawRectangle({ x: d.x, y: height - d.y - qr.module, width: m, height: m, color: rgb(0, 0, 0) });
  return pdf.save();
}

/** A print-ready one-page PDF of the poster in A4 or A3. */
export async function posterPdf(content: PosterContent, size: PageSize): Promise<Uint8Array> {
  const { width, height } = PAGE_SIZES[size];
  return layoutPdf(layoutPoster(content, width, height), content.headline);
}
